//! `palermo build` on the sample conference, end to end: exit code, PDFs a reader can read,
//! manifest, reproducibility, accessibility and archival claims.

mod common;

use common::*;

#[test]
fn builds_the_sample_conference_into_readable_un_documents() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));

    let pdf = tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf");
    let text = fold(&pdf_text(&pdf));
    for expected in [
        "United Nations",
        "CTOC/COP/2026/INF/1",
        "Distr.: General",
        "29 July 2026",
        "Original: English",
        "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
        "Thirteenth session",
        "Vienna, 12-16 October 2026",
        "Item 2 of the provisional agenda",
        "Organizational matters",
        "Note by the Secretariat",
        "I. Introduction",
        "A. African States",
        "E. Western European and other States",
        "Figure I",
        "V.26-04512 (E) 290726 300726",
        "*2604512*",
        "CTOC/COP/2026/1.",
        "Côte d’Ivoire",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from the PDF text:\n{text}");
    }
    // The sample's totals, as the figures in the text (Convention 192 parties among 193 States).
    assert!(text.contains("the Convention had 192 parties"), "{text}");
    assert!(text.contains("the Firearms Protocol 123"), "{text}");

    let manifest = manifest(&tmp.path().join("out"));
    let documents = manifest["documents"].as_array().unwrap();
    // The information document and the four analytical reports, each in the six languages, and
    // a country profile of each of the 193 States in English and of the 75 whose language is
    // another in that language.
    let kinds = |kind: &str| documents.iter().filter(|d| d["kind"] == kind).count();
    assert_eq!(kinds("states-by-group") + kinds("analytical-report"), 30);
    assert_eq!(kinds("country-profile"), 193 + 75);
    // The four questionnaires printed in their six languages, each with its layout map.
    assert_eq!(kinds("questionnaire"), 4 * 6);
    let tip = documents.iter().find(|d| d["path"] == "questionnaires/tip_2026.ar.pdf").expect("the Arabic TIP questionnaire");
    assert_eq!(tip["form_id"], "tip_2026");
    assert!(tmp.path().join("out/questionnaires/tip_2026.ar.layout.json").is_file());
    assert!(documents.iter().any(|d| d["path"] == "profiles/DZA.ar.pdf" && d["state"] == "DZA"));
    let doc = documents.iter().find(|d| d["path"] == "documents/CTOC-COP-2026-INF-1.en.pdf").unwrap();
    assert_eq!(doc["language"], "en");
    assert_eq!(doc["kind"], "states-by-group");
    assert!(doc["pages"].as_u64().unwrap() >= 4);
    let bytes = std::fs::read(&pdf).unwrap();
    assert_eq!(doc["sha256"], palermo::output::sha256_hex(&bytes));
    let inputs: Vec<&str> = manifest["inputs"].as_array().unwrap().iter().map(|i| i["path"].as_str().unwrap()).collect();
    assert_eq!(inputs[..2], ["conference.toml", "states.csv"]);
    for form in ["questionnaires/fa.xlsx", "questionnaires/som.xlsx", "questionnaires/tip.xlsx", "questionnaires/untoc.xlsx"] {
        let entry = manifest["inputs"].as_array().unwrap().iter().find(|i| i["path"] == form).unwrap_or_else(|| panic!("{form} not in the manifest"));
        assert_eq!(entry["status"], "accepted");
        assert_eq!(entry["kind"], "questionnaire");
    }
    assert!(tmp.path().join("out/validation.json").is_file());
}

#[test]
fn same_inputs_give_the_same_bytes_in_any_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let a = copy_sample(tmp.path(), "a/inputs");
    let b = copy_sample(tmp.path(), "elsewhere/deeper/inputs");
    let run_a = palermo(tmp.path(), &["build", "--inputs", a.to_str().unwrap(), "--out", "out-a", "--jobs", "1"]);
    let run_b = palermo(&tmp.path().join("elsewhere"), &["build", "--inputs", b.to_str().unwrap(), "--out", "out-b", "--jobs", "2"]);
    assert_eq!(run_a.status.code(), Some(0), "{}", stderr(&run_a));
    assert_eq!(run_b.status.code(), Some(0), "{}", stderr(&run_b));
    let pdf = "documents/CTOC-COP-2026-INF-1.en.pdf";
    let bytes_a = std::fs::read(tmp.path().join("out-a").join(pdf)).unwrap();
    let bytes_b = std::fs::read(tmp.path().join("elsewhere/out-b").join(pdf)).unwrap();
    assert!(bytes_a == bytes_b, "the two builds differ");
    assert_eq!(std::fs::read(tmp.path().join("out-a/manifest.json")).unwrap(), std::fs::read(tmp.path().join("elsewhere/out-b/manifest.json")).unwrap());
}

#[test]
fn pdfs_are_tagged_archival_and_carry_their_metadata() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    only_information_document(&inputs);
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let pdf = lopdf::Document::load(tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf")).unwrap();
    let catalog = pdf.catalog().unwrap();
    assert!(catalog.get(b"StructTreeRoot").is_ok(), "not tagged");
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"en");
    let metadata = catalog.get(b"Metadata").and_then(|m| m.as_reference()).unwrap();
    let xmp = pdf.get_object(metadata).unwrap().as_stream().unwrap();
    let xmp = String::from_utf8_lossy(&xmp.content);
    assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), "{xmp}");
    assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "{xmp}");
    assert!(xmp.contains("States Members of the United Nations by regional group"), "title missing: {xmp}");
    assert!(xmp.contains("United Nations"), "author missing: {xmp}");
    assert!(xmp.contains("2026-07-29"), "date missing: {xmp}");
    // The chart's alternative text, written from its data, is in the structure tree.
    let raw = std::fs::read(tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf")).unwrap();
    let has_alt = pdf.objects.values().any(|o| {
        o.as_dict().ok().and_then(|d| d.get(b"Alt").ok()).and_then(|a| a.as_str().ok()).is_some_and(|a| {
            let a = String::from_utf8_lossy(a);
            a.contains("African States, 54") && a.contains("Western European and other States, 29")
        })
    });
    assert!(has_alt || String::from_utf8_lossy(&raw).contains("African States, 54"), "no alt text from the chart's data");
}

#[test]
fn pdf_standard_can_be_changed_and_bad_values_are_usage_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    only_information_document(&inputs);
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out", "--pdf-standard", "a-3b"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let raw = std::fs::read(tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf")).unwrap();
    let raw = String::from_utf8_lossy(&raw);
    assert!(raw.contains("<pdfaid:part>3</pdfaid:part>"));
    assert!(!raw.contains("pdfuaid"));

    let bad = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out", "--pdf-standard", "a-9z"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("invalid value 'a-9z' for '--pdf-standard <LIST>'") && stderr(&bad).contains("a-2b"), "{}", stderr(&bad));
}

#[test]
fn missing_conference_is_a_fatal_error_naming_the_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let run = palermo(tmp.path(), &["build", "--inputs", "nowhere"]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("nowhere has no conference.toml"), "{}", stderr(&run));
}

#[test]
fn a_broken_conference_file_reports_its_cause_chain() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    let path = inputs.join("conference.toml");
    let text = std::fs::read_to_string(&path).unwrap().replace("opens = 2026-10-12", "opens = 2026-13-12");
    std::fs::write(&path, text).unwrap();
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    let err = stderr(&run);
    assert!(err.contains("conference.toml is not a valid conference file"), "{err}");
    assert!(err.contains("caused by:"), "{err}");
}

#[test]
fn a_broken_questionnaire_is_rejected_in_the_manifest_and_the_rest_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    only_information_document(&inputs);
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/forms/mistakes.md"), inputs.join("questionnaires/mistakes.md")).unwrap();
    std::fs::write(inputs.join("questionnaires/notes.xlsx"), b"not really a workbook").unwrap();
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert!(tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf").is_file());
    let manifest = manifest(&tmp.path().join("out"));
    let status = |path: &str| manifest["inputs"].as_array().unwrap().iter().find(|i| i["path"] == path).map(|i| i["status"].clone());
    assert_eq!(status("questionnaires/mistakes.md"), Some("rejected".into()));
    assert_eq!(status("questionnaires/notes.xlsx"), Some("rejected".into()));
    assert_eq!(status("questionnaires/tip.xlsx"), Some("accepted".into()));
    assert!(stderr(&run).contains("notes.xlsx: error: the file is not a .xlsx workbook"), "{}", stderr(&run));
}

#[test]
fn rejected_state_rows_exit_1_and_documents_are_still_built() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    only_information_document(&inputs);
    let path = inputs.join("states.csv");
    let text = std::fs::read_to_string(&path).unwrap().replacen("African States", "Africa", 1);
    std::fs::write(&path, text).unwrap();
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert!(stderr(&run).contains("unknown regional group \"Africa\""), "{}", stderr(&run));
    assert!(tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf").is_file());
    let manifest = manifest(&tmp.path().join("out"));
    assert_eq!(manifest["inputs"][1]["status"], "partial");
    let validation: serde_json::Value = serde_json::from_slice(&std::fs::read(tmp.path().join("out/validation.json")).unwrap()).unwrap();
    assert_eq!(validation[0]["severity"], "error");
    assert_eq!(validation[0]["cell"], "J4"); // Algeria, the first African State in the file
}

#[test]
fn the_french_and_spanish_versions_have_their_own_mastheads_and_job_numbers() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    only_information_document(&inputs);
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let fr = fold(&pdf_text(&tmp.path().join("out/documents/CTOC-COP-2026-INF-1.fr.pdf")));
    for expected in [
        "Nations Unies",
        "CTOC/COP/2026/INF/1",
        "Distr. générale",
        "29 juillet 2026",
        "Français",
        "Original : anglais",
        "Treizième session",
        "Vienne, 12-16 octobre 2026",
        "Point 2 de l’ordre du jour provisoire",
        "Questions d’organisation",
        "Note du Secrétariat",
        "la Convention comptait 192 parties",
        "Figure I",
        "Tableau 1",
        "V.26-04513 (F)",
        "*2604513*",
        "Merci de recycler",
    ] {
        assert!(fr.contains(expected), "{expected:?} missing from the French version:\n{fr}");
    }
    let es = fold(&pdf_text(&tmp.path().join("out/documents/CTOC-COP-2026-INF-1.es.pdf")));
    for expected in [
        "Naciones Unidas",
        "Distr. general",
        "29 de julio de 2026",
        "Español",
        "Original: inglés",
        "13er período de sesiones",
        "Viena, 12 a 16 de octubre de 2026",
        "Tema 2 del programa provisional",
        "Nota de la Secretaría",
        "Figura I",
        "Cuadro 1",
        "V.26-04514 (S)",
    ] {
        assert!(es.contains(expected), "{expected:?} missing from the Spanish version:\n{es}");
    }
    // The same paragraph numbers and figures in every version: paragraph 8 opens section E.
    let en = fold(&pdf_text(&tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf")));
    assert!(en.contains("8. The group of Western European and other States has 29 members"), "{en}");
    assert!(fr.contains("8. Le groupe des États d’Europe occidentale et autres États compte 29 membres"), "{fr}");
    assert!(es.contains("8. El grupo de Estados de Europa Occidental y otros Estados tiene 29 miembros"), "{es}");
    let manifest = manifest(&tmp.path().join("out"));
    let languages: Vec<&str> =
        manifest["documents"].as_array().unwrap().iter().filter(|d| d["kind"] == "states-by-group").map(|d| d["language"].as_str().unwrap()).collect();
    assert_eq!(languages, ["ar", "en", "es", "fr", "ru", "zh"]);
}

#[test]
fn a_translator_corrects_a_phrase_without_a_compiler_and_a_missing_one_prints_in_english() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    // Only the information document, in Russian and English.
    only_information_document(&inputs);
    let messages = inputs.join("templates/messages");
    std::fs::create_dir_all(&messages).unwrap();
    // The Russian catalog of the conference changes one phrase and lacks none; its English one
    // drops nothing but misspells an id, which is reported with a did-you-mean.
    std::fs::write(messages.join("ru.ftl"), "please-recycle = Пожалуйста, сдайте в макулатуру\n").unwrap();
    std::fs::write(messages.join("en.ftl"), "info-introducton = Intro\nplease-recycle = Please recycle this paper\n").unwrap();
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let ru = fold(&pdf_text(&tmp.path().join("out/documents/CTOC-COP-2026-INF-1.ru.pdf")));
    assert!(ru.contains("Пожалуйста, сдайте в макулатуру") && ru.contains("Тринадцатая сессия"), "{ru}");
    let en = fold(&pdf_text(&tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf")));
    assert!(en.contains("Please recycle this paper"), "{en}");
    assert!(stderr(&run).contains("unknown message \"info-introducton\"") && stderr(&run).contains("did you mean info-introduction?"), "{}", stderr(&run));
}

#[test]
fn a_message_missing_in_one_language_prints_in_english_and_is_reported_once() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    only_information_document(&inputs);
    // A template that asks for a message no catalog but the English one defines.
    let templates = inputs.join("templates");
    std::fs::create_dir_all(templates.join("messages")).unwrap();
    let info = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/info.typ.j2")).unwrap();
    std::fs::write(
        templates.join("info.typ.j2"),
        info.replace("= {{ t(\"info-introduction\") }}", "= {{ t(\"info-introduction\") }}\n\n#para[{{ t(\"info-extra\") }}]"),
    )
    .unwrap();
    std::fs::write(templates.join("messages/en.ftl"), "info-extra = An added paragraph.\n").unwrap();
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let fr = fold(&pdf_text(&tmp.path().join("out/documents/CTOC-COP-2026-INF-1.fr.pdf")));
    assert!(fr.contains("An added paragraph."), "the English text is printed: {fr}");
    let err = stderr(&run);
    assert_eq!(err.matches("templates/messages/fr.ftl: warning: no message \"info-extra\"").count(), 1, "{err}");
    assert!(err.contains("templates/messages/ar.ftl: warning: no message \"info-extra\""), "{err}");
}
