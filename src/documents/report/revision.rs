//! A revised report (`revision = 1`, `original_as_at`): the paragraph that says what it revises,
//! and the annex listing the States whose replies were added since and the figures that changed,
//! from the figures computed at both dates.

use crate::figures::{Distribution, FormFigures, Tally};

use super::{Annex, Block, Builder, Table};

/// What a revision revises: the original's symbol and cut-off date, and its figures.
pub struct Revision<'a> {
    pub symbol: String,
    pub original: &'a FormFigures,
}

/// The States counted now and not in the original, by ISO code.
pub fn added(now: &FormFigures, original: &FormFigures) -> Vec<String> {
    now.respondents.states.iter().filter(|c| !original.respondents.states.contains(c)).cloned().collect()
}

impl Builder<'_> {
    /// "The present document updates document …": a paragraph of the chapter on replies.
    pub(super) fn revision_paragraph(&self, revision: &Revision, annex: u64) -> Block {
        let p = self.p;
        let count = added(self.figures, revision.original).len() as u64;
        Block::Para {
            text: p.fmt(
                "report-revision-text",
                &[
                    ("symbol", revision.symbol.clone().into()),
                    ("original_date", p.date(revision.original.as_at).into()),
                    ("date", p.date(self.figures.as_at).into()),
                    ("count", count.into()),
                    ("annex", p.numbered("ref-chapter", annex).into()),
                ],
            ),
        }
    }

    /// The annex of a revision: the States added, then a table of every figure that changed.
    pub(super) fn revision_annex(&mut self, revision: &Revision, n: u64) -> Annex {
        let p = self.p;
        let original = revision.original;
        let since = p.date(original.as_at);
        let names = self.names_of(&added(self.figures, original));
        let mut blocks =
            vec![Block::Note { text: p.fmt("report-annex-revision-states", &[("count", (names.len() as u64).into()), ("date", since.clone().into())]) }];
        if !names.is_empty() {
            blocks.push(Block::names_in_columns(&names));
        }
        let share = |t: &Tally| match t.per_cent {
            Some(pc) if t.of.is_some() => format!("{} ({})", p.number(t.count as f64), p.percent(pc)),
            _ => p.number(t.count as f64),
        };
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut row = |label: String, then: &Tally, now: &Tally| {
            if then.count != now.count || then.of != now.of {
                rows.push(vec![label, share(then), share(now)]);
            }
        };
        row(p.plain("report-revision-row-parties", &[]), &original.responded_parties, &self.figures.responded_parties);
        for (then, now) in original.groups.iter().zip(&self.figures.groups) {
            row(p.group_name(now.group), &then.responded, &now.responded);
        }
        let questions = |f: &FormFigures| f.chapters.iter().flat_map(|c| &c.sections).flat_map(|s| &s.questions).cloned().collect::<Vec<_>>();
        for (then, now) in questions(original).iter().zip(questions(self.figures).iter()) {
            let (
                Distribution::Choices { choices: before, .. } | Distribution::Multiple { choices: before, .. },
                Distribution::Choices { choices: after, .. } | Distribution::Multiple { choices: after, .. },
            ) = (&then.distribution, &now.distribution)
            else {
                continue;
            };
            let Some(question) = self.form.question(&now.name) else { continue };
            for choice in after {
                let Some(old) = before.iter().find(|c| c.choice == choice.choice) else { continue };
                let label = p.plain(
                    "report-revision-row-choice",
                    &[("number", now.number.clone().into()), ("choice", p.quote(&self.choice_label(question, &choice.choice)).into())],
                );
                row(label, &old.total, &choice.total);
            }
        }
        if !rows.is_empty() {
            self.next_table();
            blocks.push(Block::Table {
                table: Table {
                    caption: p.plain("report-annex-revision-figures", &[("symbol", revision.symbol.clone().into())]),
                    head: vec![
                        p.plain("report-revision-column-figure", &[]),
                        p.plain("report-revision-column-as-at", &[("date", since.into())]),
                        p.plain("report-revision-column-as-at", &[("date", p.date(self.figures.as_at).into())]),
                    ],
                    rows,
                    widths: vec!["1fr".into(), "32mm".into(), "32mm".into()],
                    numeric: vec![false, true, true],
                    total: false,
                },
            });
        }
        Annex {
            label: p.plain("numbering-annex", &[("n", n.into())]),
            title: p.plain("report-annex-revision", &[("date", p.date(original.as_at).into())]),
            blocks,
        }
    }
}
