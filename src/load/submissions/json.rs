//! JSON submissions: an object or an array of
//! `{ "state": "FRA", "submitted": "2026-03-01", "version": "…", "answers": { … } }`.

use serde_json::Value;

use super::{question_key, FileRead};
use crate::load::workbook::Cell;
use crate::model::questionnaire::Questionnaire;
use crate::model::submission::{Place, RawAnswer, RawSubmission};
use crate::model::Diagnostic;

pub fn read(bytes: &[u8], display: &str, form: &Questionnaire) -> FileRead {
    let mut read = FileRead::default();
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            read.diagnostics.push(
                Diagnostic::error(display, format!("not valid JSON: {e}"))
                    .at_row(e.line())
                    .hint("check the file with a JSON validator; it may be truncated"),
            );
            return read;
        }
    };
    let single = value.is_object();
    let records: Vec<&Value> = match &value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(_) => vec![&value],
        _ => {
            read.diagnostics.push(Diagnostic::error(display, "the JSON is neither an object nor an array of objects").hint("write { \"state\": …, \"submitted\": …, \"answers\": { … } }"));
            return read;
        }
    };
    for (index, record) in records.into_iter().enumerate() {
        let at = |path: &str| {
            let prefix = if single { String::new() } else { format!("[{index}]") };
            Place::json(display, index, if single && path.is_empty() { "the submission".into() } else { format!("{prefix}{}", if single { path.trim_start_matches('.') } else { path }) })
        };
        let Value::Object(fields) = record else {
            read.diagnostics.push(at("").diagnostic(true, "a submission must be an object").hint("write { \"state\": …, \"submitted\": …, \"answers\": { … } }"));
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
            });
            continue;
        };
        let mut submission = RawSubmission {
            form_id: form.form_id.clone(),
            place: at(""),
            state: fields.get("state").map(|v| (Cell::from_json(v), at(".state"))),
            submitted: fields.get("submitted").map(|v| (Cell::from_json(v), at(".submitted"))),
            version: fields.get("version").map(|v| (Cell::from_json(v).text(), at(".version"))),
            answers: Vec::new(),
            slots: Default::default(),
            date_1904: false,
            broken: false,
        };
        for key in fields.keys().filter(|k| !matches!(k.as_str(), "state" | "submitted" | "version" | "answers")) {
            read.diagnostics.push(at(&format!(".{key}")).diagnostic(false, format!("unknown field {key:?} is not read")).hint("answers go inside \"answers\""));
        }
        match fields.get("answers") {
            Some(Value::Object(answers)) => {
                for (key, value) in answers {
                    let name = question_key(key, form);
                    let place = at(&format!(".answers.{key}"));
                    if form.question(&name).is_none() {
                        let hint = match crate::suggest::closest(key, form.questions.iter().map(|q| q.name.as_str())) {
                            Some(meant) => format!("did you mean {meant:?}? the answer is not read"),
                            None => format!("the form {} has no such question; the answer is not read", form.form_id),
                        };
                        read.diagnostics.push(place.diagnostic(false, format!("unknown question {key:?}")).hint(hint));
                        continue;
                    }
                    let cell = Cell::from_json(value);
                    if !cell.is_empty() {
                        submission.answers.push(RawAnswer { key: name, value: cell, place });
                    }
                }
            }
            Some(_) => read.diagnostics.push(at(".answers").diagnostic(true, "\"answers\" must be an object of question names and answers").hint("write \"answers\": { \"q1\": \"yes\" }")),
            // Reported by validation, which says so once rather than question by question.
            None => {}
        }
        read.submissions.push(submission);
    }
    read
}
