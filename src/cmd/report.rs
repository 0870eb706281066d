//! `palermo report FORM_ID`: the analytical report on one questionnaire, on its own, in one
//! language or in every language `conference.toml` gives it, with its figures file.

use anyhow::{Result, bail};

use crate::cli::ReportArgs;
use crate::documents::{self, report};
use crate::inputs::Inputs;

pub fn run(args: &ReportArgs) -> Result<i32> {
    let dir = args.input.dir();
    let inputs = Inputs::read(&dir)?;
    let form_id = args.form.trim();
    let Some(spec) = inputs.conference.documents.iter().find(|d| d.kind == report::KIND && d.form.as_deref() == Some(form_id)) else {
        let known: Vec<&str> = inputs.conference.documents.iter().filter(|d| d.kind == report::KIND).filter_map(|d| d.form.as_deref()).collect();
        let hint = match crate::suggest::closest(form_id, known.iter().copied()) {
            Some(m) => format!("did you mean {m}?"),
            None if known.is_empty() => format!("add a [[documents]] entry with kind = \"{}\" and form = \"…\" to conference.toml", report::KIND),
            None => format!("the reports of this conference are on {}", known.join(", ")),
        };
        bail!("conference.toml has no analytical report on {}; {hint}", crate::quote::quoted(form_id));
    };
    if inputs.form(form_id).is_none() {
        for d in inputs.diagnostics.iter().filter(|d| d.is_error()) {
            eprintln!("{d}");
        }
        bail!("the questionnaire {form_id} did not load, so its report cannot be made (its errors are above)");
    }
    // What the run found about this report's analysts' text (a missing language, a stray file).
    let about_analysis = |file: &str| {
        let parts: Vec<_> = std::path::Path::new(file).components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        parts.windows(2).any(|w| w[0] == "analysis" && w[1] == form_id)
    };
    for d in inputs.diagnostics.iter().filter(|d| about_analysis(&d.file)) {
        eprintln!("{d}");
    }
    let (all, _) = documents::plan_entry(spec, &inputs)?;
    let languages = super::languages(args.lang, all.iter().map(|p| p.version.lang).collect(), &spec.symbol, args.output.as_deref())?;
    let planned: Vec<_> = all.into_iter().filter(|p| languages.contains(&p.version.lang)).collect();
    super::run_versions(planned, args.output.as_deref(), &args.out, &inputs, &args.input, &dir)
}
