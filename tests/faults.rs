//! Faults during a build: killed at any moment, a full disk, an output folder that cannot be
//! written, two builds at once. Whatever happens, out/ holds only complete documents, the
//! manifest lists only documents that match their files, and the next build repairs the rest.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/report");

/// Every document the manifest lists exists and is the file it describes; every PDF in out/ is
/// whole (from `%PDF-` to its last `%%EOF`). Returns how many documents the manifest lists.
fn assert_consistent(out: &Path) -> usize {
    let mut listed = 0;
    if let Ok(bytes) = std::fs::read(out.join("manifest.json")) {
        let manifest: serde_json::Value = serde_json::from_slice(&bytes).expect("the manifest is whole JSON");
        for doc in manifest["documents"].as_array().unwrap() {
            let path = out.join(doc["path"].as_str().unwrap());
            let file = std::fs::read(&path).unwrap_or_else(|e| panic!("{} is listed but {e}", path.display()));
            assert_eq!(palermo::output::sha256_hex(&file), doc["sha256"].as_str().unwrap(), "{} does not match the manifest", path.display());
            listed += 1;
        }
    }
    for pdf in walk(out).into_iter().filter(|p| p.extension().is_some_and(|e| e == "pdf")) {
        let bytes = std::fs::read(&pdf).unwrap();
        let tail = String::from_utf8_lossy(&bytes[bytes.len().saturating_sub(32)..]).into_owned();
        assert!(bytes.starts_with(b"%PDF-") && tail.contains("%%EOF"), "{} is cut short", pdf.display());
    }
    listed
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() { found.extend(walk(&path)) } else { found.push(path) }
    }
    found
}

fn partial_files(out: &Path) -> Vec<std::path::PathBuf> {
    walk(out).into_iter().filter(|p| p.to_string_lossy().ends_with(".partial")).collect()
}

/// The fixture has a rejected reply, so a good build exits 1 (0 would mean no problem at all);
/// 2 means documents failed.
fn built(run: &std::process::Output) -> bool {
    matches!(run.status.code(), Some(0 | 1))
}

fn build_command(dir: &Path, extra: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_palermo"));
    command.args(["build", "--inputs", "report", "--out", "out", "-q"]).args(extra).current_dir(dir).stdout(Stdio::null()).stderr(Stdio::piped());
    command
}

#[test]
fn a_build_killed_at_any_moment_leaves_complete_files_and_the_next_build_repairs_them() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), &tmp.path().join("report"));
    let out = tmp.path().join("out");
    // A full build first; then, again and again, Kenya corrects a figure (which changes its
    // profile and the reports' bytes) and the build that follows is killed.
    assert!(built(&build_command(tmp.path(), &[]).output().unwrap()));
    let full = assert_consistent(&out);
    let replies = tmp.path().join("report/submissions/mini_2026/replies.json");
    let original = std::fs::read_to_string(&replies).unwrap();
    let mut kills = 0;
    for (round, delay) in [40u64, 150, 300, 500, 800].into_iter().enumerate() {
        std::fs::write(&replies, original.replace("\"offences\": 10,", &format!("\"offences\": {},", 20 + round))).unwrap();
        let mut child = build_command(tmp.path(), &["--jobs", "1"]).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL: no handler runs
            kills += 1;
        }
        child.wait().unwrap();
        let listed = assert_consistent(&out);
        assert!(listed <= full, "round {round}");
    }
    assert!(kills >= 3, "only {kills} builds were killed before they ended: the fixture builds too fast for the test");
    // The next build removes what the killed writes left and makes every document again.
    let run = build_command(tmp.path(), &[]).output().unwrap();
    assert!(built(&run), "{}", stderr(&run));
    assert_eq!(assert_consistent(&out), full);
    assert_eq!(partial_files(&out), Vec::<std::path::PathBuf>::new());
    assert_eq!(manifest(&out)["complete"], true);
}

#[test]
fn a_full_disk_fails_the_documents_it_stops_names_them_and_leaves_nothing_half_written() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), &tmp.path().join("report"));
    // RLIMIT_FSIZE stands in for a full disk: writes past 60 KB fail with EFBIG ("File too
    // large"), as they would with ENOSPC; SIGXFSZ is ignored so that the write returns an error.
    let palermo_bin = env!("CARGO_BIN_EXE_palermo");
    let run = Command::new("sh")
        .arg("-c")
        .arg(format!("trap '' XFSZ; ulimit -f 120; exec '{palermo_bin}' build --inputs report --out out -q"))
        .current_dir(tmp.path())
        .output()
        .unwrap();
    let err = stderr(&run);
    assert_eq!(run.status.code(), Some(2), "{err}");
    assert!(err.contains("cannot write") && err.contains("too large"), "the message names the write that failed and why:\n{err}");
    let out = tmp.path().join("out");
    assert_eq!(partial_files(&out), Vec::<std::path::PathBuf>::new(), "a failed write leaves no temporary file");
    assert_consistent(&out);
    // Space again: the next build makes what was missing.
    let again = build_command(tmp.path(), &[]).output().unwrap();
    assert!(built(&again), "{}", stderr(&again));
    assert!(assert_consistent(&out) >= 10);
}

#[test]
fn an_output_folder_that_cannot_be_written_is_named_and_the_other_documents_are_built() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), &tmp.path().join("report"));
    // out/profiles is a file, so no profile can be written there (this holds even for root,
    // whom permissions do not stop).
    std::fs::create_dir_all(tmp.path().join("out")).unwrap();
    std::fs::write(tmp.path().join("out/profiles"), "not a folder").unwrap();
    let run = build_command(tmp.path(), &[]).output().unwrap();
    let err = stderr(&run);
    assert_eq!(run.status.code(), Some(2), "{err}");
    assert!(err.contains("profiles/KEN.en.pdf was not built") && err.contains("cannot create out/profiles"), "{err}");
    let out = tmp.path().join("out");
    assert!(out.join("documents").read_dir().unwrap().count() >= 3, "the reports are built");
    assert_consistent(&out);
    let failed = manifest(&out)["failed"].as_array().unwrap().len();
    assert!(failed >= 1, "the profiles are listed as failed");

    // An --out that is a file: one clear message, exit 2.
    std::fs::write(tmp.path().join("a-file"), "").unwrap();
    let run = palermo(tmp.path(), &["build", "--inputs", "report", "--out", "a-file"]);
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
    assert!(stderr(&run).contains("cannot create a-file"), "{}", stderr(&run));
}

#[test]
fn a_second_build_on_the_same_folder_refuses_while_the_first_runs() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(Path::new(SAMPLE), &tmp.path().join("report"));
    let out = tmp.path().join("out");
    let mut first = build_command(tmp.path(), &["--jobs", "1"]).spawn().unwrap();
    // The first build holds the lock once it has written its interim manifest.
    let started = Instant::now();
    while !out.join("manifest.json").is_file() {
        assert!(started.elapsed() < Duration::from_secs(60), "the first build never started writing");
        std::thread::sleep(Duration::from_millis(20));
    }
    let second = build_command(tmp.path(), &[]).output().unwrap();
    let still_running = first.try_wait().unwrap().is_none();
    first.kill().ok();
    first.wait().unwrap();
    assert!(still_running, "the first build ended before the second started; the test proves nothing");
    assert_eq!(second.status.code(), Some(2), "{}", stderr(&second));
    assert!(stderr(&second).contains("another palermo build is writing to out"), "{}", stderr(&second));
    assert_consistent(&out);
}

/// Runs a build with a deadline: a build that blocks on an input fails the test instead of
/// hanging it.
fn build_within(dir: &Path, limit: Duration) -> std::process::Output {
    let mut child = build_command(dir, &[]).spawn().unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            child.kill().ok();
            panic!("the build did not end within {limit:?}: it is blocked on an input");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn an_input_that_is_gone_or_cannot_be_read_is_named_and_the_rest_is_built() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), &tmp.path().join("report"));
    let replies = tmp.path().join("report/submissions/mini_2026");
    // A reply deleted after its folder was listed is, to the reader, a name without a file: a
    // broken link is the same and can be set up without a race. A pipe would block a reader
    // that opened it; a folder inside a form's folder would hide the replies in it.
    std::os::unix::fs::symlink(tmp.path().join("deleted.json"), replies.join("gone.json")).unwrap();
    let pipe = std::ffi::CString::new(replies.join("pipe.csv").into_os_string().into_encoded_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(pipe.as_ptr(), 0o644) }, 0, "mkfifo");
    std::fs::create_dir(replies.join("late")).unwrap();
    std::fs::copy(replies.join("KEN-first.json"), replies.join("late/KEN-late.json")).unwrap();
    std::os::unix::fs::symlink(tmp.path().join("deleted.xlsx"), tmp.path().join("report/questionnaires/old.xlsx")).unwrap();

    let run = build_within(tmp.path(), Duration::from_secs(300));
    let err = stderr(&run);
    assert_eq!(run.status.code(), Some(1), "inputs were rejected, the documents built:\n{err}");
    for (name, why) in [
        ("mini_2026/gone.json", "it is gone, or it is a link to a file that is not there"),
        ("mini_2026/pipe.csv", "it is not a regular file"),
        ("mini_2026/late", "it is a folder"),
        ("questionnaires/old.xlsx", "it is gone"),
    ] {
        assert!(err.lines().any(|l| l.contains(name) && l.contains(why)), "{name} is not named with {why:?}:\n{err}");
    }
    let out = tmp.path().join("out");
    let manifest = manifest(&out);
    let inputs = manifest["inputs"].as_array().unwrap();
    for path in ["submissions/mini_2026/gone.json", "submissions/mini_2026/pipe.csv", "submissions/mini_2026/late", "questionnaires/old.xlsx"] {
        let entry = inputs.iter().find(|i| i["path"] == path).unwrap_or_else(|| panic!("{path} is not in the manifest: {inputs:#?}"));
        assert_eq!(entry["status"], "rejected", "{path}");
    }
    assert!(manifest["failed"].as_array().unwrap().is_empty(), "{err}");
    assert!(assert_consistent(&out) >= 10, "the documents are built");
}
