//! The analytical report of the Secretariat on the replies to one questionnaire: the figures of
//! `figures::FormFigures` put into the words, tables and charts of one language. Nothing is
//! counted here; every number printed comes from the figures, so every language version prints
//! the same ones.

use serde::Serialize;

use crate::charts::{self, BarChart, Chart, Segment, StackedBarChart, StackedRow};
use crate::config::{Conference, DocumentSpec};
use crate::figures::{Distribution, FormFigures, NumberSummary, RankedChoice, Tally};
use crate::i18n::{Collation, Phrases};
use crate::load::states::StatesFile;
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::model::RegionalGroup;

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
    Para { text: String },
    /// A paragraph quoting the question asked (not numbered).
    Question { text: String },
    /// An unnumbered paragraph (annexes are not numbered with the body).
    Note { text: String },
    /// Names set in balanced columns, read down each column (the States of annex I).
    List { columns: Vec<Vec<String>> },
    Table { table: Table },
    Figure { caption: String, chart: Chart },
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
    states: &'a StatesFile,
    names: InstrumentNames,
    counters: Counters,
    charts: Vec<Chart>,
    rtl: bool,
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

/// The default title: "Implementation of the …: information received from States for the first
/// reporting cycle".
pub fn default_title(p: Phrases<'_>, form: &Questionnaire, conference: &Conference) -> String {
    let names = InstrumentNames::of(p, form);
    p.plain("report-title", &[("instrument_of", names.of.into()), ("cycle", conference.reporting.cycle.into())])
}

/// The report on `form` in the language of `p`.
pub fn model(p: Phrases<'_>, conference: &Conference, spec: &DocumentSpec, form: &Questionnaire, figures: &FormFigures, states: &StatesFile) -> Result<Report, String> {
    let names = InstrumentNames::of(p, form);
    let mut b = Builder { p, form, figures, states, names, counters: Counters { tables: 0, figures: 0 }, charts: Vec::new(), rtl: p.lang() == "ar" };
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
        _ => p.plain("report-chapter-range", &[("first", chapter_ref(2).into()), ("last", chapter_ref(1 + analysis).into())]),
    };
    let mut scope = vec![Block::Para {
        text: p.fmt("report-scope-text", &[("instrument_of", b.names.of.clone().into()), ("cycle", conference.reporting.cycle.into()), ("date", p.date(figures.as_at).into())]),
    }];
    let articles = figures.chapters.iter().flat_map(|c| &c.sections).count() as u64;
    let questions = figures.chapters.iter().flat_map(|c| &c.sections).flat_map(|s| &s.questions).count() as u64;
    scope.push(Block::Para { text: p.fmt("report-scope-questions", &[("questions", questions.into()), ("articles", articles.into()), ("short_of", b.names.short_of.clone().into())]) });
    scope.push(Block::Para {
        text: p.fmt(
            if analysis == 1 { "report-scope-structure-one" } else { "report-scope-structure" },
            &[("chapters", analysed.into()), ("assistance", chapter_ref(assistance_number).into()), ("conclusions", chapter_ref(assistance_number + 1).into())],
        ),
    });
    scope.push(Block::Para { text: p.fmt("report-scope-basis", &[("note", crate::render::NOTE_MARK.into())]) });
    intro_sections.push(Section { title: p.plain("report-scope", &[]), blocks: scope });
    intro_sections.push(Section { title: p.plain("report-replies", &[]), blocks: b.replies() });
    if has_replies && !figures.implementation.by_obligation.is_empty() {
        intro_sections.push(Section { title: p.plain("report-overview", &[]), blocks: b.overview() });
    }

    let mut chapters = Vec::new();
    for chapter in &figures.chapters {
        let group = &form.groups[chapter.group];
        let single = chapter.sections.len() == 1;
        let mut sections = Vec::new();
        for section in &chapter.sections {
            let title = if single { String::new() } else { b.section_title(section.group) };
            let mut blocks = Vec::new();
            for q in &section.questions {
                if let Some(question) = form.question(&q.name) {
                    blocks.extend(b.question(question, &q.distribution, has_replies));
                }
            }
            sections.push(Section { title, blocks });
        }
        let title = if single { b.section_title(chapter.sections[0].group) } else { b.group_label(group) };
        chapters.push(Chapter { title, sections });
    }
    let assistance = (!figures.assistance.articles.is_empty()).then(|| b.assistance(has_replies));
    let conclusions = spec.conclusions.as_ref().map(|c| Chapter {
        title: p.plain("report-conclusions", &[]),
        sections: vec![Section { title: String::new(), blocks: paragraphs(&p.prose(c.get(lang))) }],
    });
    let mut annexes = Vec::new();
    if has_replies {
        annexes.push(b.respondents_annex());
        annexes.push(b.tables_annex());
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

    /// "Criminalization (article 5)".
    fn section_title(&self, group: usize) -> String {
        let g = &self.form.groups[group];
        let title = self.group_label(g);
        match &g.provision {
            Some(provision) => self.p.plain("report-article", &[("title", title.into()), ("provision", provision.words(self.p).into())]),
            None => title,
        }
    }

    fn group_names(&self) -> Vec<String> {
        RegionalGroup::ALL.iter().map(|g| g.name(self.p)).collect()
    }

    fn short_group_names(&self) -> Vec<String> {
        RegionalGroup::ALL.iter().map(|g| g.short_name(self.p)).collect()
    }

    /// "Criminalization (article 5)" for the article an assistance question belongs to.
    fn article_name(&self, name: &str, provision: &Option<crate::model::treaty::Provision>) -> String {
        match self.form.question(name).and_then(|q| q.group) {
            Some(g) => self.section_title(g),
            None => provision.as_ref().map_or(name.to_string(), |pr| crate::i18n::capitalized(&pr.words(self.p))),
        }
    }

    /// Chapter I, section C: who replied, the response rate by regional group (table, chart).
    fn replies(&mut self) -> Vec<Block> {
        let p = self.p;
        let f = self.figures;
        let date = p.date(f.as_at);
        if f.respondents.count == 0 {
            return vec![Block::Para { text: p.fmt("report-replies-none", &[("date", date.into())]) }];
        }
        let mut blocks = vec![Block::Para {
            text: p.fmt(
                "report-replies-text",
                &[
                    ("date", date.clone().into()),
                    ("responded", f.responded_parties.count.into()),
                    ("parties", f.parties.count.into()),
                    ("short_to", self.names.short_to.clone().into()),
                    ("percent", self.pct(&f.responded_parties).into()),
                ],
            ),
        }];
        let (sig, others) = (f.responded_signatories.count, f.responded_others.count);
        let id = match (sig > 0, others > 0) {
            (true, true) => Some("report-replies-both"),
            (true, false) => Some("report-replies-signatories"),
            (false, true) => Some("report-replies-others"),
            _ => None,
        };
        if let Some(id) = id {
            blocks.push(Block::Para { text: p.fmt(id, &[("signatories", sig.into()), ("others", others.into())]) });
        }
        if f.late.count > 0 {
            blocks.push(Block::Para { text: p.fmt("report-replies-late", &[("late", f.late.count.into()), ("date", date.into())]) });
        }
        let table = self.next_table();
        let figure = self.next_figure();
        let rated: Vec<_> = f.groups.iter().filter(|g| g.responded.per_cent.is_some()).collect();
        if let (Some(low), Some(high)) = (rated.iter().min_by_key(|g| g.responded.per_cent), rated.iter().max_by_key(|g| g.responded.per_cent)) {
            blocks.push(Block::Para {
                text: p.fmt(
                    "report-replies-groups",
                    &[
                        ("low", self.pct(&low.responded).into()),
                        ("low_group", low.group.name(p).into()),
                        ("high", self.pct(&high.responded).into()),
                        ("high_group", high.group.name(p).into()),
                        ("table", self.table_ref(table).into()),
                        ("figure", self.figure_ref(figure).into()),
                    ],
                ),
            });
        }
        let mut rows: Vec<Vec<String>> = f
            .groups
            .iter()
            .map(|g| vec![g.group.name(p), self.num(g.parties.count), self.num(g.responded.count), self.pct_short(&g.responded)])
            .collect();
        rows.push(vec![p.plain("report-total", &[]), self.num(f.parties.count), self.num(f.responded_parties.count), self.pct_short(&f.responded_parties)]);
        blocks.push(Block::Table {
            table: Table {
                caption: p.plain("report-rate-caption", &[]),
                head: ["column-group", "column-parties", "column-replies", "column-rate"].iter().map(|id| p.plain(id, &[])).collect(),
                rows,
                widths: vec!["1fr".into(), "24mm".into(), "24mm".into(), "24mm".into()],
                numeric: vec![false, true, true, true],
                total: true,
            },
        });
        let bars: Vec<(String, f64, String)> = f
            .groups
            .iter()
            .zip(self.short_group_names())
            .map(|(g, name)| (name, g.responded.per_cent.unwrap_or(0) as f64, self.pct_short(&g.responded)))
            .collect();
        let items: Vec<(String, String)> = bars.iter().map(|(l, _, v)| (l.clone(), v.clone())).collect();
        let alt = charts::alt_text(p, "chart-bar-alt", &p.plain("chart-rate-measure", &[]), &p.plain("chart-rate-category", &[]), &items);
        if let Ok(chart) = (BarChart { bars, max: Some(100.0), rtl: self.rtl, alt }).render(&format!("/chart-{figure}.svg"), 560, 200) {
            self.charts.push(chart.clone());
            blocks.push(Block::Figure { caption: p.plain("report-rate-chart-caption", &[]), chart });
        }
        blocks
    }

    /// Chapter I, section D: implementation by provision, mandatory first; by regional group.
    fn overview(&mut self) -> Vec<Block> {
        let p = self.p;
        let f = self.figures;
        let mut rows = Vec::new();
        let mut questions: Vec<&Question> = self.form.questions.iter().filter(|q| crate::figures::is_implementation_question(q)).collect();
        questions.sort_by_key(|q| q.obligation);
        for q in &questions {
            let Some(Distribution::Choices { applicable, choices, .. }) = self.distribution(&q.name) else { continue };
            let mut row = vec![
                q.provision.as_ref().map_or_else(String::new, |pr| crate::i18n::capitalized(&pr.words(p))),
                p.plain(&format!("obligation-{}", q.obligation.map_or("optional", |o| o.name())), &[]),
                self.num(applicable.count),
            ];
            row.extend(choices.iter().map(|c| self.pct_short(&c.total)));
            rows.push(row);
        }
        let list_choices: Vec<String> = questions
            .first()
            .and_then(|q| q.kind.list().and_then(|l| self.form.choices.get(l)).map(|cs| cs.iter().map(|c| self.choice_label(q, &c.name)).collect()))
            .unwrap_or_default();
        let table = self.next_table();
        let by = |o: &str| f.implementation.by_obligation.iter().find(|(ob, _)| ob.name() == o).map(|(_, t)| t.clone());
        let mandatory = by("mandatory");
        let others: Option<Tally> = {
            let rest: Vec<&Tally> = f.implementation.by_obligation.iter().filter(|(o, _)| o.name() != "mandatory").map(|(_, t)| t).collect();
            (!rest.is_empty()).then(|| {
                let yes: u64 = rest.iter().map(|t| t.count).sum();
                let of: u64 = rest.iter().map(|t| t.of.unwrap_or(0)).sum();
                Tally { id: String::new(), count: yes, of: Some(of), per_cent: crate::figures::per_cent(yes, of), states: Vec::new() }
            })
        };
        let mut blocks = Vec::new();
        let text = match (&mandatory, &others) {
            (Some(m), Some(o)) => p.fmt("report-overview-text", &[("table", self.table_ref(table).into()), ("mandatory", self.pct(m).into()), ("other", self.pct(o).into())]),
            (Some(m), None) => p.fmt("report-overview-text-mandatory", &[("table", self.table_ref(table).into()), ("mandatory", self.pct(m).into())]),
            _ => p.fmt("report-overview-text-other", &[("table", self.table_ref(table).into())]),
        };
        blocks.push(Block::Para { text });
        let mut head = vec![p.plain("column-provision", &[]), p.plain("column-obligation", &[]), p.plain("column-applicable", &[])];
        head.extend(list_choices.iter().cloned());
        let n = head.len();
        blocks.push(Block::Table {
            table: Table {
                caption: p.plain("report-overview-caption", &[]),
                head,
                rows,
                widths: std::iter::once("1fr".to_string()).chain(std::iter::once("26mm".to_string())).chain((2..n).map(|_| "16mm".to_string())).collect(),
                numeric: (0..n).map(|i| i >= 2).collect(),
                total: false,
            },
        });
        // By regional group: the figure country profiles compare a State with.
        let group_table = self.next_table();
        let rated: Vec<(RegionalGroup, &Tally)> = RegionalGroup::ALL.iter().copied().zip(&f.implementation.groups).filter(|(_, t)| t.per_cent.is_some()).collect();
        if let (Some(low), Some(high)) = (rated.iter().min_by_key(|(_, t)| t.per_cent), rated.iter().max_by_key(|(_, t)| t.per_cent)) {
            blocks.push(Block::Para {
                text: p.fmt(
                    "report-overview-groups",
                    &[
                        ("all", self.pct(&f.implementation.all).into()),
                        ("low", self.pct(low.1).into()),
                        ("low_group", low.0.name(p).into()),
                        ("high", self.pct(high.1).into()),
                        ("high_group", high.0.name(p).into()),
                        ("table", self.table_ref(group_table).into()),
                    ],
                ),
            });
        }
        let mut rows: Vec<Vec<String>> = RegionalGroup::ALL
            .iter()
            .zip(&f.implementation.groups)
            .map(|(g, t)| vec![g.name(p), self.num(t.of.unwrap_or(0)), self.num(t.count), self.pct_short(t)])
            .collect();
        let all = &f.implementation.all;
        rows.push(vec![p.plain("report-all-states", &[]), self.num(all.of.unwrap_or(0)), self.num(all.count), self.pct_short(all)]);
        blocks.push(Block::Table {
            table: Table {
                caption: p.plain("report-implementation-caption", &[]),
                head: ["column-group", "column-answers", "column-implemented", "column-share"].iter().map(|id| p.plain(id, &[])).collect(),
                rows,
                widths: vec!["1fr".into(), "24mm".into(), "24mm".into(), "24mm".into()],
                numeric: vec![false, true, true, true],
                total: true,
            },
        });
        blocks
    }

    fn distribution(&self, name: &str) -> Option<&Distribution> {
        self.figures.chapters.iter().flat_map(|c| &c.sections).flat_map(|s| &s.questions).find(|q| q.name == name).map(|q| &q.distribution)
    }

    /// The paragraphs (and chart) on one question.
    fn question(&mut self, q: &Question, d: &Distribution, has_replies: bool) -> Vec<Block> {
        let p = self.p;
        let number = q.number.clone().unwrap_or_default();
        let mut blocks = vec![Block::Question { text: p.fmt("report-question", &[("number", number.clone().into()), ("label", self.label_of(q).into())]) }];
        if let (Some(obligation), Some(provision)) = (q.obligation, &q.provision) {
            blocks.push(Block::Para {
                text: p.fmt(&format!("report-obligation-{}", obligation.name()), &[("provision", provision.words_before_of(p).into()), ("short_of", self.names.short_of.clone().into()), ("number", number.clone().into())]),
            });
        }
        if !has_replies {
            return blocks;
        }
        match d {
            Distribution::Choices { applicable, .. } | Distribution::Multiple { applicable, .. } if applicable.count == 0 => {
                blocks.push(Block::Para { text: p.fmt("report-no-applicable", &[("number", number.into())]) });
            }
            Distribution::Choices { applicable, choices, unanswered, groups_applicable, groups_unanswered } => {
                let mut counts: Vec<u64> = choices.iter().map(|c| c.total.count).collect();
                if unanswered.count > 0 {
                    counts.push(unanswered.count);
                }
                let words = p.series(&counts);
                let mut items: Vec<String> = choices
                    .iter()
                    .zip(&words)
                    .enumerate()
                    .map(|(i, (c, w))| {
                        p.plain(
                            if i == 0 { "report-choice-first" } else { "report-choice-next" },
                            &[("count", w.clone().into()), ("percent", self.pct(&c.total).into()), ("label", p.quote(&self.choice_label(q, &c.choice)).into())],
                        )
                    })
                    .collect();
                if unanswered.count > 0 {
                    items.push(p.plain("report-choice-unanswered", &[("count", words.last().cloned().unwrap_or_default().into()), ("percent", self.pct(unanswered).into())]));
                }
                blocks.push(Block::Para {
                    text: p.fmt("report-choices", &[("applicable", applicable.count.into()), ("number", number.clone().into()), ("distribution", p.list_and(&items).into())]),
                });
                // The stacked chart of answers by regional group, for questions on a provision.
                if q.obligation.is_some() {
                    let figure = self.next_figure();
                    let mut legend: Vec<String> = choices.iter().map(|c| self.choice_label(q, &c.choice)).collect();
                    legend.push(p.plain("report-unanswered-label", &[]));
                    let mut rows: Vec<StackedRow> = RegionalGroup::ALL
                        .iter()
                        .enumerate()
                        .map(|(gi, _)| {
                            let mut segments: Vec<Segment> = choices.iter().map(|c| Segment { value: c.groups[gi].count, printed: self.num(c.groups[gi].count) }).collect();
                            segments.push(Segment { value: groups_unanswered[gi].count, printed: self.num(groups_unanswered[gi].count) });
                            StackedRow { label: RegionalGroup::ALL[gi].short_name(p), segments }
                        })
                        .collect();
                    let mut all: Vec<Segment> = choices.iter().map(|c| Segment { value: c.total.count, printed: self.num(c.total.count) }).collect();
                    all.push(Segment { value: unanswered.count, printed: self.num(unanswered.count) });
                    rows.push(StackedRow { label: p.plain("report-all-states", &[]), segments: all });
                    let items: Vec<(String, String)> = rows
                        .iter()
                        .map(|r| {
                            let parts: Vec<String> = legend.iter().zip(&r.segments).map(|(l, s)| p.plain("chart-segment", &[("label", l.into()), ("value", s.printed.clone().into())])).collect();
                            (r.label.clone(), parts.join(", "))
                        })
                        .collect();
                    let _ = groups_applicable;
                    let alt = charts::alt_text(p, "chart-stacked-alt", &p.plain("chart-answers-measure", &[("number", number.clone().into())]), &p.plain("chart-rate-category", &[]), &items);
                    if let Ok(chart) = (StackedBarChart { legend, rows, rtl: self.rtl, alt }).render(&format!("/chart-{figure}.svg"), 560, 200) {
                        self.charts.push(chart.clone());
                        blocks.push(Block::Figure { caption: p.plain("report-chart-caption", &[("number", number.into())]), chart });
                    }
                }
            }
            Distribution::Multiple { applicable, choices, .. } => {
                let shown: Vec<&RankedChoice> = choices.iter().filter(|c| c.total.count > 0).collect();
                let words = p.series(&shown.iter().map(|c| c.total.count).collect::<Vec<_>>());
                let items: Vec<String> = shown
                    .iter()
                    .zip(&words)
                    .enumerate()
                    .map(|(i, (c, w))| {
                        p.plain(
                            if i == 0 { "report-multiple-first" } else { "report-multiple-next" },
                            &[("count", w.clone().into()), ("percent", self.pct(&c.total).into()), ("label", p.quote(&self.choice_label(q, &c.choice)).into())],
                        )
                    })
                    .collect();
                let text = if items.is_empty() {
                    p.fmt("report-multiple-none", &[("applicable", applicable.count.into()), ("number", number.into())])
                } else {
                    p.fmt("report-multiple", &[("applicable", applicable.count.into()), ("number", number.into()), ("distribution", p.list_and(&items).into())])
                };
                blocks.push(Block::Para { text });
            }
            Distribution::Numbers { all, .. } => {
                blocks.push(Block::Para { text: self.numbers_sentence(all, &number) });
            }
            Distribution::Answered { applicable, answered, .. } => {
                let text = if applicable.count == 0 {
                    p.fmt("report-no-applicable", &[("number", number.into())])
                } else {
                    p.fmt("report-answered", &[("number", number.into()), ("applicable", applicable.count.into()), ("answered", answered.count.into()), ("percent", self.pct(answered).into())])
                };
                blocks.push(Block::Para { text });
            }
        }
        blocks
    }

    fn exact(&self, e: Option<crate::figures::Exact>) -> String {
        e.map_or("—".to_string(), |v| self.p.number(v.to_f64()))
    }

    fn numbers_sentence(&self, s: &NumberSummary, number: &str) -> String {
        if s.answering.count == 0 {
            return self.p.fmt("report-numbers-none", &[("number", number.into())]);
        }
        self.p.fmt(
            "report-numbers",
            &[
                ("answering", s.answering.count.into()),
                ("number", number.into()),
                ("median", self.exact(s.median).into()),
                ("min", self.exact(s.min).into()),
                ("max", self.exact(s.max).into()),
                ("total", self.exact(s.total).into()),
            ],
        )
    }

    /// The chapter on technical assistance: requests per article and per kind, by group.
    fn assistance(&mut self, has_replies: bool) -> Chapter {
        let p = self.p;
        let figures = self.figures;
        let a = &figures.assistance;
        let title = p.plain("report-assistance", &[]);
        if !has_replies {
            return Chapter { title, sections: vec![Section { title: String::new(), blocks: vec![Block::Para { text: p.fmt("report-ta-no-replies", &[]) }] }] };
        }
        let mut blocks = Vec::new();
        if a.any.count == 0 {
            blocks.push(Block::Para { text: p.fmt("report-ta-none", &[]) });
            return Chapter { title, sections: vec![Section { title: String::new(), blocks }] };
        }
        blocks.push(Block::Para {
            text: p.fmt("report-ta-any", &[("count", a.any.count.into()), ("respondents", a.any.of.unwrap_or(0).into()), ("percent", self.pct(&a.any).into())]),
        });
        let articles_table = self.next_table();
        let kinds_table = self.next_table();
        let kinds_figure = self.next_figure();
        let top: Vec<String> = a.articles.iter().filter(|(_, _, c)| c.total.count > 0).take(3).map(|(n, pr, _)| self.article_name(n, pr)).collect();
        if !top.is_empty() {
            blocks.push(Block::Para { text: p.fmt("report-ta-articles", &[("articles", p.list_and(&top).into()), ("table", self.table_ref(articles_table).into())]) });
        }
        let mut head = vec![p.plain("column-article", &[])];
        head.extend(self.short_group_names());
        head.push(p.plain("report-total", &[]));
        let rows: Vec<Vec<String>> = a
            .articles
            .iter()
            .map(|(n, pr, c)| {
                let mut row = vec![self.article_name(n, pr)];
                row.extend(c.groups.iter().map(|t| self.num(t.count)));
                row.push(self.num(c.total.count));
                row
            })
            .collect();
        let n = head.len();
        let widths: Vec<String> = std::iter::once("1fr".to_string()).chain((1..n).map(|_| "15mm".to_string())).collect();
        blocks.push(Block::Table {
            table: Table { caption: p.plain("report-ta-articles-caption", &[]), head: head.clone(), rows, widths: widths.clone(), numeric: (0..n).map(|i| i > 0).collect(), total: false },
        });
        let kind_label = |k: &str| -> String {
            self.form
                .questions
                .iter()
                .filter(|q| q.technical_assistance && matches!(q.kind, QuestionKind::SelectMultiple(_)))
                .find_map(|q| self.form.choice(&q.name, k).and_then(|c| c.label.get(p.lang(), &self.form.default_language)).map(str::to_string))
                .unwrap_or_else(|| k.to_string())
        };
        let requested: Vec<&RankedChoice> = a.kinds.iter().filter(|k| k.total.count > 0).collect();
        if !requested.is_empty() {
            let top: Vec<String> = requested.iter().take(3).map(|k| p.quote(&kind_label(&k.choice))).collect();
            blocks.push(Block::Para {
                text: p.fmt("report-ta-kinds", &[("kinds", p.list_and(&top).into()), ("table", self.table_ref(kinds_table).into()), ("figure", self.figure_ref(kinds_figure).into())]),
            });
        }
        let mut head = vec![p.plain("column-kind", &[])];
        head.extend(self.short_group_names());
        head.push(p.plain("report-total", &[]));
        let rows: Vec<Vec<String>> = a
            .kinds
            .iter()
            .map(|k| {
                let mut row = vec![kind_label(&k.choice)];
                row.extend(k.groups.iter().map(|t| self.num(t.count)));
                row.push(self.num(k.total.count));
                row
            })
            .collect();
        blocks.push(Block::Table { table: Table { caption: p.plain("report-ta-kinds-caption", &[]), head, rows, widths, numeric: (0..n).map(|i| i > 0).collect(), total: false } });
        let bars: Vec<(String, f64, String)> = a.kinds.iter().map(|k| (kind_label(&k.choice), k.total.count as f64, self.num(k.total.count))).collect();
        let items: Vec<(String, String)> = bars.iter().map(|(l, _, v)| (l.clone(), v.clone())).collect();
        let alt = charts::alt_text(p, "chart-bar-alt", &p.plain("chart-kinds-measure", &[]), &p.plain("chart-kinds-category", &[]), &items);
        if let Ok(chart) = (BarChart { bars, max: None, rtl: self.rtl, alt }).render(&format!("/chart-{kinds_figure}.svg"), 560, 210) {
            self.charts.push(chart.clone());
            blocks.push(Block::Figure { caption: p.plain("report-ta-kinds-chart-caption", &[]), chart });
        }
        Chapter { title, sections: vec![Section { title: String::new(), blocks }] }
    }

    /// Annex I: the States that replied, in the order of the report's language.
    fn respondents_annex(&mut self) -> Annex {
        let p = self.p;
        let f = self.figures;
        let mut names: Vec<(String, &str)> = f
            .respondents
            .states
            .iter()
            .filter_map(|code| self.states.get(code))
            .map(|s| {
                let mark = if f.responded_signatories.states.contains(&s.iso3) {
                    "*"
                } else if f.responded_others.states.contains(&s.iso3) {
                    "**"
                } else {
                    ""
                };
                (s.name(p.lang()).to_string(), mark)
            })
            .collect();
        Collation::new(p.lang()).sort_by_name(&mut names, |(n, _)| n.as_str());
        let items: Vec<String> = names.iter().map(|(n, m)| format!("{n}{m}")).collect();
        let marked = names.iter().any(|(_, m)| !m.is_empty());
        let mut blocks = vec![Block::Note {
            text: p.fmt(
                if marked { "report-annex-respondents-marked" } else { "report-annex-respondents-text" },
                &[("count", (names.len() as u64).into()), ("date", p.date(f.as_at).into())],
            ),
        }];
        let per_column = items.len().div_ceil(3).max(1);
        blocks.push(Block::List { columns: items.chunks(per_column).map(<[String]>::to_vec).collect() });
        Annex { label: p.plain("numbering-annex", &[("n", 1u64.into())]), title: p.plain("report-annex-respondents", &[("date", p.date(f.as_at).into())]), blocks }
    }

    /// Annex II: for each question, its figures by regional group.
    fn tables_annex(&mut self) -> Annex {
        let p = self.p;
        let groups = self.group_names();
        let mut blocks = vec![Block::Note { text: p.fmt("report-annex-tables-text", &[]) }];
        let chapters = self.figures.chapters.clone();
        for q in chapters.iter().flat_map(|c| &c.sections).flat_map(|s| &s.questions) {
            let Some(question) = self.form.question(&q.name) else { continue };
            let caption = p.plain("report-annex-caption", &[("number", q.number.clone().into()), ("label", self.label_of(question).into())]);
            self.next_table();
            let total_label = p.plain("report-all-states", &[]);
            let table = match &q.distribution {
                Distribution::Choices { applicable, choices, unanswered, groups_applicable, groups_unanswered } => {
                    let mut head = vec![p.plain("column-group", &[]), p.plain("column-applicable", &[])];
                    head.extend(choices.iter().map(|c| self.choice_label(question, &c.choice)));
                    head.push(p.plain("report-unanswered-label", &[]));
                    let mut rows: Vec<Vec<String>> = groups
                        .iter()
                        .enumerate()
                        .map(|(gi, name)| {
                            let mut row = vec![name.clone(), self.num(groups_applicable[gi].count)];
                            row.extend(choices.iter().map(|c| self.num(c.groups[gi].count)));
                            row.push(self.num(groups_unanswered[gi].count));
                            row
                        })
                        .collect();
                    let mut total = vec![total_label, self.num(applicable.count)];
                    total.extend(choices.iter().map(|c| self.num(c.total.count)));
                    total.push(self.num(unanswered.count));
                    rows.push(total);
                    numeric_table(caption, head, rows, true)
                }
                Distribution::Multiple { applicable, choices, groups_applicable } => {
                    let mut head = vec![p.plain("column-group", &[]), p.plain("column-applicable", &[])];
                    head.extend(choices.iter().map(|c| self.choice_label(question, &c.choice)));
                    let mut rows: Vec<Vec<String>> = groups
                        .iter()
                        .enumerate()
                        .map(|(gi, name)| {
                            let mut row = vec![name.clone(), self.num(groups_applicable[gi].count)];
                            row.extend(choices.iter().map(|c| self.num(c.groups[gi].count)));
                            row
                        })
                        .collect();
                    let mut total = vec![total_label, self.num(applicable.count)];
                    total.extend(choices.iter().map(|c| self.num(c.total.count)));
                    rows.push(total);
                    numeric_table(caption, head, rows, true)
                }
                Distribution::Numbers { all, groups: by_group } => {
                    let head = ["column-group", "column-answering", "column-median", "column-min", "column-max", "column-sum"].iter().map(|id| p.plain(id, &[])).collect();
                    let row = |name: String, s: &NumberSummary| vec![name, self.num(s.answering.count), self.exact(s.median), self.exact(s.min), self.exact(s.max), self.exact(s.total)];
                    let mut rows: Vec<Vec<String>> = groups.iter().zip(by_group).map(|(name, s)| row(name.clone(), s)).collect();
                    rows.push(row(total_label, all));
                    numeric_table(caption, head, rows, true)
                }
                Distribution::Answered { applicable, answered, groups_applicable, groups_answered } => {
                    let head = ["column-group", "column-applicable", "column-answered", "column-share"].iter().map(|id| p.plain(id, &[])).collect();
                    let mut rows: Vec<Vec<String>> = groups
                        .iter()
                        .enumerate()
                        .map(|(gi, name)| vec![name.clone(), self.num(groups_applicable[gi].count), self.num(groups_answered[gi].count), self.pct_short(&groups_answered[gi])])
                        .collect();
                    rows.push(vec![total_label, self.num(applicable.count), self.num(answered.count), self.pct_short(answered)]);
                    numeric_table(caption, head, rows, true)
                }
            };
            blocks.push(Block::Table { table });
        }
        Annex { label: p.plain("numbering-annex", &[("n", 2u64.into())]), title: p.plain("report-annex-tables", &[]), blocks }
    }
}

/// A table whose first column names the rows and the others hold figures.
fn numeric_table(caption: String, head: Vec<String>, rows: Vec<Vec<String>>, total: bool) -> Table {
    let n = head.len();
    let width = if n > 6 { "13mm" } else { "17mm" };
    Table {
        caption,
        widths: std::iter::once("1fr".to_string()).chain((1..n).map(|_| width.to_string())).collect(),
        numeric: (0..n).map(|i| i > 0).collect(),
        head,
        rows,
        total,
    }
}
