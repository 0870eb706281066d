//! `palermo build`: every document of the conference, the manifest and the validation report.

use anyhow::{bail, Result};

use crate::cli::BuildArgs;
use crate::pipeline::{self, BuildOptions};

pub fn run(args: &BuildArgs) -> Result<i32> {
    if !args.input.inputs.join("conference.toml").is_file() {
        bail!(
            "{} has no conference.toml; point --inputs at a conference folder, or create one with `palermo init DIR`",
            args.input.inputs.display()
        );
    }
    let options = BuildOptions {
        inputs: args.input.inputs.clone(),
        out: args.out.clone(),
        jobs: super::jobs(args.input.jobs)?,
        templates: super::templates_dir(&args.input)?,
        pdf: super::pdf_settings(&args.input.pdf_standard)?,
        verbose: !args.quiet,
    };
    let report = pipeline::build(&options)?;
    for diagnostic in &report.diagnostics {
        eprintln!("{diagnostic}");
    }
    let m = &report.manifest;
    eprintln!(
        "{} document(s) written to {}, {} failed; {} input problem(s) ({} rejected); manifest: {}",
        m.documents.len(),
        options.out.display(),
        m.failed.len(),
        report.diagnostics.len(),
        report.diagnostics.iter().filter(|d| d.is_error()).count(),
        options.out.join("manifest.json").display()
    );
    Ok(report.exit_code())
}
