//! What every UN document's first page and running heads print, resolved for one language
//! version: masthead, session block, title block, job number and barcode, and how the
//! language numbers headings and paragraphs.

use serde::Serialize;

use crate::barcode;
use crate::config::{Conference, DocumentSpec};
use crate::date::Date;
use crate::i18n::{self, Phrases};
use crate::lang::{Direction, Lang};

/// How headings, paragraphs and annexes are numbered: each a Typst numbering pattern, or the
/// list of labels the language uses instead (Arabic chapters "أولا -", sections "ألف -").
#[derive(Debug, Clone, Serialize)]
pub struct Numbering {
    pub chapter: Vec<String>,
    pub section: Vec<String>,
    pub subsection: Vec<String>,
    pub subparagraph: Vec<String>,
    pub subsubparagraph: Vec<String>,
    pub paragraph: Vec<String>,
    pub figure: Vec<String>,
    pub table: Vec<String>,
}

impl Numbering {
    pub fn of(p: Phrases<'_>) -> Self {
        Self {
            chapter: p.list("numbering-chapter"),
            section: p.list("numbering-section"),
            subsection: p.list("numbering-subsection"),
            subparagraph: p.list("numbering-subparagraph"),
            subsubparagraph: p.list("numbering-subsubparagraph"),
            paragraph: p.list("numbering-paragraph"),
            figure: p.list("numbering-figure"),
            table: p.list("numbering-table"),
        }
    }
}

/// Words the page furniture of every document needs.
#[derive(Debug, Clone, Serialize)]
pub struct Furniture {
    pub figure: String,
    pub table: String,
    pub contents: String,
    pub contents_chapter: String,
    pub contents_paragraphs: String,
    pub contents_page: String,
}

impl Furniture {
    pub fn of(p: Phrases<'_>) -> Self {
        Self {
            figure: p.plain("figure-supplement", &[]),
            table: p.plain("table-supplement", &[]),
            contents: p.plain("contents-title", &[]),
            contents_chapter: p.plain("contents-chapter", &[]),
            contents_paragraphs: p.plain("contents-paragraphs", &[]),
            contents_page: p.plain("contents-page", &[]),
        }
    }
}

/// The masthead and page furniture of one language version of one document.
#[derive(Debug, Clone, Serialize)]
pub struct Masthead {
    pub lang: Lang,
    pub dir: Direction,
    pub united_nations: String,
    pub symbol: String,
    /// `None` for documents without a Distr. line.
    pub distribution: Option<String>,
    pub date: String,
    pub original: Vec<String>,
    pub body: String,
    pub session: String,
    pub place_and_dates: String,
    pub agenda_line: String,
    pub agenda_title: String,
    /// The provisional agenda's symbol, for the asterisk footnote.
    pub provisional_agenda: String,
    pub title: String,
    /// The title as plain text, for the PDF's metadata.
    pub plain_title: String,
    pub author: String,
    pub job_number: String,
    /// `V.26-01234 (E)    120926    150926`.
    pub job_line: String,
    /// `*2601234*`, printed under the bars.
    pub barcode_text: String,
    /// Code 39 module widths: bars at even indexes, spaces at odd ones.
    pub barcode: Vec<u8>,
    pub please_recycle: String,
    /// ISO date of the document, for PDF metadata.
    pub iso_date: String,
    pub numbering: Numbering,
    pub words: Furniture,
}

/// The title and author a kind of document has when `conference.toml` gives none.
pub struct Defaults {
    pub title: String,
    pub author: String,
}

/// Resolves the masthead of `spec` in the language of `p`.
pub fn masthead(conference: &Conference, spec: &DocumentSpec, p: Phrases<'_>, defaults: Defaults) -> anyhow::Result<Masthead> {
    let lang = p.lang();
    let session = &conference.conference;
    // A document listed by `languages` alone (a conference room paper) has no job number.
    let job_number = match spec.job_numbers.get(&lang) {
        Some(number) => number.clone(),
        None if spec.job_numbers.is_empty() => String::new(),
        None => anyhow::bail!("{}: no job number for language {lang}", spec.symbol),
    };
    let digits = if job_number.is_empty() { String::new() } else { barcode::job_digits(&job_number)? };
    let agenda =
        conference.agenda_item(&spec.agenda_item).ok_or_else(|| anyhow::anyhow!("{}: agenda item {} is not on the agenda", spec.symbol, spec.agenda_item))?;
    let date = conference.document_date(spec);
    // Russian, Chinese and Arabic versions keep the English date in the masthead.
    let masthead_date = p.in_language(Lang::parse(&p.plain("masthead-date-language", &[])).unwrap_or(lang)).date(date);
    let title = spec.title.as_ref().map_or(defaults.title, |t| p.prose(t.get(lang)));
    Ok(Masthead {
        lang,
        dir: lang.dir(),
        united_nations: p.plain("united-nations", &[]),
        symbol: spec.symbol.clone(),
        distribution: Some(p.plain("distribution", &[("kind", spec.distribution.to_lowercase().into())])),
        date: masthead_date,
        original: p.plain("masthead-language-lines", &[("original", session.original_language.code().into())]).split('|').map(str::to_string).collect(),
        body: p.prose(session.body.get(lang)),
        session: p.plain("session", &[("n", session.session.into())]),
        place_and_dates: p
            .plain("place-and-dates", &[("place", p.prose(session.place.get(lang)).into()), ("dates", p.date_range(session.opens, session.closes).into())]),
        agenda_line: agenda_line(p, &spec.agenda_item),
        agenda_title: p.prose(agenda.title.get(lang)),
        provisional_agenda: session.provisional_agenda.clone(),
        plain_title: i18n::strip_isolates(&title),
        title,
        author: spec.author.as_ref().map_or(defaults.author, |a| p.prose(a.get(lang))),
        job_line: if job_number.is_empty() {
            String::new()
        } else {
            format!("{job_number} ({})    {}    {}", p.plain("job-letter", &[]), date.ddmmyy(), next_working_day(date).ddmmyy())
        },
        barcode_text: if digits.is_empty() { String::new() } else { format!("*{digits}*") },
        barcode: if digits.is_empty() { Vec::new() } else { barcode::code39(&digits)? },
        job_number,
        please_recycle: p.plain("please-recycle", &[]),
        iso_date: date.to_string(),
        numbering: Numbering::of(p),
        words: Furniture::of(p),
    })
}

/// The day after `date`, skipping Saturday and Sunday: the second date of the job line.
fn next_working_day(date: Date) -> Date {
    let mut next = date.add_days(1);
    // 1970-01-01 was a Thursday: days % 7 == 2 is a Saturday, 3 a Sunday.
    while matches!(next.days_since_epoch().rem_euclid(7), 2 | 3) {
        next = next.add_days(1);
    }
    next
}

/// "Item 3 (b) of the provisional agenda": the catalog gets the item as written and, for an item
/// such as "3 (b)", its number and letter apart, so that Arabic can give the letter in abjad order.
pub fn agenda_line(p: crate::i18n::Phrases<'_>, item: &str) -> String {
    let (number, letter) = split_agenda_item(item).unwrap_or((item, "none"));
    p.plain("agenda-line", &[("item", item.into()), ("number", number.into()), ("subparagraph", letter.into())])
}

/// "3 (b)" or "3(b)" as ("3", "b"); None for an item without a letter.
fn split_agenda_item(item: &str) -> Option<(&str, &str)> {
    let (number, rest) = item.trim().split_once('(')?;
    let letter = rest.strip_suffix(')')?.trim();
    let number = number.trim();
    (!number.is_empty() && (1..=2).contains(&letter.len()) && letter.chars().all(|c| c.is_ascii_lowercase())).then_some((number, letter))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_line_skips_the_weekend() {
        // 11 September 2026 is a Friday.
        let friday = Date::new(2026, 9, 11).unwrap();
        assert_eq!(next_working_day(friday), Date::new(2026, 9, 14).unwrap());
        assert_eq!(next_working_day(Date::new(2026, 9, 14).unwrap()), Date::new(2026, 9, 15).unwrap());
    }

    #[test]
    fn an_agenda_items_letter_is_in_abjad_order_in_arabic() {
        let catalogs = crate::i18n::Catalogs::builtin();
        assert_eq!(agenda_line(catalogs.phrases(crate::lang::Lang::Ar), "3 (b)"), "البند 3 (ب) من جدول الأعمال المؤقت");
        assert_eq!(agenda_line(catalogs.phrases(crate::lang::Lang::Ar), "3"), "البند 3 من جدول الأعمال المؤقت");
        assert_eq!(agenda_line(catalogs.phrases(crate::lang::Lang::En), "3 (b)"), "Item 3 (b) of the provisional agenda");
        assert_eq!(agenda_line(catalogs.phrases(crate::lang::Lang::Ar), "Other matters"), "البند Other matters من جدول الأعمال المؤقت");
        assert_eq!(split_agenda_item("12(a)"), Some(("12", "a")));
        assert_eq!(split_agenda_item("(a)"), None);
    }
}
