//! What each box of the map holds on a registered page: the share of ink inside a tick box
//! (empty, ticked, filled to cancel, or uncertain between two thresholds: never guessed), and
//! whether anything is written in a comb cell or a text area (a person types it).

use image::GrayImage;
use serde::Serialize;

use super::register::{Affine, Levels};
use crate::documents::omr::MapBox;

/// How far inside a box's drawn edge the ink is measured: clear of the printed outline (1 pt)
/// and of the few tenths of a millimetre the registration may be off.
const INSIDE_MM: f64 = 0.8;

/// The thresholds of a tick box's ink share, from the measures of `omr-reading.md` §7 (empty
/// boxes ≤ 0.024 with dirt, a single stroke ≥ 0.11, crosses of 0.35–0.7 mm pens 0.26–0.54) and
/// palermo's own (a cross of a 1 mm felt pen covers 0.70–0.76, a box filled in 0.95 or more).
pub const EMPTY_BELOW: f64 = 0.04;
pub const TICKED_FROM: f64 = 0.08;
pub const TICKED_BELOW: f64 = 0.80;
pub const FILLED_FROM: f64 = 0.90;

/// A comb cell holds writing from this share of ink (a "1" is 0.08–0.11); from the lower
/// share, something may be there and a person looks.
const CELL_WRITTEN: f64 = 0.03;
const CELL_MAYBE: f64 = 0.012;
/// A text area holds writing from this much ink, in square millimetres (a letter is 2 or
/// more); from the lower, a person looks.
const AREA_WRITTEN_MM2: f64 = 1.5;
const AREA_MAYBE_MM2: f64 = 0.4;

/// What one box holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    /// A tick box with no mark.
    Empty,
    /// A tick box with a cross, a check or a dot.
    Ticked,
    /// A tick box filled completely: cancelled, as the printed instructions say.
    Filled,
    /// Between two thresholds, or partly off the scan: a person decides.
    Uncertain,
    /// A comb cell or text area with something written in it.
    Written,
    /// A comb cell or text area left blank.
    Blank,
}

impl Mark {
    pub fn is_tick_box(kind: &str) -> bool {
        matches!(kind, "tick" | "no-change")
    }
}

/// A box of the map and what it holds.
#[derive(Debug, Clone, Serialize)]
pub struct BoxRead {
    #[serde(flatten)]
    pub map: MapBox,
    /// The share of the measured area that is ink (0 to 1).
    pub ink: f64,
    pub mark: Mark,
    /// How far (millimetres) the box's outline was from where the map puts it; `None` when it
    /// was not found.
    pub shift: Option<(f64, f64)>,
}

/// The scan's grey at the point (x, y) millimetres of the page; `None` off the scan.
fn grey_at(image: &GrayImage, to_px: &Affine, at: (f64, f64)) -> Option<u8> {
    let (px, py) = to_px.apply(at);
    let (w, h) = image.dimensions();
    (px >= 0.0 && py >= 0.0 && px < f64::from(w) && py < f64::from(h)).then(|| image.get_pixel(px as u32, py as u32).0[0])
}

/// The share of dark samples in the rectangle (x0, y0)–(x1, y1) millimetres, sampled once a
/// pixel, skipping points `skip` says are print (the ruled lines of a text area); and the
/// share of samples that fell off the scan.
fn ink_share(image: &GrayImage, to_px: &Affine, (x0, y0, x1, y1): (f64, f64, f64, f64), cut: u8, skip: &dyn Fn(f64, f64) -> bool) -> (f64, f64, f64) {
    let step = 1.0 / to_px.px_per_mm();
    let (mut dark, mut total, mut off) = (0usize, 0usize, 0usize);
    let mut y = y0 + step / 2.0;
    while y < y1 {
        let mut x = x0 + step / 2.0;
        while x < x1 {
            if !skip(x, y) {
                match grey_at(image, to_px, (x, y)) {
                    None => off += 1,
                    Some(grey) => {
                        total += 1;
                        dark += usize::from(grey < cut);
                    }
                }
            }
            x += step;
        }
        y += step;
    }
    let all = (total + off).max(1) as f64;
    (dark as f64 / total.max(1) as f64, off as f64 / all, dark as f64 * step * step)
}

/// Whether the ink in the rectangle is only dust: at most two specks, each under half a square
/// millimetre (a dot of a pen is 2 mm² or more; a stroke, even broken by a black-and-white
/// scan, makes more pieces than two).
fn specks_only(image: &GrayImage, to_px: &Affine, (x0, y0, x1, y1): (f64, f64, f64, f64), cut: u8) -> bool {
    let step = 1.0 / to_px.px_per_mm();
    let (cols, rows) = (((x1 - x0) / step) as usize, ((y1 - y0) / step) as usize);
    let dark: Vec<bool> = (0..rows * cols)
        .map(|i| grey_at(image, to_px, (x0 + (i % cols) as f64 * step + step / 2.0, y0 + (i / cols) as f64 * step + step / 2.0)).is_some_and(|g| g < cut))
        .collect();
    let mut seen = vec![false; dark.len()];
    let largest = (0.5 / (step * step)) as usize;
    let mut pieces = 0;
    for start in 0..dark.len() {
        if !dark[start] || seen[start] {
            continue;
        }
        pieces += 1;
        seen[start] = true;
        let (mut stack, mut size) = (vec![start], 0usize);
        while let Some(i) = stack.pop() {
            size += 1;
            let (c, r) = (i % cols, i / cols);
            for (dc, dr) in [(-1i64, 0i64), (1, 0), (0, -1), (0, 1), (-1, -1), (1, 1), (-1, 1), (1, -1)] {
                let (nc, nr) = (c as i64 + dc, r as i64 + dr);
                if nc >= 0 && nr >= 0 && (nc as usize) < cols && (nr as usize) < rows {
                    let j = nr as usize * cols + nc as usize;
                    if dark[j] && !seen[j] {
                        seen[j] = true;
                        stack.push(j);
                    }
                }
            }
        }
        if pieces > 2 || size >= largest {
            return false;
        }
    }
    true
}

/// The share of the box's printed outline found dark where the map puts it, moved by
/// `(dx, dy)` millimetres: each point of the four edges counts when the scan is dark on the edge
/// or a pixel either side of it.
fn outline(image: &GrayImage, to_px: &Affine, b: &MapBox, (dx, dy): (f64, f64), cut: u8) -> f64 {
    let step = 1.0 / to_px.px_per_mm();
    let dark = |x: f64, y: f64| grey_at(image, to_px, (x, y)).is_some_and(|g| g < cut);
    let (x0, y0, x1, y1) = (b.x + dx, b.y + dy, b.x + b.w + dx, b.y + b.h + dy);
    let (mut hits, mut total) = (0usize, 0usize);
    // Along each edge (its start, direction and length), away from the corners (where a
    // neighbour's outline may touch).
    for ((sx, sy), (ux, uy), length) in [((x0, y0), (1.0, 0.0), b.w), ((x0, y1), (1.0, 0.0), b.w), ((x0, y0), (0.0, 1.0), b.h), ((x1, y0), (0.0, 1.0), b.h)] {
        let across = (uy * step, ux * step);
        let mut t = 0.8;
        while t < length - 0.8 {
            let (x, y) = (sx + ux * t, sy + uy * t);
            total += 1;
            hits += usize::from(dark(x, y) || dark(x + across.0, y + across.1) || dark(x - across.0, y - across.1));
            t += step;
        }
    }
    hits as f64 / total.max(1) as f64
}

/// An outline counts as found from this share of its edges dark.
const OUTLINE_FOUND: f64 = 0.7;

/// Where the box's printed outline actually is, within a millimetre of where the map puts it
/// (a page not quite flat, a print not quite to scale): the shift in millimetres, or `None`
/// when no outline is there (the box cannot be read with confidence).
fn locate(image: &GrayImage, to_px: &Affine, b: &MapBox, cut: u8) -> Option<(f64, f64)> {
    if outline(image, to_px, b, (0.0, 0.0), cut) >= OUTLINE_FOUND {
        return Some((0.0, 0.0));
    }
    let mut best = (0.0, (0.0, 0.0));
    for i in -5..=5 {
        for j in -5..=5 {
            let shift = (f64::from(i) * 0.2, f64::from(j) * 0.2);
            let found = outline(image, to_px, b, shift, cut);
            if found > best.0 {
                best = (found, shift);
            }
        }
    }
    (best.0 >= OUTLINE_FOUND).then_some(best.1)
}

/// Reads one box of the map on a page registered by `to_px`.
pub fn read_box(image: &GrayImage, to_px: &Affine, levels: Levels, b: &MapBox) -> BoxRead {
    let cut = levels.mark_cut();
    // Tick boxes and comb cells have a printed outline: the box is read where it is found.
    let shift = if b.kind == "text" { Some((0.0, 0.0)) } else { locate(image, to_px, b, cut) };
    let Some((dx, dy)) = shift else {
        return BoxRead { map: b.clone(), ink: 0.0, mark: Mark::Uncertain, shift: None };
    };
    let b = &MapBox { x: b.x + dx, y: b.y + dy, ..b.clone() };
    let inside = (b.x + INSIDE_MM, b.y + INSIDE_MM, b.x + b.w - INSIDE_MM, b.y + b.h - INSIDE_MM);
    let (ink, mark) = if Mark::is_tick_box(&b.kind) {
        let (ink, off, _) = ink_share(image, to_px, inside, cut, &|_, _| false);
        let mark = if off > 0.05 {
            Mark::Uncertain
        } else if ink < EMPTY_BELOW {
            Mark::Empty
        } else if ink < TICKED_FROM {
            // Dust on the glass is not a mark; anything else this faint is for a person.
            if specks_only(image, to_px, inside, cut) { Mark::Empty } else { Mark::Uncertain }
        } else if ink < TICKED_BELOW {
            Mark::Ticked
        } else if ink < FILLED_FROM {
            Mark::Uncertain
        } else {
            Mark::Filled
        };
        (ink, mark)
    } else if b.kind == "text" {
        // Ruled lines every 8 mm (and a table cell's borders at its edges) are print, not writing.
        let top = b.y;
        let on_rule = move |_x: f64, y: f64| {
            let below = (y - top) % 8.0;
            !(0.4..=7.0).contains(&below)
        };
        let margin = (b.x + 1.5, b.y + 1.0, b.x + b.w - 1.5, b.y + b.h - 0.6);
        let (ink, off, area) = ink_share(image, to_px, margin, cut, &on_rule);
        let mark = if off > 0.05 {
            Mark::Uncertain
        } else if area >= AREA_WRITTEN_MM2 {
            Mark::Written
        } else if area >= AREA_MAYBE_MM2 {
            Mark::Uncertain
        } else {
            Mark::Blank
        };
        (ink, mark)
    } else {
        let (ink, off, _) = ink_share(image, to_px, inside, cut, &|_, _| false);
        let mark = if off > 0.05 {
            Mark::Uncertain
        } else if ink >= CELL_WRITTEN {
            Mark::Written
        } else if ink >= CELL_MAYBE {
            Mark::Uncertain
        } else {
            Mark::Blank
        };
        (ink, mark)
    };
    BoxRead {
        map: MapBox { x: b.x - dx, y: b.y - dy, ..b.clone() },
        ink: (ink * 1000.0).round() / 1000.0,
        mark,
        shift: Some(((dx * 10.0).round() / 10.0, (dy * 10.0).round() / 10.0)),
    }
}

/// The part (x0, y0)–(x1, y1) millimetres of the page as an upright picture at `dpi`, whatever
/// the scan's rotation: what a reviewer sees.
pub fn crop(image: &GrayImage, to_px: &Affine, (x0, y0, x1, y1): (f64, f64, f64, f64), dpi: f64) -> GrayImage {
    let per_mm = dpi / 25.4;
    let (w, h) = (((x1 - x0) * per_mm).ceil().max(1.0) as u32, ((y1 - y0) * per_mm).ceil().max(1.0) as u32);
    GrayImage::from_fn(w, h, |x, y| {
        image::Luma([grey_at(image, to_px, (x0 + (f64::from(x) + 0.5) / per_mm, y0 + (f64::from(y) + 0.5) / per_mm)).unwrap_or(255)])
    })
}
