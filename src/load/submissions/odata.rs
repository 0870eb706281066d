//! ODK Central's OData JSON (`/v1/projects/<p>/forms/<f>.svc/Submissions`): `{"value": [...]}`
//! with answers nested by group (names made OData-safe), `__id` (the submission's first
//! instanceID, stable across edits) and `__system` (`submissionDate` in UTC, `reviewState`,
//! `updatedAt`). A repeat is its own entity set (`Submissions.<group>.<repeat>`), whose rows point
//! back with `__Submissions-id`; `$expand=*` puts the rows inline instead.

use serde_json::{Map, Value};

use super::FileRead;
use super::fields::{Fields, Meta, Resolved, identity, received};
use super::table::LinkedRow;
use crate::load::workbook::{Cell, cell_from_json};
use crate::model::submission::{Place, RawAnswer, RawSubmission, Review};
use crate::model::{Problem, ProblemKind as K, Severity};

/// The key a repeat's row points back to its submission with (a nested repeat's rows point to
/// their parent row with `__Submissions-<path>-id`).
const PARENT: &str = "__Submissions-id";

/// Whether the start of a file is an OData entity set of a repeat (its rows are joined to the
/// submissions of another file, so it is read first).
pub fn is_repeat_entity_set(start: &[u8]) -> bool {
    let start = String::from_utf8_lossy(&start[..start.len().min(8192)]);
    start.contains("\"__Submissions-") || start.contains("#Submissions.")
}

/// Reads `value` when it is ODK Central's OData; `None` when it is not shaped as such.
pub fn read(value: &Value, display: &str, fields: &Fields) -> Option<FileRead> {
    let page = value.as_object()?;
    let records = page.get("value")?.as_array()?;
    let context = page.get("@odata.context").and_then(Value::as_str).unwrap_or_default();
    let entity_set = context.rsplit_once('#').map_or("", |(_, set)| set);
    let first_is_row = records.first().and_then(Value::as_object).is_some_and(|r| r.keys().any(|k| k.starts_with("__Submissions-")));
    let mut read = FileRead::default();
    if entity_set.starts_with("Submissions.") || first_is_row {
        rows(records, entity_set, display, fields, &mut read);
        return Some(read);
    }
    // Every place of the file shares its name; only the record and the key differ. Records are
    // made submissions in parallel, each worker remembering what the paths it met name.
    use rayon::prelude::*;
    let base = Place::json(display, 0, String::new());
    let converted: Vec<(RawSubmission, FileRead)> = records
        .par_iter()
        .enumerate()
        .with_min_len(256)
        .map_init(std::collections::HashMap::new, |cache, (index, record)| submission(index, record, &base, fields, cache))
        .collect();
    for (submission, mut problems) in converted {
        read.submissions.push(submission);
        read.diagnostics.append(&mut problems.diagnostics);
    }
    Some(read)
}

/// One submission of the OData, and what was wrong with it (in a `FileRead` of its own).
fn submission(
    index: usize,
    record: &Value,
    base: &Place,
    fields: &Fields,
    cache: &mut std::collections::HashMap<String, Resolved>,
) -> (RawSubmission, FileRead) {
    let mut read = FileRead::default();
    let at = |key: &str| super::record_place(base, "value", index, key);
    let Value::Object(record) = record else {
        read.diagnostics.push(
            at("")
                .diagnostic(Severity::Error, "a submission must be an object")
                .hint("download the data again from ODK Central")
                .problem(Problem::new(K::NotAnObject)),
        );
        return (RawSubmission { form_id: fields.form.form_id.clone(), place: at(""), broken: true, ..RawSubmission::default() }, read);
    };
    let mut submission = RawSubmission { form_id: fields.form.form_id.clone(), place: at(""), ..RawSubmission::default() };
    submission.server.key = record.get("__id").and_then(Value::as_str).and_then(identity);
    if let Some(Value::Object(system)) = record.get("__system") {
        if let Some(date) = system.get("submissionDate").filter(|v| !v.is_null()) {
            submission.submitted = Some((received(cell_from_json(date)), at("__system.submissionDate")));
        }
        let review = system.get("reviewState").and_then(Value::as_str).unwrap_or_default();
        submission.server.review = Review::from_server(review).map(|r| (r, at("__system.reviewState")));
        submission.server.updated = system.get("updatedAt").and_then(Value::as_str).map(str::to_string);
        submission.version = system.get("formVersion").and_then(Value::as_str).filter(|v| !v.is_empty()).map(|v| (v.to_string(), at("__system.formVersion")));
    }
    let mut answers = Vec::new();
    flatten(record, "", &mut answers);
    for (path, value) in answers {
        take(&path, value, &at, None, fields, cache, &mut submission, &mut read);
    }
    (submission, read)
}

/// A record's fields with their group paths (`art5/tip5_implemented`), its own keys left out.
fn flatten<'v>(object: &'v Map<String, Value>, prefix: &str, out: &mut Vec<(String, &'v Value)>) {
    for (key, value) in object {
        if key.starts_with("__") || key.starts_with('@') || key.contains("@odata.") {
            continue;
        }
        // Every field is present in OData; null is unanswered, and nothing to read.
        if value.is_null() {
            continue;
        }
        let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}/{key}") };
        match value {
            Value::Object(inner) if !is_geojson(inner) => flatten(inner, &path, out),
            _ => out.push((path, value)),
        }
    }
}

fn is_geojson(object: &Map<String, Value>) -> bool {
    object.get("type").and_then(Value::as_str) == Some("Point") && object.contains_key("coordinates")
}

/// A value as its answer: a GeoJSON point (longitude first) as `lat lon alt accuracy`.
fn cell(value: &Value) -> Cell {
    if let Value::Object(object) = value
        && is_geojson(object)
    {
        let c: Vec<String> = object["coordinates"].as_array().map_or_else(Vec::new, |c| c.iter().map(|n| cell_from_json(n).text()).collect());
        let mut parts: Vec<String> = match c.as_slice() {
            [lon, lat, rest @ ..] => [lat.clone(), lon.clone()].into_iter().chain(rest.iter().cloned()).collect(),
            _ => c,
        };
        if let Some(accuracy) = object.get("properties").and_then(|p| p.get("accuracy")).filter(|a| !a.is_null()) {
            parts.push(cell_from_json(accuracy).text());
        }
        return Cell::Text(parts.join(" "));
    }
    cell_from_json(value)
}

/// One field of a record: the State, a server's key, an answer, inline repeat rows.
#[allow(clippy::too_many_arguments)]
fn take(
    path: &str,
    value: &Value,
    at: &dyn Fn(&str) -> Place,
    row: Option<usize>,
    fields: &Fields,
    cache: &mut std::collections::HashMap<String, Resolved>,
    submission: &mut RawSubmission,
    read: &mut FileRead,
) {
    let resolved = fields.resolve_cached(path, cache);
    if let Resolved::Question(i) = resolved {
        let value = cell(value);
        if !value.is_empty() {
            submission.answers.push(RawAnswer { key: fields.form.questions[i].name.clone(), value, place: at(path), row });
        }
        return;
    }
    match resolved {
        Resolved::Meta(Meta::State) => {
            let place = at(path);
            submission.state = Some((cell(value), place.clone()));
            if let Some(q) = fields.state_question() {
                submission.answers.push(RawAnswer { key: q.name.clone(), value: cell(value), place, row });
            }
        }
        Resolved::Meta(Meta::Key) if submission.server.key.is_none() => submission.server.key = value.as_str().and_then(identity),
        Resolved::Meta(_) => {}
        Resolved::Repeat(_) if value.is_array() => {
            // `$expand=*`: the rows inline, each keyed relative to the repeat.
            for (n, item) in value.as_array().into_iter().flatten().enumerate() {
                let Some(item) = item.as_object() else { continue };
                let mut inner = Vec::new();
                flatten(item, "", &mut inner);
                for (key, value) in inner {
                    let row_at = |inner: &str| {
                        let place = at(path);
                        Place { path: Some(format!("{}[{n}].{inner}", place.path.clone().unwrap_or_default())), ..place }
                    };
                    take(&key, value, &row_at, Some(n), fields, cache, submission, read);
                }
            }
        }
        _ => read.diagnostics.push(super::kobo::unknown(path, at(path), fields)),
    }
}

/// A repeat's entity set: each row with the submission it belongs to.
fn rows(records: &[Value], entity_set: &str, display: &str, fields: &Fields, read: &mut FileRead) {
    let repeat_name = entity_set.strip_prefix("Submissions.").unwrap_or(entity_set);
    let repeat = fields.repeat(repeat_name).or_else(|| repeat_name.rsplit('.').next().and_then(|last| fields.repeat(last)));
    let Some(repeat) = repeat else {
        let d =
            crate::model::Diagnostic::error(display, format!("the repeat {} is not in the form {}", crate::quote::quoted(repeat_name), fields.form.form_id))
                .hint("download the repeat's entity set of this form (its @odata.context ends with #Submissions.<group>.<repeat>)")
                .problem(Problem::new(K::NotInRepeat).plain("question", repeat_name).plain("repeat", repeat_name));
        read.diagnostics.push(d);
        return;
    };
    let base = Place::json(display, 0, String::new());
    for (index, record) in records.iter().enumerate() {
        let at = |key: &str| super::record_place(&base, "value", index, key);
        let Some(record) = record.as_object() else { continue };
        let Some(parent) = record.get(PARENT).and_then(Value::as_str).and_then(identity) else {
            read.diagnostics.push(
                at("")
                    .diagnostic(Severity::Warning, "a row of a repeat inside another repeat is not read")
                    .hint("palermo reads repeats one level deep; answer the inner rows in the outer repeat's questions")
                    .problem(Problem::new(K::NotInRepeat).plain("question", repeat_name).plain("repeat", repeat_name)),
            );
            continue;
        };
        let mut linked = LinkedRow { parent, repeat, answers: Vec::new(), place: at("") };
        let mut inner = Vec::new();
        flatten(record, "", &mut inner);
        for (key, value) in inner {
            let place = at(&key);
            match fields.question(&key).filter(|q| fields.form.repeat_of(q) == Some(repeat)) {
                Some(q) => {
                    let value = cell(value);
                    if !value.is_empty() {
                        linked.answers.push(RawAnswer { key: q.name.clone(), value, place, row: None });
                    }
                }
                None => read.diagnostics.push(super::kobo::unknown(&key, place, fields)),
            }
        }
        read.linked_rows.push(linked);
    }
}
