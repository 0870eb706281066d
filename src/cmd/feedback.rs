//! `palermo feedback ISO3`: a UN-styled letter to a State listing the problems in its replies.

use anyhow::Result;

use crate::cli::FeedbackArgs;
use crate::documents::feedback;
use crate::inputs::Inputs;

pub fn run(args: &FeedbackArgs) -> Result<i32> {
    let dir = args.input.dir();
    let inputs = Inputs::read(&dir)?;
    let state = super::find_state(&inputs.states, &args.state, &dir.join("states.csv").display().to_string())?;
    let planned = [feedback::version(state, &inputs)];
    let renderer = super::renderer(args.input.templates.as_deref(), &dir)?;
    let code = super::run_one_off(&planned, &inputs, &renderer, &args.input, &args.out)?;
    let problems = feedback::letter(&inputs, state, &feedback::file_problems(&inputs, state), renderer.catalogs().phrases(state.language)).problem_count();
    let language = crate::i18n::Catalogs::builtin().phrases(crate::lang::Lang::En).plain("language-name", &[("code", state.language.code().into())]);
    eprintln!("{problems} problem(s) listed, in {language}");
    Ok(code)
}
