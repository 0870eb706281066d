//! The bundled fonts: compiled into the binary, indexed once per process, the only fonts Typst sees.

use std::sync::{Arc, LazyLock};

use typst::foundations::Bytes;
use typst::text::{Font, FontInfo};
use typst_kit::fonts::{FontSource, FontStore};

/// Every font file in `fonts/`, in fallback order: Latin serif first, then Arabic, Chinese, emoji.
/// Typst's own embedded fonts (Libertinus, New Computer Modern) are deliberately absent, so a
/// missing glyph can never fall back to a face that changes the look of a UN document.
const FONT_FILES: &[(&str, &[u8])] = &[
    ("LiberationSerif-Regular.ttf", include_bytes!("../../fonts/LiberationSerif-Regular.ttf")),
    ("LiberationSerif-Bold.ttf", include_bytes!("../../fonts/LiberationSerif-Bold.ttf")),
    ("LiberationSerif-Italic.ttf", include_bytes!("../../fonts/LiberationSerif-Italic.ttf")),
    ("LiberationSerif-BoldItalic.ttf", include_bytes!("../../fonts/LiberationSerif-BoldItalic.ttf")),
    ("LiberationSans-Regular.ttf", include_bytes!("../../fonts/LiberationSans-Regular.ttf")),
    ("LiberationSans-Bold.ttf", include_bytes!("../../fonts/LiberationSans-Bold.ttf")),
    ("LiberationSans-Italic.ttf", include_bytes!("../../fonts/LiberationSans-Italic.ttf")),
    ("LiberationSans-BoldItalic.ttf", include_bytes!("../../fonts/LiberationSans-BoldItalic.ttf")),
    ("NotoNaskhArabic-Regular.ttf", include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf")),
    ("NotoNaskhArabic-Bold.ttf", include_bytes!("../../fonts/NotoNaskhArabic-Bold.ttf")),
    ("NotoSerifCJKsc-Regular.uro.ttf", include_bytes!("../../fonts/NotoSerifCJKsc-Regular.uro.ttf")),
    ("NotoSerifCJKsc-Bold.uro.ttf", include_bytes!("../../fonts/NotoSerifCJKsc-Bold.uro.ttf")),
    ("NotoColorEmoji.ttf", include_bytes!("../../fonts/NotoColorEmoji.ttf")),
];

/// A face inside one of the embedded files, parsed on first use (the CJK files are 18 MB each
/// and most documents never touch them).
struct EmbeddedFace {
    data: &'static [u8],
    index: u32,
}

impl FontSource for EmbeddedFace {
    fn load(&self) -> Option<Font> {
        Font::new(Bytes::new(self.data), self.index)
    }
}

static STORE: LazyLock<Arc<FontStore>> = LazyLock::new(|| {
    let mut store = FontStore::new();
    for (_, data) in FONT_FILES {
        for (index, info) in FontInfo::iter(data).enumerate() {
            store.push((EmbeddedFace { data, index: index as u32 }, info));
        }
    }
    Arc::new(store)
});

/// The process-wide font store, shared by every document compiled in this process.
pub fn store() -> Arc<FontStore> {
    Arc::clone(&STORE)
}

/// Indexes and loads every bundled face on a thread of its own, so that a build's first
/// documents do not wait in turn for the large Arabic and Chinese faces: call it before reading
/// the inputs, which it then overlaps.
pub fn warm() {
    std::thread::spawn(|| {
        let store = store();
        let mut index = 0;
        while store.source(index).is_some() {
            let _ = store.font(index);
            index += 1;
        }
    });
}

/// Names of the font families available to documents, for `--help` texts and diagnostics.
pub fn families() -> Vec<String> {
    let mut names: Vec<String> = STORE.book().families().map(|(name, _)| name.to_string()).collect();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_file_yields_a_face() {
        for (name, data) in FONT_FILES {
            assert!(FontInfo::iter(data).next().is_some(), "{name} holds no font");
        }
        let families = families();
        for wanted in ["Liberation Serif", "Liberation Sans", "Noto Naskh Arabic", "Noto Serif CJK SC", "Noto Color Emoji"] {
            assert!(families.iter().any(|f| f == wanted), "{wanted} missing from {families:?}");
        }
        assert!(!families.iter().any(|f| f.contains("Libertinus")), "typst's fallback font leaked in");
    }
}
