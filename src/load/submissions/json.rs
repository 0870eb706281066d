//! JSON submissions: palermo's own, an object or an array of
//! `{ "state": "FRA", "submitted": "2026-03-01", "version": "…", "answers": { … } }`; the servers'
//! (KoboToolbox's `results`, ODK Central's OData `value`) are told apart by their shape.

use serde_json::Value;

use super::{Fields, FileRead, question_key};
use crate::model::questionnaire::Questionnaire;
use crate::model::submission::{Place, RawAnswer, RawSubmission};
use crate::model::{Diagnostic, Problem, ProblemKind as K, Severity};

/// The repeat group a key names (`cases`, or Kobo's `group/cases`), if any.
fn repeat_named(key: &str, form: &Questionnaire) -> Option<usize> {
    let last = key.trim().rsplit('/').next().unwrap_or(key);
    form.groups.iter().position(|g| g.repeat && g.name == last)
}

pub fn read(bytes: &[u8], display: &str, form_fields: &Fields) -> FileRead {
    let form = form_fields.form;
    let mut read = FileRead::default();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            read.diagnostics.push(
                Diagnostic::error(display, format!("not valid JSON: {e}"))
                    .at_row(e.line())
                    .hint("check the file with a JSON validator; it may be truncated")
                    .problem(Problem::new(K::NotJson).plain("error", e.to_string())),
            );
            return read;
        }
    };
    if let Some(server) = super::kobo::read(&value, display, form_fields).or_else(|| super::odata::read(&value, display, form_fields)) {
        return server;
    }
    let single = value.is_object();
    let records: Vec<&Value> = match &value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(_) => vec![&value],
        _ => {
            read.diagnostics.push(
                Diagnostic::error(display, "the JSON is neither an object nor an array of objects")
                    .hint("write { \"state\": …, \"submitted\": …, \"answers\": { … } }")
                    .problem(Problem::new(K::JsonShape)),
            );
            return read;
        }
    };
    for (index, record) in records.into_iter().enumerate() {
        let at = |path: &str| {
            let prefix = if single { String::new() } else { format!("[{index}]") };
            Place::json(
                display,
                index,
                if single && path.is_empty() {
                    "the submission".into()
                } else {
                    format!("{prefix}{}", if single { path.trim_start_matches('.') } else { path })
                },
            )
        };
        let Value::Object(fields) = record else {
            read.diagnostics.push(
                at("")
                    .diagnostic(Severity::Error, "a submission must be an object")
                    .hint("write { \"state\": …, \"submitted\": …, \"answers\": { … } }")
                    .problem(Problem::new(K::NotAnObject)),
            );
            read.submissions.push(RawSubmission {
                form_id: form.form_id.clone(),
                place: at(""),
                state: None,
                submitted: None,
                version: None,
                answers: Vec::new(),
                slots: Default::default(),
                date_1904: false,
                broken: true,
                server: Default::default(),
            });
            continue;
        };
        let mut submission = RawSubmission {
            form_id: form.form_id.clone(),
            place: at(""),
            state: fields.get("state").map(|v| (crate::load::workbook::cell_from_json(v), at(".state"))),
            submitted: fields.get("submitted").map(|v| (crate::load::workbook::cell_from_json(v), at(".submitted"))),
            version: fields.get("version").map(|v| (crate::load::workbook::cell_from_json(v).text(), at(".version"))),
            answers: Vec::new(),
            slots: Default::default(),
            date_1904: false,
            broken: false,
            server: Default::default(),
        };
        // `scan`: what `palermo scan` read where (a draft's record, kept when it is accepted).
        for key in fields.keys().filter(|k| !matches!(k.as_str(), "state" | "submitted" | "version" | "answers" | "scan")) {
            read.diagnostics.push(
                at(&format!(".{key}"))
                    .diagnostic(Severity::Warning, format!("unknown field {key_q} is not read", key_q = crate::quote::quoted(key)))
                    .hint("answers go inside \"answers\"")
                    .problem(Problem::new(K::UnknownField).plain("field", key)),
            );
        }
        match fields.get("answers") {
            Some(Value::Object(answers)) => {
                for (key, value) in answers {
                    // The State named by the form's own field, inside the answers.
                    if submission.state.is_none() && form_fields.is_state(key) {
                        submission.state = Some((crate::load::workbook::cell_from_json(value), at(&format!(".answers.{key}"))));
                        if form_fields.state_question().is_none() {
                            continue;
                        }
                    }
                    // A repeat: an array of rows, each an object of its questions' answers.
                    if let Some(repeat) = repeat_named(key, form) {
                        let Value::Array(rows) = value else {
                            read.diagnostics.push(
                                at(&format!(".answers.{key}"))
                                    .diagnostic(
                                        Severity::Error,
                                        format!("{key_q} is a repeat: its answers are a list of rows", key_q = crate::quote::quoted(key)),
                                    )
                                    .hint(format!("write \"{key}\": [{{ \"question\": \"answer\" }}, …], one object per row"))
                                    .problem(Problem::new(K::RepeatNotAList).plain("repeat", key)),
                            );
                            continue;
                        };
                        for (row, item) in rows.iter().enumerate() {
                            let Value::Object(fields) = item else {
                                read.diagnostics.push(
                                    at(&format!(".answers.{key}[{row}]"))
                                        .diagnostic(Severity::Error, "a row of a repeat must be an object")
                                        .hint("write { \"question\": \"answer\" } for each row")
                                        .problem(Problem::new(K::RepeatRowNotAnObject)),
                                );
                                continue;
                            };
                            for (inner, value) in fields {
                                let name = question_key(inner, form);
                                let place = at(&format!(".answers.{key}[{row}].{inner}"));
                                match form.question(&name) {
                                    Some(q) if form.repeat_of(q) == Some(repeat) => {
                                        let cell = crate::load::workbook::cell_from_json(value);
                                        if !cell.is_empty() {
                                            submission.answers.push(RawAnswer { key: name, value: cell, place, row: Some(row) });
                                        }
                                    }
                                    _ => read.diagnostics.push(
                                        place
                                            .diagnostic(
                                                Severity::Warning,
                                                format!(
                                                    "{inner_q} is not a question of the repeat {key_q}",
                                                    inner_q = crate::quote::quoted(inner),
                                                    key_q = crate::quote::quoted(key)
                                                ),
                                            )
                                            .hint("the answer is not read; check the question's name")
                                            .problem(Problem::new(K::NotInRepeat).plain("question", inner).plain("repeat", key)),
                                    ),
                                }
                            }
                        }
                        continue;
                    }
                    let name = question_key(key, form);
                    let place = at(&format!(".answers.{key}"));
                    if form.question(&name).is_none() {
                        let hint = match crate::suggest::closest(key, form.questions.iter().map(|q| q.name.as_str())) {
                            Some(meant) => format!("did you mean {meant_q}? the answer is not read", meant_q = crate::quote::quoted(meant)),
                            None => format!("the form {} has no such question; the answer is not read", form.form_id),
                        };
                        read.diagnostics.push(
                            place
                                .diagnostic(Severity::Warning, format!("unknown question {key_q}", key_q = crate::quote::quoted(key)))
                                .hint(hint)
                                .problem(Problem::new(K::UnknownQuestion).plain("question", key)),
                        );
                        continue;
                    }
                    let cell = crate::load::workbook::cell_from_json(value);
                    if !cell.is_empty() {
                        submission.answers.push(RawAnswer { key: name, value: cell, place, row: None });
                    }
                }
            }
            Some(_) => read.diagnostics.push(
                at(".answers")
                    .diagnostic(Severity::Error, "\"answers\" must be an object of question names and answers")
                    .hint("write \"answers\": { \"q1\": \"yes\" }")
                    .problem(Problem::new(K::AnswersNotAnObject)),
            ),
            // Reported by validation, which says so once rather than question by question.
            None => {}
        }
        read.submissions.push(submission);
    }
    read
}
