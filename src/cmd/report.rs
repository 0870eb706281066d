//! `palermo report FORM_ID`: the analytical report on one questionnaire, on its own, in one
//! language or in every language `conference.toml` gives it, with its figures file.

use anyhow::{bail, Result};

use crate::cli::ReportArgs;
use crate::config::DocumentKind;
use crate::documents::{self, Planned};
use crate::output;
use crate::pipeline;
use crate::render::Renderer;

pub fn run(args: &ReportArgs) -> Result<i32> {
    let (inputs, _, diagnostics) = pipeline::load_inputs(&args.input.inputs)?;
    let form_id = args.form.trim();
    let Some(spec) = inputs.conference.documents.iter().find(|d| d.kind == DocumentKind::AnalyticalReport && d.form.as_deref() == Some(form_id)) else {
        let known: Vec<&str> = inputs.conference.documents.iter().filter_map(|d| d.form.as_deref()).collect();
        let hint = match crate::suggest::closest(form_id, known.iter().copied()) {
            Some(m) => format!("did you mean {m}?"),
            None if known.is_empty() => "add a [[documents]] entry with kind = \"analytical-report\" and form = \"…\" to conference.toml".to_string(),
            None => format!("the reports of this conference are on {}", known.join(", ")),
        };
        bail!("conference.toml has no analytical report on {}; {hint}", crate::quote::quoted(form_id));
    };
    if !inputs.questionnaires.iter().any(|q| q.form_id == form_id) {
        for d in diagnostics.iter().filter(|d| d.is_error()) {
            eprintln!("{d}");
        }
        bail!("the questionnaire {form_id} did not load, so its report cannot be made (its errors are above)");
    }
    let languages: Vec<String> = match &args.lang {
        Some(lang) if spec.job_numbers.contains_key(lang) => vec![lang.clone()],
        Some(lang) => bail!("{} has no {lang} version; its languages are {}", spec.symbol, spec.job_numbers.keys().cloned().collect::<Vec<_>>().join(", ")),
        None => spec.job_numbers.keys().cloned().collect(),
    };
    if args.output.is_some() && languages.len() > 1 {
        bail!("-o names one file: choose the language with --lang (the report has {})", languages.join(", "));
    }
    let renderer = Renderer::new(pipeline::templates(super::templates_dir(&args.input)?.as_deref())?).map_err(anyhow::Error::msg)?;
    let pdf = super::pdf_settings(&args.input.pdf_standard)?;
    let slug = documents::symbol_slug(&spec.symbol);
    let mut failed = false;
    for lang in &languages {
        let job = Planned::document(spec.clone(), lang);
        let path = args.output.clone().unwrap_or_else(|| args.out.join(&job.output));
        match pipeline::compile_document(&job, &inputs, &renderer, &pdf) {
            Ok(compiled) => {
                output::write_atomic(&path, &compiled.bytes)?;
                eprintln!("wrote {} ({} pages)", path.display(), compiled.pages);
            }
            Err(errors) => {
                failed = true;
                eprintln!("error: {} was not built:", path.display());
                for e in errors {
                    eprintln!("  {e}");
                }
            }
        }
    }
    let figures = match &args.output {
        Some(file) => file.with_extension("figures.json"),
        None => args.out.join(format!("documents/{slug}.figures.json")),
    };
    pipeline::write_figures_file(&figures, &spec.symbol, &inputs.figures[form_id])?;
    eprintln!("wrote {}", figures.display());
    for problem in renderer.catalogs().problems() {
        eprintln!("{problem}");
    }
    Ok(if failed { 2 } else { 0 })
}
