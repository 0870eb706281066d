//! The chapters on the questionnaire's sections: what the States answered to each question.

use crate::charts::{self, Segment, StackedBarChart, StackedRow};
use crate::figures::{Distribution, NumberSummary, RankedChoice, Tally};
use crate::model::RegionalGroup;
use crate::model::questionnaire::Question;

use super::{Block, Builder};

impl Builder<'_> {
    pub(super) fn distribution(&self, name: &str) -> Option<&Distribution> {
        self.figures.distribution(name)
    }

    /// The paragraphs (and chart) on one question.
    pub(super) fn question(&mut self, q: &Question, d: &Distribution, has_replies: bool) -> Result<Vec<Block>, String> {
        let p = self.p;
        let number = q.number.clone().unwrap_or_default();
        let mut blocks = vec![Block::Question { text: p.fmt("report-question", &[("number", number.clone().into()), ("label", self.label_of(q).into())]) }];
        if let (Some(obligation), Some(provision)) = (q.obligation, &q.provision) {
            blocks.push(Block::Para {
                text: p.fmt(
                    &format!("report-obligation-{}", obligation.name()),
                    &[
                        ("provision", p.provision_before_of(provision).into()),
                        ("short_of", self.names.short_of.clone().into()),
                        ("number", number.clone().into()),
                    ],
                ),
            });
        }
        if !has_replies {
            return Ok(blocks);
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
                            &[
                                ("count", w.clone().into()),
                                ("percent", self.share(&c.total).into()),
                                ("label", p.quote(&self.choice_label(q, &c.choice)).into()),
                            ],
                        )
                    })
                    .collect();
                if unanswered.count > 0 {
                    items.push(p.plain(
                        "report-choice-unanswered",
                        &[("count", words.last().cloned().unwrap_or_default().into()), ("percent", self.share(unanswered).into())],
                    ));
                }
                blocks.push(Block::Para {
                    text: p.fmt(
                        "report-choices",
                        &[("applicable", applicable.count.into()), ("number", number.clone().into()), ("distribution", p.list_and(&items).into())],
                    ),
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
                            let mut segments: Vec<Segment> =
                                choices.iter().map(|c| Segment { value: c.groups[gi].count, printed: self.num(c.groups[gi].count) }).collect();
                            segments.push(Segment { value: groups_unanswered[gi].count, printed: self.num(groups_unanswered[gi].count) });
                            StackedRow { label: p.group_name(RegionalGroup::ALL[gi]), segments }
                        })
                        .collect();
                    let mut all: Vec<Segment> = choices.iter().map(|c| Segment { value: c.total.count, printed: self.num(c.total.count) }).collect();
                    all.push(Segment { value: unanswered.count, printed: self.num(unanswered.count) });
                    rows.push(StackedRow { label: p.plain("report-all-states", &[]), segments: all });
                    let items: Vec<(String, String)> = rows
                        .iter()
                        .map(|r| {
                            let parts: Vec<String> = legend
                                .iter()
                                .zip(&r.segments)
                                .map(|(l, s)| p.plain("chart-segment", &[("label", l.into()), ("value", s.printed.clone().into())]))
                                .collect();
                            (r.label.clone(), parts.join(", "))
                        })
                        .collect();
                    let _ = groups_applicable;
                    let alt = charts::alt_text(
                        p,
                        "chart-stacked-alt",
                        &p.plain("chart-answers-measure", &[("number", number.clone().into())]),
                        &p.plain("chart-rate-category", &[]),
                        &items,
                    );
                    let chart = (StackedBarChart { legend, rows, lang: self.p.lang(), alt }).render(&format!("/chart-{figure}.svg"), 560, 200)?;
                    self.charts.push(chart.clone());
                    blocks.push(Block::Figure { caption: p.plain("report-chart-caption", &[("number", number.into())]), chart });
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
                            &[
                                ("count", w.clone().into()),
                                ("percent", self.share(&c.total).into()),
                                ("label", p.quote(&self.choice_label(q, &c.choice)).into()),
                            ],
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
            Distribution::Dates { applicable, answered, earliest, latest, .. } => {
                let text = match (earliest, latest) {
                    _ if applicable.count == 0 => p.fmt("report-no-applicable", &[("number", number.into())]),
                    (Some(first), Some(last)) => p.fmt(
                        if first == last { "report-dates-same" } else { "report-dates" },
                        &[
                            ("number", number.into()),
                            ("applicable", applicable.count.into()),
                            ("answered", answered.count.into()),
                            ("percent", self.share(answered).into()),
                            ("earliest", p.date(*first).into()),
                            ("latest", p.date(*last).into()),
                        ],
                    ),
                    _ => p.fmt("report-dates-none", &[("number", number.into()), ("applicable", applicable.count.into())]),
                };
                blocks.push(Block::Para { text });
            }
            Distribution::Text { applicable, answered, leading, by_answer, .. } => {
                if applicable.count == 0 {
                    blocks.push(Block::Para { text: p.fmt("report-no-applicable", &[("number", number.into())]) });
                    return Ok(blocks);
                }
                let lead = leading.as_deref().and_then(|l| self.form.question(l));
                let text = match lead {
                    Some(lead) if !by_answer.is_empty() => {
                        let items: Vec<String> = by_answer
                            .iter()
                            .enumerate()
                            .map(|(i, a)| {
                                p.plain(
                                    if i == 0 { "report-text-by-first" } else { "report-text-by-next" },
                                    &[
                                        (
                                            "all",
                                            if a.wrote.count == 0 {
                                                "none"
                                            } else if a.wrote.count == a.gave.count && a.gave.count > 1 {
                                                "all"
                                            } else {
                                                "some"
                                            }
                                            .into(),
                                        ),
                                        ("wrote", a.wrote.count.into()),
                                        ("gave", a.gave.count.into()),
                                        ("label", p.quote(&self.choice_label(lead, &a.choice)).into()),
                                        ("lead", lead.number.clone().unwrap_or_default().into()),
                                    ],
                                )
                            })
                            .collect();
                        p.fmt(
                            "report-text-by",
                            &[
                                ("number", number.clone().into()),
                                ("applicable", applicable.count.into()),
                                ("answered", answered.count.into()),
                                ("percent", self.share(answered).into()),
                                ("by", p.list_and(&items).into()),
                            ],
                        )
                    }
                    _ => self.answered_sentence(&number, applicable, answered),
                };
                blocks.push(Block::Para { text });
                if answered.count > 0
                    && let Some(symbol) = &self.compilation
                {
                    blocks.push(Block::Para { text: p.fmt("report-text-compilation", &[("symbol", symbol.as_str().into())]) });
                }
            }
            Distribution::Repeat { .. } => {}
            Distribution::Answered { applicable, answered, .. } => {
                let text = if applicable.count == 0 {
                    p.fmt("report-no-applicable", &[("number", number.into())])
                } else {
                    self.answered_sentence(&number, applicable, answered)
                };
                blocks.push(Block::Para { text });
            }
        }
        Ok(blocks)
    }

    /// "Of the 108 States to which question 7 applied, 33 (31 per cent) answered it."
    fn answered_sentence(&self, number: &str, applicable: &Tally, answered: &Tally) -> String {
        self.p.fmt(
            "report-answered",
            &[
                ("number", number.into()),
                ("applicable", applicable.count.into()),
                ("answered", answered.count.into()),
                ("percent", self.share(answered).into()),
            ],
        )
    }

    /// The paragraphs on a repeat (a table of rows): who gave rows, how many, and each of its
    /// questions over the rows.
    pub(super) fn repeat(&mut self, name: &str, d: &Distribution, has_replies: bool) -> Result<Vec<Block>, String> {
        let p = self.p;
        let Distribution::Repeat { states, rows, questions } = d else { return Ok(Vec::new()) };
        let Some(group) = self.form.groups.iter().find(|g| g.name == name) else { return Ok(Vec::new()) };
        let title = self.group_label(group);
        let mut blocks = vec![Block::Question { text: p.fmt("report-repeat-title", &[("title", title.as_str().into())]) }];
        if !has_replies {
            return Ok(blocks);
        }
        if states.count == 0 {
            blocks.push(Block::Para { text: p.fmt("report-repeat-none", &[("title", p.quote(&title).into())]) });
            return Ok(blocks);
        }
        blocks.push(Block::Para {
            text: p.fmt(
                "report-repeat",
                &[
                    ("states", states.count.into()),
                    ("respondents", states.of.unwrap_or(0).into()),
                    ("percent", self.share(states).into()),
                    ("title", p.quote(&title).into()),
                    ("rows", (*rows).into()),
                ],
            ),
        });
        for rq in questions {
            let Some(question) = self.form.question(&rq.name) else { continue };
            let number = rq.number.clone();
            let label = self.label_of(question);
            let text = match &rq.summary {
                _ if rq.answered == 0 => p.fmt("report-repeat-unanswered", &[("number", number.into()), ("label", label.into())]),
                crate::figures::RowSummary::Choices { choices } => {
                    let items: Vec<String> = choices
                        .iter()
                        .filter(|(_, n)| *n > 0)
                        .map(|(c, n)| p.plain("report-repeat-choice", &[("count", (*n).into()), ("label", p.quote(&self.choice_label(question, c)).into())]))
                        .collect();
                    p.fmt(
                        "report-repeat-choices",
                        &[("number", number.into()), ("label", label.into()), ("answered", rq.answered.into()), ("distribution", p.list_and(&items).into())],
                    )
                }
                crate::figures::RowSummary::Numbers { median, min, max, total } => p.fmt(
                    "report-repeat-numbers",
                    &[
                        ("number", number.into()),
                        ("label", label.into()),
                        ("answered", rq.answered.into()),
                        ("median", self.exact(*median).into()),
                        ("min", self.exact(*min).into()),
                        ("max", self.exact(*max).into()),
                        ("total", self.exact(*total).into()),
                    ],
                ),
                crate::figures::RowSummary::Answered => {
                    p.fmt("report-repeat-answered", &[("number", number.into()), ("label", label.into()), ("answered", rq.answered.into())])
                }
            };
            blocks.push(Block::Para { text });
        }
        Ok(blocks)
    }

    pub(super) fn exact(&self, e: Option<crate::figures::Exact>) -> String {
        e.map_or("—".to_string(), |v| self.p.number(v.to_f64()))
    }

    pub(super) fn numbers_sentence(&self, s: &NumberSummary, number: &str) -> String {
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
}
