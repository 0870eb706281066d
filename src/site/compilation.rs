//! The HTML edition of a compilation of replies, `site/<symbol>.<lang>.html`: every counted
//! State's answer to each question as it wrote it, from the same model as the PDF.

use anyhow::Result;
use serde::Serialize;

use crate::config::DocumentSpec;
use crate::documents::compilation::CompilationModel;
use crate::i18n::Phrases;
use crate::inputs::Inputs;

/// The HTML edition's template.
pub const TEMPLATE: &str = "site/compilation.html.j2";

#[derive(Debug, Serialize)]
struct Page {
    #[serde(flatten)]
    head: super::DocumentHead,
    m: CompilationModel,
    /// I., II.… as the language writes them.
    labels: Vec<String>,
}

/// The compilation `spec` in the language of `p` as its HTML edition prints it.
pub fn edition(p: Phrases<'_>, spec: &DocumentSpec, inputs: &Inputs, slug: &str) -> Result<impl Serialize> {
    let (doc, m) = crate::documents::compilation::edition(p, spec, inputs)?;
    let labels = (1..=m.chapters.len().max(1) as u64).map(|n| p.numbered("numbering-chapter", n)).collect();
    Ok(Page { head: super::DocumentHead::of(p, doc, slug), m, labels })
}
