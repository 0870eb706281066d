//! The `type` column: what palermo supports, what it ignores, and what it refuses, in every
//! spelling pyxform accepts.

use crate::model::questionnaire::QuestionKind;

/// What a survey row's type means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowType {
    Question(QuestionKind),
    BeginGroup { repeat: bool },
    EndGroup { repeat: bool },
    /// Metadata ODK collects by itself (start, end, deviceid…): nothing to answer or print.
    Metadata(String),
    Unsupported(String),
    Unknown(String),
    /// `select_one` without a list name.
    SelectWithoutList,
}

pub const SUPPORTED: &str = "text, integer, decimal, date, select_one LIST, select_multiple LIST, note, calculate, begin/end group, begin/end repeat";

const METADATA: &[&str] = &[
    "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "email", "audit",
    "instanceid", "start-geopoint",
];

const UNSUPPORTED: &[&str] = &[
    "geopoint", "geotrace", "geoshape", "image", "audio", "video", "file", "barcode", "time", "datetime", "range",
    "rank", "acknowledge", "trigger", "hidden", "phone number", "xml-external", "csv-external", "background-audio",
    "background-geopoint", "osm", "begin loop", "end loop", "begin_loop", "end_loop", "select_one_from_file",
    "select_multiple_from_file", "select_one_external", "select one external", "sms", "picture", "photo",
];

/// Every type name palermo knows, for did-you-mean hints.
pub fn known_names() -> Vec<&'static str> {
    let mut names = vec![
        "text", "integer", "decimal", "date", "select_one", "select_multiple", "note", "calculate", "begin_group",
        "end_group", "begin_repeat", "end_repeat",
    ];
    names.extend(METADATA);
    names.extend(UNSUPPORTED);
    names
}

pub fn classify(raw: &str) -> RowType {
    let mut folded = raw.trim().to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ");
    // The old spelling of or_other.
    if let Some(stripped) = folded.strip_suffix(" or specify other") {
        folded = format!("{stripped} or_other");
    }
    let underscored = folded.replace(' ', "_");
    match underscored.as_str() {
        "text" | "string" => return RowType::Question(QuestionKind::Text),
        "integer" | "int" => return RowType::Question(QuestionKind::Integer),
        "decimal" => return RowType::Question(QuestionKind::Decimal),
        "date" => return RowType::Question(QuestionKind::Date),
        "note" => return RowType::Question(QuestionKind::Note),
        "calculate" => return RowType::Question(QuestionKind::Calculate),
        "begin_group" => return RowType::BeginGroup { repeat: false },
        "end_group" => return RowType::EndGroup { repeat: false },
        "begin_repeat" => return RowType::BeginGroup { repeat: true },
        "end_repeat" => return RowType::EndGroup { repeat: true },
        _ => {}
    }
    if folded.starts_with("begin loop") || folded.starts_with("begin_loop") {
        return RowType::Unsupported("begin loop".into());
    }
    if METADATA.contains(&folded.as_str()) {
        return RowType::Metadata(folded);
    }
    if UNSUPPORTED.contains(&folded.as_str()) || UNSUPPORTED.contains(&underscored.as_str()) {
        return RowType::Unsupported(folded);
    }
    // select_one LIST, select one LIST, select one from LIST, select all that apply [from] LIST,
    // each optionally followed by `or_other`.
    let words: Vec<&str> = folded.split(' ').collect();
    let (multiple, rest): (bool, &[&str]) = match words.as_slice() {
        ["select_one", rest @ ..] | ["select", "one", rest @ ..] => (false, rest),
        ["select_multiple", rest @ ..] | ["select", "multiple", rest @ ..] | ["select", "all", "that", "apply", rest @ ..] => {
            (true, rest)
        }
        [first, ..] if first.starts_with("select_one_") || first.starts_with("select_multiple_") => {
            return RowType::Unsupported(folded);
        }
        _ => return RowType::Unknown(raw.trim().to_string()),
    };
    let rest = match rest {
        ["from", rest @ ..] => rest,
        rest => rest,
    };
    let list = match rest {
        [list] | [list, "or_other"] => list.to_string(),
        [] => return RowType::SelectWithoutList,
        _ => return RowType::Unknown(raw.trim().to_string()),
    };
    // List names keep their case in the choices sheet; take them from the raw text.
    let list = raw.split_whitespace().find(|w| w.eq_ignore_ascii_case(&list)).map_or(list.clone(), str::to_string);
    RowType::Question(if multiple { QuestionKind::SelectMultiple(list) } else { QuestionKind::SelectOne(list) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_a_select() {
        let one = RowType::Question(QuestionKind::SelectOne("yes_no".into()));
        for raw in ["select_one yes_no", "select one yes_no", "select one from yes_no", "SELECT_ONE yes_no", "select_one yes_no or_other", "select one from yes_no or specify other"] {
            assert_eq!(classify(raw), one, "{raw}");
        }
        let many = RowType::Question(QuestionKind::SelectMultiple("Fruits".into()));
        for raw in ["select_multiple Fruits", "select all that apply from Fruits", "select all that apply Fruits"] {
            assert_eq!(classify(raw), many, "{raw}");
        }
        assert_eq!(classify("select_one"), RowType::SelectWithoutList);
        assert_eq!(classify("begin group"), RowType::BeginGroup { repeat: false });
        assert_eq!(classify("End_Repeat"), RowType::EndGroup { repeat: true });
        assert_eq!(classify("geopoint"), RowType::Unsupported("geopoint".into()));
        assert_eq!(classify("select_one_from_file x.csv"), RowType::Unsupported("select_one_from_file x.csv".into()));
        assert_eq!(classify("deviceid"), RowType::Metadata("deviceid".into()));
        assert_eq!(classify("intger"), RowType::Unknown("intger".into()));
    }
}
