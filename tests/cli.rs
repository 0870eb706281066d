//! The command line itself: help with examples, `init` making a folder that builds.

mod common;

use common::*;

#[test]
fn help_is_complete_with_an_example_for_each_command() {
    let tmp = tempfile::tempdir().unwrap();
    let top = palermo(tmp.path(), &["--help"]);
    assert_eq!(top.status.code(), Some(0));
    let text = stdout(&top);
    for expected in ["build", "init", "check", "validate", "feedback", "bench", "Exit codes", "Examples:"] {
        assert!(text.contains(expected), "{expected:?} missing from --help:\n{text}");
    }
    for command in ["build", "init", "check", "validate", "feedback", "bench"] {
        let help = palermo(tmp.path(), &[command, "--help"]);
        assert_eq!(help.status.code(), Some(0));
        let text = stdout(&help);
        assert!(text.contains("Example"), "palermo {command} --help has no example:\n{text}");
        assert!(text.contains(&format!("palermo {command}")), "palermo {command} --help example does not use it:\n{text}");
    }
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(palermo(tmp.path(), &["frobnicate"]).status.code(), Some(2));
    assert_eq!(palermo(tmp.path(), &["build", "--jobs", "0"]).status.code(), Some(2));
}

#[test]
fn init_writes_a_conference_folder_that_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let run = palermo(tmp.path(), &["init", "cop14"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    for file in ["conference.toml", "states.csv", "README.md", "questionnaires/tip.xlsx", "templates/un.typ", "templates/info.typ.j2"] {
        assert!(tmp.path().join("cop14").join(file).is_file(), "{file} not written");
    }
    let again = palermo(tmp.path(), &["init", "cop14"]);
    assert_eq!(again.status.code(), Some(2), "init overwrote an existing folder");
    assert!(stderr(&again).contains("never overwrites"));

    // Inside the folder, `palermo build` builds it (as mdBook and zola build the folder they
    // are run in), into its own out/, with its own templates.
    let folder = tmp.path().join("cop14");
    only_information_document(&folder);
    let build = palermo(&folder, &["build"]);
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    assert!(folder.join("out/documents/CTOC-COP-2026-INF-1.en.pdf").is_file());
    let validate = palermo(&folder, &["validate"]);
    assert_eq!(validate.status.code(), Some(0), "{}", stderr(&validate));
    // Elsewhere, without --inputs, the message says what to do.
    let lost = palermo(tmp.path(), &["build"]);
    assert_eq!(lost.status.code(), Some(2));
    assert!(stderr(&lost).contains("run palermo inside a conference folder, point --inputs at one"), "{}", stderr(&lost));
}
