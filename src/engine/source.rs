//! A document ready for Typst: the generated main source, the static Typst libraries it imports,
//! the assets it reads, and where every byte of the generated source came from (so that errors
//! name the template line a user must fix, not an anonymous generated file).

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

/// The virtual path of every document's generated main file.
pub const MAIN_PATH: &str = "/main.typ";

/// A template that produced part of a generated source.
#[derive(Debug, Clone)]
pub struct TemplateText {
    /// What the user opens: `templates/info.typ.j2` or the path of their override.
    pub display: String,
    pub text: Arc<str>,
}

/// A stretch of generated output and the template source that wrote it.
#[derive(Debug, Clone)]
pub struct SpanOrigin {
    pub output: Range<usize>,
    /// Index into `GeneratedFrom::templates`.
    pub template: usize,
    /// Byte offset in the template where the span's source starts.
    pub source_start: usize,
    /// 1-based template line where the span's source starts.
    pub line: usize,
    /// Literal template text: output offsets map one-to-one onto the template.
    pub literal: bool,
}

/// How a generated source maps back to its templates.
#[derive(Debug, Clone, Default)]
pub struct GeneratedFrom {
    pub templates: Vec<TemplateText>,
    /// Ordered by output position, not overlapping.
    pub spans: Vec<SpanOrigin>,
}

impl GeneratedFrom {
    /// `templates/info.typ.j2:42:5` for a byte offset of the generated output.
    pub fn locate(&self, offset: usize) -> Option<String> {
        let index = self.spans.partition_point(|s| s.output.end <= offset);
        let span = self.spans.get(index).filter(|s| s.output.start <= offset).or_else(|| self.spans.get(index))?;
        let template = self.templates.get(span.template)?;
        if span.literal && offset >= span.output.start {
            let at = span.source_start + (offset - span.output.start);
            let before = template.text.get(..at)?;
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Some(format!("{}:{line}:{col}", template.display))
        } else {
            Some(format!("{}:{}", template.display, span.line))
        }
    }
}

/// One Typst file of a document.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Virtual path inside the document's world, e.g. `/un.typ`.
    pub path: String,
    pub text: String,
    /// The file a user would open to fix an error in a file served as written, e.g. `templates/un.typ`.
    pub display: String,
    /// Set for sources generated from templates.
    pub generated: Option<GeneratedFrom>,
}

impl SourceFile {
    /// Where a user should look for the byte at `offset` (0-based `line`/`col` in this file).
    pub fn locate(&self, offset: usize, line: usize, col: usize) -> String {
        match self.generated.as_ref().and_then(|g| g.locate(offset)) {
            Some(place) => place,
            None if self.generated.is_some() => format!("{} (generated line {})", self.display, line + 1),
            None => format!("{}:{}:{}", self.display, line + 1, col + 1),
        }
    }
}

/// All a document needs to compile.
#[derive(Debug, Clone)]
pub struct TypstSource {
    pub main: SourceFile,
    pub libraries: Vec<SourceFile>,
    /// Binary or data assets by virtual path (`/chart-1.svg`).
    pub assets: BTreeMap<String, Vec<u8>>,
    /// Assets made only if the document reads them.
    pub lazy: Option<LazyAssets>,
}

/// Makes the asset at a virtual path, if it is one it makes.
pub type MakeAsset = dyn Fn(&str) -> Option<Vec<u8>> + Send + Sync;

/// Assets a document may read that are made only when it reads them: a printed questionnaire
/// may read the QR code of any of sixty pages and prints a dozen, each costing a search for its
/// best mask. The same `key` always makes the same assets.
#[derive(Clone)]
pub struct LazyAssets {
    /// What the assets are made from, for the document's fingerprint.
    pub key: String,
    /// The asset at a virtual path, if it is one of these.
    pub make: Arc<MakeAsset>,
}

impl std::fmt::Debug for LazyAssets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "LazyAssets({})", self.key)
    }
}

impl TypstSource {
    pub fn file_by_path(&self, path: &str) -> Option<&SourceFile> {
        std::iter::once(&self.main).chain(&self.libraries).find(|f| f.path == path)
    }

    /// A source as `build --keep-sources` wrote it: `main.typ`, the other `.typ` files as its
    /// libraries, every other file an asset, each at its path under `dir`.
    pub fn from_folder(dir: &std::path::Path) -> anyhow::Result<TypstSource> {
        use anyhow::Context as _;
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
            for entry in std::fs::read_dir(dir)? {
                let path = entry?.path();
                if path.is_dir() { walk(&path, out)? } else { out.push(path) }
            }
            Ok(())
        }
        let mut files = Vec::new();
        walk(dir, &mut files).with_context(|| format!("cannot list {}", dir.display()))?;
        files.sort();
        let text = |path: &std::path::Path| std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()));
        let virtual_path = |path: &std::path::Path| format!("/{}", path.strip_prefix(dir).unwrap_or(path).display());
        let file = |path: &std::path::Path| -> anyhow::Result<SourceFile> {
            Ok(SourceFile { path: virtual_path(path), text: text(path)?, display: path.display().to_string(), generated: None })
        };
        let main = file(&dir.join("main.typ"))?;
        let mut libraries = Vec::new();
        let mut assets = BTreeMap::new();
        for path in files.iter().filter(|p| p.file_name().is_some_and(|n| n != "main.typ") || p.parent() != Some(dir)) {
            if path.extension().is_some_and(|e| e == "typ") {
                libraries.push(file(path)?);
            } else {
                assets.insert(virtual_path(path), std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?);
            }
        }
        Ok(TypstSource { main, libraries, assets, lazy: None })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literal_spans_map_to_line_and_column() {
        let from = GeneratedFrom {
            templates: vec![TemplateText { display: "t.j2".into(), text: "ab\ncd {{ x }}\nef".into() }],
            spans: vec![
                SpanOrigin { output: 0..6, template: 0, source_start: 0, line: 1, literal: true },
                SpanOrigin { output: 6..9, template: 0, source_start: 9, line: 2, literal: false },
                SpanOrigin { output: 9..12, template: 0, source_start: 13, line: 2, literal: true },
            ],
        };
        assert_eq!(from.locate(4).unwrap(), "t.j2:2:2");
        assert_eq!(from.locate(7).unwrap(), "t.j2:2");
        assert_eq!(from.locate(11).unwrap(), "t.j2:3:2");
    }
}
