//! The QR code of a scanned page: found where the page prints it (the top right, or the bottom
//! left of a page scanned upside down), else anywhere, then again after the page is made black and
//! white or softened (rqrr misses some codes of grainy or twice-compressed scans).

use image::GrayImage;

/// A decoded code and its four corners on the scan, in pixels: the corners of its modules
/// (without the quiet zone), in the code's own order top-left, top-right, bottom-right,
/// bottom-left, whatever the page's orientation.
#[derive(Debug, Clone)]
pub struct Code {
    pub text: String,
    pub corners: [(f64, f64); 4],
}

/// Where to look first, as fractions of the page (x0, y0, x1, y1).
const REGIONS: [(f64, f64, f64, f64); 4] = [(0.6, 0.0, 1.0, 0.2), (0.0, 0.8, 0.4, 1.0), (0.0, 0.0, 0.4, 0.3), (0.6, 0.7, 1.0, 1.0)];

/// Every code rqrr decodes in the part of `image` within (x0, y0)–(x1, y1), mapped through `luma`.
fn decode_in(image: &GrayImage, (x0, y0, x1, y1): (u32, u32, u32, u32), luma: &dyn Fn(u8) -> u8) -> Vec<Code> {
    let (w, h) = ((x1 - x0) as usize, (y1 - y0) as usize);
    if w < 21 || h < 21 {
        return Vec::new();
    }
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| luma(image.get_pixel(x0 + x as u32, y0 + y as u32).0[0]));
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|grid| {
            let (_, text) = grid.decode().ok()?;
            let corner = |i: usize| (f64::from(grid.bounds[i].x) + f64::from(x0), f64::from(grid.bounds[i].y) + f64::from(y0));
            Some(Code { text, corners: [corner(0), corner(1), corner(2), corner(3)] })
        })
        .collect()
}

/// The page's palermo code (`PLM1:…`) if one can be read; else any other code found (a page of
/// another tool), so that the page's problem can say so.
pub fn find(image: &GrayImage) -> Option<Code> {
    let (w, h) = image.dimensions();
    let at = |(a, b, c, d): (f64, f64, f64, f64)| ((a * f64::from(w)) as u32, (b * f64::from(h)) as u32, (c * f64::from(w)) as u32, (d * f64::from(h)) as u32);
    let keep = |v: u8| v;
    let mut foreign = None;
    let mut pick = |codes: Vec<Code>| -> Option<Code> {
        let (ours, others): (Vec<Code>, Vec<Code>) = codes.into_iter().partition(|c| c.text.starts_with("PLM1:"));
        if foreign.is_none() {
            foreign = others.into_iter().next();
        }
        ours.into_iter().next()
    };
    for region in REGIONS {
        if let Some(code) = pick(decode_in(image, at(region), &keep)) {
            return Some(code);
        }
    }
    let whole = (0, 0, w, h);
    if let Some(code) = pick(decode_in(image, whole, &keep)) {
        return Some(code);
    }
    // Black and white at the page's own cut (Otsu), then softened: what rqrr's own moving
    // threshold misses on noisy or blocky scans.
    let cut = otsu(image);
    if let Some(code) = pick(decode_in(image, whole, &|v| if v > cut { 255 } else { 0 })) {
        return Some(code);
    }
    let soft = blur(image);
    if let Some(code) = pick(decode_in(&soft, whole, &keep)) {
        return Some(code);
    }
    foreign
}

/// Otsu's threshold of the page's grey levels.
pub fn otsu(image: &GrayImage) -> u8 {
    let mut histogram = [0u64; 256];
    for p in image.pixels() {
        histogram[usize::from(p.0[0])] += 1;
    }
    let total: u64 = histogram.iter().sum();
    let sum: f64 = histogram.iter().enumerate().map(|(i, &n)| i as f64 * n as f64).sum();
    let (mut below, mut below_sum, mut best, mut cut) = (0u64, 0f64, 0f64, 0u8);
    for (i, &n) in histogram.iter().enumerate() {
        below += n;
        below_sum += i as f64 * n as f64;
        let above = total - below;
        if below == 0 || above == 0 {
            continue;
        }
        let (m0, m1) = (below_sum / below as f64, (sum - below_sum) / above as f64);
        let between = below as f64 * above as f64 * (m0 - m1) * (m0 - m1);
        if between > best {
            best = between;
            cut = i as u8;
        }
    }
    cut
}

/// A 3×3 box blur.
fn blur(image: &GrayImage) -> GrayImage {
    let (w, h) = image.dimensions();
    GrayImage::from_fn(w, h, |x, y| {
        let mut sum = 0u32;
        for dy in 0..3 {
            for dx in 0..3 {
                let (sx, sy) = ((x + dx).saturating_sub(1).min(w - 1), (y + dy).saturating_sub(1).min(h - 1));
                sum += u32::from(image.get_pixel(sx, sy).0[0]);
            }
        }
        image::Luma([(sum / 9) as u8])
    })
}
