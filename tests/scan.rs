//! `palermo scan` on scans made from the printed questionnaires: pages rendered, marked as people
//! mark them and spoiled as scanners spoil them (`palermo::scan::synthetic`), saved as PNG, JPEG,
//! a multipage TIFF and a PDF of JPEG pages, then read back by the real binary. Every answer the
//! draft holds as certain must be the one marked; what is not certain must be in the review.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::*;
use palermo::documents::omr::LayoutMap;
use palermo::scan::pages;
use palermo::scan::synthetic::{self, Pen, Sheet, Spoil, Tick, Truth};
use serde_json::Value;

const SHEET_DPI: f32 = 300.0;

/// Prints `form` for `state` (prefilled when asked) into `out`; the PDF's pages at 300 dpi and
/// its layout map.
fn printed(tmp: &Path, form: &str, state: &str, prefill: bool) -> (Vec<image::GrayImage>, LayoutMap) {
    let out = tmp.join("printed");
    let mut args = vec!["questionnaire", form, "--inputs", SAMPLE, "--lang", "en", "--state", state, "--out", out.to_str().unwrap()];
    if prefill {
        args.push("--prefill");
    }
    let run = palermo(tmp, &args);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let stem = format!("{form}.{state}.en{}", if prefill { ".prefilled" } else { "" });
    let pdf = std::fs::read(out.join(format!("questionnaires/{stem}.pdf"))).unwrap();
    let map: LayoutMap = serde_json::from_slice(&std::fs::read(out.join(format!("questionnaires/{stem}.layout.json"))).unwrap()).unwrap();
    let mut images = Vec::new();
    pages::pdf_pages(pdf, SHEET_DPI, |_, image| images.push(image)).unwrap();
    (images, map)
}

fn png(image: &image::GrayImage, path: &Path) {
    image.save_with_format(path, image::ImageFormat::Png).unwrap();
}

fn jpeg(image: &image::GrayImage, quality: u8) -> Vec<u8> {
    let mut bytes = Vec::new();
    image.write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, quality)).unwrap();
    bytes
}

/// A PDF whose pages are the JPEG images given, each filling an A4 page: what a scanner's
/// "scan to PDF" writes.
fn pdf_of_jpegs(images: &[image::GrayImage]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    let pages = images.len();
    let mut object = |out: &mut Vec<u8>, body: &[u8]| {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", offsets.len()).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    };
    object(&mut out, b"<< /Type /Catalog /Pages 2 0 R >>");
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", 3 + i * 3)).collect();
    object(&mut out, format!("<< /Type /Pages /Kids [{}] /Count {pages} >>", kids.join(" ")).as_bytes());
    for (i, image) in images.iter().enumerate() {
        let (xobject, contents) = (4 + i * 3, 5 + i * 3);
        object(
            &mut out,
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << /Im0 {xobject} 0 R >> >> /Contents {contents} 0 R >>"
            )
            .as_bytes(),
        );
        let data = jpeg(image, 75);
        let mut body = format!(
            "<< /Type /XObject /Subtype /Image /Width {} /Height {} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length {} >>\nstream\n",
            image.width(),
            image.height(),
            data.len()
        )
        .into_bytes();
        body.extend_from_slice(&data);
        body.extend_from_slice(b"\nendstream");
        object(&mut out, &body);
        let draw = b"q 595.28 0 0 841.89 0 0 cm /Im0 Do Q";
        let mut body = format!("<< /Length {} >>\nstream\n", draw.len()).into_bytes();
        body.extend_from_slice(draw);
        body.extend_from_slice(b"\nendstream");
        object(&mut out, &body);
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).as_bytes());
    for o in &offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", offsets.len() + 1).as_bytes());
    out
}

/// A multipage TIFF of grey pages, as a document scanner's batch.
fn tiff_of(images: &[image::GrayImage]) -> Vec<u8> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    let mut encoder = tiff::encoder::TiffEncoder::new(&mut bytes).unwrap();
    for image in images {
        encoder.write_image::<tiff::encoder::colortype::Gray8>(image.width(), image.height(), image.as_raw()).unwrap();
    }
    bytes.into_inner()
}

fn json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

/// The questions of the draft left for a person, with why.
fn to_review(draft: &Value) -> BTreeMap<String, String> {
    draft["scan"]["to_review"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["question"].as_str().unwrap().to_string(), r["why"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn a_batch_of_scans_becomes_a_draft_reply_that_is_accepted_once_confirmed() {
    let tmp = tempfile::tempdir().unwrap();
    let (sheets, map) = printed(tmp.path(), "tip_2026", "KEN", false);
    let scans = tmp.path().join("scans");
    std::fs::create_dir_all(&scans).unwrap();
    let mut rng = fastrand::Rng::with_seed(19);
    let mut truth: Vec<Truth> = Vec::new();
    let mut scanned = Vec::new();
    let form = palermo_form("tip_2026");
    for (i, image) in sheets.into_iter().enumerate() {
        let mut sheet = Sheet::from_image(image, f64::from(SHEET_DPI));
        truth.push(synthetic::mark_page_fully(&mut sheet, &map.pages[i], &form, &mut rng));
        scanned.push(synthetic::scan(&sheet, &Spoil::random(200.0, &mut rng), &mut rng));
    }
    // Any order, any format: pages 9-11 and 2 as PNG, 1 and 3 as JPEG, 4-6 in a PDF of the
    // scanner, 7-8 in a multipage TIFF; page 3 was scanned twice.
    assert_eq!(scanned.len(), 11);
    png(&scanned[8], &scans.join("a-page9.png"));
    png(&scanned[9], &scans.join("a-page10.png"));
    png(&scanned[10], &scans.join("a-page11.png"));
    png(&scanned[1], &scans.join("b-page2.png"));
    std::fs::write(scans.join("c-page1.jpg"), jpeg(&scanned[0], 85)).unwrap();
    std::fs::write(scans.join("d-page3.jpg"), jpeg(&scanned[2], 85)).unwrap();
    std::fs::write(scans.join("e-pages4-6.pdf"), pdf_of_jpegs(&scanned[3..6])).unwrap();
    std::fs::write(scans.join("f-pages7-8.tif"), tiff_of(&scanned[6..8])).unwrap();
    png(&scanned[2], &scans.join("g-page3-again.png"));

    let out = tmp.path().join("out-scans");
    let maps = tmp.path().join("printed/questionnaires");
    let run = palermo(tmp.path(), &["scan", scans.to_str().unwrap(), "--inputs", SAMPLE, "--maps", maps.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    let err = stderr(&run);
    assert_eq!(run.status.code(), Some(0), "every page is read: {err}");

    // scan.json: every page of every file, identified, with its time.
    let record = json(&out.join("scan.json"));
    let pages = record["pages"].as_array().unwrap();
    assert_eq!(pages.len(), 12, "{pages:#?}");
    for p in pages {
        assert_eq!(p["identified"]["state"], "KEN", "{p}");
        assert!(p["identified"]["anchors"].as_u64().unwrap() >= 3, "{p}");
        assert!(p["millis"].as_f64().unwrap() > 0.0);
    }
    let from_pdf: Vec<u64> =
        pages.iter().filter(|p| p["file"].as_str().unwrap().ends_with("e-pages4-6.pdf")).map(|p| p["form_page"].as_u64().unwrap()).collect();
    assert_eq!(from_pdf, [4, 5, 6]);

    // The draft: every certain answer is the one marked; every other marked answer is listed
    // for review; page 10 missing, page 3 read once.
    let draft = json(&out.join("tip_2026.KEN.json"));
    assert_eq!(draft["state"], "KEN");
    assert_eq!(draft["scan"]["missing_pages"], serde_json::json!([]));
    assert_eq!(draft["scan"]["read_twice"].as_array().unwrap().len(), 1);
    let answers = draft["answers"].as_object().unwrap();
    let review = to_review(&draft);
    let mut marked = 0;
    for (page, t) in truth.iter().enumerate() {
        for (q, value) in &t.answers {
            marked += 1;
            match answers.get(q) {
                Some(read) => assert_eq!(read, value, "page {}: {q}", page + 1),
                None => assert!(review.contains_key(q), "page {}: {q} marked {value} is neither read nor left for review", page + 1),
            }
        }
        for q in &t.written {
            assert_eq!(review.get(q).map(String::as_str), Some("written"), "page {}: {q} was written in", page + 1);
            assert!(!answers.contains_key(q));
        }
    }
    for (q, read) in answers {
        let page = truth.iter().position(|t| t.answers.contains_key(q));
        assert!(page.is_some(), "{q} read as {read} but nothing was marked for it");
    }
    assert!(marked >= 10 && answers.len() * 10 >= marked * 9, "{} of {marked} marked answers read with certainty", answers.len());
    assert!(err.contains("tip_2026.KEN.json") && err.contains("1 page(s) scanned twice"), "{err}");

    // The review sheet: each written area's question beside its crop.
    let text = fold(&pdf_text(&out.join("review.pdf")));
    assert!(text.contains("Scanned questionnaires to review") && text.contains("To confirm or type"), "{text}");
    assert!(text.contains("Read with certainty") && text.contains("Draft replies: 1."), "{text}");
    assert!(text.contains("Written by hand"), "{text}");

    // A person types what was written and decides what was uncertain, from the review sheet.
    let mut confirmed = draft.clone();
    for q in review.keys() {
        let value = match truth.iter().find_map(|t| t.answers.get(q)) {
            Some(marked) => marked.clone(),
            None if q.contains("email") => Value::from("focal.point@example.org"),
            None if q.contains("phone") => Value::from("+254 20 2222 333"),
            None => match form.question(q).map(|q| q.kind.name()) {
                Some("integer" | "decimal") => Value::from(12),
                Some("date") => Value::from("2026-11-30"),
                _ => Value::from("Typed from the scan"),
            },
        };
        confirmed["answers"][q] = value;
    }
    let confirmed_path = out.join("tip_2026.KEN.json");
    std::fs::write(&confirmed_path, serde_json::to_vec_pretty(&confirmed).unwrap()).unwrap();

    // Accepted once confirmed: validated as any reply, then counted.
    let conference = copy_sample(tmp.path(), "conference");
    let before: Vec<_> = std::fs::read_dir(conference.join("submissions/tip_2026")).unwrap().collect();
    let accept = palermo(tmp.path(), &["scan", "--accept", out.join("tip_2026.KEN.json").to_str().unwrap(), "--inputs", conference.to_str().unwrap()]);
    assert_eq!(accept.status.code(), Some(0), "{}", stderr(&accept));
    let after: Vec<PathBuf> = std::fs::read_dir(conference.join("submissions/tip_2026")).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(after.len(), before.len() + 1);
    let validate = palermo(tmp.path(), &["validate", "--inputs", conference.to_str().unwrap(), "--format", "json"]);
    let report: Value = serde_json::from_slice(&validate.stdout).unwrap();
    let ours =
        report["submissions"].as_array().unwrap().iter().find(|s| s["file"].as_str().unwrap().contains("scan-KEN-")).expect("the accepted draft is read");
    assert_eq!(ours["status"], "accepted", "{ours}");
    assert!(
        !report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["file"].as_str().unwrap().contains("scan-KEN-") && d["message"].as_str().unwrap().contains("unknown field")),
        "the scan's record is not an unknown field"
    );
    let again = palermo(tmp.path(), &["scan", "--accept", out.join("tip_2026.KEN.json").to_str().unwrap(), "--inputs", conference.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("already exists"), "{}", stderr(&again));

    // A draft that does not validate is not added.
    let mut bad = draft.clone();
    bad["answers"]["tip5_implemented"] = Value::from("perhaps");
    let bad_path = tmp.path().join("bad-draft.json");
    std::fs::write(&bad_path, serde_json::to_vec(&bad).unwrap()).unwrap();
    std::fs::remove_file(after.iter().find(|p| p.to_string_lossy().contains("scan-KEN-")).unwrap()).unwrap();
    let refused = palermo(tmp.path(), &["scan", "--accept", bad_path.to_str().unwrap(), "--inputs", conference.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("perhaps") && stderr(&refused).contains("not accepted"), "{}", stderr(&refused));
    assert_eq!(std::fs::read_dir(conference.join("submissions/tip_2026")).unwrap().count(), before.len());
}

fn palermo_form(form_id: &str) -> palermo::model::questionnaire::Questionnaire {
    let inputs = palermo::inputs::Inputs::read_forms(Path::new(SAMPLE)).unwrap();
    inputs.questionnaires.into_iter().find(|f| f.form_id == form_id).unwrap()
}

/// The map boxes of `question` on `page` (1-based).
fn boxes<'m>(map: &'m LayoutMap, page: usize, question: &str) -> Vec<&'m palermo::documents::omr::MapBox> {
    map.pages[page - 1].boxes.iter().filter(|b| b.q == question).collect()
}

/// The page (1-based) holding `question`'s boxes.
fn page_of(map: &LayoutMap, question: &str) -> usize {
    map.pages.iter().position(|p| p.boxes.iter().any(|b| b.q == question)).unwrap_or_else(|| panic!("{question} is printed")) + 1
}

#[test]
fn marks_that_are_not_clear_go_to_a_person_and_are_never_guessed() {
    let tmp = tempfile::tempdir().unwrap();
    let (sheets, map) = printed(tmp.path(), "tip_2026", "MEX", false);
    let mut rng = fastrand::Rng::with_seed(7);
    let mut pages: Vec<Sheet> = sheets.into_iter().map(|image| Sheet::from_image(image, f64::from(SHEET_DPI))).collect();
    let mut marked = std::collections::BTreeSet::new();
    // tip5_ta (yes/no) ticked twice; tip5_ta_kind: a box filled in and nothing else;
    // tip6_a_implemented: a faint short stroke (between the thresholds); tip6_b_implemented:
    // "yes" cancelled by filling it, and a cross on "partly".
    let ta = boxes(&map, page_of(&map, "tip5_ta"), "tip5_ta");
    let sheet = &mut pages[page_of(&map, "tip5_ta") - 1];
    marked.insert(page_of(&map, "tip5_ta"));
    for b in &ta {
        synthetic::tick(sheet, (b.x, b.y), Tick::Cross, Pen::BALLPOINT, &mut rng);
    }
    let kind = boxes(&map, page_of(&map, "tip5_ta_kind"), "tip5_ta_kind");
    let sheet = &mut pages[page_of(&map, "tip5_ta_kind") - 1];
    marked.insert(page_of(&map, "tip5_ta_kind"));
    sheet.fill((kind[1].x + 0.3, kind[1].y + 0.3, kind[1].x + 4.7, kind[1].y + 4.7), 30);
    let implemented = boxes(&map, page_of(&map, "tip6_a_implemented"), "tip6_a_implemented");
    assert_eq!(implemented.len(), 3);
    let sheet = &mut pages[page_of(&map, "tip6_a_implemented") - 1];
    marked.insert(page_of(&map, "tip6_a_implemented"));
    let no = implemented[2];
    sheet.stroke((no.x + 1.4, no.y + 2.0), (no.x + 3.4, no.y + 2.6), Pen::FINE);
    let corrected = boxes(&map, page_of(&map, "tip6_b_implemented"), "tip6_b_implemented");
    let sheet = &mut pages[page_of(&map, "tip6_b_implemented") - 1];
    marked.insert(page_of(&map, "tip6_b_implemented"));
    let (yes, partly) = (corrected[0], corrected[1]);
    sheet.fill((yes.x + 0.3, yes.y + 0.3, yes.x + 4.7, yes.y + 4.7), 30);
    synthetic::tick(sheet, (partly.x, partly.y), Tick::Cross, Pen::BALLPOINT, &mut rng);

    let scans = tmp.path().join("scans");
    std::fs::create_dir_all(&scans).unwrap();
    for page in marked {
        let spoil = Spoil { angle: 1.5 - page as f64 * 0.4, scale: (0.97, 0.965), ..Spoil::clean(200.0) };
        png(&synthetic::scan(&pages[page - 1], &spoil, &mut rng), &scans.join(format!("page{page}.png")));
    }
    let out = tmp.path().join("out-scans");
    let maps = tmp.path().join("printed/questionnaires");
    let run = palermo(
        tmp.path(),
        &["scan", scans.to_str().unwrap(), "--inputs", SAMPLE, "--maps", maps.to_str().unwrap(), "--out", out.to_str().unwrap(), "--lang", "fr"],
    );
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let draft = json(&out.join("tip_2026.MEX.json"));
    let review = to_review(&draft);
    assert_eq!(review.get("tip5_ta").map(String::as_str), Some("two-ticks"), "{review:?}");
    assert_eq!(review.get("tip5_ta_kind").map(String::as_str), Some("filled-alone"), "{review:?}");
    assert_eq!(review.get("tip6_a_implemented").map(String::as_str), Some("faint-mark"), "{review:?}");
    for q in ["tip5_ta", "tip5_ta_kind", "tip6_a_implemented"] {
        assert!(draft["answers"].get(q).is_none(), "{q} is not guessed");
    }
    let seen = draft["scan"]["to_review"].as_array().unwrap().iter().find(|r| r["question"] == "tip5_ta").unwrap();
    assert_eq!(seen["seen"], serde_json::json!(["yes", "no"]));
    // The corrected answer reads as the one ticked, with certainty.
    assert_eq!(draft["answers"]["tip6_b_implemented"], "partly", "{draft:#}");
    let read = draft["scan"]["read"].as_array().unwrap().iter().find(|r| r["question"] == "tip6_b_implemented").unwrap();
    let marks: Vec<&str> = read["boxes"].as_array().unwrap().iter().map(|b| b["mark"].as_str().unwrap()).collect();
    assert_eq!(marks, ["filled", "ticked", "empty"]);
    let page = page_of(&map, "tip6_b_implemented");
    assert_eq!(read["boxes"][1]["file"].as_str().unwrap(), scans.join(format!("page{page}.png")).display().to_string());
    // The review sheet, in French, says why.
    let text = fold(&pdf_text(&out.join("review.pdf")));
    assert!(text.contains("Plus d’une case cochée") || text.contains("Plus d'une case cochée"), "{text}");
}

#[test]
fn bad_scans_are_each_named_with_a_way_forward_and_the_rest_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let (sheets, map) = printed(tmp.path(), "tip_2026", "GHA", false);
    let mut rng = fastrand::Rng::with_seed(3);
    let scans = tmp.path().join("scans");
    std::fs::create_dir_all(&scans).unwrap();
    let form = palermo_form("tip_2026");
    let mut good = Sheet::from_image(sheets[1].clone(), f64::from(SHEET_DPI));
    let truth = synthetic::mark_page(&mut good, &map.pages[1], &form, &mut rng);
    png(&synthetic::scan(&good, &Spoil::random(200.0, &mut rng), &mut rng), &scans.join("01-good.png"));
    std::fs::write(scans.join("02-notes.txt"), "Scanned on Tuesday by the registry.\n").unwrap();
    std::fs::write(scans.join("03-empty.png"), b"").unwrap();
    png(&image::GrayImage::from_pixel(1654, 2339, image::Luma([250])), &scans.join("04-blank-back.png"));
    // A photograph of page 3, taken at an angle.
    let photo = Sheet::from_image(sheets[2].clone(), f64::from(SHEET_DPI));
    png(&synthetic::scan(&photo, &Spoil { angle: 2.0, keystone: 0.06, ..Spoil::clean(200.0) }, &mut rng), &scans.join("05-photo.png"));
    // A page of another questionnaire, and a page printed from an older version of this one.
    let mut other = Sheet::from_image(sheets[3].clone(), f64::from(SHEET_DPI));
    synthetic::paint_code(&mut other, "PLM1:CORRUPTION-2026:2026.1:0A0B0C:GHA:04");
    png(&synthetic::scan(&other, &Spoil::clean(200.0), &mut rng), &scans.join("06-other-form.png"));
    let mut older = Sheet::from_image(sheets[4].clone(), f64::from(SHEET_DPI));
    synthetic::paint_code(&mut older, "PLM1:TIP-2026:2025.2:1A2B3C:GHA:05");
    png(&synthetic::scan(&older, &Spoil::clean(200.0), &mut rng), &scans.join("07-older.png"));
    // A page whose code is torn off.
    let mut torn = Sheet::from_image(sheets[5].clone(), f64::from(SHEET_DPI));
    torn.fill((160.0, 5.0, 190.0, 35.0), 255);
    png(&synthetic::scan(&torn, &Spoil::clean(200.0), &mut rng), &scans.join("08-torn.png"));

    // A file name that is Typst markup, printed on the review sheet as it is.
    std::fs::write(scans.join("09-#set page(width: 1cm) $x$ [*].png"), b"\x89PNG\r\n\x1a\nnot really").unwrap();

    let out = tmp.path().join("out-scans");
    let maps = tmp.path().join("printed/questionnaires");
    let run = palermo(tmp.path(), &["scan", scans.to_str().unwrap(), "--inputs", SAMPLE, "--maps", maps.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    let err = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "{err}");
    let record = json(&out.join("scan.json"));
    let by_file: BTreeMap<String, &Value> = record["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (Path::new(p["file"].as_str().unwrap()).file_name().unwrap().to_string_lossy().to_string(), p))
        .collect();
    assert_eq!(by_file.len(), 9, "every file is accounted for: {by_file:#?}");
    let reason = |file: &str| by_file[file]["problem"]["reason"].as_str().unwrap_or_default().to_string();
    let hint = |file: &str| by_file[file]["problem"]["hint"].as_str().unwrap_or_default().to_string();
    assert!(by_file["01-good.png"].get("problem").is_none(), "{:#}", by_file["01-good.png"]);
    assert!(reason("02-notes.txt").contains("neither a PDF nor an image"), "{}", reason("02-notes.txt"));
    assert!(reason("03-empty.png").contains("empty"));
    assert!(reason("04-blank-back.png").contains("blank") && hint("04-blank-back.png").contains("back of a page"));
    assert!(hint("05-photo.png").contains("scan it flat"), "{:#}", by_file["05-photo.png"]);
    assert!(reason("06-other-form.png").contains("not of this conference") && reason("06-other-form.png").contains("CORRUPTION-2026"));
    assert!(reason("07-older.png").contains("version 2025.2") && hint("07-older.png").contains("palermo questionnaire tip_2026"));
    assert!(reason("08-torn.png").contains("no readable QR code"));
    for file in ["02-notes.txt", "03-empty.png", "04-blank-back.png", "06-other-form.png", "07-older.png", "08-torn.png"] {
        assert!(err.contains(file), "{file} is named on the terminal: {err}");
    }
    // The photographed page never gives a certain answer; the good page is read.
    let draft = json(&out.join("tip_2026.GHA.json"));
    for r in draft["scan"]["read"].as_array().unwrap() {
        assert!(r["boxes"][0]["file"].as_str().unwrap().ends_with("01-good.png"), "{r}");
    }
    for (q, value) in &truth.answers {
        assert!(draft["answers"].get(q).is_none_or(|v| v == value), "{q}");
    }
    assert!(draft["scan"]["missing_pages"].as_array().unwrap().len() >= 8);
    // Nothing was written among the conference's submissions.
    assert!(!std::fs::read_dir(Path::new(SAMPLE).join("submissions/tip_2026")).unwrap().any(|e| e.unwrap().file_name().to_string_lossy().starts_with("scan-")));
    // The review sheet lists the pages not read.
    let text = fold(&pdf_text(&out.join("review.pdf")));
    assert!(text.contains("Pages not read") && text.contains("08-torn.png"), "{text}");
    assert!(text.contains("09-#set page(width: 1cm) $x$ [*].png") && reason("09-#set page(width: 1cm) $x$ [*].png").contains("damaged image"), "{text}");
}

#[test]
fn a_ticked_no_change_box_carries_the_answer_on_record() {
    let tmp = tempfile::tempdir().unwrap();
    let (sheets, map) = printed(tmp.path(), "tip_2026", "ALB", true);
    let mut rng = fastrand::Rng::with_seed(11);
    // The first page with a "no change" box: tick it.
    let (page, b) = map
        .pages
        .iter()
        .enumerate()
        .find_map(|(i, p)| p.boxes.iter().find(|b| b.kind == "no-change").map(|b| (i, b)))
        .expect("a prefilled copy has no-change boxes");
    let mut sheet = Sheet::from_image(sheets[page].clone(), f64::from(SHEET_DPI));
    synthetic::tick(&mut sheet, (b.x, b.y), Tick::Check, Pen::BLUE, &mut rng);
    let scans = tmp.path().join("scans");
    std::fs::create_dir_all(&scans).unwrap();
    png(&synthetic::scan(&sheet, &Spoil { upside_down: true, angle: 0.7, ..Spoil::clean(200.0) }, &mut rng), &scans.join("page.png"));
    let out = tmp.path().join("out-scans");
    let maps = tmp.path().join("printed/questionnaires");
    let run = palermo(tmp.path(), &["scan", scans.to_str().unwrap(), "--inputs", SAMPLE, "--maps", maps.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let draft = json(&out.join("tip_2026.ALB.json"));
    // What Albania's reply on record says for that question.
    let on_record = palermo::inputs::Inputs::read(Path::new(SAMPLE)).unwrap();
    let (reply, _) = on_record.latest_reply("tip_2026", "ALB").unwrap();
    let want = serde_json::to_value(&reply.answers[&b.q]).unwrap();
    assert_eq!(draft["answers"][&b.q], want, "{draft:#}");
}
