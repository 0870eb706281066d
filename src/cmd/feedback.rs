//! `palermo feedback ISO3`: a UN-styled letter to a State listing the problems in its replies.

use anyhow::{bail, Result};
use serde::Serialize;

use crate::cli::FeedbackArgs;
use crate::documents::feedback;
use crate::engine;
use crate::output;
use crate::pipeline;
use crate::render::Renderer;

#[derive(Serialize)]
struct Context<'a> {
    lang: &'a str,
    l: &'a feedback::Letter,
}

pub fn run(args: &FeedbackArgs) -> Result<i32> {
    let (inputs, _, diagnostics) = pipeline::load_inputs(&args.input.inputs)?;
    let code = args.state.trim().to_uppercase();
    let Some(state) = inputs.states.get(&code) else {
        let hint = crate::suggest::closest(&code, inputs.states.states.iter().map(|s| s.iso3.as_str()))
            .map_or(String::new(), |c| format!("; did you mean {c}?"));
        bail!("{code} is not a State of {}{hint}", args.input.inputs.join("states.csv").display());
    };
    // Problems of whole files the State sent: a per-State file names the State as a word of its
    // file name (`offline-GHA.xlsx`, `GHA.json`), not as letters inside another word (`broKEN`).
    let names_state = |file: &str| {
        let name = file.rsplit('/').next().unwrap_or(file);
        let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
        stem.split(|c: char| !c.is_ascii_alphanumeric()).any(|word| word.eq_ignore_ascii_case(&state.iso3))
    };
    let file_level: Vec<_> = diagnostics.iter().filter(|d| names_state(&d.file)).cloned().collect();
    let renderer = Renderer::new(pipeline::templates(super::templates_dir(&args.input)?.as_deref())?).map_err(anyhow::Error::msg)?;
    let phrases = renderer.catalogs().phrases(&state.language);
    let letter = feedback::letter(&inputs, state, &file_level, phrases);
    let source = renderer.render("feedback.typ.j2", &Context { lang: phrases.lang(), l: &letter }, Default::default()).map_err(anyhow::Error::msg)?;
    let settings = super::pdf_settings(&args.input.pdf_standard)?;
    let pdf = engine::compile_pdf(&source, engine::fonts::store(), &format!("feedback/{}/{}", state.iso3, letter.lang), inputs.conference.reporting.as_at, &settings)
        .map_err(anyhow::Error::msg)?;
    let path = args.out.join("feedback").join(format!("{}.{}.pdf", state.iso3, letter.lang));
    output::write_atomic(&path, &pdf.bytes)?;
    let problems: usize = letter.forms.iter().map(|f| f.problems.len()).sum();
    for problem in renderer.catalogs().problems() {
        eprintln!("{problem}");
    }
    let language = crate::i18n::Catalogs::builtin().phrases("en").plain("language-name", &[("code", letter.lang.as_str().into())]);
    eprintln!("wrote {} ({} page(s), {problems} problem(s) listed, in {language})", path.display(), pdf.pages);
    Ok(0)
}
