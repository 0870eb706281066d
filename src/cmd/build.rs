//! `palermo build`: every document of the conference, the manifest and the validation report.

use anyhow::{Context, Result, bail};

use crate::cli::BuildArgs;
use crate::executor::{Executor, Outcome, Settings};
use crate::inputs::Inputs;
use crate::output::InputStatus;

pub fn run(args: &BuildArgs) -> Result<i32> {
    let dir = args.input.dir();
    if std::fs::symlink_metadata(dir.join("conference.toml")).is_err() {
        bail!("{} has no conference.toml; run palermo inside a conference folder, point --inputs at one, or create one with `palermo init DIR`", dir.display());
    }
    let started = std::time::Instant::now();
    if let Some(age) = args.cache_age {
        crate::engine::memory::set_cache_age(age);
    }
    crate::engine::fonts::warm();
    let mut inputs = Inputs::read(&dir)?;
    let renderer = super::renderer(args.input.templates.as_deref(), &dir)?;
    let (planned, warnings) = crate::documents::plan(&inputs)?;
    inputs.note(warnings);
    inputs.diagnostics.extend(renderer.catalogs().diagnostics.iter().cloned());
    let settings = Settings {
        out: args.out.clone(),
        jobs: super::jobs(args.input.jobs)?,
        pdf: super::pdf_settings(&args.input)?,
        force: args.force,
        keep_sources: args.keep_sources,
        manifest: true,
    };
    let progress = super::progress::Progress::new(planned.len(), true, !args.quiet);
    let run = Executor { inputs: &inputs, renderer: &renderer, settings }.run(&planned, &progress)?;
    progress.clear();
    for (p, (outcome, _)) in planned.iter().zip(&run.outcomes) {
        match outcome {
            Outcome::Written { warnings, .. } => {
                for warning in warnings {
                    eprintln!("warning: {}: {warning}", p.output());
                }
            }
            Outcome::Failed(failed) => super::progress::print_failure(p.output(), &failed.errors),
            Outcome::UpToDate(_) => {}
        }
    }
    // The reminders' mail merge: the notes written (or up to date), one row each.
    if inputs.conference.reminders.is_some() {
        let sent: Vec<&crate::documents::Planned> =
            planned.iter().zip(&run.outcomes).filter(|(_, (o, _))| !matches!(o, Outcome::Failed(_))).map(|(p, _)| p).collect();
        let csv = crate::documents::reminder::mail_merge(&sent, &inputs)?;
        let path = args.out.join("reminders/mail-merge.csv");
        std::fs::create_dir_all(args.out.join("reminders"))?;
        std::fs::write(&path, csv).with_context(|| format!("cannot write {}", path.display()))?;
    }
    // The published site: the session page in each language and the data behind the documents.
    if let Some(manifest) = &run.manifest {
        crate::site::write(&args.out, &inputs, &renderer, &manifest.documents)?;
    }
    // Phrases a catalog lacked, reported once each (the documents printed them in English).
    let mut diagnostics = inputs.diagnostics.clone();
    diagnostics.extend(renderer.catalogs().problems());
    crate::output::write_validation(&args.out, &diagnostics)?;
    for diagnostic in &diagnostics {
        eprintln!("{diagnostic}");
    }
    let rejected = inputs.log.iter().filter(|i| i.status == InputStatus::Rejected).count();
    let failed = run.failed().count();
    let removed = if run.removed.is_empty() { String::new() } else { format!(", {} stale removed", run.removed.len()) };
    eprintln!(
        "built {} documents ({} up to date, {failed} failed{removed}; {rejected} inputs rejected, {} input problems) in {:.1} s; manifest: {}",
        run.outcomes.len() - failed,
        run.up_to_date(),
        diagnostics.len(),
        started.elapsed().as_secs_f64(),
        args.out.join("manifest.json").display()
    );
    Ok(if failed > 0 {
        2
    } else if diagnostics.iter().any(crate::model::Diagnostic::is_error) {
        1
    } else {
        0
    })
}
