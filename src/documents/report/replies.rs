//! Chapter I of the report, sections C and D: who replied, the response rate by regional group,
//! and the overview of implementation by provision and by group.

use crate::charts::{self, BarChart};
use crate::figures::{Distribution, Tally};
use crate::model::RegionalGroup;
use crate::model::questionnaire::Question;

use super::{Block, Builder, Table};

impl Builder<'_> {
    /// Chapter I, section C: who replied, the response rate by regional group (table, chart).
    pub(super) fn replies(&mut self) -> Result<Vec<Block>, String> {
        let p = self.p;
        let f = self.figures;
        let date = p.date(f.as_at);
        let population = || ("population", f.population.key().into());
        if f.respondents.count == 0 {
            return Ok(vec![Block::Para { text: p.fmt("report-replies-none", &[("date", date.into())]) }]);
        }
        let mut blocks = vec![Block::Para {
            text: p.fmt(
                "report-replies-text",
                &[
                    population(),
                    ("date", date.clone().into()),
                    ("responded", f.responded_parties.count.into()),
                    ("parties", f.parties.count.into()),
                    ("short_to", self.names.short_to.clone().into()),
                    ("percent", self.share(&f.responded_parties).into()),
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
                        population(),
                        ("low", self.pct(&low.responded).into()),
                        ("low_of", self.pct_of(&low.responded).into()),
                        ("low_group", p.group_name(low.group).into()),
                        ("high", self.pct(&high.responded).into()),
                        ("high_of", self.pct_of(&high.responded).into()),
                        ("high_group", p.group_name(high.group).into()),
                        ("table", self.table_ref(table).into()),
                        ("figure", self.figure_ref(figure).into()),
                    ],
                ),
            });
        }
        let mut rows: Vec<Vec<String>> = f
            .groups
            .iter()
            .map(|g| vec![p.group_name(g.group), self.num(g.parties.count), self.num(g.responded.count), self.pct_short(&g.responded)])
            .collect();
        rows.push(vec![p.plain("report-total", &[]), self.num(f.parties.count), self.num(f.responded_parties.count), self.pct_short(&f.responded_parties)]);
        blocks.push(Block::Table {
            table: Table {
                caption: p.plain("report-rate-caption", &[population()]),
                head: ["column-group", "column-parties", "column-replies", "column-rate"].iter().map(|id| p.plain(id, &[population()])).collect(),
                rows,
                widths: vec!["1fr".into(), "24mm".into(), "24mm".into(), "24mm".into()],
                numeric: vec![false, true, true, true],
                total: true,
            },
        });
        let bars: Vec<(String, f64, String)> =
            f.groups.iter().zip(self.group_names()).map(|(g, name)| (name, g.responded.per_cent.unwrap_or(0) as f64, self.pct_short(&g.responded))).collect();
        let items: Vec<(String, String)> = bars.iter().map(|(l, _, v)| (l.clone(), v.clone())).collect();
        let alt = charts::alt_text(p, "chart-bar-alt", &p.plain("chart-rate-measure", &[population()]), &p.plain("chart-rate-category", &[]), &items);
        let chart = (BarChart { bars, max: Some(100.0), lang: self.p.lang(), alt }).render(&format!("/chart-{figure}.svg"), 560, 200)?;
        self.charts.push(chart.clone());
        blocks.push(Block::Figure { caption: p.plain("report-rate-chart-caption", &[population()]), chart });
        Ok(blocks)
    }

    /// Chapter I, section D: implementation by provision, mandatory first; by regional group.
    pub(super) fn overview(&mut self) -> Vec<Block> {
        let p = self.p;
        let f = self.figures;
        let mut rows = Vec::new();
        let mut questions: Vec<&Question> = self.form.questions.iter().filter(|q| crate::figures::is_implementation_question(q)).collect();
        questions.sort_by_key(|q| q.obligation);
        // Each provision with its answers reporting it as implemented: overall and by group.
        let mut implemented: Vec<Implemented> = Vec::new();
        for q in &questions {
            let Some(Distribution::Choices { applicable, choices, .. }) = self.distribution(&q.name) else { continue };
            if let (Some(provision), Some(yes)) =
                (&q.provision, choices.iter().find(|c| Some(c.choice.as_str()) == crate::figures::implementing_choice(self.form, q)))
            {
                implemented.push(Implemented { provision: p.provision(provision), total: yes.total.clone(), groups: yes.groups.clone() });
            }
            let mut row = vec![
                q.provision.as_ref().map_or_else(String::new, |pr| crate::i18n::capitalized(&p.provision(pr))),
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
            (Some(m), Some(o)) => {
                p.fmt("report-overview-text", &[("table", self.table_ref(table).into()), ("mandatory", self.pct(m).into()), ("other", self.pct(o).into())])
            }
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
        if let Some(text) = self.extremes(&implemented) {
            blocks.push(Block::Para { text });
        }
        // By regional group: the figure country profiles compare a State with.
        let group_table = self.next_table();
        let rated: Vec<(RegionalGroup, &Tally)> =
            RegionalGroup::ALL.iter().copied().zip(&f.implementation.groups).filter(|(_, t)| t.per_cent.is_some()).collect();
        if let (Some(low), Some(high)) = (rated.iter().min_by_key(|(_, t)| t.per_cent), rated.iter().max_by_key(|(_, t)| t.per_cent)) {
            blocks.push(Block::Para {
                text: p.fmt(
                    "report-overview-groups",
                    &[
                        ("all", self.pct(&f.implementation.all).into()),
                        ("low", self.pct(low.1).into()),
                        ("low_of", self.pct_of(low.1).into()),
                        ("low_group", p.group_name(low.0).into()),
                        ("high", self.pct(high.1).into()),
                        ("high_of", self.pct_of(high.1).into()),
                        ("high_group", p.group_name(high.0).into()),
                        ("table", self.table_ref(group_table).into()),
                    ],
                ),
            });
        }
        if let Some(text) = self.spread(&implemented) {
            blocks.push(Block::Para { text });
        }
        let mut rows: Vec<Vec<String>> = RegionalGroup::ALL
            .iter()
            .zip(&f.implementation.groups)
            .map(|(g, t)| vec![p.group_name(*g), self.num(t.of.unwrap_or(0)), self.num(t.count), self.pct_short(t)])
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

    /// The provisions most and least often reported as implemented (ties named together), when
    /// they differ.
    fn extremes(&self, implemented: &[Implemented]) -> Option<String> {
        let rated: Vec<(&String, u64)> = implemented.iter().filter_map(|i| Some((&i.provision, i.total.per_cent?))).collect();
        let most = rated.iter().map(|(_, v)| *v).max()?;
        let least = rated.iter().map(|(_, v)| *v).min()?;
        if rated.len() < 2 || most == least {
            return None;
        }
        let named = |v: u64| self.p.list_and(&rated.iter().filter(|(_, x)| *x == v).map(|(n, _)| (*n).clone()).collect::<Vec<_>>());
        Some(self.p.fmt(
            "report-overview-extremes",
            &[
                ("least_percent", self.p.percent(least).into()),
                ("least_percent_of", self.p.percent_of(least).into()),
                ("most_percent_of", self.p.percent_of(most).into()),
                ("least", named(least).into()),
                ("most_percent", self.p.percent(most).into()),
                ("most", named(most).into()),
            ],
        ))
    }

    /// The provision on which the regional groups' answers differed most: the groups reporting
    /// it as implemented most and least often (of the States it applied to in each group).
    fn spread(&self, implemented: &[Implemented]) -> Option<String> {
        // (gap in points, provision, the group reporting it most, the group reporting it least)
        let mut widest: Option<(u64, &String, Rated<'_>, Rated<'_>)> = None;
        for i in implemented {
            let rated: Vec<Rated<'_>> = RegionalGroup::ALL.iter().copied().zip(i.groups.iter()).filter(|(_, t)| t.per_cent.is_some()).collect();
            let (Some(high), Some(low)) = (rated.iter().max_by_key(|(_, t)| t.per_cent), rated.iter().min_by_key(|(_, t)| t.per_cent)) else { continue };
            let gap = high.1.per_cent.unwrap_or(0) - low.1.per_cent.unwrap_or(0);
            if gap > 0 && widest.as_ref().is_none_or(|w| gap > w.0) {
                widest = Some((gap, &i.provision, *high, *low));
            }
        }
        let (_, provision, high, low) = widest?;
        Some(self.p.fmt(
            "report-overview-spread",
            &[
                ("provision", provision.clone().into()),
                ("high", self.pct(high.1).into()),
                ("high_group", self.p.group_name(high.0).into()),
                ("low", self.pct(low.1).into()),
                ("low_group", self.p.group_name(low.0).into()),
            ],
        ))
    }
}

/// A provision's answers reporting it as implemented: over all States and by regional group.
struct Implemented {
    provision: String,
    total: Tally,
    groups: Vec<Tally>,
}

/// A regional group and its share.
type Rated<'a> = (RegionalGroup, &'a Tally);
