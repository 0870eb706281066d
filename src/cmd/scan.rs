//! `palermo scan SCANS…`: scanned printed questionnaires read into draft replies, a review
//! sheet and a record of every page; `palermo scan --accept DRAFT`: a confirmed draft validated
//! as any reply and put among the conference's submissions.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::cli::ScanArgs;
use crate::date::Date;
use crate::documents::questionnaire;
use crate::executor::{Executor, Outcome, Settings, Silent};
use crate::inputs::Inputs;
use crate::scan::layouts::{self, Maps};
use crate::scan::replies::Certainty;
use crate::scan::{self, Batch};

pub fn run(args: &ScanArgs) -> Result<i32> {
    if let Some(draft) = &args.accept {
        return accept(draft, &args.input.dir());
    }
    let dir = args.input.dir();
    let files = scan::files(&args.scans).map_err(anyhow::Error::msg)?;
    if files.is_empty() {
        bail!(
            "no files to read in {}; give the scanned PDFs or images, or a folder of them",
            args.scans.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        );
    }
    let inputs = Inputs::read(&dir)?;
    let renderer = super::renderer(args.input.templates.as_deref(), &dir)?;
    let made = args.out.join("maps");
    let mut dirs = if args.maps.is_empty() { vec![PathBuf::from("out/questionnaires")] } else { args.maps.clone() };
    dirs.push(layouts::maps_dir(&made));
    let mut maps = Maps::read(&dirs);
    for (file, problem) in &maps.unreadable {
        eprintln!("warning: {file}: not a layout map palermo can read ({problem}); its pages cannot be identified by it");
    }
    let mut batch = scan::scan(&files, &maps, &inputs, true);
    // Pages of copies whose maps are not at hand: the copies are made again as they were printed
    // (blank, personalised or prefilled, in their language) and those files read again.
    let unmapped: Vec<&layouts::PageId> = batch.pages.iter().filter_map(|p| p.unmapped.as_ref()).collect();
    let printables = layouts::printables(&unmapped, &inputs, &maps);
    if !printables.is_empty() {
        let opened = inputs.conference.reporting.opened;
        let planned: Vec<_> = printables.iter().map(|p| questionnaire::version(&p.form_id, p.state.as_deref(), p.lang, opened, false, p.prefilled)).collect();
        print_copies(&planned, &made, false, &args.input, &inputs, &renderer)?;
        eprintln!(
            "made the layout maps of {} printed questionnaire(s) not found in {} (in {})",
            planned.len(),
            dirs[0].display(),
            layouts::maps_dir(&made).display()
        );
        maps = Maps::read(&dirs);
        batch = scan::rescan(batch, &files, &maps, &inputs, true);
    }
    std::fs::create_dir_all(&args.out).with_context(|| format!("cannot create {}", args.out.display()))?;
    let today = Date::today();
    for draft in &batch.drafts {
        let path = args.out.join(format!("{}.json", draft.name));
        let mut bytes = serde_json::to_vec_pretty(&draft.json(today))?;
        bytes.push(b'\n');
        std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let record = record(&batch, &maps, &args.out, today);
    let mut bytes = serde_json::to_vec_pretty(&record)?;
    bytes.push(b'\n');
    std::fs::write(args.out.join("scan.json"), bytes)?;
    let review = scan::review::planned(&batch, &args.out.display().to_string(), &inputs, renderer.catalogs(), args.lang, today)?;
    let settings = Settings { out: args.out.clone(), jobs: 1, pdf: super::pdf_settings(&args.input)?, force: true, keep_sources: false, manifest: false };
    let run = Executor { inputs: &inputs, renderer: &renderer, settings }.run(std::slice::from_ref(&review), &Silent)?;
    if let Some((Outcome::Failed(failed), _)) = run.outcomes.first() {
        super::progress::print_failure(&args.out.join("review.pdf").display().to_string(), &failed.errors);
    }
    print_summary(&batch, &args.out);
    Ok(if batch.pages.iter().any(|p| p.identified.is_none()) { 1 } else { 0 })
}

/// Prints the questionnaires of `planned` into `out` for their layout maps, quietly but for
/// those that fail; `force` prints again those already there.
pub(crate) fn print_copies(
    planned: &[crate::documents::Planned],
    out: &Path,
    force: bool,
    input: &crate::cli::InputArgs,
    inputs: &Inputs,
    renderer: &crate::render::Renderer,
) -> Result<()> {
    let settings =
        Settings { out: out.to_path_buf(), jobs: super::jobs(input.jobs)?, pdf: super::pdf_settings(input)?, force, keep_sources: false, manifest: false };
    let run = Executor { inputs, renderer, settings }.run(planned, &Silent)?;
    for (p, (outcome, _)) in planned.iter().zip(&run.outcomes) {
        if let Outcome::Failed(failed) = outcome {
            super::progress::print_failure(p.output(), &failed.errors);
        }
    }
    Ok(())
}

/// `scan.json`: every page with its identification or the reason it has none, the drafts, the
/// counts and the time taken.
fn record(batch: &Batch, maps: &Maps, out: &Path, today: Date) -> serde_json::Value {
    let identified = batch.pages.iter().filter(|p| p.identified.is_some()).count();
    let sum = |f: fn(&scan::Counts) -> usize| batch.pages.iter().map(|p| f(&p.marks)).sum::<usize>();
    serde_json::json!({
        "schema": "palermo-scan/1",
        "scanned": today.to_string(),
        "pages": batch.pages,
        "drafts": batch.drafts.iter().map(|d| serde_json::json!({
            "file": out.join(format!("{}.json", d.name)).display().to_string(),
            "form_id": d.form_id,
            "version": d.version,
            "lang": d.lang,
            "state": d.state,
            "pages": d.pages,
            "missing_pages": d.missing_pages,
            "read_twice": d.twice,
            "answers_certain": d.readings.iter().filter(|r| r.certainty == Certainty::Certain && r.value.is_some()).count(),
            "uncertain": d.readings.iter().filter(|r| r.certainty == Certainty::Uncertain).count(),
            "to_type": d.readings.iter().filter(|r| r.certainty == Certainty::ToType).count(),
        })).collect::<Vec<_>>(),
        "totals": {
            "pages": batch.pages.iter().filter(|p| p.source.page > 0).count(),
            "identified": identified,
            "not_read": batch.pages.len() - identified,
            "tick_boxes_certain": sum(|c| c.certain),
            "tick_boxes_uncertain": sum(|c| c.uncertain),
            "written_areas": sum(|c| c.written),
        },
        "layout_maps": maps.len(),
        "millis": (batch.millis * 10.0).round() / 10.0,
    })
}

fn print_summary(batch: &Batch, out: &Path) {
    for page in &batch.pages {
        if let Some(problem) = &page.problem {
            let place = if page.source.page == 0 { page.source.file.clone() } else { format!("{}, page {}", page.source.file, page.source.page) };
            let severity = if page.identified.is_some() { "warning" } else { "error" };
            eprintln!("{place}: {severity}: {}\n  hint: {}", problem.reason, problem.hint);
        }
    }
    for d in &batch.drafts {
        let count = |c: Certainty| d.readings.iter().filter(|r| r.certainty == c).count();
        let missing = if d.missing_pages.is_empty() {
            String::new()
        } else {
            format!("; pages {} missing", d.missing_pages.iter().map(usize::to_string).collect::<Vec<_>>().join(", "))
        };
        let twice = if d.twice.is_empty() { String::new() } else { format!("; {} page(s) scanned twice, read once", d.twice.len()) };
        eprintln!(
            "wrote {} ({} {}, {} page(s): {} answer(s) read, {} uncertain, {} to type{missing}{twice})",
            out.join(format!("{}.json", d.name)).display(),
            d.form_id,
            d.state.as_deref().unwrap_or("State not known"),
            d.pages.len(),
            d.readings.iter().filter(|r| r.certainty == Certainty::Certain && r.value.is_some()).count(),
            count(Certainty::Uncertain),
            count(Certainty::ToType),
        );
    }
    let read = batch.pages.iter().filter(|p| p.identified.is_some()).count();
    eprintln!(
        "wrote {} and {}: {read} of {} page(s) read in {:.1} s; nothing is counted until a corrected draft is accepted (palermo scan --accept DRAFT)",
        out.join("review.pdf").display(),
        out.join("scan.json").display(),
        batch.pages.len(),
        batch.millis / 1000.0
    );
}

/// Validates a confirmed draft as any reply and puts it in `submissions/<form_id>/`.
fn accept(draft: &Path, dir: &Path) -> Result<i32> {
    let bytes = std::fs::read(draft).with_context(|| format!("cannot read {}", draft.display()))?;
    let value: serde_json::Value =
        serde_json::from_slice(&bytes).with_context(|| format!("{} is not valid JSON; check the edits made to it", draft.display()))?;
    let Some(form_id) = value.pointer("/scan/form_id").and_then(|v| v.as_str()) else {
        bail!(
            "{} is not a draft written by palermo scan (it has no \"scan\": {{ \"form_id\": … }}); put other replies in submissions/ yourself",
            draft.display()
        );
    };
    let Some(state) = value.get("state").and_then(|v| v.as_str()).filter(|s| !s.trim().is_empty()) else {
        bail!("{} names no State: write its ISO3 code in \"state\" (a blank copy's pages do not say whose they are), then accept it again", draft.display());
    };
    let answers = value.get("answers").and_then(|a| a.as_object());
    let open: Vec<&str> = value
        .pointer("/scan/to_review")
        .and_then(|r| r.as_array())
        .map(|items| items.iter().filter_map(|i| i.get("question")?.as_str()).filter(|q| answers.is_none_or(|a| !a.contains_key(*q))).collect())
        .unwrap_or_default();
    if !dir.join("conference.toml").is_file() {
        bail!("there is no conference.toml in {}; give the conference folder with --inputs", dir.display());
    }
    let folder = dir.join("submissions").join(form_id);
    let submitted = value.get("submitted").and_then(|v| v.as_str()).unwrap_or("undated");
    let name = format!("scan-{}-{submitted}.json", state.trim().to_uppercase());
    let target = folder.join(&name);
    if target.exists() {
        bail!("{} already exists: this draft was accepted before; remove that file first to accept a corrected draft", target.display());
    }
    std::fs::create_dir_all(&folder).with_context(|| format!("cannot create {}", folder.display()))?;
    std::fs::write(&target, &bytes).with_context(|| format!("cannot write {}", target.display()))?;
    let inputs = match Inputs::read(dir) {
        Ok(inputs) => inputs,
        Err(e) => {
            let _ = std::fs::remove_file(&target);
            return Err(e);
        }
    };
    let ours = |file: &str| Path::new(file).ends_with(Path::new("submissions").join(form_id).join(&name));
    let diagnostics: Vec<_> = inputs.diagnostics.iter().filter(|d| ours(&d.file)).collect();
    for d in &diagnostics {
        eprintln!("{d}");
    }
    let outcome = inputs.outcomes.iter().find(|o| ours(&o.place.file));
    let rejected = diagnostics.iter().any(|d| d.is_error()) || outcome.is_none_or(|o| o.status == crate::model::submission::Status::Rejected);
    if rejected {
        std::fs::remove_file(&target).with_context(|| format!("cannot remove {}", target.display()))?;
        eprintln!("not accepted: correct {} as the errors above say, then accept it again (nothing was added to {})", draft.display(), folder.display());
        return Ok(1);
    }
    for q in &open {
        eprintln!("note: {q} was left for review on the scan and has no answer in the draft: it is counted as not answered");
    }
    eprintln!(
        "accepted: {} is {state}'s reply to {form_id} ({}); palermo validate and build now count it",
        target.display(),
        outcome.map_or_else(|| "read".to_string(), |o| format!("{:?}", o.status).to_lowercase())
    );
    Ok(0)
}
