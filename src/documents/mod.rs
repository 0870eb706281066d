//! The documents a conference calls for: which to build (one per document and language), and
//! the model each template receives.

pub mod feedback;
pub mod masthead;
pub mod report;
pub mod states_by_group;

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::config::{Conference, DocumentKind, DocumentSpec};
use crate::i18n::Catalogs;
use crate::load::states::StatesFile;
pub use masthead::{Defaults, Masthead};

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
    /// The figures of each questionnaire's counted replies, by form_id: computed once, printed
    /// by every language version of its report and by the country profiles.
    pub figures: BTreeMap<String, crate::figures::FormFigures>,
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

    /// The figures file of an analytical report: `documents/<slug>.figures.json`, one for all
    /// its language versions.
    pub fn figures_path(&self) -> Option<String> {
        (self.kind() == DocumentKind::AnalyticalReport).then(|| format!("documents/{}.figures.json", symbol_slug(&self.spec.symbol)))
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

/// What a template gets: `lang` (for the catalog functions), `doc` (the masthead and page
/// furniture) and `m` (the figures).
#[derive(Serialize)]
struct TemplateContext<'a, M: Serialize> {
    lang: &'a str,
    doc: &'a Masthead,
    m: &'a M,
}

/// The template's context and the assets (charts) it reads, for one planned document.
pub struct Prepared {
    pub context: serde_json::Value,
    pub assets: BTreeMap<String, Vec<u8>>,
}

pub fn prepare(planned: &Planned, inputs: &Inputs, catalogs: &Catalogs) -> Result<Prepared> {
    let p = catalogs.phrases(&planned.lang);
    match planned.kind() {
        DocumentKind::StatesByGroup => {
            let defaults = Defaults { title: p.t("info-title"), author: p.t("info-author") };
            let doc = masthead::masthead(&inputs.conference, &planned.spec, p, defaults)?;
            let m = states_by_group::model(&inputs.states, inputs.conference.reporting.as_at, p)
                .map_err(anyhow::Error::msg)
                .context("cannot draw the chart")?;
            let mut assets = BTreeMap::new();
            assets.insert(m.chart.path.clone(), m.chart.svg.clone().into_bytes());
            Ok(Prepared { context: serde_json::to_value(TemplateContext { lang: p.lang(), doc: &doc, m: &m })?, assets })
        }
        DocumentKind::AnalyticalReport => {
            let form_id = planned.spec.form.as_deref().unwrap_or_default();
            let form = inputs
                .questionnaires
                .iter()
                .find(|f| f.form_id == form_id)
                .ok_or_else(|| anyhow::anyhow!("the questionnaire {form_id:?} did not load (see its errors above), so its report cannot be made"))?;
            let figures = inputs.figures.get(form_id).ok_or_else(|| anyhow::anyhow!("no figures for {form_id}"))?;
            let defaults = Defaults { title: report::default_title(p, form, &inputs.conference), author: p.t("report-author") };
            let doc = masthead::masthead(&inputs.conference, &planned.spec, p, defaults)?;
            let m = report::model(p, &inputs.conference, &planned.spec, form, figures, &inputs.states).map_err(anyhow::Error::msg).context("cannot draw a chart")?;
            let assets = m.charts.iter().map(|c| (c.path.clone(), c.svg.clone().into_bytes())).collect();
            Ok(Prepared { context: serde_json::to_value(TemplateContext { lang: p.lang(), doc: &doc, m: &m })?, assets })
        }
    }
}
