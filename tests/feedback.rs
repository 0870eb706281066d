//! Feedback letters word every problem a State can receive in the State's language, from the
//! catalogs: the values it wrote quoted as written, the question by its number and words, no
//! English sentence, JSON path or file of the secretariat's, and escapes mentioned only when one
//! is shown. Every problem a reply can have has a kind, so that a letter can word it.

mod common;

use std::path::Path;

use common::{copy_sample, fold, palermo, pdf_text, stderr};

/// Replies of Kenya (English), Mexico (Spanish) and France (French) to the Trafficking in
/// Persons questionnaire, each with a value its form refuses, added to a copy of the sample.
fn conference_with_bad_replies(dir: &Path) -> std::path::PathBuf {
    let inputs = copy_sample(dir, "inputs");
    let replies = serde_json::json!([
        { "state": "KEN", "submitted": "2026-07-25", "answers": { "focal_point": "Officer", "tip5_implemented": "yes", "tip5_legislation": "Penal Code", "tip5_offences": -1 } },
        { "state": "MEX", "submitted": "2026-07-25", "answers": { "focal_point": "Oficial", "tip5_implemented": "yes", "tip5_legislation": "Código Penal", "tip5_offences": 99999999999i64 } },
        { "state": "FRA", "submitted": "2026-07-25", "answers": { "focal_point": "Agent", "tip5_implemented": "yes", "tip5_legislation": "Code pénal", "tip5_offences": "12\u{202E}3" } },
    ]);
    std::fs::write(inputs.join("submissions/tip_2026/late-replies.json"), serde_json::to_vec_pretty(&replies).unwrap()).unwrap();
    inputs
}

fn letter(dir: &Path, inputs: &Path, state: &str, lang: &str) -> String {
    let run = palermo(dir, &["feedback", state, "--inputs", inputs.to_str().unwrap(), "--out", "letters"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    fold(&pdf_text(&dir.join(format!("letters/feedback/{state}.{lang}.pdf"))))
}

#[test]
fn a_refused_value_is_quoted_in_the_states_language_with_the_forms_own_message() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = conference_with_bad_replies(tmp.path());
    let kenya = letter(tmp.path(), &inputs, "KEN", "en");
    assert!(kenya.contains("The answer “-1” is not accepted: The number cannot be negative."), "{kenya}");
    assert!(kenya.contains("Accepted only if the answer is at least 0."), "{kenya}");
    let mexico = letter(tmp.path(), &inputs, "MEX", "es");
    // A figure beyond the range of a whole number: worded in Spanish, the figure as written.
    assert!(mexico.contains("“99999999999” está fuera de los límites que puede tener aquí un número entero."), "{mexico}");
    assert!(mexico.contains("Sírvase escribir un número entero entre -2.147.483.648 y 2.147.483.647."), "{mexico}");
    for english in ["outside the range", "answers.tip5", "[2]", "\\u{", "question 7 (", "escape"] {
        assert!(!mexico.contains(english), "{english:?} in the Spanish letter:\n{mexico}");
    }
    // The question by its number and words, in the letter's language.
    assert!(mexico.contains("¿Cuántos delitos de trata de personas"), "{mexico}");
}

#[test]
fn escapes_are_mentioned_only_where_one_is_shown() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = conference_with_bad_replies(tmp.path());
    let france = letter(tmp.path(), &inputs, "FRA", "fr");
    assert!(france.contains("« 12\\u{202E}3 » n’est pas un nombre."), "{france}");
    assert!(france.contains("Les caractères invisibles sont indiqués sous la forme de codes \\u{…}."), "{france}");
    let kenya = letter(tmp.path(), &inputs, "KEN", "en");
    assert!(!kenya.contains("\\u{"), "{kenya}");
}

#[test]
fn every_problem_a_reply_can_have_has_a_kind_and_a_wording_in_every_language() {
    // The faulty conference has a reply with every kind of problem, and files that cannot be read.
    let faulty = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/faulty");
    let inputs = palermo::inputs::Inputs::read(&faulty).unwrap();
    let replies: Vec<&palermo::model::Diagnostic> = inputs.diagnostics.iter().filter(|d| d.file.contains("/submissions/")).collect();
    assert!(replies.len() > 20, "{replies:#?}");
    for d in replies {
        assert!(d.problem.is_some(), "a problem of a reply without a kind: {d}");
    }
    let catalogs = palermo::i18n::Catalogs::builtin();
    for kind in palermo::model::ProblemKind::ALL {
        for lang in palermo::lang::Lang::ALL {
            for id in [format!("letter-problem-{}", kind.id()), format!("letter-fix-{}", kind.id())] {
                assert!(catalogs.defines(lang, &id), "{lang} has no message {id}");
            }
        }
    }
}
