//! The executor: runs any list of planned documents — prepares, renders and compiles each on a
//! pool of workers, writes every file atomically with what it writes beside it — and returns what
//! became of each. For `build` it also keeps `out/` incremental: a document whose sources did not
//! change since the manifest's build is left as it is, the manifest says at every moment only
//! what is complete on disk, and outputs nothing calls for any more are removed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

use crate::documents::{Planned, symbol_slug};
use crate::engine::{self, CompiledPdf, PdfSettings, TypstSource};
use crate::inputs::Inputs;
use crate::output::{self, DocumentEntry, FailedDocument, Manifest};
use crate::render::Renderer;

/// How a run writes.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The output folder every version's `output` is under.
    pub out: PathBuf,
    /// Documents compiled at once.
    pub jobs: usize,
    pub pdf: PdfSettings,
    /// Compile every document, even one whose output is up to date.
    pub force: bool,
    /// Also write each compiled document's Typst source and assets to `out/sources/`.
    pub keep_sources: bool,
    /// A build of the whole conference: lock `out/`, keep it incremental against its manifest,
    /// write the manifest and remove outputs no longer called for. Otherwise (one document's
    /// command) the files are written and nothing else is touched.
    pub manifest: bool,
}

/// What became of one planned document.
#[derive(Debug)]
pub enum Outcome {
    /// Compiled and written, with Typst's warnings.
    Written { entry: DocumentEntry, warnings: Vec<String> },
    /// Its output is already in place, made from the same sources: nothing done.
    UpToDate(DocumentEntry),
    /// Not built, with every error.
    Failed(FailedDocument),
}

impl Outcome {
    pub fn entry(&self) -> Option<&DocumentEntry> {
        match self {
            Outcome::Written { entry, .. } | Outcome::UpToDate(entry) => Some(entry),
            Outcome::Failed(_) => None,
        }
    }
}

/// Told of each document as the run goes (a progress bar, a line per document).
pub trait Observer: Sync {
    fn started(&self, _output: &str) {}
    fn finished(&self, _output: &str, _outcome: &Outcome) {}
}

/// An observer that shows nothing.
pub struct Silent;
impl Observer for Silent {}

/// What a run did.
#[derive(Debug)]
pub struct Run {
    /// Each planned document's outcome and the time spent on it, in the plan's order.
    pub outcomes: Vec<(Outcome, Duration)>,
    /// Outputs of an earlier build that nothing calls for any more, removed.
    pub removed: Vec<String>,
    /// The manifest written (a build's).
    pub manifest: Option<Manifest>,
}

impl Run {
    pub fn failed(&self) -> impl Iterator<Item = &FailedDocument> {
        self.outcomes.iter().filter_map(|(o, _)| match o {
            Outcome::Failed(f) => Some(f),
            _ => None,
        })
    }

    pub fn up_to_date(&self) -> usize {
        self.outcomes.iter().filter(|(o, _)| matches!(o, Outcome::UpToDate(_))).count()
    }

    pub fn written(&self) -> usize {
        self.outcomes.iter().filter(|(o, _)| matches!(o, Outcome::Written { .. })).count()
    }
}

/// The executor of one run over one conference.
pub struct Executor<'a> {
    pub inputs: &'a Inputs,
    pub renderer: &'a Renderer,
    pub settings: Settings,
}

impl Executor<'_> {
    /// Builds `planned` (in that order, on `settings.jobs` workers).
    pub fn run(&self, planned: &[Planned], observer: &dyn Observer) -> Result<Run> {
        let out = &self.settings.out;
        let _lock = if self.settings.manifest {
            std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
            let lock = output::OutputLock::acquire(out)?;
            output::remove_partial_files(out);
            Some(lock)
        } else {
            None
        };
        // What the previous build wrote, and from what: its manifest.
        let previous = if self.settings.manifest { previous_documents(out) } else { BTreeMap::new() };

        // First what is up to date (rendering and hashing only). Until the build ends, the
        // manifest lists only those: a build killed at any moment leaves a manifest whose every
        // document is complete and matches its file, and the next build makes the rest.
        let force = self.settings.force || !self.settings.manifest;
        let current = run_parallel(planned, self.settings.jobs, |p| if force { Freshness::Unknown } else { self.freshness(p, &previous) });
        if self.settings.manifest {
            let kept = current.iter().filter_map(|(fresh, _)| match fresh {
                Freshness::UpToDate(entry) => Some(entry.as_ref().clone()),
                _ => None,
            });
            self.manifest(kept.collect(), Vec::new(), false).write(out)?;
        }
        self.write_shared(planned)?;

        // Then the rest, each with the source phase one rendered for it, if any, so that it is
        // rendered once.
        let mut outcomes: Vec<Option<(Outcome, Duration)>> = Vec::with_capacity(planned.len());
        let mut to_build: Vec<(usize, &Planned, Option<Box<TypstSource>>)> = Vec::new();
        for (i, (p, (fresh, took))) in planned.iter().zip(current).enumerate() {
            match fresh {
                Freshness::UpToDate(entry) => {
                    let outcome = Outcome::UpToDate(*entry);
                    observer.finished(p.output(), &outcome);
                    outcomes.push(Some((outcome, took)));
                }
                Freshness::Stale(source) => {
                    outcomes.push(None);
                    to_build.push((i, p, Some(source)));
                }
                Freshness::Unknown => {
                    outcomes.push(None);
                    to_build.push((i, p, None));
                }
            }
        }
        let built = run_parallel(&to_build, self.settings.jobs, |(_, p, source)| {
            observer.started(p.output());
            let outcome = match self.build_one(p, source.as_deref()) {
                Ok((entry, warnings)) => Outcome::Written { entry, warnings },
                Err(errors) => Outcome::Failed(FailedDocument {
                    path: p.version.output.clone(),
                    kind: p.kind().into(),
                    symbol: p.version.symbol.clone(),
                    language: p.version.lang.code().into(),
                    errors,
                }),
            };
            observer.finished(p.output(), &outcome);
            outcome
        });
        for ((i, _, _), result) in to_build.iter().zip(built) {
            outcomes[*i] = Some(result);
        }
        let outcomes: Vec<(Outcome, Duration)> = outcomes.into_iter().map(|o| o.expect("every document to build was built")).collect();

        if !self.settings.manifest {
            return Ok(Run { outcomes, removed: Vec::new(), manifest: None });
        }
        let removed = remove_stale(out, planned, &previous)?;
        let documents = outcomes.iter().filter_map(|(o, _)| o.entry().cloned()).collect();
        let failed = outcomes
            .iter()
            .filter_map(|(o, _)| match o {
                Outcome::Failed(f) => Some(f.clone()),
                _ => None,
            })
            .collect();
        let manifest = self.manifest(documents, failed, true);
        manifest.write(out)?;
        Ok(Run { outcomes, removed, manifest: Some(manifest) })
    }

    fn manifest(&self, documents: Vec<DocumentEntry>, failed: Vec<FailedDocument>, complete: bool) -> Manifest {
        Manifest {
            palermo: env!("CARGO_PKG_VERSION"),
            complete,
            pdf_standards: self.settings.pdf.standards.iter().map(|s| format!("{s:?}")).collect(),
            documents,
            failed,
            inputs: self.inputs.log.clone(),
            submissions: self.inputs.outcomes.clone(),
        }
    }

    /// The files every language version of a document shares (a report's figures), once each.
    fn write_shared(&self, planned: &[Planned]) -> Result<()> {
        let mut done = BTreeSet::new();
        for p in planned {
            for (path, bytes) in p.document.shared_files(&p.version, self.inputs)? {
                if done.insert(path.clone()) {
                    output::write_atomic(&self.settings.out.join(&path), &bytes)?;
                }
            }
        }
        Ok(())
    }

    /// Compiles and writes one document from the source phase one rendered (`rendered`) or,
    /// when it rendered none, after preparing and rendering it; errors as readable lines.
    fn build_one(&self, planned: &Planned, rendered: Option<&TypstSource>) -> Result<(DocumentEntry, Vec<String>), Vec<String>> {
        let owned;
        let source = match rendered {
            Some(source) => source,
            None => {
                owned = render(planned, self.inputs, self.renderer)?;
                &owned
            }
        };
        let version = &planned.version;
        let built_from = fingerprint(source, &self.settings.pdf);
        let io = |e: anyhow::Error| vec![format!("{e:#}")];
        let kept = self.settings.out.join("sources").join(symbol_slug(&version.output.replace('/', "-")));
        if self.settings.keep_sources {
            write_sources(&kept, source).map_err(io)?;
        }
        let compiled = engine::compile(source, &version.ident, version.date, &self.settings.pdf).map_err(|f| f.errors)?;
        if self.settings.keep_sources {
            for (path, bytes) in &compiled.made {
                output::write_atomic(&kept.join(path.trim_start_matches('/')), bytes).map_err(io)?;
            }
        }
        let companions = planned.document.companions(version, &compiled, self.inputs, self.renderer.catalogs()).map_err(io)?;
        output::write_atomic(&self.settings.out.join(&version.output), &compiled.bytes).map_err(io)?;
        for (path, bytes) in companions {
            output::write_atomic(&self.settings.out.join(path), &bytes).map_err(io)?;
        }
        Ok((entry(planned, &compiled, built_from), compiled.warnings))
    }

    /// Whether a document's output is up to date (rendered and hashed, not compiled).
    fn freshness(&self, planned: &Planned, previous: &BTreeMap<String, DocumentEntry>) -> Freshness {
        let Some(before) = previous.get(&planned.version.output) else { return Freshness::Unknown };
        let Ok(source) = render(planned, self.inputs, self.renderer) else { return Freshness::Unknown };
        let out = &self.settings.out;
        let current = before.built_from == fingerprint(&source, &self.settings.pdf)
            && planned.version.companions.iter().all(|c| out.join(c).is_file())
            && std::fs::read(out.join(&planned.version.output)).is_ok_and(|bytes| output::sha256_hex(&bytes) == before.sha256);
        if current { Freshness::UpToDate(Box::new(before.clone())) } else { Freshness::Stale(Box::new(source)) }
    }
}

/// What phase one of a build learns of a planned document.
enum Freshness {
    /// The previous build's output is current: its manifest entry.
    UpToDate(Box<DocumentEntry>),
    /// To build; rendered already, from this source.
    Stale(Box<TypstSource>),
    /// To build; not rendered (no previous output, a render error to report, or `--force`).
    Unknown,
}

/// The manifest's entry for a document just compiled.
fn entry(planned: &Planned, compiled: &CompiledPdf, built_from: String) -> DocumentEntry {
    let v = &planned.version;
    DocumentEntry {
        path: v.output.clone(),
        kind: planned.kind().into(),
        symbol: v.symbol.clone(),
        language: v.lang.code().into(),
        form_id: v.form_id.clone(),
        figures: v.figures.clone(),
        state: v.state.clone(),
        companions: v.companions.clone(),
        pages: compiled.pages,
        bytes: compiled.bytes.len(),
        sha256: output::sha256_hex(&compiled.bytes),
        built_from,
    }
}

/// Prepares and renders one planned document into the Typst source it compiles from.
pub fn render(planned: &Planned, inputs: &Inputs, renderer: &Renderer) -> Result<TypstSource, Vec<String>> {
    let prepared = planned.document.prepare(&planned.version, inputs, renderer.catalogs()).map_err(|e| vec![format!("{e:#}")])?;
    let mut source = renderer.render(planned.document.template(), &prepared.context, prepared.assets).map_err(|e| vec![e.0])?;
    source.lazy = prepared.lazy;
    Ok(source)
}

/// Prepares, renders and compiles one document (nothing written); errors as readable lines.
pub fn compile(planned: &Planned, inputs: &Inputs, renderer: &Renderer, pdf: &PdfSettings) -> Result<CompiledPdf, Vec<String>> {
    let source = render(planned, inputs, renderer)?;
    engine::compile(&source, &planned.version.ident, planned.version.date, pdf).map_err(|f| f.errors)
}

/// The documents the manifest in `out` lists, by path; none when there is no readable manifest
/// of this version of palermo (then everything is built).
fn previous_documents(out: &Path) -> BTreeMap<String, DocumentEntry> {
    let Ok(bytes) = std::fs::read(out.join("manifest.json")) else { return BTreeMap::new() };
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(&bytes) else { return BTreeMap::new() };
    if value.get("palermo").and_then(|v| v.as_str()) != Some(env!("CARGO_PKG_VERSION")) {
        return BTreeMap::new();
    }
    let documents: Vec<DocumentEntry> = value.get("documents").and_then(|d| serde_json::from_value(d.clone()).ok()).unwrap_or_default();
    documents.into_iter().map(|d| (d.path.clone(), d)).collect()
}

/// Removes the outputs of an earlier build that nothing calls for any more (a State, a form or a
/// language removed), with the layout maps beside them, so that `out/` holds what the manifest lists.
fn remove_stale(out: &Path, planned: &[Planned], previous: &BTreeMap<String, DocumentEntry>) -> Result<Vec<String>> {
    let wanted: BTreeSet<&str> = planned.iter().map(Planned::output).collect();
    let mut removed = Vec::new();
    for path in previous.keys().filter(|p| !wanted.contains(p.as_str())) {
        let file = out.join(path);
        if file.is_file() {
            std::fs::remove_file(&file).with_context(|| format!("cannot remove the stale {}", file.display()))?;
            let layout = format!("{}.layout.json", path.trim_end_matches(".pdf"));
            let mut beside: Vec<&str> = previous[path].companions.iter().map(String::as_str).collect();
            beside.push(&layout);
            for companion in beside {
                let file = out.join(companion);
                if file.is_file() {
                    std::fs::remove_file(&file).with_context(|| format!("cannot remove the stale {}", file.display()))?;
                }
            }
            removed.push(path.clone());
        }
    }
    Ok(removed)
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
    if pdf.check_layout {
        part(b"check-layout");
    }
    for file in std::iter::once(&source.main).chain(&source.libraries) {
        part(file.path.as_bytes());
        part(file.text.as_bytes());
    }
    for (path, bytes) in &source.assets {
        part(path.as_bytes());
        part(bytes);
    }
    if let Some(lazy) = &source.lazy {
        part(lazy.key.as_bytes());
    }
    output::hex(&hasher.finalize())
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

/// Runs `work` over `items` on a pool of `jobs` threads (rayon, already in the build through
/// Typst); results come back in the items' order, each with the time it took.
///
/// Each worker takes the next item when it is done with its own (`broadcast`, one loop per
/// thread), rather than the items being split as rayon jobs: Typst runs parallel loops of its own
/// inside a document, and a worker waiting on those would otherwise steal a whole other document,
/// so that many documents were half-built at once (measured: 3.2 GB instead of 0.3 GB, and
/// slower).
pub fn run_parallel<T: Sync, R: Send>(items: &[T], jobs: usize, work: impl Fn(&T) -> R + Sync + Send) -> Vec<(R, Duration)> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};
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
