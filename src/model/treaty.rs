//! The articles of the Convention and its Protocols, and references to their provisions
//! ("article 5, paragraph 1 (a)") as questionnaires cite them.

use std::fmt;
use std::sync::LazyLock;

use serde::Serialize;

use super::Instrument;

/// `instrument \t article \t title`, from the authentic English texts.
const ARTICLES: &str = include_str!("articles.tsv");

static TITLES: LazyLock<Vec<(Instrument, u32, &'static str)>> = LazyLock::new(|| {
    ARTICLES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.splitn(3, '\t');
            let instrument = Instrument::from_code(parts.next()?)?;
            let article = parts.next()?.parse().ok()?;
            Some((instrument, article, parts.next()?))
        })
        .collect()
});

/// The English title of an article, as the treaty gives it.
pub fn article_title(instrument: Instrument, article: u32) -> Option<&'static str> {
    TITLES.iter().find(|(i, a, _)| *i == instrument && *a == article).map(|(_, _, t)| *t)
}

/// How many articles the instrument has.
pub fn article_count(instrument: Instrument) -> u32 {
    TITLES.iter().filter(|(i, ..)| *i == instrument).map(|(_, a, _)| *a).max().unwrap_or(0)
}

/// A provision: article 5, paragraph 1, subparagraph (a).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Provision {
    pub article: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subparagraph: Option<String>,
}

impl Provision {
    /// Reads `5`, `5(1)`, `5(1)(a)`, `5.1.a`, `art. 5, para. 1 (a)`, `article 5, paragraph 1 (a)`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let lower = text.trim().to_lowercase();
        let mut rest = lower.as_str();
        for prefix in ["article", "art."] {
            if let Some(r) = rest.strip_prefix(prefix) {
                rest = r;
                break;
            }
        }
        let tokens: Vec<String> = rest
            .replace(['(', ')', ',', '.'], " ")
            .replace("paragraph", " ")
            .replace("para", " ")
            .replace("subparagraph", " ")
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let bad = || format!("{} is not a provision; write it as 5, 5(1) or 5(1)(a) (article, paragraph, subparagraph)", crate::quote::quoted(text));
        let mut it = tokens.iter();
        let article = it.next().and_then(|t| t.parse::<u32>().ok()).filter(|a| *a > 0).ok_or_else(bad)?;
        let mut paragraph = None;
        let mut subparagraph = None;
        if let Some(t) = it.next() {
            match t.parse::<u32>() {
                Ok(p) if p > 0 => paragraph = Some(p),
                _ if t.chars().all(|c| c.is_ascii_lowercase()) && t.len() <= 4 => subparagraph = Some(t.clone()),
                _ => return Err(bad()),
            }
        }
        if let Some(t) = it.next() {
            if subparagraph.is_some() || !t.chars().all(|c| c.is_ascii_lowercase()) || t.len() > 4 {
                return Err(bad());
            }
            subparagraph = Some(t.clone());
        }
        if it.next().is_some() {
            return Err(bad());
        }
        Ok(Self { article, paragraph, subparagraph })
    }
}

/// The compact form, `5(1)(a)`.
impl fmt::Display for Provision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.article)?;
        if let Some(p) = self.paragraph {
            write!(f, "({p})")?;
        }
        if let Some(s) = &self.subparagraph {
            write!(f, "({s})")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provisions_read_and_print() {
        for text in ["5(1)(a)", "5.1.a", "art. 5, para. 1 (a)", "Article 5, paragraph 1 (a)", "5 (1) (a)"] {
            let p = Provision::parse(text).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(p.to_string(), "5(1)(a)", "{text}");
        }
        for bad in ["", "x", "5(1)(a)(b)", "0"] {
            assert!(Provision::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn titles_come_from_the_treaties() {
        assert_eq!(article_title(Instrument::Tip, 5), Some("Criminalization"));
        assert_eq!(article_title(Instrument::Untoc, 18), Some("Mutual legal assistance"));
        assert_eq!(article_count(Instrument::Untoc), 41);
        assert_eq!(article_count(Instrument::Fa), 21);
    }
}
