//! Incremental builds: a second build with nothing changed compiles nothing; a changed reply
//! rebuilds only the documents made from it; `--force` rebuilds all; a deleted output is made
//! again; an output nothing calls for any more is removed.

mod common;

use std::path::Path;

use common::*;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/report");

/// The documents a build wrote (not those it found up to date), from its line per document.
fn written(run: &std::process::Output) -> Vec<String> {
    let mut out: Vec<String> = stderr(run).lines().filter_map(|l| l.trim_start().strip_prefix("wrote ")).map(str::to_string).collect();
    out.sort();
    out
}

fn build(dir: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["build", "--inputs", "report", "--out", "out"];
    args.extend_from_slice(extra);
    palermo(dir, &args)
}

#[test]
fn only_what_changed_is_built_again() {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(Path::new(FIXTURE), &tmp.path().join("report"));
    let first = build(tmp.path(), &[]);
    let all = written(&first);
    assert!(all.len() >= 10, "{}", stderr(&first));
    let manifest = std::fs::read(tmp.path().join("out/manifest.json")).unwrap();
    let profile = tmp.path().join("out/profiles/GHA.en.pdf");
    let modified = std::fs::metadata(&profile).unwrap().modified().unwrap();

    // Nothing changed: nothing compiled, the same manifest, files untouched.
    let second = build(tmp.path(), &[]);
    assert_eq!(written(&second), Vec::<String>::new(), "{}", stderr(&second));
    assert!(stderr(&second).contains(&format!("built {} documents ({} up to date, 0 failed", all.len(), all.len())), "{}", stderr(&second));
    assert_eq!(std::fs::read(tmp.path().join("out/manifest.json")).unwrap(), manifest);
    assert_eq!(std::fs::metadata(&profile).unwrap().modified().unwrap(), modified);

    // Kenya corrects a figure: its profile and the report on that form, in each language.
    let replies = tmp.path().join("report/submissions/mini_2026/replies.json");
    let text = std::fs::read_to_string(&replies).unwrap();
    std::fs::write(&replies, text.replace("\"offences\": 10,", "\"offences\": 11,")).unwrap();
    let third = build(tmp.path(), &[]);
    assert_eq!(
        written(&third),
        ["documents/CTOC-COP-2026-9.ar.pdf", "documents/CTOC-COP-2026-9.en.pdf", "documents/CTOC-COP-2026-9.fr.pdf", "profiles/KEN.en.pdf"],
        "{}",
        stderr(&third)
    );

    // A deleted output is made again, and only it.
    std::fs::remove_file(&profile).unwrap();
    let fourth = build(tmp.path(), &[]);
    assert_eq!(written(&fourth), ["profiles/GHA.en.pdf"]);

    // --force: everything.
    let forced = build(tmp.path(), &["--force"]);
    assert_eq!(written(&forced), all);

    // Profiles no longer asked for in the States' own languages: removed from out/ and the manifest.
    let conference = tmp.path().join("report/conference.toml");
    let text = std::fs::read_to_string(&conference).unwrap();
    std::fs::write(&conference, text.replace("own_language = true", "own_language = false")).unwrap();
    let fifth = build(tmp.path(), &[]);
    assert!(stderr(&fifth).contains("stale removed"), "{}", stderr(&fifth));
    let left: Vec<String> =
        std::fs::read_dir(tmp.path().join("out/profiles")).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(left.iter().all(|f| f.ends_with(".en.pdf")), "{left:?}");
    let listed = manifest_of(&tmp.path().join("out"));
    assert!(listed.iter().all(|p| !p.starts_with("profiles/") || p.ends_with(".en.pdf")), "{listed:?}");
}

fn manifest_of(out: &Path) -> Vec<String> {
    manifest(out)["documents"].as_array().unwrap().iter().map(|d| d["path"].as_str().unwrap().to_string()).collect()
}
