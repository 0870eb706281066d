//! What makes a printed page readable by a scanner: a QR code per page naming the form, its
//! version, the page and the State of a personalised copy, and the layout map of every answer
//! box, comb cell and text area, in millimetres, as Typst laid them out.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::engine::Mark;
use crate::lang::Lang;

/// The QR codes a questionnaire can use: one per page, up to this many pages.
pub const MAX_PAGES: usize = 60;

/// The QR side in millimetres: 0.6 mm modules with a four-module quiet zone (version 3).
pub const QR_MM: f64 = 22.2;

/// Where templates/un.typ places the QR code (its quiet zone's top-left corner) on every page,
/// in millimetres from the page's top-left corner; the scan finds the page's anchors from it.
pub const QR_AT_MM: (f64, f64) = (165.0, 10.0);

/// The quiet zone around the code's modules: four modules of 0.6 mm.
pub const QR_QUIET_MM: f64 = 2.4;

/// What the QR code of a page holds: `PLM1:<FORM>:<VERSION>:<LAYOUT>:<STATE>:<PAGE>`, in
/// upper case so that the code uses QR's compact alphanumeric mode.
pub fn payload(form_id: &str, version: &str, layout: &str, state: Option<&str>, page: usize) -> String {
    let clean = |s: &str| printed(s);
    format!("PLM1:{}:{}:{}:{}:{page:02}", clean(form_id), clean(version), clean(layout), state.map_or_else(|| "-".to_string(), clean))
}

/// A form_id, version or State code as a QR code prints it: upper case, in QR's alphanumeric
/// characters (`tip_2026` is `TIP-2026`).
pub fn printed(s: &str) -> String {
    s.to_uppercase().chars().map(|c| if c.is_ascii_alphanumeric() || " $%*+-./".contains(c) { c } else { '-' }).collect()
}

/// A QR code (error correction H, the highest) as an SVG with its quiet zone.
pub fn qr_svg(data: &str) -> Result<String, String> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::H).map_err(|e| format!("QR code for {}: {e}", crate::quote::quoted(data)))?;
    Ok(code.render::<svg::Color>().module_dimensions(8, 8).quiet_zone(true).build())
}

/// The QR codes of pages 1 to `MAX_PAGES`, as the files the template reads (`/qr-3.svg`), each
/// made when its page is laid out.
pub fn qr_assets(form_id: &str, version: &str, layout: &str, state: Option<&str>) -> crate::engine::LazyAssets {
    let (form_id, version, layout, state) = (form_id.to_string(), version.to_string(), layout.to_string(), state.map(str::to_string));
    let key = payload(&form_id, &version, &layout, state.as_deref(), 0);
    let make = move |path: &str| -> Option<Vec<u8>> {
        let page: usize = path.strip_prefix("/qr-")?.strip_suffix(".svg")?.parse().ok()?;
        if !(1..=MAX_PAGES).contains(&page) {
            return None;
        }
        qr_svg(&payload(&form_id, &version, &layout, state.as_deref(), page)).ok().map(String::into_bytes)
    };
    crate::engine::LazyAssets { key: format!("qr:{key}"), make: std::sync::Arc::new(make) }
}

/// A short hash of what the answer areas are (the form's questions and choices, the language
/// and the paper size), printed in every QR code so a scan is never read with another map.
pub fn layout_hash(form: &crate::model::questionnaire::Questionnaire, lang: Lang) -> String {
    layout_hash_with(form, lang, None, &[])
}

/// The layout hash of a copy personalised for `state` (its name and block on the cover move
/// the pages after it) and of a prefilled copy (the answers printed on record move every box
/// below them): both are part of what the map is of.
pub fn layout_hash_with(form: &crate::model::questionnaire::Questionnaire, lang: Lang, state: Option<&str>, on_record: &[(&str, String)]) -> String {
    let mut hasher = Sha256::new();
    if let Some(state) = state {
        hasher.update(b"state\0");
        hasher.update(state.as_bytes());
        hasher.update([0]);
    }
    for (name, answer) in on_record {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(answer.as_bytes());
        hasher.update([0]);
    }
    hasher.update(form.form_id.as_bytes());
    hasher.update(form.version.as_deref().unwrap_or_default().as_bytes());
    hasher.update(lang.code().as_bytes());
    hasher.update(b"a4");
    for q in &form.questions {
        hasher.update(q.name.as_bytes());
        hasher.update(q.kind.name().as_bytes());
        if let Some(list) = q.kind.list().and_then(|l| form.choices.get(l)) {
            for c in list {
                hasher.update(c.name.as_bytes());
            }
        }
    }
    hasher.finalize().iter().take(3).map(|b| format!("{b:02X}")).collect()
}

/// One answer box, comb cell or text area.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MapBox {
    pub q: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub c: Option<String>,
    /// The cell's index in a comb.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub i: Option<u64>,
    pub kind: String,
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MapPage {
    pub page: usize,
    pub qr: String,
    pub boxes: Vec<MapBox>,
}

/// `<form_id>.<lang>.layout.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LayoutMap {
    pub schema: String,
    pub form_id: String,
    pub version: String,
    pub lang: Lang,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    pub paper: String,
    pub layout_hash: String,
    /// The five anchor squares, the same on every page.
    pub anchors: Vec<MapBox>,
    pub pages: Vec<MapPage>,
}

/// Positions rounded to a hundredth of a millimetre (what a scanner can use; and identical
/// numbers on every machine).
fn mm(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The layout map from the marks Typst placed at each box's top-left corner.
/// `hash` is the copy's layout hash, as its QR codes print it.
pub fn layout_map(marks: &[Mark], pages: usize, form: &crate::model::questionnaire::Questionnaire, lang: Lang, state: Option<&str>, hash: String) -> LayoutMap {
    let version = form.version.clone().unwrap_or_default();
    let as_box = |m: &Mark| -> Option<MapBox> {
        let v = &m.value;
        Some(MapBox {
            q: v.get("q")?.as_str()?.to_string(),
            c: v.get("c").and_then(|c| c.as_str()).map(str::to_string),
            i: v.get("i").and_then(serde_json::Value::as_u64),
            kind: v.get("kind")?.as_str()?.to_string(),
            x: mm(m.x),
            y: mm(m.y),
            w: mm(v.get("w")?.as_f64()?),
            h: mm(v.get("h")?.as_f64()?),
        })
    };
    let anchors = marks.iter().filter(|m| m.page == 1 && m.value.get("kind").and_then(|k| k.as_str()) == Some("anchor")).filter_map(as_box).collect();
    let pages = (1..=pages)
        .map(|page| MapPage {
            page,
            qr: payload(&form.form_id, &version, &hash, state, page),
            boxes: marks.iter().filter(|m| m.page == page && m.value.get("kind").and_then(|k| k.as_str()) != Some("anchor")).filter_map(as_box).collect(),
        })
        .collect();
    LayoutMap {
        schema: "palermo-omr/1".to_string(),
        form_id: form.form_id.clone(),
        version,
        lang,
        state: state.map(str::to_string),
        paper: "a4".to_string(),
        layout_hash: hash,
        anchors,
        pages,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_are_short_upper_case_and_name_the_page() {
        let p = payload("tip_2026", "2026.1", "9F2C1A", Some("FRA"), 3);
        assert_eq!(p, "PLM1:TIP-2026:2026.1:9F2C1A:FRA:03");
        assert!(qr_svg(&p).unwrap().starts_with("<?xml") || qr_svg(&p).unwrap().contains("<svg"));
        // Version 3 at level H holds 35 alphanumeric characters: 0.6 mm modules make 22.2 mm.
        let code = QrCode::with_error_correction_level(p.as_bytes(), EcLevel::H).unwrap();
        assert_eq!(code.width(), 29);
    }
}
