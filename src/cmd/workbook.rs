//! `palermo workbook FORM|FILE`: the answer workbook a State fills in offline and sends back,
//! read by `validate` and `build` like any other reply.

use anyhow::Result;

use crate::cli::WorkbookArgs;
use crate::date::Date;
use crate::documents::workbook;
use crate::lang::Lang;
use crate::output;

pub fn run(args: &WorkbookArgs) -> Result<i32> {
    let dir = crate::cli::conference_dir(args.inputs.as_deref());
    let (inputs, standalone) = if args.prefill {
        (super::questionnaire::form_inputs_with_replies(&args.form, &dir)?, false)
    } else {
        super::questionnaire::form_inputs(&args.form, &dir)?
    };
    let form = &inputs.questionnaires[0];
    let state = args.state.as_deref().map(|code| super::find_state(&inputs.states, code, "the States list")).transpose()?;
    let in_form = |lang: Lang| form.languages.iter().any(|l| l == lang.code());
    // The language asked for; else the State's own when the form has it; else the form's first
    // UN language; else English.
    let lang = args
        .lang
        .or_else(|| state.map(|s| s.language).filter(|&l| in_form(l)))
        .or_else(|| form.languages.iter().find_map(|l| Lang::parse(l)))
        .unwrap_or(Lang::En);
    let date = if standalone { Date::today() } else { inputs.conference.reporting.opened };
    // The conference's own catalogs (its corrected translations), not only the built-in ones.
    let renderer = super::renderer(None, &dir)?;
    let p = renderer.catalogs().phrases(lang);
    let prefill = match state.filter(|_| args.prefill) {
        Some(s) => Some(super::questionnaire::prefill_source(&inputs, &form.form_id, s)?),
        None => None,
    };
    let bytes = workbook::write_prefilled(p, form, &inputs.states, state, date, prefill).map_err(|e| anyhow::anyhow!("cannot write the workbook: {e}"))?;
    let name = match (state, prefill) {
        (Some(s), Some(_)) => format!("workbooks/{}.{}.{lang}.prefilled.xlsx", form.form_id, s.iso3),
        (Some(s), None) => format!("workbooks/{}.{}.{lang}.xlsx", form.form_id, s.iso3),
        (None, _) => format!("workbooks/{}.{lang}.xlsx", form.form_id),
    };
    let path = args.output.clone().unwrap_or_else(|| args.out.join(name));
    output::write_atomic(&path, &bytes)?;
    eprintln!("wrote {} ({} questions, in {lang})", path.display(), form.questions.iter().filter(|q| q.kind.is_answered()).count());
    if let Some(prefill) = prefill {
        let whose = if prefill.previous_cycle { "the previous cycle's reply" } else { "this cycle's reply" };
        eprintln!("  {} answers carried from {whose} received on {}", prefill.reply.answers.len(), prefill.reply.submitted);
    }
    Ok(0)
}
