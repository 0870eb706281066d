//! The Typst engine: bundled fonts, an in-memory World, compilation to PDF with mapped errors.

pub mod compile;
pub mod fonts;
pub mod source;
pub mod world;

pub use compile::Mark;
pub use compile::{compile_pdf, CompileFailure, CompiledPdf, PdfSettings};
pub use source::{GeneratedFrom, SourceFile, SpanOrigin, TemplateText, TypstSource};
