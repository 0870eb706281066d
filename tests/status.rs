//! `palermo status`: each State's position on each questionnaire agrees with the manifest's
//! submissions and the reports' figures, in every format.

mod common;

use std::collections::BTreeMap;

use common::*;

#[test]
fn status_agrees_with_the_manifest_for_every_state_and_form() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    let build = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out", "--quiet"]);
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    let manifest = manifest(&tmp.path().join("out"));
    let run = palermo(tmp.path(), &["status", "--inputs", inputs.to_str().unwrap(), "--format", "json", "--on", "2026-06-15"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let status: serde_json::Value = serde_json::from_str(&stdout(&run)).unwrap();
    let as_at = "2026-07-29";
    // What the manifest says of each State's replies to each form.
    let mut replies: BTreeMap<(String, String), Vec<(String, String)>> = BTreeMap::new();
    for o in manifest["submissions"].as_array().unwrap() {
        let (Some(form), Some(state)) = (o["form_id"].as_str(), o["state"].as_str()) else { continue };
        replies.entry((form.into(), state.into())).or_default().push((o["status"].as_str().unwrap().into(), o["submitted"].as_str().unwrap_or("").into()));
    }
    let forms = status["forms"].as_array().unwrap();
    assert_eq!(forms.len(), 4);
    let mut seen = 0;
    for form in forms {
        let form_id = form["form_id"].as_str().unwrap();
        assert_eq!(form["days_left"], 15, "from 15 June to the 30 June deadline");
        let mut counted_parties = 0;
        for s in form["states"].as_array().unwrap() {
            let iso3 = s["iso3"].as_str().unwrap();
            let mine = replies.get(&(form_id.to_string(), iso3.to_string())).cloned().unwrap_or_default();
            let accepted: Vec<&(String, String)> = mine.iter().filter(|(st, d)| st == "accepted" && d.as_str() <= as_at).collect();
            let expected = if !accepted.is_empty() {
                "counted"
            } else if mine.iter().any(|(st, _)| st == "accepted") {
                "late"
            } else if mine.iter().any(|(st, _)| st == "rejected" || st == "held") {
                "has-problems"
            } else {
                "no-reply"
            };
            assert_eq!(s["status"], expected, "{form_id} {iso3}: {mine:?}");
            if expected == "counted" {
                assert_eq!(s["submitted"].as_str(), accepted.iter().map(|(_, d)| d.as_str()).max(), "{form_id} {iso3}");
                counted_parties += usize::from(s["treaty_status"] == "party");
            }
            seen += 1;
        }
        // Every State with a counted reply is listed; the rate is the parties' among them.
        let counted_in_manifest = replies.iter().filter(|((f, _), r)| f == form_id && r.iter().any(|(st, d)| st == "accepted" && d.as_str() <= as_at)).count();
        assert_eq!(form["states"].as_array().unwrap().iter().filter(|s| s["status"] == "counted").count(), counted_in_manifest, "{form_id}");
        assert_eq!(form["rate"]["responded"], counted_parties, "{form_id}");
        let groups: u64 = form["groups"].as_array().unwrap().iter().map(|g| g["responded"].as_u64().unwrap()).sum();
        assert_eq!(groups, form["rate"]["responded"].as_u64().unwrap(), "{form_id}: the groups add up");
    }
    // The sample's servers set two replies apart: a reply on hold, a refused draft.
    let position = |form: &str, iso3: &str| {
        forms.iter().find(|f| f["form_id"] == form).unwrap()["states"].as_array().unwrap().iter().find(|s| s["iso3"] == iso3).unwrap()["status"].clone()
    };
    assert_eq!(position("untoc_2026", "FRA"), "has-problems");
    assert_eq!(position("tip_2026", "DEU"), "has-problems");

    // The CSV has a row per State listed; the human table fits an 80-column terminal.
    let csv = stdout(&palermo(tmp.path(), &["status", "--inputs", inputs.to_str().unwrap(), "--format", "csv", "--on", "2026-06-15"]));
    assert_eq!(csv.lines().count(), seen + 1);
    assert!(csv.starts_with("form_id,iso3,name,regional_group,treaty_status,status,submitted\n"));
    let human = stdout(&palermo(tmp.path(), &["status", "--inputs", inputs.to_str().unwrap(), "--on", "2026-07-01"]));
    let untoc = forms.iter().find(|f| f["form_id"] == "untoc_2026").unwrap();
    let summary = format!(
        "untoc_2026: {} of {} parties replied ({}%) as at 2026-07-29\n  deadline 2026-06-30 (passed 1 day ago)\n",
        untoc["rate"]["responded"], untoc["rate"]["parties"], untoc["rate"]["per_cent"]
    );
    assert!(human.contains(&summary), "{summary}\n{}", &human[..400.min(human.len())]);
    assert!(human.contains("    FRA France"), "FRA is listed among the Western European and other States");
    for line in human.lines() {
        assert!(line.chars().count() <= 80, "wider than a terminal: {line}");
    }
}
