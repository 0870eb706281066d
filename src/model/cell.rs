//! A value as a spreadsheet or a JSON reply holds it, before it is read as an answer.

use crate::date::Date;

/// A cell as the spreadsheet stored it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// An Excel date (already converted from the 1900 or 1904 serial system).
    Date(Date),
    /// A date-time or time the sheet formatted as such, kept as ISO text.
    DateTime(String),
    /// `#N/A`, `#DIV/0!`…
    Error(String),
}

impl Cell {
    /// The cell as text a person would read in it ("5", not "5.0").
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            Cell::Date(d) => d.to_string(),
            Cell::DateTime(s) => s.clone(),
            Cell::Error(e) => e.clone(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}
