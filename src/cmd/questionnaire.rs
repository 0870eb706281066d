//! `palermo questionnaire FORM|FILE`: the printed questionnaire of a form of the conference, or
//! of an XLSForm file on its own, in one or every language, with its layout map for scanners.

use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

use crate::cli::QuestionnaireArgs;
use crate::config::Conference;
use crate::date::Date;
use crate::documents::{omr, Planned};
use crate::load::{states, xlsform};
use crate::model::questionnaire::Questionnaire;
use crate::output;
use crate::pipeline;
use crate::render::Renderer;

pub fn run(args: &QuestionnaireArgs) -> Result<i32> {
    let (form, conference, states) = load_form(&args.form, &args.input.inputs)?;
    let state = find_state(&states, args.state.as_deref())?;
    let languages: Vec<String> = match &args.lang {
        Some(lang) if crate::i18n::is_language(lang) => vec![lang.clone()],
        Some(lang) => bail!("unknown language {}; use one of {}", crate::quote::quoted(lang), crate::i18n::LANGUAGES.join(", ")),
        None => {
            let languages: Vec<String> = form.languages.iter().filter(|l| crate::i18n::is_language(l)).cloned().collect();
            if languages.is_empty() {
                eprintln!(
                    "note: {} has no column in a UN language (label::English (en), …): printed with English instructions and the form's own text",
                    form.source
                );
                vec!["en".to_string()]
            } else {
                languages
            }
        }
    };
    if args.output.is_some() && languages.len() > 1 {
        bail!("-o names one file: choose the language with --lang (the form has {})", languages.join(", "));
    }
    let renderer = Renderer::new(pipeline::templates(super::templates_dir(&args.input)?.as_deref())?).map_err(anyhow::Error::msg)?;
    let pdf = super::pdf_settings(&args.input.pdf_standard)?;
    // The day the reporting cycle opened, for a form of the conference; today for a form file.
    let date = conference.as_ref().map_or_else(Date::today, |c| c.reporting.opened);
    let mut failed = false;
    for lang in &languages {
        let job = Planned::questionnaire(&form.form_id, state.as_ref().map(|s| s.iso3.as_str()), lang);
        let path = args.output.clone().unwrap_or_else(|| args.out.join(&job.output));
        match pipeline::compile_questionnaire(&form, conference.as_ref(), state.as_ref(), lang, date, &renderer, &pdf) {
            Ok(compiled) => {
                output::write_atomic(&path, &compiled.bytes)?;
                let map = omr::layout_map(&compiled.marks, compiled.pages, &form, lang, state.as_ref().map(|s| s.iso3.as_str()));
                let map_path = layout_path(&path);
                let mut bytes = serde_json::to_vec_pretty(&map)?;
                bytes.push(b'\n');
                output::write_atomic(&map_path, &bytes)?;
                eprintln!("wrote {} ({} page(s)) and {}", path.display(), compiled.pages, map_path.display());
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

/// `x.pdf` → `x.layout.json`.
fn layout_path(pdf: &Path) -> PathBuf {
    let name = pdf.file_name().and_then(|n| n.to_str()).unwrap_or("questionnaire.pdf");
    pdf.with_file_name(format!("{}.layout.json", name.strip_suffix(".pdf").unwrap_or(name)))
}

/// The State `--state` names, if any.
pub fn find_state(states: &states::StatesFile, code: Option<&str>) -> Result<Option<crate::model::State>> {
    let Some(code) = code else { return Ok(None) };
    let code = code.trim().to_uppercase();
    match states.get(&code) {
        Some(state) => Ok(Some(state.clone())),
        None => {
            let hint = crate::suggest::closest(&code, states.states.iter().map(|s| s.iso3.as_str()))
                .map_or_else(|| "write the State's ISO 3166 alpha-3 code".to_string(), |c| format!("did you mean {c}?"));
            bail!("{code} is not a State of the States list; {hint}");
        }
    }
}

/// The form, the conference when the form is one of its questionnaires, and the States list
/// (the conference's, or for a form file on its own the conference's when there is one beside
/// it, else the 193 Member States).
pub fn load_form(form_arg: &str, inputs: &Path) -> Result<(Questionnaire, Option<Conference>, states::StatesFile)> {
    let path = Path::new(form_arg);
    if path.is_file() {
        let display = path.display().to_string();
        let loaded = xlsform::load(path, &display);
        for d in &loaded.diagnostics {
            eprintln!("{d}");
        }
        let Some(form) = loaded.questionnaire else {
            bail!("{display} does not load ({} error(s) above); `palermo check {display}` explains each", loaded.errors());
        };
        let states_csv = inputs.join("states.csv");
        let states = if states_csv.is_file() {
            states::load(&states_csv, &states_csv.display().to_string())?
        } else {
            states::parse(super::init::MEMBER_STATES, "the bundled list of Member States")?
        };
        return Ok((form, None, states));
    }
    if !inputs.join("conference.toml").is_file() {
        bail!("{form_arg} is not a file, and there is no conference in {} to find it in as a form_id", inputs.display());
    }
    let (inputs_read, _, _) = pipeline::load_inputs(inputs)?;
    let Some(form) = inputs_read.questionnaires.iter().find(|f| f.form_id == form_arg).cloned() else {
        let ids: Vec<&str> = inputs_read.questionnaires.iter().map(|f| f.form_id.as_str()).collect();
        let hint = crate::suggest::closest(form_arg, ids.iter().copied())
            .map_or_else(|| format!("the conference's forms are {}", ids.join(", ")), |c| format!("did you mean {c}?"));
        bail!("{form_arg} is neither a file nor the form_id of a questionnaire in {}; {hint}", inputs.join("questionnaires").display());
    };
    Ok((form, Some(inputs_read.conference), inputs_read.states))
}
