//! The analytical report of the Secretariat on the replies to one questionnaire: the figures of
//! `figures::FormFigures` put into the words, tables and charts of one language. Nothing is
//! counted here; every number printed comes from the figures, so every language version prints
//! the same ones.

pub mod analysis;
mod annexes;
mod assistance;
mod comparison;
mod questions;
mod replies;
mod revision;

use anyhow::Context as _;
use serde::Serialize;

use super::{Defaults, Document, Planned, Prepared, TemplateContext, Version, masthead};
use crate::charts::Chart;
use crate::config::{Conference, DocumentSpec};
use crate::figures::{Distribution, FormFigures, Tally};
use crate::i18n::{Catalogs, Phrases};
use crate::inputs::Inputs;
use crate::model::questionnaire::{Question, Questionnaire};
use crate::model::{Diagnostic, RegionalGroup, States};

/// The kind's name in `conference.toml` and the manifest.
pub const KIND: &str = "analytical-report";

/// One `[[documents]]` entry of this kind: a report on the replies to one questionnaire.
#[derive(Debug)]
pub struct AnalyticalReport {
    spec: DocumentSpec,
    form_id: String,
}

/// Each language version of the entry, sharing one figures file; warnings when the report
/// lacks its mandate or concluding remarks.
pub fn plan(spec: &DocumentSpec, inputs: &Inputs) -> anyhow::Result<super::Plan> {
    let file = inputs.display(&inputs.dir.join("conference.toml"));
    let Some(form_id) = spec.form.clone() else {
        anyhow::bail!("{file}: documents {}: an analytical report needs the questionnaire it analyses, e.g. form = \"tip_2026\"", spec.symbol);
    };
    let figures = format!("documents/{}.figures.json", super::symbol_slug(&spec.symbol));
    let planned = spec
        .versions()
        .into_iter()
        .map(|lang| {
            let version = Version { figures: Some(figures.clone()), ..super::conference_version(spec, lang, inputs) };
            Planned::new(AnalyticalReport { spec: spec.clone(), form_id: form_id.clone() }, version)
        })
        .collect();
    let mut warnings = Vec::new();
    let reporting = &inputs.conference.reporting;
    match &reporting.mandate {
        Some(mandate) => {
            warnings.extend(spec.versions().into_iter().filter_map(|lang| crate::config::missing_text(&file, "reporting.mandate".into(), mandate, lang)))
        }
        None => warnings.push(
            Diagnostic::warning(&file, format!("documents {}: no reporting.mandate; the report has no section on its mandate", spec.symbol))
                .hint("write the mandate (article 32 of the Convention and the Conference's decision) in [reporting] mandate = { en = \"…\" }"),
        ),
    }
    if spec.conclusions.is_none() {
        warnings.push(
            Diagnostic::warning(&file, format!("documents {}: no concluding remarks; the report ends without them", spec.symbol))
                .hint("write them in conclusions = { en = \"…\", fr = \"…\" } (palermo does not invent them)"),
        );
    }
    Ok((planned, warnings))
}

impl Document for AnalyticalReport {
    fn kind(&self) -> &'static str {
        KIND
    }

    fn template(&self) -> &'static str {
        "report.typ.j2"
    }

    fn prepare(&self, version: &Version, inputs: &Inputs, catalogs: &Catalogs) -> anyhow::Result<Prepared> {
        let p = catalogs.phrases(version.lang);
        let (doc, m) = edition(p, &self.spec, inputs)?;
        let assets = m.charts.iter().map(|c| (c.path.clone(), c.svg.clone().into_bytes())).collect();
        Prepared::new(&TemplateContext { lang: p.lang(), doc: &doc, m: &m }, assets)
    }

    fn shared_files(&self, version: &Version, inputs: &Inputs) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
        let (Some(path), Some(figures)) = (&version.figures, inputs.figures.get(&self.form_id)) else { return Ok(Vec::new()) };
        let original = original_figures(&self.spec, &self.form_id, inputs);
        let mut file = figures_json(&self.spec.symbol, figures);
        if let Some(original) = original {
            file["original"] = figures_json(self.spec.original_symbol(), original);
            file["added"] = revision::added(figures, original).into();
        }
        if let Some(then) = previous_figures(&self.form_id, inputs) {
            let symbol = inputs.previous.as_ref().and_then(|p| p.forms.get(&self.form_id)).map_or("", |f| f.form_id.as_str());
            file["previous_cycle"] = figures_json(symbol, then);
            file["first_time"] = comparison::first_time(figures, then).into();
            file["not_again"] = comparison::not_again(figures, then).into();
        }
        let mut bytes = serde_json::to_vec_pretty(&file)?;
        bytes.push(b'\n');
        Ok(vec![(path.clone(), bytes)])
    }
}

/// The report on `spec` in the language of `p` as its HTML edition prints it: the masthead and
/// the same model as the PDF's (paragraphs, tables, charts, annexes).
pub fn edition(p: Phrases<'_>, spec: &DocumentSpec, inputs: &Inputs) -> anyhow::Result<(masthead::Masthead, Report)> {
    let form_id = spec.form.as_deref().ok_or_else(|| anyhow::anyhow!("{} names no form", spec.symbol))?;
    let form = inputs.form(form_id).ok_or_else(|| {
        anyhow::anyhow!("the questionnaire {} did not load (see its errors above), so its report cannot be made", crate::quote::quoted(form_id))
    })?;
    let figures = inputs.figures.get(form_id).ok_or_else(|| anyhow::anyhow!("no figures for {form_id}: its replies were not read"))?;
    let defaults = Defaults { title: title(p, spec, form, &inputs.conference), author: p.t("report-author") };
    let doc = masthead::masthead(&inputs.conference, spec, p, defaults)?;
    let analysis = analysis::read(p, inputs, form, figures).map_err(anyhow::Error::msg)?;
    let revision = original_figures(spec, form_id, inputs).map(|original| revision::Revision { symbol: spec.original_symbol().to_string(), original });
    let comparison = previous_figures(form_id, inputs).map(|then| comparison::Comparison { then });
    let m = model(p, &inputs.conference, spec, form, figures, &inputs.states, analysis, revision, comparison)
        .map_err(anyhow::Error::msg)
        .context("cannot draw a chart")?;
    Ok((doc, m))
}

/// A report's title in the language of `p`: the revised form for a revision.
pub fn title(p: Phrases<'_>, spec: &DocumentSpec, form: &Questionnaire, conference: &Conference) -> String {
    if spec.revision.is_some() { revised_title(p, form, conference) } else { default_title(p, form, conference) }
}

/// The previous cycle's figures of the form, counted by this cycle's form (`[previous]`).
fn previous_figures<'i>(form_id: &str, inputs: &'i Inputs) -> Option<&'i FormFigures> {
    inputs.previous.as_ref()?.forms.get(form_id).map(|f| &f.figures)
}

/// For a revision, the figures of the report it revises: the same replies, cut at
/// `original_as_at`.
fn original_figures<'i>(spec: &DocumentSpec, form_id: &str, inputs: &'i Inputs) -> Option<&'i FormFigures> {
    let (Some(_), Some(original_as_at)) = (spec.revision, spec.original_as_at) else { return None };
    inputs.figures_as_at.get(&(form_id.to_string(), original_as_at))
}

/// A report's figures file: every figure, what it counts, its value and the States counted.
pub fn figures_file(symbol: &str, figures: &FormFigures) -> anyhow::Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(&figures_json(symbol, figures))?;
    bytes.push(b'\n');
    Ok(bytes)
}

fn figures_json(symbol: &str, figures: &FormFigures) -> serde_json::Value {
    serde_json::json!({
        "symbol": symbol,
        "form_id": figures.form_id,
        "as_at": figures.as_at,
        "rounding": "a per cent is 100 × numerator / denominator, rounded half up to a whole number, once",
        "figures": figures.registry.figures,
    })
}

/// A table as the template prints it: caption, header, rows, and which columns hold numbers.
#[derive(Debug, Clone, Serialize)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Typst widths of the columns: "1fr", "18mm".
    pub widths: Vec<String>,
    /// Columns aligned at the end (figures).
    pub numeric: Vec<bool>,
    /// The last row is a total, printed in bold over a rule.
    pub total: bool,
}

/// One piece of a section, printed in order.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// A numbered paragraph.
    Para {
        text: String,
    },
    /// A paragraph quoting the question asked (not numbered).
    Question {
        text: String,
    },
    /// An unnumbered paragraph (annexes are not numbered with the body).
    Note {
        text: String,
    },
    /// Names set in balanced columns, read down each column (the States of annex I).
    List {
        columns: Vec<Vec<String>>,
    },
    Table {
        table: Table,
    },
    Figure {
        caption: String,
        chart: Chart,
    },
    /// Analysts' text as Typst markup palermo wrote from their Markdown, every text escaped:
    /// a numbered paragraph, or a list or quotation that is not numbered; and the same as HTML
    /// for the report's HTML edition.
    Markup {
        markup: String,
        html: String,
        numbered: bool,
    },
}

impl Block {
    /// Names in three balanced columns, read down each column.
    pub fn names_in_columns(names: &[String]) -> Block {
        let per_column = names.len().div_ceil(3).max(1);
        Block::List { columns: names.chunks(per_column).map(<[String]>::to_vec).collect() }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    /// Empty for a chapter whose single article has no lettered section.
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Chapter {
    pub title: String,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Annex {
    pub label: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// Everything the report template prints.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub form_id: String,
    pub has_replies: bool,
    pub introduction: String,
    /// The sections of chapter I: mandate (when given), scope, replies, overview.
    pub intro_sections: Vec<Section>,
    pub chapters: Vec<Chapter>,
    pub assistance: Option<Chapter>,
    pub conclusions: Option<Chapter>,
    pub annexes: Vec<Annex>,
    /// The footnote saying that the information is reproduced as received.
    pub as_received: String,
    /// Every chart of the report, by virtual path (served to Typst beside the source).
    #[serde(skip)]
    pub charts: Vec<Chart>,
}

/// Numbers tables and figures in the order the template prints them, so that the text can
/// refer to "table 3" and "figure II" as the document numbers them.
struct Counters {
    tables: u64,
    figures: u64,
}

struct Builder<'a> {
    p: Phrases<'a>,
    form: &'a Questionnaire,
    figures: &'a FormFigures,
    states: &'a States,
    names: InstrumentNames,
    counters: Counters,
    charts: Vec<Chart>,
    /// The symbol of the compilation of replies to the form, when the conference has one.
    compilation: Option<String>,
}

/// How a language names the form's instrument in a sentence: "the … Convention" after "of"
/// ("de la Convention", "Конвенции"), the short title after "of" and after "parties to". A
/// questionnaire without an instrument is named by its own title.
struct InstrumentNames {
    of: String,
    short_of: String,
    short_to: String,
}

impl InstrumentNames {
    fn of(p: Phrases<'_>, form: &Questionnaire) -> Self {
        match form.instrument {
            Some(i) => Self {
                of: p.plain(&format!("instrument-of-{}", i.code()), &[]),
                short_of: p.plain(&format!("instrument-short-of-{}", i.code()), &[]),
                short_to: p.plain(&format!("instrument-short-to-{}", i.code()), &[]),
            },
            None => {
                let title = form.title.get(p.lang(), &form.default_language).unwrap_or(&form.form_id).to_string();
                let questionnaire = p.plain("report-questionnaire-of", &[]);
                Self { of: title, short_of: questionnaire.clone(), short_to: questionnaire }
            }
        }
    }
}

/// A revision's title: "Implementation of the …: updated information based on additional replies
/// received from States for the first reporting cycle".
pub fn revised_title(p: Phrases<'_>, form: &Questionnaire, conference: &Conference) -> String {
    let names = InstrumentNames::of(p, form);
    p.plain("report-title-revised", &[("instrument_of", names.of.into()), ("cycle", conference.reporting.cycle.into())])
}

/// The default title: "Implementation of the …: information received from States for the first
/// reporting cycle".
pub fn default_title(p: Phrases<'_>, form: &Questionnaire, conference: &Conference) -> String {
    let names = InstrumentNames::of(p, form);
    p.plain("report-title", &[("instrument_of", names.of.into()), ("cycle", conference.reporting.cycle.into())])
}

/// The report on `form` in the language of `p`; for a revision, with what it revises.
#[allow(clippy::too_many_arguments)]
fn model(
    p: Phrases<'_>,
    conference: &Conference,
    spec: &DocumentSpec,
    form: &Questionnaire,
    figures: &FormFigures,
    states: &States,
    analysis: Option<analysis::Analysis>,
    revision: Option<revision::Revision>,
    comparison: Option<comparison::Comparison>,
) -> Result<Report, String> {
    // The analysts' text by the part it follows (a heading named twice adds to it).
    let mut parts: std::collections::BTreeMap<String, Vec<Block>> = std::collections::BTreeMap::new();
    let analysis_file = analysis.as_ref().map(|a| a.file.clone()).unwrap_or_default();
    for (name, blocks) in analysis.map(|a| a.parts).unwrap_or_default() {
        parts.entry(name).or_default().extend(blocks);
    }
    let mut take = |name: &str| parts.remove(name).unwrap_or_default();
    let names = InstrumentNames::of(p, form);
    // Where the States' own words are reproduced: the compilation of replies to this form.
    let compilation =
        conference.documents.iter().find(|d| d.kind == "compilation" && d.form.as_deref() == Some(form.form_id.as_str())).map(|d| d.symbol.clone());
    let mut b = Builder { p, form, figures, states, names, counters: Counters { tables: 0, figures: 0 }, charts: Vec::new(), compilation };
    let has_replies = figures.respondents.count > 0;
    let lang = p.lang();
    let mut intro_sections = Vec::new();
    if let Some(mandate) = &conference.reporting.mandate {
        intro_sections.push(Section { title: p.plain("report-mandate", &[]), blocks: paragraphs(&p.prose(mandate.get(lang))) });
    }
    // The chapters are numbered: I introduction, then one per section of the form, then
    // technical assistance, then concluding remarks.
    let analysis = figures.chapters.len() as u64;
    let assistance_number = 2 + analysis;
    let chapter_ref = |n: u64| p.numbered("ref-chapter", n);
    let analysed = match analysis {
        0 => String::new(),
        1 => chapter_ref(2),
        _ => p.plain("report-chapter-range", &[("first", chapter_ref(2).into()), ("last", chapter_ref(1 + analysis).into()), ("count", analysis.into())]),
    };
    let mut scope = vec![Block::Para {
        text: p.fmt(
            "report-scope-text",
            &[("instrument_of", b.names.of.clone().into()), ("cycle", conference.reporting.cycle.into()), ("date", p.date(figures.as_at).into())],
        ),
    }];
    scope.push(Block::Para { text: b.scope_questions() });
    scope.push(Block::Para {
        text: p.fmt(
            if analysis == 1 { "report-scope-structure-one" } else { "report-scope-structure" },
            &[("chapters", analysed.into()), ("assistance", chapter_ref(assistance_number).into()), ("conclusions", chapter_ref(assistance_number + 1).into())],
        ),
    });
    scope
        .push(Block::Para { text: p.fmt("report-scope-basis", &[("note", crate::render::NOTE_MARK.into()), ("population", figures.population.key().into())]) });
    scope.extend(take("introduction"));
    intro_sections.push(Section { title: p.plain("report-scope", &[]), blocks: scope });
    let mut replies = b.replies()?;
    // The revision's annex follows annexes I and II (when there are replies to tabulate).
    let revision_annex = if has_replies { 3 } else { 1 };
    if let Some(revision) = &revision {
        replies.insert(0, b.revision_paragraph(revision, revision_annex));
    }
    replies.extend(take("replies"));
    intro_sections.push(Section { title: p.plain("report-replies", &[]), blocks: replies });
    if has_replies && !figures.implementation.by_obligation.is_empty() {
        intro_sections.push(Section { title: p.plain("report-overview", &[]), blocks: b.overview() });
    }
    if let (true, Some(comparison)) = (has_replies, &comparison) {
        let mut blocks = b.comparison(comparison);
        blocks.extend(take("comparison"));
        intro_sections.push(Section { title: p.plain("report-comparison", &[]), blocks });
    }

    let mut chapters = Vec::new();
    for chapter in &figures.chapters {
        // A chapter of one section is titled by it; a section holding the questions a chapter
        // asks directly has no title of its own.
        let single = chapter.sections.len() == 1;
        let mut sections = Vec::new();
        for section in &chapter.sections {
            let title = if single || section.group == chapter.group { String::new() } else { b.section_title(section.group) };
            let mut blocks = Vec::new();
            for q in &section.questions {
                match (&q.distribution, form.question(&q.name)) {
                    (Distribution::Repeat { .. }, _) => blocks.extend(b.repeat(&q.name, &q.distribution, has_replies)?),
                    (_, Some(question)) => blocks.extend(b.question(question, &q.distribution, has_replies)?),
                    (_, None) => {}
                }
                blocks.extend(take(&q.name));
                // The analysts' text on a repeat's questions follows the repeat.
                if let Distribution::Repeat { questions, .. } = &q.distribution {
                    for rq in questions {
                        blocks.extend(take(&rq.name));
                    }
                }
            }
            if let Some(g) = section.group.filter(|g| Some(*g) != chapter.group) {
                blocks.extend(take(&form.groups[g].name));
            }
            sections.push(Section { title, blocks });
        }
        // The text on a chapter's group follows its last section.
        if let (Some(g), Some(last)) = (chapter.group, sections.last_mut()) {
            last.blocks.extend(take(&form.groups[g].name));
        }
        let title = match (single, chapter.group) {
            (true, _) => b.section_title(chapter.sections[0].group),
            (false, Some(g)) => b.group_label(&form.groups[g]),
            (false, None) => p.plain("report-ungrouped", &[]),
        };
        chapters.push(Chapter { title, sections });
    }
    let mut assistance = if figures.assistance.articles.is_empty() { None } else { Some(b.assistance(has_replies)?) };
    let on_assistance = take("technical-assistance");
    match assistance.as_mut().and_then(|a| a.sections.last_mut()) {
        Some(last) => last.blocks.extend(on_assistance),
        None if !on_assistance.is_empty() => {
            return Err(format!(
                "{analysis_file}: ## technical-assistance: the report has no chapter on technical assistance, as the form asks no question on it"
            ));
        }
        None => {}
    }
    // The conclusions of conference.toml, then the analysts' (or the analysts' alone).
    let mut concluding: Vec<Block> = spec.conclusions.as_ref().map(|c| paragraphs(&p.prose(c.get(lang)))).unwrap_or_default();
    concluding.extend(take("conclusions"));
    let conclusions = (!concluding.is_empty())
        .then(|| Chapter { title: p.plain("report-conclusions", &[]), sections: vec![Section { title: String::new(), blocks: concluding }] });
    // A group or question with no place in the report (a question with no answers to count).
    if let Some(name) = parts.keys().next() {
        return Err(format!(
            "{analysis_file}: ## {name}: the report has no text on it to follow (a question on technical assistance is in its chapter: write under ## technical-assistance)"
        ));
    }
    let mut annexes = Vec::new();
    if has_replies {
        annexes.push(b.respondents_annex());
        annexes.push(b.tables_annex());
    }
    if let Some(revision) = &revision {
        annexes.push(b.revision_annex(revision, revision_annex));
    }
    Ok(Report {
        form_id: form.form_id.clone(),
        has_replies,
        introduction: p.plain("report-introduction", &[]),
        intro_sections,
        chapters,
        assistance,
        conclusions,
        annexes,
        as_received: p.t("reproduced-as-received"),
        charts: b.charts,
    })
}

/// Text split into numbered paragraphs at blank lines.
fn paragraphs(text: &str) -> Vec<Block> {
    text.split("\n\n").map(str::trim).filter(|t| !t.is_empty()).map(|t| Block::Para { text: t.replace('\n', " ") }).collect()
}

impl Builder<'_> {
    /// The States of `codes` by name, in the language's order.
    fn names_of(&self, codes: &[String]) -> Vec<String> {
        let lang = self.p.lang();
        let mut names: Vec<String> = codes.iter().filter_map(|c| self.states.get(c)).map(|s| s.name(lang).to_string()).collect();
        crate::i18n::Collation::new(lang).sort_by_name(&mut names, |n| n.as_str());
        names
    }

    fn next_table(&mut self) -> u64 {
        self.counters.tables += 1;
        self.counters.tables
    }

    fn next_figure(&mut self) -> u64 {
        self.counters.figures += 1;
        self.counters.figures
    }

    fn table_ref(&self, n: u64) -> String {
        self.p.numbered("numbering-table", n)
    }

    fn figure_ref(&self, n: u64) -> String {
        self.p.numbered("ref-figure", n)
    }

    fn pct(&self, t: &Tally) -> String {
        t.per_cent.map_or("—".to_string(), |v| self.p.percent(v))
    }

    /// A share in parentheses after its count: "two thirds" where the share is exactly a half,
    /// a third, two thirds, a quarter or three quarters, else its per cent.
    fn share(&self, t: &Tally) -> String {
        let (n, of) = (t.count, t.of.unwrap_or(0));
        let which = match () {
            _ if n == 0 || of == 0 || n == of => None,
            _ if 2 * n == of => Some("half"),
            _ if 3 * n == of => Some("third"),
            _ if 3 * n == 2 * of => Some("two-thirds"),
            _ if 4 * n == of => Some("quarter"),
            _ if 4 * n == 3 * of => Some("three-quarters"),
            _ => None,
        };
        which.map_or_else(|| self.pct(t), |w| self.p.plain("fraction", &[("which", w.into())]))
    }

    /// The per cent after a preposition that governs a case (`percent-of`).
    fn pct_of(&self, t: &Tally) -> String {
        t.per_cent.map_or("—".to_string(), |v| self.p.percent_of(v))
    }

    fn pct_short(&self, t: &Tally) -> String {
        t.per_cent.map_or("—".to_string(), |v| self.p.percent_short(v))
    }

    fn num(&self, n: u64) -> String {
        self.p.number(n as f64)
    }

    fn label_of(&self, question: &Question) -> String {
        question.label.get(self.p.lang(), &self.form.default_language).unwrap_or(&question.name).to_string()
    }

    fn choice_label(&self, question: &Question, choice: &str) -> String {
        self.form.choice(&question.name, choice).and_then(|c| c.label.get(self.p.lang(), &self.form.default_language)).unwrap_or(choice).to_string()
    }

    fn group_label(&self, group: &crate::model::questionnaire::Group) -> String {
        group.label.get(self.p.lang(), &self.form.default_language).unwrap_or(&group.name).to_string()
    }

    /// "Criminalization (article 5)"; the questions outside every group are "General questions".
    fn section_title(&self, group: Option<usize>) -> String {
        let Some(group) = group else { return self.p.plain("report-ungrouped", &[]) };
        let g = &self.form.groups[group];
        let title = self.group_label(g);
        match &g.provision {
            Some(provision) => self.p.plain("report-article", &[("title", title.into()), ("provision", self.p.provision(provision).into())]),
            None => title,
        }
    }

    /// "The questionnaire contained 20 questions on five articles of the Protocol." or, for a form
    /// whose questions name no article, "… 17 questions in five sections."
    fn scope_questions(&self) -> String {
        let sections = self.figures.chapters.iter().flat_map(|c| &c.sections);
        let questions: u64 = sections
            .clone()
            .flat_map(|s| &s.questions)
            .map(|q| match &q.distribution {
                Distribution::Repeat { questions, .. } => questions.len() as u64,
                _ => 1,
            })
            .sum();
        let mut articles: Vec<u32> = Vec::new();
        for q in sections.clone().flat_map(|s| &s.questions) {
            let question = self.form.question(&q.name);
            let provision = question.and_then(|x| x.provision.as_ref().or_else(|| x.group.and_then(|g| self.form.groups[g].provision.as_ref())));
            if let Some(article) = provision.map(|pr| pr.article).filter(|a| !articles.contains(a)) {
                articles.push(article);
            }
        }
        if articles.is_empty() {
            let sections = sections.count() as u64;
            return self.p.fmt("report-scope-sections", &[("questions", questions.into()), ("sections", sections.into())]);
        }
        let short_of = self.names.short_of.clone();
        self.p.fmt("report-scope-questions", &[("questions", questions.into()), ("articles", (articles.len() as u64).into()), ("short_of", short_of.into())])
    }

    fn group_names(&self) -> Vec<String> {
        RegionalGroup::ALL.iter().map(|g| self.p.group_name(g)).collect()
    }

    fn short_group_names(&self) -> Vec<String> {
        RegionalGroup::ALL.iter().map(|g| self.p.group_short_name(g)).collect()
    }

    /// "Criminalization (article 5)" for the article an assistance question belongs to.
    fn article_name(&self, name: &str, provision: &Option<crate::model::treaty::Provision>) -> String {
        match self.form.question(name).and_then(|q| q.group) {
            Some(g) => self.section_title(Some(g)),
            None => provision.as_ref().map_or(name.to_string(), |pr| crate::i18n::capitalized(&self.p.provision(pr))),
        }
    }
}
