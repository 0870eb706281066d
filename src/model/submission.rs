//! A State's reply to a questionnaire: raw, as read (every value keeps its place in the file),
//! then normalised and validated.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use super::{Cell, Diagnostic, Severity};
use crate::date::Date;

/// Where a value was read: file, sheet and cell, or a JSON path. The file and sheet names are
/// shared by every value read from them (a 100,000-row export holds millions of places).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Place {
    #[serde(serialize_with = "shared_text")]
    pub file: Arc<str>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "shared_text_option")]
    pub sheet: Option<Arc<str>>,
    /// 0-based row and column in the sheet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub col: Option<usize>,
    /// For JSON: `[2].answers.tip5_offences`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

// Written as plain strings (serde's `rc` feature would change serde for all of typst's crates).
fn shared_text<S: serde::Serializer>(text: &Arc<str>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(text)
}

fn shared_text_option<S: serde::Serializer>(text: &Option<Arc<str>>, serializer: S) -> Result<S::Ok, S::Error> {
    match text {
        Some(text) => serializer.serialize_str(text),
        None => serializer.serialize_none(),
    }
}

thread_local! {
    /// The names this thread shared last: readers make places of one file and sheet in a row.
    static SHARED: std::cell::RefCell<Vec<Arc<str>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// One `Arc<str>` for every place that names the same file or sheet.
fn shared(name: &str) -> Arc<str> {
    SHARED.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(found) = cache.iter().find(|n| n.as_ref() == name) {
            return found.clone();
        }
        let made: Arc<str> = Arc::from(name);
        if cache.len() >= 8 {
            cache.remove(0);
        }
        cache.push(made.clone());
        made
    })
}

impl Place {
    pub fn cell(file: &str, sheet: Option<&str>, row: usize, col: usize) -> Self {
        Place { file: shared(file), sheet: sheet.map(shared), row: Some(row), col: Some(col), path: None }
    }

    pub fn json(file: &str, index: usize, path: String) -> Self {
        Place { file: shared(file), sheet: None, row: Some(index), col: None, path: Some(path) }
    }

    /// A diagnostic placed here.
    pub fn diagnostic(&self, severity: Severity, message: impl Into<String>) -> Diagnostic {
        let mut message = message.into();
        if let Some(path) = &self.path {
            message = format!("{path}: {message}");
        }
        let d = Diagnostic { severity, ..Diagnostic::error(self.file.as_ref(), message) };
        match (self.row, self.col) {
            (Some(row), Some(col)) => d.at_cell(self.sheet.as_deref(), row, col),
            (Some(row), None) => d.at_row(row + 1),
            _ => d,
        }
    }
}

/// One answer as read.
#[derive(Debug, Clone, PartialEq)]
pub struct RawAnswer {
    /// The question name the key resolved to, or the key as written when it matches none.
    pub key: String,
    pub value: Cell,
    pub place: Place,
    /// For a question in a repeat: the row (from 0) the answer belongs to.
    pub row: Option<usize>,
}

/// A submission as read, before it is checked against its form.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawSubmission {
    pub form_id: String,
    /// The record: a row of an export, a per-State workbook, a JSON object.
    pub place: Place,
    pub state: Option<(Cell, Place)>,
    pub submitted: Option<(Cell, Place)>,
    pub version: Option<(String, Place)>,
    pub answers: Vec<RawAnswer>,
    /// Where the answers left empty would go in this record (the cell a missing answer is
    /// reported at); answered questions have their place in `answers`.
    pub slots: std::collections::BTreeMap<String, Place>,
    /// The workbook counts date serials from 1904.
    pub date_1904: bool,
    /// The record could not be read as a submission at all (the reader said why); it is kept
    /// so that it is accounted for, as rejected.
    pub broken: bool,
    /// What a collection server (KoboToolbox, ODK Central) says of the record.
    pub server: ServerRecord,
}

/// A record's identity and review on the server it was downloaded from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServerRecord {
    /// The submission's identity on its server, the same in every download (Kobo `meta/rootUuid`
    /// or `_uuid`, ODK `__id` or `KEY`, without `uuid:`): two records with one key are one reply.
    pub key: Option<String>,
    /// When the server last changed the record (ODK `updatedAt`), to keep the newest copy.
    pub updated: Option<String>,
    /// The reviewer's decision, as the server words it, and where it was read.
    pub review: Option<(Review, Place)>,
}

/// A reviewer's decision on a collection server, both servers' words mapped to one meaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Review {
    /// Kobo `validation_status_approved`, ODK `approved`.
    Approved,
    /// Kobo `validation_status_not_approved`, ODK `rejected`: never counted.
    Refused(String),
    /// Kobo `validation_status_on_hold`, ODK `hasIssues`: counted as `[submissions]
    /// count_on_hold` says.
    Held(String),
    /// ODK `edited`: counted in its edited form.
    Edited,
    /// A word palermo does not know; the reply is counted and the word reported.
    Unknown(String),
}

impl Review {
    /// Reads a server's review word: Kobo's uid or label, ODK Central's `reviewState`; `None`
    /// for "received" (ODK's null or empty, Kobo's `{}`).
    pub fn from_server(word: &str) -> Option<Review> {
        let word = word.trim();
        let key: String = word.to_ascii_lowercase().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        Some(match key.trim_start_matches("validationstatus") {
            "" | "received" | "null" | "none" => return None,
            "approved" => Review::Approved,
            "notapproved" | "rejected" => Review::Refused(word.to_string()),
            "onhold" | "hasissues" => Review::Held(word.to_string()),
            "edited" => Review::Edited,
            _ => Review::Unknown(word.to_string()),
        })
    }

    /// The server's own word for it.
    pub fn word(&self) -> &str {
        match self {
            Review::Approved => "approved",
            Review::Edited => "edited",
            Review::Refused(w) | Review::Held(w) | Review::Unknown(w) => w,
        }
    }
}

/// A normalised answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Answer {
    Text(String),
    Number(f64),
    Date(Date),
    Choice(String),
    Choices(Vec<String>),
}

impl Answer {
    /// The value as XLSForm expressions see it.
    pub fn value(&self) -> crate::expr::Value {
        use crate::expr::Value;
        match self {
            Answer::Text(t) | Answer::Choice(t) => Value::Str(t.clone()),
            Answer::Number(n) => Value::Num(*n),
            Answer::Date(d) => Value::Date(*d),
            Answer::Choices(c) => Value::Str(c.join(" ")),
        }
    }
}

/// What became of a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Accepted,
    Rejected,
    /// A later submission of the same State for the same form counts instead.
    Superseded,
    /// Held for review on its server (Kobo "On Hold", ODK `hasIssues`) and not counted, as
    /// `[submissions] count_on_hold` says.
    Held,
    /// The same server submission read again (overlapping downloads): counted once, elsewhere.
    Duplicate,
}

/// A validated submission: answers bound to questions.
#[derive(Debug, Clone, Serialize)]
pub struct Submission {
    pub form_id: String,
    pub state: String,
    pub submitted: Date,
    pub answers: BTreeMap<String, Answer>,
    /// The rows of each repeat, by the repeat's name: the answers of its questions, row by row.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub repeats: BTreeMap<String, Vec<BTreeMap<String, Answer>>>,
    pub place: Place,
}
