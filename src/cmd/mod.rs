//! One small file per subcommand, each calling the library's stages; the executor's runs are
//! shown here (progress, a line per document, errors), the library itself prints nothing.

pub mod bench;
pub mod bench_scan;
pub mod bench_targets;
pub mod build;
pub mod check;
pub mod document;
pub mod feedback;
pub mod init;
pub mod profile;
pub mod progress;
pub mod questionnaire;
pub mod report;
pub mod scan;
pub mod status;
pub mod translate;
pub mod validate;
pub mod workbook;

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use crate::cli::InputArgs;
use crate::documents::Planned;
use crate::engine::PdfSettings;
use crate::executor::{Executor, Outcome, Settings};
use crate::inputs::Inputs;
use crate::render::Renderer;
use crate::template_set::TemplateSet;

/// `--jobs`, defaulting to the cores available.
pub fn jobs(requested: Option<usize>) -> Result<usize> {
    match requested {
        Some(0) => bail!("--jobs must be at least 1"),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

/// `--pdf-standard`, checked.
pub fn pdf_settings(input: &InputArgs) -> Result<PdfSettings> {
    let mut settings = PdfSettings::from_args(&input.pdf_standard).map_err(anyhow::Error::msg)?;
    settings.check_layout = input.check_layout;
    Ok(settings)
}

/// `--templates`, or the conference folder's own `templates/` when it has one.
pub fn templates_dir(given: Option<&Path>, conference: &Path) -> Result<Option<PathBuf>> {
    if let Some(dir) = given {
        if !dir.is_dir() {
            bail!("--templates {}: no such folder", dir.display());
        }
        return Ok(Some(dir.to_path_buf()));
    }
    let own = conference.join("templates");
    Ok(own.is_dir().then_some(own))
}

/// The renderer over the templates and catalogs in force: the defaults with `--templates` or
/// the conference's own `templates/` laid over them.
pub fn renderer(given: Option<&Path>, conference: &Path) -> Result<Renderer> {
    let set = match templates_dir(given, conference)? {
        Some(dir) => TemplateSet::with_overrides(&dir)?,
        None => TemplateSet::defaults(),
    };
    Renderer::new(set).map_err(anyhow::Error::msg)
}

/// Builds the versions a one-document command chose: into `-o FILE` when given (one version),
/// else under `--out`, with the conference's templates.
pub fn run_versions(planned: Vec<Planned>, output: Option<&Path>, out: &Path, inputs: &Inputs, input: &InputArgs, dir: &Path) -> Result<i32> {
    let planned: Vec<Planned> = planned
        .into_iter()
        .map(|p| match output {
            Some(file) => Planned { version: p.version.clone().written_to(file), ..p },
            None => p,
        })
        .collect();
    let renderer = renderer(input.templates.as_deref(), dir)?;
    let out = if output.is_some() { PathBuf::new() } else { out.to_path_buf() };
    run_one_off(&planned, inputs, &renderer, input, &out)
}

/// Builds a command's own documents (not a whole conference: no manifest is touched), printing
/// a line per file; `what` says what else each line reports. Exit code 2 when one failed.
pub fn run_one_off(planned: &[Planned], inputs: &Inputs, renderer: &Renderer, input: &InputArgs, out: &Path) -> Result<i32> {
    let settings = Settings { out: out.to_path_buf(), jobs: jobs(input.jobs)?, pdf: pdf_settings(input)?, force: true, keep_sources: false, manifest: false };
    // What the documents are made from: the problems of conference.toml and of the forms (the
    // previous cycle that could not be compared with, a form's previous_name that names nothing).
    let settings_files: Vec<&str> = inputs.log.iter().filter(|e| e.kind == "conference" || e.kind == "questionnaire").map(|e| e.path.as_str()).collect();
    for d in inputs.diagnostics.iter().filter(|d| settings_files.iter().any(|f| Path::new(&d.file).ends_with(f))) {
        eprintln!("{d}");
    }
    let run = Executor { inputs, renderer, settings }.run(planned, &crate::executor::Silent)?;
    for (p, (outcome, _)) in planned.iter().zip(&run.outcomes) {
        let path = out.join(p.output());
        match outcome {
            Outcome::Written { entry, warnings } => {
                for warning in warnings {
                    eprintln!("warning: {}: {warning}", path.display());
                }
                let beside: Vec<String> = p.version.companions.iter().map(|c| out.join(c).display().to_string()).collect();
                let beside = if beside.is_empty() { String::new() } else { format!(" and {}", beside.join(", ")) };
                eprintln!("wrote {} ({}){beside}", path.display(), pages(entry.pages));
            }
            Outcome::UpToDate(_) => eprintln!("up to date {}", path.display()),
            Outcome::Failed(failed) => progress::print_failure(&path.display().to_string(), &failed.errors),
        }
    }
    for figures in planned.iter().filter_map(|p| p.version.figures.as_ref()).collect::<std::collections::BTreeSet<_>>() {
        eprintln!("wrote {}", out.join(figures).display());
    }
    for problem in renderer.catalogs().problems() {
        eprintln!("{problem}");
    }
    Ok(if run.failed().next().is_some() { 2 } else { 0 })
}

/// "1 page", "12 pages".
pub fn pages(n: usize) -> String {
    if n == 1 { "1 page".to_string() } else { format!("{n} pages") }
}

/// The language versions a command builds: `--lang` when given (it must be one of `available`),
/// else all of `available`; `-o` names one file, so it needs a single language.
pub fn languages(asked: Option<crate::lang::Lang>, available: Vec<crate::lang::Lang>, what: &str, output: Option<&Path>) -> Result<Vec<crate::lang::Lang>> {
    let languages = match asked {
        Some(lang) if available.contains(&lang) => vec![lang],
        Some(lang) => bail!("{what} has no {lang} version; its languages are {}", codes(&available)),
        None => available,
    };
    if output.is_some() && languages.len() > 1 {
        bail!("-o names one file: choose the language with --lang ({what} has {})", codes(&languages));
    }
    Ok(languages)
}

fn codes(languages: &[crate::lang::Lang]) -> String {
    languages.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")
}

/// The State `--state` or an argument names, with a did-you-mean when the code is unknown.
pub fn find_state<'s>(states: &'s crate::model::States, code: &str, list: &str) -> Result<&'s crate::model::State> {
    let code = code.trim().to_uppercase();
    match states.get(&code) {
        Some(state) => Ok(state),
        None => {
            let hint = crate::suggest::closest(&code, states.iter().map(|s| s.iso3.as_str()))
                .map_or_else(|| "write the State's ISO 3166 alpha-3 code".to_string(), |c| format!("did you mean {c}?"));
            bail!("{code} is not a State of {list}; {hint}");
        }
    }
}
