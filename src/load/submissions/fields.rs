//! The names collection servers give a form's fields, matched as whole names built from the form:
//! bare (`tip5_implemented`), as KoboToolbox's group paths (`tip_protection/art5/tip5_implemented`),
//! as ODK Central's CSV paths joined by `-` or its OData names (`.` and `-` made `_`), each also
//! relative to its repeat. A header is never split on a separator: `-` may be part of a name.
//! Also here: the State's field, the servers' own columns, and their time stamps in UTC.

use std::collections::HashMap;

use crate::date::Date;
use crate::load::workbook::Cell;
use crate::model::questionnaire::{Question, Questionnaire};

/// The field that names the State when `[submissions] state_field` does not say otherwise.
pub const DEFAULT_STATE_FIELD: &str = "state";

/// A form's field names as servers write them, and the field that names the State.
pub struct Fields<'f> {
    pub form: &'f Questionnaire,
    /// The name of the field that names the State (`[submissions] state_field`, else `state`).
    state_field: String,
    by_path: HashMap<String, usize>,
}

/// What a key of a server's record names, worked out once per key of a file (a 10,000-record
/// download repeats the same few dozen keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolved {
    Meta(Meta),
    Repeat(usize),
    /// A question, by its index in the form.
    Question(usize),
    Unknown,
}

/// What a server's column or key holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meta {
    /// The State (palermo's `state`, or the form's State field).
    State,
    /// palermo's own `submitted` date.
    Submitted,
    /// A server's time of receipt (Kobo `_submission_time`, ODK `SubmissionDate`), in UTC.
    SubmissionTime,
    Version,
    /// A reviewer's decision (Kobo `_validation_status`, ODK `ReviewState`).
    Review,
    /// The submission's first identity, stable across edits (Kobo `meta/rootUuid`).
    RootKey,
    /// Its identity (Kobo `_uuid`, `meta/instanceID`; ODK `KEY`, `__id`).
    Key,
    /// A server's row number (Kobo `_id`): an identity within one server only.
    ServerId,
    /// Kobo's per-sheet row counter, which repeat sheets point back to.
    Index,
    /// A repeat row's parent (Kobo `_parent_index`, ODK `PARENT_KEY`).
    Parent,
    /// A column the servers add that palermo records nothing from (`_submitted_by`, `DeviceID`…).
    Bookkeeping,
}

impl<'f> Fields<'f> {
    /// `state_field`: the question that names the State (`[submissions] state_field`; `state`
    /// when `None`).
    pub fn new(form: &'f Questionnaire, state_field: Option<&str>) -> Self {
        let mut by_path = HashMap::new();
        for (i, question) in form.questions.iter().enumerate() {
            let mut groups = Vec::new();
            let mut group = question.group;
            while let Some(g) = group {
                groups.push(form.groups[g].name.as_str());
                group = form.groups[g].parent;
            }
            groups.reverse();
            let repeat_at = form.repeat_of(question).and_then(|r| groups.iter().position(|g| *g == form.groups[r].name));
            let mut full: Vec<&str> = groups.clone();
            full.push(&question.name);
            let mut paths = vec![full.clone()];
            if let Some(at) = repeat_at {
                paths.push(full[at + 1..].to_vec());
            }
            for path in paths {
                for sep in ["/", "-", "."] {
                    by_path.entry(path.join(sep)).or_insert(i);
                }
                // ODK Central's OData names: every character outside [A-Za-z0-9_] made `_`.
                by_path.entry(path.iter().map(|p| odata_name(p)).collect::<Vec<_>>().join("/")).or_insert(i);
            }
            by_path.entry(question.name.clone()).or_insert(i);
        }
        let state_field = state_field.map_or(DEFAULT_STATE_FIELD, str::trim).to_string();
        Fields { form, state_field, by_path }
    }

    /// The question a header or key names: by a whole path of the form, or by its last `/`
    /// segment (a path shortened or taken from another version of the form).
    pub fn question(&self, key: &str) -> Option<&'f Question> {
        let key = key.trim();
        if let Some(&i) = self.by_path.get(key) {
            return Some(&self.form.questions[i]);
        }
        let last = key.rsplit('/').next().unwrap_or(key);
        self.form.question(last)
    }

    /// What a record's key names: a server's own field, a repeat, a question, or nothing.
    pub fn resolve(&self, key: &str) -> Resolved {
        if let Some(meta) = self.meta(key) {
            return Resolved::Meta(meta);
        }
        if let Some(repeat) = self.repeat(key) {
            return Resolved::Repeat(repeat);
        }
        match self.question(key) {
            Some(q) => Resolved::Question(self.form.questions.iter().position(|x| std::ptr::eq(x, q)).expect("a question of the form")),
            None => Resolved::Unknown,
        }
    }

    /// [`Fields::resolve`], remembered in `cache` for the keys of one file.
    pub fn resolve_cached(&self, key: &str, cache: &mut HashMap<String, Resolved>) -> Resolved {
        if let Some(found) = cache.get(key) {
            return *found;
        }
        let found = self.resolve(key);
        cache.insert(key.to_string(), found);
        found
    }

    /// The repeat group a key names (`cases`, `section/cases`, `section-cases`), if any.
    pub fn repeat(&self, key: &str) -> Option<usize> {
        let key = key.trim();
        self.form.groups.iter().enumerate().filter(|(_, g)| g.repeat).find_map(|(i, g)| {
            let mut path = vec![g.name.as_str()];
            let mut parent = g.parent;
            while let Some(p) = parent {
                path.insert(0, self.form.groups[p].name.as_str());
                parent = self.form.groups[p].parent;
            }
            let names = ["/", "-", "."].map(|sep| path.join(sep));
            (key == g.name || key == odata_name(&g.name) || names.iter().any(|n| n == key)).then_some(i)
        })
    }

    /// Whether a key is the State's field: `state` (or the configured `state_field`) at any
    /// group path, whether or not the form declares it.
    pub fn is_state(&self, key: &str) -> bool {
        let field = self.state_field.as_str();
        let key = key.trim();
        if key.eq_ignore_ascii_case(field) {
            return true;
        }
        if let Some(q) = self.question(key) {
            return q.name == field;
        }
        ['/', '-', '.'].iter().any(|sep| key.rsplit_once(*sep).is_some_and(|(_, last)| last.eq_ignore_ascii_case(field)))
    }

    /// The State's field as a question of the form, when it takes an answer (a `select_one` of
    /// countries, a text question): its answer is read like any other as well.
    pub fn state_question(&self) -> Option<&'f Question> {
        self.form.question(&self.state_field).filter(|q| q.kind.is_answered())
    }

    /// What a server's own column or key is, if it is one.
    pub fn meta(&self, key: &str) -> Option<Meta> {
        if self.is_state(key) {
            return Some(Meta::State);
        }
        // A question of the form is read as an answer, whatever it is called.
        if self.by_path.contains_key(key.trim()) {
            return None;
        }
        meta_kind(key)
    }
}

/// The servers' own columns and keys. Matched on the whole name, in the forms both servers
/// write them (`_submission_time`, `SubmissionDate`, `meta/instanceID`, `meta-instanceID`…).
pub fn meta_kind(key: &str) -> Option<Meta> {
    let lower = key.trim().to_ascii_lowercase();
    Some(match lower.as_str() {
        "state" | "country" | "iso3" | "_state" | "meta/state" => Meta::State,
        "submitted" | "submission_date" | "date_submitted" | "_submitted" | "meta/submitted" => Meta::Submitted,
        "_submission_time" | "submission_time" | "submissiondate" | "__system/submissiondate" => Meta::SubmissionTime,
        "version" | "form_version" | "formversion" | "_version" => Meta::Version,
        "_validation_status" | "reviewstate" | "review_state" => Meta::Review,
        "meta/rootuuid" | "meta-rootuuid" | "_submission_meta/rootuuid" => Meta::RootKey,
        "_uuid" | "meta/instanceid" | "meta-instanceid" | "instanceid" | "key" | "__id" => Meta::Key,
        "_id" => Meta::ServerId,
        "_index" => Meta::Index,
        "_parent_index" | "parent_key" => Meta::Parent,
        "start"
        | "end"
        | "today"
        | "deviceid"
        | "username"
        | "formhub/uuid"
        | "meta/deprecatedid"
        | "meta-deprecatedid"
        | "__version__"
        | "submitterid"
        | "submittername"
        | "attachmentspresent"
        | "attachmentsexpected"
        | "status"
        | "edits"
        | "meta/instancename"
        | "meta-instancename" => Meta::Bookkeeping,
        // The form's `meta` block (`meta/instanceName`, `meta/versionID`, `meta/formUID`…).
        other if other.starts_with("meta/") || other.starts_with("meta-") => Meta::Bookkeeping,
        // Kobo's own columns all start with `_` (`_submitted_by`, `_attachments`, `_notes`,
        // `_tags`, `_geolocation`, `_parent_table_name`, `_submission__…`).
        other if other.starts_with('_') => Meta::Bookkeeping,
        _ => return None,
    })
}

/// A name as ODK Central's OData writes it: characters outside `[A-Za-z0-9_]` made `_`, a leading
/// digit prefixed with `_`.
pub fn odata_name(name: &str) -> String {
    let mut out: String = name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect();
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    out
}

/// A server's identity of a submission, the same however it is written (`uuid:` dropped).
pub fn identity(text: &str) -> Option<String> {
    let text = text.trim();
    let text = text.strip_prefix("uuid:").unwrap_or(text).trim();
    (!text.is_empty()).then(|| text.to_ascii_lowercase())
}

/// A server's time stamp as the date it names in UTC: `2026-05-12T06:20:11` (Kobo, UTC without
/// offset), `…T06:20:11.512Z` (ODK), `…T23:10:00+03:00` / `+0300` / `+03` (a device's clock).
pub fn utc_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let date = Date::parse_iso(text.get(..10)?).ok()?;
    let rest = &text[10..];
    if rest.is_empty() {
        return Some(date);
    }
    let rest = rest.strip_prefix(['T', ' '])?;
    let zone_at = rest.find(['Z', 'z', '+', '-']).unwrap_or(rest.len());
    let (clock, zone) = rest.split_at(zone_at);
    let mut parts = clock.split(':');
    let hours: i64 = parts.next()?.trim().parse().ok()?;
    let minutes: i64 = parts.next().map_or(Some(0), |m| m.trim().parse().ok())?;
    let offset = match zone {
        "" | "Z" | "z" => 0,
        zone => {
            let sign = if zone.starts_with('-') { -1 } else { 1 };
            let digits: String = zone[1..].chars().filter(char::is_ascii_digit).collect();
            let (h, m) = match digits.len() {
                2 => (digits.parse::<i64>().ok()?, 0),
                4 => (digits[..2].parse::<i64>().ok()?, digits[2..].parse::<i64>().ok()?),
                _ => return None,
            };
            sign * (h * 60 + m)
        }
    };
    let utc = hours * 60 + minutes - offset;
    Some(date.add_days(utc.div_euclid(24 * 60)))
}

/// A time stamp cell made a UTC date when it is one; kept as it is otherwise (validation then
/// says what is wrong with it).
pub fn received(cell: Cell) -> Cell {
    match &cell {
        Cell::Text(t) | Cell::DateTime(t) => utc_date(t).map_or(cell, Cell::Date),
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_stamps_are_dates_in_utc() {
        let d = |s: &str| utc_date(s).map(|d| d.to_string());
        assert_eq!(d("2025-03-04T06:20:11").as_deref(), Some("2025-03-04"));
        assert_eq!(d("2025-03-04T06:20:11.512Z").as_deref(), Some("2025-03-04"));
        assert_eq!(d("2025-03-04T01:12:31.204+03:00").as_deref(), Some("2025-03-03"));
        assert_eq!(d("2025-03-04T23:30:00-0200").as_deref(), Some("2025-03-05"));
        assert_eq!(d("2025-12-31T22:00:00-05").as_deref(), Some("2026-01-01"));
        assert_eq!(d("2025-03-04").as_deref(), Some("2025-03-04"));
        assert_eq!(d("04/03/2025"), None);
    }

    #[test]
    fn identities_compare_without_uuid_prefix() {
        assert_eq!(identity("uuid:0D6F3C1E-2b7a"), identity("0d6f3c1e-2b7a"));
        assert_eq!(identity("  "), None);
    }

    #[test]
    fn odata_names_are_sanitised() {
        assert_eq!(odata_name("q1.8"), "q1_8");
        assert_eq!(odata_name("8a"), "_8a");
        assert_eq!(odata_name("children-status"), "children_status");
    }
}
