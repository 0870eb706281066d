//! `conference.toml`: the body, session, dates and documents of a conference, read and checked
//! once, before any work, into settings every stage can rely on.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::lang::Lang;

/// The whole `conference.toml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Conference {
    pub conference: Session,
    pub reporting: Reporting,
    #[serde(default)]
    pub agenda: Vec<AgendaItem>,
    #[serde(default, rename = "documents")]
    pub documents: Vec<DocumentSpec>,
    /// Country profiles: built for every State when the table is present.
    #[serde(default)]
    pub profiles: Option<Profiles>,
    /// Printed questionnaires: built for every form, in each of its languages, when present.
    #[serde(default)]
    pub questionnaires: Option<PaperQuestionnaires>,
    /// How replies downloaded from collection servers are read.
    #[serde(default)]
    pub submissions: SubmissionSettings,
    /// Reminder notes to the States parties whose replies are outstanding: built when present.
    #[serde(default)]
    pub reminders: Option<Reminders>,
    /// The previous reporting cycle's conference folder: compared with in reports and
    /// profiles, and carried into prefilled forms.
    #[serde(default)]
    pub previous: Option<PreviousCycle>,
}

/// `[previous]`: where the previous cycle's conference folder is, read as it is.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PreviousCycle {
    /// Relative to this conference's folder (or absolute): `inputs = "../cycle-2024"`.
    pub inputs: std::path::PathBuf,
}

/// `[reminders]`: the date the notes carry (States with no counted reply by then get one), and
/// the address of the online form they name.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reminders {
    pub date: Date,
    /// The online questionnaire's address (a KoboToolbox or ODK Central link), named in the note.
    #[serde(default)]
    pub online: Option<String>,
}

/// `[submissions]`: which question names the State, and whether replies a reviewer put on hold
/// are counted.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SubmissionSettings {
    /// The question that names the State (its ISO code or its name), when it is not called
    /// `state`: `state_field = "country"`.
    #[serde(default)]
    pub state_field: Option<String>,
    /// Count replies a reviewer put on hold (Kobo "On Hold", ODK Central "Has issues");
    /// by default they are listed but not counted.
    #[serde(default)]
    pub count_on_hold: bool,
}

impl SubmissionSettings {
    /// The name of the field that names the State.
    pub fn state_field(&self) -> &str {
        self.state_field.as_deref().map_or(crate::load::submissions::fields::DEFAULT_STATE_FIELD, str::trim)
    }
}

/// `[questionnaires]`: where a printed questionnaire is returned.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PaperQuestionnaires {
    /// The address a completed copy is sent to, printed on the cover.
    #[serde(default)]
    pub return_to: Option<Localized>,
}

/// `[profiles]`: the languages every State's profile is printed in, and whether each State
/// also gets one in its own language (`states.csv` `language`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Profiles {
    #[serde(default = "english_only")]
    pub languages: Vec<Lang>,
    #[serde(default)]
    pub own_language: bool,
}

fn english_only() -> Vec<Lang> {
    vec![Lang::En]
}

/// The body and its session.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// The organ, as the masthead names it.
    pub body: Localized,
    /// Short name used in running text ("the Conference").
    #[serde(default)]
    pub short_body: Option<Localized>,
    /// Session number: 13 prints "Thirteenth session".
    pub session: u32,
    pub place: Localized,
    pub opens: Date,
    pub closes: Date,
    /// e.g. `CTOC/COP/2026`: every document symbol of the session starts with it.
    pub symbol_prefix: String,
    /// Symbol of the provisional agenda, cited in the asterisk footnote of every document.
    pub provisional_agenda: String,
    /// The languages the conference works in.
    pub languages: Vec<Lang>,
    /// The drafting language ("Original: English").
    #[serde(default = "english")]
    pub original_language: Lang,
}

fn english() -> Lang {
    Lang::En
}

/// The reporting cycle the questionnaires belong to.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reporting {
    /// 1, 2… (or "first", "second"): printed as "the first reporting cycle" in each language.
    #[serde(deserialize_with = "cycle_number")]
    pub cycle: u32,
    /// The decision that launched the cycle, e.g. "12/1".
    #[serde(default)]
    pub decision: Option<String>,
    pub opened: Date,
    pub deadline: Date,
    /// The date figures are given "as at".
    pub as_at: Date,
    /// The mandate of the reporting cycle (article 32 of the Convention and the Conference's
    /// decision), printed as the first section of every analytical report.
    #[serde(default)]
    pub mandate: Option<Localized>,
    /// The States invited to reply to a questionnaire that names no instrument, by ISO code;
    /// by default every Member State of `states.csv`.
    #[serde(default)]
    pub invited: Option<Vec<String>>,
}

/// A cycle number written as a number or as an English ordinal word.
fn cycle_number<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Number(u32),
        Word(String),
    }
    const WORDS: [&str; 10] = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    match Raw::deserialize(deserializer)? {
        Raw::Number(n) if n > 0 => Ok(n),
        Raw::Word(w) => WORDS
            .iter()
            .position(|x| x.eq_ignore_ascii_case(w.trim()))
            .map(|i| i as u32 + 1)
            .ok_or_else(|| serde::de::Error::custom(format!("cycle {}: write the cycle's number, e.g. cycle = 1", crate::quote::quoted(w)))),
        Raw::Number(_) => Err(serde::de::Error::custom("cycle must be 1 or more")),
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    /// "2", "4 (a)".
    pub item: String,
    pub title: Localized,
}

/// One document of the session.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentSpec {
    /// What kind of document it is (`states-by-group`, `analytical-report`…): each kind is
    /// planned and checked by its own file in `src/documents/`.
    pub kind: String,
    /// Full symbol, e.g. `CTOC/COP/2026/INF/1`.
    pub symbol: String,
    /// The agenda item it is issued under (must be listed in `[[agenda]]`).
    pub agenda_item: String,
    /// The questionnaire a document is about (an analytical report's), by its form_id.
    #[serde(default)]
    pub form: Option<String>,
    /// The title; by default the kind's own ("Implementation of the … : information received
    /// from States for the first reporting cycle").
    #[serde(default)]
    pub title: Option<Localized>,
    /// "Note by the Secretariat", "Analytical report of the Secretariat"; by default the kind's.
    #[serde(default)]
    pub author: Option<Localized>,
    /// The date the document is issued (also its PDF date); by default `reporting.as_at`.
    #[serde(default)]
    pub date: Option<Date>,
    /// The concluding remarks of an analytical report, paragraphs separated by blank lines.
    #[serde(default)]
    pub conclusions: Option<Localized>,
    /// General, Limited or Restricted.
    #[serde(default = "general")]
    pub distribution: String,
    /// Job number per language version: `{ en = "V.26-01234" }`. The languages listed here are the
    /// versions built.
    #[serde(default)]
    pub job_numbers: BTreeMap<Lang, String>,
    /// The language versions of a document without job numbers (a conference room paper).
    #[serde(default)]
    pub languages: Vec<Lang>,
    /// An analytical report reissued with the replies received since: its revision number. The
    /// symbol gets `/Rev.N` (written or not in `symbol`), the title its revised form.
    #[serde(default)]
    pub revision: Option<u32>,
    /// The cut-off date of the report it revises: the replies received after it are those added.
    #[serde(default)]
    pub original_as_at: Option<Date>,
}

/// The line of `date` in the `[reminders]` table, counted from 1.
fn reminders_date_line(text: &str) -> Option<usize> {
    let mut inside = false;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.starts_with('[') {
            inside = line == "[reminders]";
        } else if inside && line.starts_with("date") {
            return Some(n + 1);
        }
    }
    None
}

impl DocumentSpec {
    /// The symbol of the document a revision revises (`CTOC/COP/2026/4` of `…/4/Rev.1`).
    pub fn original_symbol(&self) -> &str {
        match (self.revision, self.symbol.rfind("/Rev.")) {
            (Some(_), Some(at)) => &self.symbol[..at],
            _ => &self.symbol,
        }
    }
}

fn general() -> String {
    "General".to_string()
}

/// Text in one or several languages: a plain string (the original language) or a table
/// `{ en = "…", fr = "…" }`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Localized {
    One(String),
    Many(BTreeMap<String, String>),
}

impl DocumentSpec {
    /// The language versions: those with a job number, or those `languages` lists.
    pub fn versions(&self) -> Vec<Lang> {
        if self.job_numbers.is_empty() { self.languages.clone() } else { self.job_numbers.keys().copied().collect() }
    }
}

impl Localized {
    /// The text in `lang`, falling back to English, then to any text given.
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            Localized::One(text) => text,
            Localized::Many(map) => map.get(lang.code()).or_else(|| map.get("en")).or_else(|| map.values().next()).map_or("", String::as_str),
        }
    }

    pub fn has(&self, lang: Lang) -> bool {
        match self {
            Localized::One(_) => true,
            Localized::Many(map) => map.contains_key(lang.code()),
        }
    }
}

impl Conference {
    /// Reads and checks `conference.toml`.
    pub fn load(path: &Path) -> Result<Self> {
        let bytes = crate::load::workbook::read_input(path).with_context(|| format!("cannot read {}", path.display()))?;
        let text = String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8 text; save it as UTF-8", path.display()))?;
        Self::parse(&text).with_context(|| format!("{} is not a valid conference file", path.display()))
    }

    /// A conference for a form file printed on its own (`Inputs::around_form`): valid, dated
    /// today, with nothing a standalone document prints.
    pub fn placeholder() -> Self {
        let today = Date::today();
        Conference {
            conference: Session {
                body: Localized::One(String::new()),
                short_body: None,
                session: 1,
                place: Localized::One(String::new()),
                opens: today,
                closes: today,
                symbol_prefix: String::new(),
                provisional_agenda: String::new(),
                languages: Lang::ALL.to_vec(),
                original_language: Lang::En,
            },
            reporting: Reporting { cycle: 1, decision: None, opened: today, deadline: today, as_at: today, mandate: None, invited: None },
            agenda: Vec::new(),
            documents: Vec::new(),
            profiles: None,
            questionnaires: None,
            submissions: SubmissionSettings::default(),
            reminders: None,
            previous: None,
        }
    }

    pub fn parse(text: &str) -> Result<Self> {
        let mut conference: Conference = toml::from_str(text)?;
        // A revision's symbol ends in /Rev.N in every language, whether or not it was written so.
        for doc in &mut conference.documents {
            if let Some(n) = doc.revision {
                let suffix = format!("/Rev.{n}");
                if !doc.symbol.ends_with(&suffix) {
                    doc.symbol.push_str(&suffix);
                }
            }
        }
        conference.check()?;
        if let Some(reminders) = &conference.reminders {
            let r = &conference.reporting;
            if reminders.date < r.opened || reminders.date > r.as_at {
                // Said at its line, as TOML's own errors are.
                let line = reminders_date_line(text).map_or(String::new(), |n| format!("line {n}: "));
                bail!(
                    "{line}reminders.date ({}) must fall within the cycle, from reporting.opened ({}) to reporting.as_at ({}): the notes recall replies outstanding on that date",
                    reminders.date,
                    r.opened,
                    r.as_at
                );
            }
        }
        Ok(conference)
    }

    /// Everything that would otherwise fail halfway through a build.
    fn check(&self) -> Result<()> {
        let s = &self.conference;
        if s.closes < s.opens {
            bail!("conference.closes ({}) is before conference.opens ({})", s.closes, s.opens);
        }
        if self.reporting.deadline < self.reporting.opened {
            bail!("reporting.deadline ({}) is before reporting.opened ({})", self.reporting.deadline, self.reporting.opened);
        }
        let mut symbols = std::collections::BTreeSet::new();
        for (i, doc) in self.documents.iter().enumerate() {
            let at = format!("documents[{}] ({})", i + 1, doc.symbol);
            if !symbols.insert(&doc.symbol) {
                bail!("{at}: the symbol is used by another document");
            }
            if !doc.symbol.starts_with(&s.symbol_prefix) {
                bail!("{at}: the symbol does not start with the session's prefix {}", s.symbol_prefix);
            }
            if !self.agenda.iter().any(|a| a.item == doc.agenda_item) {
                bail!("{at}: agenda item {} is not in [[agenda]]", crate::quote::quoted(&doc.agenda_item));
            }
            if doc.job_numbers.is_empty() && doc.languages.is_empty() {
                bail!(
                    "{at}: give at least one job number, e.g. job_numbers = {{ en = \"V.26-01234\" }}, or the languages of a document without one (languages = [\"en\"])"
                );
            }
            if !doc.job_numbers.is_empty() && !doc.languages.is_empty() {
                bail!("{at}: give job_numbers or languages, not both: the job numbers name the language versions");
            }
            for lang in &doc.languages {
                if !s.languages.contains(lang) {
                    bail!("{at}: language {}, which is not one of conference.languages", crate::quote::quoted(lang.code()));
                }
            }
            for (lang, job) in &doc.job_numbers {
                if !s.languages.contains(lang) {
                    bail!("{at}: job number for {}, which is not one of conference.languages", crate::quote::quoted(lang.code()));
                }
                crate::barcode::job_digits(job).with_context(|| format!("{at}: job number {}", crate::quote::quoted(job)))?;
            }
            match (doc.revision, doc.original_as_at) {
                (Some(0), _) => bail!("{at}: revision must be 1 or more"),
                (Some(_), None) => bail!(
                    "{at}: a revision needs the cut-off date of the report it revises, e.g. original_as_at = 2026-05-31; the replies received after it are the ones added"
                ),
                (None, Some(_)) => bail!("{at}: original_as_at is for a revision: add revision = 1, or remove original_as_at"),
                (Some(_), Some(original)) if original >= self.reporting.as_at => {
                    bail!("{at}: original_as_at ({original}) must be before reporting.as_at ({}), the cut-off date of the revision", self.reporting.as_at)
                }
                (Some(_), Some(original)) if original < self.reporting.opened => {
                    bail!("{at}: original_as_at ({original}) is before the cycle opened (reporting.opened, {})", self.reporting.opened)
                }
                (Some(_), _) if doc.kind != "analytical-report" => bail!("{at}: only an analytical report can be revised (kind = \"analytical-report\")"),
                _ => {}
            }
            if !matches!(doc.distribution.as_str(), "General" | "Limited" | "Restricted") {
                bail!("{at}: distribution must be General, Limited or Restricted, not {}", crate::quote::quoted(&doc.distribution));
            }
        }
        Ok(())
    }

    /// Texts missing in a language a document is built in (that version prints the English
    /// text). Each kind of document adds its own (`documents::plan`).
    pub fn warnings(&self, file: &str) -> Vec<crate::model::Diagnostic> {
        let mut out = Vec::new();
        for doc in &self.documents {
            for lang in &doc.versions() {
                let texts = [
                    (format!("documents {}: title", doc.symbol), doc.title.as_ref()),
                    (format!("documents {}: author", doc.symbol), doc.author.as_ref()),
                    (format!("documents {}: conclusions", doc.symbol), doc.conclusions.as_ref()),
                    (format!("agenda item {}: title", doc.agenda_item), self.agenda_item(&doc.agenda_item).map(|a| &a.title)),
                    ("conference.body".to_string(), Some(&self.conference.body)),
                    ("conference.place".to_string(), Some(&self.conference.place)),
                ];
                out.extend(texts.into_iter().filter_map(|(what, text)| missing_text(file, what, text?, *lang)));
            }
        }
        out.sort_by(|a, b| a.message.cmp(&b.message));
        out.dedup_by(|a, b| a.message == b.message);
        out
    }

    /// The date a document is issued.
    pub fn document_date(&self, doc: &DocumentSpec) -> Date {
        doc.date.unwrap_or(self.reporting.as_at)
    }

    pub fn agenda_item(&self, item: &str) -> Option<&AgendaItem> {
        self.agenda.iter().find(|a| a.item == item)
    }
}

/// A warning when `text` has no version in `lang` (that version prints the English text).
pub fn missing_text(file: &str, what: String, text: &Localized, lang: Lang) -> Option<crate::model::Diagnostic> {
    (!text.has(lang)).then(|| {
        crate::model::Diagnostic::warning(file, format!("{what} has no {lang} text; the {lang} version prints it in English"))
            .hint(format!("add {lang} = \"…\" to {what}"))
    })
}
