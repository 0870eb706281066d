//! `palermo status`: who has replied to each questionnaire, at a glance, without building anything.

use anyhow::{Context, Result};

use crate::cli::{StatusArgs, StatusFormat};
use crate::date::Date;
use crate::figures::status::{FormStatus, Position, Replies, status};
use crate::inputs::Inputs;

pub fn run(args: &StatusArgs) -> Result<i32> {
    let inputs = Inputs::read(&crate::cli::conference_dir(args.inputs.as_deref()))?;
    let on = match &args.on {
        Some(text) => Date::parse_iso(text.trim()).map_err(anyhow::Error::msg).with_context(|| format!("--on {text}: write the date as YYYY-MM-DD"))?,
        None => Date::today(),
    };
    let replies = Replies {
        forms: &inputs.questionnaires,
        states: &inputs.states,
        figures: &inputs.figures,
        outcomes: &inputs.outcomes,
        submissions: &inputs.submissions,
        reporting: &inputs.conference.reporting,
    };
    let forms = status(&replies, on);
    match args.format {
        StatusFormat::Json => println!("{}", serde_json::to_string_pretty(&serde_json::json!({ "forms": forms }))?),
        StatusFormat::Csv => print!("{}", csv(&forms)?),
        StatusFormat::Human => print!("{}", human(&forms)),
    }
    Ok(0)
}

/// One row per questionnaire and State.
pub fn csv(forms: &[FormStatus]) -> Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["form_id", "iso3", "name", "regional_group", "treaty_status", "status", "submitted"])?;
    for form in forms {
        for s in &form.states {
            let submitted = s.submitted.map(|d| d.to_string()).unwrap_or_default();
            writer.write_record([&form.form_id, &s.iso3, &s.name, s.group.name_en(), s.treaty_status, s.status.word(), &submitted])?;
        }
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

/// A table per questionnaire that fits an 80-column terminal: a summary line, then each regional
/// group with its rate and its States.
pub fn human(forms: &[FormStatus]) -> String {
    let mut out = String::new();
    for form in forms {
        let per_cent = |p: Option<u64>| p.map_or("-".to_string(), |p| format!("{p}%"));
        let deadline = match form.days_left {
            d if d > 1 => format!("deadline {} ({d} days left)", form.deadline),
            1 => format!("deadline {} (1 day left)", form.deadline),
            0 => format!("deadline {} (today)", form.deadline),
            -1 => format!("deadline {} (passed 1 day ago)", form.deadline),
            d => format!("deadline {} (passed {} days ago)", form.deadline, -d),
        };
        let count = |p: Position| form.states.iter().filter(|s| s.status == p).count();
        out.push_str(&format!(
            "{}: {} of {} parties replied ({}) as at {}\n  {deadline}\n",
            form.form_id,
            form.rate.responded,
            form.rate.parties,
            per_cent(form.rate.per_cent),
            form.as_at
        ));
        out.push_str(&format!(
            "  {} counted, {} with problems, {} late, {} without a reply\n",
            count(Position::Counted),
            count(Position::HasProblems),
            count(Position::Late),
            count(Position::NoReply)
        ));
        for group in &form.groups {
            out.push_str(&format!("\n  {} — {} of {} parties ({})\n", group.name, group.rate.responded, group.rate.parties, per_cent(group.rate.per_cent)));
            for s in form.states.iter().filter(|s| s.group == group.group) {
                let name: String = if s.name.chars().count() > 34 { s.name.chars().take(33).chain(['…']).collect() } else { s.name.clone() };
                let submitted = s.submitted.map(|d| d.to_string()).unwrap_or_default();
                let problems = s.problems.map(|n| format!(" ({n})")).unwrap_or_default();
                let line = format!("    {} {name:<34} {:<9} {:<12} {submitted}{problems}", s.iso3, s.treaty_status, s.status.word());
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
        out.push('\n');
    }
    out
}
