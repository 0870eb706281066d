//! The Typst engine: bundled fonts, an in-memory World, compilation to PDF with mapped errors,
//! and the bound on what Typst keeps in memory between documents.

pub mod compile;
pub mod fonts;
pub mod memory;
pub mod source;
pub mod world;

pub use compile::Mark;
pub use compile::{CompileFailure, CompiledPdf, PdfSettings, PdfStandardArg, compile_pdf};
pub use memory::compile;
pub use source::{GeneratedFrom, LazyAssets, SourceFile, SpanOrigin, TemplateText, TypstSource};
