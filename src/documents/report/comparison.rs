//! Chapter I, the section comparing the present reporting cycle with the previous one
//! (`[previous]`): the response rate then and now, overall and by regional group; the States
//! replying for the first time and those that have not replied again; the share of answers
//! reporting each provision as implemented, then and now.

use crate::figures::{Distribution, FormFigures, Tally};
use crate::model::questionnaire::Question;

use super::{Block, Builder, Table};

/// The previous cycle as a report compares with it: its figures, counted by this cycle's form.
pub struct Comparison<'a> {
    pub then: &'a FormFigures,
}

/// Which way a share moved: the selector of the catalogs' `report-change`.
fn direction(then: u64, now: u64) -> &'static str {
    match now.cmp(&then) {
        std::cmp::Ordering::Greater => "up",
        std::cmp::Ordering::Less => "down",
        std::cmp::Ordering::Equal => "same",
    }
}

/// The States counted now and not then, and then and not now, by ISO code.
pub fn first_time(now: &FormFigures, then: &FormFigures) -> Vec<String> {
    now.respondents.states.iter().filter(|c| !then.respondents.states.contains(c)).cloned().collect()
}

pub fn not_again(now: &FormFigures, then: &FormFigures) -> Vec<String> {
    then.respondents.states.iter().filter(|c| !now.respondents.states.contains(c)).cloned().collect()
}

impl Builder<'_> {
    /// "up from 47 per cent in the previous cycle", in the language of the report.
    fn change(&self, then: &Tally, now: &Tally) -> Option<String> {
        let (t, n) = (then.per_cent?, now.per_cent?);
        Some(
            self.p
                .plain("report-change", &[("direction", direction(t, n).into()), ("then", self.p.percent(t).into()), ("then_of", self.p.percent_of(t).into())]),
        )
    }

    /// The section's blocks: the rates, who replied for the first time, and implementation.
    pub(super) fn comparison(&mut self, c: &Comparison) -> Vec<Block> {
        let p = self.p;
        let (now, then) = (self.figures, c.then);
        let population = || ("population", now.population.key().into());
        let mut blocks = Vec::new();
        let table = self.next_table();
        blocks.push(Block::Para {
            text: p.fmt(
                "report-comparison-rate",
                &[
                    population(),
                    ("short_to", self.names.short_to.clone().into()),
                    ("then_date", p.date(then.as_at).into()),
                    ("then_responded", then.responded_parties.count.into()),
                    ("then_parties", then.parties.count.into()),
                    ("then_percent", self.pct(&then.responded_parties).into()),
                    ("now", self.pct(&now.responded_parties).into()),
                    ("now_of", self.pct_of(&now.responded_parties).into()),
                    ("change", self.change(&then.responded_parties, &now.responded_parties).unwrap_or_default().into()),
                    ("table", self.table_ref(table).into()),
                ],
            ),
        });
        // The States replying for the first time, and those that replied then and not yet now.
        let first = self.names_of(&first_time(now, then));
        let gone = self.names_of(&not_again(now, then));
        blocks.push(Block::Para { text: p.fmt("report-comparison-first", &[("count", (first.len() as u64).into()), ("gone", (gone.len() as u64).into())]) });
        if !first.is_empty() {
            blocks.push(Block::names_in_columns(&first));
        }
        if !gone.is_empty() {
            blocks.push(Block::Note { text: p.fmt("report-comparison-not-again", &[("count", (gone.len() as u64).into())]) });
            blocks.push(Block::names_in_columns(&gone));
        }
        let both = |t: &Tally| format!("{} ({})", self.num(t.count), self.pct_short(t));
        let mut rows: Vec<Vec<String>> =
            now.groups.iter().zip(&then.groups).map(|(n, t)| vec![p.group_name(n.group), both(&t.responded), both(&n.responded)]).collect();
        rows.push(vec![p.plain("report-total", &[]), both(&then.responded_parties), both(&now.responded_parties)]);
        let columns = |date| {
            vec![
                p.plain("column-group", &[]),
                p.plain("report-comparison-column-then", &[("date", p.date(date).into())]),
                p.plain("report-comparison-column-now", &[("date", p.date(now.as_at).into())]),
            ]
        };
        blocks.push(Block::Table {
            table: Table {
                caption: p.plain("report-comparison-rate-caption", &[population()]),
                head: columns(then.as_at),
                rows,
                widths: vec!["1fr".into(), "36mm".into(), "36mm".into()],
                numeric: vec![false, true, true],
                total: true,
            },
        });
        blocks.extend(self.implementation_then_and_now(then, columns(then.as_at)));
        blocks
    }

    /// Implementation then and now: the sentence on mandatory provisions (or on all), the
    /// provision whose share rose most, and the table by provision.
    fn implementation_then_and_now(&mut self, then: &FormFigures, head: Vec<String>) -> Vec<Block> {
        let p = self.p;
        let now = self.figures;
        let mut questions: Vec<&Question> = self.form.questions.iter().filter(|q| crate::figures::is_implementation_question(q)).collect();
        questions.sort_by_key(|q| q.obligation);
        let implemented = |f: &FormFigures, q: &Question| -> Option<Tally> {
            let Distribution::Choices { choices, .. } = f.distribution(&q.name)? else { return None };
            choices.iter().find(|c| Some(c.choice.as_str()) == crate::figures::implementing_choice(self.form, q)).map(|c| c.total.clone())
        };
        let mut rows = Vec::new();
        let mut rose: Option<(i64, String, Tally, Tally)> = None;
        for q in &questions {
            let (Some(provision), Some(n)) = (&q.provision, implemented(now, q)) else { continue };
            let t = implemented(then, q).filter(|t| t.of.unwrap_or(0) > 0);
            let name = crate::i18n::capitalized(&p.provision(provision));
            rows.push(vec![name, t.as_ref().map_or("—".into(), |t| self.pct_short(t)), self.pct_short(&n)]);
            if let (Some(t), Some(np)) = (&t, n.per_cent) {
                let gain = np as i64 - t.per_cent.unwrap_or(0) as i64;
                if gain > 0 && rose.as_ref().is_none_or(|(g, ..)| gain > *g) {
                    rose = Some((gain, p.provision(provision), t.clone(), n.clone()));
                }
            }
        }
        if rows.is_empty() {
            return Vec::new();
        }
        let table = self.next_table();
        let by = |f: &FormFigures| f.implementation.by_obligation.iter().find(|(o, _)| o.name() == "mandatory").map(|(_, t)| t.clone());
        let (id, t, n) = match (by(then), by(now)) {
            (Some(t), Some(n)) if t.of.unwrap_or(0) > 0 => ("report-comparison-mandatory", t, n),
            _ => ("report-comparison-all", then.implementation.all.clone(), now.implementation.all.clone()),
        };
        let text =
            p.fmt(id, &[("now", self.pct(&n).into()), ("change", self.change(&t, &n).unwrap_or_default().into()), ("table", self.table_ref(table).into())]);
        let mut blocks = vec![Block::Para { text }];
        if let Some((_, provision, t, n)) = rose {
            let text = p.fmt(
                "report-comparison-rose",
                &[("provision", provision.into()), ("now", self.pct(&n).into()), ("change", self.change(&t, &n).unwrap_or_default().into())],
            );
            blocks.push(Block::Para { text });
        }
        let mut head = head;
        head[0] = p.plain("column-provision", &[]);
        blocks.push(Block::Table {
            table: Table {
                caption: p.plain("report-comparison-provisions-caption", &[]),
                head,
                rows,
                widths: vec!["1fr".into(), "36mm".into(), "36mm".into()],
                numeric: vec![false, true, true],
                total: false,
            },
        });
        blocks
    }
}
