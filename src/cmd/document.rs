//! `palermo document SYMBOL`: one document of `conference.toml` (an information document, a
//! report, a compilation of replies…) by its symbol, in one language or in all of its languages.

use anyhow::{Result, bail};

use crate::cli::DocumentArgs;
use crate::documents::{self, Planned};
use crate::inputs::Inputs;

pub fn run(args: &DocumentArgs) -> Result<i32> {
    let dir = args.input.dir();
    let inputs = Inputs::read(&dir)?;
    let symbol = args.symbol.trim();
    let Some(spec) = inputs.conference.documents.iter().find(|d| d.symbol.eq_ignore_ascii_case(symbol)) else {
        let known: Vec<&str> = inputs.conference.documents.iter().map(|d| d.symbol.as_str()).collect();
        let hint = crate::suggest::closest(symbol, known.iter().copied())
            .map_or_else(|| format!("the documents are {}", known.join(", ")), |m| format!("did you mean {m}?"));
        bail!("conference.toml lists no document {}; {hint}", crate::quote::quoted(symbol));
    };
    let (all, _) = documents::plan_entry(spec, &inputs)?;
    let languages = super::languages(args.lang, all.iter().map(|p| p.version.lang).collect(), &spec.symbol, args.output.as_deref())?;
    let planned: Vec<Planned> = all.into_iter().filter(|p| languages.contains(&p.version.lang)).collect();
    super::run_versions(planned, args.output.as_deref(), &args.out, &inputs, &args.input, &dir)
}
