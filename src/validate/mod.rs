//! Validation: raw submissions checked against their form and the States list. Every problem
//! becomes a diagnostic at its file, sheet and cell; every submission ends accepted, rejected or
//! superseded, and nothing is dropped silently.

pub mod normalize;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::config::SubmissionSettings;
use crate::date::Date;
use crate::expr::{Answers, Value, holds};
use crate::i18n::conditions::{Role, describe};
use crate::model::States;
use crate::model::questionnaire::{Expression, Question, Questionnaire, Required};
use crate::model::submission::{Answer, Place, RawSubmission, Review, Status, Submission};
use crate::model::{Diagnostic, Problem, ProblemKind as K, Severity, Status as Participation};

/// What became of one submission.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub form_id: String,
    #[serde(flatten)]
    pub place: Place,
    pub state: Option<String>,
    pub submitted: Option<Date>,
    pub status: Status,
    pub errors: usize,
    pub warnings: usize,
    /// For a superseded submission: the place of the one that counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<Place>,
    /// The submission's identity on its collection server (Kobo `meta/rootUuid`, ODK `__id`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_key: Option<String>,
    /// The reviewer's decision on the server, in the server's words (`validation_status_on_hold`,
    /// `hasIssues`, `rejected`…).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<String>,
    /// For a duplicate: the place of the copy of the same submission that counts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub same_as: Option<Place>,
    #[serde(skip)]
    pub submission: Option<Submission>,
    /// The problems found in this submission (also in `Validated::diagnostics`).
    #[serde(skip)]
    pub diagnostics: Vec<Diagnostic>,
}

/// Every submission of one form, checked.
#[derive(Debug, Default)]
pub struct Validated {
    pub outcomes: Vec<Outcome>,
    /// For each earlier cut-off date asked for (a revised report's `original_as_at`): the reply
    /// of each State that counted then (the latest accepted one received by that date, which a
    /// later reply may since have superseded).
    pub as_at: BTreeMap<Date, Vec<Submission>>,
}

impl Validated {
    /// Every problem found, submission by submission.
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.outcomes.iter().flat_map(|o| &o.diagnostics)
    }
}

/// Checks the submissions of one form. `raws` must be in a stable order (files sorted, rows in
/// order), so that ties are settled the same way on every run.
pub fn validate_form(raws: &[RawSubmission], form: &Questionnaire, states: &States) -> Validated {
    validate_form_with(raws, form, states, &SubmissionSettings::default())
}

/// As [`validate_form`], with the conference's `[submissions]` settings.
pub fn validate_form_with(raws: &[RawSubmission], form: &Questionnaire, states: &States, settings: &SubmissionSettings) -> Validated {
    let mut validator = FormValidator::with_settings(form, states, settings);
    validator.add(raws);
    validator.finish()
}

/// Checks the submissions of one form batch by batch (a file at a time), so that what was read
/// can be dropped as soon as it is checked: of the accepted replies of a State only the latest
/// keeps its answers, the others are marked superseded when the last batch is in.
pub struct FormValidator<'a> {
    form: &'a Questionnaire,
    states: &'a States,
    settings: SubmissionSettings,
    out: Validated,
    latest: BTreeMap<String, usize>,
    /// Earlier cut-off dates, and the reply of each State that counted on each.
    cuts: BTreeMap<Date, BTreeMap<String, Submission>>,
    /// Each server submission read so far: its outcome and when its server last changed it.
    copies: std::collections::HashMap<String, (usize, Option<String>)>,
}

impl<'a> FormValidator<'a> {
    pub fn new(form: &'a Questionnaire, states: &'a States) -> Self {
        Self::with_settings(form, states, &SubmissionSettings::default())
    }

    pub fn with_settings(form: &'a Questionnaire, states: &'a States, settings: &SubmissionSettings) -> Self {
        FormValidator {
            form,
            states,
            settings: settings.clone(),
            out: Validated::default(),
            latest: BTreeMap::new(),
            cuts: BTreeMap::new(),
            copies: std::collections::HashMap::new(),
        }
    }

    /// Also keeps, for each of `dates`, the reply of each State that counted on that date (for a
    /// revised report's original figures), before later replies supersede them.
    pub fn keep_as_at(mut self, dates: impl IntoIterator<Item = Date>) -> Self {
        self.cuts = dates.into_iter().map(|d| (d, BTreeMap::new())).collect();
        self
    }

    /// Checks a batch of submissions (in parallel; the outcomes keep the batch's order).
    pub fn add(&mut self, raws: &[RawSubmission]) {
        use rayon::prelude::*;
        let (form, states, settings) = (self.form, self.states, &self.settings);
        let checked: Vec<Outcome> = raws.par_iter().with_min_len(64).map(|raw| outcome(raw, form, states, settings)).collect();
        for (outcome, raw) in checked.into_iter().zip(raws) {
            let i = self.out.outcomes.len();
            self.out.outcomes.push(outcome);
            if self.duplicate(i, raw) {
                continue;
            }
            let o = &self.out.outcomes[i];
            let (Status::Accepted, Some(state), Some(date)) = (o.status, &o.state, o.submitted) else { continue };
            // On an earlier cut-off date, the latest reply received by then counts (on a tie, the
            // one read last, as below).
            for (_, kept) in self.cuts.iter_mut().filter(|(cut, _)| date <= **cut) {
                if kept.get(state).is_none_or(|k| k.submitted <= date)
                    && let Some(submission) = &o.submission
                {
                    kept.insert(state.clone(), submission.clone());
                }
            }
            // The later `submitted` counts; on a tie, the one read last. A reply that loses can
            // never count again, so its answers are let go now.
            let loser = match self.latest.get(state) {
                Some(&j) if self.out.outcomes[j].submitted.is_some_and(|d| d > date) => i,
                Some(&j) => {
                    self.latest.insert(state.clone(), i);
                    j
                }
                None => {
                    self.latest.insert(state.clone(), i);
                    continue;
                }
            };
            self.out.outcomes[loser].submission = None;
        }
    }

    /// Whether outcome `i` is a copy of a server submission read before (overlapping downloads,
    /// the same `instanceID` or `__id` in two files): the newer copy (ODK `updatedAt`) counts, or
    /// on a tie the one read first; the other is marked a duplicate and names the one that counts.
    fn duplicate(&mut self, i: usize, raw: &RawSubmission) -> bool {
        let Some(key) = &raw.server.key else { return false };
        let updated = raw.server.updated.clone();
        let Some((j, their_update)) = self.copies.get(key).cloned() else {
            self.copies.insert(key.clone(), (i, updated));
            return false;
        };
        let newer = matches!((&updated, &their_update), (Some(mine), Some(theirs)) if mine > theirs) || (updated.is_some() && their_update.is_none());
        let (loser, winner) = if newer { (j, i) } else { (i, j) };
        if newer {
            self.copies.insert(key.clone(), (i, updated));
            // The copy that counted no longer does: the newer one competes in its place among
            // the State's replies.
            if let Some(state) = self.out.outcomes[j].state.clone()
                && self.latest.get(&state) == Some(&j)
            {
                self.latest.remove(&state);
            }
        }
        let by = self.out.outcomes[winner].place.clone();
        let diagnostic = self.out.outcomes[loser]
            .place
            .diagnostic(Severity::Warning, format!("the same submission ({key}) is also in {}: it is counted once, from there", describe_place(&by)))
            .hint("nothing to do: downloads that overlap give the same submission twice")
            .problem(Problem::new(K::Duplicate));
        let o = &mut self.out.outcomes[loser];
        o.status = Status::Duplicate;
        o.submission = None;
        o.diagnostics = vec![diagnostic];
        o.errors = 0;
        o.warnings = 1;
        o.same_as = Some(by);
        !newer
    }

    /// Every submission checked, the superseded ones said so.
    pub fn finish(mut self) -> Validated {
        supersede(&mut self.out, self.form, &self.latest);
        self.out.as_at = std::mem::take(&mut self.cuts).into_iter().map(|(d, kept)| (d, kept.into_values().collect())).collect();
        self.out
    }
}

/// One submission checked against its form, and against its reviewer's decision on its server.
fn outcome(raw: &RawSubmission, form: &Questionnaire, states: &States, settings: &SubmissionSettings) -> Outcome {
    let review = raw.server.review.as_ref().map(|(r, _)| r.word().to_string());
    if raw.broken {
        return Outcome {
            form_id: form.form_id.clone(),
            place: raw.place.clone(),
            state: None,
            submitted: None,
            status: Status::Rejected,
            errors: 1,
            warnings: 0,
            superseded_by: None,
            server_key: raw.server.key.clone(),
            review,
            same_as: None,
            submission: None,
            diagnostics: Vec::new(),
        };
    }
    let (submission, mut diagnostics) = check(raw, form, states, settings);
    let decided = reviewed(raw, settings, &mut diagnostics);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let status = match (errors, decided) {
        (0, None) => Status::Accepted,
        (0, Some(status)) => status,
        _ => Status::Rejected,
    };
    Outcome {
        form_id: form.form_id.clone(),
        place: raw.place.clone(),
        state: submission.as_ref().map(|s| s.state.clone()).or_else(|| raw.state.as_ref().map(|(c, _)| c.text().trim().to_uppercase())),
        submitted: submission.as_ref().map(|s| s.submitted),
        status,
        errors,
        warnings: diagnostics.len() - errors,
        superseded_by: None,
        server_key: raw.server.key.clone(),
        review,
        same_as: None,
        submission: if status == Status::Accepted { submission } else { None },
        diagnostics,
    }
}

/// What the reviewer's decision on the server does to a reply: refused, never counted; on hold,
/// counted only when `count_on_hold` says so. Each is said in a warning (the secretariat's own
/// decision, not a fault of the file); returns the status it imposes, if any.
fn reviewed(raw: &RawSubmission, settings: &SubmissionSettings, diagnostics: &mut Vec<Diagnostic>) -> Option<Status> {
    let Some((review, place)) = &raw.server.review else { return None };
    let word = review.word();
    match review {
        Review::Approved | Review::Edited => None,
        Review::Refused(_) => {
            diagnostics.push(
                place
                    .diagnostic(Severity::Warning, format!("a reviewer refused this reply on its server ({word}): it is not counted"))
                    .hint("if it should count, approve it on the server and download the replies again")
                    .problem(Problem::new(K::ReviewRefused).written("word", word)),
            );
            Some(Status::Rejected)
        }
        Review::Held(_) if settings.count_on_hold => {
            diagnostics.push(
                place
                    .diagnostic(Severity::Warning, format!("this reply is on hold for review on its server ({word}); it is counted, as count_on_hold says"))
                    .hint("approve or refuse it on the server, then download the replies again")
                    .problem(Problem::new(K::ReviewHeld).written("word", word)),
            );
            None
        }
        Review::Held(_) => {
            diagnostics.push(
                place
                    .diagnostic(Severity::Warning, format!("this reply is on hold for review on its server ({word}): it is not counted"))
                    .hint("approve it on the server and download the replies again, or set count_on_hold = true under [submissions] in conference.toml")
                    .problem(Problem::new(K::ReviewHeld).written("word", word)),
            );
            Some(Status::Held)
        }
        Review::Unknown(_) => {
            diagnostics.push(
                place
                    .diagnostic(Severity::Warning, format!("unknown review state {}: the reply is counted", crate::quote::quoted(word)))
                    .hint("KoboToolbox says validation_status_approved, _not_approved or _on_hold; ODK Central approved, hasIssues, edited or rejected")
                    .problem(Problem::new(K::ReviewUnknown).written("word", word)),
            );
            None
        }
    }
}

/// Of two accepted submissions of one State, the later `submitted` counts (on a tie, the one
/// read last); the others are kept, marked superseded, and said so.
fn supersede(out: &mut Validated, form: &Questionnaire, latest: &BTreeMap<String, usize>) {
    for i in 0..out.outcomes.len() {
        let o = &out.outcomes[i];
        let (Status::Accepted, Some(state)) = (o.status, &o.state) else { continue };
        let Some(&winner) = latest.get(state) else { continue };
        if winner == i {
            continue;
        }
        let by = out.outcomes[winner].place.clone();
        let by_date = out.outcomes[winner].submitted.map(|d| d.to_string()).unwrap_or_default();
        let where_ = describe_place(&by);
        let diagnostic = o
            .place
            .diagnostic(
                Severity::Warning,
                format!("{state} replied to {} again: this submission is superseded by the one of {by_date} ({where_})", form.form_id),
            )
            .hint("nothing to do if the later reply is the right one; otherwise remove it")
            .problem(superseded(out.outcomes[winner].submitted));
        let o = &mut out.outcomes[i];
        o.diagnostics.push(diagnostic);
        o.status = Status::Superseded;
        o.warnings += 1;
        o.superseded_by = Some(by);
        o.submission = None;
    }
}

/// Superseded by the reply of `date`.
fn superseded(date: Option<Date>) -> Problem {
    let problem = Problem::new(K::Superseded);
    match date {
        Some(d) => problem.date("date", d),
        None => problem,
    }
}

fn describe_place(place: &Place) -> String {
    match (&place.sheet, place.row, &place.path) {
        // A file holding one JSON object needs no path; an array names its element.
        (_, _, Some(path)) if !path.starts_with('[') => place.file.to_string(),
        (_, _, Some(path)) => format!("{} {path}", place.file),
        (Some(sheet), Some(row), _) if !sheet.is_empty() => format!("{} {sheet} row {}", place.file, row + 1),
        (_, Some(row), _) => format!("{} row {}", place.file, row + 1),
        _ => place.file.to_string(),
    }
}

/// The answers of one submission as expressions see them.
struct Context<'a> {
    answers: &'a BTreeMap<String, Answer>,
    current: Value,
    today: Date,
}

impl Answers for Context<'_> {
    fn answer(&self, name: &str) -> Value {
        self.answers.get(name).map_or(Value::Str(String::new()), Answer::value)
    }
    fn current(&self) -> Value {
        self.current.clone()
    }
    fn today(&self) -> Date {
        self.today
    }
}

/// Checks one submission; returns it normalised (even with errors, for the messages) and its
/// diagnostics: who sent it and when, its standing, then each answer, then the form's conditions
/// over the reply and over each row of its repeats.
fn check(raw: &RawSubmission, form: &Questionnaire, states: &States, settings: &SubmissionSettings) -> (Option<Submission>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let state = sender(raw, form, states, settings, &mut diagnostics);
    let submitted = sent_on(raw, &mut diagnostics);
    check_standing(raw, form, state, &mut diagnostics);
    let read = read_answers(raw, form, &mut diagnostics);
    if raw.answers.is_empty() {
        diagnostics.push(
            raw.place
                .diagnostic(Severity::Error, "the submission has no answers")
                .hint("fill in the answers; an empty reply cannot be counted")
                .problem(Problem::new(K::NoAnswers)),
        );
        return (None, diagnostics);
    }
    let today = submitted.unwrap_or(Date::new(2100, 1, 1).expect("valid"));
    for question in form.questions.iter().filter(|q| q.kind.is_answered() && form.repeat_of(q).is_none()) {
        let place = read.places.get(&question.name).or_else(|| raw.slots.get(&question.name)).cloned().unwrap_or_else(|| raw.place.clone());
        let (answered, written) = (read.answers.contains_key(&question.name), read.places.contains_key(&question.name));
        check_conditions(form, question, &read.answers, answered, written, place, today, None, &mut diagnostics);
    }
    let repeats = check_rows(raw, form, &read, today, &mut diagnostics);
    let submission = match (state, submitted) {
        (Some(state), Some(submitted)) => {
            Some(Submission { form_id: form.form_id.clone(), state: state.iso3.clone(), submitted, answers: read.answers, repeats, place: raw.place.clone() })
        }
        _ => None,
    };
    (submission, diagnostics)
}

/// The State that sent the reply, from its `state` value: an ISO code of the States list, or a
/// State's name in any of the six languages (or, when the State's field is a `select_one`, a
/// choice whose label is such a name).
fn sender<'s>(
    raw: &RawSubmission,
    form: &Questionnaire,
    states: &'s States,
    settings: &SubmissionSettings,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<&'s crate::model::State> {
    let Some((cell, place)) = &raw.state else {
        diagnostics.push(
            raw.place
                .diagnostic(Severity::Error, "no state: the submission does not say which State sent it")
                .hint("add the State's ISO 3166 alpha-3 code (FRA) in the state column")
                .problem(Problem::new(K::NoState)),
        );
        return None;
    };
    let written = cell.text().trim().to_string();
    if let Some(state) = states.get(&written) {
        return Some(state);
    }
    let mut named = states.named(&written);
    if named.is_empty()
        && let Some(choice) = form.question(settings.state_field()).and_then(|q| form.choice(&q.name, &written))
    {
        for label in choice.label.0.values() {
            named = states.named(label);
            if !named.is_empty() {
                break;
            }
        }
    }
    match named.as_slice() {
        [state] => return Some(state),
        [_, _, ..] => {
            let codes = named.iter().map(|s| s.iso3.as_str()).collect::<Vec<_>>().join(", ");
            diagnostics.push(
                place
                    .diagnostic(Severity::Error, format!("{} may name more than one State ({codes})", crate::quote::quoted(&written)))
                    .hint("write the State's ISO 3166 alpha-3 code instead")
                    .value(&written)
                    .problem(Problem::new(K::AmbiguousState).written("value", &written).plain("states", &codes)),
            );
            return None;
        }
        [] => {}
    }
    let candidates: Vec<(String, &str)> = states
        .iter()
        .flat_map(|s| s.names.values().map(move |n| (n.clone(), s.iso3.as_str())).chain(std::iter::once((s.iso3.clone(), s.iso3.as_str()))))
        .collect();
    let hint = match closest_state(&written, &candidates, states) {
        Some((code, name)) => format!("did you mean {code} ({name})? write the ISO 3166 alpha-3 code"),
        None => "write the State's ISO 3166 alpha-3 code, as in states.csv (FRA, KEN, MEX…)".to_string(),
    };
    diagnostics.push(
        place
            .diagnostic(Severity::Error, format!("unknown State code {}", crate::quote::quoted(&written)))
            .hint(hint)
            .value(&written)
            .problem(Problem::new(K::UnknownState).written("value", &written)),
    );
    None
}

/// The date the reply was sent, from its `submitted` value.
fn sent_on(raw: &RawSubmission, diagnostics: &mut Vec<Diagnostic>) -> Option<Date> {
    let Some((cell, place)) = &raw.submitted else {
        diagnostics.push(
            raw.place
                .diagnostic(Severity::Error, "no submitted date")
                .hint("add the date the State sent its reply (YYYY-MM-DD) in the submitted column")
                .problem(Problem::new(K::NoSubmitted)),
        );
        return None;
    };
    match normalize::date(cell, raw.date_1904) {
        Ok((Answer::Date(d), note)) => {
            if let Some(n) = note {
                diagnostics.push(
                    place
                        .diagnostic(Severity::Warning, format!("submitted: {}", n.message))
                        .hint("write dates as YYYY-MM-DD")
                        .problem(n.problem.plain("about", "submitted")),
                );
            }
            Some(d)
        }
        Ok(_) => None,
        Err(r) => {
            diagnostics.push(
                place
                    .diagnostic(Severity::Error, format!("submitted: {}", r.message))
                    .hint(r.hint)
                    .value(cell.text())
                    .problem(r.problem.plain("about", "submitted")),
            );
            None
        }
    }
}

/// Warnings that do not stop a reply from counting: a State that is neither party nor
/// signatory to the form's instrument, a reply to another version of the form.
fn check_standing(raw: &RawSubmission, form: &Questionnaire, state: Option<&crate::model::State>, diagnostics: &mut Vec<Diagnostic>) {
    if let (Some(state), Some(instrument)) = (state, form.instrument)
        && state.status(instrument) == Participation::None
    {
        let message = format!("{} ({}) is neither party nor signatory to the {}", state.name(crate::lang::Lang::En), state.iso3, instrument.short_title_en());
        diagnostics.push(
            raw.state
                .as_ref()
                .map_or(&raw.place, |(_, p)| p)
                .diagnostic(Severity::Warning, message)
                .hint("its reply is kept and counted apart from the parties'")
                .problem(Problem::new(K::NotParty).plain("instrument", instrument.code())),
        );
    }
    if let (Some((version, place)), Some(current)) = (&raw.version, &form.version)
        && version != current
    {
        diagnostics.push(
            place
                .diagnostic(Severity::Warning, format!("answered version {version} of {}; the current version is {current}", form.form_id))
                .hint("answers are checked against the current version; questions that changed may be reported")
                .problem(Problem::new(K::OtherVersion).written("version", version).plain("current", current)),
        );
    }
}

/// The answers of a reply as read: each normalised, with where it was read; a repeat's by row.
#[derive(Default)]
struct ReadAnswers {
    answers: BTreeMap<String, Answer>,
    places: BTreeMap<String, Place>,
    /// Repeats: group → row → (answers, places).
    rows: BTreeMap<usize, BTreeMap<usize, RowAnswers>>,
}

/// Normalises every answer of a reply to its question's type (`normalize`), each question once.
fn read_answers(raw: &RawSubmission, form: &Questionnaire, diagnostics: &mut Vec<Diagnostic>) -> ReadAnswers {
    let lang = form.default_language.as_str();
    let mut read = ReadAnswers::default();
    for raw_answer in &raw.answers {
        let Some(question) = form.question(&raw_answer.key) else { continue };
        let (answers, places) = match form.repeat_of(question) {
            Some(group) => {
                let row = read.rows.entry(group).or_default().entry(raw_answer.row.unwrap_or(0)).or_default();
                (&mut row.0, &mut row.1)
            }
            None => (&mut read.answers, &mut read.places),
        };
        let at = |severity, message: String| raw_answer.place.diagnostic(severity, message).question(&question.name);
        if places.contains_key(&question.name) {
            diagnostics.push(
                at(Severity::Error, format!("{} is answered twice", crate::quote::quoted(&question.name)))
                    .hint("keep one answer per question")
                    .problem(Problem::new(K::AnsweredTwice)),
            );
            continue;
        }
        if !question.kind.is_answered() {
            let message = format!("{} is a {}, which takes no answer; ignored", crate::quote::quoted(&question.name), question.kind.name());
            diagnostics.push(at(Severity::Warning, message).hint("leave it empty").problem(Problem::new(K::TakesNoAnswer)));
            continue;
        }
        match normalize::answer(question, form, &raw_answer.value, raw.date_1904) {
            Ok((answer, note)) => {
                if let Some(n) = note {
                    diagnostics.push(at(Severity::Warning, n.message).hint("write the value exactly as the form lists it").problem(n.problem));
                }
                answers.insert(question.name.clone(), answer);
                places.insert(question.name.clone(), raw_answer.place.clone());
            }
            Err(refusal) => {
                let label = question.label.get(lang, "en").unwrap_or(&question.name);
                let message = format!("question {} ({}): {}", question.number.as_deref().unwrap_or("?"), short(label), refusal.message);
                diagnostics.push(at(Severity::Error, message).problem(refusal.problem).value(raw_answer.value.text()).hint(refusal.hint));
                places.insert(question.name.clone(), raw_answer.place.clone());
            }
        }
    }
    read
}

/// Each row of each repeat checked: its questions see the row's answers and the reply's others.
/// Returns the rows by the repeat's name.
fn check_rows(
    raw: &RawSubmission,
    form: &Questionnaire,
    read: &ReadAnswers,
    today: Date,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, Vec<BTreeMap<String, Answer>>> {
    let mut repeats: BTreeMap<String, Vec<BTreeMap<String, Answer>>> = BTreeMap::new();
    for (group, group_rows) in &read.rows {
        let name = &form.groups[*group].name;
        for (row, (row_answers, row_places)) in group_rows {
            let mut seen = read.answers.clone();
            seen.extend(row_answers.iter().map(|(k, v)| (k.clone(), v.clone())));
            let row_place = row_places.values().next().cloned().unwrap_or_else(|| raw.place.clone());
            for question in form.questions.iter().filter(|q| q.kind.is_answered() && form.repeat_of(q) == Some(*group)) {
                let place = row_places.get(&question.name).cloned().unwrap_or_else(|| row_place.clone());
                let (answered, written) = (row_answers.contains_key(&question.name), row_places.contains_key(&question.name));
                check_conditions(form, question, &seen, answered, written, place, today, Some(*row), diagnostics);
            }
            let rows_of = repeats.entry(name.clone()).or_default();
            rows_of.resize_with(rows_of.len().max(row + 1), BTreeMap::new);
            rows_of[*row] = row_answers.clone();
        }
    }
    repeats
}

/// One row of a repeat: its answers and where each was read.
type RowAnswers = (BTreeMap<String, Answer>, BTreeMap<String, Place>);

/// Whether a question applies, is answered when required, and meets its constraint, seeing
/// `answers` (the reply's, and for a question of a repeat the row's); `row` names the row.
#[allow(clippy::too_many_arguments)]
fn check_conditions(
    form: &Questionnaire,
    question: &Question,
    answers: &BTreeMap<String, Answer>,
    answered: bool,
    written: bool,
    place: Place,
    today: Date,
    row: Option<usize>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let lang = form.default_language.as_str();
    let context = Context { answers, current: answers.get(&question.name).map_or(Value::Str(String::new()), Answer::value), today };
    let relevant = is_relevant(form, question.relevant.as_ref(), question.group, &context);
    // Worded only for a diagnostic: most questions of most replies have none.
    let label = || short(question.label.get(lang, "en").unwrap_or(&question.name));
    let number = || match row {
        Some(r) => format!("{}, row {}", question.number.as_deref().unwrap_or("?"), r + 1),
        None => question.number.as_deref().unwrap_or("?").to_string(),
    };
    if answered && !relevant {
        let why = question.relevant.as_ref().map_or("its section does not apply".to_string(), |e| {
            describe(&e.expr, Role::Relevant, crate::i18n::Catalogs::builtin().phrases(crate::lang::Lang::En), form)
        });
        diagnostics.push(
            place
                .diagnostic(Severity::Warning, format!("question {} ({}) is answered, but does not apply to this reply", number(), label()))
                .question(&question.name)
                .problem(Problem::new(K::NotRelevant))
                .hint(format!("{why} The answer is kept.")),
        );
        return;
    }
    if !relevant {
        return;
    }
    let required = match &question.required {
        Required::No => false,
        Required::Yes => true,
        Required::When(e) => holds(&e.expr, &context).unwrap_or(false),
    };
    if required && !answered && !written {
        let hint = question
            .required_message
            .get(lang, "en")
            .map_or("answer it; if the information is not available, say so in the answer".to_string(), str::to_string);
        diagnostics.push(
            place
                .diagnostic(Severity::Error, format!("question {} ({}) is required and not answered", number(), label()))
                .question(&question.name)
                .problem(Problem::new(K::Required))
                .hint(hint),
        );
    }
    if let (true, Some(constraint)) = (answered, &question.constraint) {
        match holds(&constraint.expr, &context) {
            Ok(true) => {}
            Ok(false) => {
                let message = question
                    .constraint_message
                    .get(lang, "en")
                    .map_or_else(|| format!("the answer {} is not accepted", context.current.text()), str::to_string);
                diagnostics.push(
                    place
                        .diagnostic(Severity::Error, format!("question {} ({}): {message}", number(), label()))
                        .question(&question.name)
                        .problem(Problem::new(K::Constraint).written("value", context.current.text()))
                        .value(context.current.text())
                        .hint(describe(&constraint.expr, Role::Constraint, crate::i18n::Catalogs::builtin().phrases(crate::lang::Lang::En), form)),
                );
            }
            Err(e) if e.is_device_only() => diagnostics.push(
                place
                    .diagnostic(Severity::Warning, format!("question {}: the constraint is not checked: {}", number(), e.0))
                    .question(&question.name)
                    .hint("nothing to do; the device that collected the reply checked it")
                    .problem(Problem::new(K::ConstraintUnchecked)),
            ),
            Err(e) => diagnostics.push(
                place
                    .diagnostic(Severity::Error, format!("question {}: the constraint cannot be checked: {}", number(), e.0))
                    .question(&question.name)
                    .hint("fix the constraint in the form")
                    .problem(Problem::new(K::ConstraintBroken)),
            ),
        }
    }
}

/// The State a mistyped code or name most likely means: the nearest codes and names, and among
/// equally near ones the State whose name starts as the text does ("FRN" → France, not Brunei).
fn closest_state<'a>(written: &str, candidates: &[(String, &'a str)], states: &'a States) -> Option<(&'a str, &'a str)> {
    let nearest = crate::suggest::nearest(written, candidates.iter().map(|(name, _)| name.as_str()));
    let lower = written.to_lowercase();
    let common = |code: &str| {
        let name = states.get(code).map_or(String::new(), |s| s.name(crate::lang::Lang::En).to_lowercase());
        name.chars().zip(lower.chars()).take_while(|(a, b)| a == b).count()
    };
    let code =
        candidates.iter().filter(|(name, _)| nearest.contains(&name.as_str())).map(|(_, code)| *code).max_by_key(|c| (common(c), std::cmp::Reverse(*c)))?;
    states.get(code).map(|s| (s.iso3.as_str(), s.name(crate::lang::Lang::En)))
}

/// A question applies when its own condition and those of every group around it hold.
/// Whether `question` applied to a validated reply: its own `relevant` and its groups' hold for
/// the reply's answers (the figures count a question only among the States it applied to).
pub fn applies(form: &Questionnaire, question: &Question, submission: &Submission) -> bool {
    let context = Context {
        answers: &submission.answers,
        current: submission.answers.get(&question.name).map_or(Value::Str(String::new()), Answer::value),
        today: submission.submitted,
    };
    is_relevant(form, question.relevant.as_ref(), question.group, &context)
}

fn is_relevant(form: &Questionnaire, own: Option<&Expression>, mut group: Option<usize>, context: &Context) -> bool {
    if let Some(e) = own
        && !holds(&e.expr, context).unwrap_or(true)
    {
        return false;
    }
    while let Some(g) = group {
        let group_def = &form.groups[g];
        if let Some(e) = &group_def.relevant
            && !holds(&e.expr, context).unwrap_or(true)
        {
            return false;
        }
        group = group_def.parent;
    }
    true
}

/// A label cut to a readable length for messages.
fn short(label: &str) -> String {
    let words: Vec<&str> = label.split_whitespace().collect();
    if words.len() <= 9 { label.to_string() } else { format!("{}…", words[..8].join(" ")) }
}
