//! Reminders (`[reminders] date`): a note to every State party with a questionnaire outstanding on
//! that date — counted here by hand from states.csv and `validate`'s list of replies — in its
//! language, with its personalised answer workbooks beside it and a mail-merge list.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::*;

const DATE: &str = "2026-07-06";

#[test]
fn every_state_party_with_a_questionnaire_outstanding_gets_a_reminder() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    // The sample conference reminds on 6 July 2026 and names its online form.
    let text = std::fs::read_to_string(inputs.join("conference.toml")).unwrap();
    assert!(text.contains("[reminders]\n") && text.contains(&format!("date = {DATE}\n")));
    assert!(text.contains("online = \"https://ee.kobotoolbox.org/x/ctoc2026\""));
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out", "--quiet"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));

    // By hand: who is party to each form's instrument on the date, and who had a reply counted
    // by then (accepted, or accepted and later superseded by a correction).
    let mut parties: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut reader = csv::Reader::from_path(inputs.join("states.csv")).unwrap();
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mut languages = BTreeMap::new();
    for row in reader.records().map(Result::unwrap) {
        languages.insert(row[0].to_string(), row[column("language")].to_string());
        for (form, instrument) in [("untoc_2026", "untoc"), ("tip_2026", "tip"), ("som_2026", "som"), ("fa_2026", "fa")] {
            let (status, date) = (&row[column(&format!("{instrument}_status"))], &row[column(&format!("{instrument}_date"))]);
            if status == "party" && (date.is_empty() || date <= DATE) {
                parties.entry(form).or_default().insert(row[0].to_string());
            }
        }
    }
    let validate = palermo(tmp.path(), &["validate", "--inputs", inputs.to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&validate)).unwrap();
    let counted: BTreeSet<(String, String)> = report["submissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| (o["status"] == "accepted" || o["status"] == "superseded") && o["submitted"].as_str().is_some_and(|d| d <= DATE))
        .map(|o| (o["form_id"].as_str().unwrap().to_string(), o["state"].as_str().unwrap().to_string()))
        .collect();
    let mut expected: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (form, states) in &parties {
        for iso3 in states.iter().filter(|s| !counted.contains(&(form.to_string(), s.to_string()))) {
            expected.entry(iso3.clone()).or_default().insert(form.to_string());
        }
    }
    assert!(expected.len() > 50, "the sample has many States without a reply: {}", expected.len());

    // The manifest lists one reminder per State, in its language, with a workbook per form outstanding.
    let manifest = manifest(&tmp.path().join("out"));
    let mut written: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for doc in manifest["documents"].as_array().unwrap().iter().filter(|d| d["kind"] == "reminder") {
        let iso3 = doc["state"].as_str().unwrap().to_string();
        let lang = doc["language"].as_str().unwrap();
        assert_eq!(doc["path"], format!("reminders/{iso3}.{lang}.pdf"));
        assert_eq!(lang, languages[&iso3], "{iso3}: the note is in the State's language");
        let forms: BTreeSet<String> = doc["companions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let path = c.as_str().unwrap();
                assert!(tmp.path().join("out").join(path).is_file(), "{path} is written");
                path.split('.').nth(1).unwrap().to_string()
            })
            .collect();
        written.insert(iso3, forms);
    }
    assert_eq!(written, expected, "the States reminded, and of which questionnaires");

    // The mail merge: a row per note.
    let merge = std::fs::read_to_string(tmp.path().join("out/reminders/mail-merge.csv")).unwrap();
    assert_eq!(merge.lines().next(), Some("iso3,name,language,email,note,workbooks"));
    assert_eq!(merge.lines().count(), expected.len() + 1);

    // The notes read in each language: a French-speaking and an Arabic-speaking State.
    let out = tmp.path().join("out/reminders");
    let en = expected.keys().find(|s| languages[*s] == "en").unwrap();
    let note = fold(&pdf_text(&out.join(format!("{en}.en.pdf"))));
    assert!(note.contains("presents its compliments to the Permanent Mission"), "{note}");
    assert!(note.contains("As at 6 July 2026, the Secretariat had not received"), "{note}");
    assert!(note.contains("https://ee.kobotoolbox.org/x/ctoc2026"));
    for form in &expected[en] {
        assert!(squeeze(&note).contains(&format!("{en}.{form}.en.xlsx")), "{en}: {form}'s workbook is named");
    }
    let fr = expected.keys().find(|s| languages[*s] == "fr").unwrap();
    let note = fold(&pdf_text(&out.join(format!("{fr}.fr.pdf"))));
    assert!(note.contains("présente ses compliments à la Mission permanente"), "{note}");
    assert!(note.contains("les assurances de sa très haute considération"), "{note}");
    let ar = expected.keys().find(|s| languages[*s] == "ar").unwrap();
    let note = squeeze(&pdf_text(&out.join(format!("{ar}.ar.pdf"))));
    for word in ["تذكير", "الاستبيانات", "تقديرها"] {
        let reversed: String = word.chars().rev().collect();
        assert!(note.contains(word) || note.contains(&reversed), "ar: {word}");
    }
}

#[test]
fn a_reminder_date_outside_the_cycle_is_refused_at_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    let toml = inputs.join("conference.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    let line = text.lines().position(|l| l == format!("date = {DATE}")).unwrap() + 1;
    std::fs::write(&toml, text.replace(&format!("date = {DATE}\n"), "date = 2025-12-01\n")).unwrap();
    let run = palermo(tmp.path(), &["validate", "--inputs", inputs.to_str().unwrap()]);
    assert_ne!(run.status.code(), Some(0));
    let err = stderr(&run);
    assert!(err.contains(&format!("line {line}: reminders.date (2025-12-01) must fall within the cycle")), "{err}");
}
