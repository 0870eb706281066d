//! Reports a Secretariat can table, whatever the form: a plain XLSForm made as Kobo or ODK make
//! them (groups named after articles, no treaty columns, no instrument) with 60 replies in CSV and
//! in an Excel export gets a report with a chapter per group, each question's answers counted
//! among the States it applied to, by regional group, checked here against counts made by hand.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{SAMPLE, fold, palermo, pdf_text, stderr};

const ANSWERS: [&str; 3] = ["yes", "partly", "no"];
const SERVICES: [&str; 4] = ["shelter", "medical", "legal", "psychological"];

/// One State's reply: question name → answer as an export writes it.
fn reply(i: usize) -> BTreeMap<&'static str, String> {
    let mut r = BTreeMap::new();
    let pick = |k: usize| ANSWERS[(i * 7 + k * 5 + i / 4) % 3];
    for (k, q) in ["art5", "art6", "art9", "art10", "art11"].iter().enumerate() {
        let answer = pick(k);
        r.insert(Box::leak(format!("{q}_impl").into_boxed_str()) as &str, answer.to_string());
        // Explanations of "No" and "Partly", but a fifth of the States leave them out.
        if answer != "yes" && *q != "art9" && *q != "art11" && !i.is_multiple_of(5) {
            r.insert(Box::leak(format!("{q}_explain").into_boxed_str()) as &str, format!("Reply {i}: a bill is before parliament ({q})."));
        }
    }
    r.insert("art5_cases", ((i * 13) % 97).to_string());
    let services: Vec<&str> = SERVICES.iter().enumerate().filter(|(b, _)| (i >> b) & 1 == 1).map(|(_, s)| *s).collect();
    if !services.is_empty() {
        r.insert("art6_services", services.join(" "));
    }
    if r["art9_impl"] == "yes" {
        r.insert("art9_adopted", format!("20{:02}-{:02}-{:02}", 15 + i % 10, 1 + i % 12, 1 + i % 28));
    }
    if !i.is_multiple_of(3) {
        r.insert("art11_share", format!("{}.5", (i * 3) % 100));
    }
    if i % 4 == 1 {
        r.insert("comments", format!("Comment of State {i}."));
    }
    r
}

const COLUMNS: [&str; 13] = [
    "art5_impl",
    "art5_explain",
    "art5_cases",
    "art6_impl",
    "art6_explain",
    "art6_services",
    "art9_impl",
    "art9_adopted",
    "art10_impl",
    "art10_explain",
    "art11_impl",
    "art11_share",
    "comments",
];

/// The 60 States that reply (every third State of the sample's list) and their regional groups.
fn respondents() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(Path::new(SAMPLE).join("states.csv")).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (iso, group) = (col("iso3"), col("regional_group"));
    reader.records().map(|r| r.unwrap()).step_by(3).take(60).map(|r| (r[iso].to_string(), r[group].to_string())).collect()
}

/// The plain conference with the sample's States list and 60 replies: half as CSV, half as an
/// Excel export, both with Kobo's group paths in the headers.
fn conference(dir: &Path) -> PathBuf {
    let inputs = dir.join("plain");
    common::copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plain"), &inputs);
    std::fs::copy(Path::new(SAMPLE).join("states.csv"), inputs.join("states.csv")).unwrap();
    let folder = inputs.join("submissions/plain_2026");
    std::fs::create_dir_all(&folder).unwrap();
    let header: Vec<String> = ["state", "submitted"].iter().map(|s| s.to_string()).chain(COLUMNS.iter().map(|c| format!("group/{c}"))).collect();
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.write_record(&header).unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, h).unwrap();
    }
    let mut xlsx_row = 1;
    for (i, (iso3, _)) in respondents().iter().enumerate() {
        let r = reply(i);
        let mut record = vec![iso3.clone(), format!("2026-05-{:02}", 1 + i % 28)];
        record.extend(COLUMNS.iter().map(|c| r.get(c).cloned().unwrap_or_default()));
        if i % 2 == 0 {
            csv.write_record(&record).unwrap();
        } else {
            for (c, value) in record.iter().enumerate() {
                sheet.write_string(xlsx_row, c as u16, value).unwrap();
            }
            xlsx_row += 1;
        }
    }
    std::fs::write(folder.join("export.csv"), csv.into_inner().unwrap()).unwrap();
    book.save(folder.join("export.xlsx")).unwrap();
    inputs
}

fn figures(out: &Path) -> BTreeMap<String, serde_json::Value> {
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("documents/CTOC-COP-2026-20.figures.json")).unwrap()).unwrap();
    file["figures"].as_array().unwrap().iter().map(|f| (f["id"].as_str().unwrap().to_string(), f.clone())).collect()
}

#[test]
fn a_plain_xlsform_is_analysed_question_by_question_from_its_groups() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = conference(tmp.path());
    let run = palermo(tmp.path(), &["report", "plain_2026", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let out = tmp.path().join("out");
    if let Some(keep) = std::env::var_os("PALERMO_KEEP") {
        common::copy_dir(tmp.path(), Path::new(&keep));
    }
    let text = fold(&pdf_text(&out.join("documents/CTOC-COP-2026-20.en.pdf")));

    // The population said plainly; every group a chapter, nested groups its sections.
    assert!(text.contains("As at 29 July 2026, 60 of the 193 Member States (31 per cent) had replied to the questionnaire."), "{text}");
    assert!(text.contains("The questionnaire contained 13 questions in six sections."), "{text}");
    for absent in ["0 questions", "zero articles", "parties to the questionnaire", "States parties"] {
        assert!(!text.contains(absent), "{absent:?} in the report:\n{text}");
    }
    for chapter in [
        "II. Article 5. Criminalization of trafficking in persons",
        "III. Article 6. Assistance to and protection of victims",
        "IV. Article 9. Prevention of trafficking in persons",
        "V. International cooperation",
        "A. Article 10. Information exchange and training",
        "B. Article 11. Border measures",
        "VI. Final remarks",
    ] {
        assert!(text.contains(chapter), "{chapter:?} missing:\n{text}");
    }

    // Each select_one question: its choices counted, overall and by regional group, as by hand.
    let states = respondents();
    let replies: Vec<BTreeMap<&str, String>> = (0..60).map(reply).collect();
    let figures = figures(&out);
    let group_key = |name: &str| match name {
        "African States" => "african",
        "Asia-Pacific States" => "asia-pacific",
        "Eastern European States" => "eastern-european",
        "Latin American and Caribbean States" => "latin-american-caribbean",
        _ => "western-european-other",
    };
    for q in ["art5_impl", "art6_impl", "art9_impl", "art10_impl", "art11_impl"] {
        for choice in ANSWERS {
            let by_hand: Vec<&str> = (0..60).filter(|&i| replies[i][q] == choice).map(|i| states[i].0.as_str()).collect();
            let figure = &figures[&format!("q.{q}.choice.{choice}")];
            assert_eq!(figure["value"], by_hand.len(), "{q} {choice}");
            let mut listed: Vec<&str> = figure["states"].as_array().unwrap().iter().map(|s| s.as_str().unwrap()).collect();
            listed.sort();
            let mut expected = by_hand.clone();
            expected.sort();
            assert_eq!(listed, expected, "the States counted for {q} {choice}");
            for (iso, group) in &states {
                let _ = iso;
                let key = group_key(group);
                let in_group = (0..60).filter(|&i| group_key(&states[i].1) == key && replies[i][q] == choice).count();
                assert_eq!(figures[&format!("q.{q}.group.{key}.choice.{choice}")]["value"], in_group, "{q} {choice} {key}");
            }
        }
    }
    // The sentence on question 1, with its figures.
    let yes = (0..60).filter(|&i| replies[i]["art5_impl"] == "yes").count();
    // An exact half, third or quarter is said in words, any other share in per cent.
    let share = |n: usize, of: usize| match (n * 12 / of, n * 12 % of) {
        (6, 0) => "half".to_string(),
        (4, 0) => "one third".to_string(),
        (8, 0) => "two thirds".to_string(),
        (3, 0) => "one quarter".to_string(),
        (9, 0) => "three quarters".to_string(),
        _ => format!("{} per cent", (200 * n + of) / (2 * of)),
    };
    assert!(text.contains(&format!("Of the 60 States to which question 1 applied, {yes} ({}) answered “Yes”", share(yes, 60))), "{text}");

    // A numeric question: median, range and total, exactly.
    let mut cases: Vec<u64> = (0..60).map(|i| ((i * 13) % 97) as u64).collect();
    cases.sort();
    let total: u64 = cases.iter().sum();
    let median = (cases[29] + cases[30]) as f64 / 2.0;
    assert_eq!(figures["q.art5_cases.total"]["value"], total);
    assert_eq!(figures["q.art5_cases.answering"]["value"], 60);
    assert!(
        text.contains(&format!(
            "In reply to question 3, 60 States gave a figure: the median was {median}, the figures ranged from {} to {}",
            cases[0], cases[59]
        )),
        "{text}"
    );

    // A text question: the explanations of "No" and of "Partly" apart, and how many wrote.
    let applied: Vec<usize> = (0..60).filter(|&i| replies[i]["art5_impl"] != "yes").collect();
    let wrote = applied.iter().filter(|&&i| replies[i].contains_key("art5_explain")).count();
    assert_eq!(figures["q.art5_explain.applicable"]["value"], applied.len());
    assert_eq!(figures["q.art5_explain.answered"]["value"], wrote);
    for choice in ["partly", "no"] {
        let gave = applied.iter().filter(|&&i| replies[i]["art5_impl"] == choice).count();
        let wrote = applied.iter().filter(|&&i| replies[i]["art5_impl"] == choice && replies[i].contains_key("art5_explain")).count();
        assert_eq!(figures[&format!("q.art5_explain.by.{choice}")]["value"], gave);
        assert_eq!(figures[&format!("q.art5_explain.by.{choice}.answered")]["value"], wrote);
    }
    assert!(text.contains(&format!("Of the {} States to which question 2 applied, {wrote}", applied.len())), "{text}");

    // A date question: the earliest and the latest date given.
    let dates: Vec<String> = (0..60).filter_map(|i| replies[i].get("art9_adopted").cloned()).collect();
    assert_eq!(figures["q.art9_adopted.earliest"]["value"], *dates.iter().min().unwrap());
    assert_eq!(figures["q.art9_adopted.latest"]["value"], *dates.iter().max().unwrap());

    // Every figure names the States it counts.
    for (id, f) in &figures {
        assert!(f["states"].is_array(), "{id} lists no States");
    }
    // The Arabic version is built from the same figures.
    assert!(out.join("documents/CTOC-COP-2026-20.ar.pdf").is_file());
}

#[test]
fn the_compilation_reproduces_every_answer_verbatim_under_its_states_name_and_no_personal_data() {
    let tmp = tempfile::tempdir().unwrap();
    let run = palermo(tmp.path(), &["document", "CTOC/COP/2026/CRP.2", "--inputs", SAMPLE, "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let pdf = tmp.path().join("out/documents/CTOC-COP-2026-CRP.2.en.pdf");
    let text = fold(&pdf_text(&pdf));
    let manifest_free = !tmp.path().join("out/manifest.json").exists();
    assert!(manifest_free, "a command's own document leaves the build's manifest alone");
    // The replies as palermo counted them, to compare with.
    let inputs = palermo::inputs::Inputs::read(Path::new(SAMPLE)).unwrap();
    let form = inputs.form("tip_2026").unwrap();
    let counted = &inputs.figures["tip_2026"].respondents.states;
    let explain = form.question("tip5_explain").unwrap();
    let mut checked = 0;
    for reply in inputs.submissions.iter().filter(|s| s.form_id == "tip_2026" && counted.contains(&s.state)) {
        let state = inputs.states.get(&reply.state).unwrap();
        if let Some(palermo::model::submission::Answer::Text(answer)) = reply.answers.get(&explain.name) {
            // Latin-script answers come out of the PDF as written; the State's name beside them.
            if answer.is_ascii() {
                assert!(text.contains(&format!("{} {}", state.name(palermo::lang::Lang::En), fold(answer))), "{} {answer:?} missing", state.iso3);
                checked += 1;
            }
        }
        // The focal point (publish = no) is in the replies but never in the compilation.
        if let Some(palermo::model::submission::Answer::Text(name)) = reply.answers.get("focal_point") {
            assert!(!text.contains(name.as_str()), "personal data of {}: {name:?}", state.iso3);
        }
    }
    assert!(checked >= 5, "only {checked} answers checked");
    assert!(text.contains("The replies are analysed in the report of the Secretariat CTOC/COP/2026/4."), "{text}");
    assert!(!text.contains("Name and title of the person"), "the personal question itself is not listed");
}

#[test]
fn the_overview_names_the_provisions_and_groups_that_stand_out_and_says_exact_shares_in_words() {
    let tmp = tempfile::tempdir().unwrap();
    let run = palermo(tmp.path(), &["report", "tip_2026", "--lang", "en", "--inputs", SAMPLE, "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let out = tmp.path().join("out");
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("documents/CTOC-COP-2026-4.figures.json")).unwrap()).unwrap();
    let figures: BTreeMap<String, serde_json::Value> =
        file["figures"].as_array().unwrap().iter().map(|f| (f["id"].as_str().unwrap().to_string(), f.clone())).collect();
    let text = fold(&pdf_text(&out.join("documents/CTOC-COP-2026-4.en.pdf")));
    // The provisions: the "Yes" share of each implementation question, lowest and highest.
    let questions: Vec<String> =
        figures.keys().filter(|id| id.ends_with("_implemented.applicable")).map(|id| id.trim_end_matches(".applicable").to_string()).collect();
    let yes = |q: &str| figures[&format!("{q}.choice.yes")]["per_cent"].as_u64().unwrap();
    let (least, most) = (questions.iter().map(|q| yes(q)).min().unwrap(), questions.iter().map(|q| yes(q)).max().unwrap());
    assert!(text.contains(&format!("reported the provision as implemented ranged from {least} per cent (")), "{text}");
    assert!(text.contains(&format!(") to {most} per cent (")), "{text}");
    // The groups: the question whose "Yes" shares differ most between two regional groups.
    let groups = ["african", "asia-pacific", "eastern-european", "latin-american-caribbean", "western-european-other"];
    let gap = |q: &str| {
        let shares: Vec<u64> = groups.iter().filter_map(|g| figures[&format!("{q}.group.{g}.choice.yes")]["per_cent"].as_u64()).collect();
        (shares.iter().max().unwrap() - shares.iter().min().unwrap(), *shares.iter().max().unwrap(), *shares.iter().min().unwrap())
    };
    let widest = questions.iter().map(|q| gap(q).0).max().unwrap();
    assert!(text.contains("The regional groups differed most on article"), "{text}");
    let said = questions
        .iter()
        .map(|q| gap(q))
        .filter(|g| g.0 == widest)
        .any(|(_, high, low)| text.contains(&format!(": {high} per cent of the ")) && text.contains(&format!("against {low} per cent of the ")));
    assert!(said, "the widest gap ({widest} points) is the one named: {text}");
    // 72 of 108 is two thirds, said so; no sentence begins with a figure.
    let two_thirds: Vec<&String> = questions.iter().filter(|q| figures[&format!("{q}.choice.yes")]["value"] == 72).collect();
    assert!(!two_thirds.is_empty(), "the sample has a question with 72 of 108");
    assert!(text.contains("72 (two thirds) answered “Yes”"), "{text}");
    assert!(text.contains("In reply to question 9, "), "{text}");
    assert!(text.contains("Of the 108 States that replied, 105 (97 per cent) requested technical assistance"), "{text}");
}
