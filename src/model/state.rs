//! States, the five UN regional groups and the four instruments a State can be party to.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::date::Date;
use crate::lang::Lang;

/// The four instruments whose implementation is reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Instrument {
    Untoc,
    Tip,
    Som,
    Fa,
}

impl Instrument {
    pub const ALL: [Instrument; 4] = [Instrument::Untoc, Instrument::Tip, Instrument::Som, Instrument::Fa];

    /// The code used in file names and `states.csv` columns.
    pub fn code(self) -> &'static str {
        match self {
            Instrument::Untoc => "untoc",
            Instrument::Tip => "tip",
            Instrument::Som => "som",
            Instrument::Fa => "fa",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|i| i.code() == code.trim().to_ascii_lowercase())
    }

    /// The English short title, for diagnostics ("the Trafficking in Persons Protocol");
    /// documents take every title from their catalog (`instrument-short-tip`).
    pub fn short_title_en(self) -> &'static str {
        match self {
            Instrument::Untoc => "Convention",
            Instrument::Tip => "Trafficking in Persons Protocol",
            Instrument::Som => "Smuggling of Migrants Protocol",
            Instrument::Fa => "Firearms Protocol",
        }
    }

    /// The full English title, as the United Nations Treaty Collection gives it.
    pub fn full_title(self) -> &'static str {
        match self {
            Instrument::Untoc => "United Nations Convention against Transnational Organized Crime",
            Instrument::Tip => "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
            Instrument::Som => "Protocol against the Smuggling of Migrants by Land, Sea and Air",
            Instrument::Fa => "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition",
        }
    }
}

/// The five regional groups of Member States, in the order UN documents list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RegionalGroup {
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanCaribbean,
    WesternEuropeanOther,
}

impl RegionalGroup {
    pub const ALL: [RegionalGroup; 5] = [
        RegionalGroup::African,
        RegionalGroup::AsiaPacific,
        RegionalGroup::EasternEuropean,
        RegionalGroup::LatinAmericanCaribbean,
        RegionalGroup::WesternEuropeanOther,
    ];

    /// Reads the English group name used in `states.csv`.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.name_en().eq_ignore_ascii_case(name.trim()))
    }

    /// The English name, as `states.csv` writes it; documents take names from their catalog.
    pub fn name_en(self) -> &'static str {
        match self {
            RegionalGroup::African => "African States",
            RegionalGroup::AsiaPacific => "Asia-Pacific States",
            RegionalGroup::EasternEuropean => "Eastern European States",
            RegionalGroup::LatinAmericanCaribbean => "Latin American and Caribbean States",
            RegionalGroup::WesternEuropeanOther => "Western European and other States",
        }
    }

    /// The key of the group's messages (`group-african`) and of its figures.
    pub fn key(self) -> &'static str {
        match self {
            RegionalGroup::African => "african",
            RegionalGroup::AsiaPacific => "asia-pacific",
            RegionalGroup::EasternEuropean => "eastern-european",
            RegionalGroup::LatinAmericanCaribbean => "latin-american-caribbean",
            RegionalGroup::WesternEuropeanOther => "western-european-other",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Party,
    Signatory,
    None,
}

/// A State's standing towards one instrument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Participation {
    pub status: Status,
    /// Ratification/accession for a party, signature for a signatory.
    pub date: Option<Date>,
}

/// A Member State as `states.csv` describes it.
#[derive(Debug, Clone, Serialize)]
pub struct State {
    pub iso3: String,
    pub iso2: String,
    /// Short names by language, as lists print them ("Bolivia (Plurinational State of)").
    pub names: BTreeMap<Lang, String>,
    /// The article running text puts before the name, by language (`the`, `le`, `la`, `l`,
    /// `les`, `el`, `los`, `las`; `states.csv` columns `article_<lang>`).
    pub articles: BTreeMap<Lang, String>,
    /// The name as running text writes it where it cannot be derived from the list form
    /// (`name_in_text_<lang>`: Russian "Федеративные Штаты Микронезии").
    pub text_names: BTreeMap<Lang, String>,
    pub group: RegionalGroup,
    /// The official language the State works in with the secretariat (English when not given).
    pub language: Lang,
    pub participation: BTreeMap<Instrument, Participation>,
    /// The permanent mission's e-mail address (`states.csv` `email`, optional), for the
    /// reminders' mail merge.
    pub email: Option<String>,
}

impl State {
    pub fn name(&self, lang: Lang) -> &str {
        self.names.get(&lang).or_else(|| self.names.get(&Lang::En)).map_or(self.iso3.as_str(), String::as_str)
    }

    /// The name as running text writes it: the list form turned round ("Bolivia (Plurinational
    /// State of)" → "Plurinational State of Bolivia", "Iran (République islamique d’)" →
    /// "République islamique d’Iran", Arabic "بوليفيا (دولة - المتعددة القوميات)" → "دولة بوليفيا
    /// المتعددة القوميات"), unless `states.csv` gives it.
    pub fn name_in_text(&self, lang: Lang) -> String {
        if let Some(name) = self.text_names.get(&lang) {
            return name.clone();
        }
        let listed = self.name(lang);
        let Some((base, title)) = listed.strip_suffix(')').and_then(|l| l.split_once(" (")) else { return listed.to_string() };
        let (base, title) = (base.trim(), title.trim());
        // Arabic marks where the name goes in its title with a dash or an underscore.
        for mark in [" - ", " _ ", "- ", " -", "_ ", " _"] {
            if let Some((before, after)) = title.split_once(mark) {
                return format!("{before} {base} {after}").trim().to_string();
            }
        }
        if let Some(before) = title.strip_suffix(['-', '_']) {
            return format!("{} {base}", before.trim());
        }
        if title.ends_with(['’', '\'']) { format!("{title}{base}") } else { format!("{title} {base}") }
    }

    /// The article before the name in running text, or "" (English, French and Spanish use them).
    pub fn article(&self, lang: Lang) -> &str {
        self.articles.get(&lang).map_or("", String::as_str)
    }

    pub fn status(&self, instrument: Instrument) -> Status {
        self.participation.get(&instrument).map_or(Status::None, |p| p.status)
    }

    pub fn is_party(&self, instrument: Instrument) -> bool {
        self.status(instrument) == Status::Party
    }
}

/// The States of the conference's list (`states.csv`), in the list's order.
#[derive(Debug, Clone, Default)]
pub struct States {
    list: Vec<State>,
    /// Every name of every State (each language, as lists and running text write it, and the
    /// ISO codes), folded by [`fold_name`], to the States it names.
    by_name: std::collections::HashMap<String, Vec<usize>>,
}

/// A name as replies may write it: lower case, accents and marks dropped, apostrophes and
/// spaces made alike ("Côte d’Ivoire" and "cote d'ivoire" fold alike).
pub fn fold_name(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut folded = String::with_capacity(name.len());
    for c in name.nfkd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase) {
        let c = match c {
            '’' | 'ʼ' | '`' | '´' => '\'',
            '‐' | '‑' | '–' | '—' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if c == ' ' && (folded.is_empty() || folded.ends_with(' ')) {
            continue;
        }
        folded.push(c);
    }
    folded.trim_end().to_string()
}

impl States {
    pub fn new(list: Vec<State>) -> Self {
        let mut by_name: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
        for (i, state) in list.iter().enumerate() {
            let mut names: Vec<String> = vec![state.iso3.clone(), state.iso2.clone()];
            for lang in Lang::ALL {
                if let Some(name) = state.names.get(&lang) {
                    names.push(name.clone());
                    names.push(state.name_in_text(lang));
                    let article = state.article(lang);
                    if !article.is_empty() {
                        let glue = if article.ends_with(['\'', '’']) { "" } else { " " };
                        names.push(format!("{article}{glue}{}", state.name_in_text(lang)));
                    }
                }
            }
            for name in names.iter().filter(|n| !n.trim().is_empty()) {
                let entry = by_name.entry(fold_name(name)).or_default();
                if !entry.contains(&i) {
                    entry.push(i);
                }
            }
        }
        Self { list, by_name }
    }

    /// The States a code or a name names, in any of the six languages, as a list or running text
    /// writes it ("FRA", "France", "la France", "Франция"): none, one, or several when the name is
    /// ambiguous.
    pub fn named(&self, written: &str) -> Vec<&State> {
        self.by_name.get(&fold_name(written)).map_or_else(Vec::new, |found| found.iter().map(|&i| &self.list[i]).collect())
    }

    /// The State with this ISO 3166 alpha-3 code (in any case).
    pub fn get(&self, iso3: &str) -> Option<&State> {
        self.list.iter().find(|s| s.iso3.eq_ignore_ascii_case(iso3))
    }

    pub fn iter(&self) -> std::slice::Iter<'_, State> {
        self.list.iter()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

impl<'a> IntoIterator for &'a States {
    type Item = &'a State;
    type IntoIter = std::slice::Iter<'a, State>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}
