//! The previous reporting cycle, carried forward: its conference folder read as it is, each of
//! its questionnaires matched to this cycle's (same instrument, else same form_id), questions
//! matched by name or by this cycle's `previous_name`, and its counted replies renamed to this
//! cycle's questions, so that reports, profiles and prefilled forms compare then and now.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::date::Date;
use crate::figures::FormFigures;
use crate::model::questionnaire::Questionnaire;
use crate::model::submission::Submission;
use crate::model::{Diagnostic, States};
use crate::output::InputEntry;

use super::Inputs;

/// The previous cycle as this one compares with it.
pub struct Previous {
    /// The folder as `conference.toml` names it, for messages.
    pub dir: PathBuf,
    pub cycle: u32,
    /// The date the previous cycle's figures were given as at.
    pub as_at: Date,
    /// Each questionnaire of this cycle that has a counterpart then, by this cycle's form_id.
    pub forms: BTreeMap<String, PreviousForm>,
}

/// One questionnaire of the previous cycle, seen through this cycle's form.
pub struct PreviousForm {
    /// Its form_id then.
    pub form_id: String,
    pub matching: Matching,
    /// The previous replies counted by this cycle's form (questions renamed, those asked only
    /// now left unanswered), as at the previous cycle's date, with that cycle's States list.
    pub figures: FormFigures,
    /// Each State's reply counted then, its answers under this cycle's question names.
    pub replies: BTreeMap<String, Submission>,
}

/// How the questions of two cycles' forms pair up.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Matching {
    /// This cycle's name and the name then, for every question asked in both.
    pub pairs: Vec<(String, String)>,
    /// Asked for the first time in this cycle.
    pub new: Vec<String>,
    /// Asked then and no longer.
    pub dropped: Vec<String>,
    /// This cycle's questions whose `previous_name` names no question of the previous form.
    pub unknown: Vec<(String, String)>,
}

impl Matching {
    /// Pairs the answered questions (outside repeats) of this cycle's form with the previous
    /// one's: by `previous_name` when the form gives one, else by the same name.
    pub fn of(now: &Questionnaire, then: &Questionnaire) -> Matching {
        let answered = |f: &Questionnaire| -> Vec<String> {
            f.questions.iter().filter(|q| q.kind.is_answered() && f.repeat_of(q).is_none()).map(|q| q.name.clone()).collect()
        };
        let then_names = answered(then);
        let mut m = Matching::default();
        for q in now.questions.iter().filter(|q| q.kind.is_answered() && now.repeat_of(q).is_none()) {
            let old = q.previous_name.as_deref().unwrap_or(&q.name);
            if then_names.iter().any(|n| n == old) {
                m.pairs.push((q.name.clone(), old.to_string()));
            } else {
                if let Some(named) = &q.previous_name {
                    m.unknown.push((q.name.clone(), named.clone()));
                }
                m.new.push(q.name.clone());
            }
        }
        m.dropped = then_names.into_iter().filter(|n| !m.pairs.iter().any(|(_, old)| old == n)).collect();
        m
    }

    /// A reply of the previous cycle with its answers under this cycle's names.
    pub fn carry(&self, reply: &Submission, form_id: &str) -> Submission {
        let answers = self.pairs.iter().filter_map(|(now, old)| reply.answers.get(old).map(|a| (now.clone(), a.clone()))).collect();
        Submission { form_id: form_id.to_string(), answers, repeats: BTreeMap::new(), ..reply.clone() }
    }
}

/// The previous cycle's questionnaire that `now` continues: the one on the same instrument,
/// else the one with the same form_id.
pub fn counterpart<'a>(now: &Questionnaire, then: &'a [Questionnaire]) -> Option<&'a Questionnaire> {
    let by_instrument = now.instrument.and_then(|i| then.iter().find(|f| f.instrument == Some(i)));
    by_instrument.or_else(|| then.iter().find(|f| f.form_id == now.form_id))
}

/// The previous folder as `conference.toml` names it, resolved against this conference's
/// folder.
pub fn folder(dir: &Path, named: &Path) -> PathBuf {
    if named.is_absolute() { named.to_path_buf() } else { dir.join(named) }
}

/// What reading the previous cycle gave: the cycle (when it could be compared with), and the
/// files met, for the manifest and the messages.
pub struct Read {
    pub previous: Option<Previous>,
    pub log: Vec<InputEntry>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The previous cycle's folder read as it is, or why it cannot be: a folder that is missing or
/// not a conference folder. Read while this cycle's folder is (`Inputs::read`).
pub fn load(dir: &Path, named: &Path) -> Result<Inputs, (String, &'static str)> {
    let path = folder(dir, named);
    if !path.is_dir() {
        return Err(("no such folder".into(), "write the path of the previous cycle's conference folder, relative to this conference's folder"));
    }
    if !path.join("conference.toml").is_file() {
        return Err((
            "the folder has no conference.toml: it is not a conference folder".into(),
            "point previous.inputs at the folder that holds the previous cycle's conference.toml, states.csv, questionnaires/ and submissions/",
        ));
    }
    if path.canonicalize().ok() == dir.canonicalize().ok() {
        return Err(("it is this conference's own folder".into(), "point previous.inputs at the previous cycle's folder"));
    }
    Inputs::read_cycle(&path)
        .map_err(|e| (format!("it cannot be read ({e:#})"), "fix the previous cycle's conference.toml or states.csv, or remove [previous]"))
}

/// The previous cycle `loaded` from `named` (relative to `dir`), compared with this cycle's
/// `questionnaires`, opened on `opened`. A folder that is missing or of another shape is a
/// warning at `conference.toml` and no comparison: the build goes on.
pub fn read(
    dir: &Path,
    named: &Path,
    loaded: Result<Inputs, (String, &'static str)>,
    opened: Date,
    questionnaires: &[Questionnaire],
    states_now: &States,
) -> Read {
    let conference_toml = super::display(dir, &dir.join("conference.toml"));
    let shown = named.display().to_string();
    let without = |why: String, hint: &str| Read {
        previous: None,
        log: Vec::new(),
        diagnostics: vec![
            Diagnostic::warning(
                &conference_toml,
                format!("previous.inputs {}: {why}; the documents make no comparison with the previous cycle", crate::quote::quoted(&shown)),
            )
            .hint(hint.to_string()),
        ],
    };
    let path = folder(dir, named);
    let then = match loaded {
        Ok(inputs) => inputs,
        Err((why, hint)) => return without(why, hint),
    };
    if then.conference.reporting.as_at >= opened {
        return without(
            format!("its figures are as at {}, not before this cycle opened ({opened})", then.conference.reporting.as_at),
            "point previous.inputs at an earlier cycle's folder",
        );
    }
    // Every file of the previous folder is accounted for, under its path from this folder.
    let prefix = named.display().to_string();
    let mut log: Vec<InputEntry> =
        then.log.iter().map(|e| InputEntry { path: format!("{prefix}/{}", e.path), kind: format!("previous {}", e.kind), ..e.clone() }).collect();
    log.sort_by(|a, b| a.path.cmp(&b.path));
    let mut diagnostics = Vec::new();
    // Its own errors were that cycle's to settle: named once per file, not repeated.
    let mut errors: BTreeMap<&str, usize> = BTreeMap::new();
    for d in then.diagnostics.iter().filter(|d| d.is_error()) {
        *errors.entry(d.file.as_str()).or_default() += 1;
    }
    for (file, n) in errors {
        diagnostics.push(
            Diagnostic::warning(file, format!("{n} error(s) in this file of the previous cycle: what they rejected is not compared"))
                .hint(format!("`palermo validate --inputs {}` lists them", path.display())),
        );
    }
    let invited = then.conference.reporting.invited.as_deref();
    let mut forms = BTreeMap::new();
    for now in questionnaires {
        let Some(old) = counterpart(now, &then.questionnaires) else {
            diagnostics.push(
                Diagnostic::warning(
                    &now.source,
                    format!(
                        "the previous cycle ({shown}) has no questionnaire on the same instrument or with the form_id {}: its documents make no comparison",
                        now.form_id
                    ),
                )
                .hint("give the form the same instrument (settings sheet) as its predecessor"),
            );
            continue;
        };
        let matching = Matching::of(now, old);
        for (name, named) in &matching.unknown {
            let row = now.question(name).map_or(0, |q| q.row);
            diagnostics.push(
                Diagnostic::warning(
                    &now.source,
                    format!("{name}: previous_name {} is not a question of the previous cycle's form {}", crate::quote::quoted(named), old.form_id),
                )
                .at_row(row)
                .question(name.clone())
                .hint(format!("write the question's name as {} has it, or clear previous_name if the question is new", old.source)),
            );
        }
        let replies: BTreeMap<String, Submission> =
            then.submissions.iter().filter(|s| s.form_id == old.form_id).map(|s| (s.state.clone(), matching.carry(s, &now.form_id))).collect();
        let carried: Vec<Submission> = replies.values().cloned().collect();
        let figures = FormFigures::compute(now, &carried, &then.states, then.conference.reporting.as_at, invited);
        forms.insert(now.form_id.clone(), PreviousForm { form_id: old.form_id.clone(), matching, figures, replies });
    }
    // A State of the previous list unknown now cannot be named in this cycle's documents.
    for (form, p) in &forms {
        let gone: Vec<&str> = p.replies.keys().filter(|c| states_now.get(c).is_none()).map(String::as_str).collect();
        if !gone.is_empty() {
            diagnostics.push(Diagnostic::warning(
                &conference_toml,
                format!("{form}: the previous cycle counted replies from {}, not in this states.csv", gone.join(", ")),
            ));
        }
    }
    let previous = Previous { dir: named.to_path_buf(), cycle: then.conference.reporting.cycle, as_at: then.conference.reporting.as_at, forms };
    Read { previous: Some(previous), log, diagnostics }
}
