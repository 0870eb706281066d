//! `palermo scan`: scanned printed questionnaires read back into draft replies that a person
//! confirms. Each page: its QR code read (`qr`), its layout map found by the code's layout hash
//! (`layouts`), the page registered on its anchors (`register`), every box measured (`marks`);
//! then the pages put together into one draft per State and form, each answer certain or left to
//! a person (`replies`), and the review sheet of what a person must see (`review`).

pub mod layouts;
pub mod marks;
pub mod pages;
pub mod qr;
pub mod register;
pub mod replies;
pub mod review;
pub mod synthetic;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use image::GrayImage;
use rayon::prelude::*;
use serde::Serialize;

use self::layouts::{Maps, PageId};
use self::marks::{BoxRead, Mark};
use self::register::Levels;
use crate::inputs::Inputs;
use crate::lang::Lang;

/// A page of a scanned file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageRef {
    pub file: String,
    /// 1 for the file's first page; 0 for the file itself (when it cannot be read at all).
    pub page: usize,
    /// The page of the questionnaire it is (0 when not identified).
    #[serde(skip_serializing_if = "is_zero")]
    pub form_page: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// What a page is, from its QR code and its map.
#[derive(Debug, Clone, Serialize)]
pub struct Identified {
    pub form_id: String,
    pub version: String,
    pub lang: Lang,
    pub state: Option<String>,
    /// The page of the questionnaire, and how many it has.
    pub page: usize,
    pub pages: usize,
    pub layout: String,
    /// Anchors found (of five) and how well they fit, in millimetres.
    pub anchors: usize,
    pub fit_mm: f64,
    /// Whether the boxes could be read where the map puts them (else every mark is uncertain).
    pub registered: bool,
}

/// Why a page was not read, and the way forward.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub reason: String,
    pub hint: String,
}

/// The boxes of a page, counted by what they hold.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Counts {
    pub certain: usize,
    pub uncertain: usize,
    pub written: usize,
}

/// One page of the batch as read.
#[derive(Debug, Clone, Serialize)]
pub struct PageResult {
    #[serde(flatten)]
    pub source: PageRef,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identified: Option<Identified>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<Problem>,
    pub marks: Counts,
    /// Time taken: decoding the file's page and reading it.
    pub millis: f64,
    #[serde(skip)]
    pub boxes: Vec<BoxRead>,
    /// Each question's answer area as an upright picture, for the review sheet.
    #[serde(skip)]
    pub crops: BTreeMap<String, GrayImage>,
    /// The code of a page whose layout map is not at hand (it may be made, then the page read again).
    #[serde(skip)]
    pub unmapped: Option<PageId>,
}

impl PageResult {
    fn problem(source: PageRef, reason: impl Into<String>, hint: impl Into<String>, millis: f64) -> Self {
        PageResult {
            source,
            identified: None,
            problem: Some(Problem { reason: reason.into(), hint: hint.into() }),
            marks: Counts::default(),
            millis,
            boxes: Vec::new(),
            crops: BTreeMap::new(),
            unmapped: None,
        }
    }
}

/// The resolution of the review sheet's crops.
pub const CROP_DPI: f64 = 100.0;

/// Reads one page: its code, its map, its registration, its boxes.
pub fn read_page(page: &pages::Page, maps: &Maps, inputs: &Inputs, keep_crops: bool) -> PageResult {
    let started = Instant::now();
    let source = PageRef { file: page.file.clone(), page: page.page, form_page: 0 };
    let ms = |started: Instant| started.elapsed().as_secs_f64() * 1000.0;
    let levels = Levels::of(&page.image);
    if !levels.has_print() {
        return PageResult::problem(
            source,
            "is blank: nothing is printed on it",
            "if it is the back of a page, leave it out of the scans; else scan the page again",
            ms(started),
        );
    }
    let Some(code) = qr::find(&page.image) else {
        return PageResult::problem(
            source,
            "has no readable QR code",
            "the code at the top right may be torn, covered or too faint: scan the page again at 200 dpi or more, or type its answers by hand",
            ms(started),
        );
    };
    let Some(id) = PageId::parse(&code.text) else {
        return PageResult::problem(
            source,
            format!("has a QR code that is not a palermo questionnaire's ({})", crate::quote::quoted(&code.text)),
            "it is a page of another form: take it out of the scans",
            ms(started),
        );
    };
    let (map, map_page) = match maps.find(&id, inputs) {
        Ok(found) => found,
        Err((reason, hint)) => return PageResult { unmapped: Some(id), ..PageResult::problem(source, reason, hint, ms(started)) },
    };
    let Some(guess) = register::from_code(&code.corners) else {
        return PageResult::problem(source, "has a QR code whose corners cannot be located", "scan the page again, flat on the glass", ms(started));
    };
    let registration = register::register(&page.image, guess, &code.corners, &map.anchors, levels);
    let mut boxes: Vec<BoxRead> = map_page.boxes.iter().map(|b| marks::read_box(&page.image, &registration.to_px, levels, b)).collect();
    // A page that is flat and registered has its boxes' outlines where the map puts them; when
    // a quarter of them are missing or more than half a millimetre off, the page is not flat (a
    // photograph, a fold) and no mark on it is certain.
    let outlined = boxes.iter().filter(|b| b.map.kind != "text").count();
    let astray = boxes.iter().filter(|b| b.map.kind != "text").filter(|b| b.shift.is_none_or(|(dx, dy)| dx.hypot(dy) > 0.5)).count();
    let flat = outlined == 0 || astray * 4 < outlined;
    let registered = registration.is_good() && flat;
    if !registered {
        for b in &mut boxes {
            if Mark::is_tick_box(&b.map.kind) || b.mark == Mark::Blank {
                b.mark = Mark::Uncertain;
            }
        }
    }
    let mut crops = BTreeMap::new();
    if keep_crops {
        let mut areas: BTreeMap<&str, (f64, f64, f64, f64)> = BTreeMap::new();
        for b in &map_page.boxes {
            let area = areas.entry(b.q.as_str()).or_insert((b.x, b.y, b.x + b.w, b.y + b.h));
            *area = (area.0.min(b.x), area.1.min(b.y), area.2.max(b.x + b.w), area.3.max(b.y + b.h));
        }
        for (q, (_, y0, _, y1)) in areas {
            // The text column's whole width, so that the choices' words show beside their boxes.
            let rect = (15.0, (y0 - 4.0).max(0.0), 195.0, (y1 + 3.0).min(y0 + 120.0).min(297.0));
            crops.insert(q.to_string(), marks::crop(&page.image, &registration.to_px, rect, CROP_DPI));
        }
    }
    let tick = |b: &&BoxRead| Mark::is_tick_box(&b.map.kind);
    let counts = Counts {
        certain: boxes.iter().filter(tick).filter(|b| b.mark != Mark::Uncertain).count(),
        uncertain: boxes.iter().filter(tick).filter(|b| b.mark == Mark::Uncertain).count(),
        written: boxes.iter().filter(|b| b.mark == Mark::Written).count(),
    };
    let problem = (!registered).then(|| Problem {
        reason: if registration.is_good() {
            format!("was read, but {astray} of its {outlined} boxes are not where the page's anchors put them: every mark goes to review")
        } else {
            format!(
                "was read, but {} of its 5 anchors were found where expected (off by {:.1} mm): every mark goes to review",
                registration.anchors,
                if registration.rms_mm.is_finite() { registration.rms_mm } else { 0.0 }
            )
        },
        hint: "the page may be photographed at an angle, folded or cut: scan it flat on a scanner".to_string(),
    });
    PageResult {
        source: PageRef { form_page: id.page, ..source },
        identified: Some(Identified {
            form_id: map.form_id.clone(),
            version: map.version.clone(),
            lang: map.lang,
            state: id.state.clone(),
            page: id.page,
            pages: map.pages.len(),
            layout: map.layout_hash.clone(),
            anchors: registration.anchors,
            fit_mm: if registration.rms_mm.is_finite() { (registration.rms_mm * 1000.0).round() / 1000.0 } else { -1.0 },
            registered,
        }),
        problem,
        marks: counts,
        millis: ms(started),
        boxes,
        crops,
        unmapped: None,
    }
}

/// A batch read: every page (or unreadable file) in the order given, and the drafts.
pub struct Batch {
    pub pages: Vec<PageResult>,
    pub drafts: Vec<replies::Draft>,
    pub millis: f64,
}

/// Reads every file (path, name shown), files in parallel, each file's pages in order.
pub fn scan(files: &[(PathBuf, String)], maps: &Maps, inputs: &Inputs, keep_crops: bool) -> Batch {
    let started = Instant::now();
    let pages = read_files(files, maps, inputs, keep_crops);
    let drafts = replies::assemble(&pages, inputs);
    Batch { pages, drafts, millis: started.elapsed().as_secs_f64() * 1000.0 }
}

/// Reads again the files holding pages whose maps were missing (now that `maps` has more).
pub fn rescan(batch: Batch, files: &[(PathBuf, String)], maps: &Maps, inputs: &Inputs, keep_crops: bool) -> Batch {
    let started = Instant::now();
    let again: Vec<(PathBuf, String)> =
        files.iter().filter(|(_, name)| batch.pages.iter().any(|p| p.unmapped.is_some() && p.source.file == *name)).cloned().collect();
    let mut reread = read_files(&again, maps, inputs, keep_crops).into_iter().peekable();
    let mut pages = Vec::new();
    for page in batch.pages {
        if again.iter().any(|(_, name)| *name == page.source.file) {
            // The file's pages, read again, in place of its first reading.
            while reread.peek().is_some_and(|p| p.source.file == page.source.file) {
                pages.extend(reread.next());
            }
        } else {
            pages.push(page);
        }
    }
    let drafts = replies::assemble(&pages, inputs);
    Batch { pages, drafts, millis: batch.millis + started.elapsed().as_secs_f64() * 1000.0 }
}

fn read_files(files: &[(PathBuf, String)], maps: &Maps, inputs: &Inputs, keep_crops: bool) -> Vec<PageResult> {
    let per_file: Vec<Vec<PageResult>> = files
        .par_iter()
        .map(|(path, display)| {
            let mut results = Vec::new();
            let mut clock = Instant::now();
            let read = pages::each_page(path, display, |n, page| {
                let decoded = clock.elapsed().as_secs_f64() * 1000.0;
                let result = match page {
                    Ok(page) => {
                        let mut r = read_page(&page, maps, inputs, keep_crops);
                        r.millis = ((r.millis + decoded) * 10.0).round() / 10.0;
                        r
                    }
                    Err(e) => PageResult::problem(PageRef { file: display.clone(), page: n, form_page: 0 }, e.reason, e.hint, decoded),
                };
                results.push(result);
                clock = Instant::now();
            });
            if let Err(e) = read {
                results.push(PageResult::problem(PageRef { file: display.clone(), page: 0, form_page: 0 }, e.reason, e.hint, 0.0));
            }
            results
        })
        .collect();
    per_file.into_iter().flatten().collect()
}

/// The files of the scans folders and files given, in name order (a folder's files, not its
/// subfolders'); hidden files are left out.
pub fn files(paths: &[PathBuf]) -> Result<Vec<(PathBuf, String)>, String> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
                .collect();
            inside.sort();
            files.extend(inside.into_iter().map(|p| (p.clone(), p.display().to_string())));
        } else if path.is_file() {
            files.push((path.clone(), path.display().to_string()));
        } else {
            return Err(format!("{}: no such file or folder", path.display()));
        }
    }
    Ok(files)
}
