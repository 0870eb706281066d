//! Kobo/ODK-style exports: a header of question names (or `group/name` paths), one row per
//! submission, select_multiple answers as space-separated choice names or as Kobo's one 0/1
//! column per choice (`q/choice`).

use std::collections::BTreeMap;

use super::{FileRead, is_export_bookkeeping, metadata_kind, question_key};
use crate::load::workbook::{Cell, Sheet, clean_text};
use crate::model::questionnaire::{QuestionKind, Questionnaire};
use crate::model::submission::{Place, RawAnswer, RawSubmission};
use crate::model::{Diagnostic, Problem, ProblemKind as K, Severity};

/// What a column of the header holds.
enum Column {
    Meta(&'static str),
    Answer(String),
    /// Kobo's 0/1 column for one choice of a select_multiple.
    Flag {
        question: String,
        choice: String,
    },
    Ignored,
}

pub fn read_csv(bytes: &[u8], display: &str, form: &Questionnaire) -> FileRead {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = String::from_utf8_lossy(bytes);
    // Exports from European spreadsheets often use semicolons.
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut diagnostics = Vec::new();
    for (i, record) in reader.records().enumerate() {
        match record {
            Ok(record) => rows.push(record.iter().map(|c| if c.trim().is_empty() { Cell::Empty } else { Cell::Text(clean_text(c)) }).collect()),
            Err(e) => {
                diagnostics.push(
                    Diagnostic::error(display, format!("unreadable line: {e}"))
                        .at_row(i + 1)
                        .hint("check the quotes on this line")
                        .problem(Problem::new(K::UnreadableLine).plain("error", e.to_string())),
                );
                rows.push(Vec::new());
            }
        }
    }
    let sheet = Sheet { name: String::new(), rows, rows_dropped: 0 };
    let mut read = read_sheet(&sheet, display, form, false);
    diagnostics.append(&mut read.diagnostics);
    read.diagnostics = diagnostics;
    read
}

pub fn read_sheet(sheet: &Sheet, display: &str, form: &Questionnaire, date_1904: bool) -> FileRead {
    let mut read = FileRead::default();
    let sheet_name = (!sheet.name.is_empty()).then_some(sheet.name.as_str());
    let Some(header_row) = sheet.rows.iter().position(|r| r.iter().any(|c| !c.is_empty())) else {
        read.diagnostics
            .push(Diagnostic::error(display, "the sheet is empty").hint("export the submissions with their header row").problem(Problem::new(K::SheetEmpty)));
        return read;
    };
    let header: Vec<String> = sheet.rows[header_row].iter().map(|c| c.text().trim().to_string()).collect();
    let mut columns = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (col, key) in header.iter().enumerate() {
        let column = if key.is_empty() {
            Column::Ignored
        } else if let Some(kind) = metadata_kind(key) {
            Column::Meta(kind)
        } else {
            let name = question_key(key, form);
            if form.question(&name).is_some() {
                if let Some(first) = seen.insert(name.clone(), col) {
                    read.diagnostics.push(
                        Place::cell(display, sheet_name, header_row, col)
                            .diagnostic(
                                Severity::Error,
                                format!(
                                    "two columns answer {name_q} (also column {})",
                                    crate::model::diagnostic::a1(header_row, first),
                                    name_q = crate::quote::quoted(&name)
                                ),
                            )
                            .question(&name)
                            .hint("keep one column per question")
                            .problem(Problem::new(K::DuplicateColumn).plain("other", crate::model::diagnostic::a1(header_row, first))),
                    );
                    Column::Ignored
                } else {
                    Column::Answer(name)
                }
            } else if let Some(flag) = flag_column(key, form) {
                flag
            } else if is_export_bookkeeping(key) {
                Column::Ignored
            } else {
                let hint = match crate::suggest::closest(key, form.questions.iter().map(|q| q.name.as_str())) {
                    Some(meant) => format!("did you mean {meant_q}? the column is not read", meant_q = crate::quote::quoted(meant)),
                    None => format!("the form {} has no such question; the column is not read", form.form_id),
                };
                read.diagnostics.push(
                    Place::cell(display, sheet_name, header_row, col)
                        .diagnostic(Severity::Warning, format!("unknown column {key_q}", key_q = crate::quote::quoted(key)))
                        .hint(hint)
                        .problem(Problem::new(K::UnknownColumn).plain("column", key)),
                );
                Column::Ignored
            }
        };
        columns.push(column);
    }
    let has_submitted = columns.iter().any(|c| matches!(c, Column::Meta("submitted")));
    let main_columns: Vec<String> = columns.iter().filter_map(|c| if let Column::Answer(n) = c { Some(n.clone()) } else { None }).collect();
    for row in header_row + 1..sheet.rows.len() {
        let cells = &sheet.rows[row];
        if cells.iter().all(Cell::is_empty) {
            continue;
        }
        let mut submission = RawSubmission {
            form_id: form.form_id.clone(),
            place: Place::cell(display, sheet_name, row, 0),
            state: None,
            submitted: None,
            version: None,
            answers: Vec::new(),
            slots: Default::default(),
            date_1904,
            broken: false,
        };
        let mut flags: BTreeMap<String, (Vec<String>, Place)> = BTreeMap::new();
        for (col, column) in columns.iter().enumerate() {
            let cell = cells.get(col).cloned().unwrap_or(Cell::Empty);
            let place = Place::cell(display, sheet_name, row, col);
            match column {
                Column::Meta("state") if !cell.is_empty() => submission.state = Some((cell, place)),
                Column::Meta("submitted") if !cell.is_empty() => submission.submitted = Some((cell, place)),
                Column::Meta("version") if !cell.is_empty() => submission.version = Some((cell.text().trim().to_string(), place)),
                Column::Meta("submission_time") if !cell.is_empty() && !has_submitted => submission.submitted = Some((cell, place)),
                Column::Answer(name) if cell.is_empty() => {
                    submission.slots.insert(name.clone(), place);
                }
                Column::Answer(name) => submission.answers.push(RawAnswer { key: name.clone(), value: cell, place, row: None }),
                Column::Flag { question, choice } if !main_columns.contains(question) => {
                    let entry = flags.entry(question.clone()).or_insert_with(|| (Vec::new(), place.clone()));
                    if is_checked(&cell) {
                        entry.0.push(choice.clone());
                    }
                }
                _ => {}
            }
        }
        for (question, (chosen, place)) in flags {
            if !chosen.is_empty() {
                submission.answers.push(RawAnswer { key: question, value: Cell::Text(chosen.join(" ")), place, row: None });
            }
        }
        read.submissions.push(submission);
    }
    read
}

/// `q/choice` (or `group/q/choice`) where `q` is a select_multiple and `choice` one of its choices.
fn flag_column(key: &str, form: &Questionnaire) -> Option<Column> {
    let (path, choice) = key.trim().rsplit_once('/')?;
    let question = question_key(path, form);
    let q = form.question(&question)?;
    let QuestionKind::SelectMultiple(list) = &q.kind else { return None };
    form.choices.get(list)?.iter().any(|c| c.name == choice).then(|| Column::Flag { question, choice: choice.to_string() })
}

fn is_checked(cell: &Cell) -> bool {
    match cell {
        Cell::Number(n) => *n != 0.0,
        Cell::Bool(b) => *b,
        Cell::Text(t) => matches!(t.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes" | "x"),
        _ => false,
    }
}
