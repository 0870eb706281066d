//! What every UN document's first page and running heads print, resolved for one language
//! version: masthead, session block, title block, job number and barcode.

use serde::Serialize;

use crate::barcode;
use crate::config::{Conference, DocumentSpec};
use crate::date::Date;
use crate::locale;

/// The masthead and page furniture of one language version of one document.
#[derive(Debug, Clone, Serialize)]
pub struct Masthead {
    pub lang: String,
    /// Typst region code for the language, where the UN uses one.
    pub dir: &'static str,
    pub united_nations: &'static str,
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
    pub author: String,
    pub job_number: String,
    /// `V.26-01234 (E)    120926    150926`.
    pub job_line: String,
    /// `*2601234*`, printed under the bars.
    pub barcode_text: String,
    /// Code 39 module widths: bars at even indexes, spaces at odd ones.
    pub barcode: Vec<u8>,
    pub please_recycle: &'static str,
    /// ISO date of the document, for PDF metadata.
    pub iso_date: String,
}

/// Resolves the masthead of `spec` in `lang`.
pub fn masthead(conference: &Conference, spec: &DocumentSpec, lang: &str) -> anyhow::Result<Masthead> {
    let session = &conference.conference;
    let job_number = spec
        .job_numbers
        .get(lang)
        .ok_or_else(|| anyhow::anyhow!("{}: no job number for language {lang}", spec.symbol))?
        .clone();
    let digits = barcode::job_digits(&job_number)?;
    let agenda = conference
        .agenda_item(&spec.agenda_item)
        .ok_or_else(|| anyhow::anyhow!("{}: agenda item {} is not on the agenda", spec.symbol, spec.agenda_item))?;
    // Russian, Chinese and Arabic versions keep the English date in the masthead.
    let masthead_lang = if matches!(lang, "fr" | "es") { lang } else { "en" };
    Ok(Masthead {
        lang: lang.to_string(),
        dir: if lang == "ar" { "rtl" } else { "ltr" },
        united_nations: locale::united_nations(lang),
        symbol: spec.symbol.clone(),
        distribution: Some(locale::distribution(&spec.distribution, lang)),
        date: spec.date.long(masthead_lang),
        original: locale::original_lines(&session.original_language, lang),
        body: session.body.get(lang).to_string(),
        session: locale::session(session.session, lang),
        place_and_dates: format!("{}, {}", session.place.get(lang), session.opens.range(&session.closes, lang)),
        agenda_line: locale::agenda_line(&spec.agenda_item, lang),
        agenda_title: agenda.title.get(lang).to_string(),
        provisional_agenda: session.provisional_agenda.clone(),
        title: spec.title.get(lang).to_string(),
        author: spec.author.get(lang).to_string(),
        job_line: format!(
            "{job_number} ({})    {}    {}",
            locale::job_letter(lang),
            spec.date.ddmmyy(),
            next_working_day(spec.date).ddmmyy()
        ),
        barcode_text: format!("*{digits}*"),
        barcode: barcode::code39(&digits)?,
        job_number,
        please_recycle: locale::please_recycle(lang),
        iso_date: spec.date.to_string(),
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
}
