//! The per-State answer workbook palermo generates for States that answer offline: one sheet
//! with the columns `name` (the question's name), `question` (its label, for the reader) and
//! `answer`; the rows `state` and `submitted` carry the metadata.

use super::{FileRead, metadata_kind, question_key};
use crate::load::workbook::{Cell, Workbook};
use crate::model::questionnaire::Questionnaire;
use crate::model::submission::{Place, RawAnswer, RawSubmission};
use crate::model::{Diagnostic, Problem, ProblemKind as K, Severity};

/// The column of a prefilled workbook where a State confirms an answer still holds, and the
/// hidden one holding the answer as it was carried (to tell a confirmed answer that was edited).
pub const NO_CHANGE: &str = "no_change";
pub const CARRIED: &str = "carried";

/// `None` when the workbook is not laid out this way.
pub fn read(book: &Workbook, display: &str, form: &Questionnaire) -> Option<FileRead> {
    for sheet in &book.sheets {
        let Some(header_row) = sheet.rows.iter().position(|r| r.iter().any(|c| !c.is_empty())) else { continue };
        let header: Vec<String> = sheet.rows[header_row].iter().map(|c| c.text().trim().to_ascii_lowercase()).collect();
        let name_col = header.iter().position(|h| h == "name");
        let answer_col = header.iter().position(|h| h == "answer");
        let (Some(name_col), Some(answer_col)) = (name_col, answer_col) else { continue };
        // A prefilled workbook: "no change" beside each answer, and the answer as carried.
        let no_change_col = header.iter().position(|h| h == NO_CHANGE);
        let carried_col = header.iter().position(|h| h == CARRIED);
        let mut read = FileRead::default();
        let mut submission = RawSubmission {
            form_id: form.form_id.clone(),
            place: Place::cell(display, Some(&sheet.name), header_row, 0),
            state: None,
            submitted: None,
            version: None,
            answers: Vec::new(),
            slots: Default::default(),
            date_1904: book.date_1904,
            broken: false,
            server: Default::default(),
        };
        for row in header_row + 1..sheet.rows.len() {
            let key = sheet.cell(row, name_col).text().trim().to_string();
            let value = sheet.cell(row, answer_col).clone();
            if key.is_empty() {
                if !value.is_empty() {
                    read.diagnostics.push(
                        Place::cell(display, Some(&sheet.name), row, answer_col)
                            .diagnostic(Severity::Warning, "an answer without a question name is not read")
                            .hint("keep the name column as palermo wrote it")
                            .problem(Problem::new(K::UnnamedAnswer)),
                    );
                }
                continue;
            }
            let place = Place::cell(display, Some(&sheet.name), row, answer_col);
            match metadata_kind(&key) {
                Some("state") if !value.is_empty() => submission.state = Some((value, place)),
                Some("submitted") if !value.is_empty() => submission.submitted = Some((value, place)),
                Some("version") if !value.is_empty() => submission.version = Some((value.text().trim().to_string(), place)),
                Some(_) => {}
                None => {
                    // A question of a repeat is written once per row: `case_name[2]`.
                    let (key, repeat_row) = super::repeat_row(&key);
                    let name = question_key(key, form);
                    if form.question(&name).is_none() {
                        read.diagnostics.push(
                            Place::cell(display, Some(&sheet.name), row, name_col)
                                .diagnostic(Severity::Warning, format!("unknown question {key_q}", key_q = crate::quote::quoted(key)))
                                .hint(format!("the form {} has no such question; the answer is not read", form.form_id))
                                .problem(Problem::new(K::UnknownQuestion).plain("question", key)),
                        );
                    } else {
                        if let (Some(n), Some(c)) = (no_change_col, carried_col)
                            && !sheet.cell(row, n).is_empty()
                            && sheet.cell(row, c).text().trim() != value.text().trim()
                        {
                            read.diagnostics.push(edited_despite_no_change(&place, key, &sheet.cell(row, c).text(), &value.text()));
                        }
                        if value.is_empty() {
                            submission.slots.entry(name).or_insert(place);
                        } else {
                            let value = choices_by_name(form, &name, value);
                            submission.answers.push(RawAnswer { key: name, value, place, row: repeat_row });
                        }
                    }
                }
            }
        }
        if submission.state.is_none() && submission.answers.is_empty() {
            read.diagnostics.push(
                Diagnostic::error(display, "the answer sheet is empty")
                    .hint("fill the answer column and the state and submitted rows")
                    .problem(Problem::new(K::AnswerSheetEmpty)),
            );
        } else {
            read.submissions.push(submission);
        }
        return Some(read);
    }
    None
}

/// An answer marked "no change" in a prefilled workbook that differs from the one carried.
fn edited_despite_no_change(place: &Place, question: &str, carried: &str, written: &str) -> Diagnostic {
    let shown = |t: &str| if t.trim().is_empty() { "no answer".to_string() } else { crate::quote::quoted(t.trim()).to_string() };
    place
        .diagnostic(
            Severity::Warning,
            format!(
                "{question} is marked “no change”, but its answer was changed from {} to {}; the answer as written is read",
                shown(carried),
                shown(written)
            ),
        )
        .hint("clear “no change” where the answer was corrected, or write the earlier answer back")
        .problem(Problem::new(K::NoChangeEdited).plain("question", question))
}

/// palermo's workbook offers choices by their labels (in the workbook's language): a choice
/// picked from its list is read back as the choice's name, silently. Several choices are
/// separated by commas or semicolons. Anything else is left for validation to judge.
fn choices_by_name(form: &Questionnaire, name: &str, value: Cell) -> Cell {
    let Some(list) = form.question(name).and_then(|q| q.kind.list()) else { return value };
    let choices = form.choices.get(list).map(Vec::as_slice).unwrap_or_default();
    let named = |written: &str| -> Option<String> {
        let written = written.trim();
        choices.iter().find(|c| c.name == written).or_else(|| choices.iter().find(|c| c.label.0.values().any(|l| l.trim() == written))).map(|c| c.name.clone())
    };
    let text = value.text();
    if let Some(one) = named(&text) {
        return Cell::Text(one);
    }
    if text.contains([',', ';']) {
        let parts: Option<Vec<String>> = text.split([',', ';']).filter(|p| !p.trim().is_empty()).map(named).collect();
        if let Some(parts) = parts {
            return Cell::Text(parts.join(" "));
        }
    }
    value
}
