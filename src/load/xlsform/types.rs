//! The `type` column: every question type pyxform converts, in every spelling it accepts (its
//! aliases and the legacy `add … prompt`, `q …` and `get …` names), and what palermo refuses.

use crate::model::questionnaire::{Geo, Media, QuestionKind};

/// What a survey row's type means.
#[derive(Debug, Clone, PartialEq)]
pub enum RowType {
    Question(QuestionKind),
    /// `range`: its scale comes from the `parameters` column.
    Range,
    /// `select_one_from_file FILE` (and multiple): choices from a CSV, XML or GeoJSON file in
    /// the form's folder.
    FromFile {
        multiple: bool,
        file: String,
    },
    /// `select_one_external LIST`: choices from the external_choices sheet.
    External(String),
    BeginGroup {
        repeat: bool,
    },
    EndGroup {
        repeat: bool,
    },
    /// `begin loop over LIST`: the questions inside are asked once per choice of the list.
    BeginLoop(String),
    EndLoop,
    /// Metadata an app records by itself (start, end, deviceid…), data files an app reads
    /// (`xml-external`), recordings in the background: nothing to answer or print.
    Metadata(String),
    Unsupported {
        kind: String,
        reason: &'static str,
    },
    Unknown(String),
    /// `select_one` without a list name.
    SelectWithoutList,
}

pub const SUPPORTED: &str = "text, integer, decimal, date, time, datetime, select_one LIST, select_multiple LIST, rank LIST, \
    range, geopoint, geotrace, geoshape, image, audio, video, file, barcode, acknowledge, note, calculate, hidden, \
    begin/end group, begin/end repeat, begin loop over LIST";

const METADATA: &[&str] = &[
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "audit",
    "instanceid",
    "start-geopoint",
    "imei",
    "uri:deviceid",
    "uri:subscriberid",
    "uri:simserial",
    "uri:phonenumber",
    "uri:username",
    "uri:email",
    "get start time",
    "get end time",
    "start time",
    "end time",
    "get today",
    "get device id",
    "device id",
    "get subscriber id",
    "subscriber id",
    "get sim id",
    "sim id",
    "get phone number",
    "xml-external",
    "csv-external",
    "background-audio",
    "background-geopoint",
];

/// Simple types and their aliases (after `add … prompt` and `q …` are stripped).
/// Makes the kind a type name stands for.
type Make = fn() -> QuestionKind;

const SIMPLE: &[(&str, Make)] = &[
    ("text", || QuestionKind::Text),
    ("string", || QuestionKind::Text),
    // A legacy alias of text; a barcode is read as its text.
    ("phone number", || QuestionKind::Text),
    ("barcode", || QuestionKind::Text),
    ("integer", || QuestionKind::Integer),
    ("int", || QuestionKind::Integer),
    ("decimal", || QuestionKind::Decimal),
    ("date", || QuestionKind::Date),
    ("time", || QuestionKind::Time),
    ("datetime", || QuestionKind::DateTime),
    ("date time", || QuestionKind::DateTime),
    ("geopoint", || QuestionKind::Geo(Geo::Point)),
    ("gps", || QuestionKind::Geo(Geo::Point)),
    ("location", || QuestionKind::Geo(Geo::Point)),
    ("geotrace", || QuestionKind::Geo(Geo::Trace)),
    ("geoshape", || QuestionKind::Geo(Geo::Shape)),
    ("image", || QuestionKind::Media(Media::Image)),
    ("photo", || QuestionKind::Media(Media::Image)),
    ("picture", || QuestionKind::Media(Media::Image)),
    ("audio", || QuestionKind::Media(Media::Audio)),
    ("video", || QuestionKind::Media(Media::Video)),
    ("file", || QuestionKind::Media(Media::File)),
    ("acknowledge", || QuestionKind::Acknowledge),
    ("trigger", || QuestionKind::Acknowledge),
    ("note", || QuestionKind::Note),
    ("calculate", || QuestionKind::Calculate),
    ("hidden", || QuestionKind::Hidden),
];

/// Every type name palermo knows, for did-you-mean hints.
pub fn known_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = SIMPLE.iter().map(|(n, _)| *n).collect();
    names.extend([
        "select_one",
        "select_multiple",
        "rank",
        "range",
        "select_one_from_file",
        "select_multiple_from_file",
        "select_one_external",
        "osm",
        "begin_group",
        "end_group",
        "begin_repeat",
        "end_repeat",
        "begin_loop",
        "end_loop",
    ]);
    names.extend(METADATA);
    names
}

pub fn classify(raw: &str) -> RowType {
    let mut folded = raw.trim().to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    // The old spelling of or_other.
    if let Some(stripped) = folded.strip_suffix(" or specify other") {
        folded = format!("{stripped} or_other");
    }
    // pyxform's legacy names: "add integer prompt", "q integer".
    if let Some(inner) = folded.strip_prefix("add ").and_then(|f| f.strip_suffix(" prompt")) {
        folded = inner.to_string();
    }
    if let Some(inner) = folded.strip_prefix("add ").and_then(|f| f.split_once(" prompt using ")) {
        folded = format!("{} {}", inner.0, inner.1);
    }
    if let Some(inner) = folded.strip_prefix("q ") {
        folded = inner.to_string();
    }
    let underscored = folded.replace(' ', "_");
    match underscored.as_str() {
        "begin_group" => return RowType::BeginGroup { repeat: false },
        "end_group" => return RowType::EndGroup { repeat: false },
        "begin_repeat" | "begin_looped_group" | "begin_lgroup" => return RowType::BeginGroup { repeat: true },
        "end_repeat" | "end_looped_group" | "end_lgroup" => return RowType::EndGroup { repeat: true },
        "end_loop" => return RowType::EndLoop,
        "range" => return RowType::Range,
        _ => {}
    }
    if let Some((_, kind)) = SIMPLE.iter().find(|(n, _)| *n == folded || n.replace(' ', "_") == underscored) {
        return RowType::Question(kind());
    }
    if METADATA.contains(&folded.as_str()) {
        return RowType::Metadata(folded);
    }
    let words: Vec<&str> = folded.split(' ').collect();
    // List and file names keep their case; take them from the raw text.
    let original = |word: &str| raw.split_whitespace().find(|w| w.eq_ignore_ascii_case(word)).map_or(word.to_string(), str::to_string);
    match words.as_slice() {
        ["begin", "loop", rest @ ..] | ["begin_loop", rest @ ..] => {
            return match rest {
                ["over", list] | [list] => RowType::BeginLoop(original(list)),
                _ => RowType::Unknown(raw.trim().to_string()),
            };
        }
        ["select_one_from_file" | "select_multiple_from_file", file] => {
            return RowType::FromFile { multiple: words[0] == "select_multiple_from_file", file: original(file) };
        }
        ["select", one_or_multiple @ ("one" | "multiple"), "from", "file", file] => {
            return RowType::FromFile { multiple: *one_or_multiple == "multiple", file: original(file) };
        }
        ["select_one_external" | "select_one_external_from", list] | ["select", "one", "external", list] => return RowType::External(original(list)),
        // An OpenStreetMap question records a file of tags drawn on a map: attached like a file.
        ["osm", ..] => return RowType::Question(QuestionKind::Media(Media::File)),
        ["rank", list] => return RowType::Question(QuestionKind::Rank(original(list))),
        ["rank"] => return RowType::SelectWithoutList,
        ["include", ..] => {
            return RowType::Unsupported {
                kind: folded,
                reason: "pyxform's include splices in another form, and its xls2xform refuses it too (\"This section has not been included\"); copy that form's rows into this one",
            };
        }
        _ => {}
    }
    // select_one LIST, select one LIST, select one from LIST, select1 LIST, select all that
    // apply [from] LIST, each optionally followed by `or_other`.
    let (multiple, rest): (bool, &[&str]) = match words.as_slice() {
        ["select_one" | "select1", rest @ ..] | ["select", "one", rest @ ..] => (false, rest),
        ["select_multiple", rest @ ..] | ["select", "multiple", rest @ ..] | ["select", "all", "that", "apply", rest @ ..] => (true, rest),
        _ => return RowType::Unknown(raw.trim().to_string()),
    };
    let rest = match rest {
        ["from" | "using", rest @ ..] => rest,
        rest => rest,
    };
    let list = match rest {
        [list] | [list, "or_other"] => original(list),
        [] => return RowType::SelectWithoutList,
        _ => return RowType::Unknown(raw.trim().to_string()),
    };
    RowType::Question(if multiple { QuestionKind::SelectMultiple(list) } else { QuestionKind::SelectOne(list) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_a_select() {
        let one = RowType::Question(QuestionKind::SelectOne("yes_no".into()));
        for raw in [
            "select_one yes_no",
            "select one yes_no",
            "select one from yes_no",
            "SELECT_ONE yes_no",
            "select_one yes_no or_other",
            "select one from yes_no or specify other",
            "select1 yes_no",
            "add select one prompt using yes_no",
        ] {
            assert_eq!(classify(raw), one, "{raw}");
        }
        let many = RowType::Question(QuestionKind::SelectMultiple("Fruits".into()));
        for raw in ["select_multiple Fruits", "select all that apply from Fruits", "select all that apply Fruits"] {
            assert_eq!(classify(raw), many, "{raw}");
        }
        assert_eq!(classify("select_one"), RowType::SelectWithoutList);
        assert_eq!(classify("begin group"), RowType::BeginGroup { repeat: false });
        assert_eq!(classify("End_Repeat"), RowType::EndGroup { repeat: true });
        assert_eq!(classify("intger"), RowType::Unknown("intger".into()));
    }

    #[test]
    fn every_type_pyxform_converts() {
        assert_eq!(classify("geopoint"), RowType::Question(QuestionKind::Geo(Geo::Point)));
        assert_eq!(classify("gps"), RowType::Question(QuestionKind::Geo(Geo::Point)));
        assert_eq!(classify("phone number"), RowType::Question(QuestionKind::Text));
        assert_eq!(classify("add integer prompt"), RowType::Question(QuestionKind::Integer));
        assert_eq!(classify("q image"), RowType::Question(QuestionKind::Media(Media::Image)));
        assert_eq!(classify("trigger"), RowType::Question(QuestionKind::Acknowledge));
        assert_eq!(classify("date time"), RowType::Question(QuestionKind::DateTime));
        assert_eq!(classify("rank Fruits"), RowType::Question(QuestionKind::Rank("Fruits".into())));
        assert_eq!(classify("range"), RowType::Range);
        assert_eq!(classify("select_one_from_file Species.csv"), RowType::FromFile { multiple: false, file: "Species.csv".into() });
        assert_eq!(classify("select multiple from file items.xml"), RowType::FromFile { multiple: true, file: "items.xml".into() });
        assert_eq!(classify("select_one_external c1"), RowType::External("c1".into()));
        assert_eq!(classify("begin loop over Animals"), RowType::BeginLoop("Animals".into()));
        assert_eq!(classify("end loop"), RowType::EndLoop);
        assert_eq!(classify("osm building_tags"), RowType::Question(QuestionKind::Media(Media::File)));
        assert_eq!(classify("deviceid"), RowType::Metadata("deviceid".into()));
        assert_eq!(classify("get start time"), RowType::Metadata("get start time".into()));
        assert_eq!(classify("uri:deviceid"), RowType::Metadata("uri:deviceid".into()));
        assert!(matches!(classify("include other_form"), RowType::Unsupported { .. }));
    }
}
