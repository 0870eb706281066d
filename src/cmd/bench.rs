//! `palermo bench`: time per document and peak memory of in-process compilation.

use std::time::Duration;

use anyhow::Result;

use crate::cli::BenchArgs;
use crate::documents::{self, Planned};
use crate::inputs::Inputs;

pub fn run(args: &BenchArgs) -> Result<i32> {
    if let Some(dir) = &args.read {
        return read_all(dir);
    }
    if args.targets {
        return super::bench_targets::run(args);
    }
    if let Some(pages) = args.scan {
        return super::bench_scan::run(args, pages);
    }
    if let Some(dir) = &args.kept {
        return compile_kept(dir);
    }
    let dir = args.input.dir();
    let inputs = Inputs::read(&dir)?;
    if let Some(count) = args.submissions {
        return submissions(&inputs, count, args.format);
    }
    let renderer = super::renderer(args.input.templates.as_deref(), &dir)?;
    let settings = super::pdf_settings(&args.input)?;
    let jobs = super::jobs(args.input.jobs)?;
    let (planned, _) = documents::plan(&inputs)?;
    let rounds = args.rounds.max(1);
    // Each round gets its own symbols and job numbers, so every compilation is a distinct
    // document (as in a bulk run) rather than a cache hit on the one before.
    let mut work: Vec<Planned> = planned.clone();
    for round in 1..rounds {
        let mut again = Vec::new();
        for spec in &inputs.conference.documents {
            let mut spec = spec.clone();
            spec.symbol = format!("{}/R{round}", spec.symbol);
            for number in spec.job_numbers.values_mut() {
                *number = format!("V.26-{:05}", 90_000 + round);
            }
            again.extend(documents::plan_entry(&spec, &inputs)?.0);
        }
        again.extend(planned.iter().filter(|p| !inputs.conference.documents.iter().any(|d| d.symbol == p.version.symbol)).cloned());
        again.sort_by(|a, b| a.output().cmp(b.output()));
        work.extend(again);
    }
    let started = std::time::Instant::now();
    let results = crate::executor::run_parallel(&work, jobs, |p| {
        crate::executor::compile(p, &inputs, &renderer, &settings).map(|pdf| pdf.pages).map_err(|errors| errors.join("; "))
    });
    let wall = started.elapsed();
    println!("palermo bench: {} document(s) x {rounds} round(s), {jobs} job(s)", planned.len());
    for (i, p) in planned.iter().enumerate() {
        let times: Vec<Duration> = results.iter().skip(i).step_by(planned.len()).map(|(_, t)| *t).collect();
        let pages = match &results[i].0 {
            Ok(pages) => pages.to_string(),
            Err(e) => format!("failed: {e}"),
        };
        let mut later: Vec<Duration> = times.iter().skip(1).copied().collect();
        later.sort();
        let median = later.get(later.len() / 2).copied().unwrap_or(times[0]);
        println!(
            "  {:<44} {pages:>3} pages  first {:>6.1} ms  median of later rounds {:>6.1} ms",
            p.output(),
            times[0].as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e3
        );
    }
    println!(
        "  total {:.2} s for {} compilations ({:.1} ms each); peak resident memory {}",
        wall.as_secs_f64(),
        work.len(),
        wall.as_secs_f64() * 1e3 / work.len().max(1) as f64,
        peak_rss().map_or("unknown".into(), |kb| format!("{:.0} MiB", kb as f64 / 1024.0))
    );
    Ok(0)
}

const PER_FILE: usize = 10_000;

/// Writes exports of `count` replies in `format` (the sample's accepted replies to the first
/// form, repeated), then times reading them and validating every reply.
fn submissions(inputs: &Inputs, count: usize, format: crate::cli::BenchFormat) -> Result<i32> {
    use crate::load::submissions;
    use crate::model::submission::Answer;
    let Some(form) = inputs.questionnaires.first() else { anyhow::bail!("the conference has no questionnaire") };
    let replies: Vec<_> = inputs.submissions.iter().filter(|s| s.form_id == form.form_id).collect();
    anyhow::ensure!(!replies.is_empty(), "the conference has no accepted reply to {}", form.form_id);
    let names: Vec<&str> = form.questions.iter().filter(|q| q.kind.is_answered()).map(|q| q.name.as_str()).collect();
    let mut header = String::from("state,submitted");
    for name in &names {
        header.push(',');
        header.push_str(name);
    }
    header.push('\n');
    // Exports of 10,000 replies each, as a Kobo server hands them out (and within the size and
    // row limits palermo reads a file to).
    let dir = std::env::temp_dir().join(format!("palermo-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let mut paths_written = Vec::new();
    let mut bytes = 0;
    let text = |answer: Option<&Answer>| match answer {
        Some(Answer::Text(t) | Answer::Choice(t)) => t.clone(),
        Some(Answer::Number(n)) => crate::expr::ast::format_number(*n),
        Some(Answer::Date(d)) => d.to_string(),
        Some(Answer::Choices(c)) => c.join(" "),
        None => String::new(),
    };
    // Each question's group path, as the servers key it.
    let paths: Vec<Vec<String>> = names
        .iter()
        .map(|name| {
            let q = form.question(name).expect("a question of the form");
            let mut path = vec![q.name.clone()];
            let mut group = q.group;
            while let Some(g) = group {
                path.insert(0, form.groups[g].name.clone());
                group = form.groups[g].parent;
            }
            path
        })
        .collect();
    for (part, first) in (0..count).step_by(PER_FILE).enumerate() {
        let range = first..(first + PER_FILE).min(count);
        let (bytes_of_part, extension) = match format {
            crate::cli::BenchFormat::Csv => {
                let mut writer = csv::WriterBuilder::new().has_headers(false).from_writer(header.clone().into_bytes());
                for i in range {
                    let reply = replies[i % replies.len()];
                    let mut record = vec![reply.state.clone(), reply.submitted.to_string()];
                    record.extend(names.iter().map(|name| text(reply.answers.get(*name))));
                    writer.write_record(&record)?;
                }
                (writer.into_inner()?, "csv")
            }
            crate::cli::BenchFormat::Kobo => {
                // As /api/v2/assets/<uid>/data/ pages them: flat records keyed by full paths.
                let results: Vec<serde_json::Value> = range
                    .map(|i| {
                        let reply = replies[i % replies.len()];
                        let mut record = serde_json::Map::new();
                        record.insert("_id".into(), (i + 1).into());
                        record.insert("_uuid".into(), format!("00000000-0000-4000-a000-{i:012}").into());
                        record.insert("general/state".into(), reply.state.clone().into());
                        for (name, path) in names.iter().zip(&paths) {
                            if let Some(answer) = reply.answers.get(*name) {
                                record.insert(path.join("/"), text(Some(answer)).into());
                            }
                        }
                        record.insert("_submission_time".into(), format!("{}T10:00:00", reply.submitted).into());
                        record.insert("_validation_status".into(), serde_json::json!({}));
                        serde_json::Value::Object(record)
                    })
                    .collect();
                (serde_json::to_vec(&serde_json::json!({ "count": count, "next": null, "previous": null, "results": results }))?, "json")
            }
            crate::cli::BenchFormat::Odata => {
                // As Central's OData gives them: groups nested, numbers as numbers, every field present.
                let value: Vec<serde_json::Value> = range
                    .map(|i| {
                        let reply = replies[i % replies.len()];
                        let mut record = serde_json::json!({
                            "__id": format!("uuid:00000000-0000-4000-a000-{i:012}"),
                            "__system": { "submissionDate": format!("{}T10:00:00.000Z", reply.submitted), "reviewState": null },
                            "general": { "state": reply.state },
                        });
                        for (name, path) in names.iter().zip(&paths) {
                            let mut node = &mut record;
                            for group in &path[..path.len() - 1] {
                                node = node.as_object_mut().expect("an object").entry(group.clone()).or_insert_with(|| serde_json::json!({}));
                            }
                            let answer = match reply.answers.get(*name) {
                                Some(Answer::Number(n)) => serde_json::json!(n),
                                None => serde_json::Value::Null,
                                other => text(other).into(),
                            };
                            node.as_object_mut().expect("an object").insert(name.to_string(), answer);
                        }
                        record
                    })
                    .collect();
                (
                    serde_json::to_vec(
                        &serde_json::json!({ "@odata.context": "https://central.example.org/v1/projects/1/forms/bench.svc/$metadata#Submissions", "value": value }),
                    )?,
                    "json",
                )
            }
        };
        bytes += bytes_of_part.len();
        let path = dir.join(format!("export-{part:03}.{extension}"));
        std::fs::write(&path, &bytes_of_part)?;
        paths_written.push(path);
    }
    let started = std::time::Instant::now();
    let mut validator = crate::validate::FormValidator::new(form, &inputs.states);
    let (mut read_count, mut read_time) = (0, std::time::Duration::ZERO);
    for path in &paths_written {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let file_started = std::time::Instant::now();
        let file = submissions::read_file(path, &name, form);
        if let Some(error) = file.diagnostics.iter().find(|d| d.is_error()) {
            anyhow::bail!("{error}");
        }
        read_time += file_started.elapsed();
        read_count += file.submissions.len();
        validator.add(&file.submissions);
    }
    let validated = validator.finish();
    let total = started.elapsed();
    let _ = std::fs::remove_dir_all(&dir);
    anyhow::ensure!(read_count == count, "{read_count} of {count} replies read");
    let accepted = validated.outcomes.iter().filter(|o| o.status == crate::model::submission::Status::Accepted).count();
    println!(
        "palermo bench: {count} submission(s) to {} ({} KB of {} in {} file(s))",
        form.form_id,
        bytes / 1024,
        match format {
            crate::cli::BenchFormat::Csv => "CSV",
            crate::cli::BenchFormat::Kobo => "KoboToolbox API data",
            crate::cli::BenchFormat::Odata => "ODK Central OData",
        },
        paths_written.len()
    );
    println!(
        "  read {:.0} ms, validate {:.0} ms, total {:.2} s ({:.1} µs per submission); {accepted} accepted, {} superseded or rejected; peak resident memory {}",
        read_time.as_secs_f64() * 1e3,
        (total - read_time).as_secs_f64() * 1e3,
        total.as_secs_f64(),
        total.as_secs_f64() * 1e6 / count.max(1) as f64,
        validated.outcomes.len() - accepted,
        peak_rss().map_or("unknown".into(), |kb| format!("{:.0} MiB", kb as f64 / 1024.0))
    );
    Ok(0)
}

/// Compiles every source kept by `build --keep-sources` under `dir`, one after another in this
/// process, on one thread (Typst's own parallel loops confined to it, as in a worker of the
/// build; its caches kept as a build keeps them): the time Typst alone needs for the build's
/// documents, printed as `typst alone: N documents in S s`.
fn compile_kept(dir: &std::path::Path) -> Result<i32> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).stack_size(32 << 20).build()?;
    pool.install(|| compile_kept_here(dir))
}

fn compile_kept_here(dir: &std::path::Path) -> Result<i32> {
    let mut folders: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.join("main.typ").is_file()).collect();
    folders.sort();
    anyhow::ensure!(!folders.is_empty(), "no kept sources under {}; build with --keep-sources first", dir.display());
    let sources = folders.iter().map(|f| crate::engine::source::TypstSource::from_folder(f)).collect::<Result<Vec<_>>>()?;
    let settings = crate::engine::PdfSettings::default();
    let date = crate::date::Date::new(2026, 1, 1).expect("valid");
    let started = std::time::Instant::now();
    for (folder, source) in folders.iter().zip(&sources) {
        crate::engine::compile(source, &folder.display().to_string(), date, &settings).map_err(|f| anyhow::anyhow!("{}: {f}", folder.display()))?;
    }
    println!("typst alone: {} documents in {:.3} s", sources.len(), started.elapsed().as_secs_f64());
    Ok(0)
}

/// Reads every spreadsheet of `dir`, one after the other, and prints each one's time and the
/// peak resident memory after it (a jump shows the file that needed the memory).
fn read_all(dir: &std::path::Path) -> Result<i32> {
    let mut files: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
    files.sort();
    println!("palermo bench: reading {} file(s) of {}", files.len(), dir.display());
    let mut slowest = (std::time::Duration::ZERO, String::new());
    for path in files {
        let started = std::time::Instant::now();
        let outcome = match crate::load::workbook::read(&path) {
            Ok(book) => format!("{} sheet(s), {} row(s)", book.sheets.len(), book.sheets.iter().map(|s| s.rows.len()).sum::<usize>()),
            Err(e) => format!("refused: {}", e.message),
        };
        let took = started.elapsed();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if took > slowest.0 {
            slowest = (took, name.clone());
        }
        println!(
            "  {name:<44} {:>8.1} ms  peak {:>5} MiB  {}",
            took.as_secs_f64() * 1e3,
            peak_rss().map_or(0, |kb| kb / 1024),
            outcome.chars().take(90).collect::<String>()
        );
    }
    println!("  slowest: {} ({:.1} ms)", slowest.1, slowest.0.as_secs_f64() * 1e3);
    Ok(0)
}

/// Peak resident set size in KiB (Linux `VmHWM`).
pub(crate) fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
