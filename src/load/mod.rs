//! Reading inputs: the conference folder's files into typed values, with a diagnostic for every
//! problem and a record of every file read.

pub mod biff;
pub mod cfb;
pub mod ods;
pub mod states;
pub mod submissions;
pub mod workbook;
pub mod xlsform;

use std::path::{Path, PathBuf};

/// The entries of a folder in name order, without hidden files and office lock files
/// (`.name`, `~$name`); an unreadable or missing folder has none.
pub fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir).map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    paths.retain(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.') || n.starts_with('~')));
    paths.sort();
    paths
}

/// Why an entry of an input folder is not a file palermo can read, or None when it is one: a
/// folder, a link whose file is gone, a pipe or a device (never opened: a pipe would block the
/// build). Callers report each, so that nothing in an input folder is passed over in silence.
pub fn not_a_file(path: &Path) -> Option<String> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => None,
        Ok(meta) if meta.is_dir() => Some("it is a folder".into()),
        Ok(_) => Some("it is not a regular file (a pipe, socket or device)".into()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some("it is gone, or it is a link to a file that is not there".into()),
        Err(e) => Some(format!("it cannot be opened: {e}")),
    }
}

/// The entries of a folder (as [`entries`]) split into the files palermo can read and the rest,
/// each with why it is not one ([`not_a_file`]); each entry is looked at once.
pub fn listing(dir: &Path) -> (Vec<PathBuf>, Vec<(PathBuf, String)>) {
    let (mut files, mut others) = (Vec::new(), Vec::new());
    for path in entries(dir) {
        match not_a_file(&path) {
            None => files.push(path),
            Some(why) => others.push((path, why)),
        }
    }
    (files, others)
}

/// The files of a folder in name order; with `extensions`, only those (case-insensitive).
pub fn files(dir: &Path, extensions: Option<&[&str]>) -> Vec<PathBuf> {
    let wanted =
        |p: &Path| extensions.is_none_or(|list| p.extension().and_then(|e| e.to_str()).is_some_and(|e| list.contains(&e.to_ascii_lowercase().as_str())));
    listing(dir).0.into_iter().filter(|p| wanted(p)).collect()
}
