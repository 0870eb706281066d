//! The report's annexes: the States that replied (annex I) and a statistical table per
//! question by regional group (annex II).

use crate::figures::{Distribution, NumberSummary};
use crate::i18n::Collation;

use super::{Annex, Block, Builder, Table};

impl Builder<'_> {
    /// Annex I: the States that replied, in the order of the report's language.
    pub(super) fn respondents_annex(&mut self) -> Annex {
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
        blocks.push(Block::names_in_columns(&items));
        Annex {
            label: p.plain("numbering-annex", &[("n", 1u64.into())]),
            title: p.plain("report-annex-respondents", &[("date", p.date(f.as_at).into())]),
            blocks,
        }
    }

    /// Annex II: for each question, its figures by regional group.
    pub(super) fn tables_annex(&mut self) -> Annex {
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
                    let head = ["column-group", "column-answering", "column-median", "column-min", "column-max", "column-sum"]
                        .iter()
                        .map(|id| p.plain(id, &[]))
                        .collect();
                    let row = |name: String, s: &NumberSummary| {
                        vec![name, self.num(s.answering.count), self.exact(s.median), self.exact(s.min), self.exact(s.max), self.exact(s.total)]
                    };
                    let mut rows: Vec<Vec<String>> = groups.iter().zip(by_group).map(|(name, s)| row(name.clone(), s)).collect();
                    rows.push(row(total_label, all));
                    numeric_table(caption, head, rows, true)
                }
                Distribution::Repeat { .. } => continue,
                Distribution::Answered { applicable, answered, groups_applicable, groups_answered }
                | Distribution::Dates { applicable, answered, groups_applicable, groups_answered, .. }
                | Distribution::Text { applicable, answered, groups_applicable, groups_answered, .. } => {
                    let head = ["column-group", "column-applicable", "column-answered", "column-share"].iter().map(|id| p.plain(id, &[])).collect();
                    let mut rows: Vec<Vec<String>> = groups
                        .iter()
                        .enumerate()
                        .map(|(gi, name)| {
                            vec![name.clone(), self.num(groups_applicable[gi].count), self.num(groups_answered[gi].count), self.pct_short(&groups_answered[gi])]
                        })
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
pub(super) fn numeric_table(caption: String, head: Vec<String>, rows: Vec<Vec<String>>, total: bool) -> Table {
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
