//! The answer workbook round trip: palermo writes a form of every question type as a workbook,
//! a State fills it in (here: its cells edited in the file, as Excel saves them), and palermo
//! reads it back. Valid answers come back as the same values; invalid ones are reported at their
//! cells.

mod common;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use common::*;
use palermo::date::Date;
use palermo::model::submission::Answer;

const FORM: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/forms/every_type");

/// A conference of one questionnaire (every question type) and the fixture's States.
fn conference(dir: &Path) -> PathBuf {
    let inputs = dir.join("conference");
    std::fs::create_dir_all(inputs.join("questionnaires")).unwrap();
    std::fs::create_dir_all(inputs.join("submissions/every_type")).unwrap();
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/report/states.csv"), inputs.join("states.csv")).unwrap();
    for file in ["every_type.md", "species.csv"] {
        std::fs::copy(Path::new(FORM).join(file), inputs.join("questionnaires").join(file)).unwrap();
    }
    let toml = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/report/conference.toml")).unwrap();
    let cut = toml.find("[[agenda]]").unwrap();
    std::fs::write(inputs.join("conference.toml"), &toml[..cut]).unwrap();
    inputs
}

/// What a filled cell holds: text, or a number (dates and times as Excel stores them).
enum Fill {
    Text(&'static str),
    Number(f64),
}

/// An Excel serial of a date (1900 system).
fn serial(y: i32, m: u8, d: u8) -> f64 {
    (Date::new(y, m, d).unwrap().days_since_epoch() + 25_569) as f64
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Fills the answer cells of the workbook's first sheet, found by the `name` of their row, as a
/// person typing in Excel would leave them (the cell keeps its format); every other part of the
/// file is kept byte for byte.
fn fill(path: &Path, answers: &[(&str, Fill)]) {
    let book = palermo::load::workbook::read(path).unwrap();
    let sheet = &book.sheets[0];
    let mut rows: BTreeMap<String, usize> = BTreeMap::new();
    for (i, row) in sheet.rows.iter().enumerate() {
        if let Some(name) = row.first() {
            rows.insert(name.text().trim().to_string(), i + 1);
        }
    }
    let bytes = std::fs::read(path).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            let mut xml = String::from_utf8(content).unwrap();
            for (name, value) in answers {
                let row = rows.get(*name).unwrap_or_else(|| panic!("no row named {name}"));
                let cell = format!("C{row}");
                let start = xml.find(&format!("<c r=\"{cell}\"")).unwrap_or_else(|| panic!("no cell {cell}"));
                let end = start + xml[start..].find("/>").unwrap() + 2;
                let style = xml[start..end].split("s=\"").nth(1).map(|s| s.split('"').next().unwrap().to_string());
                let style = style.map_or(String::new(), |s| format!(" s=\"{s}\""));
                let filled = match value {
                    Fill::Text(t) => format!("<c r=\"{cell}\"{style} t=\"inlineStr\"><is><t>{}</t></is></c>", xml_escape(t)),
                    Fill::Number(n) => format!("<c r=\"{cell}\"{style}><v>{n}</v></c>"),
                };
                xml.replace_range(start..end, &filled);
            }
            content = xml.into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(&content).unwrap();
    }
    std::fs::write(path, out.finish().unwrap().into_inner()).unwrap();
}

fn valid_answers() -> Vec<(&'static str, Fill)> {
    use Fill::*;
    vec![
        ("submitted", Number(serial(2026, 3, 1))),
        ("focal", Text("Ama Mensah")),
        ("name", Text("Anti-Trafficking Unit")),
        ("count", Number(12.0)),
        ("share", Number(0.75)),
        ("adopted", Number(serial(2020, 5, 14))),
        ("opens", Number(0.375)),
        ("reported", Text("2026-02-20 14:30")),
        ("law", Text("Yes")),
        ("tools", Text("Database, Training")),
        ("main_tool", Text("Hotline")),
        ("priorities", Text("Training, Database, Hotline")),
        ("rating", Number(4.0)),
        ("budget", Number(120.0)),
        ("office", Text("48.2082 16.3738")),
        ("route", Text("48.20 16.37; 48.21 16.38")),
        ("zone", Text("0 0; 0 1; 1 1; 0 0")),
        ("photo", Text("poster.jpg")),
        ("message", Text("hotline.mp3")),
        ("clip", Text("film.mp4")),
        ("report", Text("report-2025.pdf")),
        ("code", Text("CASE-0042")),
        ("phone", Text("+43 1 26060")),
        ("confirm", Text("OK")),
        ("seen", Text("OK")),
        ("species", Text("Pangolin")),
        ("region", Text("North")),
        ("seen_map", Text("Seen")),
        ("case_name[1]", Text("Operation Dawn")),
        ("case_year[1]", Number(2024.0)),
        ("case_name[2]", Text("Operation Tide & Sons")),
        ("case_year[2]", Number(2025.0)),
        ("seized_parrots", Number(14.0)),
        ("seized_turtles", Number(3.0)),
    ]
}

/// Reads the filled workbook as `build` and `validate` do, and validates it.
fn read_back(inputs: &Path, file: &Path) -> palermo::validate::Validated {
    let form = palermo::load::xlsform::load(&inputs.join("questionnaires/every_type.md"), "every_type.md").questionnaire.expect("the form loads");
    let states = palermo::load::states::load(&inputs.join("states.csv"), "states.csv").unwrap().states;
    let read = palermo::load::submissions::read_file(file, "KEN.xlsx", &form);
    assert!(read.diagnostics.is_empty(), "{:#?}", read.diagnostics);
    palermo::validate::validate_form(&read.submissions, &form, &states)
}

#[test]
fn a_workbook_filled_with_valid_answers_of_every_type_comes_back_as_the_same_values() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = conference(tmp.path());
    let file = inputs.join("submissions/every_type/KEN.xlsx");
    let form = inputs.join("questionnaires/every_type.md");
    let run = palermo(tmp.path(), &["workbook", form.to_str().unwrap(), "--inputs", inputs.to_str().unwrap(), "--state", "KEN", "-o", file.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    fill(&file, &valid_answers());

    let validated = read_back(&inputs, &file);
    let outcome = &validated.outcomes[0];
    assert!(outcome.diagnostics.iter().all(|d| !d.is_error()), "{:#?}", outcome.diagnostics);
    let reply = outcome.submission.as_ref().expect("accepted");
    assert_eq!(reply.state, "KEN");
    assert_eq!(reply.submitted, Date::new(2026, 3, 1).unwrap());
    let text = |s: &str| Answer::Text(s.into());
    let expected: Vec<(&str, Answer)> = vec![
        ("focal", text("Ama Mensah")),
        ("count", Answer::Number(12.0)),
        ("share", Answer::Number(0.75)),
        ("adopted", Answer::Date(Date::new(2020, 5, 14).unwrap())),
        ("opens", text("09:00")),
        ("reported", text("2026-02-20T14:30")),
        ("law", Answer::Choice("yes".into())),
        ("tools", Answer::Choices(vec!["database".into(), "training".into()])),
        ("main_tool", Answer::Choice("hotline".into())),
        ("priorities", Answer::Choices(vec!["training".into(), "database".into(), "hotline".into()])),
        ("rating", Answer::Number(4.0)),
        ("budget", Answer::Number(120.0)),
        ("office", text("48.2082 16.3738")),
        ("route", text("48.2 16.37;48.21 16.38")),
        ("zone", text("0 0;0 1;1 1;0 0")),
        ("photo", text("poster.jpg")),
        ("report", text("report-2025.pdf")),
        ("code", text("CASE-0042")),
        ("phone", text("+43 1 26060")),
        ("confirm", text("OK")),
        ("seen", text("OK")),
        ("species", Answer::Choice("pangolin".into())),
        ("region", Answer::Choice("north".into())),
        ("seized_parrots", Answer::Number(14.0)),
        ("seized_turtles", Answer::Number(3.0)),
    ];
    for (name, answer) in expected {
        assert_eq!(reply.answers.get(name), Some(&answer), "{name}");
    }
    // The repeat's rows, each with its own answers.
    let cases = &reply.repeats["cases"];
    assert_eq!(cases.len(), 2);
    assert_eq!(cases[0]["case_name"], text("Operation Dawn"));
    assert_eq!(cases[1]["case_name"], text("Operation Tide & Sons"));
    assert_eq!(cases[1]["case_year"], Answer::Number(2025.0));

    // And `palermo validate` on the conference accepts it.
    let run = palermo(tmp.path(), &["validate", "--inputs", inputs.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0), "{}{}", stdout(&run), stderr(&run));
    assert!(stdout(&run).contains("1 accepted, 0 rejected"), "{}", stdout(&run));
}

#[test]
fn a_workbook_filled_with_invalid_answers_is_reported_cell_by_cell() {
    use Fill::*;
    let tmp = tempfile::tempdir().unwrap();
    let inputs = conference(tmp.path());
    let file = inputs.join("submissions/every_type/KEN.xlsx");
    let form = inputs.join("questionnaires/every_type.md");
    let run = palermo(tmp.path(), &["workbook", form.to_str().unwrap(), "--inputs", inputs.to_str().unwrap(), "--state", "KEN", "-o", file.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let mut answers: BTreeMap<&str, Fill> = valid_answers().into_iter().collect();
    for (name, bad) in [
        ("count", Number(1200.0)),
        ("share", Text("three quarters")),
        ("adopted", Text("31/02/2020")),
        ("opens", Text("25:00")),
        ("law", Text("Perhaps")),
        ("priorities", Text("Training, Training")),
        ("rating", Number(7.0)),
        ("office", Text("91 10")),
        ("confirm", Text("no")),
        ("case_year[1]", Number(1980.0)),
    ] {
        answers.insert(name, bad);
    }
    let answers: Vec<(&str, Fill)> = answers.into_iter().collect();
    fill(&file, &answers);
    // Which row each answer is on, from the workbook itself.
    let book = palermo::load::workbook::read(&file).unwrap();
    let row_of = |name: &str| book.sheets[0].rows.iter().position(|r| r.first().is_some_and(|c| c.text() == name)).unwrap() + 1;

    let validated = read_back(&inputs, &file);
    let outcome = &validated.outcomes[0];
    assert_eq!(outcome.status, palermo::model::submission::Status::Rejected);
    let errors: Vec<_> = outcome.diagnostics.iter().filter(|d| d.is_error()).collect();
    for (name, code) in [
        ("count", "constraint"),
        ("share", "not_a_number"),
        ("adopted", "not_a_calendar_date"),
        ("opens", "not_a_time"),
        ("law", "not_a_choice"),
        ("priorities", "ranked_twice"),
        ("rating", "not_on_scale"),
        ("office", "off_the_globe"),
        ("confirm", "not_acknowledged"),
        ("case_year[1]", "constraint"),
    ] {
        let cell = format!("C{}", row_of(name));
        let found = errors.iter().find(|d| d.cell.as_deref() == Some(cell.as_str()));
        let d = found.unwrap_or_else(|| panic!("no error at {cell} ({name}): {errors:#?}"));
        assert_eq!(d.kind().map(|k| serde_json::to_value(k).unwrap()), Some(serde_json::json!(code)), "{name}: {d}");
        assert_eq!(d.file, "KEN.xlsx");
        assert!(d.hint.is_some(), "{name}: {d}");
    }
    assert_eq!(errors.len(), 10, "{errors:#?}");
    // The constraint's own message is what the State reads.
    let count = errors.iter().find(|d| d.cell.as_deref() == Some(format!("C{}", row_of("count")).as_str())).unwrap();
    assert!(count.message.contains("Between 0 and 999."), "{count}");
    let row = errors.iter().find(|d| d.cell.as_deref() == Some(format!("C{}", row_of("case_year[1]")).as_str())).unwrap();
    assert!(row.message.contains("row 1"), "{row}");
}

#[test]
fn the_workbook_is_in_the_language_asked_and_locks_all_but_the_answers() {
    let tmp = tempfile::tempdir().unwrap();
    let run = palermo(tmp.path(), &["workbook", "tip_2026", "--inputs", SAMPLE, "--state", "DZA", "-o", "dza.xlsx"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(stderr(&run).contains("in ar"), "Algeria's language: {}", stderr(&run));
    let book = palermo::load::workbook::read(&tmp.path().join("dza.xlsx")).unwrap();
    let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["الإجابات", "التعليمات", "lists"]);
    let sheet = &book.sheets[0];
    assert_eq!(sheet.rows[1][2].text(), "DZA");
    let question = sheet.rows.iter().find(|r| r.first().is_some_and(|c| c.text() == "tip5_implemented")).unwrap();
    assert!(question[1].text().contains("هل جرّم بلدكم"), "{}", question[1].text());
    // Protection and unlocked answers, as the file says.
    let bytes = std::fs::read(tmp.path().join("dza.xlsx")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    archive.by_name("xl/worksheets/sheet1.xml").unwrap().read_to_string(&mut xml).unwrap();
    assert!(xml.contains("<sheetProtection"), "the sheet is protected");
    assert!(xml.contains("rightToLeft=\"1\""), "an Arabic sheet reads right to left");
    assert!(xml.contains("type=\"list\""), "choices come from drop-down lists");
    let mut styles = String::new();
    archive.by_name("xl/styles.xml").unwrap().read_to_string(&mut styles).unwrap();
    assert!(styles.contains("locked=\"0\""), "answer cells are unlocked");
}

#[test]
fn the_workbook_speaks_the_conferences_own_corrected_catalog() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = conference(tmp.path());
    // A translator's correction in the conference's templates/messages/fr.ftl.
    std::fs::create_dir_all(inputs.join("templates/messages")).unwrap();
    std::fs::write(inputs.join("templates/messages/fr.ftl"), "wb-help = Mode d’emploi (corrigé)\n").unwrap();
    let run = palermo(tmp.path(), &["workbook", "every_type", "--inputs", inputs.to_str().unwrap(), "--lang", "fr", "-o", "fr.xlsx"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let book = palermo::load::workbook::read(&tmp.path().join("fr.xlsx")).unwrap();
    assert_eq!(book.sheets[0].rows[0][3].text(), "Mode d’emploi (corrigé)");
}
