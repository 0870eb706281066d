//! Printed questionnaires read as a reader and as a scanner would: the words of the cover and
//! the questions, the routing beside the choices, the QR code of a rendered page decoded back to
//! the form, version, page and State, and the layout map's boxes found where the page has them.

mod common;

use std::path::Path;

use common::*;
use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::Pixmap;

/// Pixels per PDF point of the rendered pages (4 = 288 dots per inch).
const SCALE: f32 = 4.0;

/// Page `page` (1-based) of a PDF, rendered as a scanner at 288 dpi would see it.
fn render(pdf: &Path, page: usize) -> Pixmap {
    let bytes = std::fs::read(pdf).unwrap();
    let pdf = Pdf::new(std::sync::Arc::new(bytes)).unwrap_or_else(|e| panic!("{}: {e:?}", pdf.display()));
    let mut pages = hayro::render_pdf(&pdf, SCALE, InterpreterSettings::default(), Some(page - 1..=page - 1)).expect("the page renders");
    pages.remove(0)
}

/// The grey level (0 black, 255 white) at a point given in millimetres from the page's top left.
fn grey(pixmap: &Pixmap, x_mm: f64, y_mm: f64) -> u8 {
    let to_px = |mm: f64| (mm / 25.4 * 72.0 * f64::from(SCALE)).round() as u16;
    let p = pixmap.sample(to_px(x_mm), to_px(y_mm));
    // Premultiplied over an opaque white background: the colour channels are the colour.
    ((u16::from(p.r) + u16::from(p.g) + u16::from(p.b)) / 3) as u8
}

/// Every QR code found on a rendered page, decoded.
fn qr_codes(pixmap: &Pixmap) -> Vec<String> {
    let (w, h) = (usize::from(pixmap.width()), usize::from(pixmap.height()));
    let data = pixmap.data();
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        let p = data[y * w + x];
        ((u16::from(p.r) + u16::from(p.g) + u16::from(p.b)) / 3) as u8
    });
    image.detect_grids().iter().filter_map(|g| g.decode().ok().map(|(_, text)| text)).collect()
}

fn layout(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

/// Checks that a map box lies where the page draws a box: its four edges dark, its middle
/// white, and white a millimetre outside its start edge.
fn assert_box_drawn(pixmap: &Pixmap, b: &serde_json::Value, what: &str) {
    let (x, y, w, h) = (b["x"].as_f64().unwrap(), b["y"].as_f64().unwrap(), b["w"].as_f64().unwrap(), b["h"].as_f64().unwrap());
    let at = |px: f64, py: f64| grey(pixmap, px, py);
    assert!(at(x, y + h / 2.0) < 100, "{what}: no left edge at x = {x} mm");
    assert!(at(x + w, y + h / 2.0) < 100, "{what}: no right edge at x = {} mm", x + w);
    assert!(at(x + w / 2.0, y) < 100, "{what}: no top edge at y = {y} mm");
    assert!(at(x + w / 2.0, y + h) < 100, "{what}: no bottom edge at y = {} mm", y + h);
    assert!(at(x + w / 2.0, y + h / 2.0) > 200, "{what}: the middle of the box is not blank");
    assert!(at(x - 1.0, y + h / 2.0) > 200 || at(x + w + 1.0, y + h / 2.0) > 200, "{what}: the box is not alone on its line");
}

#[test]
fn a_printed_page_is_identified_by_its_qr_code_and_its_boxes_are_where_the_map_says() {
    let tmp = tempfile::tempdir().unwrap();
    for lang in ["en", "ar"] {
        let pdf = tmp.path().join(format!("tip.KEN.{lang}.pdf"));
        let run = palermo(tmp.path(), &["questionnaire", "tip_2026", "--inputs", SAMPLE, "--lang", lang, "--state", "KEN", "-o", pdf.to_str().unwrap()]);
        assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
        let map = layout(&tmp.path().join(format!("tip.KEN.{lang}.layout.json")));
        assert_eq!(map["form_id"], "tip_2026");
        assert_eq!(map["lang"], lang);
        assert_eq!(map["state"], "KEN");
        let hash = map["layout_hash"].as_str().unwrap();
        let version = map["version"].as_str().unwrap();

        // Page 1: its QR code holds the form, its version, the layout, the State and the page.
        let page1 = render(&pdf, 1);
        let codes = qr_codes(&page1);
        let expected = format!("PLM1:TIP-2026:{version}:{hash}:KEN:01");
        assert_eq!(codes, vec![expected.clone()], "{lang}: page 1's QR code");
        assert_eq!(map["pages"][0]["qr"], expected);
        // The five anchors are black squares where the map puts them.
        for anchor in map["anchors"].as_array().unwrap() {
            let (x, y) = (anchor["x"].as_f64().unwrap(), anchor["y"].as_f64().unwrap());
            assert!(grey(&page1, x + 2.5, y + 2.5) < 50, "{lang}: no anchor at {x}, {y}");
            assert!(grey(&page1, x - 1.0, y + 2.5) > 200, "{lang}: the anchor at {x}, {y} is larger than the map says");
        }

        // The first page with tick boxes: its QR code names it, and each "Yes" box of the map,
        // and the date comb's cells, are drawn where the map says.
        let pages = map["pages"].as_array().unwrap();
        let with_ticks = pages.iter().find(|p| p["boxes"].as_array().unwrap().iter().any(|b| b["kind"] == "tick")).expect("a page with tick boxes");
        let number = with_ticks["page"].as_u64().unwrap() as usize;
        let pixmap = render(&pdf, number);
        assert_eq!(qr_codes(&pixmap), vec![format!("PLM1:TIP-2026:{version}:{hash}:KEN:{number:02}")], "{lang}: page {number}'s QR code");
        let boxes = with_ticks["boxes"].as_array().unwrap();
        let ticks: Vec<_> = boxes.iter().filter(|b| b["kind"] == "tick").collect();
        assert!(ticks.len() >= 3);
        for b in &ticks {
            assert_eq!(b["w"], 5.0);
            assert_box_drawn(&pixmap, b, &format!("{lang} page {number}: {} = {}", b["q"], b["c"]));
        }
        // Boxes sit on the side a reader starts from: the left in English, the right in Arabic.
        let x = ticks[0]["x"].as_f64().unwrap();
        if lang == "ar" {
            assert!(x > 150.0, "{x}")
        } else {
            assert!(x < 60.0, "{x}")
        }

        let all: Vec<&serde_json::Value> = pages.iter().flat_map(|p| p["boxes"].as_array().unwrap()).collect();
        let date_page = pages.iter().find(|p| p["boxes"].as_array().unwrap().iter().any(|b| b["kind"] == "date")).unwrap();
        let pixmap = render(&pdf, date_page["page"].as_u64().unwrap() as usize);
        let cells: Vec<_> = date_page["boxes"].as_array().unwrap().iter().filter(|b| b["kind"] == "date").collect();
        assert_eq!(cells.len(), 8, "DD MM YYYY");
        for cell in cells {
            assert_box_drawn(&pixmap, cell, &format!("{lang}: date cell {}", cell["i"]));
        }
        // Every answered question of the form has its area in the map, and personal questions too.
        for q in ["focal_point", "focal_email", "tip5_implemented", "tip5_explain", "tip5_convictions"] {
            assert!(all.iter().any(|b| b["q"] == q), "{lang}: {q} has no box in the map");
        }
    }
}

#[test]
fn the_printed_questionnaire_reads_as_a_form_to_fill_in() {
    let tmp = tempfile::tempdir().unwrap();
    let run = palermo(tmp.path(), &["questionnaire", "tip_2026", "--inputs", SAMPLE, "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        assert!(tmp.path().join(format!("out/questionnaires/tip_2026.{lang}.pdf")).is_file(), "{lang}");
        assert!(tmp.path().join(format!("out/questionnaires/tip_2026.{lang}.layout.json")).is_file(), "{lang}");
    }
    let text = fold(&pdf_text(&tmp.path().join("out/questionnaires/tip_2026.en.pdf")));
    for expected in [
        "Questionnaire on the implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons",
        "Second reporting cycle",
        "Please return the completed questionnaire by 30 June 2026.",
        "Vienna International Centre",
        "How to fill in this questionnaire",
        "Tick one box.",
        "Write in capital letters.",
        "Page 1 of",
        "Questionnaire tip_2026, version",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from:\n{text}");
    }
    // The routing: a skip beside the choice, a condition under the dependent question.
    assert!(text.contains("If “Yes”, go to question 8."), "{text}");
    assert!(text.contains("Answer only if you answered “No” or “Partly” to question 6."), "{text}");

    // pdf-extract gives right-to-left text in visual order: Arabic words come reversed.
    let arabic = pdf_text(&tmp.path().join("out/questionnaires/tip_2026.ar.pdf"));
    let visual = |word: &str| word.chars().rev().collect::<String>();
    for word in ["الأمم", "المتحدة", "استبيان", "الصفحة"] {
        assert!(arabic.contains(&visual(word)), "{word} missing from the Arabic questionnaire:\n{arabic}");
    }
    let chinese = squeeze(&pdf_text(&tmp.path().join("out/questionnaires/tip_2026.zh.pdf")));
    assert!(chinese.contains("联合国"), "{chinese}");
}

#[test]
fn a_form_file_outside_any_conference_prints_too() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::copy(Path::new(SAMPLE).join("questionnaires/som.xlsx"), tmp.path().join("draft.xlsx")).unwrap();
    let run = palermo(tmp.path(), &["questionnaire", "draft.xlsx", "--lang", "fr", "--state", "sen", "-o", "draft.fr.pdf"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let text = fold(&pdf_text(&tmp.path().join("draft.fr.pdf")));
    assert!(text.contains("Sénégal"), "{text}");
    // No conference: no cycle nor deadline on the cover.
    assert!(!text.contains("Veuillez renvoyer"), "{text}");
    assert_eq!(layout(&tmp.path().join("draft.fr.layout.json"))["state"], "SEN");

    let unknown = palermo(tmp.path(), &["questionnaire", "draft.xlsx", "--state", "SNE"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("did you mean SEN?"), "{}", stderr(&unknown));
    let missing = palermo(tmp.path(), &["questionnaire", "tip_2062", "--inputs", SAMPLE]);
    assert_ne!(missing.status.code(), Some(0));
    assert!(stderr(&missing).contains("did you mean tip_2026?"), "{}", stderr(&missing));
}

#[test]
fn every_question_type_has_its_paper_form() {
    let tmp = tempfile::tempdir().unwrap();
    let form = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/forms/every_type/every_type.md");
    let run = palermo(tmp.path(), &["questionnaire", form, "--lang", "en", "-o", "every.pdf"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let text = fold(&pdf_text(&tmp.path().join("every.pdf")));
    for expected in [
        "On the 24-hour clock.",
        "Number the items from 1, the most important, to 3.",
        "Tick one value.",
        "In decimal degrees; a minus sign for south and west.",
        "Send the file, photograph or recording with your reply and write its name here.",
        "Tick the box to confirm.",
        "Pangolin",
        "North",
        "(The electronic form shows a file here: map.png.)",
        "Cases prosecuted",
        "How many parrots were seized?",
        "How many turtles were seized?",
    ] {
        assert!(text.contains(expected), "{expected:?} missing from:\n{text}");
    }
    // Notes, calculations, hidden values and metadata are not printed.
    assert!(!text.contains("double") && !text.contains("token") && !text.contains("deviceid"), "{text}");

    let map = layout(&tmp.path().join("every.layout.json"));
    let boxes: Vec<&serde_json::Value> = map["pages"].as_array().unwrap().iter().flat_map(|p| p["boxes"].as_array().unwrap()).collect();
    let of = |q: &str, kind: &str| boxes.iter().filter(|b| b["q"] == q && b["kind"] == kind).count();
    assert_eq!(of("opens", "time"), 4, "HH:MM");
    assert_eq!(of("reported", "date") + of("reported", "time"), 12, "DD MM YYYY HH MM");
    assert_eq!(of("office", "geo"), 17, "a sign, 2 + 5 digits of latitude, a sign, 3 + 5 of longitude");
    assert_eq!(of("route", "geo"), 4 * 17);
    assert_eq!(of("rating", "tick"), 5, "a box per value of the scale 1 to 5");
    assert_eq!(of("budget", "digit"), 4, "0 to 5000 by 10: four digits");
    assert_eq!(of("confirm", "tick"), 1);
    let ranks: Vec<_> = boxes.iter().filter(|b| b["q"] == "priorities").map(|b| b["c"].as_str().unwrap()).collect();
    assert_eq!(ranks, ["database", "hotline", "training"]);
    assert_eq!(of("case_name", "text"), 6, "a cell per blank row of the repeat's table");
    assert_eq!(of("photo", "text"), 1, "a line for the file's name");
}
