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
}

impl TypstSource {
    pub fn file_by_path(&self, path: &str) -> Option<&SourceFile> {
        std::iter::once(&self.main).chain(&self.libraries).find(|f| f.path == path)
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
