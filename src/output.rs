//! The output folder: files written atomically (temporary name, then rename), and the run's
//! manifest of every document written and every input read.

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Writes `bytes` to `path` so that `path` is either absent, its previous content, or the
/// complete new content: never a truncated file, even if the process dies midway.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("output");
    let temp = dir.join(format!(".{name}.{}.partial", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut file = fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.with_context(|| format!("cannot write {}", path.display()))
}

/// Removes what an interrupted write left behind (`.NAME.PID.partial` files) under `dir`; the
/// build lock guarantees that no other build is writing them.
pub fn remove_partial_files(dir: &Path) -> usize {
    let mut removed = 0;
    let Ok(entries) = fs::read_dir(dir) else { return 0 };
    for entry in entries.flatten() {
        let path = entry.path();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            removed += remove_partial_files(&path);
        } else if path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.') && n.ends_with(".partial")) && fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// The lock a build holds on its output folder, so that two builds never write it at once.
/// The operating system releases it when the process ends, however it ends.
pub struct OutputLock {
    _file: fs::File,
}

impl OutputLock {
    pub fn acquire(out_dir: &Path) -> Result<OutputLock> {
        let path = out_dir.join(".palermo.lock");
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("cannot create the lock file {}", path.display()))?;
        match file.try_lock() {
            Ok(()) => Ok(OutputLock { _file: file }),
            Err(fs::TryLockError::WouldBlock) => anyhow::bail!(
                "another palermo build is writing to {} (it holds {}); wait for it to finish, or build into another folder with --out",
                out_dir.display(),
                path.display()
            ),
            Err(fs::TryLockError::Error(e)) => Err(e).with_context(|| format!("cannot lock {}", path.display())),
        }
    }
}

/// The SHA-256 of `bytes`, in lower-case hexadecimal.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Bytes in lower-case hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

/// `out/validation.json`: every problem found in the inputs, with file, cell and hint.
pub fn write_validation(out_dir: &Path, diagnostics: &[crate::model::Diagnostic]) -> Result<()> {
    let mut json = serde_json::to_vec_pretty(diagnostics)?;
    json.push(b'\n');
    write_atomic(&out_dir.join("validation.json"), &json)
}

/// A document the run wrote.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct DocumentEntry {
    /// Relative to the output folder.
    pub path: String,
    pub kind: String,
    pub symbol: String,
    pub language: String,
    /// The questionnaire a report or a printed questionnaire is made from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form_id: Option<String>,
    /// The figures file of an analytical report, relative to the output folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figures: Option<String>,
    /// The State a country profile (or a personalised questionnaire) is about.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Files written beside it (a printed questionnaire's layout map, a reminder's workbooks),
    /// relative to the output folder: removed with it when nothing calls for it any more.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub companions: Vec<String>,
    pub pages: usize,
    pub bytes: usize,
    pub sha256: String,
    /// The fingerprint of what it was made from (palermo's version, the PDF standards, its Typst
    /// source and assets): a later build skips the document while it is unchanged.
    pub built_from: String,
}

/// A document the run could not build, with every error.
#[derive(Debug, Clone, Serialize)]
pub struct FailedDocument {
    pub path: String,
    pub kind: String,
    pub symbol: String,
    pub language: String,
    pub errors: Vec<String>,
}

/// What became of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputStatus {
    /// Read in full.
    Accepted,
    /// Read, but some of its content was rejected (see `errors`).
    Partial,
    /// Nothing in it could be used.
    Rejected,
}

#[derive(Debug, Clone, Serialize)]
pub struct InputEntry {
    /// Relative to the inputs folder.
    pub path: String,
    pub kind: String,
    pub status: InputStatus,
    pub errors: usize,
    pub warnings: usize,
}

/// `out/manifest.json`. Holds no timestamps, so equal inputs give an equal manifest.
#[derive(Debug, Clone, Serialize)]
pub struct Manifest {
    pub palermo: &'static str,
    /// False while a build is under way (or when it was killed): the documents listed are
    /// complete and match their files, but others may be missing; the next build makes them.
    pub complete: bool,
    pub pdf_standards: Vec<String>,
    pub documents: Vec<DocumentEntry>,
    pub failed: Vec<FailedDocument>,
    pub inputs: Vec<InputEntry>,
    /// Every submission read (each row of an export, each per-State workbook, each JSON
    /// object), with its place and status: accepted, rejected or superseded.
    pub submissions: Vec<crate::validate::Outcome>,
}

impl Manifest {
    pub fn write(&self, out_dir: &Path) -> Result<()> {
        let mut json = serde_json::to_vec_pretty(self)?;
        json.push(b'\n');
        write_atomic(&out_dir.join("manifest.json"), &json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_whole_files_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/a.pdf");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = fs::read_dir(dir.path().join("sub")).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn sha256_of_nothing() {
        assert_eq!(sha256_hex(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
