//! The feedback letter to a State: every problem found in its replies, cell by cell, with how to
//! fix it, in the State's language where the questionnaire has it.

use serde::Serialize;

use super::Inputs;
use crate::i18n::Phrases;
use crate::model::questionnaire::{Geo, QuestionKind};
use crate::model::submission::Status;
use crate::model::{Diagnostic, State};

/// The problem and its fix in the letter's language, for the problems palermo can word there;
/// `None` for the others, which keep the English diagnostic.
fn localized(d: &Diagnostic, form: &crate::model::questionnaire::Questionnaire, p: Phrases<'_>) -> Option<(String, String)> {
    use crate::expr::words::{describe, Role};
    let lang = p.lang();
    let question = form.question(d.question.as_deref()?)?;
    let value = p.quote(d.value.as_deref().unwrap_or(""));
    Some(match d.code? {
        "required" => {
            let fix = question.required_message.0.get(lang).cloned().unwrap_or_else(|| p.t("letter-required-fix"));
            (p.t("letter-required"), fix)
        }
        "not_relevant" => (p.t("letter-not-relevant"), describe(&question.relevant.as_ref()?.expr, Role::Relevant, p, form)),
        "constraint" => {
            let problem = question.constraint_message.0.get(lang).cloned().unwrap_or_else(|| p.fmt("letter-not-accepted", &[("value", value.clone().into())]));
            (problem, describe(&question.constraint.as_ref()?.expr, Role::Constraint, p, form))
        }
        "not_a_choice" => {
            let list = form.choices.get(question.kind.list()?)?;
            let choices: Vec<String> = list.iter().filter_map(|c| c.label.get(lang, &form.default_language)).map(str::to_string).collect();
            (p.fmt("letter-not-a-choice", &[("value", value.into())]), p.fmt("letter-not-a-choice-fix", &[("choices", p.list_or(&choices).into())]))
        }
        "not_a_number" => (p.fmt("letter-not-a-number", &[("value", value.into())]), p.t("letter-not-a-number-fix")),
        // The other refusals: the value, and what the answer should be, as the workbook says it.
        code => {
            let figure = |n: f64| crate::i18n::format_decimal(lang, &crate::expr::ast::format_number(n));
            let labels = |list: &str| form.choices.get(list).map(|l| l.iter().filter_map(|c| c.label.get(lang, &form.default_language)).map(str::to_string).collect::<Vec<_>>().join(", ")).unwrap_or_default();
            let fix = match (code, &question.kind) {
                ("not_a_date", _) => p.t("wb-date"),
                ("not_a_time", _) => p.t("wb-time"),
                ("not_a_date_time", _) => p.t("wb-date-time"),
                ("not_on_scale", QuestionKind::Range(s)) => p.fmt("wb-range", &[("start", figure(s.start).into()), ("end", figure(s.end).into()), ("step", figure(s.step).into())]),
                ("not_a_location", QuestionKind::Geo(Geo::Point)) => p.t("wb-geo"),
                ("not_a_location", _) => p.t("wb-geo-points"),
                ("not_acknowledged", _) => p.t("wb-acknowledge"),
                ("ranked_twice", QuestionKind::Rank(list)) => p.fmt("wb-rank", &[("choices", labels(list).into())]),
                _ => return None,
            };
            (p.fmt("letter-not-accepted", &[("value", value.into())]), fix)
        }
    })
}

#[derive(Debug, Serialize)]
pub struct Problem {
    pub severity: &'static str,
    pub place: String,
    pub question: String,
    pub problem: String,
    pub fix: String,
}

#[derive(Debug, Serialize)]
pub struct FormProblems {
    pub title: String,
    pub files: Vec<String>,
    pub problems: Vec<Problem>,
}

#[derive(Debug, Serialize)]
pub struct Letter {
    pub lang: String,
    pub dir: &'static str,
    pub united_nations: String,
    pub office: String,
    pub body_name: String,
    pub reference: String,
    pub date: String,
    pub iso_date: String,
    pub to: String,
    pub subject: String,
    pub intro: String,
    pub columns: [String; 4],
    pub file_word: String,
    pub forms: Vec<FormProblems>,
    pub closing: String,
    /// The title as plain text, for the PDF's metadata.
    pub title: String,
}

/// The letter to `state`, in its language.
pub fn letter(inputs: &Inputs, state: &State, extra: &[Diagnostic], p: Phrases<'_>) -> Letter {
    let lang = p.lang();
    let conference = &inputs.conference;
    let letter_date = conference.reporting.as_at;
    let deadline = conference.conference.opens.add_days(-30);
    let name = state.name(lang).to_string();
    let mut forms = Vec::new();
    let mut replied = false;
    for form in &inputs.questionnaires {
        let outcomes: Vec<_> = inputs.outcomes.iter().filter(|o| o.form_id == form.form_id && o.state.as_deref() == Some(state.iso3.as_str())).collect();
        replied |= !outcomes.is_empty();
        let mut files: Vec<String> = outcomes.iter().map(|o| o.place.file.rsplit('/').next().unwrap_or(&o.place.file).to_string()).collect();
        files.dedup();
        let form_lang = if form.languages.iter().any(|l| l == lang) { lang } else { form.default_language.as_str() };
        let mut problems = Vec::new();
        let diagnostics = outcomes.iter().filter(|o| o.status != Status::Superseded).flat_map(|o| o.diagnostics.iter());
        let file_level = extra.iter().filter(|d| d.file.contains(&format!("/{}/", form.form_id)));
        for d in diagnostics.chain(file_level) {
            let question = d.question.as_deref().and_then(|q| form.question(q)).map_or(String::new(), |q| {
                let label = q.label.get(form_lang, &form.default_language).unwrap_or(&q.name);
                format!("{}. {label}", q.number.as_deref().unwrap_or("?"))
            });
            // The question is shown in its own column; keep only the problem itself.
            let (problem, fix) = localized(d, form, p).unwrap_or_else(|| {
                let problem = match d.message.strip_prefix("question ").and_then(|rest| rest.split_once(") ")) {
                    Some((_, rest)) => rest.trim_start_matches(": ").to_string(),
                    None => d.message.clone(),
                };
                (problem, d.hint.clone().unwrap_or_default())
            });
            let file = d.file.rsplit('/').next().unwrap_or(&d.file);
            let place = match (&d.sheet, &d.cell, d.row) {
                (Some(sheet), Some(cell), _) if !sheet.is_empty() => format!("{file}, {sheet}!{cell}"),
                (_, Some(cell), _) => format!("{file}, {cell}"),
                (_, None, Some(row)) => format!("{file}, {row}"),
                _ => file.to_string(),
            };
            if problems.iter().any(|p: &Problem| p.place == place && p.problem == problem) {
                continue;
            }
            problems.push(Problem {
                severity: if d.is_error() { "error" } else { "warning" },
                place,
                question,
                problem,
                fix,
            });
        }
        if !problems.is_empty() || !outcomes.is_empty() {
            forms.push(FormProblems { title: form.title.get(form_lang, &form.default_language).unwrap_or(&form.form_id).to_string(), files, problems });
        }
    }
    let any_problem = forms.iter().any(|f| !f.problems.is_empty());
    forms.retain(|f| !f.problems.is_empty());
    let intro_id = if !replied && !any_problem {
        "letter-no-reply"
    } else if any_problem {
        "letter-with-problems"
    } else {
        "letter-no-problems"
    };
    let intro = p.fmt(intro_id, &[("state", name.as_str().into()), ("deadline", p.date(deadline).into())]);
    let subject = p.t("letter-subject");
    Letter {
        lang: lang.to_string(),
        dir: crate::i18n::direction(lang),
        united_nations: p.t("united-nations"),
        office: p.t("letter-office"),
        body_name: p.prose(conference.conference.body.get(lang)),
        reference: format!("{}/{}", conference.conference.symbol_prefix, state.iso3),
        date: p.date(letter_date),
        iso_date: letter_date.to_string(),
        to: p.fmt("letter-to", &[("state", name.as_str().into())]),
        intro,
        columns: ["letter-column-place", "letter-column-question", "letter-column-problem", "letter-column-fix"].map(|id| p.t(id)),
        file_word: p.t("letter-file"),
        forms,
        closing: p.t("letter-closing"),
        title: format!("{} — {name}", crate::i18n::strip_isolates(&subject)),
        subject,
    }
}
