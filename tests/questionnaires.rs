//! XLSForm questionnaires: the sample forms load cleanly in their languages, a faulty form gets
//! every mistake listed at its place, pyxform's own corpus loads or is refused clearly, and
//! expressions read in plain words from the real forms.

mod common;

use std::path::Path;

use common::*;
use palermo::i18n::conditions::{Role, describe};
use palermo::load::xlsform;
use palermo::model::questionnaire::{QuestionKind, Questionnaire};
use palermo::model::{Instrument, treaty};

fn sample(name: &str) -> Questionnaire {
    let path = Path::new(SAMPLE).join("questionnaires").join(name);
    let loaded = xlsform::load(&path, name);
    assert!(loaded.diagnostics.is_empty(), "{name}: {:#?}", loaded.diagnostics);
    loaded.questionnaire.expect("loads")
}

#[test]
fn the_four_sample_questionnaires_load_without_a_warning() {
    for (file, instrument, languages) in [
        ("untoc.xlsx", Instrument::Untoc, &["en", "fr", "es", "ru", "zh", "ar"][..]),
        ("tip.xlsx", Instrument::Tip, &["en", "fr", "es", "ru", "zh", "ar"][..]),
        ("som.xlsx", Instrument::Som, &["en", "fr", "es", "ru", "zh", "ar"][..]),
        ("fa.xlsx", Instrument::Fa, &["en", "fr", "es", "ru", "zh", "ar"][..]),
    ] {
        let form = sample(file);
        assert_eq!(form.instrument, Some(instrument), "{file}");
        assert_eq!(form.languages, languages, "{file}");
        // The sections after the general one hold the articles, titled as the treaty titles them.
        let articles: Vec<_> = form.groups.iter().filter_map(|g| g.provision.as_ref().map(|p| (p.article, g))).collect();
        assert!(articles.len() >= 5, "{file}: {} article sections", articles.len());
        for (article, group) in articles {
            assert_eq!(group.label.get("en", "en"), treaty::article_title(instrument, article), "{file}: article {article}");
        }
        // Every article section has a yes/partly/no question with its two follow-ups and a
        // technical-assistance question.
        for (index, group) in form.groups.iter().enumerate().filter(|(_, g)| g.provision.is_some()) {
            let in_section: Vec<_> = form.questions.iter().filter(|q| q.group == Some(index)).collect();
            assert!(in_section.iter().any(|q| q.kind == QuestionKind::SelectOne("yes_partly_no".into())), "{}", group.name);
            assert!(in_section.iter().filter(|q| q.relevant.is_some()).count() >= 3, "{}", group.name);
            assert!(in_section.iter().any(|q| q.technical_assistance), "{}", group.name);
        }
        assert!(form.questions.iter().any(|q| q.kind == QuestionKind::Integer), "{file} has no numeric question");
        // Every label exists in every language of the form.
        for q in &form.questions {
            for lang in languages {
                assert!(q.label.has(lang), "{file}: {} has no {lang} label", q.name);
            }
        }
    }
}

#[test]
fn arabic_chinese_and_russian_are_real_translations() {
    let form = sample("tip.xlsx");
    let script = |text: &str, range: std::ops::RangeInclusive<char>| {
        text.chars().filter(|c| range.contains(c)).count() * 2 > text.chars().filter(|c| c.is_alphabetic()).count()
    };
    let mut texts: Vec<(&str, &palermo::model::questionnaire::Text)> = form.questions.iter().map(|q| (q.name.as_str(), &q.label)).collect();
    texts.extend(form.groups.iter().map(|g| (g.name.as_str(), &g.label)));
    texts.extend(form.choices.values().flatten().map(|c| (c.name.as_str(), &c.label)));
    for (name, text) in texts {
        let en = text.get("en", "en").unwrap();
        for (lang, range) in [("ru", '\u{0400}'..='\u{04FF}'), ("zh", '\u{4E00}'..='\u{9FFF}'), ("ar", '\u{0600}'..='\u{06FF}')] {
            let t = text.0.get(lang).unwrap_or_else(|| panic!("{name}: no {lang}"));
            assert_ne!(t, en, "{name}: the {lang} label is the English one");
            assert!(script(t, range), "{name}: the {lang} label {t:?} is not in its script");
        }
    }
    assert_eq!(form.title.0.len(), 6, "the title is translated into the six languages");
}

#[test]
fn conditions_of_the_real_forms_read_in_plain_words() {
    let form = sample("tip.xlsx");
    let explain = form.question("tip5_explain").unwrap();
    let relevant = &explain.relevant.as_ref().unwrap().expr;
    let number = form.question("tip5_implemented").unwrap().number.clone().unwrap();
    assert_eq!(number, "6", "five general questions come first");
    let p = |lang: &str| palermo::i18n::Catalogs::builtin().phrases(palermo::lang::Lang::parse(lang).unwrap());
    assert_eq!(describe(relevant, Role::Relevant, p("en"), &form), "Answer only if you answered “No” or “Partly” to question\u{a0}6.");
    assert_eq!(
        describe(relevant, Role::Relevant, p("fr"), &form),
        "Répondre seulement si vous avez répondu «\u{a0}Non\u{a0}» ou «\u{a0}En partie\u{a0}» à la question\u{a0}6."
    );
    assert_eq!(describe(relevant, Role::Relevant, p("zh"), &form), "仅在对问题6的回答为“否”或“部分”时作答。");
    assert_eq!(describe(relevant, Role::Relevant, p("ar"), &form), "أجب فقط إذا كانت إجابتك عن السؤال\u{a0}6 «لا» أو «جزئيا».");
    let offences = form.question("tip5_offences").unwrap();
    assert_eq!(describe(&offences.constraint.as_ref().unwrap().expr, Role::Constraint, p("es"), &form), "Solo se acepta si la respuesta es como mínimo 0.");
}

#[test]
fn every_mistake_of_a_form_is_listed_at_its_place() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/forms/mistakes.md");
    let loaded = xlsform::load(&path, "mistakes.md");
    assert!(loaded.questionnaire.is_none());
    let lines: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string().replace('\n', " | ")).collect();
    let expect = |needle: &str| {
        assert!(lines.iter().any(|l| l.contains(needle)), "no diagnostic contains {needle:?}:\n{}", lines.join("\n"));
    };
    expect("mistakes.md: survey!A3: error: unknown choice list \"yesno\" |   hint: did you mean \"yes_no\"?");
    expect("survey!E4: error: relevant: text not closed (character 9 of \"${q1} = 'no\")");
    expect("survey!E5: error: relevant: ${q11} (character 1) is not a question of this form |   hint: did you mean ${q1}?");
    expect("survey!H5: error: unknown obligation \"must\"");
    expect("survey!B6: error: the name \"q1\" is already used at row 3");
    expect("survey!E7: warning: relevant: ${q5} comes later in the form (row 8)");
    expect("survey!G7: error: article 99 does not exist: the Trafficking in Persons Protocol has 20 articles");
    expect("survey!F8: error: constraint: unknown function selectd() (character 1 of \"selectd(., 'x')\") |   hint: did you mean selected()?");
    expect("survey!A9: error: unknown question type \"intger\" |   hint: did you mean \"integer\"?");
    expect("error: circular dependency: c1 → c2 → c1");
    expect("survey!A13: error: end repeat without a matching begin");
    expect("survey!A14: error: group \"open\" is never closed");
    expect("survey!D5: warning: \"q3\" has no label in French");
    assert_eq!(loaded.errors(), 11, "{}", lines.join("\n"));
    // Listed in reading order: by sheet, then row, then column.
    let rows: Vec<usize> = loaded.diagnostics.iter().filter(|d| d.sheet.as_deref() == Some("survey")).filter_map(|d| d.row).collect();
    assert!(rows.windows(2).all(|w| w[0] <= w[1]), "{rows:?}");
}

/// The forms of pyxform's corpus palermo refuses, and why (the README lists the reasons).
/// Every other spreadsheet of the corpus must load.
const REFUSED: &[(&str, &str)] = &[
    // Not forms: a data file for pulldata(), and a workbook without a survey sheet.
    ("examples/fruits.csv", "no survey sheet"),
    ("examples/survey_no_name.xlsx", "no survey sheet"),
    // pyxform refuses these too.
    ("examples/gps.csv", "\"location\" has no label"),
    ("examples/unknown_question_type.xls", "unknown question type \"set form title\""),
    ("bugs/extra_columns.xls", "unknown question type \"party like it's 19999\""),
    ("bugs/calculate_without_calculation.xls", "has no calculation"),
    ("bugs/duplicate_columns.xlsx", "column \"label\" appears twice"),
    ("bugs/group_name_test.xls", "the begin group row has no name"),
    // `include` splices in another form; pyxform's xls2xform refuses it too.
    ("examples/include.csv", "\"include\" is not supported"),
    ("examples/include.md", "\"include\" is not supported"),
    ("examples/include.xls", "\"include\" is not supported"),
    ("examples/include.xlsx", "\"include\" is not supported"),
    ("examples/include_json.csv", "\"include\" is not supported"),
    ("examples/include_json.md", "\"include\" is not supported"),
    ("examples/include_json.xls", "\"include\" is not supported"),
    ("examples/include_json.xlsx", "\"include\" is not supported"),
    // Expressions ODK Validate refuses (pyxform converts them without validating).
    ("examples/bad_calc.xlsx", "text not closed"),
    ("bugs/bad_calc.xlsx", "text not closed"),
    ("bugs/UCL_Biomass_Plot_Form.xlsx", "unexpected character \"‘\""),
];

#[test]
fn pyxforms_corpus_loads_or_is_refused_clearly() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus/xlsform");
    let (mut checked, mut loads) = (0, 0);
    for dir in ["examples", "bugs", "."] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir)).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for path in files.into_iter().filter(|p| p.is_file()) {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if !["xls", "xlsx", "xlsm", "csv", "md"].contains(&ext) {
                continue;
            }
            let relative = path.strip_prefix(&root).unwrap().to_string_lossy().trim_start_matches("./").to_string();
            let loaded = xlsform::load(&path, &relative);
            checked += 1;
            match REFUSED.iter().find(|(file, _)| *file == relative) {
                None => {
                    assert!(
                        loaded.questionnaire.is_some(),
                        "{relative} must load: {:#?}",
                        loaded.diagnostics.iter().filter(|d| d.is_error()).collect::<Vec<_>>()
                    );
                    loads += 1;
                }
                Some((_, reason)) => {
                    assert!(loaded.questionnaire.is_none(), "{relative} must be refused ({reason})");
                    let errors: Vec<String> = loaded.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
                    assert!(errors.iter().any(|e| e.contains(reason)), "{relative}: refused, but not because {reason}: {errors:#?}");
                    let first = loaded.diagnostics.iter().find(|d| d.is_error()).expect("refused with an error");
                    assert!(first.hint.is_some(), "{relative}: {first} has no hint");
                    assert!(first.file == relative, "{relative}: diagnostic names {}", first.file);
                }
            }
        }
    }
    assert_eq!((loads, checked), (62, 81), "the README records 62 of 81");
}

#[test]
fn the_1048576_row_sheet_is_read_by_its_cells_only() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus/xlsform/bugs/UCL_Biomass_Plot_Form.xlsx");
    // Its sheets claim 1,048,576 rows; the workbook reader keeps only rows that hold cells.
    let book = palermo::load::workbook::read(&path).unwrap();
    assert!(book.sheets.iter().all(|s| s.rows.len() < 1_000), "{:?}", book.sheets.iter().map(|s| s.rows.len()).collect::<Vec<_>>());
    let loaded = xlsform::load(&path, "UCL_Biomass_Plot_Form.xlsx");
    // Its real mistakes are named: typographic quotes in an expression.
    assert!(loaded.diagnostics.iter().any(|d| d.hint.as_deref().is_some_and(|h| h.contains("typographic quotes"))), "{:#?}", loaded.diagnostics);
}

#[test]
fn palermo_check_lints_a_file_or_a_form_of_the_conference() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    let by_id = palermo(tmp.path(), &["check", "tip_2026", "--inputs", inputs.to_str().unwrap()]);
    assert_eq!(by_id.status.code(), Some(0), "{}", stderr(&by_id));
    // "article 5" is bound with a no-break space, as in the documents.
    let out = stdout(&by_id).replace('\u{a0}', " ");
    for expected in [
        "form tip_2026",
        "languages: en, fr, es, ru, zh, ar (default en)",
        "sections: 3",
        "    Criminalization and protection of victims: 15 question(s)",
        "      Criminalization (article 5): 7 question(s)",
        "obligations: mandatory 5, shall_consider 1",
        "technical assistance questions: 10",
        "warnings: 0",
    ] {
        assert!(out.contains(expected), "{expected:?} missing:\n{out}");
    }
    let by_path = palermo(tmp.path(), &["check", inputs.join("questionnaires/fa.xlsx").to_str().unwrap()]);
    assert_eq!(by_path.status.code(), Some(0));

    let faulty = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/forms/mistakes.md");
    let run = palermo(tmp.path(), &["check", faulty.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    assert!(stdout(&run).contains("did you mean \"yes_no\"?"), "{}", stdout(&run));
    let json = palermo(tmp.path(), &["check", faulty.to_str().unwrap(), "--json"]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(value["loads"], false);
    assert_eq!(value["diagnostics"][0]["sheet"], "survey");

    let missing = palermo(tmp.path(), &["check", "no_such_form", "--inputs", inputs.to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(2));
}
