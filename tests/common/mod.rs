//! Helpers shared by the integration tests: run the real binary in a temporary folder, read the
//! PDFs it writes back as text.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/inputs");

/// Runs `palermo ARGS` in `dir`.
pub fn palermo(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_palermo")).args(args).current_dir(dir).output().expect("palermo runs")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Copies the sample conference (files only, recursively) into `dir/name`.
pub fn copy_sample(dir: &Path, name: &str) -> PathBuf {
    let target = dir.join(name);
    copy_dir(Path::new(SAMPLE), &target);
    target
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
}

/// The text of a PDF as a reader would copy it, via a pure-Rust PDF reader.
pub fn pdf_text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    // pdf-extract reads every hyphen of a font as the soft hyphen of the first word Typst
    // hyphenated ("V.26 \u{ad} 04514"); Poppler's pdftotext, like a PDF viewer, reads "V.26-04514".
    text.replace(" \u{ad} ", "-")
}

/// Text with every run of whitespace folded to one space.
pub fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text without any whitespace, for strings a line break may cut.
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

pub fn manifest(out: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap()
}

/// Keeps only the information document of a copied sample conference (drops the analytical
/// reports, the printed questionnaires and the country profiles), for tests about the build
/// itself that need not compile three hundred documents.
pub fn only_information_document(inputs: &Path) {
    let path = inputs.join("conference.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let cut = text.find("\n[[documents]]\nkind = \"analytical-report\"").unwrap_or(text.len());
    let text = &text[..cut];
    let text = match (text.find("[questionnaires]"), text.find("[[agenda]]")) {
        (Some(start), Some(end)) if start < end => format!("{}{}", &text[..start], &text[end..]),
        _ => text.to_string(),
    };
    std::fs::write(&path, text).unwrap();
}
