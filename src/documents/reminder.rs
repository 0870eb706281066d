//! The reminder to a State party whose replies are outstanding on `[reminders] date`: a note
//! verbale in the State's language naming each questionnaire it has not answered and its deadline,
//! and the three ways to reply; the State's personalised answer workbook for each is written
//! beside it.

use anyhow::Result;
use serde::Serialize;

use super::{Document, Planned, Prepared, Version};
use crate::date::Date;
use crate::engine::CompiledPdf;
use crate::i18n::{Catalogs, Phrases};
use crate::inputs::Inputs;
use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::state::{State, Status};

/// The manifest's kind.
pub const KIND: &str = "reminder";

#[derive(Debug)]
pub struct Reminder {
    state: String,
    /// The questionnaires outstanding, by form_id.
    forms: Vec<String>,
}

/// The questionnaires a State is party to and has no counted reply to by `date`.
pub fn outstanding<'f>(inputs: &'f Inputs, state: &State, date: Date) -> Vec<&'f Questionnaire> {
    let invited = inputs.conference.reporting.invited.as_deref();
    inputs
        .questionnaires
        .iter()
        .filter(|form| crate::figures::standing(state, form.instrument, date, invited) == Status::Party)
        // A reply counted on that date, even one a later reply has since superseded.
        .filter(|form| {
            let replies = inputs.replies_as_at.get(&date).map_or(inputs.submissions.as_slice(), Vec::as_slice);
            !replies.iter().any(|s| s.form_id == form.form_id && s.state == state.iso3 && s.submitted <= date)
        })
        .collect()
}

/// One reminder per State with a questionnaire outstanding, when `[reminders]` is set.
pub fn plan(inputs: &Inputs) -> Vec<Planned> {
    let Some(reminders) = &inputs.conference.reminders else { return Vec::new() };
    let mut planned = Vec::new();
    for state in inputs.states.iter() {
        let forms = outstanding(inputs, state, reminders.date);
        if forms.is_empty() {
            continue;
        }
        let (iso3, lang) = (&state.iso3, state.language);
        let version = Version {
            output: format!("reminders/{iso3}.{lang}.pdf"),
            lang,
            symbol: format!("{}/{iso3}", inputs.conference.conference.symbol_prefix),
            ident: format!("reminder/{iso3}/{lang}"),
            date: reminders.date,
            form_id: None,
            state: Some(iso3.clone()),
            figures: None,
            companions: forms.iter().map(|f| workbook_path(iso3, &f.form_id, workbook_language(f, lang))).collect(),
        };
        planned.push(Planned::new(Reminder { state: iso3.clone(), forms: forms.iter().map(|f| f.form_id.clone()).collect() }, version));
    }
    planned
}

/// `reminders/mail-merge.csv`: one row per note written, for sending them (ISO3, name, language,
/// the mission's e-mail from `states.csv` where it has one, the note and the workbooks).
pub fn mail_merge(planned: &[&Planned], inputs: &Inputs) -> Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["iso3", "name", "language", "email", "note", "workbooks"])?;
    for p in planned.iter().filter(|p| p.document.kind() == KIND) {
        let Some(state) = p.version.state.as_deref().and_then(|iso3| inputs.states.get(iso3)) else { continue };
        writer.write_record([
            state.iso3.as_str(),
            state.name(Lang::En),
            p.version.lang.code(),
            state.email.as_deref().unwrap_or(""),
            p.version.output.as_str(),
            &p.version.companions.join(";"),
        ])?;
    }
    Ok(writer.into_inner()?)
}

/// The personalised answer workbook written beside the note.
fn workbook_path(iso3: &str, form_id: &str, lang: Lang) -> String {
    format!("reminders/{iso3}.{form_id}.{lang}.xlsx")
}

/// The State's language when the form has it, else the form's own.
fn workbook_language(form: &Questionnaire, lang: Lang) -> Lang {
    if form.languages.iter().any(|l| l == lang.code()) { lang } else { Lang::parse(&form.default_language).unwrap_or(Lang::En) }
}

#[derive(Debug, Serialize)]
pub struct Note {
    #[serde(flatten)]
    pub head: super::feedback::LetterHead,
    pub subject: String,
    pub opening: String,
    pub outstanding: String,
    pub forms: Vec<OutstandingForm>,
    pub ways: String,
    /// The letters of the three ways, as the language letters subparagraphs: (a), (أ)…
    pub marks: Vec<String>,
    pub online: String,
    pub workbook: String,
    pub paper: String,
    pub closing: String,
    pub title: String,
}

#[derive(Debug, Serialize)]
pub struct OutstandingForm {
    pub title: String,
    pub workbook: String,
}

#[derive(Serialize)]
struct Context<'a> {
    lang: Lang,
    l: &'a Note,
}

impl Document for Reminder {
    fn kind(&self) -> &'static str {
        KIND
    }

    fn template(&self) -> &'static str {
        "reminder.typ.j2"
    }

    fn prepare(&self, version: &Version, inputs: &Inputs, catalogs: &Catalogs) -> Result<Prepared> {
        let state = inputs.states.get(&self.state).ok_or_else(|| anyhow::anyhow!("{} is not in states.csv", self.state))?;
        let note = note(inputs, state, &self.forms, version.date, catalogs.phrases(version.lang));
        Prepared::new(&Context { lang: note.head.lang, l: &note }, Default::default())
    }

    fn companions(&self, version: &Version, _compiled: &CompiledPdf, inputs: &Inputs, catalogs: &Catalogs) -> Result<Vec<(String, Vec<u8>)>> {
        let state = inputs.states.get(&self.state).ok_or_else(|| anyhow::anyhow!("{} is not in states.csv", self.state))?;
        let mut files = Vec::new();
        for form_id in &self.forms {
            let Some(form) = inputs.form(form_id) else { continue };
            let lang = workbook_language(form, version.lang);
            // Its answers to the previous cycle, when it replied then, to confirm or correct.
            let prefill = inputs.previous_reply(form_id, &state.iso3).map(|reply| super::workbook::Prefill { reply, previous_cycle: true });
            let bytes = super::workbook::write_prefilled(catalogs.phrases(lang), form, &inputs.states, Some(state), version.date, prefill)
                .map_err(|e| anyhow::anyhow!("the answer workbook of {form_id} for {}: {e}", state.iso3))?;
            files.push((workbook_path(&state.iso3, form_id, lang), bytes));
        }
        Ok(files)
    }
}

/// The note to `state` on `date`, in the language of `p`.
pub fn note(inputs: &Inputs, state: &State, forms: &[String], date: Date, p: Phrases<'_>) -> Note {
    let conference = &inputs.conference;
    // The workbooks carry the State's answers to the previous cycle where it replied then.
    let prefilled = forms.iter().any(|id| inputs.previous_reply(id, &state.iso3).is_some());
    let lang = p.lang();
    let mut args = p.state_args(state);
    args.push(("decision", conference.reporting.decision.clone().unwrap_or_else(|| "none".into()).into()));
    args.push(("body", p.prose(conference.conference.body.get(lang)).into()));
    let forms: Vec<OutstandingForm> = forms
        .iter()
        .filter_map(|id| inputs.form(id))
        .map(|form| {
            let title_lang = workbook_language(form, lang);
            OutstandingForm {
                title: form.title.get(title_lang.code(), &form.default_language).unwrap_or(&form.form_id).to_string(),
                workbook: workbook_path(&state.iso3, &form.form_id, title_lang).rsplit('/').next().unwrap_or_default().to_string(),
            }
        })
        .collect();
    let mut outstanding_args = p.state_args(state);
    outstanding_args.push(("date", p.date(date).into()));
    outstanding_args.push(("deadline", p.date(conference.reporting.deadline).into()));
    outstanding_args.push(("count", (forms.len() as u64).into()));
    let online = match &conference.reminders.as_ref().and_then(|r| r.online.clone()) {
        Some(url) => p.fmt("reminder-way-online", &[("url", url.clone().into())]),
        None => p.fmt("reminder-way-online", &[("url", "none".into())]),
    };
    let paper_files = if conference.questionnaires.is_some() { "yes" } else { "no" };
    let subject = p.t("reminder-subject");
    Note {
        head: super::feedback::LetterHead::new(conference, state, date, p),
        opening: p.fmt("reminder-opening", &args),
        outstanding: p.fmt("reminder-outstanding", &outstanding_args),
        forms,
        ways: p.t("reminder-ways"),
        marks: (1..=3).map(|n| p.numbered("numbering-subparagraph", n)).collect(),
        online,
        workbook: p.fmt("reminder-way-workbook", &[("prefilled", if prefilled { "yes" } else { "no" }.into())]),
        paper: p.fmt("reminder-way-paper", &[("printed", paper_files.into())]),
        closing: p.fmt("reminder-closing", &p.state_args(state)),
        title: format!("{} — {}", crate::i18n::strip_isolates(&subject), state.name(lang)),
        subject,
    }
}
