//! States, the five UN regional groups and the four instruments a State can be party to.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::date::Date;

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

    /// The short title used in running text and table heads.
    pub fn short_title(self, lang: &str) -> &'static str {
        match (self, lang) {
            (Instrument::Untoc, "fr") => "Convention",
            (Instrument::Tip, "fr") => "Protocole relatif à la traite des personnes",
            (Instrument::Som, "fr") => "Protocole relatif au trafic illicite de migrants",
            (Instrument::Fa, "fr") => "Protocole relatif aux armes à feu",
            (Instrument::Untoc, "es") => "Convención",
            (Instrument::Tip, "es") => "Protocolo contra la Trata de Personas",
            (Instrument::Som, "es") => "Protocolo contra el Tráfico Ilícito de Migrantes",
            (Instrument::Fa, "es") => "Protocolo sobre Armas de Fuego",
            (Instrument::Untoc, _) => "Convention",
            (Instrument::Tip, _) => "Trafficking in Persons Protocol",
            (Instrument::Som, _) => "Smuggling of Migrants Protocol",
            (Instrument::Fa, _) => "Firearms Protocol",
        }
    }

    /// The full English title, as the United Nations Treaty Collection gives it.
    pub fn full_title(self) -> &'static str {
        match self {
            Instrument::Untoc => "United Nations Convention against Transnational Organized Crime",
            Instrument::Tip => {
                "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children"
            }
            Instrument::Som => "Protocol against the Smuggling of Migrants by Land, Sea and Air",
            Instrument::Fa => {
                "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition"
            }
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
        Self::ALL.into_iter().find(|g| g.name("en").eq_ignore_ascii_case(name.trim()))
    }

    pub fn name(self, lang: &str) -> &'static str {
        use RegionalGroup::*;
        match (self, lang) {
            (African, "fr") => "États d'Afrique",
            (AsiaPacific, "fr") => "États d'Asie et du Pacifique",
            (EasternEuropean, "fr") => "États d'Europe orientale",
            (LatinAmericanCaribbean, "fr") => "États d'Amérique latine et des Caraïbes",
            (WesternEuropeanOther, "fr") => "États d'Europe occidentale et autres États",
            (African, "es") => "Estados de África",
            (AsiaPacific, "es") => "Estados de Asia y el Pacífico",
            (EasternEuropean, "es") => "Estados de Europa Oriental",
            (LatinAmericanCaribbean, "es") => "Estados de América Latina y el Caribe",
            (WesternEuropeanOther, "es") => "Estados de Europa Occidental y otros Estados",
            (African, _) => "African States",
            (AsiaPacific, _) => "Asia-Pacific States",
            (EasternEuropean, _) => "Eastern European States",
            (LatinAmericanCaribbean, _) => "Latin American and Caribbean States",
            (WesternEuropeanOther, _) => "Western European and other States",
        }
    }

    /// The usual abbreviation in tables and charts.
    pub fn short(self) -> &'static str {
        match self {
            RegionalGroup::African => "African",
            RegionalGroup::AsiaPacific => "Asia-Pacific",
            RegionalGroup::EasternEuropean => "Eastern European",
            RegionalGroup::LatinAmericanCaribbean => "GRULAC",
            RegionalGroup::WesternEuropeanOther => "WEOG",
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
    /// Short names by language code (`en`, `fr`, `es`, `ru`, `zh`, `ar`).
    pub names: BTreeMap<String, String>,
    pub group: RegionalGroup,
    /// The official language the State works in with the secretariat (`en` when not given).
    pub language: String,
    pub participation: BTreeMap<Instrument, Participation>,
}

impl State {
    pub fn name(&self, lang: &str) -> &str {
        self.names.get(lang).or_else(|| self.names.get("en")).map_or(self.iso3.as_str(), String::as_str)
    }

    pub fn status(&self, instrument: Instrument) -> Status {
        self.participation.get(&instrument).map_or(Status::None, |p| p.status)
    }

    pub fn is_party(&self, instrument: Instrument) -> bool {
        self.status(instrument) == Status::Party
    }
}

/// A key that sorts names as a reader expects in Latin scripts: case and accents do not count
/// ("Côte d'Ivoire" among the C, "Türkiye" among the T). Other scripts sort by code point.
pub fn sort_key(name: &str) -> String {
    name.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ё' => 'е',
            c => c,
        })
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .collect()
}
