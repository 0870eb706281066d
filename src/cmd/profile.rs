//! `palermo profile ISO3`: one State's country profile, in one language or in every language
//! the conference prints profiles in.

use anyhow::{bail, Result};

use crate::cli::ProfileArgs;
use crate::documents::Planned;
use crate::output;
use crate::pipeline;
use crate::render::Renderer;

pub fn run(args: &ProfileArgs) -> Result<i32> {
    let (inputs, _, _) = pipeline::load_inputs(&args.input.inputs)?;
    let code = args.state.trim().to_uppercase();
    let Some(state) = inputs.states.get(&code) else {
        let hint = crate::suggest::closest(&code, inputs.states.states.iter().map(|s| s.iso3.as_str()))
            .map_or_else(|| "write the State's ISO 3166 alpha-3 code, as in states.csv".to_string(), |c| format!("did you mean {c}?"));
        bail!("{code} is not a State of {}; {hint}", args.input.inputs.join("states.csv").display());
    };
    let languages: Vec<String> = match &args.lang {
        Some(lang) if crate::i18n::is_language(lang) => vec![lang.clone()],
        Some(lang) => bail!("unknown language {}; use one of {}", crate::quote::quoted(lang), crate::i18n::LANGUAGES.join(", ")),
        None => {
            let mut languages = inputs.conference.profiles.as_ref().map_or_else(|| vec!["en".to_string()], |p| p.languages.clone());
            if inputs.conference.profiles.as_ref().is_none_or(|p| p.own_language) && !languages.contains(&state.language) {
                languages.push(state.language.clone());
            }
            languages
        }
    };
    if args.output.is_some() && languages.len() > 1 {
        bail!("-o names one file: choose the language with --lang (the profile is printed in {})", languages.join(", "));
    }
    let renderer = Renderer::new(pipeline::templates(super::templates_dir(&args.input)?.as_deref())?).map_err(anyhow::Error::msg)?;
    let pdf = super::pdf_settings(&args.input.pdf_standard)?;
    let mut failed = false;
    for lang in &languages {
        let job = Planned::profile(&state.iso3, lang);
        let path = args.output.clone().unwrap_or_else(|| args.out.join(&job.output));
        match pipeline::compile_document(&job, &inputs, &renderer, &pdf) {
            Ok(compiled) => {
                output::write_atomic(&path, &compiled.bytes)?;
                eprintln!("wrote {} ({} page(s))", path.display(), compiled.pages);
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
    for problem in renderer.catalogs().problems() {
        eprintln!("{problem}");
    }
    Ok(if failed { 2 } else { 0 })
}
