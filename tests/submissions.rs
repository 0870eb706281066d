//! Submissions: the sample replies are clean and every file and record is accounted for; the
//! faulty fixture gets every kind of diagnostic at its cell; hostile workbooks sent as replies
//! are refused with a reason and never stop the run.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use common::*;
use palermo::load::{states, submissions, workbook, xlsform};
use palermo::model::submission::Status;
use palermo::validate;

fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn the_sample_replies_are_clean_and_every_file_and_record_is_accounted_for() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let manifest = manifest(&tmp.path().join("out"));
    let listed: BTreeSet<String> = manifest["inputs"].as_array().unwrap().iter().map(|i| i["path"].as_str().unwrap().to_string()).collect();
    let mut expected_records = 0;
    for file in files_under(&inputs.join("submissions")) {
        let relative = file.strip_prefix(&inputs).unwrap().display().to_string();
        assert!(listed.contains(&relative), "{relative} is not in the manifest");
        expected_records += match file.extension().and_then(|e| e.to_str()).unwrap() {
            // ODK Central's repeat entity set holds rows of other replies, not replies.
            _ if palermo::load::submissions::is_repeat_entity_set(&file) => 0,
            "json" => match serde_json::from_slice::<serde_json::Value>(&std::fs::read(&file).unwrap()).unwrap() {
                serde_json::Value::Array(items) => items.len(),
                serde_json::Value::Object(page) if page.contains_key("results") => page["results"].as_array().unwrap().len(),
                serde_json::Value::Object(page) if page.contains_key("value") => page["value"].as_array().unwrap().len(),
                _ => 1,
            },
            "csv" => std::fs::read_to_string(&file).unwrap().lines().skip(1).filter(|l| !l.trim().is_empty()).count(),
            "zip" => {
                let mut zip = zip::ZipArchive::new(std::fs::File::open(&file).unwrap()).unwrap();
                let mut text = String::new();
                std::io::Read::read_to_string(&mut zip.by_name("som_2026.csv").unwrap(), &mut text).unwrap();
                text.lines().skip(1).filter(|l| !l.trim().is_empty()).count()
            }
            _ if file.file_name().unwrap().to_string_lossy().starts_with("offline-") => 1,
            _ => workbook::read(&file).unwrap().sheets[0].rows.iter().skip(1).filter(|r| r.iter().any(|c| !c.is_empty())).count(),
        };
    }
    let outcomes = manifest["submissions"].as_array().unwrap();
    assert_eq!(outcomes.len(), expected_records, "every record read ends in the manifest");
    let other: Vec<_> = outcomes.iter().filter(|o| o["status"] != "accepted" && o["status"] != "superseded").collect();
    // The server files' own cases: a draft a reviewer refused, a reply on hold, a page downloaded twice.
    let statuses: BTreeSet<&str> = other.iter().map(|o| o["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, BTreeSet::from(["rejected", "held", "duplicate"]), "{other:#?}");
    assert_eq!(other.len(), 3, "{other:#?}");
    let superseded: Vec<_> = outcomes.iter().filter(|o| o["status"] == "superseded").collect();
    assert_eq!(superseded.len(), 4, "one corrected reply per form");
    assert!(superseded.iter().all(|o| o["superseded_by"]["file"].as_str().unwrap().ends_with("-corrected.json")));

    // Response rates between 40 and 70 per cent of the parties, uneven across regional groups.
    let states = states::load(&inputs.join("states.csv"), "states.csv").unwrap().states;
    for (form, instrument) in [("untoc_2026", "untoc"), ("tip_2026", "tip"), ("som_2026", "som"), ("fa_2026", "fa")] {
        let instrument = palermo::model::Instrument::from_code(instrument).unwrap();
        let replied: BTreeSet<&str> =
            outcomes.iter().filter(|o| o["form_id"] == form && o["status"] == "accepted").map(|o| o["state"].as_str().unwrap()).collect();
        let parties: Vec<_> = states.iter().filter(|s| s.is_party(instrument)).collect();
        let rate = replied.len() as f64 / parties.len() as f64;
        assert!((0.4..=0.7).contains(&rate), "{form}: {rate}");
        let mut by_group: BTreeMap<_, (usize, usize)> = BTreeMap::new();
        for s in &parties {
            let e = by_group.entry(s.group).or_default();
            e.1 += 1;
            e.0 += usize::from(replied.contains(s.iso3.as_str()));
        }
        let rates: Vec<f64> = by_group.values().map(|(r, n)| *r as f64 / *n as f64).collect();
        let spread = rates.iter().cloned().fold(0.0, f64::max) - rates.iter().cloned().fold(1.0, f64::min);
        assert!(spread > 0.1, "{form}: response rates too even across groups: {rates:?}");
        // All three formats, and per-State workbooks.
        let folder = inputs.join("submissions").join(form);
        let kinds: BTreeSet<String> = files_under(&folder).iter().map(|f| f.extension().unwrap().to_string_lossy().into_owned()).collect();
        assert!(kinds.contains("json") && kinds.contains("xlsx"), "{form}: {kinds:?}");
        assert!(kinds.contains("csv") || kinds.contains("zip"), "{form}: {kinds:?}");
        assert!(files_under(&folder).iter().any(|f| f.file_name().unwrap().to_string_lossy().starts_with("offline-")));
    }
    let validation: serde_json::Value = serde_json::from_slice(&std::fs::read(tmp.path().join("out/validation.json")).unwrap()).unwrap();
    assert_eq!(validation.as_array().unwrap().len(), 7, "only the four superseded replies and the three the servers set apart are reported");
}

#[test]
fn the_faulty_replies_get_every_kind_of_diagnostic_at_its_cell() {
    let tmp = tempfile::tempdir().unwrap();
    let faulty = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/faulty");
    let run = palermo(tmp.path(), &["validate", "--inputs", faulty.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    let report: serde_json::Value = serde_json::from_str(&stdout(&run)).unwrap();
    let diagnostics: Vec<String> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let file = d["file"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
            let place = d["cell"].as_str().map(str::to_string).or_else(|| d["row"].as_u64().map(|r| format!("row {r}"))).unwrap_or_default();
            // Dates and "question 5" keep their words together with no-break spaces.
            format!("{file} {place} {} {} | {}", d["severity"].as_str().unwrap(), d["message"].as_str().unwrap(), d["hint"].as_str().unwrap_or(""))
                .replace('\u{a0}', " ")
        })
        .collect();
    let expect = |needle: &str| assert!(diagnostics.iter().any(|d| d.contains(needle)), "no diagnostic contains {needle:?}:\n{}", diagnostics.join("\n"));
    expect("kobo-export.xlsx U1 warning unknown column \"comments_extra\"");
    expect("kobo-export.xlsx A2 error unknown State code \"FRN\" | did you mean FRA (France)?");
    expect("kobo-export.xlsx B3 error submitted: \"03/04/2026\" is ambiguous: 3 April 2026 or 4 March 2026?");
    expect(
        "kobo-export.xlsx F4 error question 4 (Has your country established as criminal offences the…): \"yess\" is not a choice of the list \"yes_partly_no\" | did you mean \"yes\"?",
    );
    expect("kobo-export.xlsx I4 error question 7 (How many offences of trafficking in persons were…): \"about 40\" is not a number");
    expect("kobo-export.xlsx D5 error question 1 (Name and title of the person who coordinated…) is required and not answered");
    expect("kobo-export.xlsx G5 error question 5 (If the answer is \"No\" or \"Partly\", please…) is required and not answered");
    expect(
        "kobo-export.xlsx H5 warning question 6 (If the answer is \"Yes\" or \"Partly\", please…) is answered, but does not apply to this reply | Answer only if you answered “Yes” or “Partly” to question 4. The answer is kept.",
    );
    expect("kobo-export.xlsx E6 error question 3 (Date of the reply): The date cannot be in the future.");
    expect(
        "kobo-export.xlsx I6 error question 7 (How many offences of trafficking in persons were…): The number cannot be negative. | Accepted only if the answer is at least 0.",
    );
    expect("kobo-export.xlsx A7 warning Bhutan (BTN) is neither party nor signatory to the Trafficking in Persons Protocol");
    expect("kobo-export.xlsx B8 warning submitted: the number 46143 read as an Excel date serial (1900 system): 2026-05-01");
    expect("kobo-export.xlsx C8 warning answered version 2025.3 of tip_2026; the current version is 2026.1");
    expect("kobo-export.xlsx F8 warning the label \"Oui\" read as the choice \"yes\"");
    expect("kobo-export.xlsx A9 warning ESP replied to tip_2026 again: this submission is superseded by the one of 2026-06-01");
    expect("replies.json row 2 warning [1].answers.tip5_offence: unknown question \"tip5_offence\" | did you mean \"tip5_offences\"?");
    expect("replies.json row 3 error [2]: the submission has no answers");
    expect("replies.json row 4 error [3]: a submission must be an object");
    expect("broken.json row 1 error not valid JSON: EOF while parsing");
    expect("corrupt.xlsx  error the .xlsx file is damaged or truncated");
    expect("protected.xlsx  error the workbook is password-protected");
    expect("empty.csv  error the file is empty");
    expect("scan.pdf  error \"pdf\" is not a spreadsheet palermo reads");
    expect("offline-GHA.xlsx C3 error submitted: \"2026-13-45\" is not a date");
    expect("offline-GHA.xlsx A20 warning unknown question \"tip99_implemented\"");
    expect("stray.csv  error a submission outside a form folder is not read");
    expect("late.csv  error no questionnaire has the form_id \"tip2026\" | did you mean tip_2026?");
    // Stray spaces, a lower-case code and Excel's _x000D_ escapes are read as meant.
    let outcomes = report["submissions"].as_array().unwrap();
    let brazil = outcomes.iter().find(|o| o["state"] == "BRA").expect("the reply with ' bra ' is read");
    assert_eq!(brazil["status"], "accepted");
    let status = |state: &str| outcomes.iter().find(|o| o["state"] == state).map(|o| o["status"].as_str().unwrap().to_string());
    assert_eq!(status("ITA").as_deref(), Some("accepted"), "a label, a serial date and a number as text are read as meant");
    assert_eq!(status("KEN").as_deref(), Some("rejected"));
    assert_eq!(status("BTN").as_deref(), Some("accepted"), "a non-party's reply is kept");
    // Every file of the folder is accounted for.
    let listed: BTreeSet<String> = report["inputs"].as_array().unwrap().iter().map(|i| i["path"].as_str().unwrap().to_string()).collect();
    for file in files_under(&faulty.join("submissions")) {
        let relative = file.strip_prefix(&faulty).unwrap().display().to_string();
        assert!(listed.contains(&relative), "{relative} not accounted for");
    }
}

#[test]
fn human_output_groups_problems_by_file() {
    let tmp = tempfile::tempdir().unwrap();
    let faulty = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/faulty");
    let run = palermo(tmp.path(), &["validate", "--inputs", faulty.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    let out = stdout(&run);
    assert!(!out.contains('\x1b'), "no colour when not on a terminal");
    assert!(out.contains("faulty/submissions/tip_2026/kobo-export.xlsx\n  tip_2026!U1: warning: unknown column \"comments_extra\""), "{out}");
    assert!(out.contains("submission(s):") && out.contains("rejected"), "{out}");
}

#[test]
fn kobo_one_column_per_choice_is_read_as_a_select_multiple() {
    let form = xlsform::load(&Path::new(SAMPLE).join("questionnaires/tip.xlsx"), "tip.xlsx").questionnaire.unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("export.csv");
    std::fs::write(&csv, "state;submitted;art5/tip5_ta;art5/tip5_ta_kind/training;art5/tip5_ta_kind/data;art5/tip5_ta_kind/other\nKEN;2026-05-01;yes;1;0;1\n")
        .unwrap();
    let read = submissions::read_file(&csv, "export.csv", &form);
    assert!(read.diagnostics.is_empty(), "{:#?}", read.diagnostics);
    let answer = read.submissions[0].answers.iter().find(|a| a.key == "tip5_ta_kind").unwrap();
    assert_eq!(answer.value.text(), "training other");
    let states = states::load(&Path::new(SAMPLE).join("states.csv"), "states.csv").unwrap().states;
    let validated = validate::validate_form(&read.submissions, &form, &states);
    assert_eq!(validated.outcomes[0].status, Status::Rejected, "the partial reply misses required answers");
    assert!(validated.diagnostics().any(|d| d.question.as_deref() == Some("focal_point")));
    assert!(!validated.diagnostics().any(|d| d.question.as_deref() == Some("tip5_ta_kind")), "{:#?}", validated.diagnostics().collect::<Vec<_>>());
}

#[test]
fn workbooks_in_the_1904_date_system_are_recognised() {
    let book = workbook::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus/workbooks/date_1904.xlsx")).unwrap();
    assert!(book.date_1904);
    let book = workbook::read(&Path::new(SAMPLE).join("questionnaires/tip.xlsx")).unwrap();
    assert!(!book.date_1904);
}

#[test]
fn hostile_workbooks_sent_as_replies_are_refused_and_the_run_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    only_information_document(&inputs);
    let folder = inputs.join("submissions/tip_2026");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus/workbooks");
    let mut sent = Vec::new();
    for file in files_under(&corpus) {
        let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ["xls", "xlsx", "xlsm", "xlsb", "ods"].contains(&ext) {
            let name = format!("corpus-{}", file.file_name().unwrap().to_string_lossy());
            std::fs::copy(&file, folder.join(&name)).unwrap();
            sent.push(format!("submissions/tip_2026/{name}"));
        }
    }
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert!(tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf").is_file());
    let manifest = manifest(&tmp.path().join("out"));
    for name in &sent {
        let entry = manifest["inputs"].as_array().unwrap().iter().find(|i| i["path"] == name.as_str()).unwrap_or_else(|| panic!("{name} not accounted for"));
        assert_ne!(entry["status"], "accepted", "{name} is not a reply and cannot be accepted");
    }
    for hostile in ["OOM_alloc.xls", "OOM_alloc2.xls", "OOM_alloc3.xls", "issue_594_dos.ods", "too_small.xls", "pass_protected.xlsx"] {
        assert!(sent.iter().any(|s| s.ends_with(hostile)), "{hostile} was not sent");
    }
}

#[test]
fn feedback_letters_list_the_problems_in_the_states_language() {
    let tmp = tempfile::tempdir().unwrap();
    let faulty = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/faulty");
    let run = palermo(tmp.path(), &["feedback", "mex", "--inputs", faulty.to_str().unwrap(), "--out", "letters"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let text = fold(&pdf_text(&tmp.path().join("letters/feedback/MEX.es.pdf")));
    for expected in [
        "Oficina de las Naciones Unidas contra la Droga y el Delito",
        "CTOC/COP/2026/MEX",
        "29 de julio de 2026",
        "La secretaría agradece a México sus respuestas.",
        "12 de septiembre de 2026",
        "Cuestionario sobre la aplicación del Protocolo para prevenir",
        "Respuesta recibida el 14 de abril de 2026",
        "1. Nombre y cargo de la persona que coordinó la respuesta",
        "Esta pregunta requiere respuesta y no la tiene.",
        "La pregunta no se aplica a su respuesta; la respuesta se conserva.",
        "Responda solo si respondió “Sí” o “En parte” a la pregunta 4.",
        "NACIONES UNIDAS",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from the letter:\n{text}");
    }
    // Mexico's reply came in the secretariat's export of many States' replies: the letter cites
    // the reply by its date, never the export's name or cells.
    assert!(!text.contains("kobo-export") && !text.contains("tip_2026!"), "{text}");
    // A file is the State's only when its name says so as a word: broken.json is not Kenya's.
    let run = palermo(tmp.path(), &["feedback", "KEN", "--inputs", faulty.to_str().unwrap(), "--out", "letters"]);
    assert_eq!(run.status.code(), Some(0));
    let kenya = fold(&pdf_text(&tmp.path().join("letters/feedback/KEN.en.pdf")));
    assert!(kenya.contains("“yess” is not one of the choices.") && !kenya.contains("broken.json"), "{kenya}");
    let run = palermo(tmp.path(), &["feedback", "GHA", "--inputs", faulty.to_str().unwrap(), "--out", "letters"]);
    assert_eq!(run.status.code(), Some(0));
    let ghana = fold(&pdf_text(&tmp.path().join("letters/feedback/GHA.en.pdf")));
    // Ghana sent its own workbook: the file and the cell are named.
    assert!(ghana.contains("(file offline-GHA.xlsx)") && ghana.contains("(answers!C3)") && ghana.contains("“2026-13-45” is not a date."), "{ghana}");
    assert_eq!(ghana.matches("2026-13-45").count(), 1, "each problem once: {ghana}");
    // A State with clean replies gets an acknowledgement; in Arabic and Chinese too.
    let inputs = copy_sample(tmp.path(), "inputs");
    for (state, file, expected) in [("CHN", "CHN.zh.pdf", "秘书处"), ("SAU", "SAU.ar.pdf", "الأمانة")] {
        let run = palermo(tmp.path(), &["feedback", state, "--inputs", inputs.to_str().unwrap(), "--out", "letters"]);
        assert_eq!(run.status.code(), Some(0), "{state}: {}", stderr(&run));
        let text = pdf_text(&tmp.path().join("letters/feedback").join(file));
        // Right-to-left text comes out of the PDF in visual order.
        let visual: String = expected.chars().rev().collect();
        assert!(text.contains(expected) || text.contains(&visual), "{state}: {text}");
    }
    let unknown = palermo(tmp.path(), &["feedback", "FRN", "--inputs", inputs.to_str().unwrap()]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("FRN is not a State"), "{}", stderr(&unknown));
}

#[test]
fn or_other_accepts_other_besides_the_list() {
    let form_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus/xlsform/examples/or_other.xlsx");
    let form = xlsform::load(&form_path, "or_other.xlsx").questionnaire.unwrap();
    assert!(form.question("fav_color").unwrap().or_other);
    let tmp = tempfile::tempdir().unwrap();
    let reply = tmp.path().join("reply.json");
    std::fs::write(
        &reply,
        r#"[{"state": "KEN", "submitted": "2026-05-01", "answers": {"fav_color": "other"}},
            {"state": "GHA", "submitted": "2026-05-01", "answers": {"fav_color": "purple"}}]"#,
    )
    .unwrap();
    let read = submissions::read_file(&reply, "reply.json", &form);
    let states = states::load(&Path::new(SAMPLE).join("states.csv"), "states.csv").unwrap().states;
    let validated = validate::validate_form(&read.submissions, &form, &states);
    assert_eq!(validated.outcomes[0].status, Status::Accepted, "{:#?}", validated.diagnostics().collect::<Vec<_>>());
    assert_eq!(validated.outcomes[1].status, Status::Rejected);
    assert!(validated.diagnostics().any(|d| d.message.contains("\"purple\" is not a choice of the list \"colors\"")));
}

#[test]
fn kobos_submission_time_stands_in_for_a_missing_submitted_column() {
    let form = xlsform::load(&Path::new(SAMPLE).join("questionnaires/tip.xlsx"), "tip.xlsx").questionnaire.unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let csv = tmp.path().join("kobo.csv");
    std::fs::write(&csv, "state,general/focal_point,_submission_time,_id\nKEN,Head of Unit,2026-05-03T10:21:44,17\n").unwrap();
    let read = submissions::read_file(&csv, "kobo.csv", &form);
    assert!(read.diagnostics.is_empty(), "{:#?}", read.diagnostics);
    let states = states::load(&Path::new(SAMPLE).join("states.csv"), "states.csv").unwrap().states;
    let validated = validate::validate_form(&read.submissions, &form, &states);
    assert!(!validated.diagnostics().any(|d| d.message.contains("submitted")), "{:#?}", validated.diagnostics().collect::<Vec<_>>());
    assert_eq!(validated.outcomes[0].submitted.map(|d| d.to_string()).as_deref(), Some("2026-05-03"));
}

#[test]
fn a_repeat_in_json_keeps_its_rows_and_each_row_is_checked() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/forms/every_type");
    let form = xlsform::load(&dir.join("every_type.md"), "every_type.md").questionnaire.expect("loads");
    let states = palermo::load::states::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report/states.csv"), "states.csv").unwrap().states;
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("GHA.json");
    std::fs::write(
        &file,
        r#"{ "state": "GHA", "submitted": "2026-03-02", "answers": {
            "focal": "Kofi Boateng", "law": "no", "seized_parrots": 2,
            "cases": [ { "case_name": "Operation Dawn", "case_year": 2024 }, { "cases/case_name": "Operation Dusk", "case_year": 1980 } ] } }"#,
    )
    .unwrap();
    let read = palermo::load::submissions::read_file(&file, "GHA.json", &form);
    assert!(read.diagnostics.is_empty(), "{:#?}", read.diagnostics);
    let validated = palermo::validate::validate_form(&read.submissions, &form, &states);
    let errors: Vec<String> = validated.outcomes[0].diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].contains("cases[1].case_year") && errors[0].contains("question 29, row 2"), "{}", errors[0]);

    // Fixed, the reply is accepted with its two rows.
    std::fs::write(&file, std::fs::read_to_string(&file).unwrap().replace("1980", "2025")).unwrap();
    let read = palermo::load::submissions::read_file(&file, "GHA.json", &form);
    let validated = palermo::validate::validate_form(&read.submissions, &form, &states);
    let reply = validated.outcomes[0].submission.as_ref().expect("accepted");
    let names: Vec<String> = reply.repeats["cases"].iter().map(|row| row["case_name"].value().text()).collect();
    assert_eq!(names, ["Operation Dawn", "Operation Dusk"]);
}
