//! Compiles a `TypstSource` to PDF bytes in-process, mapping Typst's diagnostics back to the
//! templates that produced the failing lines.

use std::fmt::Write as _;
use std::sync::Arc;

use typst::World as _;
use typst::WorldExt;
use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use super::source::TypstSource;
use super::world::DocWorld;
use crate::date::Date;

/// What the PDF claims and how it is stamped.
#[derive(Debug, Clone)]
pub struct PdfSettings {
    pub standards: Vec<PdfStandard>,
    /// `--check-layout`: report every word wider than its table column (un.typ's
    /// `checked-cells`, on when Typst's `sys.inputs` has `check-layout`); slower.
    pub check_layout: bool,
}

impl Default for PdfSettings {
    fn default() -> Self {
        Self { standards: vec![PdfStandard::A_2b, PdfStandard::Ua_1], check_layout: false }
    }
}

/// A compiled document.
#[derive(Debug)]
pub struct CompiledPdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    pub warnings: Vec<String>,
    /// Where each `<omr-box>` mark landed after layout (printed questionnaires).
    pub marks: Vec<Mark>,
    /// The lazy assets the document read, by virtual path (for `--keep-sources`).
    pub made: Vec<(String, Vec<u8>)>,
}

/// A `metadata(…) <omr-box>` placed in a document: its value and its position after layout, in
/// millimetres from the top left of its page (Typst's own introspection; nothing is recomputed).
#[derive(Debug, Clone)]
pub struct Mark {
    pub page: usize,
    pub x: f64,
    pub y: f64,
    pub value: serde_json::Value,
}

/// The marks a document placed under the label `<name>` (`omr-box`, `cell-overflow`).
fn marks(document: &PagedDocument, name: &str) -> Vec<Mark> {
    use typst::foundations::{Label, Selector};
    use typst::introspection::{Introspector, MetadataElem};
    use typst::utils::PicoStr;
    let Some(label) = Label::new(PicoStr::intern(name)) else { return Vec::new() };
    let introspector = document.introspector();
    introspector
        .query(&Selector::Label(label))
        .iter()
        .filter_map(|content| {
            let meta = content.to_packed::<MetadataElem>()?;
            let position = introspector.position(content.location()?)?;
            Some(Mark { page: position.page.get(), x: position.point.x.to_mm(), y: position.point.y.to_mm(), value: serde_json::to_value(&meta.value).ok()? })
        })
        .collect()
}

/// A word wider than its table column, as un.typ's `checked-cells` reports it: it prints over the
/// next cell.
fn overflow_warning(mark: &Mark) -> String {
    let word = mark.value.get("word").and_then(|w| w.as_str()).unwrap_or_default();
    let width = mark.value.get("width").and_then(|w| w.as_f64()).unwrap_or_default();
    let room = mark.value.get("room").and_then(|w| w.as_f64()).unwrap_or_default();
    format!(
        "page {}: the word \"{word}\" ({width:.1} mm) is wider than its table column ({room:.1} mm) and prints over the next cell\n  hint: shorten the text in its catalog or input, or widen the column",
        mark.page
    )
}

/// Why a document did not compile: every error, each naming its template and line.
#[derive(Debug)]
pub struct CompileFailure {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

impl std::fmt::Display for CompileFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.errors.join("\n"))
    }
}

impl std::error::Error for CompileFailure {}

/// A value of `--pdf-standard`: a PDF version, a PDF/A or PDF/UA standard, or `none`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PdfStandardArg {
    #[value(name = "1.4")]
    V1_4,
    #[value(name = "1.5")]
    V1_5,
    #[value(name = "1.6")]
    V1_6,
    #[value(name = "1.7")]
    V1_7,
    #[value(name = "2.0")]
    V2_0,
    #[value(name = "a-1b")]
    A1b,
    #[value(name = "a-1a")]
    A1a,
    #[value(name = "a-2b")]
    A2b,
    #[value(name = "a-2u")]
    A2u,
    #[value(name = "a-2a")]
    A2a,
    #[value(name = "a-3b")]
    A3b,
    #[value(name = "a-3u")]
    A3u,
    #[value(name = "a-3a")]
    A3a,
    #[value(name = "a-4")]
    A4,
    #[value(name = "a-4f")]
    A4f,
    #[value(name = "a-4e")]
    A4e,
    #[value(name = "ua-1")]
    Ua1,
    /// No standard claimed.
    #[value(name = "none")]
    None,
}

impl PdfStandardArg {
    fn standard(self) -> Option<PdfStandard> {
        Some(match self {
            Self::V1_4 => PdfStandard::V_1_4,
            Self::V1_5 => PdfStandard::V_1_5,
            Self::V1_6 => PdfStandard::V_1_6,
            Self::V1_7 => PdfStandard::V_1_7,
            Self::V2_0 => PdfStandard::V_2_0,
            Self::A1b => PdfStandard::A_1b,
            Self::A1a => PdfStandard::A_1a,
            Self::A2b => PdfStandard::A_2b,
            Self::A2u => PdfStandard::A_2u,
            Self::A2a => PdfStandard::A_2a,
            Self::A3b => PdfStandard::A_3b,
            Self::A3u => PdfStandard::A_3u,
            Self::A3a => PdfStandard::A_3a,
            Self::A4 => PdfStandard::A_4,
            Self::A4f => PdfStandard::A_4f,
            Self::A4e => PdfStandard::A_4e,
            Self::Ua1 => PdfStandard::Ua_1,
            Self::None => return None,
        })
    }
}

impl PdfSettings {
    /// The settings a `--pdf-standard` list asks for, checked together (`a-2b,ua-1` combine;
    /// Typst refuses combinations that contradict each other).
    pub fn from_args(args: &[PdfStandardArg]) -> Result<Self, String> {
        let standards: Vec<PdfStandard> = args.iter().filter_map(|a| a.standard()).collect();
        PdfStandards::new(&standards).map_err(|e| format!("--pdf-standard: {}", e.message()))?;
        Ok(Self { standards, check_layout: false })
    }
}

/// Compiles and exports one document. `ident` must be stable for the logical document (for
/// example its symbol and language) so that rebuilding gives the same bytes; `date` fixes both
/// Typst's `today()` and the PDF timestamp, so nothing depends on the wall clock.
pub fn compile_pdf(source: &TypstSource, fonts: Arc<FontStore>, ident: &str, date: Date, settings: &PdfSettings) -> Result<CompiledPdf, CompileFailure> {
    let today = Datetime::from_ymd(date.year, date.month, date.day).expect("valid calendar date");
    let world = DocWorld::new(source, fonts, today, settings.check_layout);
    let warned = typst::compile::<PagedDocument>(&world);
    let warnings = render_all(&world, source, &warned.warnings);
    let document = match warned.output {
        Ok(document) => document,
        Err(errors) => return Err(CompileFailure { errors: render_all(&world, source, &errors), warnings }),
    };
    // A character no bundled font has would print as an empty box (and PDF/A would refuse it
    // with a hint to "use a different font"): say which character, in which text, whatever
    // standard the PDF claims.
    let missing = missing_glyphs(&document);
    if !missing.is_empty() {
        return Err(CompileFailure { errors: missing, warnings });
    }
    let standards = PdfStandards::new(&settings.standards)
        .map_err(|e| CompileFailure { errors: vec![format!("--pdf-standard: {}", e.message())], warnings: warnings.clone() })?;
    let timestamp = Datetime::from_ymd_hms(date.year, date.month, date.day, 0, 0, 0).map(Timestamp::new_utc);
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_string()),
        creator: Smart::Custom(Some(format!("palermo {}", env!("CARGO_PKG_VERSION")))),
        timestamp,
        standards,
        ..PdfOptions::default()
    };
    let mut warnings = warnings;
    warnings.extend(marks(&document, "cell-overflow").iter().map(overflow_warning));
    match typst_pdf::pdf(&document, &options) {
        Ok(bytes) => Ok(CompiledPdf { bytes, pages: document.pages().len(), warnings, marks: marks(&document, "omr-box"), made: world.made() }),
        Err(errors) => Err(CompileFailure { errors: render_all(&world, source, &errors), warnings }),
    }
}

/// Every character laid out with no glyph (.notdef), once each, with the text it is in.
fn missing_glyphs(document: &PagedDocument) -> Vec<String> {
    use typst::layout::{Frame, FrameItem};
    fn walk(frame: &Frame, seen: &mut Vec<char>, out: &mut Vec<String>) {
        for (_, item) in frame.items() {
            match item {
                FrameItem::Group(group) => walk(&group.frame, seen, out),
                FrameItem::Text(text) => {
                    for glyph in text.glyphs.iter().filter(|g| g.id == 0) {
                        let range = usize::from(glyph.range.start)..usize::from(glyph.range.end);
                        for c in text.text.get(range).unwrap_or_default().chars().filter(|c| !c.is_whitespace() && !c.is_control()) {
                            if !seen.contains(&c) {
                                seen.push(c);
                                let context: String = text.text.chars().take(60).collect();
                                out.push(format!(
                                    "no bundled font has a glyph for {} (U+{:04X}), in the text {}; it would print as an empty box\n  hint: correct the text in the input it comes from, or add a font that has the character to fonts/ (see fonts/README.md)",
                                    crate::quote::quoted(c.to_string()),
                                    c as u32,
                                    crate::quote::quoted(&context)
                                ));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let (mut seen, mut out) = (Vec::new(), Vec::new());
    for page in document.pages() {
        walk(&page.frame, &mut seen, &mut out);
    }
    out
}

fn render_all(world: &DocWorld, source: &TypstSource, diags: &[SourceDiagnostic]) -> Vec<String> {
    diags.iter().map(|d| render(world, source, d)).collect()
}

/// `templates/info.typ.j2:42: error: unknown variable: foo` plus its hints.
fn render(world: &DocWorld, source: &TypstSource, diag: &SourceDiagnostic) -> String {
    let severity = match diag.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let place = locate(world, source, diag).unwrap_or_else(|| source.main.display.clone());
    let mut out = format!("{place}: {severity}: {}", diag.message);
    for hint in &diag.hints {
        let _ = write!(out, "\n  hint: {}", hint.v);
    }
    out
}

fn locate(world: &DocWorld, source: &TypstSource, diag: &SourceDiagnostic) -> Option<String> {
    // A diagnostic inside a library function is often more useful at its call site in the
    // template, but Typst already reports the innermost span; keep it and let the trace speak.
    let id = diag.span.id()?;
    let path = id.vpath().get_with_slash();
    let file = source.file_by_path(path)?;
    let range = world.range(diag.span)?;
    let text = world.source(id).ok()?;
    let (line, col) = text.lines().byte_to_line_column(range.start)?;
    Some(file.locate(range.start, line, col))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::source::{MAIN_PATH, SourceFile};

    fn compile(text: &str) -> Result<CompiledPdf, CompileFailure> {
        let source = TypstSource {
            main: SourceFile { path: MAIN_PATH.into(), text: text.into(), display: "test.typ".into(), generated: None },
            libraries: Vec::new(),
            assets: Default::default(),
            lazy: None,
        };
        compile_pdf(&source, crate::engine::fonts::store(), "test", Date::new(2026, 1, 1).unwrap(), &PdfSettings::default())
    }

    /// Every script of the six languages, in archival PDF. The Chinese characters are ones whose
    /// glyphs sat above id 32,767 in the original font subset and came out missing (fonts/README.md).
    #[test]
    fn the_six_languages_compile_to_pdf_a_with_the_bundled_fonts() {
        let text = "#set document(title: [t])\n#set text(font: (\"Liberation Serif\", \"Noto Naskh Arabic\", \"Noto Serif CJK SC\", \"Noto Color Emoji\"), fallback: false)\n\
                    English. Français : « é ». Español: ¿ñ? Русский: ёж. 中文：需求、要求。镕喆堃 العربية: الأمم المتحدة 🌍";
        match compile(text) {
            Ok(pdf) => assert_eq!(pdf.pages, 1),
            Err(e) => panic!("{e}"),
        }
    }

    /// un.typ's `checked-cells` names a word wider than its column, and only such a word: one that
    /// fits, wraps or can be hyphenated is not reported.
    #[test]
    fn a_word_wider_than_its_table_column_is_reported_with_its_page() {
        let text = r#"#import "/un.typ": checked-cells, cell-inset
#set document(title: [t])
#set text(font: "Liberation Serif", lang: "ru")
#show table.cell.where(y: 0): set text(hyphenate: true)
#show: checked-cells
#table(columns: (30mm, 12mm, 12mm), inset: cell-inset,
  [Государства Азии и Тихого океана], [Восточная], [x],
  [12], [Восточная], [*Итого*])
"#;
        let mut source = TypstSource {
            main: SourceFile { path: MAIN_PATH.into(), text: text.into(), display: "test.typ".into(), generated: None },
            libraries: Vec::new(),
            assets: Default::default(),
            lazy: None,
        };
        source.libraries.push(SourceFile {
            path: "/un.typ".into(),
            text: include_str!("../../templates/un.typ").into(),
            display: "un.typ".into(),
            generated: None,
        });
        let settings = PdfSettings { check_layout: true, ..PdfSettings::default() };
        let pdf = compile_pdf(&source, crate::engine::fonts::store(), "test", Date::new(2026, 1, 1).unwrap(), &settings).unwrap();
        let overflows: Vec<&String> = pdf.warnings.iter().filter(|w| w.contains("wider than its table column")).collect();
        assert_eq!(overflows.len(), 2, "{:?}", pdf.warnings);
        assert!(overflows[0].starts_with("page 1: the word \"Восточная\""), "{}", overflows[0]);
        assert!(overflows[1].contains("\"Итого\""), "{}", overflows[1]);
    }

    #[test]
    fn errors_name_the_file_line_and_column() {
        let failure = compile("= Title\n#foo").unwrap_err();
        assert_eq!(failure.errors, vec!["test.typ:2:2: error: unknown variable: foo".to_string()]);
    }
}
