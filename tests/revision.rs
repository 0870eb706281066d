//! A revised analytical report (`revision = 1`, `original_as_at`): its symbol ends /Rev.1, its title
//! takes the revised form, and its annex lists the States whose replies were added after the
//! original date — counted here by hand from `validate`'s list of every reply — in English, French
//! and Arabic; its figures file keeps the figures at both dates.

mod common;

use std::collections::BTreeSet;

use common::*;

const ORIGINAL_AS_AT: &str = "2026-05-31";

#[test]
fn a_revised_report_says_what_it_revises_and_which_replies_it_adds() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    let toml = inputs.join("conference.toml");
    let mut text = std::fs::read_to_string(&toml).unwrap();
    text.push_str(&format!(
        "\n[[documents]]\nkind = \"analytical-report\"\nform = \"tip_2026\"\nsymbol = \"CTOC/COP/2026/4\"\nrevision = 1\noriginal_as_at = {ORIGINAL_AS_AT}\n\
         agenda_item = \"3\"\ndate = 2026-08-20\njob_numbers = {{ en = \"V.26-04700\", fr = \"V.26-04701\", ar = \"V.26-04705\" }}\n"
    ));
    std::fs::write(&toml, text).unwrap();
    let run = palermo(tmp.path(), &["document", "CTOC/COP/2026/4/Rev.1", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));

    // By hand: the States counted on 31 May (any reply accepted by then, even one a later reply
    // superseded) and on 29 July (the replies that count).
    let validate = palermo(tmp.path(), &["validate", "--inputs", inputs.to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&validate)).unwrap();
    let replies: Vec<&serde_json::Value> = report["submissions"].as_array().unwrap().iter().filter(|o| o["form_id"] == "tip_2026").collect();
    let then: BTreeSet<&str> = replies
        .iter()
        .filter(|o| (o["status"] == "accepted" || o["status"] == "superseded") && o["submitted"].as_str().unwrap() <= ORIGINAL_AS_AT)
        .map(|o| o["state"].as_str().unwrap())
        .collect();
    let now: BTreeSet<&str> = replies
        .iter()
        .filter(|o| o["status"] == "accepted" && o["submitted"].as_str().unwrap() <= "2026-07-29")
        .map(|o| o["state"].as_str().unwrap())
        .collect();
    let added: Vec<&str> = now.difference(&then).copied().collect();
    assert!(added.len() > 10, "the sample has replies on both sides of 31 May: {added:?}");
    assert!(!added.contains(&"AGO"), "Angola replied by 31 May; its correction of 20 July does not make it a new reply");

    let documents = tmp.path().join("out/documents");
    let figures: serde_json::Value = serde_json::from_slice(&std::fs::read(documents.join("CTOC-COP-2026-4-Rev.1.figures.json")).unwrap()).unwrap();
    assert_eq!(figures["symbol"], "CTOC/COP/2026/4/Rev.1");
    assert_eq!(figures["original"]["symbol"], "CTOC/COP/2026/4");
    assert_eq!(figures["original"]["as_at"], ORIGINAL_AS_AT);
    let listed: Vec<&str> = figures["added"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
    assert_eq!(listed, added);
    let responded =
        |f: &serde_json::Value| f["figures"].as_array().unwrap().iter().find(|x| x["id"] == "replies.respondents").unwrap()["value"].as_u64().unwrap();
    assert_eq!(responded(&figures) - responded(&figures["original"]), added.len() as u64);

    let states = std::fs::read_to_string(inputs.join("states.csv")).unwrap();
    let header: Vec<&str> = states.lines().next().unwrap().split(',').collect();
    let name = |iso3: &str, lang: &str| -> String {
        let column = header.iter().position(|h| *h == format!("name_{lang}")).unwrap();
        let mut reader = csv::Reader::from_reader(states.as_bytes());
        let row = reader.records().map(Result::unwrap).find(|r| &r[0] == iso3).unwrap();
        row[column].to_string()
    };
    for (lang, title) in [
        ("en", "updated information based on additional replies received from States"),
        ("fr", "informations actualisées à partir des réponses supplémentaires reçues des États"),
        ("ar", "استنادا إلى الردود الإضافية الواردة من الدول"),
    ] {
        let text = pdf_text(&documents.join(format!("CTOC-COP-2026-4-Rev.1.{lang}.pdf")));
        assert!(text.contains("CTOC/COP/2026/4/Rev.1"), "{lang}: the symbol");
        if lang == "ar" {
            // Right-to-left text is checked word by word (the PDF's text follows the page).
            for word in title.split(' ') {
                assert!(present(&text, word), "ar: the revised title lacks {word}");
            }
        } else {
            assert!(fold(&text).contains(title), "{lang}: the revised title");
        }
        for iso3 in &added {
            let name = name(iso3, lang);
            // Names are checked whole where the text layer keeps them (no Arabic vowel marks).
            if lang == "ar" && name.chars().any(|c| ('\u{064B}'..='\u{0652}').contains(&c)) {
                continue;
            }
            assert!(present(&text, &name), "{lang}: {iso3} ({name}) is not listed as added");
        }
        let count = added.len().to_string();
        assert!(fold(&text).contains(&count), "{lang}: the number of States added");
    }
    let en = fold(&pdf_text(&documents.join("CTOC-COP-2026-4-Rev.1.en.pdf")));
    assert!(en.contains(&format!("The present document updates document CTOC/COP/2026/4, which presented the information received as at 31 May 2026. It takes into account the replies of {} more States", added.len())), "{}", &en[..600]);
    assert!(en.contains("Replies received after 31 May 2026 and figures that changed"));
}

/// Whether `words` are in the text, whitespace aside, in reading order or, for right-to-left
/// text, in the visual order the PDF's text layer holds it in.
fn present(text: &str, words: &str) -> bool {
    let text = squeeze(text);
    let words = squeeze(words);
    text.contains(&words) || text.contains(&words.chars().rev().collect::<String>())
}

#[test]
fn a_revision_without_its_original_date_is_refused_at_its_entry() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    let toml = inputs.join("conference.toml");
    let text = std::fs::read_to_string(&toml).unwrap().replacen("symbol = \"CTOC/COP/2026/4\"", "symbol = \"CTOC/COP/2026/4\"\nrevision = 1", 1);
    std::fs::write(&toml, text).unwrap();
    let run = palermo(tmp.path(), &["validate", "--inputs", inputs.to_str().unwrap()]);
    assert_ne!(run.status.code(), Some(0));
    assert!(stderr(&run).contains("CTOC/COP/2026/4/Rev.1") && stderr(&run).contains("original_as_at"), "{}", stderr(&run));
}
