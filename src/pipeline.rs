//! The build: load the inputs, plan the documents, then model → render → compile → write each
//! one on a pool of workers. A document that fails is reported and the others go on.

use std::path::{Path, PathBuf};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::config::Conference;
use crate::documents::{self, Inputs, Planned};
use crate::engine::{self, source::TypstSource, PdfSettings};
use crate::load::{states, submissions, xlsform};
use crate::model::questionnaire::Questionnaire;
use crate::model::submission::{Status as SubmissionStatus, Submission};
use crate::validate::{self, Outcome};
use crate::model::Diagnostic;
use crate::output::{self, DocumentEntry, FailedDocument, InputEntry, InputStatus, Manifest};
use crate::render::{Renderer, TemplateSet};

/// Resolved settings of a build, checked before any work.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub inputs: PathBuf,
    pub out: PathBuf,
    pub jobs: usize,
    pub templates: Option<PathBuf>,
    pub pdf: PdfSettings,
    /// Print a line per document to stderr.
    pub verbose: bool,
    /// Rebuild every document, even those whose output is up to date.
    pub force: bool,
    /// Write each compiled document's Typst source and assets to `out/sources/`.
    pub keep_sources: bool,
    /// Show a progress bar (on a terminal) rather than a line per document.
    pub progress: bool,
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    pub manifest: Manifest,
    pub diagnostics: Vec<Diagnostic>,
    /// Time spent on each document, by output path (for the benchmark).
    pub timings: Vec<(String, Duration)>,
    /// Documents whose output was already up to date.
    pub up_to_date: usize,
    /// Outputs of an earlier build that no input calls for any more, removed.
    pub removed: Vec<String>,
}

impl BuildReport {
    pub fn rejected_input(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// 0: all built from accepted input; 1: some input rejected; 2: a document failed.
    pub fn exit_code(&self) -> i32 {
        if !self.manifest.failed.is_empty() {
            2
        } else if self.rejected_input() {
            1
        } else {
            0
        }
    }
}

/// Reads the conference folder. Fails only on what makes any document impossible (no
/// `conference.toml`, an unreadable States list); row-level problems become diagnostics.
pub fn load_inputs(dir: &Path) -> Result<(Inputs, Vec<InputEntry>, Vec<Diagnostic>)> {
    let conference = Conference::load(&dir.join("conference.toml"))?;
    let states_path = dir.join("states.csv");
    let states = states::load(&states_path, &display(dir, &states_path))?;
    let mut diagnostics = conference.warnings(&display(dir, &dir.join("conference.toml")));
    let mut inputs = vec![input_entry("conference.toml", "conference", &diagnostics, true)];
    diagnostics.extend(states.diagnostics.iter().cloned());
    inputs.extend([
        input_entry("states.csv", "states", &states.diagnostics, true),
    ]);
    let mut questionnaires = Vec::new();
    // Every file of questionnaires/ is a form, or a choices file a form names
    // (`select_one_from_file species.csv`); anything else is reported, never skipped silently.
    let (paths, not_files) = crate::load::listing(&dir.join("questionnaires"));
    let is_form_file = |path: &Path| path.extension().and_then(|e| e.to_str()).is_some_and(|e| xlsform::FORM_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
    let loads: Vec<(PathBuf, xlsform::FormLoad)> = paths.iter().filter(|p| is_form_file(p)).map(|p| (p.clone(), xlsform::load(p, &display(dir, p)))).collect();
    let named: Vec<String> = loads.iter().filter_map(|(_, l)| l.questionnaire.as_ref()).flat_map(|q| q.files.iter().cloned()).collect();
    let is_named = |path: &Path| path.file_name().and_then(|n| n.to_str()).is_some_and(|n| named.iter().any(|f| f == n));
    for path in paths.iter().filter(|p| is_named(p) || !is_form_file(p)) {
        if is_named(path) {
            inputs.push(input_entry(&path.strip_prefix(dir).unwrap_or(path).display().to_string(), "choices", &[], true));
        } else {
            let d = Diagnostic::warning(display(dir, path), "not a questionnaire, and no form names it as a choices file; it is not read")
                .hint(format!("questionnaires are {} files; move other files out of questionnaires/", xlsform::FORM_EXTENSIONS.join(", ")));
            inputs.push(not_read(dir, path, "other", d, &mut diagnostics));
        }
    }
    for (path, why) in not_files {
        let d = Diagnostic::warning(display(dir, &path), format!("not read: {why}"))
            .hint("questionnaires/ holds the form files themselves; move anything else out of it");
        inputs.push(not_read(dir, &path, "other", d, &mut diagnostics));
    }
    for (path, loaded) in loads.into_iter().filter(|(p, l)| !is_named(p) || l.questionnaire.is_some()) {
        let relative = path.strip_prefix(dir).unwrap_or(&path).display().to_string();
        inputs.push(input_entry(&relative, "questionnaire", &loaded.diagnostics, loaded.questionnaire.is_some()));
        diagnostics.extend(loaded.diagnostics);
        if let Some(form) = loaded.questionnaire {
            if let Some(other) = questionnaires.iter().find(|q: &&Questionnaire| q.form_id == form.form_id) {
                diagnostics.push(
                    Diagnostic::error(display(dir, &path), format!("form_id {} is also the id of {}; this form is not used", crate::quote::quoted(&form.form_id), other.source))
                        .hint("give each questionnaire its own form_id in its settings sheet"),
                );
                if let Some(entry) = inputs.last_mut() {
                    entry.status = InputStatus::Rejected;
                    entry.errors += 1;
                }
                continue;
            }
            questionnaires.push(form);
        }
    }
    // Documents list the questionnaires in the order of their instruments: the Convention first.
    questionnaires.sort_by(|a, b| (a.instrument.map_or(9, |i| i as u8), &a.form_id).cmp(&(b.instrument.map_or(9, |i| i as u8), &b.form_id)));
    let (submissions, outcomes) = load_submissions(dir, &questionnaires, &states, &mut inputs, &mut diagnostics);
    let figures = questionnaires
        .iter()
        .map(|form| (form.form_id.clone(), crate::figures::FormFigures::compute(form, &submissions, &states, conference.reporting.as_at)))
        .collect();
    Ok((Inputs { conference, states, questionnaires, submissions, outcomes, figures }, inputs, diagnostics))
}

/// Reads `submissions/<form_id>/*` and validates each form's submissions together (so that a
/// State's two replies can be compared). Returns the accepted submissions and every outcome.
fn load_submissions(
    dir: &Path,
    forms: &[Questionnaire],
    states: &states::StatesFile,
    inputs: &mut Vec<InputEntry>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Submission>, Vec<Outcome>) {
    let root = dir.join("submissions");
    let mut accepted = Vec::new();
    let mut outcomes = Vec::new();
    let example = forms.first().map_or("tip_2026", |f| f.form_id.as_str());
    for path in crate::load::entries(&root) {
        match crate::load::not_a_file(&path) {
            None => {
                let d = Diagnostic::error(display(dir, &path), "a submission outside a form folder is not read")
                    .hint(format!("move it into submissions/<form_id>/, e.g. submissions/{example}/"));
                inputs.push(not_read(dir, &path, "submission", d, diagnostics));
                continue;
            }
            Some(_) if path.is_dir() => {}
            Some(why) => {
                let d = Diagnostic::error(display(dir, &path), format!("not read: {why}"))
                    .hint(format!("put each reply itself (not a link) in its form's folder, e.g. submissions/{example}/"));
                inputs.push(not_read(dir, &path, "submission", d, diagnostics));
                continue;
            }
        }
        let folder = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        // What a form folder holds besides files (a folder, a broken link, a pipe) is reported:
        // a reply inside it would otherwise be missed without a word.
        let (files, not_files) = crate::load::listing(&path);
        for (entry, why) in not_files {
            let hint = if entry.is_dir() {
                format!("replies are read from submissions/{folder}/ itself; move the files up out of this folder")
            } else {
                "copy the reply itself here (not a link), and check that it was saved or copied completely".to_string()
            };
            let d = Diagnostic::error(display(dir, &entry), format!("not read: {why}")).hint(hint);
            inputs.push(not_read(dir, &entry, "submission", d, diagnostics));
        }
        let Some(form) = forms.iter().find(|f| f.form_id == folder) else {
            let hint = match crate::suggest::closest(&folder, forms.iter().map(|f| f.form_id.as_str())) {
                Some(meant) => format!("did you mean {meant}? name the folder after the form_id of its questionnaire"),
                None => "name the folder after the form_id of a questionnaire in questionnaires/".to_string(),
            };
            for file in files {
                let d = Diagnostic::error(display(dir, &file), format!("no questionnaire has the form_id {}", crate::quote::quoted(&folder))).hint(hint.clone());
                inputs.push(not_read(dir, &file, "submission", d, diagnostics));
            }
            continue;
        };
        // A file at a time: what was read is dropped once checked.
        let mut validator = validate::FormValidator::new(form, states);
        let mut per_file: Vec<(String, String, Vec<Diagnostic>, usize)> = Vec::new();
        for file in files {
            let shown = display(dir, &file);
            let read = submissions::read_file(&file, &shown, form);
            per_file.push((file.strip_prefix(dir).unwrap_or(&file).display().to_string(), shown, read.diagnostics, read.submissions.len()));
            validator.add(&read.submissions);
        }
        let validated = validator.finish();
        for (relative, shown, file_diagnostics, count) in per_file {
            let mine: Vec<&Outcome> = validated.outcomes.iter().filter(|o| *o.place.file == *shown).collect();
            let mut all: Vec<Diagnostic> = file_diagnostics.clone();
            all.extend(mine.iter().flat_map(|o| o.diagnostics.iter()).cloned());
            let usable = count > 0 && mine.iter().any(|o| o.status != SubmissionStatus::Rejected);
            inputs.push(input_entry(&relative, "submission", &all, usable));
            diagnostics.extend(file_diagnostics);
        }
        diagnostics.extend(validated.diagnostics().cloned());
        for outcome in validated.outcomes {
            if let Some(s) = &outcome.submission {
                accepted.push(s.clone());
            }
            outcomes.push(outcome);
        }
    }
    (accepted, outcomes)
}

/// The manifest's entry for an input palermo does not read, with the diagnostic that says why
/// (added to `diagnostics`).
fn not_read(dir: &Path, path: &Path, kind: &str, diagnostic: Diagnostic, diagnostics: &mut Vec<Diagnostic>) -> InputEntry {
    let entry = input_entry(&path.strip_prefix(dir).unwrap_or(path).display().to_string(), kind, std::slice::from_ref(&diagnostic), false);
    diagnostics.push(diagnostic);
    entry
}

/// What the manifest says of an input file, from its diagnostics; `usable` is false when
/// nothing in it could be used.
fn input_entry(path: &str, kind: &str, diagnostics: &[Diagnostic], usable: bool) -> InputEntry {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let status = match (usable, errors) {
        (false, _) => InputStatus::Rejected,
        (true, 0) => InputStatus::Accepted,
        (true, _) => InputStatus::Partial,
    };
    InputEntry { path: path.into(), kind: kind.into(), status, errors, warnings: diagnostics.len() - errors }
}

/// How a path is shown in messages: relative to the inputs folder's parent when possible.
pub fn display(base: &Path, path: &Path) -> String {
    let parent = base.parent().unwrap_or(base);
    path.strip_prefix(parent).unwrap_or(path).display().to_string()
}

pub fn templates(dir: Option<&Path>) -> Result<TemplateSet> {
    match dir {
        Some(dir) => TemplateSet::with_overrides(dir),
        None => Ok(TemplateSet::defaults()),
    }
}

/// Builds every document the inputs call for and writes the manifest.
pub fn build(options: &BuildOptions) -> Result<BuildReport> {
    let (inputs, input_entries, mut diagnostics) = load_inputs(&options.inputs)?;
    let renderer = Renderer::new(templates(options.templates.as_deref())?).map_err(anyhow::Error::msg)?;
    diagnostics.extend(renderer.catalogs().diagnostics.iter().cloned());
    let planned = documents::plan(&inputs.conference, &inputs.states, &inputs.questionnaires);
    std::fs::create_dir_all(&options.out).with_context(|| format!("cannot create {}", options.out.display()))?;
    let _lock = output::OutputLock::acquire(&options.out)?;
    output::remove_partial_files(&options.out);
    // What the previous build wrote, and from what: its manifest.
    let previous = previous_documents(&options.out);
    let manifest_of = |documents: Vec<DocumentEntry>, failed: Vec<FailedDocument>, complete: bool| Manifest {
        palermo: env!("CARGO_PKG_VERSION"),
        complete,
        pdf_standards: options.pdf.standards.iter().map(|s| format!("{s:?}")).collect(),
        documents,
        failed,
        inputs: input_entries.clone(),
        submissions: inputs.outcomes.clone(),
    };

    // First what is up to date (rendering and hashing only). Until the build ends, the manifest
    // lists only those: a build killed at any moment leaves a manifest whose every document is
    // complete and matches its file, and the next build makes the rest.
    let progress = crate::progress::Progress::new(planned.len(), options.progress, options.verbose);
    let current = run_parallel(&planned, options.jobs, |job| if options.force { Freshness::Unknown } else { freshness(job, &inputs, &renderer, options, &previous) });
    let kept: Vec<DocumentEntry> = current.iter().filter_map(|(fresh, _)| match fresh {
        Freshness::UpToDate(entry) => Some(entry.clone()),
        _ => None,
    }).collect();
    manifest_of(kept, Vec::new(), false).write(&options.out)?;
    write_figures(&planned, &inputs, &options.out)?;
    for (job, (fresh, _)) in planned.iter().zip(&current) {
        if matches!(fresh, Freshness::UpToDate(_)) {
            progress.finish(&job.output, true);
        }
    }
    // The documents to build, each with the source phase one rendered for it, if any, so that
    // it is rendered once.
    let mut results: Vec<Option<(Result<Built, Vec<String>>, Duration)>> = Vec::with_capacity(planned.len());
    let mut to_build: Vec<(usize, &Planned, Option<Box<TypstSource>>)> = Vec::new();
    for (i, (job, (fresh, took))) in planned.iter().zip(current).enumerate() {
        match fresh {
            Freshness::UpToDate(entry) => results.push(Some((Ok(Built::UpToDate(entry)), took))),
            Freshness::Stale(source) => {
                results.push(None);
                to_build.push((i, job, Some(source)));
            }
            Freshness::Unknown => {
                results.push(None);
                to_build.push((i, job, None));
            }
        }
    }
    let compiled = run_parallel(&to_build, options.jobs, |(_, job, source)| {
        progress.start(&job.output);
        let built = build_one(job, source.as_deref(), &inputs, &renderer, options).map(Built::Written);
        progress.finish(&job.output, false);
        built
    });
    progress.clear();
    for ((i, _, _), result) in to_build.iter().zip(compiled) {
        results[*i] = Some(result);
    }
    let results: Vec<(Result<Built, Vec<String>>, Duration)> = results.into_iter().map(|r| r.expect("every document to build was built")).collect();
    let mut written = Vec::new();
    let mut failed = Vec::new();
    let mut timings = Vec::new();
    let mut up_to_date = 0;
    for (job, (result, elapsed)) in planned.iter().zip(results) {
        timings.push((job.output.clone(), elapsed));
        match result {
            Ok(Built::Written(entry)) => written.push(entry),
            Ok(Built::UpToDate(entry)) => {
                up_to_date += 1;
                written.push(entry);
            }
            Err(errors) => {
                eprintln!("error: {} was not built:", job.output);
                for e in &errors {
                    eprintln!("  {}", e.replace('\n', "\n  "));
                }
                failed.push(FailedDocument {
                    path: job.output.clone(),
                    kind: job.kind_name().into(),
                    symbol: job.symbol(),
                    language: job.lang.clone(),
                    errors,
                });
            }
        }
    }
    // Outputs of an earlier build that nothing calls for any more (a State, a form or a language
    // removed) are removed with their layout maps, so that out/ holds what the manifest lists.
    let mut removed = Vec::new();
    for path in previous.keys().filter(|p| !planned.iter().any(|j| &j.output == *p)) {
        let file = options.out.join(path);
        if file.is_file() {
            std::fs::remove_file(&file).with_context(|| format!("cannot remove the stale {}", file.display()))?;
            let layout = options.out.join(format!("{}.layout.json", path.trim_end_matches(".pdf")));
            if layout.is_file() {
                std::fs::remove_file(&layout).with_context(|| format!("cannot remove the stale {}", layout.display()))?;
            }
            removed.push(path.clone());
        }
    }
    // Phrases a catalog lacked, reported once each (the documents printed them in English).
    diagnostics.extend(renderer.catalogs().problems());
    let manifest = manifest_of(written, failed, true);
    manifest.write(&options.out)?;
    let mut validation = serde_json::to_vec_pretty(&diagnostics)?;
    validation.push(b'\n');
    output::write_atomic(&options.out.join("validation.json"), &validation)?;
    Ok(BuildReport { manifest, diagnostics, timings, up_to_date, removed })
}

/// The documents the manifest in `out` lists, by path; none when there is no readable manifest
/// (then everything is built).
fn previous_documents(out: &Path) -> BTreeMap<String, DocumentEntry> {
    let Ok(bytes) = std::fs::read(out.join("manifest.json")) else { return BTreeMap::new() };
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(&bytes) else { return BTreeMap::new() };
    if value.get("palermo").and_then(|v| v.as_str()) != Some(env!("CARGO_PKG_VERSION")) {
        return BTreeMap::new();
    }
    let documents: Vec<DocumentEntry> = value.get("documents").and_then(|d| serde_json::from_value(d.clone()).ok()).unwrap_or_default();
    documents.into_iter().map(|d| (d.path.clone(), d)).collect()
}

/// Writes `documents/<slug>.figures.json` for every analytical report: every figure it prints,
/// what it counts, its value (numerator and denominator for a share) and the States counted.
fn write_figures(planned: &[Planned], inputs: &Inputs, out: &Path) -> Result<()> {
    let mut done = std::collections::BTreeSet::new();
    for job in planned {
        let (Some(path), Some(form_id)) = (job.figures_path(), job.form_id()) else { continue };
        if !done.insert(path.clone()) {
            continue;
        }
        let Some(figures) = inputs.figures.get(&form_id) else { continue };
        write_figures_file(&out.join(&path), &job.symbol(), figures)?;
    }
    Ok(())
}

/// One report's figures file: every figure, what it counts, its value and the States counted.
pub fn write_figures_file(path: &Path, symbol: &str, figures: &crate::figures::FormFigures) -> Result<()> {
    let file = serde_json::json!({
        "symbol": symbol,
        "form_id": figures.form_id,
        "as_at": figures.as_at,
        "rounding": "a per cent is 100 × numerator / denominator, rounded half up to a whole number, once",
        "figures": figures.registry.figures,
    });
    let mut bytes = serde_json::to_vec_pretty(&file)?;
    bytes.push(b'\n');
    output::write_atomic(path, &bytes)
}

/// What became of one planned document.
pub enum Built {
    /// Compiled and written.
    Written(DocumentEntry),
    /// Its output is already in place, made from the same source: nothing done.
    UpToDate(DocumentEntry),
}

/// Compiles and writes one document that phase one did not find up to date, from the source it
/// rendered (`rendered`) or, when it rendered none, after modelling and rendering it. Errors are
/// returned as readable lines.
fn build_one(job: &Planned, rendered: Option<&TypstSource>, inputs: &Inputs, renderer: &Renderer, options: &BuildOptions) -> Result<DocumentEntry, Vec<String>> {
    let owned;
    let source = match rendered {
        Some(source) => source,
        None => {
            owned = render_document(job, inputs, renderer)?;
            &owned
        }
    };
    let built_from = fingerprint(source, &options.pdf);
    let path = options.out.join(&job.output);
    if options.keep_sources {
        write_sources(&options.out.join("sources").join(documents::symbol_slug(&job.output.replace('/', "-"))), &source).map_err(|e| vec![format!("{e:#}")])?;
    }
    let compiled = compile_source(&source, &job.ident(), job.date(&inputs.conference), &options.pdf)?;
    for warning in &compiled.warnings {
        eprintln!("warning: {}: {warning}", job.output);
    }
    output::write_atomic(&path, &compiled.bytes).map_err(|e| vec![format!("{e:#}")])?;
    if let (Some(layout), documents::Job::Questionnaire { form_id, state }) = (job.layout_path(), &job.job) {
        if let Some(form) = inputs.questionnaires.iter().find(|f| &f.form_id == form_id) {
            let map = documents::omr::layout_map(&compiled.marks, compiled.pages, form, &job.lang, state.as_deref());
            let mut bytes = serde_json::to_vec_pretty(&map).map_err(|e| vec![e.to_string()])?;
            bytes.push(b'\n');
            output::write_atomic(&options.out.join(layout), &bytes).map_err(|e| vec![format!("{e:#}")])?;
        }
    }
    Ok(DocumentEntry {
        path: job.output.clone(),
        kind: job.kind_name().into(),
        symbol: job.symbol(),
        language: job.lang.clone(),
        form_id: job.form_id(),
        figures: job.figures_path(),
        state: job.state(),
        pages: compiled.pages,
        bytes: compiled.bytes.len(),
        sha256: output::sha256_hex(&compiled.bytes),
        built_from,
    })
}

/// The previous build's entry for `job` when its output is still the file it wrote, made from
/// the same source (`built_from`).
fn still_current(job: &Planned, built_from: &str, options: &BuildOptions, previous: &BTreeMap<String, DocumentEntry>) -> Option<DocumentEntry> {
    let before = previous.get(&job.output)?;
    (before.built_from == built_from
        && job.layout_path().is_none_or(|layout| options.out.join(layout).is_file())
        && std::fs::read(options.out.join(&job.output)).is_ok_and(|bytes| output::sha256_hex(&bytes) == before.sha256))
    .then(|| before.clone())
}

/// What phase one of a build learns of a planned document.
enum Freshness {
    /// The previous build's output is current: its manifest entry.
    UpToDate(DocumentEntry),
    /// To build; rendered already, from this source.
    Stale(Box<TypstSource>),
    /// To build; not rendered (no previous output, a render error to report, or `--force`).
    Unknown,
}

/// Whether `job`'s output is up to date (rendered and hashed, not compiled).
fn freshness(job: &Planned, inputs: &Inputs, renderer: &Renderer, options: &BuildOptions, previous: &BTreeMap<String, DocumentEntry>) -> Freshness {
    if !previous.contains_key(&job.output) {
        return Freshness::Unknown;
    }
    let Ok(source) = render_document(job, inputs, renderer) else { return Freshness::Unknown };
    match still_current(job, &fingerprint(&source, &options.pdf), options, previous) {
        Some(entry) => Freshness::UpToDate(entry),
        None => Freshness::Stale(Box::new(source)),
    }
}

/// What a document's PDF is made from: palermo's version (its fonts are compiled in), the PDF
/// standards, and every file of its Typst source with the assets it reads. Equal fingerprints
/// give byte-identical PDFs.
pub fn fingerprint(source: &TypstSource, pdf: &PdfSettings) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    let mut part = |bytes: &[u8]| {
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    };
    part(env!("CARGO_PKG_VERSION").as_bytes());
    part(format!("{:?}", pdf.standards).as_bytes());
    for file in std::iter::once(&source.main).chain(&source.libraries) {
        part(file.path.as_bytes());
        part(file.text.as_bytes());
    }
    for (path, bytes) in &source.assets {
        part(path.as_bytes());
        part(bytes);
    }
    hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// `--keep-sources`: the document's Typst files and assets as the `typst` CLI can compile them
/// (`typst compile --root DIR --font-path fonts --ignore-system-fonts DIR/main.typ`).
fn write_sources(dir: &Path, source: &TypstSource) -> Result<()> {
    for file in std::iter::once(&source.main).chain(&source.libraries) {
        output::write_atomic(&dir.join(file.path.trim_start_matches('/')), file.text.as_bytes())?;
    }
    for (path, bytes) in &source.assets {
        output::write_atomic(&dir.join(path.trim_start_matches('/')), bytes)?;
    }
    Ok(())
}

/// Model and render one planned document into the Typst source it compiles from.
pub fn render_document(job: &Planned, inputs: &Inputs, renderer: &Renderer) -> Result<TypstSource, Vec<String>> {
    if let documents::Job::Questionnaire { form_id, state } = &job.job {
        let form = inputs.questionnaires.iter().find(|f| &f.form_id == form_id).ok_or_else(|| vec![format!("the questionnaire {} did not load", crate::quote::quoted(form_id))])?;
        let state = state.as_deref().map(|s| inputs.states.get(s).ok_or_else(|| vec![format!("{s} is not in states.csv")])).transpose()?;
        return render_questionnaire(form, Some(&inputs.conference), state, &job.lang, job.date(&inputs.conference), renderer);
    }
    let prepared = documents::prepare(job, inputs, renderer.catalogs()).map_err(|e| vec![format!("{e:#}")])?;
    renderer.render(job.template(), &prepared.context, prepared.assets).map_err(|e| vec![e.0])
}

/// Model, render and compile one document (no file written); errors as readable lines.
pub fn compile_document(job: &Planned, inputs: &Inputs, renderer: &Renderer, pdf: &PdfSettings) -> Result<engine::CompiledPdf, Vec<String>> {
    let source = render_document(job, inputs, renderer)?;
    compile_source(&source, &job.ident(), job.date(&inputs.conference), pdf)
}

/// Typst's memoised work (the UN library, fonts, the shaping of repeated text) is kept from one
/// document to the next: what no document used during the last `cache_age` compilations is
/// dropped, and everything once the process holds more than `MEMORY_BOUND`. Measured on the
/// sample conference (322 documents, two cores): age 0 (evict all) 22.4 s and 158 MiB, age 4
/// 20-21 s and 270 MiB, age 24 23 s and 774 MiB; `palermo bench --targets` repeats the comparison.
pub const DEFAULT_CACHE_AGE: usize = 4;
pub const MEMORY_BOUND: u64 = 768 * 1024 * 1024;
static CACHE_AGE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(DEFAULT_CACHE_AGE);

/// Sets how many compilations Typst's memoised results outlive their last use (0: none).
pub fn set_cache_age(age: usize) {
    CACHE_AGE.store(age, std::sync::atomic::Ordering::Relaxed);
}

/// Compiles a rendered document, then trims Typst's caches to their bound.
pub fn compile_source(source: &TypstSource, ident: &str, date: crate::date::Date, pdf: &PdfSettings) -> Result<engine::CompiledPdf, Vec<String>> {
    let compiled = engine::compile_pdf(source, engine::fonts::store(), ident, date, pdf);
    if resident_bytes().is_some_and(|r| r > MEMORY_BOUND) {
        typst::comemo::evict(0);
    } else {
        typst::comemo::evict(CACHE_AGE.load(std::sync::atomic::Ordering::Relaxed));
    }
    compiled.map_err(|failure| failure.errors)
}

/// The process's resident memory (Linux), read from `/proc/self/statm`.
pub fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

/// The printed questionnaire of a form of the conference (its cycle, deadline and return address
/// on the cover) or of a form file on its own (`conference` None), as Typst source.
pub fn render_questionnaire(
    form: &Questionnaire,
    conference: Option<&crate::config::Conference>,
    state: Option<&crate::model::State>,
    lang: &str,
    date: crate::date::Date,
    renderer: &Renderer,
) -> Result<TypstSource, Vec<String>> {
    let job = Planned::questionnaire(&form.form_id, state.map(|s| s.iso3.as_str()), lang);
    let p = renderer.catalogs().phrases(lang);
    let prepared = documents::questionnaire_context(p, form, conference, state, date).map_err(|e| vec![format!("{e:#}")])?;
    renderer.render(job.template(), &prepared.context, prepared.assets).map_err(|e| vec![e.0])
}

/// One printed questionnaire in `lang`, compiled.
pub fn compile_questionnaire(
    form: &Questionnaire,
    conference: Option<&crate::config::Conference>,
    state: Option<&crate::model::State>,
    lang: &str,
    date: crate::date::Date,
    renderer: &Renderer,
    pdf: &PdfSettings,
) -> Result<engine::CompiledPdf, Vec<String>> {
    let job = Planned::questionnaire(&form.form_id, state.map(|s| s.iso3.as_str()), lang);
    let source = render_questionnaire(form, conference, state, lang, date, renderer)?;
    compile_source(&source, &job.ident(), date, pdf)
}

/// Runs `work` over `items` on a pool of `jobs` threads (rayon, already in the build through
/// Typst); results come back in the items' order, each with the time it took.
///
/// Each worker takes the next item when it is done with its own (`broadcast`, one loop per
/// thread), rather than the items being split as rayon jobs: Typst runs parallel loops of its own
/// inside a document, and a worker waiting on those would otherwise steal a whole other document,
/// so that many documents were half-built at once (measured: 3.2 GB instead of 0.3 GB, and
/// slower).
pub fn run_parallel<T: Sync, R: Send>(items: &[T], jobs: usize, work: impl Fn(&T) -> R + Sync + Send) -> Vec<(R, Duration)> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;
    let timed = |item: &T| {
        let start = Instant::now();
        let result = work(item);
        (result, start.elapsed())
    };
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<(R, Duration)>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    let worker = |_: rayon::BroadcastContext<'_>| loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some(item) = items.get(i) else { break };
        let result = timed(item);
        results.lock().expect("a worker panicked")[i] = Some(result);
    };
    // Typst recurses deeply through nested layouts: give each worker a roomy stack (only the
    // pages it touches take memory).
    match rayon::ThreadPoolBuilder::new().num_threads(jobs.clamp(1, items.len().max(1))).stack_size(32 << 20).thread_name(|i| format!("palermo-{i}")).build() {
        Ok(pool) => {
            pool.broadcast(worker);
        }
        // No thread could be started: the work still gets done, here.
        Err(_) => {
            for (i, item) in items.iter().enumerate() {
                results.lock().expect("not poisoned")[i] = Some(timed(item));
            }
        }
    }
    results.into_inner().expect("a worker panicked").into_iter().map(|r| r.expect("every item ran")).collect()
}
