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

/// Every code rqrr decodes in a picture of `w` × `h` pixels given by `pixel`, its corners
/// mapped back onto the page by `to_page`.
fn decode(w: usize, h: usize, pixel: impl FnMut(usize, usize) -> u8, to_page: impl Fn(f64, f64) -> (f64, f64)) -> Vec<Code> {
    if w < 21 || h < 21 {
        return Vec::new();
    }
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(w, h, pixel);
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|grid| {
            let (_, text) = grid.decode().ok()?;
            let corner = |i: usize| to_page(f64::from(grid.bounds[i].x), f64::from(grid.bounds[i].y));
            Some(Code { text, corners: [corner(0), corner(1), corner(2), corner(3)] })
        })
        .collect()
}

/// The codes in the part of `image` within (x0, y0)–(x1, y1), its grey levels mapped through
/// `luma`, enlarged `zoom` times (bilinear) for codes of few pixels a module.
fn decode_in(image: &GrayImage, (x0, y0, x1, y1): (u32, u32, u32, u32), luma: &dyn Fn(u8) -> u8, zoom: u32) -> Vec<Code> {
    let (w, h) = ((x1 - x0) as usize * zoom as usize, (y1 - y0) as usize * zoom as usize);
    let z = f64::from(zoom);
    let (iw, ih) = image.dimensions();
    let at = |x: usize, y: usize| -> u8 {
        if zoom == 1 {
            return luma(image.get_pixel(x0 + x as u32, y0 + y as u32).0[0]);
        }
        let (fx, fy) = ((x as f64 + 0.5) / z - 0.5 + f64::from(x0), (y as f64 + 0.5) / z - 0.5 + f64::from(y0));
        let (ax, ay) = (fx.floor().max(0.0) as u32, fy.floor().max(0.0) as u32);
        let (bx, by) = ((ax + 1).min(iw - 1), (ay + 1).min(ih - 1));
        let (tx, ty) = ((fx - f64::from(ax)).clamp(0.0, 1.0), (fy - f64::from(ay)).clamp(0.0, 1.0));
        let p = |x: u32, y: u32| f64::from(image.get_pixel(x, y).0[0]);
        let v = (p(ax, ay) * (1.0 - tx) + p(bx, ay) * tx) * (1.0 - ty) + (p(ax, by) * (1.0 - tx) + p(bx, by) * tx) * ty;
        luma(v.round() as u8)
    };
    decode(w, h, at, |x, y| (x / z + f64::from(x0), y / z + f64::from(y0)))
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
        if let Some(code) = pick(decode_in(image, at(region), &keep, 1)) {
            return Some(code);
        }
    }
    // Where the code is printed (upright or upside down): black and white at the page's own
    // cut (Otsu), then enlarged twice (a code of three pixels a module at 150 dpi), what rqrr's
    // own moving threshold misses on noisy, blurred or blocky scans.
    let cut = otsu(image);
    let black_white = move |v: u8| if v > cut { 255 } else { 0 };
    for region in &REGIONS[..2] {
        for (luma, zoom) in [(&black_white as &dyn Fn(u8) -> u8, 1), (&keep, 2), (&black_white, 2)] {
            if let Some(code) = pick(decode_in(image, at(*region), luma, zoom)) {
                return Some(code);
            }
        }
    }
    // Specks and a JPEG's blocks on a black-and-white scan: the region's median first.
    for region in &REGIONS[..2] {
        let (x0, y0, x1, y1) = at(*region);
        let smooth = median(&image::imageops::crop_imm(image, x0, y0, x1 - x0, y1 - y0).to_image());
        for zoom in [1, 2] {
            let found = decode_in(&smooth, (0, 0, smooth.width(), smooth.height()), &keep, zoom);
            let moved = found.into_iter().map(|c| Code { corners: c.corners.map(|(x, y)| (x + f64::from(x0), y + f64::from(y0))), ..c }).collect();
            if let Some(code) = pick(moved) {
                return Some(code);
            }
        }
    }
    // Anywhere on the page (a page turned a quarter).
    let whole = (0, 0, w, h);
    if let Some(code) = pick(decode_in(image, whole, &keep, 1)) {
        return Some(code);
    }
    if let Some(code) = pick(decode_in(image, whole, &black_white, 1)) {
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

/// Each pixel the median of its 3×3 neighbourhood.
fn median(image: &GrayImage) -> GrayImage {
    let (w, h) = image.dimensions();
    GrayImage::from_fn(w, h, |x, y| {
        let mut around = [0u8; 9];
        for (k, (dx, dy)) in (0..3).flat_map(|dy| (0..3).map(move |dx| (dx, dy))).enumerate() {
            let (sx, sy) = ((x + dx).saturating_sub(1).min(w - 1), (y + dy).saturating_sub(1).min(h - 1));
            around[k] = image.get_pixel(sx, sy).0[0];
        }
        around.sort_unstable();
        image::Luma([around[4]])
    })
}
