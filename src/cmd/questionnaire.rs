//! `palermo questionnaire FORM|FILE`: the printed questionnaire of a form of the conference, or
//! of an XLSForm file on its own, in one or every language, with its layout map for scanners.

use std::path::Path;

use anyhow::{Result, bail};

use crate::cli::QuestionnaireArgs;
use crate::date::Date;
use crate::documents::{Planned, questionnaire};
use crate::inputs::Inputs;
use crate::lang::Lang;
use crate::load::{states, xlsform};

pub fn run(args: &QuestionnaireArgs) -> Result<i32> {
    let dir = args.input.dir();
    let (inputs, standalone) = if args.prefill { (form_inputs_with_replies(&args.form, &dir)?, false) } else { form_inputs(&args.form, &dir)? };
    let form = &inputs.questionnaires[0];
    let state = args.state.as_deref().map(|code| super::find_state(&inputs.states, code, "the States list")).transpose()?;
    if let (true, Some(s)) = (args.prefill, state) {
        let prefill = prefill_source(&inputs, &form.form_id, s)?;
        let whose = if prefill.previous_cycle { "the previous cycle's reply" } else { "this cycle's reply" };
        eprintln!("{} answers of {whose} received on {} printed as on record", prefill.reply.answers.len(), prefill.reply.submitted);
    }
    let mut available: Vec<Lang> = form.languages.iter().filter_map(|l| Lang::parse(l)).collect();
    if available.is_empty() {
        eprintln!("note: {} has no column in a UN language (label::English (en), …): printed with English instructions and the form's own text", form.source);
        available.push(Lang::En);
    }
    if args.lang.is_some() {
        available = Lang::ALL.to_vec();
    }
    let languages = super::languages(args.lang, available, &format!("the form {}", form.form_id), args.output.as_deref())?;
    // The day the reporting cycle opened, for a form of the conference; today for a form file.
    let date = if standalone { Date::today() } else { inputs.conference.reporting.opened };
    let planned: Vec<Planned> =
        languages.into_iter().map(|lang| questionnaire::version(&form.form_id, state.map(|s| s.iso3.as_str()), lang, date, standalone, args.prefill)).collect();
    super::run_versions(planned, args.output.as_deref(), &args.out, &inputs, &args.input, &dir)
}

/// The conference with its replies read (and its previous cycle), `form_id` first among its
/// questionnaires: for forms prefilled with a State's answers.
pub fn form_inputs_with_replies(form_id: &str, dir: &Path) -> Result<Inputs> {
    if !dir.join("conference.toml").is_file() {
        bail!("--prefill needs a conference folder with replies; there is no conference.toml in {}", dir.display());
    }
    let mut inputs = Inputs::read(dir)?;
    let Some(at) = inputs.questionnaires.iter().position(|f| f.form_id == form_id) else {
        let ids: Vec<&str> = inputs.questionnaires.iter().map(|f| f.form_id.as_str()).collect();
        bail!("--prefill takes the form_id of a questionnaire of the conference, not {form_id}; the conference's forms are {}", ids.join(", "));
    };
    inputs.questionnaires.swap(0, at);
    Ok(inputs)
}

/// The answers a form for `state` is prefilled with: its counted reply of this cycle, else its
/// reply of the previous cycle. An error when it has neither.
pub fn prefill_source<'i>(inputs: &'i Inputs, form_id: &str, state: &crate::model::State) -> Result<crate::documents::workbook::Prefill<'i>> {
    match inputs.latest_reply(form_id, &state.iso3) {
        Some((reply, previous_cycle)) => Ok(crate::documents::workbook::Prefill { reply, previous_cycle }),
        None => {
            let previous = match &inputs.conference.previous {
                Some(p) if inputs.previous.is_some() => format!("nor in the previous cycle ({})", p.inputs.display()),
                Some(p) => format!("and the previous cycle ({}) could not be read (`palermo build` says why)", p.inputs.display()),
                None => "and conference.toml names no previous cycle ([previous] inputs = \"…\")".to_string(),
            };
            bail!(
                "{} has no counted reply to {form_id} in this cycle, {previous}: there is nothing to prefill; leave out --prefill for a blank copy",
                state.iso3
            )
        }
    }
}

/// The inputs around one form, first among `questionnaires`: a form of the conference by its
/// form_id (the replies are not read), or a form file anywhere (`true`) with the States list of
/// the conference folder when there is one, else the bundled 193 Member States.
pub fn form_inputs(form_arg: &str, dir: &Path) -> Result<(Inputs, bool)> {
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
        let states_csv = dir.join("states.csv");
        let states = if states_csv.is_file() {
            states::load(&states_csv, &states_csv.display().to_string())?
        } else {
            states::parse(super::init::MEMBER_STATES, "the bundled list of Member States")?
        };
        return Ok((Inputs::around_form(dir, form, states.states), true));
    }
    if !dir.join("conference.toml").is_file() {
        bail!("{form_arg} is not a file, and there is no conference in {} to find it in as a form_id", dir.display());
    }
    let mut inputs = Inputs::read_forms(dir)?;
    let Some(at) = inputs.questionnaires.iter().position(|f| f.form_id == form_arg) else {
        let ids: Vec<&str> = inputs.questionnaires.iter().map(|f| f.form_id.as_str()).collect();
        let hint = crate::suggest::closest(form_arg, ids.iter().copied())
            .map_or_else(|| format!("the conference's forms are {}", ids.join(", ")), |c| format!("did you mean {c}?"));
        bail!("{form_arg} is neither a file nor the form_id of a questionnaire in {}; {hint}", dir.join("questionnaires").display());
    };
    inputs.questionnaires.swap(0, at);
    Ok((inputs, false))
}
