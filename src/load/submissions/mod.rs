//! Reading submissions in every shape States send them: Kobo/ODK-style exports (one row per
//! submission), per-State answer workbooks (questions down the rows), and JSON. Each file gives
//! raw submissions whose every value keeps its place; a file that cannot be read gives a
//! diagnostic, never an abort.

pub mod fields;
mod json;
mod kobo;
mod odata;
mod odk_zip;
pub(crate) mod per_state;
mod table;

use std::path::Path;

pub use fields::Fields;
pub use table::{LinkedRow, attach};

use crate::load::workbook::{self, Workbook};
use crate::model::questionnaire::Questionnaire;
use crate::model::submission::RawSubmission;
use crate::model::{Diagnostic, Problem, ProblemKind};

/// What one file gave.
#[derive(Debug, Default)]
pub struct FileRead {
    pub submissions: Vec<RawSubmission>,
    pub diagnostics: Vec<Diagnostic>,
    /// Rows of a repeat that belong to submissions of another file (ODK Central's OData gives
    /// each repeat its own entity set), joined once every file is read.
    pub linked_rows: Vec<LinkedRow>,
}

/// Reads one submission file for `form` with the default settings; `display` names it in messages.
pub fn read_file(path: &Path, display: &str, form: &Questionnaire) -> FileRead {
    read_file_with(path, display, &Fields::new(form, None))
}

/// Reads one submission file: palermo's own JSON and answer workbooks, spreadsheet and CSV
/// exports, KoboToolbox's API data, ODK Central's OData JSON and CSV zip.
pub fn read_file_with(path: &Path, display: &str, fields: &Fields) -> FileRead {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    let bytes = match workbook::read_input(path) {
        Ok(bytes) => bytes,
        Err(e) => return unreadable(display, e),
    };
    match extension.as_str() {
        "json" => return json::read(&bytes, display, fields),
        // A CSV is one table; read it as a sheet rather than as pyxform's flat form layout.
        "csv" => return table::read_csv(&bytes, display, fields),
        "zip" => return odk_zip::read(&bytes, display, fields),
        _ => {}
    }
    let book = match workbook::read_bytes(&bytes, &extension) {
        Ok(book) => book,
        Err(e) => return unreadable(display, e),
    };
    read_workbook_with(&book, display, fields)
}

fn unreadable(display: &str, e: workbook::Unreadable) -> FileRead {
    FileRead { diagnostics: vec![Diagnostic::error(display, e.message).hint(e.hint).problem(e.problem)], ..FileRead::default() }
}

/// A workbook is a per-State answer sheet when a sheet has `name` and `answer` columns; otherwise
/// its first sheet with data is an export, one submission per row.
pub fn read_workbook(book: &Workbook, display: &str, form: &Questionnaire) -> FileRead {
    read_workbook_with(book, display, &Fields::new(form, None))
}

/// As [`read_workbook`]; the export's other sheets are its repeats (Kobo's one sheet per repeat,
/// linked by `_index` and `_parent_index`).
pub fn read_workbook_with(book: &Workbook, display: &str, fields: &Fields) -> FileRead {
    let form = fields.form;
    if let Some(read) = per_state::read(book, display, form) {
        return read;
    }
    let has_data = |s: &&workbook::Sheet| s.rows.iter().any(|r| r.iter().any(|c| !c.is_empty()));
    let Some(sheet) = book.sheets.iter().find(has_data) else {
        let d = Diagnostic::error(display, "the workbook has no data").hint("export the submissions again, with the header row and one row per State");
        return FileRead { diagnostics: vec![d.problem(Problem::new(ProblemKind::NoData))], ..FileRead::default() };
    };
    let (mut read, links) = table::read_table(sheet, display, fields, book.date_1904);
    let mut rows = Vec::new();
    for other in book.sheets.iter().filter(|s| s.name != sheet.name).filter(has_data) {
        let header: Vec<String> =
            other.rows.iter().find(|r| r.iter().any(|c| !c.is_empty())).map_or_else(Vec::new, |r| r.iter().map(|c| c.text().trim().to_string()).collect());
        let linked = header.iter().any(|h| h == "_parent_index");
        match repeat_of_sheet(&other.name, &header, fields) {
            Some(repeat) if linked => rows.extend(table::read_repeat_table(other, display, fields, repeat, &mut read.diagnostics)),
            _ => read.diagnostics.push(
                Diagnostic::warning(
                    display,
                    format!(
                        "sheet {} is not read: submissions are read from the first sheet, {}",
                        crate::quote::quoted(&other.name),
                        crate::quote::quoted(&sheet.name)
                    ),
                )
                .hint(if linked {
                    "the sheet is not named after a repeat of the form; export the replies again with the current form".to_string()
                } else {
                    "put all submissions on one sheet; a repeat's sheet needs Kobo's _index and _parent_index columns".to_string()
                })
                .problem(Problem::new(ProblemKind::ExtraSheet).plain("sheet", &other.name)),
            ),
        }
    }
    let orphans = table::attach(&mut read.submissions, &links, rows);
    read.diagnostics.extend(orphans.iter().map(orphan));
    read
}

/// The repeat a Kobo export's sheet holds: named after it (cut to 31 characters and ended with
/// `...` when longer, ` (2)` on a clash), or by its `_parent_table_name`'s children.
fn repeat_of_sheet(sheet: &str, _header: &[String], fields: &Fields) -> Option<usize> {
    let name = sheet.trim();
    let name = match name.rfind(" (") {
        Some(at) if name.ends_with(')') && name[at + 2..name.len() - 1].chars().all(|c| c.is_ascii_digit()) => &name[..at],
        _ => name,
    };
    if let Some(repeat) = fields.repeat(name) {
        return Some(repeat);
    }
    let cut = name.strip_suffix("...")?;
    fields.form.groups.iter().position(|g| g.repeat && g.name.starts_with(cut))
}

/// Whether a file is an ODK Central OData entity set of a repeat, from its first bytes: its rows
/// join the submissions of another file, so it is read before them.
pub fn is_repeat_entity_set(path: &Path) -> bool {
    use std::io::Read;
    if !path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) {
        return false;
    }
    let mut start = Vec::new();
    std::fs::File::open(path).and_then(|f| f.take(8192).read_to_end(&mut start)).is_ok() && odata::is_repeat_entity_set(&start)
}

/// The place of `key` in the `index`th record of a server's array (`results[3].group/q`,
/// `value[3]`): the file's shared place `base`, the record as its row.
pub(crate) fn record_place(base: &crate::model::submission::Place, array: &str, index: usize, key: &str) -> crate::model::submission::Place {
    let path = if key.is_empty() { format!("{array}[{index}]") } else { format!("{array}[{index}].{key}") };
    crate::model::submission::Place { row: Some(index), path: Some(path), ..base.clone() }
}

/// A repeat's row whose submission is in no table read.
pub fn orphan(row: &LinkedRow) -> Diagnostic {
    row.place
        .diagnostic(crate::model::Severity::Warning, format!("this row of a repeat belongs to submission {}, which is not in the files read", row.parent))
        .hint("download the submissions and their repeats together; the row is not read")
        .problem(Problem::new(ProblemKind::OrphanRow).plain("parent", &row.parent))
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
