//! `palermo check FILE|FORM_ID`: lints a questionnaire and prints what it holds.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use crate::cli::CheckArgs;
use crate::load::xlsform::{self, FormLoad};
use crate::model::Diagnostic;
use crate::model::questionnaire::Questionnaire;

pub fn run(args: &CheckArgs) -> Result<i32> {
    let dir = crate::cli::conference_dir(args.inputs.as_deref());
    let path = resolve(&args.form, &dir)?;
    let display = path.display().to_string();
    let loaded = xlsform::load(&path, &display);
    let previous = loaded.questionnaire.as_ref().and_then(|form| previous_cycle(form, &path, &dir));
    if args.json {
        let mut json = report_json(&loaded);
        if let Some(previous) = &previous {
            json["previous"] = match previous {
                Ok((then, m)) => serde_json::json!({
                    "form_id": then,
                    "renamed": m.pairs.iter().filter(|(a, b)| a != b).map(|(a, b)| serde_json::json!({"name": a, "previous_name": b})).collect::<Vec<_>>(),
                    "new": m.new,
                    "dropped": m.dropped,
                    "unknown_previous_names": m.unknown.iter().map(|(a, b)| serde_json::json!({"name": a, "previous_name": b})).collect::<Vec<_>>(),
                }),
                Err(why) => serde_json::json!({ "error": why }),
            };
        }
        println!("{}", serde_json::to_string_pretty(&json)?);
    } else {
        for d in &loaded.diagnostics {
            println!("{d}");
        }
        match &loaded.questionnaire {
            Some(form) => {
                print!("{}", summary(form, &loaded.diagnostics));
                match &previous {
                    Some(Ok((then, m))) => print!("{}", matching_summary(then, m)),
                    Some(Err(why)) => println!("  previous cycle: {why}"),
                    None => {}
                }
            }
            None => println!("{display}: {} error(s), {} warning(s): the form does not load", loaded.errors(), loaded.diagnostics.len() - loaded.errors()),
        }
    }
    Ok(if loaded.questionnaire.is_some() { 0 } else { 1 })
}

/// For a form of a conference that names a previous cycle (`[previous]`): the form_id of its
/// predecessor there and how their questions pair up, or why they cannot be compared.
fn previous_cycle(form: &Questionnaire, path: &Path, dir: &Path) -> Option<Result<(String, crate::inputs::previous::Matching), String>> {
    let in_conference = path.canonicalize().ok()?.starts_with(dir.join("questionnaires").canonicalize().ok()?);
    if !in_conference {
        return None;
    }
    let conference = crate::config::Conference::load(&dir.join("conference.toml")).ok()?;
    let named = conference.previous?.inputs;
    let folder = crate::inputs::previous::folder(dir, &named);
    let shown = named.display();
    if !folder.join("conference.toml").is_file() {
        return Some(Err(format!("{shown} is not a conference folder (no conference.toml): no comparison")));
    }
    let then = match crate::inputs::Inputs::read_forms(&folder) {
        Ok(inputs) => inputs.questionnaires,
        Err(e) => return Some(Err(format!("{shown} cannot be read: {e:#}"))),
    };
    Some(match crate::inputs::previous::counterpart(form, &then) {
        Some(old) => Ok((old.form_id.clone(), crate::inputs::previous::Matching::of(form, old))),
        None => Err(format!("{shown} has no questionnaire on the same instrument or with the form_id {}: no comparison", form.form_id)),
    })
}

/// The questions of a form against its predecessor's, each list once.
fn matching_summary(then: &str, m: &crate::inputs::previous::Matching) -> String {
    let mut out = String::new();
    let same = m.pairs.iter().filter(|(a, b)| a == b).count();
    let _ = writeln!(out, "  previous cycle: compared with {then}, {same} question(s) under the same name");
    let renamed: Vec<String> = m.pairs.iter().filter(|(a, b)| a != b).map(|(a, b)| format!("{a} (was {b})")).collect();
    for (label, list) in [("renamed", renamed), ("new in this cycle, not compared", m.new.clone()), ("no longer asked", m.dropped.clone())] {
        if !list.is_empty() {
            let _ = writeln!(out, "    {label}: {}", list.join(", "));
        }
    }
    for (name, named) in &m.unknown {
        let _ = writeln!(out, "    warning: {name}: previous_name {} is not a question of {then}", crate::quote::quoted(named));
    }
    out
}

/// A path on disk, or the id (or file stem) of a form in `INPUTS/questionnaires/`.
fn resolve(form: &str, inputs: &Path) -> Result<PathBuf> {
    let as_path = PathBuf::from(form);
    if as_path.is_file() {
        return Ok(as_path);
    }
    let dir = inputs.join("questionnaires");
    for path in crate::load::files(&dir, Some(xlsform::FORM_EXTENSIONS)) {
        let by_stem = path.file_stem().and_then(|s| s.to_str()) == Some(form);
        if by_stem || xlsform::load(&path, &path.display().to_string()).questionnaire.is_some_and(|q| q.form_id == form) {
            return Ok(path);
        }
    }
    bail!("{form} is neither a file nor the id of a form in {}", dir.display())
}

fn report_json(loaded: &FormLoad) -> serde_json::Value {
    serde_json::json!({
        "loads": loaded.questionnaire.is_some(),
        "diagnostics": loaded.diagnostics,
        "form": loaded.questionnaire.as_ref().map(|q| serde_json::json!({
            "form_id": q.form_id,
            "version": q.version,
            "instrument": q.instrument,
            "languages": q.languages,
            "sections": q.sections().count(),
            "questions": q.questions.iter().filter(|q| q.kind.is_answered()).count(),
        })),
    })
}

/// The human summary: sections, questions by type, languages, obligations, warnings.
pub fn summary(form: &Questionnaire, diagnostics: &[Diagnostic]) -> String {
    let lang = form.default_language.as_str();
    let mut out = String::new();
    let title = form.title.get(lang, "en").unwrap_or(&form.form_id);
    let _ = writeln!(out, "{}: form {} \"{title}\"{}", form.source, form.form_id, form.version.as_ref().map_or(String::new(), |v| format!(", version {v}")));
    if let Some(instrument) = form.instrument {
        let _ = writeln!(out, "  instrument: {}", instrument.full_title());
    }
    let _ = writeln!(out, "  languages: {} (default {})", form.languages.join(", "), form.default_language);
    let sections: Vec<_> = form.sections().collect();
    let _ = writeln!(out, "  sections: {}", sections.len());
    // Each section, and the groups inside it (the articles), indented by depth.
    let english = crate::i18n::Catalogs::builtin().phrases(crate::lang::Lang::En);
    let depth = |mut g: usize| {
        let mut d = 0;
        while let Some(parent) = form.groups[g].parent {
            d += 1;
            g = parent;
        }
        d
    };
    let within = |q: &crate::model::questionnaire::Question, g: usize| {
        let mut at = q.group;
        while let Some(x) = at {
            if x == g {
                return true;
            }
            at = form.groups[x].parent;
        }
        false
    };
    for (index, group) in form.groups.iter().enumerate() {
        let count = form.questions.iter().filter(|q| q.kind.is_answered() && within(q, index)).count();
        let provision = group.provision.as_ref().map_or(String::new(), |p| format!(" ({})", english.provision(p)));
        let label = group.label.get(lang, "en").unwrap_or(&group.name);
        let indent = "  ".repeat(depth(index) + 2);
        let _ = writeln!(out, "{indent}{label}{provision}: {count} question(s)");
    }
    let answered: Vec<_> = form.questions.iter().filter(|q| q.kind.is_answered()).collect();
    let mut by_type: BTreeMap<&str, usize> = BTreeMap::new();
    for q in &form.questions {
        *by_type.entry(q.kind.name()).or_default() += 1;
    }
    let types: Vec<String> = by_type.iter().map(|(t, n)| format!("{t} {n}")).collect();
    let _ = writeln!(out, "  questions: {} answered ({})", answered.len(), types.join(", "));
    let mut obligations: BTreeMap<&str, usize> = BTreeMap::new();
    for q in &answered {
        if let Some(o) = q.obligation {
            *obligations.entry(o.name()).or_default() += 1;
        }
    }
    if !obligations.is_empty() {
        let list: Vec<String> = obligations.iter().map(|(o, n)| format!("{o} {n}")).collect();
        let _ = writeln!(out, "  obligations: {}", list.join(", "));
    }
    let assistance = answered.iter().filter(|q| q.technical_assistance).count();
    let _ = writeln!(out, "  technical assistance questions: {assistance}");
    let conditional = answered.iter().filter(|q| q.relevant.is_some()).count();
    let _ = writeln!(out, "  conditional questions: {conditional}");
    let warnings = diagnostics.iter().filter(|d| !d.is_error()).count();
    let _ = writeln!(out, "  warnings: {warnings}");
    out
}
