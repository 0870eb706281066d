//! The pages of a batch of scans: every page of a PDF and every frame of an image file as a
//! grey picture, or the reason a file or one of its pages cannot be read.

use std::path::Path;
use std::sync::Arc;

use image::GrayImage;

/// The resolution a PDF page is rendered at: what the reading is measured at.
pub const PDF_DPI: f32 = 200.0;

/// One scanned page, in the order of its file.
pub struct Page {
    pub file: String,
    /// 1 for the first page (or frame) of its file.
    pub page: usize,
    pub image: GrayImage,
}

/// Why a file or a page cannot be read, and what to do about it.
#[derive(Debug, Clone)]
pub struct Unreadable {
    pub reason: String,
    pub hint: String,
}

impl Unreadable {
    fn new(reason: impl Into<String>, hint: impl Into<String>) -> Self {
        Self { reason: reason.into(), hint: hint.into() }
    }
}

/// What a file is, from its first bytes (its name may say otherwise).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Pdf,
    Tiff,
    Image,
}

fn kind(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(b"%PDF") || bytes.get(..1024).is_some_and(|head| head.windows(5).any(|w| w == b"%PDF-")) {
        return Some(Kind::Pdf);
    }
    if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        return Some(Kind::Tiff);
    }
    match image::guess_format(bytes) {
        Ok(image::ImageFormat::Png | image::ImageFormat::Jpeg | image::ImageFormat::Gif | image::ImageFormat::WebP | image::ImageFormat::Tiff) => {
            Some(Kind::Image)
        }
        _ => None,
    }
}

/// Reads every page of the file at `path` (shown as `display`) and hands each to `each`, one
/// at a time (a 40-page PDF is never held whole). `Err` when the file itself cannot be read.
pub fn each_page(path: &Path, display: &str, mut each: impl FnMut(usize, Result<Page, Unreadable>)) -> Result<usize, Unreadable> {
    let bytes = std::fs::read(path).map_err(|e| Unreadable::new(format!("cannot be read: {e}"), "check that the file is there and readable"))?;
    if bytes.is_empty() {
        return Err(Unreadable::new("is empty (0 bytes)", "scan the pages again; the file may not have been saved completely"));
    }
    let Some(kind) = kind(&bytes) else {
        return Err(Unreadable::new(
            "is neither a PDF nor an image (PNG, JPEG, TIFF)",
            "save the scan as PDF, PNG, JPEG or TIFF; other files do not belong in the scans folder",
        ));
    };
    let page = |n: usize, image: GrayImage| Page { file: display.to_string(), page: n, image };
    match kind {
        Kind::Pdf => pdf_pages(bytes, PDF_DPI, |n, image| each(n, Ok(page(n, image)))),
        Kind::Tiff => tiff_pages(&bytes, |n, image| each(n, image.map(|i| page(n, i)))),
        Kind::Image => match image::load_from_memory(&bytes) {
            Ok(image) => {
                each(1, Ok(page(1, image.to_luma8())));
                Ok(1)
            }
            Err(e) => Err(Unreadable::new(format!("is a damaged image ({e})"), "scan the page again or save it anew")),
        },
    }
}

/// Every page of a PDF rendered at `dpi`, one at a time.
pub fn pdf_pages(bytes: Vec<u8>, dpi: f32, each: impl FnMut(usize, GrayImage)) -> Result<usize, Unreadable> {
    pdf_pages_where(bytes, dpi, |_| true, each)
}

/// The pages of a PDF that `wanted` picks (by 1-based number), rendered at `dpi`.
pub fn pdf_pages_where(bytes: Vec<u8>, dpi: f32, wanted: impl Fn(usize) -> bool, mut each: impl FnMut(usize, GrayImage)) -> Result<usize, Unreadable> {
    let pdf = hayro::hayro_syntax::Pdf::new(Arc::new(bytes))
        .map_err(|e| Unreadable::new(format!("is a damaged or encrypted PDF ({e:?})"), "export the scan to PDF again, without a password"))?;
    let cache = hayro::RenderCache::new();
    let scale = dpi / 72.0;
    let settings = hayro::RenderSettings { x_scale: scale, y_scale: scale, ..Default::default() };
    let pages = pdf.pages();
    for (i, p) in pages.iter().enumerate().filter(|(i, _)| wanted(i + 1)) {
        let pixmap = hayro::render(p, &cache, &hayro::hayro_interpret::InterpreterSettings::default(), &settings);
        each(i + 1, on_white(&pixmap));
    }
    Ok(pages.len())
}

/// A rendered PDF page (premultiplied, transparent where nothing is drawn) as grey on white.
fn on_white(pixmap: &hayro::vello_cpu::Pixmap) -> GrayImage {
    let (w, h) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
    let data = pixmap.data();
    GrayImage::from_fn(w, h, |x, y| {
        let p = data[(y * w + x) as usize];
        let white = 255 - u32::from(p.a);
        image::Luma([(u32::from(luma(p.r, p.g, p.b)) + white).min(255) as u8])
    })
}

/// Every page of a TIFF file (scanners write one file per batch): grey, colour and the 1-bit
/// fax pages of document scanners.
fn tiff_pages(bytes: &[u8], mut each: impl FnMut(usize, Result<GrayImage, Unreadable>)) -> Result<usize, Unreadable> {
    use tiff::ColorType;
    use tiff::decoder::{Decoder, DecodingResult};
    let mut decoder =
        Decoder::new(std::io::Cursor::new(bytes)).map_err(|e| Unreadable::new(format!("is a damaged TIFF file ({e})"), "scan the pages again"))?;
    let mut n = 0;
    loop {
        n += 1;
        let frame = (|| -> Result<GrayImage, String> {
            let (w, h) = decoder.dimensions().map_err(|e| e.to_string())?;
            let colour = decoder.colortype().map_err(|e| e.to_string())?;
            // WhiteIsZero (0), the fax convention: 0 is white.
            let inverted = decoder.find_tag_unsigned::<u16>(tiff::tags::Tag::PhotometricInterpretation).ok().flatten() == Some(0);
            let DecodingResult::U8(data) = decoder.read_image().map_err(|e| e.to_string())? else {
                return Err("has 16- or 32-bit samples; scan in 8-bit grey or colour".into());
            };
            let (w, h) = (w as usize, h as usize);
            let grey: Vec<u8> = match colour {
                ColorType::Gray(8) => data,
                ColorType::Gray(1) => {
                    let row = w.div_ceil(8);
                    (0..h)
                        .flat_map(|y| (0..w).map(move |x| (y, x)))
                        .map(|(y, x)| if data[y * row + x / 8] & (0x80 >> (x % 8)) != 0 { 255 } else { 0 })
                        .collect()
                }
                ColorType::RGB(8) => data.chunks_exact(3).map(|p| luma(p[0], p[1], p[2])).collect(),
                ColorType::RGBA(8) => data.chunks_exact(4).map(|p| luma(p[0], p[1], p[2])).collect(),
                ColorType::GrayA(8) => data.chunks_exact(2).map(|p| p[0]).collect(),
                other => return Err(format!("has pixels palermo does not read ({other:?}); scan in grey, colour or black and white")),
            };
            let grey = if inverted { grey.into_iter().map(|v| 255 - v).collect() } else { grey };
            GrayImage::from_raw(w as u32, h as u32, grey).ok_or_else(|| "has fewer pixels than its size says".to_string())
        })();
        each(n, frame.map_err(|e| Unreadable::new(format!("page {n} {e}"), "scan the page again")));
        if !decoder.more_images() {
            return Ok(n);
        }
        if let Err(e) = decoder.next_image() {
            return Err(Unreadable::new(format!("is damaged after page {n} ({e})"), "scan the pages again"));
        }
    }
}

/// The grey of a colour (ITU-R BT.601 weights, as scanners' grey modes).
fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000) as u8
}
