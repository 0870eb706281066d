//! `palermo profile ISO3`: one State's country profile, in one language or in every language
//! the conference prints profiles in.

use anyhow::Result;

use crate::cli::ProfileArgs;
use crate::documents::{Planned, profile};
use crate::inputs::Inputs;
use crate::lang::Lang;

pub fn run(args: &ProfileArgs) -> Result<i32> {
    let dir = args.input.dir();
    let inputs = Inputs::read(&dir)?;
    let state = super::find_state(&inputs.states, &args.state, &dir.join("states.csv").display().to_string())?;
    // The conference's profile languages and the State's own; any of the six on request.
    let available = match &args.lang {
        Some(_) => Lang::ALL.to_vec(),
        None => {
            let profiles = inputs.conference.profiles.as_ref();
            let mut languages = profiles.map_or_else(|| vec![Lang::En], |p| p.languages.clone());
            if profiles.is_none_or(|p| p.own_language) && !languages.contains(&state.language) {
                languages.push(state.language);
            }
            languages
        }
    };
    let what = format!("the profile of {}", state.iso3);
    let languages = super::languages(args.lang, available, &what, args.output.as_deref())?;
    let planned: Vec<Planned> = languages.into_iter().map(|lang| profile::version(&state.iso3, lang, &inputs)).collect();
    super::run_versions(planned, args.output.as_deref(), &args.out, &inputs, &args.input, &dir)
}
