//! The pages of a batch put together into one draft reply per State and form, and each
//! question's answer decided from its boxes: certain only when every box is clear, else left for
//! a person with the reason. Missing pages and pages read twice are named.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::marks::Mark;
use super::{PageRef, PageResult};
use crate::inputs::Inputs;
use crate::model::questionnaire::{QuestionKind, Questionnaire};

/// How sure the reading of a question is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Certainty {
    /// Every box clear: the answer is in the draft.
    Certain,
    /// A box between thresholds, two ticks for one answer, a box filled alone, a page badly
    /// registered: the answer is not in the draft; a person decides from the crop.
    Uncertain,
    /// Writing (a number, a date, a text): a person types it from the crop.
    ToType,
}

/// Why a question goes to a person (the review sheet's words come from the catalogs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    FaintMark,
    TwoTicks,
    FilledAlone,
    PoorRegistration,
    NoChangeAndAnswer,
    Written,
}

impl Why {
    /// The catalog message that says it.
    pub fn message(self) -> &'static str {
        match self {
            Why::FaintMark => "scan-why-faint",
            Why::TwoTicks => "scan-why-two-ticks",
            Why::FilledAlone => "scan-why-filled-alone",
            Why::PoorRegistration => "scan-why-registration",
            Why::NoChangeAndAnswer => "scan-why-no-change",
            Why::Written => "scan-why-written",
        }
    }
}

/// One box as read, with where it is.
#[derive(Debug, Clone, Serialize)]
pub struct BoxSource {
    pub file: String,
    pub page: usize,
    /// The page of the questionnaire.
    pub form_page: usize,
    /// The box's index in the layout map's page.
    #[serde(rename = "box")]
    pub index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub c: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub i: Option<u64>,
    pub kind: String,
    pub ink: f64,
    pub mark: Mark,
}

/// A question as read.
#[derive(Debug, Clone, Serialize)]
pub struct Reading {
    pub question: String,
    pub certainty: Certainty,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<Why>,
    /// The choices ticked, when uncertain (what the reviewer is told was seen).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub seen: Vec<String>,
    pub boxes: Vec<BoxSource>,
}

/// A draft reply: the pages of one copy of a questionnaire.
#[derive(Debug, Clone, Serialize)]
pub struct Draft {
    pub form_id: String,
    pub version: String,
    pub lang: crate::lang::Lang,
    pub layout: String,
    /// The State its QR codes name (a personalised copy); `None` for a blank copy.
    pub state: Option<String>,
    /// The file name under out/scans/, without `.json`.
    pub name: String,
    pub pages: Vec<PageRef>,
    pub missing_pages: Vec<usize>,
    /// Pages read twice: the later ones are not read.
    pub twice: Vec<PageRef>,
    pub readings: Vec<Reading>,
}

impl Draft {
    pub fn certain(&self) -> usize {
        self.readings.iter().filter(|r| r.certainty == Certainty::Certain).count()
    }

    /// The reply in palermo's JSON form, with the scan's own record under `"scan"` (which the
    /// reader skips).
    pub fn json(&self, scanned: crate::date::Date) -> Value {
        let answers: serde_json::Map<String, Value> =
            self.readings.iter().filter(|r| r.certainty == Certainty::Certain).filter_map(|r| Some((r.question.clone(), r.value.clone()?))).collect();
        let review: Vec<&Reading> = self.readings.iter().filter(|r| r.certainty != Certainty::Certain).collect();
        let read: Vec<&Reading> = self.readings.iter().filter(|r| r.certainty == Certainty::Certain).collect();
        serde_json::json!({
            "state": self.state,
            "submitted": scanned.to_string(),
            "version": self.version,
            "answers": answers,
            "scan": {
                "form_id": self.form_id,
                "lang": self.lang,
                "layout": self.layout,
                "pages": self.pages,
                "missing_pages": self.missing_pages,
                "read_twice": self.twice,
                "to_review": review,
                "read": read,
            }
        })
    }
}

/// Puts identified pages together: a personalised copy by its State, a blank copy by its file
/// (a new copy starts when the page numbers start again).
pub fn assemble(pages: &[PageResult], inputs: &Inputs) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    let mut blank_run: Option<(String, usize, usize)> = None; // (file, draft, last page)
    let mut unknown = 0;
    for page in pages {
        let Some(id) = &page.identified else { continue };
        let key = match &id.state {
            Some(state) => format!("{}|{}|{state}", id.form_id, id.layout),
            None => {
                let continues =
                    blank_run.as_ref().is_some_and(|(file, d, last)| *file == page.source.file && id.page > *last && drafts[*d].layout == id.layout);
                if !continues {
                    unknown += 1;
                }
                format!("{}|{}|-{unknown}", id.form_id, id.layout)
            }
        };
        let d = *index.entry(key).or_insert_with(|| {
            let stem = std::path::Path::new(&page.source.file).file_stem().map_or_else(String::new, |s| s.to_string_lossy().to_string());
            let name = match &id.state {
                Some(state) => format!("{}.{state}", id.form_id),
                None => format!("{}.unknown-{}-{unknown}", id.form_id, file_slug(&stem)),
            };
            drafts.push(Draft {
                form_id: id.form_id.clone(),
                version: id.version.clone(),
                lang: id.lang,
                layout: id.layout.clone(),
                state: id.state.clone(),
                name,
                pages: Vec::new(),
                missing_pages: Vec::new(),
                twice: Vec::new(),
                readings: Vec::new(),
            });
            drafts.len() - 1
        });
        if id.state.is_none() {
            blank_run = Some((page.source.file.clone(), d, id.page));
        }
        let draft = &mut drafts[d];
        if draft.pages.iter().any(|p| p.form_page == id.page) {
            draft.twice.push(page.source.clone());
        } else {
            draft.pages.push(page.source.clone());
        }
    }
    for draft in &mut drafts {
        draft.pages.sort_by_key(|p| p.form_page);
        let total = pages.iter().filter_map(|p| p.identified.as_ref()).find(|id| id.layout == draft.layout).map_or(0, |id| id.pages);
        draft.missing_pages = (1..=total).filter(|n| !draft.pages.iter().any(|p| p.form_page == *n)).collect();
        let read: Vec<&PageResult> = draft.pages.iter().filter_map(|r| pages.iter().find(|p| p.source == *r)).collect();
        if let Some(form) = inputs.form(&draft.form_id) {
            draft.readings = decide(&read, form, draft.state.as_deref(), inputs);
        }
    }
    drafts
}

/// Each question's answer from its boxes, in the order of the pages.
fn decide(pages: &[&PageResult], form: &Questionnaire, state: Option<&str>, inputs: &Inputs) -> Vec<Reading> {
    let mut order: Vec<String> = Vec::new();
    let mut boxes: BTreeMap<String, Vec<BoxSource>> = BTreeMap::new();
    let mut poor: BTreeMap<String, bool> = BTreeMap::new();
    for page in pages {
        let Some(id) = &page.identified else { continue };
        for (index, b) in page.boxes.iter().enumerate() {
            if !boxes.contains_key(&b.map.q) {
                order.push(b.map.q.clone());
            }
            *poor.entry(b.map.q.clone()).or_default() |= !id.registered;
            boxes.entry(b.map.q.clone()).or_default().push(BoxSource {
                file: page.source.file.clone(),
                page: page.source.page,
                form_page: id.page,
                index,
                c: b.map.c.clone(),
                i: b.map.i,
                kind: b.map.kind.clone(),
                ink: b.ink,
                mark: b.mark,
            });
        }
    }
    let on_record = state.and_then(|s| inputs.latest_reply(&form.form_id, s)).map(|(reply, _)| reply);
    order
        .into_iter()
        .map(|name| {
            let boxes = boxes.remove(&name).unwrap_or_default();
            let question = form.question(&name);
            let kind = question.map(|q| &q.kind);
            let reading = |certainty, value, why, seen| Reading { question: name.clone(), certainty, value, why, seen, boxes: boxes.clone() };
            if poor.get(&name).copied().unwrap_or(false) {
                return reading(Certainty::Uncertain, None, Some(Why::PoorRegistration), Vec::new());
            }
            let (ticks, rest): (Vec<&BoxSource>, Vec<&BoxSource>) = boxes.iter().partition(|b| b.kind == "tick");
            let no_change = rest.iter().find(|b| b.kind == "no-change");
            let areas: Vec<&&BoxSource> = rest.iter().filter(|b| b.kind != "no-change").collect();
            let written = areas.iter().any(|b| b.mark == Mark::Written);
            let faint = boxes.iter().any(|b| b.mark == Mark::Uncertain);
            let ticked: Vec<String> = ticks.iter().filter(|b| b.mark == Mark::Ticked).filter_map(|b| b.c.clone()).collect();
            let filled = ticks.iter().any(|b| b.mark == Mark::Filled);
            if faint {
                return reading(Certainty::Uncertain, None, Some(Why::FaintMark), ticked);
            }
            let answered = !ticked.is_empty() || written;
            match no_change.map(|b| b.mark) {
                Some(Mark::Ticked) if answered => return reading(Certainty::Uncertain, None, Some(Why::NoChangeAndAnswer), ticked),
                Some(Mark::Ticked) => {
                    let value = on_record.and_then(|r| r.answers.get(&name)).and_then(|a| serde_json::to_value(a).ok());
                    return match value {
                        Some(v) => reading(Certainty::Certain, Some(v), None, Vec::new()),
                        None => reading(Certainty::Uncertain, None, Some(Why::NoChangeAndAnswer), Vec::new()),
                    };
                }
                Some(Mark::Filled) if !answered => return reading(Certainty::Uncertain, None, Some(Why::FilledAlone), Vec::new()),
                _ => {}
            }
            if written {
                return reading(Certainty::ToType, None, Some(Why::Written), ticked);
            }
            if filled && ticked.is_empty() {
                return reading(Certainty::Uncertain, None, Some(Why::FilledAlone), Vec::new());
            }
            let value = match kind {
                Some(QuestionKind::SelectMultiple(_)) if !ticked.is_empty() => Some(Value::from(ticked.clone())),
                _ if ticked.len() > 1 => return reading(Certainty::Uncertain, None, Some(Why::TwoTicks), ticked),
                Some(QuestionKind::Range(_)) => ticked.first().and_then(|v| v.parse::<f64>().ok()).map(Value::from),
                Some(QuestionKind::Acknowledge) => ticked.first().map(|_| Value::from("OK")),
                _ => ticked.first().cloned().map(Value::from),
            };
            reading(Certainty::Certain, value, None, Vec::new())
        })
        .collect()
}

/// A file name's stem as a safe part of another file name.
fn file_slug(stem: &str) -> String {
    stem.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect()
}
