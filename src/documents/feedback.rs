//! The feedback letter to a State: every problem found in its replies, cell by cell, with how to
//! fix it, in the State's language where the questionnaire has it.

use anyhow::Result;
use serde::Serialize;

use super::{Document, Planned, Prepared, Version};
use crate::i18n::{Arg, Catalogs, Phrases};
use crate::inputs::Inputs;
use crate::lang::{Direction, Lang};
use crate::model::questionnaire::{Question, Questionnaire};
use crate::model::submission::Status;
use crate::model::{Diagnostic, Problem, ProblemArg, ProblemKind, State};
use crate::validate::Outcome;

/// The manifest's kind.
pub const KIND: &str = "feedback-letter";

/// The letter to one State about the problems in its replies.
#[derive(Debug)]
pub struct FeedbackLetter {
    state: String,
}

/// The letter to the State `iso3`, in its own language, at `feedback/<ISO3>.<lang>.pdf`.
pub fn version(state: &crate::model::State, inputs: &Inputs) -> Planned {
    let (iso3, lang) = (&state.iso3, state.language);
    let version = Version {
        output: format!("feedback/{iso3}.{lang}.pdf"),
        lang,
        symbol: format!("{}/{iso3}", inputs.conference.conference.symbol_prefix),
        ident: format!("feedback/{iso3}/{lang}"),
        date: inputs.conference.reporting.as_at,
        form_id: None,
        state: Some(iso3.clone()),
        figures: None,
        companions: Vec::new(),
    };
    Planned::new(FeedbackLetter { state: iso3.clone() }, version)
}

#[derive(Serialize)]
struct Context<'a> {
    lang: Lang,
    l: &'a Letter,
}

impl Document for FeedbackLetter {
    fn kind(&self) -> &'static str {
        KIND
    }

    fn template(&self) -> &'static str {
        "feedback.typ.j2"
    }

    fn prepare(&self, version: &Version, inputs: &Inputs, catalogs: &Catalogs) -> Result<Prepared> {
        let state = inputs.states.get(&self.state).ok_or_else(|| anyhow::anyhow!("{} is not in states.csv", self.state))?;
        let p = catalogs.phrases(version.lang);
        let letter = letter(inputs, state, &file_problems(inputs, state), p);
        Prepared::new(&Context { lang: p.lang(), l: &letter }, Default::default())
    }
}

/// Problems of whole files the State sent: a per-State file names the State as a word of its
/// file name (`offline-GHA.xlsx`, `GHA.json`), not as letters inside another word (`broKEN`).
pub fn file_problems(inputs: &Inputs, state: &crate::model::State) -> Vec<Diagnostic> {
    let names_state = |file: &str| {
        let name = file.rsplit('/').next().unwrap_or(file);
        let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
        stem.split(|c: char| !c.is_ascii_alphanumeric()).any(|word| word.eq_ignore_ascii_case(&state.iso3))
    };
    inputs.diagnostics.iter().filter(|d| names_state(&d.file)).cloned().collect()
}

/// The problem and its fix in the letter's language, from the catalogs: `letter-problem-<kind>`
/// and `letter-fix-<kind>`, with the values the State wrote quoted as written (what cannot be
/// seen shown as an escape, and then said so), numbers and dates as the language writes them, and
/// what the form itself says (its messages, its choices, its conditions in plain words).
pub fn word(problem: &Problem, question: Option<&Question>, form: &Questionnaire, p: Phrases<'_>) -> (String, String) {
    use crate::i18n::conditions::{Role, describe};
    let form_lang = form_language(form, p.lang());
    let labels = |list: &str| -> Vec<String> {
        form.choices
            .get(list)
            .map(|l| l.iter().filter_map(|c| c.label.get(form_lang, &form.default_language)).map(|l| p.quote(l)).collect())
            .unwrap_or_default()
    };
    let mut args: Vec<(&str, Arg)> = Vec::new();
    let mut invisible = false;
    for (name, arg) in &problem.args {
        let value = match arg {
            ProblemArg::Written(text) => {
                invisible |= crate::quote::has_invisible(text);
                p.quote(&crate::quote::shown(text))
            }
            ProblemArg::Plain(text) => text.clone(),
            ProblemArg::Number(n) => crate::i18n::format_decimal(p.lang(), &crate::expr::ast::format_number(*n)),
            ProblemArg::Date(d) => p.date(*d),
        };
        args.push((name, Arg::Str(value)));
    }
    // What the form says, in the letter's language.
    let list = question.and_then(|q| q.kind.list());
    if let Some(list) = list {
        args.push(("choices", Arg::Str(p.list_or(&labels(list)))));
    }
    if let (Some(ProblemArg::Plain(choice)), Some(list)) = (problem.arg("choice"), list) {
        let label = form
            .choices
            .get(list)
            .and_then(|l| l.iter().find(|c| &c.name == choice))
            .and_then(|c| c.label.get(form_lang, &form.default_language))
            .unwrap_or(choice);
        args.push(("label", Arg::Str(p.quote(label))));
    }
    let id = problem.kind.id();
    let mut text = p.fmt(&format!("letter-problem-{id}"), &args);
    let mut fix = p.fmt(&format!("letter-fix-{id}"), &args);
    match (problem.kind, question) {
        (ProblemKind::Required, Some(q)) => {
            if let Some(message) = q.required_message.0.get(form_lang) {
                fix = message.clone();
            }
        }
        (ProblemKind::Constraint, Some(q)) => {
            if let Some(message) = q.constraint_message.0.get(form_lang) {
                args.push(("message", Arg::Str(message.clone())));
                text = p.fmt("letter-problem-constraint-message", &args);
            }
            if let Some(c) = &q.constraint {
                fix = describe(&c.expr, Role::Constraint, p, form);
            }
        }
        (ProblemKind::NotRelevant, Some(q)) => {
            if let Some(r) = &q.relevant {
                fix = describe(&r.expr, Role::Relevant, p, form);
            }
        }
        _ => {}
    }
    if invisible {
        fix = format!("{fix} {}", p.t("letter-invisible-note"));
    }
    (text, fix)
}

/// The language of the form's own text in a letter: the letter's, when the form has it.
fn form_language(form: &Questionnaire, lang: Lang) -> &str {
    if form.languages.iter().any(|l| l == lang.code()) { lang.code() } else { form.default_language.as_str() }
}

#[derive(Debug, Serialize)]
pub struct ProblemRow {
    pub warning: bool,
    pub question: String,
    pub problem: String,
    pub fix: String,
}

/// The problems of one reply, or of one file the State sent.
#[derive(Debug, Serialize)]
pub struct ReplyProblems {
    /// "Reply received on 1 March 2026 (file offline-GHA.xlsx)".
    pub heading: String,
    pub problems: Vec<ProblemRow>,
}

#[derive(Debug, Serialize)]
pub struct FormProblems {
    pub title: String,
    pub replies: Vec<ReplyProblems>,
}

/// The head of a letter or note to a State's permanent mission (`un-letter` in un.typ): the
/// Organization, the Office and the body, the reference and date, the addressee.
#[derive(Debug, Serialize)]
pub struct LetterHead {
    pub lang: Lang,
    pub dir: Direction,
    pub united_nations: String,
    pub office: String,
    pub body_name: String,
    pub reference: String,
    pub date: String,
    pub iso_date: String,
    pub to: String,
}

impl LetterHead {
    /// The head of a letter to `state` on `date`, in the language of `p`.
    pub fn new(conference: &crate::config::Conference, state: &State, date: crate::date::Date, p: Phrases<'_>) -> Self {
        let lang = p.lang();
        LetterHead {
            lang,
            dir: lang.dir(),
            united_nations: p.t("united-nations"),
            office: p.t("letter-office"),
            body_name: p.prose(conference.conference.body.get(lang)),
            reference: format!("{}/{}", conference.conference.symbol_prefix, state.iso3),
            date: p.date(date),
            iso_date: date.to_string(),
            to: p.fmt("letter-to", &p.state_args(state)),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Letter {
    #[serde(flatten)]
    pub head: LetterHead,
    pub subject: String,
    pub intro: String,
    pub columns: [String; 3],
    pub forms: Vec<FormProblems>,
    pub closing: String,
    /// The title as plain text, for the PDF's metadata.
    pub title: String,
}

impl Letter {
    /// How many problems the letter lists.
    pub fn problem_count(&self) -> usize {
        self.forms.iter().flat_map(|f| &f.replies).map(|r| r.problems.len()).sum()
    }
}

/// The letter to `state`, in its language. Each reply is cited by what the State knows of it (the
/// questionnaire, the date it was received, the question's number); a file is named only when
/// the State sent it (it holds the State's replies only, or its name carries the State's code).
pub fn letter(inputs: &Inputs, state: &State, file_level: &[Diagnostic], p: Phrases<'_>) -> Letter {
    let lang = p.lang();
    let conference = &inputs.conference;
    let letter_date = conference.reporting.as_at;
    let deadline = conference.conference.opens.add_days(-30);
    let name = state.name(lang).to_string();
    let mine = |o: &&Outcome| o.state.as_deref() == Some(state.iso3.as_str());
    // A file is the State's own when every reply in it is the State's.
    let own_file = |file: &str| inputs.outcomes.iter().filter(|o| &*o.place.file == file).all(|o| mine(&o));
    let file_name = |file: &str| file.rsplit('/').next().unwrap_or(file).to_string();
    let mut forms = Vec::new();
    let mut replied = false;
    for form in &inputs.questionnaires {
        let outcomes: Vec<&Outcome> = inputs.outcomes.iter().filter(|o| o.form_id == form.form_id).filter(mine).collect();
        replied |= !outcomes.is_empty();
        let mut replies = Vec::new();
        // What the replies' own sections list is not listed again under their file.
        let listed: Vec<&Diagnostic> = outcomes.iter().flat_map(|o| &o.diagnostics).collect();
        // A reply replaced by a later one no longer matters; a second copy of one is not news.
        for outcome in outcomes.iter().filter(|o| !matches!(o.status, Status::Superseded | Status::Duplicate)) {
            let own = own_file(&outcome.place.file);
            let received = match outcome.submitted {
                Some(d) => p.fmt("letter-reply-of", &[("date", p.date(d).into())]),
                None => p.t("letter-reply-undated"),
            };
            let heading =
                if own { p.fmt("letter-reply-in-file", &[("reply", received.into()), ("file", file_name(&outcome.place.file).into())]) } else { received };
            let rows = rows(outcome.diagnostics.iter(), form, own, p);
            if !rows.is_empty() {
                replies.push(ReplyProblems { heading, problems: rows });
            }
        }
        // Whole files the State sent that could not be read as replies.
        let mut files: Vec<&str> = file_level.iter().filter(|d| d.file.contains(&format!("/{}/", form.form_id))).map(|d| d.file.as_str()).collect();
        files.dedup();
        for file in files {
            let rows = rows(file_level.iter().filter(|d| d.file == file && !listed.contains(d)), form, true, p);
            if !rows.is_empty() {
                replies.push(ReplyProblems { heading: p.fmt("letter-file-heading", &[("file", file_name(file).into())]), problems: rows });
            }
        }
        if !replies.is_empty() {
            let title = form.title.get(form_language(form, lang), &form.default_language).unwrap_or(&form.form_id).to_string();
            forms.push(FormProblems { title, replies });
        }
    }
    let any_problem = !forms.is_empty();
    let intro_id = if !replied && !any_problem {
        "letter-no-reply"
    } else if any_problem {
        "letter-with-problems"
    } else {
        "letter-no-problems"
    };
    let mut args = p.state_args(state);
    args.push(("deadline", p.date(deadline).into()));
    let intro = p.fmt(intro_id, &args);
    let subject = p.t("letter-subject");
    Letter {
        head: LetterHead::new(conference, state, letter_date, p),
        intro,
        columns: ["letter-column-question", "letter-column-problem", "letter-column-fix"].map(|id| p.t(id)),
        forms,
        closing: p.t("letter-closing"),
        title: format!("{} — {name}", crate::i18n::strip_isolates(&subject)),
        subject,
    }
}

/// The rows of a list of problems: the question (and, in the State's own file, the cell), the
/// problem and its fix, each once.
fn rows<'d>(diagnostics: impl Iterator<Item = &'d Diagnostic>, form: &Questionnaire, own_file: bool, p: Phrases<'_>) -> Vec<ProblemRow> {
    let form_lang = form_language(form, p.lang());
    let mut rows: Vec<ProblemRow> = Vec::new();
    for d in diagnostics {
        let question = d.question.as_deref().and_then(|q| form.question(q));
        let mut asked = match (question, d.problem.as_ref().and_then(|pr| pr.arg("about"))) {
            (Some(q), _) => format!("{}. {}", q.number.as_deref().unwrap_or("?"), q.label.get(form_lang, &form.default_language).unwrap_or(&q.name)),
            (None, Some(ProblemArg::Plain(about))) => p.t(&format!("letter-about-{about}")),
            (None, _) if matches!(d.kind(), Some(ProblemKind::UnknownState | ProblemKind::NoState | ProblemKind::AmbiguousState)) => p.t("letter-about-state"),
            _ => String::new(),
        };
        if let (true, Some(sheet), Some(cell)) = (own_file, d.sheet.as_deref(), d.cell.as_deref()) {
            let place = if sheet.is_empty() { cell.to_string() } else { format!("{sheet}!{cell}") };
            asked = if asked.is_empty() { place } else { format!("{asked} ({place})") };
        }
        // A problem palermo has no kind for keeps its English sentence (tests/feedback.rs checks
        // that every problem a reply can have has a kind).
        let (problem, fix) = match &d.problem {
            Some(problem) => word(problem, question, form, p),
            None => (d.message.clone(), d.hint.clone().unwrap_or_default()),
        };
        if rows.iter().any(|r| r.question == asked && r.problem == problem) {
            continue;
        }
        rows.push(ProblemRow { warning: !d.is_error(), question: asked, problem, fix });
    }
    rows
}
