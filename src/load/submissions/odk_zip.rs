//! ODK Central's CSV export (`submissions.csv.zip`), read without unpacking it: `<formId>.csv`
//! (one row per submission: `SubmissionDate`, the fields with group paths joined by `-`, then
//! `KEY`, `SubmitterID`…`ReviewState`…) and one `<formId>-<repeat>.csv` per repeat, whose rows
//! point back with `PARENT_KEY`; `media/` holds attachments, not read.

use std::io::Read;

use super::FileRead;
use super::fields::Fields;
use super::table;
use crate::load::workbook::MAX_FILE_BYTES;
use crate::model::{Diagnostic, Problem, ProblemKind as K};

pub fn read(bytes: &[u8], display: &str, fields: &Fields) -> FileRead {
    let refuse = |message: String, hint: &str| FileRead {
        diagnostics: vec![Diagnostic::error(display, message).hint(hint).problem(Problem::new(K::FileDamaged))],
        ..FileRead::default()
    };
    let mut archive = match zip::ZipArchive::new(std::io::Cursor::new(bytes)) {
        Ok(archive) => archive,
        Err(e) => return refuse(format!("not a readable zip file: {e}"), "download the CSV export (.csv.zip) from ODK Central again"),
    };
    let mut tables = Vec::new();
    for i in 0..archive.len() {
        let Ok(mut member) = archive.by_index(i) else { continue };
        let Ok(name) = member.name().map(|n| n.to_string()) else { continue };
        if member.is_dir() || name.starts_with("media/") || !name.to_ascii_lowercase().ends_with(".csv") {
            continue;
        }
        // A member larger than palermo reads a file to is refused, whatever it claims to be.
        let mut text = Vec::new();
        if member.by_ref().take(MAX_FILE_BYTES + 1).read_to_end(&mut text).is_err() || text.len() as u64 > MAX_FILE_BYTES {
            return refuse(
                format!("{name} in the zip is damaged or larger than {} MB", MAX_FILE_BYTES / 1_048_576),
                "download the CSV export from ODK Central again, or split it with a filter",
            );
        }
        tables.push((name, text));
    }
    tables.sort_by(|a, b| a.0.len().cmp(&b.0.len()).then(a.0.cmp(&b.0)));
    let mut read = FileRead::default();
    let sheets: Vec<_> = tables
        .iter()
        .map(|(name, text)| {
            let (sheet, diagnostics) = table::csv_sheet(text, display, name);
            read.diagnostics.extend(diagnostics);
            sheet
        })
        .collect();
    let is_repeat = |sheet: &crate::load::workbook::Sheet| sheet.rows.first().is_some_and(|r| r.iter().any(|c| c.text().trim() == "PARENT_KEY"));
    let Some(main) = sheets.iter().find(|s| !is_repeat(s)) else {
        return refuse("the zip holds no table of submissions".into(), "download the CSV export (.csv.zip) of the form from ODK Central");
    };
    let (mut main_read, links) = table::read_table(main, display, fields, false);
    read.diagnostics.append(&mut main_read.diagnostics);
    read.submissions = main_read.submissions;
    let stem = main.name.trim_end_matches(".csv");
    let mut rows = Vec::new();
    for sheet in sheets.iter().filter(|s| is_repeat(s)) {
        // `<formId>-<repeat>.csv`, `~1` added on a clash of names.
        let name = sheet.name.trim_end_matches(".csv");
        let repeat_name = name.strip_prefix(stem).and_then(|r| r.strip_prefix('-')).unwrap_or(name);
        let repeat_name = repeat_name.split('~').next().unwrap_or(repeat_name);
        match fields.repeat(repeat_name) {
            Some(repeat) => {
                let table_rows = table::read_repeat_table(sheet, display, fields, repeat, &mut read.diagnostics);
                // A repeat inside a repeat points to a row (`uuid:…/group/repeat[2]`), not a submission.
                let (inner, outer): (Vec<_>, Vec<_>) = table_rows.into_iter().partition(|row| row.parent.contains('/'));
                if let Some(first) = inner.first() {
                    read.diagnostics.push(
                        first
                            .place
                            .diagnostic(crate::model::Severity::Warning, format!("{} row(s) of a repeat inside another repeat are not read", inner.len()))
                            .hint("palermo reads repeats one level deep")
                            .problem(Problem::new(K::ExtraSheet).plain("sheet", &sheet.name)),
                    );
                }
                rows.extend(outer);
            }
            None => read.diagnostics.push(
                Diagnostic::warning(
                    display,
                    format!("{} is not read: the form {} has no repeat {}", sheet.name, fields.form.form_id, crate::quote::quoted(repeat_name)),
                )
                .hint("export the replies of this form; a repeat inside a repeat is not read")
                .problem(Problem::new(K::ExtraSheet).plain("sheet", &sheet.name)),
            ),
        }
    }
    let orphans = table::attach(&mut read.submissions, &links, rows);
    read.diagnostics.extend(orphans.iter().map(super::orphan));
    read
}
