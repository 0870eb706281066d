//! Scans made on purpose, to measure the reading against a known truth (`palermo bench --scan`
//! and the tests): a printed questionnaire's page rendered (hayro), marked as people mark boxes
//! (crosses, checks, dots, heavy and faint pens, strokes leaving the box, an answer cancelled by
//! filling its box and another ticked, writing in text areas and comb cells), then spoiled as
//! scanners spoil pages (rotation, print scale, offset, upside down, blur, noise, JPEG, black
//! and white) at 150 to 300 dpi. Every mark made is recorded, so every reading can be checked.

use std::collections::BTreeMap;

use image::GrayImage;
use serde_json::Value;

use super::marks::Mark;
use crate::documents::omr::MapPage;
use crate::model::questionnaire::{QuestionKind, Questionnaire};

/// A page being marked, in millimetres, at `ppm` pixels per millimetre.
pub struct Sheet {
    pub image: GrayImage,
    pub ppm: f64,
}

/// A pen: the stroke's width in millimetres and its grey on a grey scan (0 black).
#[derive(Debug, Clone, Copy)]
pub struct Pen {
    pub width: f64,
    pub ink: u8,
}

impl Pen {
    pub const BALLPOINT: Pen = Pen { width: 0.5, ink: 30 };
    pub const FINE: Pen = Pen { width: 0.35, ink: 45 };
    pub const HEAVY: Pen = Pen { width: 1.0, ink: 15 };
    /// A blue ballpoint as a grey scan sees it.
    pub const BLUE: Pen = Pen { width: 0.5, ink: 95 };
    /// A faint pen or a soft pencil.
    pub const FAINT: Pen = Pen { width: 0.45, ink: 140 };
    pub const ALL: [Pen; 5] = [Pen::BALLPOINT, Pen::FINE, Pen::HEAVY, Pen::BLUE, Pen::FAINT];
}

impl Sheet {
    /// A page of a PDF rendered at `dpi`.
    pub fn from_image(image: GrayImage, dpi: f64) -> Sheet {
        Sheet { image, ppm: dpi / 25.4 }
    }

    fn paint(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, coverage: impl Fn(f64, f64) -> f64, ink: u8) {
        let (w, h) = self.image.dimensions();
        let px = |v: f64, max: u32| ((v * self.ppm).max(0.0) as u32).min(max);
        for y in px(y0, h)..px(y1, h) {
            for x in px(x0, w)..px(x1, w) {
                let a = coverage((f64::from(x) + 0.5) / self.ppm, (f64::from(y) + 0.5) / self.ppm).clamp(0.0, 1.0);
                if a > 0.0 {
                    let p = self.image.get_pixel_mut(x, y);
                    let mixed = f64::from(p.0[0]) * (1.0 - a) + f64::from(ink) * a;
                    p.0[0] = p.0[0].min(mixed.round() as u8);
                }
            }
        }
    }

    /// A straight stroke from `a` to `b`.
    pub fn stroke(&mut self, a: (f64, f64), b: (f64, f64), pen: Pen) {
        let r = pen.width / 2.0;
        let half_px = 0.5 / self.ppm;
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let length2 = (dx * dx + dy * dy).max(1e-9);
        let coverage = move |x: f64, y: f64| {
            let t = (((x - a.0) * dx + (y - a.1) * dy) / length2).clamp(0.0, 1.0);
            let (cx, cy) = (a.0 + t * dx, a.1 + t * dy);
            let d = ((x - cx).powi(2) + (y - cy).powi(2)).sqrt();
            (r + half_px - d) / (2.0 * half_px)
        };
        self.paint(a.0.min(b.0) - r - 1.0, a.1.min(b.1) - r - 1.0, a.0.max(b.0) + r + 1.0, a.1.max(b.1) + r + 1.0, coverage, pen.ink);
    }

    /// A round dot of ink.
    pub fn dot(&mut self, c: (f64, f64), radius: f64, ink: u8) {
        let half_px = 0.5 / self.ppm;
        self.paint(
            c.0 - radius - 1.0,
            c.1 - radius - 1.0,
            c.0 + radius + 1.0,
            c.1 + radius + 1.0,
            move |x, y| (radius + half_px - ((x - c.0).powi(2) + (y - c.1).powi(2)).sqrt()) / (2.0 * half_px),
            ink,
        );
    }

    /// A rectangle filled with `grey` (white paints over print).
    pub fn fill(&mut self, (x0, y0, x1, y1): (f64, f64, f64, f64), grey: u8) {
        let (w, h) = self.image.dimensions();
        let px = |v: f64, max: u32| ((v * self.ppm).max(0.0).round() as u32).min(max);
        for y in px(y0, h)..px(y1, h) {
            for x in px(x0, w)..px(x1, w) {
                self.image.put_pixel(x, y, image::Luma([grey]));
            }
        }
    }
}

/// How a box is ticked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tick {
    Cross,
    Check,
    Dot,
    Slash,
    /// A cross whose strokes run well out of the box.
    WideCross,
}

impl Tick {
    pub const ALL: [Tick; 5] = [Tick::Cross, Tick::Check, Tick::Dot, Tick::Slash, Tick::WideCross];
}

/// Ticks the 5 mm box whose top-left corner is at `(x, y)`.
pub fn tick(sheet: &mut Sheet, (x, y): (f64, f64), style: Tick, pen: Pen, rng: &mut fastrand::Rng) {
    let mut j = || (rng.f64() - 0.5) * 0.8;
    match style {
        Tick::Cross => {
            sheet.stroke((x + 0.9 + j(), y + 0.9 + j()), (x + 4.1 + j(), y + 4.1 + j()), pen);
            sheet.stroke((x + 4.1 + j(), y + 0.9 + j()), (x + 0.9 + j(), y + 4.1 + j()), pen);
        }
        Tick::WideCross => {
            sheet.stroke((x - 0.8 + j(), y - 0.6 + j()), (x + 5.8 + j(), y + 5.6 + j()), pen);
            sheet.stroke((x + 5.7 + j(), y - 0.7 + j()), (x - 0.6 + j(), y + 5.8 + j()), pen);
        }
        Tick::Check => {
            let bottom = (x + 2.0 + j(), y + 4.2 + j() / 2.0);
            sheet.stroke((x + 0.8 + j(), y + 2.6 + j()), bottom, pen);
            sheet.stroke(bottom, (x + 5.6 + j(), y - 0.8 + j()), pen);
        }
        Tick::Slash => sheet.stroke((x + 4.2 + j(), y + 0.8 + j()), (x + 0.8 + j(), y + 4.2 + j()), Pen { width: pen.width.max(0.5), ..pen }),
        Tick::Dot => {
            let r = 0.85 + j().abs() * 0.75;
            sheet.dot((x + 2.5 + j() / 2.0, y + 2.5 + j() / 2.0), r, pen.ink.min(60));
        }
    }
}

/// Writes something (strokes of letters or digits) in the area (x, y, w, h).
pub fn write(sheet: &mut Sheet, (x, y, w, h): (f64, f64, f64, f64), pen: Pen, rng: &mut fastrand::Rng) {
    let cells = ((w / 6.0).floor() as usize).clamp(1, 12);
    let letters = if w <= 6.5 { 1 } else { 2 + rng.usize(..cells.max(3)) };
    for k in 0..letters {
        let cx = x + 1.2 + k as f64 * if w <= 6.5 { 0.0 } else { 3.2 };
        if cx + 3.0 > x + w {
            break;
        }
        let (top, bottom) = (y + h.min(8.0) * 0.2, y + h.min(8.0) * 0.8);
        match rng.usize(..3) {
            0 => sheet.stroke((cx + 1.5, top), (cx + 1.3, bottom), pen),
            1 => {
                sheet.stroke((cx + 0.3, top), (cx + 2.8, top), pen);
                sheet.stroke((cx + 2.8, top), (cx + 1.0, bottom), pen);
            }
            _ => {
                let (mx, my, rx, ry) = (cx + 1.5, (top + bottom) / 2.0, 1.2, (bottom - top) / 2.0);
                for s in 0..10 {
                    let (a0, a1) = (s as f64 * 0.628, (s + 1) as f64 * 0.628);
                    sheet.stroke((mx + rx * a0.cos(), my + ry * a0.sin()), (mx + rx * a1.cos(), my + ry * a1.sin()), pen);
                }
            }
        }
    }
}

/// What was done to a page, and what a perfect reading gives.
#[derive(Debug, Clone, Default)]
pub struct Truth {
    /// Per box of the map page, what it holds.
    pub boxes: Vec<Mark>,
    /// Each question's answer as the draft would hold it (absent: no answer).
    pub answers: BTreeMap<String, Value>,
    /// Questions with writing (a person types them).
    pub written: Vec<String>,
}

/// Marks a page as a respondent would: each question answered (or, now and then, left blank),
/// one answer in twelve corrected by filling its box and ticking another.
pub fn mark_page(sheet: &mut Sheet, page: &MapPage, form: &Questionnaire, rng: &mut fastrand::Rng) -> Truth {
    mark(sheet, page, form, rng, false)
}

/// Marks a page as a thorough respondent would: every question answered, every area written in.
pub fn mark_page_fully(sheet: &mut Sheet, page: &MapPage, form: &Questionnaire, rng: &mut fastrand::Rng) -> Truth {
    mark(sheet, page, form, rng, true)
}

fn mark(sheet: &mut Sheet, page: &MapPage, form: &Questionnaire, rng: &mut fastrand::Rng, thorough: bool) -> Truth {
    let mut truth =
        Truth { boxes: page.boxes.iter().map(|b| if Mark::is_tick_box(&b.kind) { Mark::Empty } else { Mark::Blank }).collect(), ..Default::default() };
    let mut questions: Vec<&str> = Vec::new();
    for b in &page.boxes {
        if !questions.contains(&b.q.as_str()) {
            questions.push(&b.q);
        }
    }
    for q in questions {
        let ticks: Vec<usize> = (0..page.boxes.len()).filter(|&i| page.boxes[i].q == q && page.boxes[i].kind == "tick").collect();
        let areas: Vec<usize> = (0..page.boxes.len()).filter(|&i| page.boxes[i].q == q && !Mark::is_tick_box(&page.boxes[i].kind)).collect();
        let pen = Pen::ALL[rng.usize(..Pen::ALL.len())];
        let style = Tick::ALL[rng.usize(..Tick::ALL.len())];
        let kind = form.question(q).map(|q| &q.kind);
        let mut chosen: Vec<usize> = Vec::new();
        if !ticks.is_empty() && (thorough || rng.usize(..10) > 0) {
            match kind {
                Some(QuestionKind::SelectMultiple(_)) => {
                    for &t in &ticks {
                        if rng.bool() {
                            chosen.push(t);
                        }
                    }
                    if thorough && chosen.is_empty() {
                        chosen.push(ticks[0]);
                    }
                }
                _ => chosen.push(ticks[rng.usize(..ticks.len())]),
            }
            // A corrected answer: another box filled in, as the instructions say.
            if ticks.len() > 1 && !chosen.is_empty() && rng.usize(..12) == 0 {
                let cancelled = ticks.iter().copied().find(|t| !chosen.contains(t)).unwrap_or(ticks[0]);
                if !chosen.contains(&cancelled) {
                    let b = &page.boxes[cancelled];
                    sheet.fill((b.x + 0.3, b.y + 0.3, b.x + b.w - 0.3, b.y + b.h - 0.3), pen.ink.min(60));
                    truth.boxes[cancelled] = Mark::Filled;
                }
            }
        }
        for &t in &chosen {
            let b = &page.boxes[t];
            tick(sheet, (b.x, b.y), style, pen, rng);
            truth.boxes[t] = Mark::Ticked;
        }
        let values: Vec<String> = chosen.iter().filter_map(|&t| page.boxes[t].c.clone()).collect();
        if !values.is_empty() {
            let value = match kind {
                Some(QuestionKind::SelectMultiple(_)) => Value::from(values),
                Some(QuestionKind::Range(_)) => values[0].parse::<f64>().map_or_else(|_| Value::from(values[0].clone()), Value::from),
                Some(QuestionKind::Acknowledge) => Value::from("OK"),
                _ => Value::from(values[0].clone()),
            };
            truth.answers.insert(q.to_string(), value);
        }
        if !areas.is_empty() && (thorough || rng.bool()) {
            // Write in the first area (a comb: its first cells), as a respondent starts.
            let cells = areas.len().min(1 + rng.usize(..3));
            for &a in areas.iter().take(cells) {
                let b = &page.boxes[a];
                write(sheet, (b.x, b.y, b.w.min(80.0), b.h), Pen { ink: pen.ink.min(60), ..pen }, rng);
                truth.boxes[a] = Mark::Written;
            }
            truth.written.push(q.to_string());
            truth.answers.remove(q);
        }
    }
    truth
}

/// How a scanner spoils a page.
#[derive(Debug, Clone, Copy)]
pub struct Spoil {
    pub dpi: f64,
    /// Degrees, clockwise.
    pub angle: f64,
    /// The print's scale (0.94 to 1), across and down.
    pub scale: (f64, f64),
    /// Millimetres the page lies off the scanner's corner.
    pub shift: (f64, f64),
    pub upside_down: bool,
    pub blur: bool,
    /// The spread of the scanner's noise, in grey levels.
    pub noise: f64,
    pub jpeg: Option<u8>,
    /// Black and white (1 bit), as document scanners default to.
    pub bilevel: bool,
    /// A photograph's keystone: the page's bottom edge this much narrower (0.02 = 2 %).
    pub keystone: f64,
    /// Specks of dust or toner on the glass, each 0.2 to 0.7 mm across, anywhere on the page.
    pub specks: usize,
}

impl Spoil {
    pub fn clean(dpi: f64) -> Spoil {
        Spoil {
            dpi,
            angle: 0.0,
            scale: (1.0, 1.0),
            shift: (0.0, 0.0),
            upside_down: false,
            blur: false,
            noise: 0.0,
            jpeg: None,
            bilevel: false,
            keystone: 0.0,
            specks: 0,
        }
    }

    /// A spoiling drawn at random within the bounds: rotation up to 3°, scale 94-100 %,
    /// an offset up to 4 mm, one page in ten upside down, blur, noise, up to 40 specks of dust,
    /// JPEG at quality 50 or black and white.
    pub fn random(dpi: f64, rng: &mut fastrand::Rng) -> Spoil {
        let s = 0.94 + rng.f64() * 0.06;
        Spoil {
            dpi,
            angle: (rng.f64() * 2.0 - 1.0) * 3.0,
            scale: (s, s * (0.99 + rng.f64() * 0.02).min(1.0 / s)),
            shift: ((rng.f64() * 2.0 - 1.0) * 4.0, (rng.f64() * 2.0 - 1.0) * 4.0),
            upside_down: rng.usize(..10) == 0,
            blur: rng.bool(),
            noise: rng.f64() * 8.0,
            jpeg: (rng.usize(..3) == 0).then_some(50),
            bilevel: rng.usize(..4) == 0,
            keystone: 0.0,
            specks: rng.usize(..=40),
        }
    }
}

/// The scan of a marked sheet: A4 at `spoil.dpi`, the page placed on the glass as `spoil` says.
pub fn scan(sheet: &Sheet, spoil: &Spoil, rng: &mut fastrand::Rng) -> GrayImage {
    let out_ppm = spoil.dpi / 25.4;
    let (w, h) = ((210.0 * out_ppm).round() as u32, (297.0 * out_ppm).round() as u32);
    let (sw, sh) = sheet.image.dimensions();
    let (sin, cos) = spoil.angle.to_radians().sin_cos();
    let (cx, cy) = (105.0, 148.5);
    let src = |x: f64, y: f64| -> f64 {
        let (fx, fy) = (x * sheet.ppm - 0.5, y * sheet.ppm - 0.5);
        if fx < 0.0 || fy < 0.0 || fx >= f64::from(sw - 1) || fy >= f64::from(sh - 1) {
            return 255.0;
        }
        let (x0, y0) = (fx.floor() as u32, fy.floor() as u32);
        let (ax, ay) = (fx - f64::from(x0), fy - f64::from(y0));
        let p = |x: u32, y: u32| f64::from(sheet.image.get_pixel(x, y).0[0]);
        (p(x0, y0) * (1.0 - ax) + p(x0 + 1, y0) * ax) * (1.0 - ay) + (p(x0, y0 + 1) * (1.0 - ax) + p(x0 + 1, y0 + 1) * ax) * ay
    };
    let mut image = GrayImage::from_fn(w, h, |u, v| {
        // From the glass back to the page: undo the offset, the rotation, the scale.
        let (mut x, mut y) = ((f64::from(u) + 0.5) / out_ppm - spoil.shift.0 - cx, (f64::from(v) + 0.5) / out_ppm - spoil.shift.1 - cy);
        if spoil.upside_down {
            (x, y) = (-x, -y);
        }
        let (rx, ry) = (x * cos + y * sin, -x * sin + y * cos);
        // A keystone: lines lower on the page are narrower.
        let narrow = 1.0 - spoil.keystone * (ry + cy) / 297.0;
        let (px, py) = (rx / spoil.scale.0 / narrow + cx, ry / spoil.scale.1 + cy);
        image::Luma([src(px, py).round().clamp(0.0, 255.0) as u8])
    });
    for _ in 0..spoil.specks {
        let (cx, cy) = (rng.f64() * f64::from(w), rng.f64() * f64::from(h));
        let r = (0.1 + rng.f64() * 0.25) * out_ppm;
        let grey = 20 + rng.u8(..80);
        for y in (cy - r).max(0.0) as u32..((cy + r).ceil() as u32).min(h) {
            for x in (cx - r).max(0.0) as u32..((cx + r).ceil() as u32).min(w) {
                if (f64::from(x) + 0.5 - cx).hypot(f64::from(y) + 0.5 - cy) <= r {
                    image.put_pixel(x, y, image::Luma([grey]));
                }
            }
        }
    }
    if spoil.blur {
        image = image::imageops::blur(&image, 0.7);
    }
    if spoil.noise > 0.0 {
        for p in image.pixels_mut() {
            let n = (rng.f64() + rng.f64() + rng.f64() - 1.5) * 2.0 * spoil.noise;
            p.0[0] = (f64::from(p.0[0]) + n).round().clamp(0.0, 255.0) as u8;
        }
    }
    if spoil.bilevel {
        for p in image.pixels_mut() {
            p.0[0] = if p.0[0] < 160 { 0 } else { 255 };
        }
    }
    if let Some(quality) = spoil.jpeg {
        image = jpeg_round_trip(&image, quality);
    }
    image
}

/// An image saved as JPEG at `quality` and read back.
pub fn jpeg_round_trip(image: &GrayImage, quality: u8) -> GrayImage {
    let mut bytes = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, quality);
    image.write_with_encoder(encoder).expect("JPEG encoding of an in-memory image");
    image::load_from_memory(&bytes).expect("reads its own JPEG").to_luma8()
}

/// A QR code painted over the page's own (a page of another questionnaire or version).
pub fn paint_code(sheet: &mut Sheet, text: &str) {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::H).expect("a short text fits");
    let modules = code.width();
    let module = (crate::documents::omr::QR_MM - 2.0 * crate::documents::omr::QR_QUIET_MM) / modules as f64;
    let (x0, y0) = (crate::documents::omr::QR_AT_MM.0, crate::documents::omr::QR_AT_MM.1);
    let side = crate::documents::omr::QR_MM;
    sheet.fill((x0, y0, x0 + side, y0 + side), 255);
    for (i, colour) in code.to_colors().into_iter().enumerate() {
        if colour == qrcode::Color::Dark {
            let (mx, my) = ((i % modules) as f64, (i / modules) as f64);
            let (x, y) = (x0 + crate::documents::omr::QR_QUIET_MM + mx * module, y0 + crate::documents::omr::QR_QUIET_MM + my * module);
            sheet.fill((x, y, x + module, y + module), 0);
        }
    }
}
