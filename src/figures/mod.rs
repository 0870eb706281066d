//! Figures: everything a document counts, computed once from the validated replies, exactly
//! (whole numbers and fractions; a per cent is rounded once, from the exact fraction, half up),
//! and listed with what each counts and which States it counts, so every printed figure can be
//! traced in `<report>.figures.json`.

mod exact;
mod form;
pub mod status;

pub use exact::Exact;
pub(crate) use form::standing;
pub use form::{
    Assistance, ChapterFigures, Distribution, FormFigures, GroupRate, Implementation, LeadingAnswer, NumberSummary, Population, QuestionFigures, RankedChoice,
    RowQuestion, RowSummary, SectionFigures, implementing_choice, is_implementation_question,
};

use serde::Serialize;

/// One figure as `figures.json` lists it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Figure {
    pub id: String,
    /// What it counts, in words.
    pub counts: String,
    /// A whole number, or an exact decimal written as text ("12.5").
    pub value: serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub numerator: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub denominator: Option<u64>,
    /// The share rounded to a whole per cent, as printed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_cent: Option<u64>,
    /// The ISO codes of the States it counts.
    pub states: Vec<String>,
}

/// A count of States, and when it is a share, of how many.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Tally {
    pub id: String,
    pub count: u64,
    /// The denominator of a share.
    pub of: Option<u64>,
    /// The share in whole per cent (none when the denominator is zero).
    pub per_cent: Option<u64>,
    /// The States counted, as ISO codes.
    pub states: Vec<String>,
}

/// `numerator / denominator` in whole per cent, rounded half up from the exact fraction; the
/// one rounding every document uses.
pub fn per_cent(numerator: u64, denominator: u64) -> Option<u64> {
    let (n, d) = (u128::from(numerator), u128::from(denominator));
    (d > 0).then(|| ((200 * n + d) / (2 * d)) as u64)
}

/// Every figure of a document, in the order they were counted.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Registry {
    pub figures: Vec<Figure>,
}

impl Registry {
    /// A count of the States in `states`.
    pub fn count(&mut self, id: impl Into<String>, counts: impl Into<String>, mut states: Vec<String>) -> Tally {
        states.sort();
        let id = id.into();
        let count = states.len() as u64;
        self.figures.push(Figure {
            id: id.clone(),
            counts: counts.into(),
            value: count.into(),
            numerator: None,
            denominator: None,
            per_cent: None,
            states: states.clone(),
        });
        Tally { id, count, of: None, per_cent: None, states }
    }

    /// The States in `states` as a share of `of` States.
    pub fn share(&mut self, id: impl Into<String>, counts: impl Into<String>, mut states: Vec<String>, of: u64) -> Tally {
        states.sort();
        let id = id.into();
        let count = states.len() as u64;
        let pc = per_cent(count, of);
        self.figures.push(Figure {
            id: id.clone(),
            counts: counts.into(),
            value: count.into(),
            numerator: Some(count),
            denominator: Some(of),
            per_cent: pc,
            states: states.clone(),
        });
        Tally { id, count, of: Some(of), per_cent: pc, states }
    }

    /// A share of answers rather than of States (`numerator` of `denominator` answers), given by
    /// the States in `states`.
    pub fn ratio(&mut self, id: impl Into<String>, counts: impl Into<String>, numerator: u64, denominator: u64, mut states: Vec<String>) -> Tally {
        states.sort();
        let id = id.into();
        let pc = per_cent(numerator, denominator);
        self.figures.push(Figure {
            id: id.clone(),
            counts: counts.into(),
            value: numerator.into(),
            numerator: Some(numerator),
            denominator: Some(denominator),
            per_cent: pc,
            states: states.clone(),
        });
        Tally { id, count: numerator, of: Some(denominator), per_cent: pc, states }
    }

    /// Any other value (a date, a number of rows) given by the answers of `states`.
    pub fn value(&mut self, id: impl Into<String>, counts: impl Into<String>, value: serde_json::Value, mut states: Vec<String>) {
        states.sort();
        states.dedup();
        self.figures.push(Figure { id: id.into(), counts: counts.into(), value, numerator: None, denominator: None, per_cent: None, states });
    }

    /// An exact value (a median, a total) computed from the answers of `states`.
    pub fn exact(&mut self, id: impl Into<String>, counts: impl Into<String>, value: Exact, mut states: Vec<String>) -> Exact {
        states.sort();
        self.figures.push(Figure { id: id.into(), counts: counts.into(), value: value.json(), numerator: None, denominator: None, per_cent: None, states });
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_cents_round_half_up_from_the_exact_fraction() {
        assert_eq!(per_cent(1, 3), Some(33));
        assert_eq!(per_cent(2, 3), Some(67));
        assert_eq!(per_cent(1, 8), Some(13)); // 12.5 rounds up
        assert_eq!(per_cent(1, 200), Some(1)); // 0.5 rounds up
        assert_eq!(per_cent(0, 5), Some(0));
        assert_eq!(per_cent(5, 5), Some(100));
        assert_eq!(per_cent(3, 0), None);
    }
}
