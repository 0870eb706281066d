//! `palermo bench --targets`: the build's speed and memory targets, measured with real `palermo
//! build` processes on a copy of the conference, each against its target.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::cli::BenchArgs;

/// One measured run of a child process.
struct Run {
    wall: Duration,
    peak_mib: Option<f64>,
    stderr: String,
    success: bool,
}

impl Run {
    /// The documents the build compiled (its plain `wrote` lines).
    fn written(&self) -> Vec<&str> {
        self.stderr.lines().filter_map(|l| l.trim_start().strip_prefix("wrote ")).collect()
    }
    fn summary(&self) -> &str {
        self.stderr.lines().rev().find(|l| l.starts_with("built ")).unwrap_or("(no summary line)")
    }
    fn peak(&self) -> String {
        self.peak_mib.map_or("unknown".into(), |m| format!("{m:.0} MiB"))
    }
}

/// A figure against its target, printed as a table row.
struct Row {
    measure: String,
    result: String,
    target: String,
    met: Option<bool>,
}

pub fn run(args: &BenchArgs) -> Result<i32> {
    let exe = std::env::current_exe().context("finding palermo's own executable")?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let jobs = args.input.jobs.unwrap_or(cores);
    let scratch = std::env::temp_dir().join(format!("palermo-bench-targets-{}", std::process::id()));
    let inputs = scratch.join("inputs");
    let source = args.input.dir();
    copy_dir(&source, &inputs).with_context(|| format!("copying {} to {}", source.display(), inputs.display()))?;
    let result = measure_all(&exe, &scratch, &inputs, jobs, args.typst.as_deref());
    let _ = std::fs::remove_dir_all(&scratch);
    let rows = result?;
    println!("\npalermo bench --targets: {} on {cores} core(s), {jobs} job(s), palermo {}", source.display(), env!("CARGO_PKG_VERSION"));
    let width = rows.iter().map(|r| r.measure.chars().count()).max().unwrap_or(0);
    for row in &rows {
        let mark = match row.met {
            Some(true) => "met",
            Some(false) => "NOT MET",
            None => "",
        };
        println!("  {:<width$}  {:<34} target {:<22} {mark}", row.measure, row.result, row.target);
    }
    Ok(0)
}

fn measure_all(exe: &Path, scratch: &Path, inputs: &Path, jobs: usize, typst: Option<&Path>) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    let build_with = |jobs: usize, out: &str, extra: &[&str]| -> Result<Run> {
        let mut command = Command::new(exe);
        command.arg("build").arg("--inputs").arg(inputs).arg("--out").arg(scratch.join(out)).arg("--jobs").arg(jobs.to_string());
        command.args(extra);
        let run = timed(command)?;
        eprintln!("  {:<28} {:>6.2} s  peak {:>8}  {}", format!("build -j{jobs} {out} {}", extra.join(" ")), run.wall.as_secs_f64(), run.peak(), run.summary());
        Ok(run)
    };
    let build = |out: &str, extra: &[&str]| build_with(jobs, out, extra);

    eprintln!("palermo bench --targets: building the conference several ways (each a separate process)");
    let full = build("out", &["--keep-sources"])?;
    if !full.success {
        bail!("the build failed:\n{}", full.stderr);
    }
    let documents = full.written().len();
    rows.push(Row {
        measure: format!("whole conference ({documents} documents)"),
        result: format!("{:.1} s wall", full.wall.as_secs_f64()),
        target: "<= 10 s".into(),
        met: Some(full.wall <= Duration::from_secs(10)),
    });
    rows.push(Row { measure: "  its peak memory".into(), result: full.peak(), target: "< 1024 MiB".into(), met: full.peak_mib.map(|m| m < 1024.0) });

    let again = build("out", &[])?;
    rows.push(Row {
        measure: "second build, nothing changed".into(),
        result: format!("{:.2} s, {} compiled", again.wall.as_secs_f64(), again.written().len()),
        target: "< 1 s, 0 compiled".into(),
        met: Some(again.wall < Duration::from_secs(1) && again.written().is_empty()),
    });

    let (reply, before, after) = change_one_reply(&inputs.join("submissions"))?;
    let changed = build("out", &[])?;
    rows.push(Row {
        measure: format!("one reply changed ({}: {before} -> {after})", reply.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()),
        result: format!("{:.2} s, {} compiled", changed.wall.as_secs_f64(), changed.written().len()),
        target: "< 2 s, dependents only".into(),
        met: Some(changed.wall < Duration::from_secs(2)),
    });

    let single = build_with(1, "out-jobs1", &[])?;
    rows.push(Row {
        measure: format!("--jobs 1 against --jobs {jobs}"),
        result: format!(
            "{:.1} s against {:.1} s (x{:.2})",
            single.wall.as_secs_f64(),
            full.wall.as_secs_f64(),
            single.wall.as_secs_f64() / full.wall.as_secs_f64()
        ),
        target: "faster with more jobs".into(),
        met: Some(jobs == 1 || full.wall < single.wall),
    });

    // Kept against dropped, alternately twice, the faster of each (the runs vary by a second).
    let mut kept = vec![full.wall];
    let mut dropped = Vec::new();
    let mut peaks = (full.peak(), String::new());
    for round in 0..2 {
        let run = build(&format!("out-age0-{round}"), &["--cache-age", "0"])?;
        peaks.1 = run.peak();
        dropped.push(run.wall);
        if round == 0 {
            kept.push(build("out-kept-1", &[])?.wall);
        }
    }
    let (kept, dropped) = (kept.into_iter().min().unwrap_or_default(), dropped.into_iter().min().unwrap_or_default());
    rows.push(Row {
        measure: "Typst's caches dropped after each document".into(),
        result: format!("{:.1} s, peak {}", dropped.as_secs_f64(), peaks.1),
        target: format!("kept ({} compilations): {:.1} s, {}", crate::engine::memory::DEFAULT_CACHE_AGE, kept.as_secs_f64(), peaks.0),
        met: None,
    });

    let mut command = Command::new(exe);
    command.arg("bench").arg("--inputs").arg(inputs).arg("--submissions").arg("100000");
    let replies = timed(command)?;
    eprintln!("  {:<28} {:>6.2} s  peak {:>8}", "bench --submissions 100000", replies.wall.as_secs_f64(), replies.peak());
    rows.push(Row {
        measure: "100,000 replies read and validated".into(),
        result: format!("{:.1} s, peak {}", replies.wall.as_secs_f64(), replies.peak()),
        target: "< 10 s, < 500 MiB".into(),
        met: Some(replies.success && replies.wall < Duration::from_secs(10) && replies.peak_mib.is_some_and(|m| m < 500.0)),
    });

    // The executor against Typst alone: the kept sources compiled one after another in one warm
    // process, divided by the jobs the build ran.
    let mut command = Command::new(exe);
    command.arg("bench").arg("--kept").arg(scratch.join("out/sources"));
    let alone = timed_stdout(command)?;
    let seconds: Option<f64> = alone.1.split_whitespace().rev().nth(1).and_then(|s| s.parse().ok());
    eprintln!("  {:<28} {}", "bench --kept (typst alone)", alone.1.trim());
    if let Some(seconds) = seconds {
        let ideal = seconds / jobs as f64;
        let ratio = full.wall.as_secs_f64() / ideal;
        rows.push(Row {
            measure: "whole build against Typst alone / jobs".into(),
            result: format!("{:.1} s against {seconds:.1} s / {jobs} = {ideal:.1} s (x{ratio:.2})", full.wall.as_secs_f64()),
            target: "x1.2 at most".into(),
            met: Some(ratio <= 1.2),
        });
    }

    let typst = typst.map(Path::to_path_buf).or_else(|| find_on_path("typst"));
    match typst {
        Some(typst) => {
            let sources = scratch.join("out/sources");
            // The fonts palermo embeds, from the checkout it was built from.
            let fonts = Path::new(env!("CARGO_MANIFEST_DIR")).join("fonts");
            let cli = typst_cli(&typst, &sources, &fonts, jobs)?;
            rows.push(Row {
                measure: format!("typst CLI, one process per document ({})", typst.display()),
                result: format!("{:.1} s against {:.1} s (x{:.1})", cli.as_secs_f64(), full.wall.as_secs_f64(), cli.as_secs_f64() / full.wall.as_secs_f64()),
                target: "palermo <= 1/10 of it".into(),
                met: Some(full.wall * 10 <= cli),
            });
        }
        None => rows.push(Row {
            measure: "typst CLI on the kept sources".into(),
            result: "not measured: no typst on the PATH".into(),
            target: "palermo <= 1/10 of it".into(),
            met: None,
        }),
    }
    Ok(rows)
}

/// Runs `command` to its end with its output captured; wall time and peak resident memory.
fn timed(mut command: Command) -> Result<Run> {
    use std::io::Read;
    command.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped());
    let started = Instant::now();
    let mut child = command.spawn().with_context(|| format!("starting {command:?}"))?;
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        pipe.read_to_string(&mut stderr)?;
    }
    let (success, peak_mib) = wait_with_peak(child)?;
    Ok(Run { wall: started.elapsed(), peak_mib, stderr, success })
}

/// Runs `command` to its end and returns its wall time and what it printed.
fn timed_stdout(mut command: Command) -> Result<(Duration, String)> {
    let started = Instant::now();
    let output = command.output().with_context(|| format!("running {command:?}"))?;
    if !output.status.success() {
        bail!("{command:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    Ok((started.elapsed(), String::from_utf8_lossy(&output.stdout).into_owned()))
}

/// Waits for `child` and reads its peak resident memory from the kernel's account of it.
#[cfg(unix)]
fn wait_with_peak(child: std::process::Child) -> Result<(bool, Option<f64>)> {
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: `rusage` is plain data the kernel fills in; `pid` is our own unreaped child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    if waited != pid {
        bail!("waiting for process {pid}: {}", std::io::Error::last_os_error());
    }
    let success = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    // Linux reports ru_maxrss in KiB.
    Ok((success, Some(usage.ru_maxrss as f64 / 1024.0)))
}

#[cfg(not(unix))]
fn wait_with_peak(mut child: std::process::Child) -> Result<(bool, Option<f64>)> {
    Ok((child.wait()?.success(), None))
}

/// Raises one number in the first JSON reply that has one, as a State correcting a figure would;
/// returns the file, the old and the new value.
fn change_one_reply(submissions: &Path) -> Result<(PathBuf, i64, i64)> {
    let mut files: Vec<PathBuf> = walk(submissions).into_iter().filter(|p| p.extension().is_some_and(|e| e == "json")).collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file)?;
        let Ok(mut reply) = serde_json::from_str::<serde_json::Value>(&text) else { continue };
        let Some(answers) = reply.get_mut("answers").and_then(|a| a.as_object_mut()) else { continue };
        let Some((_, value)) = answers.iter_mut().find(|(_, v)| v.as_i64().is_some_and(|n| n > 0)) else { continue };
        let before = value.as_i64().unwrap_or_default();
        *value = serde_json::Value::from(before + 1);
        std::fs::write(&file, serde_json::to_string_pretty(&reply)?)?;
        return Ok((file, before, before + 1));
    }
    bail!("no JSON reply under {} has a number to change", submissions.display())
}

/// Compiles every kept source with the `typst` CLI, one process per document, `jobs` at a time.
fn typst_cli(typst: &Path, sources: &Path, fonts: &Path, jobs: usize) -> Result<Duration> {
    let mut dirs: Vec<PathBuf> = walk(sources).into_iter().filter(|p| p.ends_with("main.typ")).filter_map(|p| p.parent().map(Path::to_path_buf)).collect();
    dirs.sort();
    if dirs.is_empty() {
        bail!("no kept sources under {}", sources.display());
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    let started = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(dir) = dirs.get(i) else { break };
                    let status = Command::new(typst)
                        .arg("compile")
                        .arg("--root")
                        .arg(dir)
                        .arg("--font-path")
                        .arg(fonts)
                        .arg("--ignore-system-fonts")
                        .arg("--pdf-standard")
                        .arg("a-2b,ua-1")
                        .arg(dir.join("main.typ"))
                        .arg(dir.join("main.pdf"))
                        .output();
                    match status {
                        Ok(o) if o.status.success() => {}
                        Ok(o) => failures.lock().unwrap().push(format!("{}: {}", dir.display(), String::from_utf8_lossy(&o.stderr))),
                        Err(e) => failures.lock().unwrap().push(format!("{}: {e}", dir.display())),
                    }
                }
            });
        }
    });
    let took = started.elapsed();
    let failures = failures.into_inner().unwrap();
    eprintln!("  {:<28} {:>6.2} s  {} of {} failed", "typst compile (kept sources)", took.as_secs_f64(), failures.len(), dirs.len());
    if let Some(first) = failures.first() {
        eprintln!("    first failure: {first}");
    }
    Ok(took)
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|dir| dir.join(name)).find(|p| p.is_file())
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() { stack.push(path) } else { found.push(path) }
        }
    }
    found
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
