//! The HTML edition of a compilation of replies, `site/<symbol>.<lang>.html`: every counted
//! State's answer to each question as it wrote it, from the same model as the PDF.

use anyhow::Result;
use serde::Serialize;

use crate::config::DocumentSpec;
use crate::documents::compilation::CompilationModel;
use crate::i18n::Phrases;
use crate::inputs::Inputs;
use crate::lang::Lang;

/// The HTML edition's template.
pub const TEMPLATE: &str = "site/compilation.html.j2";

#[derive(Debug, Serialize)]
struct Page {
    lang: Lang,
    dir: &'static str,
    title: String,
    symbol: String,
    distribution: Option<String>,
    date: String,
    body: String,
    session: String,
    place_and_dates: String,
    agenda_line: String,
    agenda_title: String,
    heading: String,
    author: String,
    m: CompilationModel,
    /// I., II.… as the language writes them.
    labels: Vec<String>,
    back: String,
    back_href: String,
}

/// The compilation `spec` in the language of `p` as its HTML edition prints it.
pub fn edition(p: Phrases<'_>, spec: &DocumentSpec, inputs: &Inputs, slug: &str) -> Result<impl Serialize> {
    let lang = p.lang();
    let (doc, m) = crate::documents::compilation::edition(p, spec, inputs)?;
    Ok(Page {
        lang,
        dir: lang.dir().name(),
        title: format!("{}: {}", doc.symbol, crate::i18n::strip_isolates(&doc.plain_title)),
        symbol: doc.symbol.clone(),
        distribution: doc.distribution.clone(),
        date: doc.date.clone(),
        body: doc.body.clone(),
        session: doc.session.clone(),
        place_and_dates: doc.place_and_dates.clone(),
        agenda_line: doc.agenda_line.clone(),
        agenda_title: doc.agenda_title.clone(),
        heading: doc.title.clone(),
        author: doc.author.clone(),
        labels: (1..=m.chapters.len().max(1) as u64).map(|n| p.numbered("numbering-chapter", n)).collect(),
        m,
        back: p.plain("site-back", &[]),
        back_href: format!("index.{lang}.html#{slug}"),
    })
}
