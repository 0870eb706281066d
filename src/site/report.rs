//! The HTML edition of an analytical report, `site/<symbol>.<lang>.html`: the same masthead,
//! numbered paragraphs (each linkable, `#para-12`), tables with captions and header cells (each
//! with its CSV, `data/<symbol>/table-N.<lang>.csv`), charts as images with their alt text, and
//! annexes, from the same model as the PDF (not a conversion of it).

use anyhow::Result;
use serde::Serialize;

use crate::config::DocumentSpec;
use crate::documents::report::{Block, Report, Section};
use crate::i18n::Phrases;
use crate::inputs::Inputs;

/// The HTML edition's template.
pub const TEMPLATE: &str = "site/report.html.j2";

#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum HtmlBlock {
    /// A numbered paragraph; `note` is the footnote it carries.
    Para {
        n: u64,
        text: String,
        note: Option<String>,
    },
    Question {
        text: String,
    },
    Note {
        text: String,
    },
    List {
        names: Vec<String>,
    },
    Table {
        label: String,
        caption: String,
        head: Vec<String>,
        rows: Vec<Vec<String>>,
        numeric: Vec<bool>,
        total: bool,
        csv: String,
    },
    Figure {
        label: String,
        caption: String,
        src: String,
        alt: String,
        /// The chart's numbers as CSV.
        csv: String,
    },
    /// Analysts' text, already HTML (every text escaped); numbered or not.
    Markup {
        n: Option<u64>,
        html: String,
    },
}

#[derive(Debug, Serialize)]
struct HtmlSection {
    /// 2 for a chapter, 3 for a section.
    level: u8,
    label: String,
    title: String,
    blocks: Vec<HtmlBlock>,
}

#[derive(Debug, Serialize)]
struct Page {
    #[serde(flatten)]
    head: super::DocumentHead,
    sections: Vec<HtmlSection>,
    data_word: String,
}

/// Files written beside a page, by path under `site/`.
pub type Files = Vec<(String, Vec<u8>)>;

/// What a report's HTML edition is made of: the page and the files beside it (charts, CSVs).
pub fn edition(p: Phrases<'_>, spec: &DocumentSpec, inputs: &Inputs, slug: &str) -> Result<(impl Serialize, Files)> {
    let (doc, report) = crate::documents::report::edition(p, spec, inputs)?;
    let mut files = Vec::new();
    let mut counters = Counters { paragraphs: 0, tables: 0, figures: 0 };
    let mut sections = Vec::new();
    let chapter = |n: u64| p.numbered("numbering-chapter", n);
    let section_label = |n: u64| p.numbered("numbering-section", n);
    let convert = |blocks: &[Block], files: &mut Vec<(String, Vec<u8>)>, counters: &mut Counters, numbered: bool| -> Vec<HtmlBlock> {
        blocks.iter().map(|b| html_block(p, b, &report, slug, files, counters, numbered)).collect()
    };
    let mut n_chapter = 1;
    sections.push(HtmlSection { level: 2, label: chapter(n_chapter), title: report.introduction.clone(), blocks: Vec::new() });
    for (i, s) in report.intro_sections.iter().enumerate() {
        let blocks = convert(&s.blocks, &mut files, &mut counters, true);
        sections.push(HtmlSection { level: 3, label: section_label(i as u64 + 1), title: s.title.clone(), blocks });
    }
    let chapters = report.chapters.iter().chain(report.assistance.iter()).chain(report.conclusions.iter());
    for c in chapters {
        n_chapter += 1;
        sections.push(HtmlSection { level: 2, label: chapter(n_chapter), title: c.title.clone(), blocks: Vec::new() });
        let mut letter = 0;
        for s in &c.sections {
            let blocks = convert(&s.blocks, &mut files, &mut counters, true);
            push_section(&mut sections, s, blocks, &mut letter, &section_label);
        }
    }
    for a in &report.annexes {
        let blocks = convert(&a.blocks, &mut files, &mut counters, false);
        sections.push(HtmlSection { level: 2, label: a.label.clone(), title: a.title.clone(), blocks });
    }
    let page = Page { head: super::DocumentHead::of(p, doc, slug), sections, data_word: p.plain("site-data-link", &[]) };
    Ok((page, files))
}

struct Counters {
    paragraphs: u64,
    tables: u64,
    figures: u64,
}

/// A section of a chapter: lettered (A., B.…) when titled, else its blocks go under the
/// chapter's heading.
fn push_section(sections: &mut Vec<HtmlSection>, s: &Section, blocks: Vec<HtmlBlock>, letter: &mut u64, label: &dyn Fn(u64) -> String) {
    if s.title.is_empty() {
        if let Some(last) = sections.last_mut() {
            last.blocks.extend(blocks);
        }
        return;
    }
    *letter += 1;
    sections.push(HtmlSection { level: 3, label: label(*letter), title: s.title.clone(), blocks });
}

#[allow(clippy::too_many_arguments)]
fn html_block(p: Phrases<'_>, b: &Block, report: &Report, slug: &str, files: &mut Vec<(String, Vec<u8>)>, c: &mut Counters, numbered: bool) -> HtmlBlock {
    let lang = p.lang();
    let mut next_para = || {
        c.paragraphs += 1;
        c.paragraphs
    };
    match b {
        Block::Para { text } if numbered => {
            let (text, note) = match text.split_once(crate::render::NOTE_MARK) {
                Some((before, after)) => (format!("{before}{after}"), Some(report.as_received.clone())),
                None => (text.clone(), None),
            };
            HtmlBlock::Para { n: next_para(), text, note }
        }
        Block::Para { text } | Block::Note { text } => HtmlBlock::Note { text: text.replace(crate::render::NOTE_MARK, "") },
        Block::Question { text } => HtmlBlock::Question { text: text.clone() },
        Block::List { columns } => HtmlBlock::List { names: columns.concat() },
        Block::Table { table } => {
            c.tables += 1;
            let csv = format!("data/{slug}/table-{}.{lang}.csv", c.tables);
            let mut writer = csv::Writer::from_writer(Vec::new());
            let plain = |cells: &[String]| cells.iter().map(|x| crate::i18n::strip_isolates(x)).collect::<Vec<_>>();
            let _ = writer.write_record(plain(&table.head));
            for row in &table.rows {
                let _ = writer.write_record(plain(row));
            }
            files.push((csv.clone(), writer.into_inner().unwrap_or_default()));
            HtmlBlock::Table {
                label: p.plain("site-table", &[("n", p.numbered("numbering-table", c.tables).into())]),
                caption: table.caption.clone(),
                head: table.head.clone(),
                rows: table.rows.clone(),
                numeric: table.numeric.clone(),
                total: table.total,
                csv,
            }
        }
        Block::Figure { caption, chart } => {
            c.figures += 1;
            let src = format!("{slug}.{lang}/{}", chart.path.trim_start_matches('/'));
            files.push((src.clone(), chart.svg.clone().into_bytes()));
            let csv = format!("data/{slug}/figure-{}.{lang}.csv", c.figures);
            files.push((csv.clone(), chart_csv(&chart.data)));
            HtmlBlock::Figure {
                label: p.plain("site-figure", &[("n", p.numbered("numbering-figure", c.figures).into())]),
                caption: caption.clone(),
                src,
                alt: chart.alt.clone(),
                csv,
            }
        }
        Block::Markup { html, numbered: true, .. } if numbered => HtmlBlock::Markup { n: Some(next_para()), html: html.clone() },
        Block::Markup { html, .. } => HtmlBlock::Markup { n: None, html: html.clone() },
    }
}

/// A chart's numbers as CSV (its header row, then a row per bar or group).
pub fn chart_csv(data: &[Vec<String>]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in data {
        let _ = writer.write_record(row.iter().map(|x| crate::i18n::strip_isolates(x)));
    }
    writer.into_inner().unwrap_or_default()
}
