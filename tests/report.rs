//! Analytical reports: the figures of a small fixture conference worked out by hand (not by
//! the code under test) and compared with figures.json and with the text of the PDF in English,
//! French and Arabic; a report with no replies; a report whose questionnaire did not load.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::*;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/report");

fn build_fixture(dir: &Path) -> std::path::PathBuf {
    let inputs = dir.join("report");
    copy_dir(Path::new(FIXTURE), &inputs);
    let run = palermo(dir, &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    // Brazil's reply is rejected (and not counted): exit 1, every document built.
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert_eq!(manifest(&dir.join("out"))["failed"].as_array().unwrap().len(), 0);
    dir.join("out")
}

/// The figures file as id → figure.
fn figures(out: &Path, slug: &str) -> BTreeMap<String, serde_json::Value> {
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join(format!("documents/{slug}.figures.json"))).unwrap()).unwrap();
    file["figures"].as_array().unwrap().iter().map(|f| (f["id"].as_str().unwrap().to_string(), f.clone())).collect()
}

#[test]
fn every_figure_matches_the_hand_count_in_the_json_and_in_the_pdf() {
    let tmp = tempfile::tempdir().unwrap();
    let out = build_fixture(tmp.path());
    let f = figures(&out, "CTOC-COP-2026-9");
    // (id, value, per cent, States) worked out by hand from tests/fixtures/report:
    // parties of the Trafficking in Persons Protocol as at 29 July 2026 are BRA, GHA, IND, KEN
    // and POL (JPN ratifies in 2027, NGA only signed, FRA is neither); KEN, GHA, IND, NGA and
    // FRA replied in time, JPN after the cut-off.
    let expected: &[(&str, serde_json::Value, Option<u64>, &[&str])] = &[
        ("replies.parties", 5.into(), None, &["BRA", "GHA", "IND", "KEN", "POL"]),
        ("replies.respondents", 5.into(), None, &["FRA", "GHA", "IND", "KEN", "NGA"]),
        ("replies.responded-parties", 3.into(), Some(60), &["GHA", "IND", "KEN"]),
        ("replies.signatories", 1.into(), None, &["NGA"]),
        ("replies.others", 1.into(), None, &["FRA"]),
        ("replies.late", 1.into(), None, &["JPN"]),
        ("replies.group.african.responded", 2.into(), Some(100), &["GHA", "KEN"]),
        ("replies.group.eastern-european.responded", 0.into(), Some(0), &[]),
        // Question 2: yes KEN NGA, partly IND, no GHA FRA.
        ("q.impl.applicable", 5.into(), None, &["FRA", "GHA", "IND", "KEN", "NGA"]),
        ("q.impl.choice.yes", 2.into(), Some(40), &["KEN", "NGA"]),
        ("q.impl.choice.partly", 1.into(), Some(20), &["IND"]),
        ("q.impl.choice.no", 2.into(), Some(40), &["FRA", "GHA"]),
        ("q.impl.unanswered", 0.into(), Some(0), &[]),
        // Question 3 applies to the "no" and "partly" answers; IND left it empty: 2 of 3.
        ("q.explain.applicable", 3.into(), None, &["FRA", "GHA", "IND"]),
        ("q.explain.answered", 2.into(), Some(67), &["FRA", "GHA"]),
        // Question 4: 10, 3, 7 and 4 offences: median (4 + 7) / 2 = 5.5, total 24.
        ("q.offences.answering", 4.into(), None, &["GHA", "IND", "KEN", "NGA"]),
        ("q.offences.median", "5.5".into(), None, &["GHA", "IND", "KEN", "NGA"]),
        ("q.offences.min", 3.into(), None, &["GHA", "IND", "KEN", "NGA"]),
        ("q.offences.max", 10.into(), None, &["GHA", "IND", "KEN", "NGA"]),
        ("q.offences.total", 24.into(), None, &["GHA", "IND", "KEN", "NGA"]),
        // Question 7: FRA left it unanswered.
        ("q.impl6.choice.yes", 2.into(), Some(40), &["KEN", "NGA"]),
        ("q.impl6.unanswered", 1.into(), Some(20), &["FRA"]),
        // Technical assistance: GHA, IND and FRA asked; training GHA IND, data GHA FRA.
        ("ta.any", 3.into(), Some(60), &["FRA", "GHA", "IND"]),
        ("ta.kind.training", 2.into(), Some(40), &["GHA", "IND"]),
        ("ta.kind.data", 2.into(), Some(40), &["FRA", "GHA"]),
        // Implemented: 2 of 5 answers to question 2, 2 of 4 to question 7: 4 of 9 = 44.4 %.
        ("implementation.all", 4.into(), Some(44), &["FRA", "GHA", "IND", "KEN", "NGA"]),
        ("implementation.mandatory", 2.into(), Some(40), &["FRA", "GHA", "IND", "KEN", "NGA"]),
        ("implementation.shall_consider", 2.into(), Some(50), &["GHA", "IND", "KEN", "NGA"]),
    ];
    for (id, value, per_cent, states) in expected {
        let figure = f.get(*id).unwrap_or_else(|| panic!("{id} missing from figures.json"));
        assert_eq!(&figure["value"], value, "{id}");
        assert_eq!(figure["per_cent"].as_u64(), *per_cent, "{id}");
        let listed: Vec<&str> = figure["states"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
        assert_eq!(listed, *states, "{id}");
        assert!(!figure["counts"].as_str().unwrap().is_empty(), "{id} says what it counts");
    }
    assert_eq!(f["implementation.all"]["denominator"], 9);
    // The personal question (publish = no) is counted nowhere.
    assert!(!f.keys().any(|id| id.contains("focal_point")), "the focal point's name is personal data");

    // The same figures in the English and the French PDF, as each language writes them.
    let en = fold(&pdf_text(&out.join("documents/CTOC-COP-2026-9.en.pdf")));
    for expected in [
        "As at 29 July 2026, three of the 5 States parties to the Trafficking in Persons Protocol (60 per cent) had replied",
        "Replies were also received from one signatory State and from one State that is neither",
        "One reply received after 29 July 2026 is not included.",
        "two (40 per cent) answered “Yes”, one (20 per cent) “Partly” and two (40 per cent) “No”",
        // The explanations of "No" and of "Partly" apart (question 3 follows question 2).
        "Of the three States to which question 3 applied, two (two thirds) answered it: not the one that had answered “Partly” to question 2 and both that had answered “No”.",
        "In reply to question 8, one State gave a figure",
        "gave a date: 15 March 2020.",
        "the median was 5.5, the figures ranged from 3 to 10 and their total was 24",
        "Under article 5, paragraph 1, of the Trafficking in Persons Protocol",
        "Of the five States that replied, three (60 per cent) requested technical assistance",
        "Over all provisions, 44 per cent of the answers reported a provision as implemented",
        "The replies are few.",
    ] {
        assert!(en.contains(expected), "{expected:?} missing from the English report:\n{en}");
    }
    let fr = fold(&pdf_text(&out.join("documents/CTOC-COP-2026-9.fr.pdf")));
    for expected in [
        "Au 29 juillet 2026, trois des 5 États parties au Protocole relatif à la traite des personnes (60 %) avaient répondu",
        "deux (40 %) ont répondu « Oui », un (20 %) « En partie » et deux (40 %) « Non »",
        "la médiane était de 5,5, les chiffres allaient de 3 à 10 et leur total était de 24",
        // One State or two said in words, never "la totalité des 1".
        "pas celui qui avait répondu « En partie » à la question 2 et les deux qui avaient répondu « Non »",
        "Les réponses sont peu nombreuses.",
    ] {
        assert!(squeeze(&fr).contains(&squeeze(expected)), "{expected:?} missing from the French report:\n{fr}");
    }
    // The paragraph numbers are the same in every language version.
    for (text, needle) in [(&en, "14. Of the five States to which question 2 applied"), (&fr, "14. Sur les cinq États auxquels la question 2 s’appliquait")]
    {
        assert!(text.contains(needle), "{needle:?} missing:\n{text}");
    }
    // Annex I lists the respondents, the signatory and the non-party marked.
    assert!(en.contains("Nigeria*") && en.contains("France**"), "{en}");
    let manifest = manifest(&out);
    let report = manifest["documents"].as_array().unwrap().iter().find(|d| d["path"] == "documents/CTOC-COP-2026-9.ar.pdf").unwrap();
    assert_eq!(report["kind"], "analytical-report");
    assert_eq!(report["form_id"], "mini_2026");
    assert_eq!(report["figures"], "documents/CTOC-COP-2026-9.figures.json");
}

#[test]
fn the_arabic_report_is_right_to_left_with_arabic_numbering_and_names_in_arabic_order() {
    let tmp = tempfile::tempdir().unwrap();
    let out = build_fixture(tmp.path());
    let ar = pdf_text(&out.join("documents/CTOC-COP-2026-9.ar.pdf"));
    // pdf-extract gives right-to-left text in visual order: compare letters without spaces,
    // reversed, for Arabic words.
    let visual = |word: &str| word.chars().rev().collect::<String>();
    for word in ["مقدمة", "الولاية", "المرفق", "كينيا"] {
        assert!(ar.contains(&visual(word)) || ar.contains(word), "{word} missing from the Arabic report");
    }
    // Chapters are numbered in words and sections by letter names.
    assert!(ar.contains(&visual("أولا")) || ar.contains("أولا"), "chapter I is أولا");
    assert!(ar.contains(&visual("ألف")) || ar.contains("ألف"), "section A is ألف");
    // "29 تموز/يوليه 2026": each word of the month reversed in visual order.
    assert!(ar.contains(&visual("تموز")) && ar.contains(&visual("يوليه")), "the Arabic month name");
    assert!(!ar.contains("none"), "a selector key leaked into the text");
}

#[test]
fn a_report_with_no_replies_builds_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let out = build_fixture(tmp.path());
    let en = fold(&pdf_text(&out.join("documents/CTOC-COP-2026-10.en.pdf")));
    assert!(en.contains("As at 29 July 2026, no State had replied to the questionnaire."), "{en}");
    assert_eq!(figures(&out, "CTOC-COP-2026-10")["replies.respondents"]["value"], 0);
}

#[test]
fn a_report_whose_questionnaire_did_not_load_is_not_built_and_the_rest_is() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("report");
    copy_dir(Path::new(FIXTURE), &inputs);
    let form = std::fs::read_to_string(inputs.join("questionnaires/empty.md")).unwrap();
    std::fs::write(inputs.join("questionnaires/empty.md"), form.replace("select_one yes_no ", "select_one yes_nope ")).unwrap();
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
    assert!(stderr(&run).contains("the questionnaire \"empty_2026\" did not load"), "{}", stderr(&run));
    assert!(!tmp.path().join("out/documents/CTOC-COP-2026-10.en.pdf").exists());
    assert!(tmp.path().join("out/documents/CTOC-COP-2026-9.en.pdf").is_file());
    assert_eq!(manifest(&tmp.path().join("out"))["failed"][0]["symbol"], "CTOC/COP/2026/10");
}

#[test]
fn palermo_report_builds_one_language_to_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("report");
    copy_dir(Path::new(FIXTURE), &inputs);
    let run = palermo(tmp.path(), &["report", "mini_2026", "--inputs", inputs.to_str().unwrap(), "--lang", "fr", "-o", "mini.fr.pdf"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(tmp.path().join("mini.fr.pdf").is_file() && tmp.path().join("mini.fr.figures.json").is_file());
    let unknown = palermo(tmp.path(), &["report", "mini2026", "--inputs", inputs.to_str().unwrap()]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("did you mean mini_2026?"), "{}", stderr(&unknown));
}
