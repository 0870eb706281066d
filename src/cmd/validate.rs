//! `palermo validate`: every problem of every input, grouped by file, and what became of each
//! submission.

use std::collections::BTreeMap;
use std::io::IsTerminal;

use anyhow::Result;

use crate::cli::{ValidateArgs, ValidateFormat};
use crate::inputs::Inputs;
use crate::model::submission::Status;
use crate::model::{Diagnostic, Severity};

pub fn run(args: &ValidateArgs) -> Result<i32> {
    let inputs = Inputs::read(&crate::cli::conference_dir(args.inputs.as_deref()))?;
    let (files, diagnostics) = (&inputs.log, &inputs.diagnostics);
    let rejected = diagnostics.iter().any(Diagnostic::is_error);
    match args.format {
        ValidateFormat::Json => {
            let report = serde_json::json!({
                "rejected": rejected,
                "diagnostics": diagnostics,
                "inputs": files,
                "submissions": inputs.outcomes,
            });
            println!("{}", serde_json::to_string_pretty(&report)?);
        }
        ValidateFormat::Human => {
            let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            print!("{}", human(diagnostics, colour));
            let count = |status: Status| inputs.outcomes.iter().filter(|o| o.status == status).count();
            println!(
                "{} file(s) read; {} submission(s): {} accepted, {} rejected, {} superseded{}{}; {} error(s), {} warning(s)",
                files.len(),
                inputs.outcomes.len(),
                count(Status::Accepted),
                count(Status::Rejected),
                count(Status::Superseded),
                match count(Status::Held) {
                    0 => String::new(),
                    n => format!(", {n} on hold for review (not counted)"),
                },
                match count(Status::Duplicate) {
                    0 => String::new(),
                    n => format!(", {n} read twice (counted once)"),
                },
                diagnostics.iter().filter(|d| d.is_error()).count(),
                diagnostics.iter().filter(|d| !d.is_error()).count(),
            );
        }
    }
    Ok(if rejected { 1 } else { 0 })
}

/// Diagnostics grouped by file, each file's in reading order.
pub fn human(diagnostics: &[Diagnostic], colour: bool) -> String {
    let mut by_file: BTreeMap<&str, Vec<&Diagnostic>> = BTreeMap::new();
    for d in diagnostics {
        by_file.entry(d.file.as_str()).or_default().push(d);
    }
    let paint = |code: &str, text: &str| if colour { format!("\x1b[{code}m{text}\x1b[0m") } else { text.to_string() };
    let mut out = String::new();
    for (file, mut list) in by_file {
        list.sort_by_key(|d| (d.row.unwrap_or(0), d.column()));
        out.push_str(&paint("1", file));
        out.push('\n');
        for d in list {
            let place = match (&d.sheet, &d.cell, d.row) {
                (Some(sheet), Some(cell), _) if !sheet.is_empty() => format!("{sheet}!{cell}"),
                (_, Some(cell), _) => cell.clone(),
                (_, None, Some(row)) => format!("row {row}"),
                _ => "file".to_string(),
            };
            let severity = match d.severity {
                Severity::Error => paint("1;31", "error"),
                Severity::Warning => paint("1;33", "warning"),
            };
            let question = d.question.as_ref().map_or(String::new(), |q| format!(" [{q}]"));
            out.push_str(&format!("  {place}: {severity}{question}: {}\n", d.message));
            if let Some(hint) = &d.hint {
                out.push_str(&format!("    {} {hint}\n", paint("36", "hint:")));
            }
        }
    }
    out
}
