//! The documents a conference calls for: which to build (one per document and language), and
//! the model each template receives.

pub mod feedback;
pub mod masthead;
pub mod omr;
pub mod paper;
pub mod profile;
pub mod report;
pub mod states_by_group;
pub mod workbook;

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

/// What a planned file is.
#[derive(Debug, Clone)]
pub enum Job {
    /// A document of the session listed in `conference.toml`.
    Document(DocumentSpec),
    /// The country profile of a State, by ISO code.
    Profile { state: String },
    /// The printed questionnaire of a form, personalised for a State or blank.
    Questionnaire { form_id: String, state: Option<String> },
}

/// One language version of one document, to be built.
#[derive(Debug, Clone)]
pub struct Planned {
    pub job: Job,
    pub lang: String,
    /// Path under the output folder, e.g. `documents/CTOC-COP-2026-INF-1.en.pdf`.
    pub output: String,
}

impl Planned {
    pub fn document(spec: DocumentSpec, lang: &str) -> Self {
        let output = format!("documents/{}.{lang}.pdf", symbol_slug(&spec.symbol));
        Self { job: Job::Document(spec), lang: lang.to_string(), output }
    }

    pub fn profile(state: &str, lang: &str) -> Self {
        Self { job: Job::Profile { state: state.to_string() }, lang: lang.to_string(), output: format!("profiles/{state}.{lang}.pdf") }
    }

    pub fn questionnaire(form_id: &str, state: Option<&str>, lang: &str) -> Self {
        let output = match state {
            Some(state) => format!("questionnaires/{form_id}.{state}.{lang}.pdf"),
            None => format!("questionnaires/{form_id}.{lang}.pdf"),
        };
        Self { job: Job::Questionnaire { form_id: form_id.to_string(), state: state.map(str::to_string) }, lang: lang.to_string(), output }
    }

    /// The layout map written beside a printed questionnaire: `<form_id>.<lang>.layout.json`.
    pub fn layout_path(&self) -> Option<String> {
        matches!(self.job, Job::Questionnaire { .. }).then(|| self.output.trim_end_matches(".pdf").to_string() + ".layout.json")
    }

    /// The conference document this is a version of.
    pub fn spec(&self) -> Option<&DocumentSpec> {
        match &self.job {
            Job::Document(spec) => Some(spec),
            _ => None,
        }
    }

    /// The manifest's `kind`: `states-by-group`, `analytical-report`, `country-profile`.
    pub fn kind_name(&self) -> &'static str {
        match &self.job {
            Job::Document(spec) => spec.kind.name(),
            Job::Profile { .. } => "country-profile",
            Job::Questionnaire { .. } => "questionnaire",
        }
    }

    /// The template that renders it.
    pub fn template(&self) -> &'static str {
        match &self.job {
            Job::Document(spec) => spec.kind.template(),
            Job::Profile { .. } => "profile.typ.j2",
            Job::Questionnaire { .. } => "questionnaire.typ.j2",
        }
    }

    /// The symbol of a conference document; a profile's ISO code.
    pub fn symbol(&self) -> String {
        match &self.job {
            Job::Document(spec) => spec.symbol.clone(),
            Job::Profile { state } => state.clone(),
            Job::Questionnaire { form_id, .. } => form_id.clone(),
        }
    }

    /// The State a profile is about.
    pub fn state(&self) -> Option<String> {
        match &self.job {
            Job::Profile { state } => Some(state.clone()),
            Job::Questionnaire { state, .. } => state.clone(),
            Job::Document(_) => None,
        }
    }

    /// The questionnaire a report is made from.
    pub fn form_id(&self) -> Option<String> {
        match &self.job {
            Job::Questionnaire { form_id, .. } => Some(form_id.clone()),
            _ => self.spec().and_then(|s| s.form.clone()),
        }
    }

    /// Stable PDF identifier: the same document always gets the same ID.
    pub fn ident(&self) -> String {
        match &self.job {
            Job::Document(spec) => format!("{}/{}", spec.symbol, self.lang),
            Job::Profile { state } => format!("profile/{state}/{}", self.lang),
            Job::Questionnaire { form_id, state } => format!("questionnaire/{form_id}/{}/{}", state.as_deref().unwrap_or("-"), self.lang),
        }
    }

    /// The date the PDF carries: a document's date; a profile's is the cut-off date.
    pub fn date(&self, conference: &Conference) -> crate::date::Date {
        match &self.job {
            Job::Document(spec) => conference.document_date(spec),
            Job::Profile { .. } => conference.reporting.as_at,
            Job::Questionnaire { .. } => conference.reporting.opened,
        }
    }

    /// The figures file of an analytical report: `documents/<slug>.figures.json`, one for all
    /// its language versions.
    pub fn figures_path(&self) -> Option<String> {
        let spec = self.spec()?;
        (spec.kind == DocumentKind::AnalyticalReport).then(|| format!("documents/{}.figures.json", symbol_slug(&spec.symbol)))
    }
}

/// The file-system-safe form of a symbol: `CTOC/COP/2026/INF/1` → `CTOC-COP-2026-INF-1`.
pub fn symbol_slug(symbol: &str) -> String {
    symbol.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' { c } else { '-' }).collect()
}

/// Every language version of every document in `conference.toml`, then every country profile
/// (each State in the profile languages, and in its own language when asked), in a stable order.
pub fn plan(conference: &Conference, states: &StatesFile, questionnaires: &[crate::model::questionnaire::Questionnaire]) -> Vec<Planned> {
    let mut planned = Vec::new();
    for spec in &conference.documents {
        for lang in spec.job_numbers.keys() {
            planned.push(Planned::document(spec.clone(), lang));
        }
    }
    if conference.questionnaires.is_some() {
        for form in questionnaires {
            for lang in form.languages.iter().filter(|l| crate::i18n::is_language(l)) {
                planned.push(Planned::questionnaire(&form.form_id, None, lang));
            }
        }
    }
    if let Some(profiles) = &conference.profiles {
        for state in &states.states {
            let mut languages: Vec<&str> = profiles.languages.iter().map(String::as_str).collect();
            if profiles.own_language && !languages.contains(&state.language.as_str()) {
                languages.push(&state.language);
            }
            for lang in languages {
                planned.push(Planned::profile(&state.iso3, lang));
            }
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

/// The printed questionnaire's context (`lang`, `q`) and its QR codes, for a form of the
/// conference or a form file on its own.
pub fn questionnaire_context(p: crate::i18n::Phrases<'_>, form: &crate::model::questionnaire::Questionnaire, conference: Option<&Conference>, state: Option<&crate::model::State>, date: crate::date::Date) -> Result<Prepared> {
    #[derive(Serialize)]
    struct Context<'a> {
        lang: &'a str,
        q: &'a paper::Paper,
        max_pages: usize,
        qr: String,
    }
    let model = paper::model(p, form, conference, state, date);
    let layout = omr::layout_hash(form, p.lang());
    let version = form.version.clone().unwrap_or_default();
    let assets = omr::qr_assets(&form.form_id, &version, &layout, state.map(|s| s.iso3.as_str())).map_err(anyhow::Error::msg)?.into_iter().collect();
    let qr = omr::payload(&form.form_id, &version, &layout, state.map(|s| s.iso3.as_str()), 0);
    Ok(Prepared { context: serde_json::to_value(Context { lang: p.lang(), q: &model, max_pages: omr::MAX_PAGES, qr: qr.trim_end_matches(":00").to_string() })?, assets })
}

/// What the profile template gets: `lang` and `p` (the profile).
#[derive(Serialize)]
struct ProfileContext<'a> {
    lang: &'a str,
    p: &'a profile::Profile,
}

/// The template's context and the assets (charts) it reads, for one planned document.
pub struct Prepared {
    pub context: serde_json::Value,
    pub assets: BTreeMap<String, Vec<u8>>,
}

pub fn prepare(planned: &Planned, inputs: &Inputs, catalogs: &Catalogs) -> Result<Prepared> {
    let p = catalogs.phrases(&planned.lang);
    let spec = match &planned.job {
        Job::Document(spec) => spec,
        Job::Questionnaire { form_id, state } => {
            let form = inputs.questionnaires.iter().find(|f| &f.form_id == form_id).ok_or_else(|| anyhow::anyhow!("the questionnaire {} did not load", crate::quote::quoted(form_id)))?;
            let state = state.as_deref().map(|s| inputs.states.get(s).ok_or_else(|| anyhow::anyhow!("{s} is not in states.csv"))).transpose()?;
            return questionnaire_context(p, form, Some(&inputs.conference), state, planned.date(&inputs.conference));
        }
        Job::Profile { state } => {
            let state = inputs.states.get(state).ok_or_else(|| anyhow::anyhow!("{state} is not in states.csv"))?;
            let m = profile::model(p, inputs, state).map_err(anyhow::Error::msg).context("cannot draw the chart")?;
            let assets = m.charts.iter().map(|c| (c.path.clone(), c.svg.clone().into_bytes())).collect();
            return Ok(Prepared { context: serde_json::to_value(ProfileContext { lang: p.lang(), p: &m })?, assets });
        }
    };
    match spec.kind {
        DocumentKind::StatesByGroup => {
            let defaults = Defaults { title: p.t("info-title"), author: p.t("info-author") };
            let doc = masthead::masthead(&inputs.conference, spec, p, defaults)?;
            let m = states_by_group::model(&inputs.states, inputs.conference.reporting.as_at, p)
                .map_err(anyhow::Error::msg)
                .context("cannot draw the chart")?;
            let mut assets = BTreeMap::new();
            assets.insert(m.chart.path.clone(), m.chart.svg.clone().into_bytes());
            Ok(Prepared { context: serde_json::to_value(TemplateContext { lang: p.lang(), doc: &doc, m: &m })?, assets })
        }
        DocumentKind::AnalyticalReport => {
            let form_id = spec.form.as_deref().unwrap_or_default();
            let form = inputs
                .questionnaires
                .iter()
                .find(|f| f.form_id == form_id)
                .ok_or_else(|| anyhow::anyhow!("the questionnaire {} did not load (see its errors above), so its report cannot be made", crate::quote::quoted(form_id)))?;
            let figures = inputs.figures.get(form_id).ok_or_else(|| anyhow::anyhow!("no figures for {form_id}"))?;
            let defaults = Defaults { title: report::default_title(p, form, &inputs.conference), author: p.t("report-author") };
            let doc = masthead::masthead(&inputs.conference, spec, p, defaults)?;
            let m = report::model(p, &inputs.conference, spec, form, figures, &inputs.states).map_err(anyhow::Error::msg).context("cannot draw a chart")?;
            let assets = m.charts.iter().map(|c| (c.path.clone(), c.svg.clone().into_bytes())).collect();
            Ok(Prepared { context: serde_json::to_value(TemplateContext { lang: p.lang(), doc: &doc, m: &m })?, assets })
        }
    }
}
