//! `palermo init DIR`: a new conference folder from the bundled sample and default templates.

use anyhow::{Context, Result, bail};

use crate::cli::InitArgs;
use crate::template_set::TemplateSet;

/// The 193 Member States (names in the six languages, regional groups), for commands that work
/// on a form file outside any conference folder.
pub const MEMBER_STATES: &[u8] = include_bytes!("../../inputs/states.csv");

/// The sample conference shipped in `inputs/`, compiled in so `init` works from any directory.
const SAMPLE: &[(&str, &[u8])] = &[
    ("conference.toml", include_bytes!("../../inputs/conference.toml")),
    ("states.csv", MEMBER_STATES),
    ("README.md", include_bytes!("../../inputs/README.md")),
    ("questionnaires/untoc.xlsx", include_bytes!("../../inputs/questionnaires/untoc.xlsx")),
    ("questionnaires/tip.xlsx", include_bytes!("../../inputs/questionnaires/tip.xlsx")),
    ("questionnaires/som.xlsx", include_bytes!("../../inputs/questionnaires/som.xlsx")),
    ("questionnaires/fa.xlsx", include_bytes!("../../inputs/questionnaires/fa.xlsx")),
];

pub fn run(args: &InitArgs) -> Result<i32> {
    let dir = &args.dir;
    for (name, _) in SAMPLE {
        if dir.join(name).exists() {
            bail!("{} already exists; palermo init never overwrites a file", dir.join(name).display());
        }
    }
    if dir.join("templates").exists() {
        bail!("{} already exists; palermo init never overwrites a file", dir.join("templates").display());
    }
    std::fs::create_dir_all(dir.join("questionnaires")).with_context(|| format!("cannot create {}", dir.display()))?;
    for (name, bytes) in SAMPLE {
        let bytes = if *name == "conference.toml" { without_previous_cycle(bytes) } else { bytes.to_vec() };
        std::fs::write(dir.join(name), bytes).with_context(|| format!("cannot write {}", dir.join(name).display()))?;
    }
    let templates = TemplateSet::write_defaults(&dir.join("templates"))?;
    eprintln!("created {} with conference.toml, states.csv, README.md, four questionnaires and {} templates", dir.display(), templates.len());
    eprintln!("next: edit {0}/conference.toml, then run `palermo build --inputs {0}`", dir.display());
    Ok(0)
}

/// The sample's `[previous]` table commented out: a new conference has no previous cycle folder
/// beside it until its secretariat points at one.
fn without_previous_cycle(toml: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(toml);
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            inside = trimmed == "[previous]";
        }
        if inside && !trimmed.is_empty() && !trimmed.starts_with('#') {
            out.push_str("# ");
        }
        out.push_str(line);
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_sample_previous_cycle_is_commented_out() {
        let made = String::from_utf8(super::without_previous_cycle(
            b"[reporting]\ncycle = 2\n\n[previous]\n# where\ninputs = \"previous-cycle\"\n\n[reminders]\ndate = 2026-07-06\n",
        ))
        .unwrap();
        assert_eq!(made, "[reporting]\ncycle = 2\n\n# [previous]\n# where\n# inputs = \"previous-cycle\"\n\n[reminders]\ndate = 2026-07-06\n");
        let parsed: toml::Value = toml::from_str(&made).unwrap();
        assert!(parsed.get("previous").is_none());
    }
}
