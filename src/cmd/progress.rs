//! What a build shows while it runs: on a terminal, a bar over the documents naming the one in
//! hand; otherwise (a pipe, a CI log) a line per document; with `-q`, nothing.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

use crate::executor::{Observer, Outcome};

pub struct Progress {
    bar: Option<ProgressBar>,
    lines: bool,
}

impl Progress {
    /// `progress`: a bar is wanted where it can be drawn; `verbose`: anything at all.
    pub fn new(total: usize, progress: bool, verbose: bool) -> Self {
        if verbose && progress && std::io::stderr().is_terminal() {
            let bar = ProgressBar::new(total as u64);
            let style = ProgressStyle::with_template("{elapsed:>4} [{bar:30}] {pos}/{len} {wide_msg}").map(|s| s.progress_chars("=> "));
            if let Ok(style) = style {
                bar.set_style(style);
            }
            return Progress { bar: Some(bar), lines: false };
        }
        Progress { bar: None, lines: verbose }
    }

    pub fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Observer for Progress {
    fn started(&self, document: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(document.to_string());
        }
    }

    fn finished(&self, document: &str, outcome: &Outcome) {
        let word = match outcome {
            Outcome::UpToDate(_) => "up to date",
            Outcome::Written { .. } => "wrote",
            // Failures are printed with their errors once the run is over.
            Outcome::Failed(_) => "failed",
        };
        match &self.bar {
            Some(bar) => bar.inc(1),
            None if self.lines => eprintln!("  {word} {document}"),
            None => {}
        }
    }
}

/// `error: FILE was not built:` and each error, indented.
pub fn print_failure(document: &str, errors: &[String]) {
    eprintln!("error: {document} was not built:");
    for e in errors {
        eprintln!("  {}", e.replace('\n', "\n  "));
    }
}
