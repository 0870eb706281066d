//! The analysts' text in the reports: `analysis/<form>/<lang>.md` woven into the report after the
//! part each heading names, its figure references filled in from the report's own figures in the
//! report's language; a wrong reference stops that report alone with `file:line`; a missing
//! language prints the English, marked; and translators' XLIFF 2.0 files go out and come back.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{copy_sample, fold, palermo, pdf_text, stderr};

/// The figures of the report on tip_2026, by id: value and denominator.
fn figures(out: &Path) -> BTreeMap<String, (u64, u64)> {
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("documents/CTOC-COP-2026-4.figures.json")).unwrap()).unwrap();
    file["figures"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| Some((f["id"].as_str()?.to_string(), (f["value"].as_u64()?, f["denominator"].as_u64().unwrap_or(0)))))
        .collect()
}

#[test]
fn the_analysts_text_follows_its_part_with_every_figure_filled_in_as_the_language_writes_it() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "conference");
    for lang in ["en", "ar"] {
        let run = palermo(tmp.path(), &["report", "tip_2026", "--lang", lang, "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
        assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    }
    let out = tmp.path().join("out");
    let figures = figures(&out);
    let (african, african_parties) = figures["replies.group.african.responded"];
    let (eastern_no, _) = figures["q.tip5_implemented.group.eastern-european.choice.no"];
    let (equipment, _) = figures["ta.kind.equipment"];
    assert_eq!(eastern_no, 2, "the sample's figure the text writes in words");

    let en = fold(&pdf_text(&out.join("documents/CTOC-COP-2026-4.en.pdf")));
    assert!(
        en.contains(&format!("The replies cover every regional group, but unevenly: {african} of the {african_parties} African States parties replied")),
        "{en}"
    );
    assert!(en.contains("and only two Eastern European States answered “No”"), "a count under ten in words: {en}");
    assert!(en.contains(&format!("Equipment was the kind most often sought ({equipment} States, or")), "{en}");
    assert!(en.contains("As Cuba explained:"), "{en}");
    assert!(en.contains("Translation by the Secretariat; the reply was received in Spanish."), "the footnote's text: {en}");
    // After the generated text of its part: the replies' paragraph follows the response rates,
    // the conclusions follow the Conference's own.
    let rates = en.find("The response rate of States parties ranged from").unwrap();
    let analysts = en.find("The replies cover every regional group").unwrap();
    let overview = en.find("Table 2 shows, for each provision").unwrap();
    assert!(rates < analysts && analysts < overview, "the analysts' paragraph sits at the end of the replies' section");
    assert!(en.find("The replies show that most States have criminalized").unwrap() > en.find("VI. Concluding remarks").unwrap());
    // Nothing an analyst writes is code: the Markdown's list is a list, no markup leaks.
    assert!(!en.contains("{{") && !en.contains("##") && !en.contains("[^"), "{en}");

    // Arabic: the same figures, in the Arabic sentence; Cuba by its Arabic name. (Text taken
    // out of a PDF comes in visual order for right-to-left runs: the Typst source is checked.)
    let inputs = palermo::inputs::Inputs::read(&inputs).unwrap();
    let spec = inputs.conference.documents.iter().find(|d| d.symbol == "CTOC/COP/2026/4").unwrap();
    let (plan, _) = palermo::documents::plan_entry(spec, &inputs).unwrap();
    let arabic = plan.iter().find(|p| p.version.lang == palermo::lang::Lang::Ar).unwrap();
    let renderer = palermo::cmd::renderer(None, Path::new(common::SAMPLE)).unwrap();
    let source = palermo::executor::render(arabic, &inputs, &renderer).unwrap().main.text;
    assert!(source.contains(&format!("فقد ردت {african} دولة من أصل {african_parties} دولة أفريقية طرفا في البروتوكول")), "{source}");
    assert!(source.contains("وكما أوضحت كوبا"), "{source}");
    assert!(source.contains(&format!("({equipment} دولة، أي ")), "{source}");
    // And the page carries it: the PDF's Arabic words, whatever their order.
    let ar = pdf_text(&out.join("documents/CTOC-COP-2026-4.ar.pdf"));
    assert!(ar.contains(&"كوبا".chars().rev().collect::<String>()) || ar.contains("كوبا"), "Cuba's Arabic name on the page");
}

#[test]
fn a_wrong_reference_stops_its_report_alone_and_a_missing_language_prints_the_english_marked() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "conference");
    let folder = inputs.join("analysis/tip_2026");
    let en = std::fs::read_to_string(folder.join("en.md")).unwrap();
    let line = en.lines().position(|l| l.contains("ta.kind.equipment")).unwrap() + 1;
    std::fs::write(folder.join("en.md"), en.replacen("fig(\"ta.kind.equipment\")", "fig(\"ta.kind.equipmnt\")", 1)).unwrap();
    let es = std::fs::read_to_string(folder.join("es.md")).unwrap();
    let heading = es.lines().position(|l| l == "## art6").unwrap() + 1;
    std::fs::write(folder.join("es.md"), es.replace("## art6", "## art66")).unwrap();
    std::fs::remove_file(folder.join("ru.md")).unwrap();

    let run = palermo(tmp.path(), &["report", "tip_2026", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    let err = stderr(&run);
    assert_eq!(run.status.code(), Some(2), "{err}");
    assert!(err.contains(&format!("analysis/tip_2026/en.md:{line}: unknown figure \"ta.kind.equipmnt\"; did you mean \"ta.kind.equipment\"?")), "{err}");
    assert!(err.contains(&format!("analysis/tip_2026/es.md:{heading}: ## \"art66\" names no part of the report; did you mean \"art6\"?")), "{err}");
    // The missing Russian text is said once, with what to do.
    assert_eq!(err.matches("no analysts' text in ru").count(), 1, "{err}");
    assert!(err.contains("palermo translate export tip_2026 --lang ru"), "{err}");

    let documents = tmp.path().join("out/documents");
    // Russian prints the English text, so the English error stops it too; the others are built.
    for lang in ["en", "es", "ru"] {
        assert!(!documents.join(format!("CTOC-COP-2026-4.{lang}.pdf")).exists(), "{lang} is not built");
    }
    for lang in ["fr", "zh", "ar"] {
        assert!(documents.join(format!("CTOC-COP-2026-4.{lang}.pdf")).is_file(), "{lang} is built");
    }

    // The English corrected, Russian falls back on it, marked as untranslated.
    std::fs::write(folder.join("en.md"), en).unwrap();
    let run = palermo(tmp.path(), &["report", "tip_2026", "--lang", "ru", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let ru = fold(&pdf_text(&documents.join("CTOC-COP-2026-4.ru.pdf")));
    assert!(ru.contains("[Следующий текст пока не переведен на русский язык; он приводится на английском языке.]"), "{ru}");
    assert!(ru.contains("The replies cover every regional group, but unevenly:"), "{ru}");
    assert_eq!(ru.matches("пока не переведен").count(), 1, "said once in the document");
}

/// Replaces the target of `unit` in an XLIFF file by `text` (which may hold the unit's `<ph/>`s).
fn set_target(xliff: &str, unit: &str, text: &str) -> String {
    let start = xliff.find(&format!("<unit id=\"{unit}\"")).unwrap_or_else(|| panic!("no unit {unit}"));
    let open = start + xliff[start..].find("<target").unwrap();
    let body = open + xliff[open..].find('>').unwrap() + 1;
    let close = body + xliff[body..].find("</target>").unwrap();
    format!("{}{text}{}", &xliff[..body], &xliff[close..])
}

#[test]
fn translators_get_xliff_and_their_work_comes_back_into_the_report() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "conference");
    let dir = inputs.to_str().unwrap();
    let run = palermo(tmp.path(), &["translate", "export", "tip_2026", "--lang", "fr", "--inputs", dir, "-o", "tip.fr.xlf"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let xliff = std::fs::read_to_string(tmp.path().join("tip.fr.xlf")).unwrap();
    // XLIFF 2.0, references protected and shown with what they print.
    assert!(xliff.contains("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">"));
    assert!(xliff.contains("<data id=\"d1\">{{ fig(\"replies.group.african.responded\") }}</data>"), "{xliff}");
    assert!(xliff.contains("<source>The replies cover every regional group, but unevenly: <ph id=\"1\" dataRef=\"d1\" disp=\"24\"/>"), "{xliff}");
    assert!(xliff.contains("<unit id=\"report-text-compilation\""), "the catalogs' phrases");
    assert!(xliff.contains("<ph id=\"1\" dataRef=\"d1\" disp=\"$symbol\"/>"), "a placeable is protected");

    // The translator rewrites a paragraph (moving the placeholders) and a phrase, and breaks another.
    let paragraph = "Toutes les régions ont répondu, inégalement : <ph id=\"2\" dataRef=\"d2\" disp=\"51\"/> États d'Afrique parties, dont <ph id=\"1\" dataRef=\"d1\" disp=\"24\"/> ont répondu ; <ph id=\"4\" dataRef=\"d4\" disp=\"22\"/> d'Europe orientale, dont <ph id=\"3\" dataRef=\"d3\" disp=\"18\"/>.";
    let xliff = set_target(&xliff, "a1", paragraph);
    let xliff = set_target(
        &xliff,
        "report-text-compilation",
        "Le texte intégral des réponses figure dans la compilation (<ph id=\"1\" dataRef=\"d1\" disp=\"$symbol\"/>).",
    );
    let xliff = set_target(&xliff, "report-author", "Rapport { $oops");
    std::fs::write(tmp.path().join("tip.fr.xlf"), xliff).unwrap();

    let run = palermo(tmp.path(), &["translate", "import", "tip.fr.xlf", "--inputs", dir]);
    let err = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "the broken phrase is refused: {err}");
    assert!(err.contains("phrases: unit \"report-author\": not valid Fluent"), "{err}");
    assert!(err.contains("analysis/tip_2026/fr.md (the analysts' text, 14 units)"), "{err}");
    assert!(err.contains("templates/messages/fr.ftl (1 phrases changed)"), "{err}");
    let fr = std::fs::read_to_string(inputs.join("analysis/tip_2026/fr.md")).unwrap();
    assert!(fr.starts_with("## replies\n\nToutes les régions ont répondu, inégalement : {{ fig(\"replies.group.african.responded\", \"of\") }} États d'Afrique parties, dont {{ fig(\"replies.group.african.responded\") }} ont répondu"), "{fr}");
    assert!(fr.contains("\n## art5\n"), "the English frame is kept: {fr}");

    // Exported again, the file carries the translation as it now stands: nothing to import.
    let run = palermo(tmp.path(), &["translate", "export", "tip_2026", "--lang", "fr", "--inputs", dir, "-o", "again.xlf"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(stderr(&run).contains("14 units of the analysts' text (14 translated)"), "{}", stderr(&run));
    let again = std::fs::read_to_string(tmp.path().join("again.xlf")).unwrap();
    assert!(again.contains("Le texte intégral des réponses figure dans la compilation (<ph"), "the conference's phrase is the one in force");

    // The French report prints both, figures filled in.
    let run = palermo(tmp.path(), &["report", "tip_2026", "--lang", "fr", "--inputs", dir, "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let text = fold(&pdf_text(&tmp.path().join("out/documents/CTOC-COP-2026-4.fr.pdf")));
    assert!(
        text.contains("Toutes les régions ont répondu, inégalement : 51 États d’Afrique parties, dont 24 ont répondu ; 22 d’Europe orientale, dont 18."),
        "{text}"
    );
    assert!(text.contains("Le texte intégral des réponses figure dans la compilation (CTOC/COP/2026/CRP.2)."), "{text}");
}

#[test]
fn an_import_refuses_a_translation_of_an_english_text_that_has_changed() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "conference");
    let dir = inputs.to_str().unwrap();
    let run = palermo(tmp.path(), &["translate", "export", "tip_2026", "--lang", "zh", "--inputs", dir, "-o", "tip.zh.xlf"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let before = std::fs::read_to_string(inputs.join("analysis/tip_2026/zh.md")).unwrap();
    let en = inputs.join("analysis/tip_2026/en.md");
    std::fs::write(&en, std::fs::read_to_string(&en).unwrap().replace("lag behind", "remain behind")).unwrap();
    let run = palermo(tmp.path(), &["translate", "import", "tip.zh.xlf", "--inputs", dir]);
    let err = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert!(err.contains("(## conclusions): the English text has changed since the export; export the file again"), "{err}");
    assert_eq!(std::fs::read_to_string(inputs.join("analysis/tip_2026/zh.md")).unwrap(), before, "nothing half-written");
}
