//! Typst's memoised work kept within a bound: what no document used during the last few
//! compilations is dropped after each one, and everything once the process holds more than
//! `MEMORY_BOUND`. Every compilation goes through `compile`, so no document escapes the bound.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::{CompileFailure, CompiledPdf, PdfSettings, TypstSource, compile_pdf, fonts};
use crate::date::Date;

/// Measured on the sample conference (322 documents, two cores): age 0 (evict all) 22.4 s and
/// 158 MiB, age 4 20-21 s and 270 MiB, age 24 23 s and 774 MiB; `palermo bench --targets`
/// repeats the comparison.
pub const DEFAULT_CACHE_AGE: usize = 4;
pub const MEMORY_BOUND: u64 = 768 * 1024 * 1024;
static CACHE_AGE: AtomicUsize = AtomicUsize::new(DEFAULT_CACHE_AGE);

/// Sets how many compilations Typst's memoised results outlive their last use (0: none).
pub fn set_cache_age(age: usize) {
    CACHE_AGE.store(age, Ordering::Relaxed);
}

/// Compiles a rendered document with the bundled fonts, then trims Typst's caches to their bound.
pub fn compile(source: &TypstSource, ident: &str, date: Date, pdf: &PdfSettings) -> Result<CompiledPdf, CompileFailure> {
    let compiled = compile_pdf(source, fonts::store(), ident, date, pdf);
    if resident_bytes().is_some_and(|r| r > MEMORY_BOUND) {
        typst::comemo::evict(0);
    } else {
        typst::comemo::evict(CACHE_AGE.load(Ordering::Relaxed));
    }
    compiled
}

/// The process's resident memory (Linux), read from `/proc/self/statm`.
pub fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}
