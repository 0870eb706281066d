//! The six official languages of the United Nations, and the direction each is written in: the
//! one type every stage names a language version by (never a bare string).

use std::fmt;

use serde::{Deserialize, Serialize};

/// One of the six languages. Ordered by code (ar, en, es, fr, ru, zh), as maps keyed by code
/// list them; `Lang::ALL` gives the UN order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    Ar,
    En,
    Es,
    Fr,
    Ru,
    Zh,
}

/// The direction a language's documents run in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }

    /// `ltr` or `rtl`, as Typst and HTML write it.
    pub fn name(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Lang {
    /// The six, in UN order of their English names.
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The language's name in itself, as a language switcher offers it (the same in every
    /// language version: not a translation).
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Zh => "中文",
        }
    }

    /// The letter UN document lists give each language version: A C E F R S.
    pub fn letter(self) -> &'static str {
        match self {
            Lang::Ar => "A",
            Lang::En => "E",
            Lang::Es => "S",
            Lang::Fr => "F",
            Lang::Ru => "R",
            Lang::Zh => "C",
        }
    }

    /// The two-letter code: `ar`, `zh`, `en`, `fr`, `ru`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
        }
    }

    /// The language of a code, if it is one of the six.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// A code given by a user (`--lang`, `conference.toml`): one of the six, or an error that
    /// lists them.
    pub fn from_user(code: &str) -> Result<Lang, String> {
        Lang::parse(code.trim()).ok_or_else(|| format!("unknown language {}; use one of the UN language codes {}", crate::quote::quoted(code), Lang::codes()))
    }

    /// "ar, zh, en, fr, ru, es".
    pub fn codes() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }

    /// Position in `Lang::ALL` (for tables of per-language data).
    pub fn index(self) -> usize {
        Lang::ALL.iter().position(|l| *l == self).expect("one of the six")
    }

    pub fn dir(self) -> Direction {
        if self == Lang::Ar { Direction::Rtl } else { Direction::Ltr }
    }

    pub fn is_rtl(self) -> bool {
        self.dir().is_rtl()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_user(s)
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Lang::from_user(&code).map_err(serde::de::Error::custom)
    }
}

impl PartialEq<str> for Lang {
    fn eq(&self, other: &str) -> bool {
        self.code() == other
    }
}

impl PartialEq<&str> for Lang {
    fn eq(&self, other: &&str) -> bool {
        self.code() == *other
    }
}

impl PartialEq<String> for Lang {
    fn eq(&self, other: &String) -> bool {
        self.code() == other
    }
}

impl AsRef<str> for Lang {
    fn as_ref(&self) -> &str {
        self.code()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_unknown_codes_name_the_six() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_user("de").unwrap_err(), "unknown language \"de\"; use one of the UN language codes ar, zh, en, fr, ru, es");
        assert!(Lang::Ar.is_rtl() && !Lang::Zh.is_rtl());
        let mut sorted = Lang::ALL.to_vec();
        sorted.sort();
        assert_eq!(sorted.iter().map(|l| l.code()).collect::<Vec<_>>(), ["ar", "en", "es", "fr", "ru", "zh"]);
    }
}
