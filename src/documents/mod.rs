//! The documents a conference calls for: which to build (one per document and language), and
//! the model each template receives.

pub mod feedback;
pub mod masthead;
pub mod states_by_group;

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::config::{Conference, DocumentKind, DocumentSpec};
use crate::load::states::StatesFile;
pub use masthead::Masthead;

/// Everything read from the inputs folder that documents are made from.
pub struct Inputs {
    pub conference: Conference,
    pub states: StatesFile,
    /// The questionnaires that loaded without error, in file order.
    pub questionnaires: Vec<crate::model::questionnaire::Questionnaire>,
    /// The submissions that count: accepted and not superseded.
    pub submissions: Vec<crate::model::submission::Submission>,
    /// What became of every submission read.
    pub outcomes: Vec<crate::validate::Outcome>,
}

/// One language version of one document, to be built.
#[derive(Debug, Clone)]
pub struct Planned {
    pub spec: DocumentSpec,
    pub lang: String,
    /// Path under the output folder, e.g. `documents/CTOC-COP-2026-INF-1.en.pdf`.
    pub output: String,
}

impl Planned {
    pub fn kind(&self) -> DocumentKind {
        self.spec.kind
    }

    /// Stable PDF identifier: the same document always gets the same ID.
    pub fn ident(&self) -> String {
        format!("{}/{}", self.spec.symbol, self.lang)
    }
}

/// The file-system-safe form of a symbol: `CTOC/COP/2026/INF/1` → `CTOC-COP-2026-INF-1`.
pub fn symbol_slug(symbol: &str) -> String {
    symbol.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' { c } else { '-' }).collect()
}

/// Every language version of every document in `conference.toml`, in a stable order.
pub fn plan(conference: &Conference) -> Vec<Planned> {
    let mut planned = Vec::new();
    for spec in &conference.documents {
        for lang in spec.job_numbers.keys() {
            planned.push(Planned {
                spec: spec.clone(),
                lang: lang.clone(),
                output: format!("documents/{}.{lang}.pdf", symbol_slug(&spec.symbol)),
            });
        }
    }
    planned.sort_by(|a, b| a.output.cmp(&b.output));
    planned
}

/// What a template gets: `doc` (the masthead and page furniture) and `m` (the figures).
#[derive(Serialize)]
struct TemplateContext<'a, M: Serialize> {
    doc: &'a Masthead,
    m: &'a M,
}

/// The template's context and the assets (charts) it reads, for one planned document.
pub struct Prepared {
    pub context: serde_json::Value,
    pub assets: BTreeMap<String, Vec<u8>>,
}

pub fn prepare(planned: &Planned, inputs: &Inputs) -> Result<Prepared> {
    let doc = masthead::masthead(&inputs.conference, &planned.spec, &planned.lang)?;
    match planned.kind() {
        DocumentKind::StatesByGroup => {
            let m = states_by_group::model(&inputs.states, inputs.conference.reporting.as_at, &planned.lang)
                .map_err(anyhow::Error::msg)
                .context("cannot draw the chart")?;
            let mut assets = BTreeMap::new();
            assets.insert(m.chart.path.clone(), m.chart.svg.clone().into_bytes());
            Ok(Prepared { context: serde_json::to_value(TemplateContext { doc: &doc, m: &m })?, assets })
        }
    }
}
