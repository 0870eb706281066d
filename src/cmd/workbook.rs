//! `palermo workbook FORM|FILE`: the answer workbook a State fills in offline and sends back,
//! read by `validate` and `build` like any other reply.

use anyhow::{bail, Result};

use crate::cli::WorkbookArgs;
use crate::date::Date;
use crate::documents::workbook;
use crate::output;

pub fn run(args: &WorkbookArgs) -> Result<i32> {
    let (form, conference, states) = super::questionnaire::load_form(&args.form, &args.inputs)?;
    let state = super::questionnaire::find_state(&states, args.state.as_deref())?;
    let in_form = |lang: &str| form.languages.iter().any(|l| l == lang);
    // The language asked for; else the State's own when the form has it; else the form's first
    // UN language; else English.
    let lang = match &args.lang {
        Some(lang) if crate::i18n::is_language(lang) => lang.clone(),
        Some(lang) => bail!("unknown language {}; use one of {}", crate::quote::quoted(lang), crate::i18n::LANGUAGES.join(", ")),
        None => state
            .as_ref()
            .map(|s| s.language.clone())
            .filter(|l| in_form(l))
            .or_else(|| form.languages.iter().find(|l| crate::i18n::is_language(l)).cloned())
            .unwrap_or_else(|| "en".to_string()),
    };
    let date = conference.as_ref().map_or_else(Date::today, |c| c.reporting.opened);
    let p = crate::i18n::Catalogs::builtin().phrases(&lang);
    let bytes = workbook::write(p, &form, &states, state.as_ref(), date).map_err(|e| anyhow::anyhow!("cannot write the workbook: {e}"))?;
    let name = match &state {
        Some(s) => format!("workbooks/{}.{}.{lang}.xlsx", form.form_id, s.iso3),
        None => format!("workbooks/{}.{lang}.xlsx", form.form_id),
    };
    let path = args.output.clone().unwrap_or_else(|| args.out.join(name));
    output::write_atomic(&path, &bytes)?;
    eprintln!("wrote {} ({} questions, in {lang})", path.display(), form.questions.iter().filter(|q| q.kind.is_answered()).count());
    Ok(0)
}
