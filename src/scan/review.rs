//! `out/scans/review.pdf`: what a person must see before a draft becomes a reply. For each
//! draft, every answer left uncertain and every written area as the crop of the scan, beside the
//! question's words, why it is there and what was read; then what was read with certainty, for a
//! spot check; first, the pages that could not be read and why.

use std::collections::BTreeMap;
use std::io::Cursor;

use anyhow::Result;
use serde::Serialize;

use super::replies::{Certainty, Reading};
use super::{Batch, PageResult};
use crate::date::Date;
use crate::documents::{Document, Planned, Prepared, Version};
use crate::i18n::{Arg, Catalogs, Phrases};
use crate::inputs::Inputs;
use crate::lang::{Direction, Lang};
use crate::model::questionnaire::Questionnaire;

/// The manifest's kind.
pub const KIND: &str = "scan-review";

#[derive(Debug, Serialize)]
struct Item {
    question: String,
    why: String,
    seen: String,
    source: String,
    crop: Option<String>,
    alt: String,
}

#[derive(Debug, Serialize)]
struct Read {
    question: String,
    answer: String,
}

#[derive(Debug, Serialize)]
struct ReplyPart {
    heading: String,
    /// The language of the copy (its questions and answers are in it) and its direction.
    lang: Lang,
    dir: Direction,
    lines: Vec<String>,
    items: Vec<Item>,
    read: Vec<Read>,
}

#[derive(Debug, Serialize)]
struct Unread {
    source: String,
    reason: String,
}

#[derive(Debug, Serialize)]
struct Model {
    lang: Lang,
    dir: Direction,
    title: String,
    iso_date: String,
    summary: String,
    unread_title: String,
    unread: Vec<Unread>,
    to_check: String,
    certain_title: String,
    columns: [String; 2],
    replies: Vec<ReplyPart>,
}

/// The review sheet, its model and its crops made when it is planned.
pub struct Review {
    model: serde_json::Value,
    assets: BTreeMap<String, Vec<u8>>,
}

impl std::fmt::Debug for Review {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Review").field("crops", &self.assets.len()).finish()
    }
}

impl Document for Review {
    fn kind(&self) -> &'static str {
        KIND
    }

    fn template(&self) -> &'static str {
        "scan-review.typ.j2"
    }

    fn prepare(&self, _version: &Version, _inputs: &Inputs, _catalogs: &Catalogs) -> Result<Prepared> {
        #[derive(Serialize)]
        struct Context<'a> {
            r: &'a serde_json::Value,
        }
        Prepared::new(&Context { r: &self.model }, self.assets.clone())
    }
}

/// "scans/a.pdf, page 2".
fn source(p: Phrases<'_>, file: &str, page: usize) -> String {
    if page == 0 { file.to_string() } else { p.fmt("scan-review-source", &[("file", Arg::from(file)), ("page", Arg::Num(page as f64))]) }
}

/// The question's number and words in the draft's language.
fn question_words(form: Option<&Questionnaire>, name: &str, lang: Lang) -> String {
    let Some(q) = form.and_then(|f| f.question(name)) else { return name.to_string() };
    let label = q.label.get(lang.code(), "en").unwrap_or(name).trim().to_string();
    match &q.number {
        Some(n) => format!("{n}. {label}"),
        None => label,
    }
}

/// An answer as the reviewer reads it: a choice by its label in the draft's language.
fn answer_words(form: Option<&Questionnaire>, name: &str, value: &serde_json::Value, lang: Lang) -> String {
    let choice = |c: &str| form.and_then(|f| f.choice(name, c)).and_then(|c| c.label.get(lang.code(), "en")).map_or_else(|| c.to_string(), str::to_string);
    match value {
        serde_json::Value::String(s) => choice(s),
        serde_json::Value::Array(items) => items.iter().map(|i| i.as_str().map_or_else(|| i.to_string(), choice)).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

/// The review sheet of `batch` in `lang`, written to `output` under the scans folder.
pub fn planned(batch: &Batch, drafts_dir: &str, inputs: &Inputs, catalogs: &Catalogs, lang: Lang, date: Date) -> Result<Planned> {
    let p = catalogs.phrases(lang);
    let mut assets = BTreeMap::new();
    let mut png = |image: &image::GrayImage| -> Result<String> {
        let mut bytes = Vec::new();
        image.write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)?;
        let path = format!("/crop-{}.png", assets.len() + 1);
        assets.insert(path.clone(), bytes);
        Ok(path)
    };
    let page_of = |r: &Reading| -> Option<&PageResult> {
        let b = r.boxes.first()?;
        batch.pages.iter().find(|p| p.source.file == b.file && p.source.page == b.page)
    };
    let mut replies = Vec::new();
    for draft in &batch.drafts {
        let form = inputs.form(&draft.form_id);
        let state = match &draft.state {
            Some(s) => inputs.states.get(s).map_or_else(|| s.clone(), |st| format!("{} ({s})", st.name(lang))),
            None => p.t("scan-review-unknown-state"),
        };
        let heading = p.fmt(
            "scan-review-reply",
            &[("form", Arg::from(draft.form_id.as_str())), ("state", Arg::from(state.as_str())), ("lang", Arg::from(draft.lang.autonym()))],
        );
        let mut lines = vec![p.fmt("scan-review-draft", &[("file", Arg::from(format!("{drafts_dir}/{}.json", draft.name).as_str()))])];
        if !draft.missing_pages.is_empty() {
            let pages = draft.missing_pages.iter().map(usize::to_string).collect::<Vec<_>>().join(", ");
            lines.push(p.fmt("scan-review-missing", &[("pages", Arg::from(pages.as_str()))]));
        }
        for twice in &draft.twice {
            lines.push(
                p.fmt("scan-review-twice", &[("source", Arg::from(source(p, &twice.file, twice.page).as_str())), ("page", Arg::Num(twice.form_page as f64))]),
            );
        }
        let mut items = Vec::new();
        let mut read = Vec::new();
        for r in &draft.readings {
            let question = question_words(form, &r.question, draft.lang);
            if r.certainty == Certainty::Certain {
                if let Some(v) = &r.value {
                    read.push(Read { question, answer: answer_words(form, &r.question, v, draft.lang) });
                }
                continue;
            }
            let seen = if r.certainty == Certainty::ToType {
                String::new()
            } else if r.seen.is_empty() {
                p.t("scan-review-nothing-seen")
            } else {
                let words = r.seen.iter().map(|c| answer_words(form, &r.question, &serde_json::Value::from(c.as_str()), draft.lang)).collect::<Vec<_>>();
                p.fmt("scan-review-seen", &[("seen", Arg::from(words.join("; ").as_str()))])
            };
            let crop = page_of(r).and_then(|page| page.crops.get(&r.question)).map(&mut png).transpose()?;
            let first = r.boxes.first();
            items.push(Item {
                alt: p.plain("scan-review-crop-alt", &[("question", Arg::from(question.as_str()))]),
                question,
                why: r.why.map_or_else(String::new, |w| p.t(w.message())),
                seen,
                source: first.map_or_else(String::new, |b| source(p, &b.file, b.page)),
                crop,
            });
        }
        replies.push(ReplyPart { heading, lang: draft.lang, dir: draft.lang.dir(), lines, items, read });
    }
    let unread = batch
        .pages
        .iter()
        .filter(|page| page.identified.is_none())
        .filter_map(|page| {
            page.problem
                .as_ref()
                .map(|problem| Unread { source: source(p, &page.source.file, page.source.page), reason: format!("{} ({})", problem.reason, problem.hint) })
        })
        .collect();
    let to_review: usize = batch.drafts.iter().map(|d| d.readings.iter().filter(|r| r.certainty != Certainty::Certain).count()).sum();
    let certain: usize = batch.drafts.iter().map(|d| d.readings.iter().filter(|r| r.certainty == Certainty::Certain && r.value.is_some()).count()).sum();
    let files = batch.pages.iter().map(|p| p.source.file.as_str()).collect::<std::collections::BTreeSet<_>>().len();
    let model = Model {
        lang,
        dir: lang.dir(),
        title: p.plain("scan-review-title", &[]),
        iso_date: date.to_string(),
        summary: p.fmt(
            "scan-review-summary",
            &[
                ("pages", Arg::Num(batch.pages.iter().filter(|p| p.source.page > 0).count() as f64)),
                ("files", Arg::Num(files as f64)),
                ("date", Arg::from(p.date(date).as_str())),
                ("replies", Arg::Num(batch.drafts.len() as f64)),
                ("certain", Arg::Num(certain as f64)),
                ("review", Arg::Num(to_review as f64)),
            ],
        ),
        unread_title: p.t("scan-review-unread"),
        unread,
        to_check: p.t("scan-review-to-check"),
        certain_title: p.t("scan-review-certain"),
        columns: [p.t("scan-review-question"), p.t("scan-review-answer")],
        replies,
    };
    let version = Version {
        output: "review.pdf".to_string(),
        lang,
        symbol: "review".to_string(),
        ident: format!("scan-review/{lang}"),
        date,
        form_id: None,
        state: None,
        figures: None,
        companions: Vec::new(),
    };
    Ok(Planned::new(Review { model: serde_json::to_value(&model)?, assets }, version))
}
