//! A problem found in an input: data, never a panic or an abort. Each names its place
//! (file, sheet, cell, row) and says how to fix it.

use std::fmt;

use serde::Serialize;

use super::problem::{Problem, ProblemKind};

/// Only the kind of a problem goes into JSON (its values are in the message and `value`).
fn problem_kind<S: serde::Serializer>(problem: &Option<Problem>, serializer: S) -> Result<S::Ok, S::Error> {
    match problem {
        Some(p) => p.kind.serialize(serializer),
        None => serializer.serialize_none(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The input file, as given on the command line or found under `inputs/`.
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// A1-style cell reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    /// 1-based row in the file or sheet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// What kind of problem it is (`required`, `constraint`…) and the values it is about: for
    /// tools (as `code`), and for letters that word the problem in a State's language.
    #[serde(rename = "code", skip_serializing_if = "Option::is_none", serialize_with = "problem_kind")]
    pub problem: Option<Problem>,
    /// The value as written, where the problem is a value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Diagnostic {
    pub fn error(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            file: file.into(),
            sheet: None,
            cell: None,
            row: None,
            question: None,
            message: message.into(),
            hint: None,
            problem: None,
            value: None,
        }
    }

    pub fn warning(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, ..Self::error(file, message) }
    }

    pub fn at_row(mut self, row: usize) -> Self {
        self.row = Some(row);
        self
    }

    /// Places the diagnostic at a cell, 0-based `row` and `col` of `sheet`.
    pub fn at_cell(mut self, sheet: Option<&str>, row: usize, col: usize) -> Self {
        self.sheet = sheet.map(str::to_string);
        self.cell = Some(a1(row, col));
        self.row = Some(row + 1);
        self
    }

    pub fn question(mut self, name: impl Into<String>) -> Self {
        self.question = Some(name.into());
        self
    }

    /// What kind of problem this is, with its values (and the value written, when it has one).
    pub fn problem(mut self, problem: Problem) -> Self {
        self.problem = Some(problem);
        self
    }

    /// The kind of problem, when it has one.
    pub fn kind(&self) -> Option<ProblemKind> {
        self.problem.as_ref().map(|p| p.kind)
    }

    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self.note_invisible();
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self.note_invisible();
        self
    }

    /// A value with characters that cannot be seen is quoted with escapes; the hint says so.
    fn note_invisible(&mut self) {
        use crate::quote::{INVISIBLE_NOTE, has_invisible};
        if !self.value.as_deref().is_some_and(has_invisible) || self.hint.as_deref().is_some_and(|h| h.contains(INVISIBLE_NOTE)) {
            return;
        }
        self.hint = Some(match self.hint.take() {
            Some(hint) => format!("{hint} ({INVISIBLE_NOTE})"),
            None => INVISIBLE_NOTE.to_string(),
        });
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// 1-based column of the cell (`C12` → 3), 0 when there is no cell.
    pub fn column(&self) -> usize {
        self.cell.as_deref().map_or(0, |c| c.chars().take_while(char::is_ascii_alphabetic).fold(0, |n, ch| n * 26 + (ch.to_ascii_uppercase() as usize - 64)))
    }

    /// Orders diagnostics as a reader goes through a file: file-wide ones first, then by
    /// sheet (in the order given), row and column.
    pub fn sort_for_reading(diagnostics: &mut [Diagnostic], sheet_order: &[&str]) {
        diagnostics.sort_by_key(|d| {
            let sheet = d.sheet.as_deref().map_or(0, |s| 1 + sheet_order.iter().position(|o| o.eq_ignore_ascii_case(s)).unwrap_or(sheet_order.len()));
            (d.file.clone(), sheet, d.row.unwrap_or(0), d.column())
        });
    }
}

/// `file: sheet!C12: message (hint)`, the one-line form used in logs and terminals.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}", self.file)?;
        match (&self.sheet, &self.cell, self.row) {
            (Some(sheet), Some(cell), _) => write!(f, ": {sheet}!{cell}")?,
            (None, Some(cell), _) => write!(f, ": {cell}")?,
            (_, None, Some(row)) => write!(f, ": row {row}")?,
            _ => {}
        }
        write!(f, ": {severity}: {}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// 0-based row and column to an A1 reference: (11, 2) → `C12`.
pub fn a1(row: usize, col: usize) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8(letters).expect("ASCII"), row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a1_references() {
        assert_eq!(a1(0, 0), "A1");
        assert_eq!(a1(11, 2), "C12");
        assert_eq!(a1(0, 25), "Z1");
        assert_eq!(a1(0, 26), "AA1");
        assert_eq!(a1(4, 701), "ZZ5");
        assert_eq!(a1(0, 702), "AAA1");
    }

    #[test]
    fn display_names_the_place() {
        let d = Diagnostic::error("untoc.xlsx", "unknown choice list \"yesno\"").at_cell(Some("survey"), 13, 3).hint("did you mean \"yes_no\"?");
        assert_eq!(d.to_string(), "untoc.xlsx: survey!D14: error: unknown choice list \"yesno\"\n  hint: did you mean \"yes_no\"?");
    }
}
