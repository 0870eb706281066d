//! One small file per subcommand, each calling the library's stages.

pub mod bench;
pub mod bench_targets;
pub mod build;
pub mod check;
pub mod feedback;
pub mod init;
pub mod profile;
pub mod questionnaire;
pub mod report;
pub mod validate;
pub mod workbook;

use std::path::PathBuf;

use anyhow::{bail, Result};

use crate::cli::InputArgs;
use crate::engine::compile::parse_standard;
use crate::engine::PdfSettings;

/// The PDF settings a `--pdf-standard` list asks for.
pub fn pdf_settings(list: &str) -> Result<PdfSettings> {
    let list = list.trim();
    if list.eq_ignore_ascii_case("none") || list.is_empty() {
        return Ok(PdfSettings { standards: vec![] });
    }
    let standards = list.split(',').map(parse_standard).collect::<Result<Vec<_>, _>>().map_err(anyhow::Error::msg)?;
    typst_pdf::PdfStandards::new(&standards).map_err(|e| anyhow::anyhow!("--pdf-standard {list}: {}", e.message()))?;
    Ok(PdfSettings { standards })
}

/// `--jobs`, defaulting to the cores available.
pub fn jobs(requested: Option<usize>) -> Result<usize> {
    match requested {
        Some(0) => bail!("--jobs must be at least 1"),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

/// `--templates`, or the conference folder's own `templates/` when it has one.
pub fn templates_dir(input: &InputArgs) -> Result<Option<PathBuf>> {
    if let Some(dir) = &input.templates {
        if !dir.is_dir() {
            bail!("--templates {}: no such folder", dir.display());
        }
        return Ok(Some(dir.clone()));
    }
    let own = input.inputs.join("templates");
    Ok(own.is_dir().then_some(own))
}
