//! The previous reporting cycle carried forward (`[previous] inputs = "previous-cycle"`): the
//! reports compare then and now with counts made here by hand from the previous cycle's own
//! replies.json; the profiles show what changed; the prefilled workbook read back unchanged gives
//! the same answers, and one marked "no change" but edited is named; the prefilled printed
//! questionnaire carries a "no change" box for each answer on record; a previous folder that is
//! missing or of another shape is named and the build goes on.

mod common;

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::Path;

use common::*;

/// The States whose replies the previous cycle counted for a form, from its replies.json.
fn replied_then(form: &str) -> BTreeSet<String> {
    let path = Path::new(SAMPLE).join(format!("previous-cycle/submissions/{form}/replies.json"));
    let replies: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    replies.as_array().unwrap().iter().map(|r| r["state"].as_str().unwrap().to_string()).collect()
}

/// The States counted now for a form, from `validate`'s list of every reply.
fn replied_now(dir: &Path, form: &str) -> BTreeSet<String> {
    let validate = palermo(dir, &["validate", "--inputs", SAMPLE, "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&validate)).unwrap();
    report["submissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["form_id"] == form && o["status"] == "accepted" && o["submitted"].as_str().unwrap() <= "2026-07-29")
        .map(|o| o["state"].as_str().unwrap().to_string())
        .collect()
}

fn figure(figures: &serde_json::Value, id: &str) -> serde_json::Value {
    figures["figures"].as_array().unwrap().iter().find(|x| x["id"] == id).unwrap_or_else(|| panic!("no figure {id}"))["value"].clone()
}

#[test]
fn the_report_compares_the_response_rate_and_implementation_with_the_previous_cycle() {
    let tmp = tempfile::tempdir().unwrap();
    let run = palermo(tmp.path(), &["document", "CTOC/COP/2026/4", "--inputs", SAMPLE, "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let documents = tmp.path().join("out/documents");

    // By hand, from previous-cycle/submissions/tip_2024/replies.json and its states.csv: 76
    // replies, all from the 182 States parties as at 29 July 2024 (42 per cent); 36 of the 76
    // answered "yes" to tip5_implemented (47 per cent).
    let then = replied_then("tip_2024");
    assert_eq!(then.len(), 76);
    let figures: serde_json::Value = serde_json::from_slice(&std::fs::read(documents.join("CTOC-COP-2026-4.figures.json")).unwrap()).unwrap();
    let previous = &figures["previous_cycle"];
    assert_eq!(previous["symbol"], "tip_2024");
    assert_eq!(previous["as_at"], "2024-07-29");
    assert_eq!(figure(previous, "replies.respondents"), 76);

    // The States replying for the first time, and those that replied then and not now.
    let now = replied_now(tmp.path(), "tip_2026");
    let first: Vec<String> = now.difference(&then).cloned().collect();
    let gone: Vec<String> = then.difference(&now).cloned().collect();
    assert!(first.len() > 20 && !gone.is_empty(), "{first:?} {gone:?}");
    let listed = |key: &str| -> Vec<String> { figures[key].as_array().unwrap().iter().map(|c| c.as_str().unwrap().to_string()).collect() };
    assert_eq!(listed("first_time"), first);
    assert_eq!(listed("not_again"), gone);

    let en = fold(&pdf_text(&documents.join("CTOC-COP-2026-4.en.pdf")));
    assert!(en.contains("Comparison with the previous reporting cycle"), "{en}");
    assert!(
        en.contains(
            "In the previous reporting cycle, 76 of the 182 States parties to the Trafficking in Persons Protocol (42 per cent) had replied as at 29 July 2024."
        ),
        "{en}"
    );
    let now_rate = format!("The response rate of the present cycle is {} per cent, up from 42 per cent in the previous cycle", (now.len() * 100 + 91) / 182);
    assert!(en.contains(&now_rate), "{now_rate}\n{en}");
    assert!(en.contains(&format!("The following {} States replied for the first time in the present cycle:", first.len())), "{en}");
    // Article 5 of the Protocol, then: 47 per cent (counted above); the table shows it by cell.
    assert!(en.contains("Answers reporting a provision as implemented, in the previous and the present reporting cycle"), "{en}");
    assert!(en.contains("Article 5, paragraph 1 47%"), "the row of article 5 in the table of both cycles: {en}");

    let fr = fold(&pdf_text(&documents.join("CTOC-COP-2026-4.fr.pdf")));
    assert!(fr.contains("Comparaison avec le cycle précédent d’établissement des rapports"), "{fr}");
    assert!(
        fr.contains("Lors du cycle précédent d’établissement des rapports, 76 des 182 États parties au Protocole relatif à la traite des personnes (42 %) avaient répondu au 29 juillet 2024."),
        "{fr}"
    );
    assert!(fr.contains("en hausse par rapport au cycle précédent (42 %)"), "{fr}");
    let ar = pdf_text(&documents.join("CTOC-COP-2026-4.ar.pdf"));
    for word in ["المقارنة", "بدورة", "السابقة", "لأول", "مرة"] {
        let reversed: String = word.chars().rev().collect();
        assert!(ar.contains(word) || ar.contains(&reversed), "{word} in the Arabic report");
    }
}

#[test]
fn a_profile_shows_which_answers_changed_since_the_previous_reply() {
    let tmp = tempfile::tempdir().unwrap();
    let run = palermo(tmp.path(), &["profile", "ALB", "--inputs", SAMPLE, "--out", "out", "--lang", "en"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let text = fold(&pdf_text(&tmp.path().join("out/profiles/ALB.en.pdf")));
    // By hand, Albania's reply to untoc_2026 against its reply to untoc_2024: of the 17 published
    // answers outside technical assistance that apply to this reply (untoc5_explain no longer does,
    // as article 5 is now "Yes"), four changed: the reply date, question 6 (Partly, now Yes),
    // question 9 (12, now 15) and question 15 (43, now 54).
    assert!(text.contains("Compared with its reply of 20 July 2024 in the previous reporting cycle, four of its 17 answers changed"), "{text}");
    for previous in ["Previous cycle: Partly", "Previous cycle: 12", "Previous cycle: 43", "Previous cycle: 5 May 2024"] {
        assert!(text.contains(previous), "{previous}: {text}");
    }
    // Four changes in the Convention's reply, four in the Trafficking Protocol's, two in the
    // Firearms Protocol's (reply date; article 10, Partly then); no reply to the Smuggling
    // Protocol's questionnaire then.
    assert!(text.contains("Compared with its reply of 12 May 2024 in the previous reporting cycle, four of its 15 answers changed"), "{text}");
    assert!(text.contains("two of its 8 answers changed"), "{text}");
    assert_eq!(text.matches("Previous cycle:").count(), 4 + 4 + 2);
    assert!(text.contains("In the previous reporting cycle: received on 20 July 2024."), "{text}");

    // Bahrain replied to the Convention's questionnaire then and not (yet) now.
    let run = palermo(tmp.path(), &["profile", "BHR", "--inputs", SAMPLE, "--out", "out", "--lang", "fr"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let text = fold(&pdf_text(&tmp.path().join("out/profiles/BHR.fr.pdf")));
    assert!(text.contains("Lors du cycle précédent : reçue le"), "{text}");
}

/// Rewrites the cells `edits` (A1 reference, text) of the answer sheet of an xlsx file.
fn edit_cells(xlsx: &[u8], edits: &[(String, String)]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            let mut xml = String::from_utf8(bytes).unwrap();
            for (cell, text) in edits {
                let start = xml.find(&format!("<c r=\"{cell}\"")).unwrap_or_else(|| panic!("no cell {cell}"));
                let rest = &xml[start..];
                let tag = rest.find('>').unwrap();
                let end = if rest[..tag].ends_with('/') { tag + 1 } else { rest.find("</c>").unwrap() + 4 };
                let escaped = text.replace('&', "&amp;").replace('<', "&lt;");
                xml.replace_range(start..start + end, &format!("<c r=\"{cell}\" t=\"inlineStr\"><is><t>{escaped}</t></is></c>"));
            }
            bytes = xml.into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// The row (1-based) of each name in column `col` (0-based) of the first sheet.
fn rows_by(path: &Path, col: usize) -> std::collections::BTreeMap<String, usize> {
    use calamine::{Reader, open_workbook_auto};
    let mut book = open_workbook_auto(path).unwrap();
    let sheet = book.worksheet_range_at(0).unwrap().unwrap();
    sheet.rows().enumerate().filter_map(|(i, row)| row.get(col).map(|c| (c.to_string(), i + 1))).collect()
}

/// The row of each question name in the answer workbook's column A.
fn rows_by_name(path: &Path) -> std::collections::BTreeMap<String, usize> {
    rows_by(path, 0)
}

#[test]
fn a_prefilled_workbook_read_back_unchanged_gives_the_same_answers() {
    let tmp = tempfile::tempdir().unwrap();
    let sample = palermo::inputs::Inputs::read(Path::new(SAMPLE)).unwrap();
    // Mauritius's reply of this cycle (with three rows of its repeat of contributors), Albania's
    // (a correction that superseded an earlier reply), Bahrain's of the previous cycle (it has
    // not replied to untoc_2026 yet).
    for (state, previous_cycle) in [("MUS", false), ("ALB", false), ("BHR", true)] {
        let run = palermo(tmp.path(), &["workbook", "untoc_2026", "--state", state, "--prefill", "--inputs", SAMPLE, "--out", "out"]);
        assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
        let lang = match state {
            "BHR" => "ar",
            _ => "en",
        };
        let path = tmp.path().join(format!("out/workbooks/untoc_2026.{state}.{lang}.prefilled.xlsx"));
        let (carried, from_previous) = sample.latest_reply("untoc_2026", state).unwrap();
        assert_eq!(from_previous, previous_cycle, "{state}");

        // The State writes the date it sends the reply, and nothing else.
        let rows = rows_by_name(&path);
        let filled = edit_cells(&std::fs::read(&path).unwrap(), &[(format!("C{}", rows["submitted"]), "2026-07-25".into())]);
        let conference = tmp.path().join(format!("conference-{state}"));
        copy_dir(Path::new(SAMPLE), &conference);
        let folder = conference.join("submissions/untoc_2026");
        std::fs::remove_dir_all(&folder).unwrap();
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join(format!("{state}.xlsx")), filled).unwrap();
        let read = palermo::inputs::Inputs::read(&conference).unwrap();
        let problems: Vec<String> = read.diagnostics.iter().filter(|d| d.file.ends_with(&format!("{state}.xlsx"))).map(|d| d.to_string()).collect();
        assert!(problems.is_empty(), "{state}: {problems:?}");
        let back = read.submissions.iter().find(|s| s.form_id == "untoc_2026" && s.state == state).unwrap_or_else(|| panic!("{state} read back"));
        assert_eq!(back.answers, carried.answers, "{state}: the answers read back are those carried");
        assert_eq!(back.repeats, carried.repeats, "{state}: the repeat's rows too");
        if state == "MUS" {
            assert_eq!(back.repeats["contributors"].len(), 3, "Mauritius's reply lists three contributors");
        }
    }
    let none = palermo(tmp.path(), &["workbook", "untoc_2026", "--state", "TUV", "--prefill", "--inputs", SAMPLE, "--out", "out"]);
    assert_ne!(none.status.code(), Some(0));
    assert!(stderr(&none).contains("TUV has no counted reply to untoc_2026 in this cycle, nor in the previous cycle"), "{}", stderr(&none));
}

#[test]
fn an_answer_marked_no_change_but_edited_is_named_at_its_cell() {
    let tmp = tempfile::tempdir().unwrap();
    let run = palermo(tmp.path(), &["workbook", "tip_2026", "--state", "ALB", "--prefill", "--inputs", SAMPLE, "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let path = tmp.path().join("out/workbooks/tip_2026.ALB.en.prefilled.xlsx");
    let rows = rows_by_name(&path);
    let (convictions, confirmed) = (rows["tip5_convictions"], rows["tip9_implemented"]);
    let edited = edit_cells(
        &std::fs::read(&path).unwrap(),
        &[
            (format!("C{}", rows["submitted"]), "2026-07-25".into()),
            (format!("C{convictions}"), "17".into()),
            (format!("D{convictions}"), "No change".into()),
            (format!("D{confirmed}"), "No change".into()),
        ],
    );
    let conference = tmp.path().join("conference");
    copy_dir(Path::new(SAMPLE), &conference);
    std::fs::write(conference.join("submissions/tip_2026/offline-ALB-2.xlsx"), edited).unwrap();
    let validate = palermo(tmp.path(), &["validate", "--inputs", conference.to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&validate)).unwrap();
    let named: Vec<&serde_json::Value> =
        report["diagnostics"].as_array().unwrap().iter().filter(|d| d["file"].as_str().unwrap().ends_with("offline-ALB-2.xlsx")).collect();
    assert_eq!(named.len(), 1, "one problem, the edited answer; the confirmed one is fine: {named:?}");
    assert_eq!(named[0]["code"], "no_change_edited");
    assert_eq!(named[0]["cell"], format!("C{convictions}"));
    assert!(named[0]["message"].as_str().unwrap().contains("changed from \"14\" to \"17\""), "{}", named[0]);
}

#[test]
fn the_prefilled_printed_questionnaire_has_a_no_change_box_for_each_answer_on_record() {
    let tmp = tempfile::tempdir().unwrap();
    let run = palermo(tmp.path(), &["questionnaire", "untoc_2026", "--state", "BHR", "--prefill", "--lang", "en", "--inputs", SAMPLE, "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let pdf = tmp.path().join("out/questionnaires/untoc_2026.BHR.en.prefilled.pdf");
    let text = fold(&pdf_text(&pdf));
    assert!(text.contains("Under each question is the answer of your reply to the previous reporting cycle, received on 12 May 2024."), "{text}");
    let map: serde_json::Value =
        serde_json::from_slice(&std::fs::read(tmp.path().join("out/questionnaires/untoc_2026.BHR.en.prefilled.layout.json")).unwrap()).unwrap();
    let boxes: Vec<String> = map["pages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["boxes"].as_array().unwrap().iter())
        .filter(|b| b["kind"] == "no-change")
        .map(|b| b["q"].as_str().unwrap().to_string())
        .collect();
    // By hand: Bahrain's answers to untoc_2024 (replies.json), under this cycle's names, less
    // those of questions the printed form does not ask (technical assistance kinds are asked).
    let replies: serde_json::Value =
        serde_json::from_slice(&std::fs::read(Path::new(SAMPLE).join("previous-cycle/submissions/untoc_2024/replies.json")).unwrap()).unwrap();
    let bahrain = replies.as_array().unwrap().iter().find(|r| r["state"] == "BHR").unwrap();
    let mut expected: Vec<String> =
        bahrain["answers"].as_object().unwrap().keys().map(|k| if k == "untoc18_mla_requests" { "untoc18_requests".to_string() } else { k.clone() }).collect();
    expected.sort();
    let mut found = boxes.clone();
    found.sort();
    assert_eq!(found, expected);
    assert_eq!(text.matches("On record:").count(), expected.len(), "{text}");
}

#[test]
fn check_lists_the_questions_that_do_not_pair_with_the_previous_cycle_once() {
    let tmp = tempfile::tempdir().unwrap();
    let untoc = stdout(&palermo(tmp.path(), &["check", "untoc_2026", "--inputs", SAMPLE]));
    assert!(untoc.contains("previous cycle: compared with untoc_2024"), "{untoc}");
    assert!(untoc.contains("renamed: untoc18_requests (was untoc18_mla_requests)"), "{untoc}");
    let tip = stdout(&palermo(tmp.path(), &["check", "tip_2026", "--inputs", SAMPLE]));
    assert_eq!(tip.matches("tip5_offences").count(), 1, "{tip}");
    assert!(tip.contains("new in this cycle, not compared: tip5_offences"), "{tip}");
    let fa = stdout(&palermo(tmp.path(), &["check", "fa_2026", "--inputs", SAMPLE]));
    assert!(fa.contains("no longer asked: fa5_deactivated"), "{fa}");
}

/// The sample with `[previous]` pointing elsewhere, and the warnings `document` prints.
fn with_previous(tmp: &Path, previous: &str, prepare: impl Fn(&Path)) -> (i32, String) {
    let inputs = copy_sample(tmp, "inputs");
    prepare(&inputs);
    let toml = inputs.join("conference.toml");
    let text = std::fs::read_to_string(&toml).unwrap().replace("inputs = \"previous-cycle\"", &format!("inputs = \"{previous}\""));
    std::fs::write(&toml, text).unwrap();
    let run = palermo(tmp, &["document", "CTOC/COP/2026/5", "--inputs", inputs.to_str().unwrap(), "--out", "out", "--lang", "en"]);
    (run.status.code().unwrap_or(-1), stderr(&run))
}

#[test]
fn a_previous_folder_missing_or_of_another_shape_is_named_and_the_build_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, err) = with_previous(&tmp.path().join("a"), "../cycle-2024", |_| {});
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("previous.inputs \"../cycle-2024\": no such folder; the documents make no comparison with the previous cycle"), "{err}");

    let (code, err) =
        with_previous(&tmp.path().join("b"), "previous-cycle", |inputs| std::fs::remove_file(inputs.join("previous-cycle/conference.toml")).unwrap());
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("the folder has no conference.toml: it is not a conference folder"), "{err}");

    // A "previous" cycle that is not earlier.
    let (code, err) = with_previous(&tmp.path().join("c"), "previous-cycle", |inputs| {
        let toml = inputs.join("previous-cycle/conference.toml");
        let text = std::fs::read_to_string(&toml).unwrap().replace("as_at = 2024-07-29", "as_at = 2026-07-29");
        std::fs::write(&toml, text).unwrap();
    });
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("its figures are as at 2026-07-29, not before this cycle opened (2026-01-15)"), "{err}");

    // A previous_name that names nothing: said at the form's row, the rest compared.
    let (code, err) = with_previous(&tmp.path().join("d"), "previous-cycle", |inputs| {
        let form = inputs.join("questionnaires/untoc.xlsx");
        let row = rows_by(&form, 1)["untoc18_requests"];
        let header = rows_by(&form, 0).len();
        assert!(header > 10);
        // previous_name is the survey sheet's last column (AC).
        std::fs::write(&form, edit_cells(&std::fs::read(&form).unwrap(), &[(format!("AC{row}"), "untoc18_requests_old".into())])).unwrap();
    });
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("untoc18_requests: previous_name \"untoc18_requests_old\" is not a question of the previous cycle's form untoc_2024"), "{err}");
    let report = tmp.path().join("d/out/documents/CTOC-COP-2026-5.en.pdf");
    assert!(fold(&pdf_text(&report)).contains("Comparison with the previous reporting cycle"), "the other forms are compared");
    let c = tmp.path().join("c/out/documents/CTOC-COP-2026-5.en.pdf");
    assert!(!fold(&pdf_text(&c)).contains("Comparison with the previous reporting cycle"), "no comparison without a previous cycle");
}
