//! Reading inputs: the conference folder's files into typed values, with a diagnostic for every
//! problem and a record of every file read.

pub mod cfb;
pub mod states;
pub mod submissions;
pub mod workbook;
pub mod xlsform;

use std::path::{Path, PathBuf};

/// The entries of a folder in name order, without hidden files and office lock files
/// (`.name`, `~$name`); an unreadable or missing folder has none.
pub fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| !p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.') || n.starts_with('~')));
    paths.sort();
    paths
}

/// The files of a folder in name order; with `extensions`, only those (case-insensitive).
pub fn files(dir: &Path, extensions: Option<&[&str]>) -> Vec<PathBuf> {
    let wanted = |p: &Path| {
        extensions.is_none_or(|list| p.extension().and_then(|e| e.to_str()).is_some_and(|e| list.contains(&e.to_ascii_lowercase().as_str())))
    };
    entries(dir).into_iter().filter(|p| p.is_file() && wanted(p)).collect()
}
