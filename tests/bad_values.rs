//! Values a State wrote come back in messages as written (Arabic vowel marks, Hebrew points,
//! emoji), with only what cannot be seen shown as an escape; integers beyond the range ODK's
//! integer holds are refused, with the question and the range.

mod common;

use std::path::Path;

use common::*;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/report");

/// Validates `replies` (a JSON array) as replies to the fixture's form; every diagnostic as
/// `STATE|message|hint`.
fn diagnostics_of(replies: &str) -> Vec<String> {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("report");
    copy_dir(Path::new(FIXTURE), &inputs);
    let folder = inputs.join("submissions/mini_2026");
    std::fs::remove_dir_all(&folder).unwrap();
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("replies.json"), replies).unwrap();
    let run = palermo(tmp.path(), &["validate", "--inputs", "report", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&run)).unwrap_or_else(|e| panic!("{e}: {}", stderr(&run)));
    // The file validation.json holds the same messages as the terminal: check both agree.
    let human = palermo(tmp.path(), &["validate", "--inputs", "report"]);
    let human = stdout(&human) + &stderr(&human);
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let message = d["message"].as_str().unwrap();
            assert!(human.contains(message), "the terminal does not show {message:?}:\n{human}");
            // A reply's row in the array stands for its State: 1 KEN, 2 GHA, 3 IND, 4 NGA.
            let state = ["", "KEN", "GHA", "IND", "NGA"].get(d["row"].as_u64().unwrap_or(0) as usize).copied().unwrap_or("");
            format!("{state}|{}|{}", message, d["hint"].as_str().unwrap_or(""))
        })
        .collect()
}

fn reply(state: &str, answers: &str) -> String {
    format!(r#"{{"state": "{state}", "submitted": "2026-05-02", "answers": {{"impl": "yes", "ta": "no", "impl6": "yes", {answers}}}}}"#)
}

#[test]
fn integers_beyond_odks_range_are_refused_with_the_question_and_the_range() {
    let nines = "9".repeat(96);
    let replies = format!(
        "[{}, {}, {}, {}]",
        reply("KEN", &format!(r#""offences": "{nines}""#)),
        reply("GHA", r#""offences": 123456789012345678901234567890123456789"#),
        reply("IND", r#""offences": 2147483647"#),
        reply("NGA", r#""offences": "-2147483649""#),
    );
    let found = diagnostics_of(&replies);
    let refused = |needle: &str| {
        assert!(
            found.iter().any(|d| d.contains(needle) && d.contains("How many offences") && d.contains("-2147483648 to 2147483647")),
            "no refusal of {needle}:\n{}",
            found.join("\n")
        )
    };
    refused(&format!("{nines} is outside the range of a whole-number answer"));
    refused("is outside the range of a whole-number answer");
    refused("-2147483649 is outside the range");
    assert!(!found.iter().any(|d| d.starts_with("IND|")), "the largest 32-bit integer is an answer:\n{}", found.join("\n"));
    assert_eq!(found.iter().filter(|d| d.contains("outside the range")).count(), 3, "{}", found.join("\n"));
}

#[test]
fn values_are_quoted_as_written_and_only_the_invisible_is_escaped() {
    let shadda = "نَعَمّ"; // "yes" with a fatha and a shadda: not a choice name
    let hebrew = "שְׁלוֹם"; // with points: not a number
    let emoji = "👩🏽‍⚖️ ten";
    let hidden = "12\u{202E}3"; // a right-to-left override inside a number
    let replies = format!(
        "[{}, {}, {}, {}]",
        reply("KEN", &format!(r#""impl6": "{shadda}""#)).replace(r#""impl6": "yes", "#, ""),
        reply("GHA", &format!(r#""offences": "{hebrew}""#)),
        reply("IND", &format!(r#""offences": "{emoji}""#)),
        reply("NGA", &format!(r#""offences": "{hidden}""#)),
    );
    let found = diagnostics_of(&replies);
    let has = |state: &str, needle: &str| {
        assert!(found.iter().any(|d| d.starts_with(&format!("{state}|")) && d.contains(needle)), "{state}: nothing contains {needle:?}:\n{}", found.join("\n"))
    };
    has("KEN", &format!("\"{shadda}\" is not a choice"));
    has("GHA", &format!("\"{hebrew}\" is not a number"));
    has("IND", &format!("\"{emoji}\" is not a number"));
    has("NGA", "\"12\\u{202E}3\" is not a number");
    has("NGA", "characters that cannot be seen are shown as \\u{…} escapes");
    for d in &found {
        assert!(!d.contains("\\u{6") && !d.contains("\\u{5") && !d.contains("\\u{1f"), "a letter shown as an escape: {d}");
        assert!(!d.contains('\u{202E}'), "a bidi control printed raw: {d}");
    }
    // The hint about escapes only where there is one.
    assert!(!found.iter().any(|d| d.starts_with("KEN|") && d.contains("cannot be seen")), "{}", found.join("\n"));
}
