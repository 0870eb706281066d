//! The compilation of replies (kind `compilation`), the conference room paper that accompanies an
//! analytical report: per chapter and question of the form, every counted State's answer as it
//! wrote it (texts verbatim, choices by their labels, numbers and dates in the language's form),
//! the States named and ordered as the document's language names and orders them. Questions
//! marked `publish = no` never appear.

use anyhow::Result;
use serde::Serialize;

use super::answers::reply_answer;
use super::{Defaults, Document, Planned, Prepared, TemplateContext, Version, masthead};
use crate::config::DocumentSpec;
use crate::figures::{Distribution, FormFigures};
use crate::i18n::{Catalogs, Collation, Phrases};
use crate::inputs::Inputs;
use crate::model::State;
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::model::submission::Submission;

/// The kind's name in `conference.toml` and the manifest.
pub const KIND: &str = "compilation";

/// One `[[documents]]` entry of this kind.
#[derive(Debug)]
pub struct Compilation {
    spec: DocumentSpec,
}

/// Each language version of the entry (often English only, as conference room papers are).
pub fn plan(spec: &DocumentSpec, inputs: &Inputs) -> Result<super::Plan> {
    if spec.form.is_none() {
        anyhow::bail!(
            "{}: documents {}: a compilation needs the questionnaire whose replies it reproduces, e.g. form = \"tip_2026\"",
            inputs.display(&inputs.dir.join("conference.toml")),
            spec.symbol
        );
    }
    let planned =
        spec.versions().into_iter().map(|lang| Planned::new(Compilation { spec: spec.clone() }, super::conference_version(spec, lang, inputs))).collect();
    Ok((planned, Vec::new()))
}

/// One State's answer to one question.
#[derive(Debug, Serialize)]
pub struct Entry {
    pub state: String,
    pub answer: String,
}

#[derive(Debug, Serialize)]
pub struct CompiledQuestion {
    /// "Question 7: If the answer is “No” or “Partly”, please explain…"
    pub heading: String,
    pub entries: Vec<Entry>,
    /// "Question 7 applied to 33 States; 2 of them did not answer it."
    pub note: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct CompiledSection {
    pub title: String,
    pub questions: Vec<CompiledQuestion>,
}

#[derive(Debug, Serialize)]
pub struct CompiledChapter {
    pub title: String,
    pub sections: Vec<CompiledSection>,
}

/// Everything the compilation template prints.
#[derive(Debug, Serialize)]
pub struct CompilationModel {
    pub introduction: Vec<String>,
    pub chapters: Vec<CompiledChapter>,
    pub columns: [String; 2],
    pub none: String,
}

impl Document for Compilation {
    fn kind(&self) -> &'static str {
        KIND
    }

    fn template(&self) -> &'static str {
        "compilation.typ.j2"
    }

    fn prepare(&self, version: &Version, inputs: &Inputs, catalogs: &Catalogs) -> Result<Prepared> {
        let p = catalogs.phrases(version.lang);
        let (doc, m) = edition(p, &self.spec, inputs)?;
        Prepared::new(&TemplateContext { lang: p.lang(), doc: &doc, m: &m }, Default::default())
    }
}

/// The compilation `spec` in the language of `p` as its HTML edition prints it: the masthead and
/// the same model as the PDF's.
pub fn edition(p: Phrases<'_>, spec: &crate::config::DocumentSpec, inputs: &Inputs) -> Result<(masthead::Masthead, CompilationModel)> {
    let form_id = spec.form.as_deref().ok_or_else(|| anyhow::anyhow!("{} names no form", spec.symbol))?;
    let form = inputs
        .form(form_id)
        .ok_or_else(|| anyhow::anyhow!("the questionnaire {} did not load, so its replies cannot be compiled", crate::quote::quoted(form_id)))?;
    let figures = inputs.figures.get(form_id).ok_or_else(|| anyhow::anyhow!("no replies were read for {form_id}"))?;
    let doc = masthead::masthead(&inputs.conference, spec, p, Defaults { title: title(p, form), author: p.t("compilation-author") })?;
    // The analytical report on the same form, which the compilation accompanies.
    let report = inputs.conference.documents.iter().find(|d| d.kind == super::report::KIND && d.form.as_deref() == Some(form_id)).map(|d| d.symbol.as_str());
    Ok((doc, model(p, inputs, form, figures, report)))
}

/// A compilation's title in the language of `p`.
pub fn title(p: Phrases<'_>, form: &Questionnaire) -> String {
    p.plain("compilation-title", &[("form", form.title.get(p.lang(), &form.default_language).unwrap_or(&form.form_id).into())])
}

/// The compilation of the replies the report on `form` counts (received by the cut-off date).
pub fn model(p: Phrases<'_>, inputs: &Inputs, form: &Questionnaire, figures: &FormFigures, report: Option<&str>) -> CompilationModel {
    let lang = p.lang();
    // The counted replies, their States in the order of the document's language.
    let mut replies: Vec<(&State, &Submission)> = inputs
        .submissions
        .iter()
        .filter(|s| s.form_id == form.form_id && figures.respondents.states.contains(&s.state))
        .filter_map(|s| inputs.states.get(&s.state).map(|state| (state, s)))
        .collect();
    Collation::new(lang).sort_by_name(&mut replies, |(state, _)| state.name(lang));
    let date = p.date(figures.as_at);
    let mut introduction = vec![p.fmt("compilation-intro", &[("count", figures.respondents.count.into()), ("date", date.as_str().into())])];
    introduction.push(match report {
        Some(symbol) => p.fmt("compilation-report", &[("symbol", symbol.into())]),
        None => p.fmt("compilation-no-report", &[]),
    });
    let label = |q: &Question| q.label.get(lang, &form.default_language).unwrap_or(&q.name).to_string();
    let group_title = |g: Option<usize>| match g {
        None => p.plain("report-ungrouped", &[]),
        Some(g) => {
            let group = &form.groups[g];
            let title = group.label.get(lang, &form.default_language).unwrap_or(&group.name).to_string();
            match &group.provision {
                Some(provision) => p.plain("report-article", &[("title", title.into()), ("provision", p.provision(provision).into())]),
                None => title,
            }
        }
    };
    let compile = |q: &Question| -> CompiledQuestion {
        let heading = p.fmt("report-question", &[("number", q.number.clone().unwrap_or_default().into()), ("label", label(q).into())]);
        let entries: Vec<Entry> = replies
            .iter()
            .filter_map(|(state, reply)| reply_answer(p, form, q, reply).map(|answer| Entry { state: state.name(lang).to_string(), answer }))
            .collect();
        let applied = replies.iter().filter(|(_, reply)| form.repeat_of(q).is_some() || crate::validate::applies(form, q, reply)).count() as u64;
        let silent = applied.saturating_sub(entries.len() as u64);
        let note = (silent > 0).then(|| p.fmt("compilation-unanswered", &[("number", q.number.clone().unwrap_or_default().into()), ("count", silent.into())]));
        CompiledQuestion { heading, entries, note }
    };
    // The report's chapters and sections, every question of a repeat in its place.
    let chapters: Vec<CompiledChapter> = figures
        .chapters
        .iter()
        .map(|chapter| {
            let single = chapter.sections.len() == 1;
            let sections = chapter
                .sections
                .iter()
                .map(|section| {
                    let questions = section
                        .questions
                        .iter()
                        .flat_map(|qf| match &qf.distribution {
                            Distribution::Repeat { questions, .. } => questions.iter().filter_map(|rq| form.question(&rq.name)).collect::<Vec<_>>(),
                            _ => form.question(&qf.name).into_iter().collect(),
                        })
                        .filter(|q| q.publish && !matches!(q.kind, QuestionKind::Note))
                        .map(compile)
                        .collect();
                    let title = if single || section.group == chapter.group { String::new() } else { group_title(section.group) };
                    CompiledSection { title, questions }
                })
                .collect();
            let title = if single { group_title(chapter.sections[0].group) } else { group_title(chapter.group) };
            CompiledChapter { title, sections }
        })
        .collect();
    let mut chapters: Vec<CompiledChapter> = chapters;
    // The answers on technical assistance, which the report counts in a chapter of its own.
    let assistance: Vec<CompiledQuestion> =
        form.questions.iter().filter(|q| q.technical_assistance && q.publish && q.kind.is_answered()).map(compile).collect();
    if !assistance.is_empty() {
        chapters.push(CompiledChapter {
            title: p.plain("report-assistance", &[]),
            sections: vec![CompiledSection { title: String::new(), questions: assistance }],
        });
    }
    CompilationModel {
        introduction,
        chapters,
        columns: [p.plain("compilation-column-state", &[]), p.plain("compilation-column-answer", &[])],
        none: p.plain("compilation-none", &[]),
    }
}
