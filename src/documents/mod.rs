//! The documents palermo makes, one file per kind, each behind one seam: a kind says which
//! language versions a conference calls for (`plan`), and for each what its template gets
//! (`Document::prepare`) and what it writes beside its PDF. The executor (`crate::build`) runs
//! any list of them; nothing outside this folder knows one kind from another.
//!
//! To add a kind: write `src/documents/<kind>.rs` with a struct implementing `Document` and a
//! `plan` function, add its template to `templates/` (and to `template_set::DEFAULTS`), and
//! register it in `KINDS` below (a `[[documents]]` kind of `conference.toml`) or in `plan`.

pub mod answers;
pub mod compilation;
pub mod feedback;
pub mod masthead;
pub mod omr;
pub mod profile;
pub mod questionnaire;
pub mod reminder;
pub mod report;
pub mod states_by_group;
pub mod workbook;

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::sync::Arc;

use anyhow::Result;
use serde::Serialize;

use crate::config::DocumentSpec;
use crate::date::Date;
use crate::engine::CompiledPdf;
use crate::i18n::Catalogs;
use crate::inputs::Inputs;
use crate::lang::Lang;
use crate::model::Diagnostic;
pub use masthead::{Defaults, Masthead};

/// One kind of document.
pub trait Document: Send + Sync + Debug {
    /// The manifest's `kind`: `analytical-report`, `country-profile`…
    fn kind(&self) -> &'static str;

    /// The template that renders it (`report.typ.j2`).
    fn template(&self) -> &'static str;

    /// What the template of one language version gets, and the assets (charts, QR codes) it reads.
    fn prepare(&self, version: &Version, inputs: &Inputs, catalogs: &Catalogs) -> Result<Prepared>;

    /// Files made from the compiled document and written beside it (a printed questionnaire's
    /// layout map), by path under the output folder: the paths of `version.companions`; worded
    /// from the conference's catalogs, as the document is.
    fn companions(&self, _version: &Version, _compiled: &CompiledPdf, _inputs: &Inputs, _catalogs: &Catalogs) -> Result<Vec<(String, Vec<u8>)>> {
        Ok(Vec::new())
    }

    /// Files made from the inputs alone and shared by every language version (a report's
    /// figures file), written once per run whatever is compiled.
    fn shared_files(&self, _version: &Version, _inputs: &Inputs) -> Result<Vec<(String, Vec<u8>)>> {
        Ok(Vec::new())
    }
}

/// What one language version of a document is and where it goes.
#[derive(Debug, Clone)]
pub struct Version {
    /// Path under the output folder, e.g. `documents/CTOC-COP-2026-INF-1.en.pdf` (or, for a
    /// command's `-o FILE`, that file).
    pub output: String,
    pub lang: Lang,
    /// The manifest's `symbol`: a conference document's symbol, a State's code, a form's id.
    pub symbol: String,
    /// The PDF's identifier, the same on every build of the same document.
    pub ident: String,
    /// The date the PDF carries.
    pub date: Date,
    /// The questionnaire it is made from, if any.
    pub form_id: Option<String>,
    /// The State it is about or addressed to, if any.
    pub state: Option<String>,
    /// A file every language version shares, listed in the manifest (a report's figures).
    pub figures: Option<String>,
    /// Files written beside the PDF after compiling (`Document::companions`); the PDF is built
    /// again when one is missing.
    pub companions: Vec<String>,
}

impl Version {
    /// A version written at `path` rather than at its place in the output folder (`-o FILE`);
    /// the files beside it follow.
    pub fn written_to(mut self, path: &std::path::Path) -> Self {
        let file = path.display().to_string();
        let stem = file.strip_suffix(".pdf").unwrap_or(&file).to_string();
        self.companions = self.companions.iter().map(|c| format!("{stem}.{}", companion_suffix(c, &self.output))).collect();
        self.figures = self.figures.map(|_| format!("{stem}.figures.json"));
        self.output = file;
        self
    }
}

/// What `companion` adds to the name of `output`: `layout.json` for `x.en.layout.json` beside `x.en.pdf`.
fn companion_suffix<'a>(companion: &'a str, output: &str) -> &'a str {
    let stem = output.strip_suffix(".pdf").unwrap_or(output);
    companion.strip_prefix(stem).map_or(companion, |s| s.trim_start_matches('.'))
}

/// One language version to build: what it is, and the kind that makes it.
#[derive(Debug, Clone)]
pub struct Planned {
    pub version: Version,
    pub document: Arc<dyn Document>,
}

impl Planned {
    pub fn new(document: impl Document + 'static, version: Version) -> Self {
        Self { version, document: Arc::new(document) }
    }

    pub fn output(&self) -> &str {
        &self.version.output
    }

    pub fn kind(&self) -> &'static str {
        self.document.kind()
    }
}

/// The template's context and the assets (charts) it reads, for one planned version.
pub struct Prepared {
    pub context: serde_json::Value,
    pub assets: BTreeMap<String, Vec<u8>>,
    /// Assets made only if the document reads them (QR codes).
    pub lazy: Option<crate::engine::LazyAssets>,
}

impl Prepared {
    pub fn new(context: &impl Serialize, assets: BTreeMap<String, Vec<u8>>) -> Result<Self> {
        Ok(Self { context: serde_json::to_value(context)?, assets, lazy: None })
    }
}

/// Planned documents, and warnings about what their entries lack.
pub type Plan = (Vec<Planned>, Vec<Diagnostic>);

/// The kinds a `[[documents]]` entry of `conference.toml` can name, each planned by its file.
pub struct ConferenceKind {
    pub name: &'static str,
    /// The language versions of one entry (an error when the entry does not fit the kind), and
    /// warnings about the entry.
    pub plan: fn(&DocumentSpec, &Inputs) -> Result<Plan>,
}

pub const KINDS: &[ConferenceKind] = &[
    ConferenceKind { name: states_by_group::KIND, plan: states_by_group::plan },
    ConferenceKind { name: report::KIND, plan: report::plan },
    ConferenceKind { name: compilation::KIND, plan: compilation::plan },
];

/// The language versions of one `[[documents]]` entry.
pub fn plan_entry(spec: &DocumentSpec, inputs: &Inputs) -> Result<Plan> {
    let Some(kind) = KINDS.iter().find(|k| k.name == spec.kind) else {
        let names: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
        let hint = crate::suggest::closest(&spec.kind, names.iter().copied())
            .map_or_else(|| format!("the kinds are {}", names.join(", ")), |m| format!("did you mean {m}?"));
        anyhow::bail!(
            "{}: documents {}: unknown kind {}; {hint}",
            inputs.display(&inputs.dir.join("conference.toml")),
            spec.symbol,
            crate::quote::quoted(&spec.kind)
        );
    };
    (kind.plan)(spec, inputs)
}

/// Every document the conference calls for, in a stable order: each language version of each
/// `[[documents]]` entry, the printed questionnaires, the country profiles. Fails on an entry
/// that no kind can build; warns (second value) about what a kind finds missing.
pub fn plan(inputs: &Inputs) -> Result<Plan> {
    let mut planned = Vec::new();
    let mut warnings = Vec::new();
    for spec in &inputs.conference.documents {
        let (docs, notes) = plan_entry(spec, inputs)?;
        planned.extend(docs);
        warnings.extend(notes);
    }
    planned.extend(questionnaire::plan(inputs));
    planned.extend(profile::plan(inputs));
    planned.extend(reminder::plan(inputs));
    planned.sort_by(|a, b| a.version.output.cmp(&b.version.output));
    warnings.sort_by(|a, b| a.message.cmp(&b.message));
    warnings.dedup_by(|a, b| a.message == b.message);
    Ok((planned, warnings))
}

/// The file-system-safe form of a symbol: `CTOC/COP/2026/INF/1` → `CTOC-COP-2026-INF-1`.
pub fn symbol_slug(symbol: &str) -> String {
    symbol.chars().map(|c| if c.is_ascii_alphanumeric() || c == '.' { c } else { '-' }).collect()
}

/// The version of a `[[documents]]` entry in `lang`: at `documents/<slug>.<lang>.pdf`, dated as
/// the entry says, identified by symbol and language.
pub fn conference_version(spec: &DocumentSpec, lang: Lang, inputs: &Inputs) -> Version {
    Version {
        output: format!("documents/{}.{lang}.pdf", symbol_slug(&spec.symbol)),
        lang,
        symbol: spec.symbol.clone(),
        ident: format!("{}/{lang}", spec.symbol),
        date: inputs.conference.document_date(spec),
        form_id: spec.form.clone(),
        state: None,
        figures: None,
        companions: Vec::new(),
    }
}

/// What a conference document's template gets: `lang` (for the catalog functions), `doc` (the
/// masthead and page furniture) and `m` (the model).
#[derive(Serialize)]
pub struct TemplateContext<'a, M: Serialize> {
    pub lang: Lang,
    pub doc: &'a Masthead,
    pub m: &'a M,
}
