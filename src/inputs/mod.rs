//! The conference folder, read once: `conference.toml`, `states.csv`, the questionnaires and
//! (unless only the forms are asked for) every reply, validated, with the figures of each form.
//! Every file met is logged with what became of it; nothing is passed over in silence.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::config::Conference;
use crate::figures::FormFigures;
use crate::lang::Lang;
use crate::load::{states, submissions, xlsform};
use crate::model::questionnaire::Questionnaire;
use crate::model::submission::{Status as SubmissionStatus, Submission};
use crate::model::{Diagnostic, Problem, ProblemKind, States};
use crate::output::{InputEntry, InputStatus};
use crate::validate::{self, Outcome};

pub mod previous;

/// One file of analysts' text.
#[derive(Debug, Clone)]
pub struct AnalysisText {
    /// The file as messages name it.
    pub file: String,
    pub text: String,
}

/// Everything documents are made from.
pub struct Inputs {
    /// The conference folder.
    pub dir: PathBuf,
    pub conference: Conference,
    pub states: States,
    /// The questionnaires that loaded without error, the Convention's first.
    pub questionnaires: Vec<Questionnaire>,
    /// The replies that count: accepted and not superseded.
    pub submissions: Vec<Submission>,
    /// The replies that counted on an earlier cut-off date (a revised report's
    /// `original_as_at`), by date: some have since been superseded by a later reply.
    pub replies_as_at: BTreeMap<crate::date::Date, Vec<Submission>>,
    /// The figures a revised report revises: each questionnaire's on its `original_as_at`,
    /// from the replies as they stood then, by form_id and date (computed once for all its
    /// language versions).
    pub figures_as_at: BTreeMap<(String, crate::date::Date), FormFigures>,
    /// What became of every reply read.
    pub outcomes: Vec<Outcome>,
    /// The figures of each questionnaire's counted replies, by form_id: computed once, printed
    /// by every language version of its report and by the country profiles.
    pub figures: BTreeMap<String, FormFigures>,
    /// The analysts' text of each form's report, by form and language (`analysis/<form>/<lang>.md`).
    pub analysis: BTreeMap<String, BTreeMap<Lang, AnalysisText>>,
    /// Every input file met, with its status (the manifest's `inputs`).
    pub log: Vec<InputEntry>,
    /// Every problem found in the inputs, file by file.
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the replies were read (`Inputs::read`) or only the forms (`Inputs::read_forms`).
    pub replies_read: bool,
    /// The previous reporting cycle (`[previous]`), when it could be read and compared with.
    pub previous: Option<previous::Previous>,
}

impl Inputs {
    /// Reads the whole conference folder. Fails only on what makes any document impossible (no
    /// `conference.toml`, an unreadable States list); problems in files become diagnostics.
    pub fn read(dir: &Path) -> Result<Inputs> {
        // The previous cycle's folder is read beside this one's, on another core.
        let named = Conference::load(&dir.join("conference.toml")).ok().and_then(|c| c.previous).map(|p| p.inputs);
        let (now, then) = rayon::join(|| Self::read_cycle(dir), || named.as_ref().map(|n| previous::load(dir, n)));
        let mut inputs = now?;
        if let (Some(named), Some(then)) = (named, then) {
            let read = previous::read(dir, &named, then, inputs.conference.reporting.opened, &inputs.questionnaires, &inputs.states);
            inputs.log.extend(read.log);
            inputs.note(read.diagnostics);
            inputs.previous = read.previous;
        }
        Ok(inputs)
    }

    /// Reads one cycle's folder, without the cycle before it.
    pub fn read_cycle(dir: &Path) -> Result<Inputs> {
        let mut inputs = Self::read_forms(dir)?;
        let settings = inputs.conference.submissions.clone();
        // The replies as they stood on earlier dates: a revision's original, the reminders' date.
        let mut cuts: Vec<crate::date::Date> = inputs.conference.documents.iter().filter_map(|d| d.original_as_at).collect();
        cuts.extend(inputs.conference.reminders.as_ref().map(|r| r.date));
        let (submissions, outcomes, as_at) =
            read_replies(dir, &inputs.questionnaires, &inputs.states, &settings, &cuts, &mut inputs.log, &mut inputs.diagnostics);
        inputs.replies_as_at = as_at;
        inputs.figures = inputs
            .questionnaires
            .iter()
            .map(|form| {
                let invited = inputs.conference.reporting.invited.as_deref();
                (form.form_id.clone(), FormFigures::compute(form, &submissions, &inputs.states, inputs.conference.reporting.as_at, invited))
            })
            .collect();
        let invited = inputs.conference.reporting.invited.as_deref();
        for doc in &inputs.conference.documents {
            let (Some(form_id), Some(date)) = (&doc.form, doc.original_as_at) else { continue };
            let Some(form) = inputs.questionnaires.iter().find(|f| &f.form_id == form_id) else { continue };
            let replies = inputs.replies_as_at.get(&date).map_or(submissions.as_slice(), Vec::as_slice);
            let figures = FormFigures::compute(form, replies, &inputs.states, date, invited);
            inputs.figures_as_at.insert((form_id.clone(), date), figures);
        }
        inputs.submissions = submissions;
        inputs.outcomes = outcomes;
        inputs.replies_read = true;
        Ok(inputs)
    }

    /// Reads the conference, the States and the questionnaires, not the replies: for commands
    /// that print or check forms, which need not validate every reply first.
    pub fn read_forms(dir: &Path) -> Result<Inputs> {
        let conference = Conference::load(&dir.join("conference.toml"))?;
        let states_path = dir.join("states.csv");
        let states = states::load(&states_path, &display(dir, &states_path))?;
        let mut diagnostics = conference.warnings(&display(dir, &dir.join("conference.toml")));
        let mut log = vec![entry("conference.toml", "conference", &diagnostics, true)];
        log.push(entry("states.csv", "states", &states.diagnostics, true));
        diagnostics.extend(states.diagnostics);
        let questionnaires = read_questionnaires(dir, &mut log, &mut diagnostics);
        let analysis = read_analysis(dir, &questionnaires, &mut log, &mut diagnostics);
        Ok(Inputs {
            dir: dir.to_path_buf(),
            conference,
            states: states.states,
            questionnaires,
            submissions: Vec::new(),
            replies_as_at: BTreeMap::new(),
            figures_as_at: BTreeMap::new(),
            outcomes: Vec::new(),
            figures: BTreeMap::new(),
            analysis,
            log,
            diagnostics,
            replies_read: false,
            previous: None,
        })
    }

    /// A form file on its own, outside any conference: the form and a States list. Its
    /// `conference` is a placeholder that no document of a form file prints (a standalone
    /// printed questionnaire names no cycle, deadline or address).
    pub fn around_form(dir: &Path, form: Questionnaire, states: States) -> Inputs {
        Inputs {
            dir: dir.to_path_buf(),
            conference: Conference::placeholder(),
            states,
            questionnaires: vec![form],
            submissions: Vec::new(),
            replies_as_at: BTreeMap::new(),
            figures_as_at: BTreeMap::new(),
            outcomes: Vec::new(),
            figures: BTreeMap::new(),
            analysis: BTreeMap::new(),
            log: Vec::new(),
            diagnostics: Vec::new(),
            replies_read: false,
            previous: None,
        }
    }

    /// A State's latest counted answers to a form: this cycle's reply, else its reply of the
    /// previous cycle (under this cycle's question names), with the date it was received and
    /// whether it is the previous cycle's.
    pub fn latest_reply(&self, form_id: &str, state: &str) -> Option<(&Submission, bool)> {
        let now = self.submissions.iter().filter(|s| s.form_id == form_id && s.state == state).max_by_key(|s| s.submitted);
        now.map(|s| (s, false)).or_else(|| self.previous_reply(form_id, state).map(|s| (s, true)))
    }

    /// A State's reply counted in the previous cycle, under this cycle's question names.
    pub fn previous_reply(&self, form_id: &str, state: &str) -> Option<&Submission> {
        self.previous.as_ref()?.forms.get(form_id)?.replies.get(state)
    }

    /// The questionnaire with this form_id.
    pub fn form(&self, form_id: &str) -> Option<&Questionnaire> {
        self.questionnaires.iter().find(|f| f.form_id == form_id)
    }

    /// The path of a file of the folder as messages show it.
    pub fn display(&self, path: &Path) -> String {
        display(&self.dir, path)
    }

    /// Adds problems found after reading (by planning the documents) to the log entry of their
    /// file and to the diagnostics.
    pub fn note(&mut self, problems: Vec<Diagnostic>) {
        for d in problems {
            let relative = Path::new(&d.file).strip_prefix(self.dir.file_name().map_or(Path::new(""), Path::new)).map(|p| p.display().to_string());
            if let Some(e) = self.log.iter_mut().find(|e| relative.as_deref().is_ok_and(|r| r == e.path)) {
                if d.is_error() {
                    e.errors += 1;
                } else {
                    e.warnings += 1;
                }
            }
            self.diagnostics.push(d);
        }
    }
}

/// Every file of questionnaires/ is a form, or a choices file a form names
/// (`select_one_from_file species.csv`); anything else is reported, never skipped silently.
fn read_questionnaires(dir: &Path, log: &mut Vec<InputEntry>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Questionnaire> {
    let (paths, not_files) = crate::load::listing(&dir.join("questionnaires"));
    let is_form_file =
        |path: &Path| path.extension().and_then(|e| e.to_str()).is_some_and(|e| xlsform::FORM_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
    let loads: Vec<(PathBuf, xlsform::FormLoad)> = paths.iter().filter(|p| is_form_file(p)).map(|p| (p.clone(), xlsform::load(p, &display(dir, p)))).collect();
    let named: Vec<String> = loads.iter().filter_map(|(_, l)| l.questionnaire.as_ref()).flat_map(|q| q.files.iter().cloned()).collect();
    let is_named = |path: &Path| path.file_name().and_then(|n| n.to_str()).is_some_and(|n| named.iter().any(|f| f == n));
    for path in paths.iter().filter(|p| is_named(p) || !is_form_file(p)) {
        if is_named(path) {
            log.push(entry(&relative(dir, path), "choices", &[], true));
        } else {
            let d = Diagnostic::warning(display(dir, path), "not a questionnaire, and no form names it as a choices file; it is not read")
                .hint(format!("questionnaires are {} files; move other files out of questionnaires/", xlsform::FORM_EXTENSIONS.join(", ")));
            log.push(not_read(dir, path, "other", d, diagnostics));
        }
    }
    for (path, why) in not_files {
        let d = Diagnostic::warning(display(dir, &path), format!("not read: {why}"))
            .hint("questionnaires/ holds the form files themselves; move anything else out of it");
        log.push(not_read(dir, &path, "other", d, diagnostics));
    }
    let mut questionnaires: Vec<Questionnaire> = Vec::new();
    for (path, loaded) in loads.into_iter().filter(|(p, l)| !is_named(p) || l.questionnaire.is_some()) {
        log.push(entry(&relative(dir, &path), "questionnaire", &loaded.diagnostics, loaded.questionnaire.is_some()));
        diagnostics.extend(loaded.diagnostics);
        let Some(form) = loaded.questionnaire else { continue };
        if let Some(other) = questionnaires.iter().find(|q| q.form_id == form.form_id) {
            diagnostics.push(
                Diagnostic::error(
                    display(dir, &path),
                    format!("form_id {} is also the id of {}; this form is not used", crate::quote::quoted(&form.form_id), other.source),
                )
                .hint("give each questionnaire its own form_id in its settings sheet"),
            );
            if let Some(entry) = log.last_mut() {
                entry.status = InputStatus::Rejected;
                entry.errors += 1;
            }
            continue;
        }
        questionnaires.push(form);
    }
    // Documents list the questionnaires in the order of their instruments: the Convention first.
    questionnaires.sort_by(|a, b| (a.instrument.map_or(9, |i| i as u8), &a.form_id).cmp(&(b.instrument.map_or(9, |i| i as u8), &b.form_id)));
    questionnaires
}

/// Reads `analysis/<form_id>/<lang>.md`: the analysts' text of each form's report, in each
/// language. A folder that names no form, a file that names no language, anything unreadable is
/// reported and not read.
fn read_analysis(
    dir: &Path,
    forms: &[Questionnaire],
    log: &mut Vec<InputEntry>,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, BTreeMap<Lang, AnalysisText>> {
    let mut out: BTreeMap<String, BTreeMap<Lang, AnalysisText>> = BTreeMap::new();
    let root = dir.join("analysis");
    for folder in crate::load::entries(&root) {
        let name = folder.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if !folder.is_dir() {
            let d = Diagnostic::warning(display(dir, &folder), "not read: analysis/ holds one folder per questionnaire, named after its form_id")
                .hint("move the file into analysis/<form_id>/, named after its language: en.md, fr.md…");
            log.push(not_read(dir, &folder, "analysis", d, diagnostics));
            continue;
        }
        let (files, not_files) = crate::load::listing(&folder);
        for (path, why) in not_files {
            let d = Diagnostic::warning(display(dir, &path), format!("not read: {why}")).hint("keep only the <lang>.md files in this folder");
            log.push(not_read(dir, &path, "analysis", d, diagnostics));
        }
        if !forms.iter().any(|f| f.form_id == name) {
            let hint = match crate::suggest::closest(&name, forms.iter().map(|f| f.form_id.as_str())) {
                Some(meant) => format!("did you mean {meant}? name the folder after the form_id of its questionnaire"),
                None => "name the folder after the form_id of a questionnaire in questionnaires/".to_string(),
            };
            for file in files {
                let d = Diagnostic::warning(display(dir, &file), format!("not read: no questionnaire has the form_id {}", crate::quote::quoted(&name)))
                    .hint(hint.clone());
                log.push(not_read(dir, &file, "analysis", d, diagnostics));
            }
            continue;
        }
        let mut languages = Vec::new();
        for file in files {
            let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            let lang = (file.extension().is_some_and(|e| e == "md")).then(|| Lang::parse(stem)).flatten();
            let Some(lang) = lang else {
                let d = Diagnostic::warning(
                    display(dir, &file),
                    "not read: the analysts' text of a language is in <lang>.md (en.md, fr.md, es.md, ru.md, zh.md, ar.md)",
                )
                .hint("rename the file after its language");
                log.push(not_read(dir, &file, "analysis", d, diagnostics));
                continue;
            };
            let read = crate::load::workbook::read_input(&file)
                .map_err(|e| e.message)
                .and_then(|bytes| String::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".to_string()));
            match read {
                Ok(text) => {
                    languages.push(lang);
                    log.push(entry(&relative(dir, &file), "analysis", &[], true));
                    out.entry(name.clone()).or_default().insert(lang, AnalysisText { file: display(dir, &file), text });
                }
                Err(why) => {
                    let d = Diagnostic::error(display(dir, &file), format!("not read: {why}")).hint("save the file as UTF-8 Markdown text");
                    log.push(not_read(dir, &file, "analysis", d, diagnostics));
                }
            }
        }
        // Said once per form: which languages print the English text instead of their own.
        let missing: Vec<&str> = Lang::ALL.iter().filter(|l| !languages.contains(l)).map(|l| l.code()).collect();
        if languages.contains(&Lang::En) && !missing.is_empty() {
            let d = Diagnostic::warning(
                display(dir, &folder),
                format!("no analysts' text in {}: those reports print the English text, marked untranslated", missing.join(", ")),
            )
            .hint(format!(
                "add {} (palermo translate export {name} --lang {} gives translators the English text)",
                missing.iter().map(|m| format!("{m}.md")).collect::<Vec<_>>().join(", "),
                missing[0]
            ));
            diagnostics.push(d);
        } else if !languages.is_empty() && !languages.contains(&Lang::En) {
            let d = Diagnostic::warning(display(dir, &folder), format!("no en.md: the reports in {} have no analysts' text", missing.join(", ")))
                .hint("add en.md: a language without its own text prints the English one, marked untranslated");
            diagnostics.push(d);
        }
    }
    out
}

/// Reads `submissions/<form_id>/*` and validates each form's replies together (so that a
/// State's two replies can be compared), a file at a time. Returns the replies that count and
/// what became of every reply.
fn read_replies(
    dir: &Path,
    forms: &[Questionnaire],
    states: &States,
    settings: &crate::config::SubmissionSettings,
    cuts: &[crate::date::Date],
    log: &mut Vec<InputEntry>,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Submission>, Vec<Outcome>, BTreeMap<crate::date::Date, Vec<Submission>>) {
    let root = dir.join("submissions");
    let mut counted = Vec::new();
    let mut outcomes = Vec::new();
    let mut as_at: BTreeMap<crate::date::Date, Vec<Submission>> = BTreeMap::new();
    let example = forms.first().map_or("tip_2026", |f| f.form_id.as_str());
    for path in crate::load::entries(&root) {
        match crate::load::not_a_file(&path) {
            None => {
                let d = Diagnostic::error(display(dir, &path), "a submission outside a form folder is not read")
                    .hint(format!("move it into submissions/<form_id>/, e.g. submissions/{example}/"))
                    .problem(Problem::new(ProblemKind::Misfiled));
                log.push(not_read(dir, &path, "submission", d, diagnostics));
                continue;
            }
            Some(_) if path.is_dir() => {}
            Some(why) => {
                let d = Diagnostic::error(display(dir, &path), format!("not read: {why}"))
                    .hint(format!("put each reply itself (not a link) in its form's folder, e.g. submissions/{example}/"))
                    .problem(Problem::new(ProblemKind::Misfiled));
                log.push(not_read(dir, &path, "submission", d, diagnostics));
                continue;
            }
        }
        let folder = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        // What a form folder holds besides files (a folder, a broken link, a pipe) is reported:
        // a reply inside it would otherwise be missed without a word.
        let (files, not_files) = crate::load::listing(&path);
        for (inner, why) in not_files {
            let hint = if inner.is_dir() {
                format!("replies are read from submissions/{folder}/ itself; move the files up out of this folder")
            } else {
                "copy the reply itself here (not a link), and check that it was saved or copied completely".to_string()
            };
            let d = Diagnostic::error(display(dir, &inner), format!("not read: {why}")).hint(hint).problem(Problem::new(ProblemKind::Misfiled));
            log.push(not_read(dir, &inner, "submission", d, diagnostics));
        }
        let Some(form) = forms.iter().find(|f| f.form_id == folder) else {
            let hint = match crate::suggest::closest(&folder, forms.iter().map(|f| f.form_id.as_str())) {
                Some(meant) => format!("did you mean {meant}? name the folder after the form_id of its questionnaire"),
                None => "name the folder after the form_id of a questionnaire in questionnaires/".to_string(),
            };
            for file in files {
                let d = Diagnostic::error(display(dir, &file), format!("no questionnaire has the form_id {}", crate::quote::quoted(&folder)))
                    .hint(hint.clone())
                    .problem(Problem::new(ProblemKind::Misfiled));
                log.push(not_read(dir, &file, "submission", d, diagnostics));
            }
            continue;
        };
        // A file at a time: what was read is dropped once checked. The entity sets of ODK
        // Central's repeats come first: their rows join the submissions of the files after them.
        let fields = submissions::Fields::new(form, settings.state_field.as_deref());
        let mut validator = validate::FormValidator::with_settings(form, states, settings).keep_as_at(cuts.iter().copied());
        let mut files = files;
        files.sort_by_key(|file| !submissions::is_repeat_entity_set(file));
        let mut pending: Vec<submissions::LinkedRow> = Vec::new();
        let mut per_file: Vec<(String, String, Vec<Diagnostic>, usize, usize)> = Vec::new();
        for file in files {
            let shown = display(dir, &file);
            let mut read = submissions::read_file_with(&file, &shown, &fields);
            let rows = read.linked_rows.len();
            pending.append(&mut read.linked_rows);
            if !pending.is_empty() && !read.submissions.is_empty() {
                let ids: Vec<Vec<String>> = read.submissions.iter().map(|s| s.server.key.iter().cloned().collect()).collect();
                pending = submissions::attach(&mut read.submissions, &ids, std::mem::take(&mut pending));
            }
            per_file.push((relative(dir, &file), shown, read.diagnostics, read.submissions.len(), rows));
            validator.add(&read.submissions);
        }
        // Rows whose submission no file gave are reported in their own file.
        for row in &pending {
            if let Some(entry) = per_file.iter_mut().find(|e| *e.1 == *row.place.file) {
                entry.2.push(submissions::orphan(row));
            }
        }
        let validated = validator.finish();
        for (relative, shown, file_diagnostics, count, rows) in per_file {
            let mine: Vec<&Outcome> = validated.outcomes.iter().filter(|o| *o.place.file == *shown).collect();
            let mut all: Vec<Diagnostic> = file_diagnostics.clone();
            all.extend(mine.iter().flat_map(|o| o.diagnostics.iter()).cloned());
            let orphans = pending.iter().filter(|r| *r.place.file == *shown).count();
            let usable = (count > 0 && mine.iter().any(|o| o.status != SubmissionStatus::Rejected)) || rows > orphans;
            log.push(entry(&relative, "submission", &all, usable));
            diagnostics.extend(file_diagnostics);
        }
        diagnostics.extend(validated.diagnostics().cloned());
        for (date, replies) in validated.as_at {
            as_at.entry(date).or_default().extend(replies);
        }
        for outcome in validated.outcomes {
            if let Some(s) = &outcome.submission {
                counted.push(s.clone());
            }
            outcomes.push(outcome);
        }
    }
    (counted, outcomes, as_at)
}

/// The log's entry for an input palermo does not read, with the diagnostic that says why
/// (added to `diagnostics`).
fn not_read(dir: &Path, path: &Path, kind: &str, diagnostic: Diagnostic, diagnostics: &mut Vec<Diagnostic>) -> InputEntry {
    let e = entry(&relative(dir, path), kind, std::slice::from_ref(&diagnostic), false);
    diagnostics.push(diagnostic);
    e
}

/// What the log says of an input file, from its diagnostics; `usable` is false when nothing in
/// it could be used.
fn entry(path: &str, kind: &str, diagnostics: &[Diagnostic], usable: bool) -> InputEntry {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let status = match (usable, errors) {
        (false, _) => InputStatus::Rejected,
        (true, 0) => InputStatus::Accepted,
        (true, _) => InputStatus::Partial,
    };
    InputEntry { path: path.into(), kind: kind.into(), status, errors, warnings: diagnostics.len() - errors }
}

fn relative(dir: &Path, path: &Path) -> String {
    path.strip_prefix(dir).unwrap_or(path).display().to_string()
}

/// How a path is shown in messages: relative to the conference folder's parent when possible.
pub fn display(base: &Path, path: &Path) -> String {
    let parent = base.parent().unwrap_or(base);
    path.strip_prefix(parent).unwrap_or(path).display().to_string()
}
