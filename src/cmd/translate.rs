//! `palermo translate export|import`: the translators' XLIFF 2.0 file out of the conference
//! folder, and back into it.

use anyhow::{Context, Result};

use crate::cli::{TranslateCommand, TranslateExportArgs, TranslateImportArgs, conference_dir};
use crate::inputs::Inputs;
use crate::template_set::TemplateSet;
use crate::translation::{self, xliff::Document};

pub fn run(command: &TranslateCommand) -> Result<i32> {
    match command {
        TranslateCommand::Export(args) => export(args),
        TranslateCommand::Import(args) => import(args),
    }
}

fn export(args: &TranslateExportArgs) -> Result<i32> {
    let dir = conference_dir(args.inputs.as_deref());
    let inputs = Inputs::read(&dir)?;
    let templates = match super::templates_dir(args.templates.as_deref(), &dir)? {
        Some(t) => TemplateSet::with_overrides(&t)?,
        None => TemplateSet::defaults(),
    };
    let exported = translation::export(&inputs, &templates, &args.form, args.lang)?;
    let path = args.output.clone().unwrap_or_else(|| args.out.join("translations").join(format!("{}.{}.xlf", args.form, args.lang)));
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::write(&path, exported.document.write()).with_context(|| format!("cannot write {}", path.display()))?;
    if exported.no_analysis {
        eprintln!("warning: {} has no analysis/{}/en.md: the file holds the phrases only", dir.display(), args.form);
    }
    let (units, done) = exported.analysis_units;
    let (phrases, phrases_done) = exported.phrase_units;
    eprintln!(
        "wrote {} (XLIFF 2.0, en → {}): {units} units of the analysts' text ({done} translated), {phrases} phrases ({phrases_done} translated)",
        path.display(),
        args.lang
    );
    Ok(0)
}

fn import(args: &TranslateImportArgs) -> Result<i32> {
    let dir = conference_dir(args.inputs.as_deref());
    let text = std::fs::read_to_string(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
    let doc = Document::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", args.file.display()))?;
    let templates = args.templates.clone().unwrap_or_else(|| dir.join("templates"));
    let result = translation::import(&doc, &dir, &templates)?;
    for (path, what) in &result.written {
        eprintln!("wrote {} ({what})", path.display());
    }
    for problem in &result.problems {
        eprintln!("error: {}: {problem}", args.file.display());
    }
    if result.written.is_empty() && result.problems.is_empty() {
        eprintln!("nothing to import: the translation matches the texts in force");
    }
    Ok(if result.problems.is_empty() { 0 } else { 1 })
}
