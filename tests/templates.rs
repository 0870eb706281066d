//! Templates: user overrides take effect file by file, a broken template is reported at its
//! own file and line, one failed document does not stop the others, and a template cannot read
//! anything palermo did not give it.

mod common;

use std::path::Path;

use common::*;

/// The default info template with `extra` inserted as a new line right after the `#show` line.
fn info_with(extra: &str) -> (String, usize) {
    let default = palermo::template_set::DEFAULTS.iter().find(|(n, _)| *n == "info.typ.j2").unwrap().1;
    let mut lines: Vec<&str> = default.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("#show: un-document")).unwrap() + 1;
    lines.insert(at, extra);
    (lines.join("\n") + "\n", at + 1)
}

fn build_with_template(dir: &Path, template: &str) -> std::process::Output {
    let inputs = copy_sample(dir, "inputs");
    only_information_document(&inputs);
    std::fs::create_dir_all(dir.join("my-templates")).unwrap();
    std::fs::write(dir.join("my-templates/info.typ.j2"), template).unwrap();
    palermo(dir, &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out", "--templates", "my-templates"])
}

#[test]
fn an_override_template_takes_effect() {
    let tmp = tempfile::tempdir().unwrap();
    let (template, _) = info_with("#para[This paragraph comes from the template of the user.]");
    let run = build_with_template(tmp.path(), &template);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let text = fold(&pdf_text(&tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf")));
    assert!(text.contains("1. This paragraph comes from the template of the user."), "{text}");
    assert!(text.contains("2. The present note lists"), "paragraph numbering did not follow: {text}");
}

#[test]
fn a_typst_error_names_the_template_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let (template, line) = info_with("#foo");
    let run = build_with_template(tmp.path(), &template);
    assert_eq!(run.status.code(), Some(2));
    let err = stderr(&run);
    assert!(err.contains(&format!("my-templates/info.typ.j2:{line}:2: error: unknown variable: foo")), "{err}");
    assert!(!tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf").exists(), "a failed document left a PDF");
    let manifest = manifest(&tmp.path().join("out"));
    assert!(manifest["failed"][0]["errors"][0].as_str().unwrap().contains("unknown variable: foo"));
}

#[test]
fn a_template_syntax_error_names_the_template_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let (template, line) = info_with("{% if %}");
    let run = build_with_template(tmp.path(), &template);
    assert_eq!(run.status.code(), Some(2));
    let err = stderr(&run);
    assert!(err.contains(&format!("my-templates/info.typ.j2:{line}: syntax error")), "{err}");
}

#[test]
fn one_failed_document_does_not_stop_the_others() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    only_information_document(&inputs);
    // A second document of the same kind; the override breaks only the first.
    let mut conference = std::fs::read_to_string(inputs.join("conference.toml")).unwrap();
    conference.push_str(
        "\n[[documents]]\nkind = \"states-by-group\"\nsymbol = \"CTOC/COP/2026/INF/2\"\nagenda_item = \"2\"\n\
         title = \"Second list\"\nauthor = \"Note by the Secretariat\"\ndate = 2026-07-30\njob_numbers = { en = \"V.26-04513\" }\n",
    );
    std::fs::write(inputs.join("conference.toml"), conference).unwrap();
    let (template, _) = info_with("{% if doc.symbol == \"CTOC/COP/2026/INF/1\" %}#this-fails{% endif %}");
    std::fs::create_dir_all(tmp.path().join("t")).unwrap();
    std::fs::write(tmp.path().join("t/info.typ.j2"), template).unwrap();
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out", "--templates", "t"]);
    assert_eq!(run.status.code(), Some(2), "{}", stderr(&run));
    assert!(tmp.path().join("out/documents/CTOC-COP-2026-INF-2.en.pdf").is_file());
    assert!(!tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf").exists());
    let manifest = manifest(&tmp.path().join("out"));
    assert_eq!(manifest["documents"].as_array().unwrap().len(), 1);
    assert_eq!(manifest["failed"].as_array().unwrap().len(), 6, "the six language versions of INF/1");
    assert_eq!(manifest["failed"][0]["symbol"], "CTOC/COP/2026/INF/1");
}

#[test]
fn templates_cannot_read_outside_their_sandbox() {
    for (attempt, expected) in [
        ("#read(\"/etc/passwd\")", "/etc/passwd is not one of the files palermo gives this document"),
        ("#read(\"../../../etc/passwd\")", "escape"),
        ("#import \"@preview/cetz:0.3.0\": *", "is not available: palermo compiles documents offline"),
        ("#read(\"https://example.org/x\")", "network"),
        ("#image(\"/home/user/logo.png\")", "/home/user/logo.png is not one of the files"),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let (template, line) = info_with(attempt);
        let run = build_with_template(tmp.path(), &template);
        let err = stderr(&run);
        assert_eq!(run.status.code(), Some(2), "{attempt}: {err}");
        assert!(err.contains(expected), "{attempt}: expected {expected:?} in\n{err}");
        assert!(err.contains(&format!("info.typ.j2:{line}")), "{attempt}: no template line in\n{err}");
    }
}

#[test]
fn the_conference_folders_own_templates_are_used() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    only_information_document(&inputs);
    std::fs::create_dir_all(inputs.join("templates")).unwrap();
    let (template, _) = info_with("#para[From the conference folder.]");
    std::fs::write(inputs.join("templates/info.typ.j2"), template).unwrap();
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let text = fold(&pdf_text(&tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf")));
    assert!(text.contains("From the conference folder."), "{text}");
}
