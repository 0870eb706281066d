//! Reading submissions in every shape States send them: Kobo/ODK-style exports (one row per
//! submission), per-State answer workbooks (questions down the rows), and JSON. Each file gives
//! raw submissions whose every value keeps its place; a file that cannot be read gives a
//! diagnostic, never an abort.

mod json;
mod per_state;
mod table;

use std::path::Path;

use crate::load::workbook::{self, Workbook};
use crate::model::questionnaire::Questionnaire;
use crate::model::submission::RawSubmission;
use crate::model::{Diagnostic, Problem, ProblemKind};

/// What one file gave.
#[derive(Debug, Default)]
pub struct FileRead {
    pub submissions: Vec<RawSubmission>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads one submission file for `form`; `display` names it in messages.
pub fn read_file(path: &Path, display: &str, form: &Questionnaire) -> FileRead {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let bytes = match workbook::read_input(path) {
        Ok(bytes) => bytes,
        Err(e) => return unreadable(display, e),
    };
    match extension.as_str() {
        "json" => return json::read(&bytes, display, form),
        // A CSV is one table; read it as a sheet rather than as pyxform's flat form layout.
        "csv" => return table::read_csv(&bytes, display, form),
        _ => {}
    }
    let book = match workbook::read_bytes(&bytes, &extension) {
        Ok(book) => book,
        Err(e) => return unreadable(display, e),
    };
    read_workbook(&book, display, form)
}

fn unreadable(display: &str, e: workbook::Unreadable) -> FileRead {
    FileRead { submissions: Vec::new(), diagnostics: vec![Diagnostic::error(display, e.message).hint(e.hint).problem(e.problem)] }
}

/// A workbook is a per-State answer sheet when a sheet has `name` and `answer` columns; otherwise
/// its first sheet with data is an export, one submission per row.
pub fn read_workbook(book: &Workbook, display: &str, form: &Questionnaire) -> FileRead {
    if let Some(read) = per_state::read(book, display, form) {
        return read;
    }
    let Some(sheet) = book.sheets.iter().find(|s| s.rows.iter().any(|r| r.iter().any(|c| !c.is_empty()))) else {
        let d = Diagnostic::error(display, "the workbook has no data").hint("export the submissions again, with the header row and one row per State");
        return FileRead { submissions: Vec::new(), diagnostics: vec![d.problem(Problem::new(ProblemKind::NoData))] };
    };
    let mut read = table::read_sheet(sheet, display, form, book.date_1904);
    for other in book.sheets.iter().filter(|s| s.name != sheet.name && s.rows.iter().any(|r| r.iter().any(|c| !c.is_empty()))) {
        read.diagnostics.push(
            Diagnostic::warning(
                display,
                format!(
                    "sheet {} is not read: submissions are read from the first sheet, {}",
                    crate::quote::quoted(&other.name),
                    crate::quote::quoted(&sheet.name)
                ),
            )
            .hint("put all submissions on one sheet; send the rows of a repeat in JSON or in palermo's answer workbook")
            .problem(Problem::new(ProblemKind::ExtraSheet).plain("sheet", &other.name)),
        );
    }
    read
}

/// Reads the keys of a table header or a JSON object: `group/name` paths resolve to `name`.
pub(crate) fn question_key(key: &str, form: &Questionnaire) -> String {
    let key = key.trim();
    if form.question(key).is_some() {
        return key.to_string();
    }
    let last = key.rsplit('/').next().unwrap_or(key);
    if form.question(last).is_some() { last.to_string() } else { key.to_string() }
}

/// `case_name[2]` → (`case_name`, row 1): the row of a repeat a key names; `None` without one.
pub(crate) fn repeat_row(key: &str) -> (&str, Option<usize>) {
    let key = key.trim();
    if let Some(open) = key.rfind('[')
        && let Some(n) = key[open + 1..].strip_suffix(']').and_then(|n| n.trim().parse::<usize>().ok())
        && n >= 1
    {
        return (key[..open].trim_end(), Some(n - 1));
    }
    (key, None)
}

/// Column names that carry a submission's metadata rather than an answer.
pub(crate) fn metadata_kind(key: &str) -> Option<&'static str> {
    match key.trim().to_ascii_lowercase().trim_start_matches("meta/").trim_matches('_') {
        "state" | "country" | "iso3" => Some("state"),
        "submitted" | "submission_date" | "date_submitted" => Some("submitted"),
        // Kobo's and ODK Central's own time stamps: used when there is no `submitted` column.
        "submission_time" | "submissiondate" => Some("submission_time"),
        "version" | "_version_" | "form_version" | "__version__" => Some("version"),
        _ => None,
    }
}

/// Columns that exports add and palermo has no use for (Kobo's `_id`, `_uuid`, ODK's `start`…).
pub(crate) fn is_export_bookkeeping(key: &str) -> bool {
    let key = key.trim().to_ascii_lowercase();
    key.starts_with('_')
        || key.starts_with("meta/")
        || matches!(key.as_str(), "start" | "end" | "today" | "deviceid" | "username" | "instanceid" | "key" | "formhub/uuid")
}
