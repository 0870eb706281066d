//! `conference.toml`: the body, session, dates and documents of a conference, read and checked
//! once, before any work, into settings every stage can rely on.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::locale::LANGUAGES;

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
    pub languages: Vec<String>,
    /// The drafting language ("Original: English").
    #[serde(default = "english")]
    pub original_language: String,
}

fn english() -> String {
    "en".to_string()
}

/// The reporting cycle the questionnaires belong to.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reporting {
    /// "first", "second": printed as "the first reporting cycle".
    pub cycle: String,
    /// The decision that launched the cycle, e.g. "12/1".
    #[serde(default)]
    pub decision: Option<String>,
    pub opened: Date,
    pub deadline: Date,
    /// The date figures are given "as at".
    pub as_at: Date,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    /// "2", "4 (a)".
    pub item: String,
    pub title: Localized,
}

/// The kinds of document palermo can build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    /// Information document: the States by regional group and their participation.
    StatesByGroup,
}

impl DocumentKind {
    pub fn name(self) -> &'static str {
        match self {
            DocumentKind::StatesByGroup => "states-by-group",
        }
    }

    /// The languages the default template has text in.
    pub fn languages(self) -> &'static [&'static str] {
        match self {
            DocumentKind::StatesByGroup => &["en", "fr", "es"],
        }
    }

    /// The template that renders this kind.
    pub fn template(self) -> &'static str {
        match self {
            DocumentKind::StatesByGroup => "info.typ.j2",
        }
    }
}

/// One document of the session.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentSpec {
    pub kind: DocumentKind,
    /// Full symbol, e.g. `CTOC/COP/2026/INF/1`.
    pub symbol: String,
    /// The agenda item it is issued under (must be listed in `[[agenda]]`).
    pub agenda_item: String,
    pub title: Localized,
    /// "Note by the Secretariat", "Report of the Secretariat".
    pub author: Localized,
    /// The date the document is issued; also its PDF date.
    pub date: Date,
    /// General, Limited or Restricted.
    #[serde(default = "general")]
    pub distribution: String,
    /// Job number per language version: `{ en = "V.26-01234" }`. The languages listed here are the
    /// versions built.
    pub job_numbers: BTreeMap<String, String>,
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

impl Localized {
    /// The text in `lang`, falling back to English, then to any text given.
    pub fn get(&self, lang: &str) -> &str {
        match self {
            Localized::One(text) => text,
            Localized::Many(map) => map
                .get(lang)
                .or_else(|| map.get("en"))
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }

    pub fn has(&self, lang: &str) -> bool {
        match self {
            Localized::One(_) => true,
            Localized::Many(map) => map.contains_key(lang),
        }
    }
}

impl Conference {
    /// Reads and checks `conference.toml`.
    pub fn load(path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        Self::parse(&text).with_context(|| format!("{} is not a valid conference file", path.display()))
    }

    pub fn parse(text: &str) -> Result<Self> {
        let conference: Conference = toml::from_str(text)?;
        conference.check()?;
        Ok(conference)
    }

    /// Everything that would otherwise fail halfway through a build.
    fn check(&self) -> Result<()> {
        let s = &self.conference;
        if s.closes < s.opens {
            bail!("conference.closes ({}) is before conference.opens ({})", s.closes, s.opens);
        }
        for lang in s.languages.iter().chain([&s.original_language]) {
            if !LANGUAGES.contains(&lang.as_str()) {
                bail!("unknown language {lang:?}; use the UN language codes {}", LANGUAGES.join(", "));
            }
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
                bail!("{at}: agenda item {:?} is not in [[agenda]]", doc.agenda_item);
            }
            if doc.job_numbers.is_empty() {
                bail!("{at}: give at least one job number, e.g. job_numbers = {{ en = \"V.26-01234\" }}");
            }
            for (lang, job) in &doc.job_numbers {
                if !s.languages.contains(lang) {
                    bail!("{at}: job number for {lang:?}, which is not one of conference.languages");
                }
                crate::barcode::job_digits(job).with_context(|| format!("{at}: job number {job:?}"))?;
            }
            if !matches!(doc.distribution.as_str(), "General" | "Limited" | "Restricted") {
                bail!("{at}: distribution must be General, Limited or Restricted, not {:?}", doc.distribution);
            }
        }
        Ok(())
    }

    /// Language versions whose body the default template cannot write (it falls back to English).
    pub fn warnings(&self, file: &str) -> Vec<crate::model::Diagnostic> {
        let mut out = Vec::new();
        for doc in &self.documents {
            for lang in doc.job_numbers.keys().filter(|l| !doc.kind.languages().contains(&l.as_str())) {
                out.push(
                    crate::model::Diagnostic::warning(file, format!("{}: the default {} template has no {} text; that version's body will be in English", doc.symbol, doc.kind.name(), crate::locale::language_name(lang, "en")))
                        .hint(format!("translate the template (palermo init writes it; --templates uses it) or remove the {lang} job number")),
                );
            }
        }
        out
    }

    pub fn agenda_item(&self, item: &str) -> Option<&AgendaItem> {
        self.agenda.iter().find(|a| a.item == item)
    }
}
