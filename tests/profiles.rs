//! Country profiles: every answer of a State's counted reply appears, whatever its type, and
//! nothing personal; a State that sent nothing gets a one-page profile; the reporting history
//! says which reply counts, which was replaced and which could not be counted.

mod common;

use std::path::Path;

use common::*;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/report");

fn build(dir: &Path) -> std::path::PathBuf {
    let inputs = dir.join("report");
    copy_dir(Path::new(FIXTURE), &inputs);
    let run = palermo(dir, &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(1), "BRA's reply is rejected: {}", stderr(&run));
    dir.join("out")
}

#[test]
fn every_answer_of_the_counted_reply_appears_and_personal_data_does_not() {
    let tmp = tempfile::tempdir().unwrap();
    let out = build(tmp.path());
    let ghana = fold(&pdf_text(&out.join("profiles/GHA.en.pdf")));
    for expected in [
        "Country profile",
        "Ghana",
        "Regional group: African States",
        "Prepared by the Secretariat on the basis of information received from the State as at 29 July 2026.",
        "Trafficking in Persons Protocol Party 21 June 2015",
        "Trafficking in Persons Protocol Received on 10 May 2026.",
        "Smuggling of Migrants Protocol No reply received as at 29 July 2026.",
        // select_one, text (verbatim), integer, select_one, decimal (every decimal kept), date.
        "2 Is trafficking in persons a criminal offence? No",
        "3 If not, please explain. A bill is before Parliament.",
        "4 How many offences were recorded in 2025? 3",
        "7 Has your country considered measures for recovery? Partly",
        "8 What share of victims received assistance (per cent)? 12.5",
        "9 When was the law on assistance adopted? 15 March 2020",
        // select_multiple, in the assistance section with the yes/no answer.
        "Criminalization (article 5) Yes Training and Data collection",
        // The comparison: Ghana 0 of 2, the African States 4 of 6, all 4 of 9.
        "Trafficking in Persons Protocol 0% 67% 44%",
    ] {
        assert!(ghana.contains(expected), "{expected:?} missing from Ghana's profile:\n{ghana}");
    }
    assert!(!ghana.contains("B. Person"), "the focal point's name is personal data (publish = no)");
    // India left question 3 empty although it applied; question 3 did not apply to Kenya.
    let india = fold(&pdf_text(&out.join("profiles/IND.en.pdf")));
    assert!(india.contains("3 If not, please explain. No answer"), "{india}");
    let kenya = fold(&pdf_text(&out.join("profiles/KEN.en.pdf")));
    assert!(kenya.contains("Question 3 did not apply to this reply."), "{kenya}");
    assert!(kenya.contains("Received on 2 May 2026. It replaces an earlier reply, received on 1 April 2026."), "{kenya}");
    assert!(!kenya.contains("A. Person"), "{kenya}");
    let manifest = manifest(&out);
    let entry = manifest["documents"].as_array().unwrap().iter().find(|d| d["path"] == "profiles/GHA.en.pdf").unwrap();
    assert_eq!(entry["kind"], "country-profile");
    assert_eq!(entry["state"], "GHA");
}

#[test]
fn a_state_that_sent_nothing_gets_a_one_page_profile_and_a_rejected_reply_is_said_so() {
    let tmp = tempfile::tempdir().unwrap();
    let out = build(tmp.path());
    let poland = fold(&pdf_text(&out.join("profiles/POL.en.pdf")));
    assert!(poland.contains("Poland had not replied to the questionnaires as at 29 July 2026."), "{poland}");
    let manifest = manifest(&out);
    let pages = manifest["documents"].as_array().unwrap().iter().find(|d| d["path"] == "profiles/POL.en.pdf").unwrap()["pages"].clone();
    assert_eq!(pages, 1);
    let brazil = fold(&pdf_text(&out.join("profiles/BRA.en.pdf")));
    assert!(brazil.contains("A reply was received on 20 June 2026 but could not be counted yet."), "{brazil}");
    // Each State also has a profile in its own language (states.csv `language`): France's in French.
    let france = fold(&pdf_text(&out.join("profiles/FRA.fr.pdf")));
    assert!(france.contains("Profil de pays") && france.contains("Reçue le 1er juillet 2026."), "{france}");
}

#[test]
fn palermo_profile_builds_one_and_refuses_an_unknown_code_with_a_did_you_mean() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("report");
    copy_dir(Path::new(FIXTURE), &inputs);
    let run = palermo(tmp.path(), &["profile", "gha", "--inputs", inputs.to_str().unwrap(), "--lang", "fr", "-o", "ghana.pdf"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert!(fold(&pdf_text(&tmp.path().join("ghana.pdf"))).contains("Groupe régional"));
    let unknown = palermo(tmp.path(), &["profile", "GHN", "--inputs", inputs.to_str().unwrap()]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("GHN is not a State") && stderr(&unknown).contains("did you mean GHA?"), "{}", stderr(&unknown));
}

#[test]
fn a_character_no_bundled_font_has_is_an_error_naming_it_never_an_empty_box() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = tmp.path().join("report");
    copy_dir(Path::new(FIXTURE), &inputs);
    let states = std::fs::read_to_string(inputs.join("states.csv")).unwrap().replace("GHA,GH,288,Ghana,", "GHA,GH,288,Ghana ⵜⴰⵎⴰ,");
    std::fs::write(inputs.join("states.csv"), states).unwrap();
    // Even with no PDF standard claimed (which would have refused it), the box is not printed.
    let run = palermo(tmp.path(), &["profile", "GHA", "--inputs", inputs.to_str().unwrap(), "--lang", "en", "--pdf-standard", "none"]);
    assert_eq!(run.status.code(), Some(2));
    let err = stderr(&run);
    assert!(err.contains("profiles/GHA.en.pdf was not built") && err.contains("no bundled font has a glyph for \"ⵜ\" (U+2D5C)"), "{err}");
    assert!(!tmp.path().join("out/profiles/GHA.en.pdf").exists());
}
