//! KoboToolbox's API data (`/api/v2/assets/<uid>/data/?format=json`): the page object
//! (`count`, `next`, `previous`, `results`) or a bare array of records. A record is flat, keyed by
//! full group paths (`tip_protection/art5/tip5_implemented`); a repeat is an array of objects
//! keyed by full paths too; every answer is the XML value as a string; Kobo's own keys start with
//! `_` (`_submission_time` in UTC without offset, `_validation_status` an object with a `uid`).

use serde_json::{Map, Value};

use super::FileRead;
use super::fields::{Fields, Meta, Resolved, identity, received};
use crate::load::workbook::cell_from_json;
use crate::model::submission::{Place, RawAnswer, RawSubmission, Review};
use crate::model::{Problem, ProblemKind as K, Severity};

/// Keys only KoboToolbox writes in a record: one of them marks a bare array as Kobo's.
const KOBO_KEYS: &[&str] = &["_id", "_uuid", "_submission_time", "formhub/uuid", "meta/instanceID", "meta/rootUuid", "_xform_id_string", "__version__"];

/// Reads `value` when it is KoboToolbox's API data; `None` when it is not shaped as such.
pub fn read(value: &Value, display: &str, fields: &Fields) -> Option<FileRead> {
    let (records, prefix) = match value {
        Value::Object(page) if page.get("results").is_some_and(Value::is_array) && !page.contains_key("answers") => {
            (page["results"].as_array().expect("checked"), "results")
        }
        Value::Array(items)
            if items.first().and_then(Value::as_object).is_some_and(|r| !r.contains_key("answers") && KOBO_KEYS.iter().any(|k| r.contains_key(*k))) =>
        {
            (items, "")
        }
        _ => return None,
    };
    // Every place of the file shares its name; only the record and the key differ. Records are
    // made submissions in parallel, each worker remembering what the keys it met name.
    use rayon::prelude::*;
    let base = Place::json(display, 0, String::new());
    let converted: Vec<(RawSubmission, Vec<crate::model::Diagnostic>)> = records
        .par_iter()
        .enumerate()
        .with_min_len(256)
        .map_init(std::collections::HashMap::new, |cache, (index, record)| submission(index, record, prefix, &base, fields, cache))
        .collect();
    let mut read = FileRead::default();
    for (submission, diagnostics) in converted {
        read.submissions.push(submission);
        read.diagnostics.extend(diagnostics);
    }
    Some(read)
}

/// One record of Kobo's data as a submission, and what was wrong with it.
fn submission(
    index: usize,
    record: &Value,
    prefix: &str,
    base: &Place,
    fields: &Fields,
    cache: &mut std::collections::HashMap<String, Resolved>,
) -> (RawSubmission, Vec<crate::model::Diagnostic>) {
    let mut diagnostics = Vec::new();
    let at = |key: &str| super::record_place(base, prefix, index, key);
    let Value::Object(record) = record else {
        diagnostics.push(
            at("")
                .diagnostic(Severity::Error, "a record must be an object")
                .hint("download the data again from KoboToolbox")
                .problem(Problem::new(K::NotAnObject)),
        );
        return (RawSubmission { form_id: fields.form.form_id.clone(), place: at(""), broken: true, ..RawSubmission::default() }, diagnostics);
    };
    let mut submission = RawSubmission { form_id: fields.form.form_id.clone(), place: at(""), ..RawSubmission::default() };
    let (mut root, mut key, mut server_id) = (None, None, None);
    for (name, value) in record {
        let resolved = fields.resolve_cached(name, cache);
        let meta = match resolved {
            Resolved::Meta(Meta::Bookkeeping | Meta::Index | Meta::Parent) => continue,
            Resolved::Meta(meta) => Some(meta),
            Resolved::Question(i) => {
                let cell = cell_from_json(value);
                if !cell.is_empty() {
                    submission.answers.push(RawAnswer { key: fields.form.questions[i].name.clone(), value: cell, place: at(name), row: None });
                }
                continue;
            }
            _ => None,
        };
        let place = at(name);
        match meta {
            Some(Meta::State) => {
                submission.state = Some((cell_from_json(value), place.clone()));
                if let Some(q) = fields.state_question() {
                    submission.answers.push(RawAnswer { key: q.name.clone(), value: cell_from_json(value), place, row: None });
                }
            }
            Some(Meta::Submitted) => submission.submitted = Some((cell_from_json(value), place)),
            Some(Meta::SubmissionTime) => {
                if !record.contains_key("submitted") {
                    submission.submitted = Some((received(cell_from_json(value)), place));
                }
            }
            Some(Meta::Review) => {
                let word = match value {
                    Value::Object(status) => status.get("uid").and_then(Value::as_str).unwrap_or_default().to_string(),
                    other => cell_from_json(other).text(),
                };
                submission.server.review = Review::from_server(&word).map(|r| (r, place));
            }
            Some(Meta::RootKey) => root = value.as_str().and_then(identity),
            Some(Meta::Key) => key = key.or_else(|| value.as_str().and_then(identity)),
            Some(Meta::ServerId) => server_id = Some(format!("_id {}", cell_from_json(value).text())),
            Some(_) => {}
            None => {
                let repeat = if let Resolved::Repeat(r) = resolved { Some(r) } else { None };
                answer(name, value, repeat, place, fields, &mut submission, &mut diagnostics, at)
            }
        }
    }
    submission.server.key = root.or(key).or(server_id);
    (submission, diagnostics)
}

/// One key of a record that is neither a question nor Kobo's own: a repeat's rows, or a field
/// the form lacks.
#[allow(clippy::too_many_arguments)]
fn answer(
    name: &str,
    value: &Value,
    repeat: Option<usize>,
    place: Place,
    fields: &Fields,
    submission: &mut RawSubmission,
    diagnostics: &mut Vec<crate::model::Diagnostic>,
    at: impl Fn(&str) -> Place,
) {
    if let Some(repeat) = repeat {
        let Value::Array(rows) = value else {
            diagnostics.push(
                place
                    .diagnostic(Severity::Error, format!("{} is a repeat: its answers are a list of rows", crate::quote::quoted(name)))
                    .hint("download the data again from KoboToolbox")
                    .problem(Problem::new(K::RepeatNotAList).plain("repeat", name)),
            );
            return;
        };
        for (row, item) in rows.iter().enumerate() {
            let Some(item) = item.as_object() else {
                diagnostics.push(
                    at(&format!("{name}[{row}]"))
                        .diagnostic(Severity::Error, "a row of a repeat must be an object")
                        .hint("download the data again from KoboToolbox")
                        .problem(Problem::new(K::RepeatRowNotAnObject)),
                );
                continue;
            };
            row_answers(item, name, row, repeat, fields, submission, diagnostics, &at);
        }
        return;
    }
    diagnostics.push(unknown(name, place, fields));
}

#[allow(clippy::too_many_arguments)]
fn row_answers(
    item: &Map<String, Value>,
    repeat_key: &str,
    row: usize,
    repeat: usize,
    fields: &Fields,
    submission: &mut RawSubmission,
    diagnostics: &mut Vec<crate::model::Diagnostic>,
    at: &impl Fn(&str) -> Place,
) {
    for (inner, value) in item {
        let place = at(&format!("{repeat_key}[{row}].{inner}"));
        match fields.question(inner) {
            Some(q) if fields.form.repeat_of(q) == Some(repeat) => {
                let cell = cell_from_json(value);
                if !cell.is_empty() {
                    submission.answers.push(RawAnswer { key: q.name.clone(), value: cell, place, row: Some(row) });
                }
            }
            _ if super::fields::meta_kind(inner).is_some() => {}
            _ => diagnostics.push(
                place
                    .diagnostic(
                        Severity::Warning,
                        format!("{} is not a question of the repeat {}", crate::quote::quoted(inner), crate::quote::quoted(repeat_key)),
                    )
                    .hint("the answer is not read; check that the data was downloaded for this form")
                    .problem(Problem::new(K::NotInRepeat).plain("question", inner).plain("repeat", repeat_key)),
            ),
        }
    }
}

/// A key that names no question of the form (another version of the form, another form).
pub(crate) fn unknown(name: &str, place: Place, fields: &Fields) -> crate::model::Diagnostic {
    let form = fields.form;
    let last = name.rsplit(['/', '-']).next().unwrap_or(name);
    let hint = match crate::suggest::closest(last, form.questions.iter().map(|q| q.name.as_str())) {
        Some(meant) => format!("did you mean {}? the answer is not read", crate::quote::quoted(meant)),
        None => format!("the form {} has no such question (was the data downloaded for another form?); the answer is not read", form.form_id),
    };
    place
        .diagnostic(Severity::Warning, format!("unknown question {}", crate::quote::quoted(name)))
        .hint(hint)
        .problem(Problem::new(K::UnknownQuestion).plain("question", name))
}
