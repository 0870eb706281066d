//! The chapter on technical assistance: what States asked for, by article and by kind.

use crate::charts::{self, BarChart};
use crate::figures::RankedChoice;
use crate::model::questionnaire::QuestionKind;

use super::{Block, Builder, Chapter, Section, Table};

impl Builder<'_> {
    /// The chapter on technical assistance: requests per article and per kind, by group.
    pub(super) fn assistance(&mut self, has_replies: bool) -> Result<Chapter, String> {
        let p = self.p;
        let figures = self.figures;
        let a = &figures.assistance;
        let title = p.plain("report-assistance", &[]);
        if !has_replies {
            return Ok(Chapter {
                title,
                sections: vec![Section { title: String::new(), blocks: vec![Block::Para { text: p.fmt("report-ta-no-replies", &[]) }] }],
            });
        }
        let mut blocks = Vec::new();
        if a.any.count == 0 {
            blocks.push(Block::Para { text: p.fmt("report-ta-none", &[]) });
            return Ok(Chapter { title, sections: vec![Section { title: String::new(), blocks }] });
        }
        blocks.push(Block::Para {
            text: p
                .fmt("report-ta-any", &[("count", a.any.count.into()), ("respondents", a.any.of.unwrap_or(0).into()), ("percent", self.share(&a.any).into())]),
        });
        let articles_table = self.next_table();
        let kinds_table = self.next_table();
        let kinds_figure = self.next_figure();
        let top: Vec<String> = a.articles.iter().filter(|(_, _, c)| c.total.count > 0).take(3).map(|(n, pr, _)| self.article_name(n, pr)).collect();
        if !top.is_empty() {
            blocks.push(Block::Para {
                text: p.fmt("report-ta-articles", &[("articles", p.list_and(&top).into()), ("table", self.table_ref(articles_table).into())]),
            });
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
        let widths: Vec<String> = std::iter::once("1fr".to_string()).chain((1..n).map(|_| "17mm".to_string())).collect();
        blocks.push(Block::Table {
            table: Table {
                caption: p.plain("report-ta-articles-caption", &[]),
                head: head.clone(),
                rows,
                widths: widths.clone(),
                numeric: (0..n).map(|i| i > 0).collect(),
                total: false,
            },
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
                text: p.fmt(
                    "report-ta-kinds",
                    &[("kinds", p.list_and(&top).into()), ("table", self.table_ref(kinds_table).into()), ("figure", self.figure_ref(kinds_figure).into())],
                ),
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
        blocks.push(Block::Table {
            table: Table { caption: p.plain("report-ta-kinds-caption", &[]), head, rows, widths, numeric: (0..n).map(|i| i > 0).collect(), total: false },
        });
        let bars: Vec<(String, f64, String)> = a.kinds.iter().map(|k| (kind_label(&k.choice), k.total.count as f64, self.num(k.total.count))).collect();
        let items: Vec<(String, String)> = bars.iter().map(|(l, _, v)| (l.clone(), v.clone())).collect();
        let alt = charts::alt_text(p, "chart-bar-alt", &p.plain("chart-kinds-measure", &[]), &p.plain("chart-kinds-category", &[]), &items);
        let chart = (BarChart { bars, max: None, lang: self.p.lang(), alt }).render(&format!("/chart-{kinds_figure}.svg"), 560, 210)?;
        self.charts.push(chart.clone());
        blocks.push(Block::Figure { caption: p.plain("report-ta-kinds-chart-caption", &[]), chart });
        Ok(Chapter { title, sections: vec![Section { title: String::new(), blocks }] })
    }
}
