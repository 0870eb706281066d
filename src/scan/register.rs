//! Where the printed page lies on the scan: a first guess from the QR code's corners, then the
//! five anchor squares found near where that guess puts them, and a least-squares affine map
//! from millimetres on the page to pixels of the scan (rotation, unequal scales, shear, offset).
//! The page is never warped: the boxes' coordinates are mapped instead.

use image::GrayImage;

use crate::documents::omr::{MapBox, QR_AT_MM, QR_MM, QR_QUIET_MM};

/// A point in millimetres on the page and the same point in pixels on the scan.
pub type Pair = ((f64, f64), (f64, f64));

/// `px = a·x + b·y + c`, `py = d·x + e·y + f`, from millimetres to pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Affine {
    pub a: f64,
    pub b: f64,
    pub c: f64,
    pub d: f64,
    pub e: f64,
    pub f: f64,
}

impl Affine {
    pub fn apply(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (self.a * x + self.b * y + self.c, self.d * x + self.e * y + self.f)
    }

    /// Pixels per millimetre (the square root of the area scale).
    pub fn px_per_mm(&self) -> f64 {
        (self.a * self.e - self.b * self.d).abs().sqrt()
    }

    /// The least-squares affine map taking each `from` point to its `to` point (three or more
    /// points not on one line).
    pub fn fit(pairs: &[Pair]) -> Option<Affine> {
        if pairs.len() < 3 {
            return None;
        }
        // Normal equations of [x y 1]·(a b c) = px, the same matrix for (d e f) and py.
        let mut m = [[0f64; 3]; 3];
        let (mut rx, mut ry) = ([0f64; 3], [0f64; 3]);
        for &((x, y), (px, py)) in pairs {
            let v = [x, y, 1.0];
            for i in 0..3 {
                for j in 0..3 {
                    m[i][j] += v[i] * v[j];
                }
                rx[i] += v[i] * px;
                ry[i] += v[i] * py;
            }
        }
        let (abc, def) = (solve3(m, rx)?, solve3(m, ry)?);
        Some(Affine { a: abc[0], b: abc[1], c: abc[2], d: def[0], e: def[1], f: def[2] })
    }
}

/// Cramer's rule for a 3×3 system; `None` when it is singular (points on one line).
fn solve3(m: [[f64; 3]; 3], r: [f64; 3]) -> Option<[f64; 3]> {
    let det = |m: [[f64; 3]; 3]| {
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    };
    let d = det(m);
    if d.abs() < 1e-9 {
        return None;
    }
    let mut out = [0f64; 3];
    for (k, slot) in out.iter_mut().enumerate() {
        let mut mk = m;
        for i in 0..3 {
            mk[i][k] = r[i];
        }
        *slot = det(mk) / d;
    }
    Some(out)
}

/// The page's own grey levels: its paper (the 90th percentile) and its ink (the 0.5th).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Levels {
    pub paper: u8,
    pub ink: u8,
}

impl Levels {
    pub fn of(image: &GrayImage) -> Levels {
        let mut histogram = [0u64; 256];
        // Every third pixel of every third row is plenty for a histogram.
        for (i, row) in image.rows().enumerate() {
            if i % 3 == 0 {
                for p in row.step_by(3) {
                    histogram[usize::from(p.0[0])] += 1;
                }
            }
        }
        let total: u64 = histogram.iter().sum();
        let at = |share: f64| {
            let want = (total as f64 * share) as u64;
            let mut seen = 0;
            for (level, &n) in histogram.iter().enumerate() {
                seen += n;
                if seen > want {
                    return level as u8;
                }
            }
            255
        };
        Levels { paper: at(0.90), ink: at(0.005) }
    }

    /// Whether the page holds any print at all: an empty or all-grey page has no ink darker
    /// than its paper.
    pub fn has_print(&self) -> bool {
        i32::from(self.paper) - i32::from(self.ink) >= 60
    }

    /// Darker than this is ink for the anchors: half-way between paper and ink.
    pub fn anchor_cut(&self) -> u8 {
        ((u16::from(self.paper) + u16::from(self.ink)) / 2) as u8
    }

    /// Darker than this is a mark in a box: 30 per cent of the way from paper to ink, so that
    /// a pencil or a faint pen on a grey scan still counts.
    pub fn mark_cut(&self) -> u8 {
        (f64::from(self.paper) - 0.3 * (f64::from(self.paper) - f64::from(self.ink))) as u8
    }
}

/// The page's position on the scan.
#[derive(Debug, Clone)]
pub struct Registration {
    pub to_px: Affine,
    /// The anchors found, of five.
    pub anchors: usize,
    /// The root mean square distance, in millimetres, between the anchors found and where the
    /// fitted map puts them.
    pub rms_mm: f64,
}

impl Registration {
    /// Whether the boxes can be read where the map puts them: three anchors or more, fitting
    /// within half a millimetre.
    pub fn is_good(&self) -> bool {
        self.anchors >= 3 && self.rms_mm <= 0.5
    }
}

/// The first guess: the map taking the QR code's module corners on the page to its corners
/// on the scan.
pub fn from_code(corners: &[(f64, f64); 4]) -> Option<Affine> {
    let (x0, y0) = (QR_AT_MM.0 + QR_QUIET_MM, QR_AT_MM.1 + QR_QUIET_MM);
    let side = QR_MM - 2.0 * QR_QUIET_MM;
    let page = [(x0, y0), (x0 + side, y0), (x0 + side, y0 + side), (x0, y0 + side)];
    let pairs: Vec<_> = page.into_iter().zip(corners.iter().copied()).collect();
    Affine::fit(&pairs)
}

/// The anchors near where `guess` puts them, and the map fitted to them. The anchors are
/// sought nearest the QR code first, and each one found corrects the guess for the next (a
/// small error in the code's corners grows across the page).
pub fn register(image: &GrayImage, guess: Affine, code: &[(f64, f64); 4], anchors: &[MapBox], levels: Levels) -> Registration {
    let (x0, y0) = (QR_AT_MM.0 + QR_QUIET_MM, QR_AT_MM.1 + QR_QUIET_MM);
    let side = QR_MM - 2.0 * QR_QUIET_MM;
    let mut known: Vec<Pair> = [(x0, y0), (x0 + side, y0), (x0 + side, y0 + side), (x0, y0 + side)].into_iter().zip(code.iter().copied()).collect();
    let centre = |a: &MapBox| (a.x + a.w / 2.0, a.y + a.h / 2.0);
    let qr = (x0 + side / 2.0, y0 + side / 2.0);
    let mut order: Vec<&MapBox> = anchors.iter().collect();
    order.sort_by(|a, b| {
        let d = |m: &MapBox| (centre(m).0 - qr.0).hypot(centre(m).1 - qr.1);
        d(a).total_cmp(&d(b))
    });
    let mut current = guess;
    let mut found: Vec<Pair> = Vec::new();
    // Within 9 mm of where the guess puts each anchor; then, for those not found, within 16 mm
    // of where the anchors found put them (a code's corners read a pixel off at 150 dpi turn the
    // guess by a degree: 5 mm at the far end of the page).
    let mut missing = Vec::new();
    for (reach, pass) in [(9.0, order), (16.0, Vec::new())] {
        let pass = if pass.is_empty() { std::mem::take(&mut missing) } else { pass };
        for anchor in pass {
            match find_anchor(image, current, anchor, levels, reach) {
                Some(px) => {
                    found.push((centre(anchor), px));
                    known.push((centre(anchor), px));
                    if let Some(better) = Affine::fit(&known) {
                        current = better;
                    }
                }
                None => missing.push(anchor),
            }
        }
    }
    // No anchor is dropped to make the fit look good: four corners of a photographed page fit
    // an affine map no better than a page that is not flat, and a solid 5 mm square where an
    // anchor should be is the anchor. A poor fit sends the page to a person.
    let Some(fit) = Affine::fit(&found) else {
        return Registration { to_px: current, anchors: found.len(), rms_mm: f64::INFINITY };
    };
    let scale = fit.px_per_mm();
    let squares: f64 = found
        .iter()
        .map(|&(mm, px)| {
            let at = fit.apply(mm);
            ((at.0 - px.0).powi(2) + (at.1 - px.1).powi(2)) / (scale * scale)
        })
        .sum();
    Registration { to_px: fit, anchors: found.len(), rms_mm: (squares / found.len() as f64).sqrt() }
}

/// The centre, in pixels, of the solid square nearest to where `guess` puts the anchor: a dark
/// component as wide and high as the anchor (within a third) and mostly filled.
fn find_anchor(image: &GrayImage, guess: Affine, anchor: &MapBox, levels: Levels, reach_mm: f64) -> Option<(f64, f64)> {
    let scale = guess.px_per_mm();
    let (cx, cy) = guess.apply((anchor.x + anchor.w / 2.0, anchor.y + anchor.h / 2.0));
    let reach = reach_mm * scale;
    let (w, h) = image.dimensions();
    let x0 = (cx - reach).max(0.0) as u32;
    let y0 = (cy - reach).max(0.0) as u32;
    let x1 = ((cx + reach).max(0.0) as u32).min(w);
    let y1 = ((cy + reach).max(0.0) as u32).min(h);
    if x1 <= x0 + 2 || y1 <= y0 + 2 {
        return None;
    }
    let (ww, wh) = ((x1 - x0) as usize, (y1 - y0) as usize);
    let cut = levels.anchor_cut();
    let dark: Vec<bool> = (0..wh).flat_map(|y| (0..ww).map(move |x| (x, y))).map(|(x, y)| image.get_pixel(x0 + x as u32, y0 + y as u32).0[0] < cut).collect();
    let mut seen = vec![false; dark.len()];
    let side = anchor.w * scale;
    let mut best: Option<((f64, f64), f64)> = None;
    let mut stack = Vec::new();
    for start in 0..dark.len() {
        if !dark[start] || seen[start] {
            continue;
        }
        seen[start] = true;
        stack.push(start);
        let (mut n, mut sx, mut sy) = (0usize, 0f64, 0f64);
        let (mut minx, mut maxx, mut miny, mut maxy) = (usize::MAX, 0, usize::MAX, 0);
        while let Some(i) = stack.pop() {
            let (x, y) = (i % ww, i / ww);
            n += 1;
            sx += x as f64;
            sy += y as f64;
            (minx, maxx, miny, maxy) = (minx.min(x), maxx.max(x), miny.min(y), maxy.max(y));
            let mut visit = |j: usize| {
                if dark[j] && !seen[j] {
                    seen[j] = true;
                    stack.push(j);
                }
            };
            if x > 0 {
                visit(i - 1);
            }
            if x + 1 < ww {
                visit(i + 1);
            }
            if y > 0 {
                visit(i - ww);
            }
            if y + 1 < wh {
                visit(i + ww);
            }
        }
        let (bw, bh) = ((maxx - minx + 1) as f64, (maxy - miny + 1) as f64);
        let touches_edge = minx == 0 || miny == 0 || maxx + 1 == ww || maxy + 1 == wh;
        let square = (0.7 * side..=1.45 * side).contains(&bw) && (0.7 * side..=1.45 * side).contains(&bh);
        // A solid square keeps most of its bounding box even turned by a few degrees.
        if !square || touches_edge || (n as f64) < 0.75 * bw * bh || (n as f64) < 0.5 * side * side {
            continue;
        }
        let centre = (f64::from(x0) + sx / n as f64 + 0.5, f64::from(y0) + sy / n as f64 + 0.5);
        let distance = ((centre.0 - cx).powi(2) + (centre.1 - cy).powi(2)).sqrt();
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((centre, distance));
        }
    }
    best.map(|(centre, _)| centre)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_affine_map_is_fitted_back_from_its_own_points() {
        let truth = Affine { a: 7.8, b: -0.2, c: 12.0, d: 0.21, e: 7.9, f: -30.0 };
        let pairs: Vec<_> = [(12.5, 12.5), (197.5, 12.5), (12.5, 148.5), (12.5, 284.5), (197.5, 284.5)].into_iter().map(|p| (p, truth.apply(p))).collect();
        let fit = Affine::fit(&pairs).unwrap();
        for (mm, px) in pairs {
            let at = fit.apply(mm);
            assert!((at.0 - px.0).abs() < 1e-6 && (at.1 - px.1).abs() < 1e-6);
        }
        assert!(Affine::fit(&[((0.0, 0.0), (0.0, 0.0)), ((1.0, 1.0), (1.0, 1.0)), ((2.0, 2.0), (2.0, 2.0))]).is_none(), "points on a line");
    }
}
