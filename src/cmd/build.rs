//! `palermo build`: every document of the conference, the manifest and the validation report.

use anyhow::{bail, Result};

use crate::cli::BuildArgs;
use crate::pipeline::{self, BuildOptions};

pub fn run(args: &BuildArgs) -> Result<i32> {
    if std::fs::symlink_metadata(args.input.inputs.join("conference.toml")).is_err() {
        bail!(
            "{} has no conference.toml; point --inputs at a conference folder, or create one with `palermo init DIR`",
            args.input.inputs.display()
        );
    }
    let started = std::time::Instant::now();
    if let Some(age) = args.cache_age {
        pipeline::set_cache_age(age);
    }
    let options = BuildOptions {
        inputs: args.input.inputs.clone(),
        out: args.out.clone(),
        jobs: super::jobs(args.input.jobs)?,
        templates: super::templates_dir(&args.input)?,
        pdf: super::pdf_settings(&args.input.pdf_standard)?,
        verbose: !args.quiet,
        force: args.force,
        keep_sources: args.keep_sources,
        progress: true,
    };
    let report = pipeline::build(&options)?;
    for diagnostic in &report.diagnostics {
        eprintln!("{diagnostic}");
    }
    let m = &report.manifest;
    let rejected = m.inputs.iter().filter(|i| i.status == crate::output::InputStatus::Rejected).count();
    let removed = if report.removed.is_empty() { String::new() } else { format!(", {} stale removed", report.removed.len()) };
    eprintln!(
        "built {} documents ({} up to date, {} failed{removed}; {} inputs rejected, {} input problems) in {:.1} s; manifest: {}",
        m.documents.len(),
        report.up_to_date,
        m.failed.len(),
        rejected,
        report.diagnostics.len(),
        started.elapsed().as_secs_f64(),
        options.out.join("manifest.json").display()
    );
    Ok(report.exit_code())
}
