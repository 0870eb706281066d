//! The printed questionnaire: a form as an official fills it in by hand, in one of its
//! languages. A cover page (title, cycle, deadline, where to return it, the focal point's block,
//! how to fill it in), then each section and article with its questions numbered as everywhere
//! else, an answer area fit for each type, and the routing and constraints in plain words.
//! Beside the PDF, the layout map of every answer box for a scanner (`omr.rs`).

use anyhow::Result;
use serde::Serialize;

use super::{Document, Planned, Prepared, Version, omr};
use crate::config::Conference;
use crate::date::Date;
use crate::engine::CompiledPdf;
use crate::expr::{BinOp, Expr, Node};
use crate::i18n::conditions::{Role, describe};
use crate::i18n::{Catalogs, Phrases};
use crate::inputs::Inputs;
use crate::lang::{Direction, Lang};
use crate::model::State;
use crate::model::questionnaire::{Geo, Question, QuestionKind, Questionnaire};

/// The manifest's kind.
pub const KIND: &str = "questionnaire";

/// A questionnaire printed for States that reply on paper, blank or personalised for a State.
#[derive(Debug)]
pub struct PrintedQuestionnaire {
    form_id: String,
    state: Option<String>,
    /// The State's answers on record printed under each question, with a "no change" box.
    prefill: bool,
    /// A form file printed on its own: its cover names no reporting cycle, deadline or address.
    standalone: bool,
}

/// Every questionnaire of the conference in each of its UN languages, when `conference.toml`
/// has a `[questionnaires]` table.
pub fn plan(inputs: &Inputs) -> Vec<Planned> {
    if inputs.conference.questionnaires.is_none() {
        return Vec::new();
    }
    let mut planned = Vec::new();
    for form in &inputs.questionnaires {
        for lang in form.languages.iter().filter_map(|l| Lang::parse(l)) {
            planned.push(version(&form.form_id, None, lang, inputs.conference.reporting.opened, false, false));
        }
    }
    planned
}

/// The printed questionnaire of `form_id` in `lang` (for `state` when given), dated `date`;
/// `standalone` for a form file printed outside a conference; `prefill` to print the State's
/// answers on record (its latest counted reply) under each question.
pub fn version(form_id: &str, state: Option<&str>, lang: Lang, date: Date, standalone: bool, prefill: bool) -> Planned {
    let prefill = prefill && state.is_some();
    let output = match (state, prefill) {
        (Some(state), true) => format!("questionnaires/{form_id}.{state}.{lang}.prefilled.pdf"),
        (Some(state), false) => format!("questionnaires/{form_id}.{state}.{lang}.pdf"),
        (None, _) => format!("questionnaires/{form_id}.{lang}.pdf"),
    };
    let layout = format!("{}.layout.json", output.trim_end_matches(".pdf"));
    let version = Version {
        output,
        lang,
        symbol: form_id.to_string(),
        ident: format!("questionnaire/{form_id}/{}/{lang}{}", state.unwrap_or("-"), if prefill { "/prefilled" } else { "" }),
        date,
        form_id: Some(form_id.to_string()),
        state: state.map(str::to_string),
        figures: None,
        companions: vec![layout],
    };
    Planned::new(PrintedQuestionnaire { form_id: form_id.to_string(), state: state.map(str::to_string), prefill, standalone }, version)
}

/// The questionnaire's context: `lang`, `q` (the questionnaire), and the first QR payload.
#[derive(Serialize)]
struct Context<'a> {
    lang: Lang,
    q: &'a Paper,
    max_pages: usize,
    qr: String,
}

impl PrintedQuestionnaire {
    fn form<'i>(&self, inputs: &'i Inputs) -> Result<&'i Questionnaire> {
        inputs.form(&self.form_id).ok_or_else(|| anyhow::anyhow!("the questionnaire {} did not load", crate::quote::quoted(&self.form_id)))
    }

    fn state<'i>(&self, inputs: &'i Inputs) -> Result<Option<&'i State>> {
        self.state.as_deref().map(|s| inputs.states.get(s).ok_or_else(|| anyhow::anyhow!("{s} is not in states.csv"))).transpose()
    }

    /// The questionnaire as printed, and the hash of its layout (of the answers printed on
    /// record too, in a prefilled copy) that its QR codes and layout map carry.
    fn paper(&self, p: Phrases<'_>, version: &Version, inputs: &Inputs) -> Result<(Paper, String)> {
        let (form, state) = (self.form(inputs)?, self.state(inputs)?);
        let conference = (!self.standalone).then_some(&inputs.conference);
        let prefill = match state.filter(|_| self.prefill) {
            Some(s) => inputs.latest_reply(&form.form_id, &s.iso3).map(|(reply, previous_cycle)| super::workbook::Prefill { reply, previous_cycle }),
            None => None,
        };
        if self.prefill && prefill.is_none() {
            anyhow::bail!("{} has no counted reply to {} to prefill the questionnaire with", self.state.as_deref().unwrap_or("-"), form.form_id);
        }
        let model = model(p, form, conference, state, version.date, prefill);
        let on_record: Vec<(&str, String)> = model
            .focal
            .iter()
            .chain(model.sections.iter().flat_map(|s| &s.questions))
            .filter_map(|q| q.on_record.clone().map(|a| (q.name.as_str(), a)))
            .collect();
        let layout = omr::layout_hash_with(form, p.lang(), state.map(|s| s.iso3.as_str()), &on_record);
        Ok((model, layout))
    }
}

impl Document for PrintedQuestionnaire {
    fn kind(&self) -> &'static str {
        KIND
    }

    fn template(&self) -> &'static str {
        "questionnaire.typ.j2"
    }

    fn prepare(&self, version: &Version, inputs: &Inputs, catalogs: &Catalogs) -> Result<Prepared> {
        let p = catalogs.phrases(version.lang);
        let (form, state) = (self.form(inputs)?, self.state(inputs)?);
        let (model, layout) = self.paper(p, version, inputs)?;
        let form_version = form.version.clone().unwrap_or_default();
        let iso3 = state.map(|s| s.iso3.as_str());
        let qr = omr::payload(&form.form_id, &form_version, &layout, iso3, 0);
        let context = Context { lang: p.lang(), q: &model, max_pages: omr::MAX_PAGES, qr: qr.trim_end_matches(":00").to_string() };
        Ok(Prepared { lazy: Some(omr::qr_assets(&form.form_id, &form_version, &layout, iso3)), ..Prepared::new(&context, Default::default())? })
    }

    /// The layout map: where Typst placed every answer box, page by page.
    fn companions(&self, version: &Version, compiled: &CompiledPdf, inputs: &Inputs, catalogs: &Catalogs) -> Result<Vec<(String, Vec<u8>)>> {
        let form = self.form(inputs)?;
        let (_, layout) = self.paper(catalogs.phrases(version.lang), version, inputs)?;
        let map = omr::layout_map(&compiled.marks, compiled.pages, form, version.lang, self.state.as_deref(), layout);
        let mut bytes = serde_json::to_vec_pretty(&map)?;
        bytes.push(b'\n');
        Ok(version.companions.iter().map(|path| (path.clone(), bytes.clone())).collect())
    }
}

/// A choice printed with its tick box, and where to go next when it is ticked.
#[derive(Debug, Clone, Serialize)]
pub struct PaperChoice {
    pub name: String,
    pub label: String,
    /// "If No, go to question 8."
    pub skip: Option<String>,
    /// The "Other (please specify)" choice, with its line.
    pub other: bool,
}

/// The answer area of a question.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Area {
    /// Tick boxes, one per choice.
    Choices { choices: Vec<PaperChoice>, multiple: bool },
    /// Ruled lines for handwriting.
    Lines { count: u32 },
    /// One comb cell per digit; `decimals` cells after the decimal mark.
    Comb { digits: u32, decimals: u32, negative: bool },
    /// DD / MM / YYYY.
    Date,
    /// HH : MM.
    Time,
    /// DD / MM / YYYY and HH : MM.
    DateTime,
    /// Latitude and longitude in decimal degrees.
    Geo { points: u32 },
    /// One box to tick ("OK").
    Tick,
    /// A box for each value of a scale.
    Scale { values: Vec<String> },
    /// A box beside each item for its rank (as many cells as the largest rank has digits).
    Rank { items: Vec<PaperChoice>, digits: u32 },
    /// A file, photograph or recording sent with the reply.
    Attach,
    /// A table of blank rows (a repeat): one column per question, a text cell per row.
    Table { columns: Vec<TableColumn>, rows: u32 },
    /// Text only (a note).
    None,
}

/// A column of a repeat's table: the question it holds.
#[derive(Debug, Clone, Serialize)]
pub struct TableColumn {
    pub name: String,
    pub number: String,
    pub label: String,
}

/// Blank rows printed for a repeat (a State with more attaches a copy of the page).
const TABLE_ROWS: u32 = 6;

/// One question as printed.
#[derive(Debug, Clone, Serialize)]
pub struct PaperQuestion {
    pub name: String,
    pub number: String,
    pub label: String,
    pub hint: String,
    /// "Tick one box.", "Tick all that apply.", "Write in capital letters."
    pub instruction: String,
    /// "Answer only if you answered “Yes” to question 3."
    pub condition: String,
    /// "Accepted only if the answer is at least 0."
    pub constraint: String,
    pub area: Area,
    /// In a prefilled copy: the State's answer on record, printed above a "no change" box.
    pub on_record: Option<String>,
}

/// A section or an article, with its questions.
#[derive(Debug, Clone, Serialize)]
pub struct PaperSection {
    pub title: String,
    /// 1 for a section of the form, 2 for an article inside it.
    pub level: u8,
    pub questions: Vec<PaperQuestion>,
}

/// Everything the questionnaire template prints.
#[derive(Debug, Clone, Serialize)]
pub struct Paper {
    pub lang: Lang,
    pub dir: Direction,
    pub form_id: String,
    pub version: String,
    pub title: String,
    pub instrument: String,
    pub cycle: String,
    pub deadline: String,
    pub return_to: String,
    /// The State of a personalised copy, by name.
    pub state: Option<String>,
    pub state_line: String,
    /// In a prefilled copy: whose answers are printed, and how to confirm them.
    pub prefill_line: String,
    pub instructions_title: String,
    pub instructions: Vec<String>,
    pub focal_title: String,
    /// The questions printed in the cover's focal point block (the form's general section).
    pub focal: Vec<PaperQuestion>,
    pub sections: Vec<PaperSection>,
    pub page_of: String,
    pub footer: String,
    pub words: Words,
    pub iso_date: String,
    pub numbering: Vec<String>,
}

/// Small words of the answer areas.
#[derive(Debug, Clone, Serialize)]
pub struct Words {
    pub day: String,
    pub month: String,
    pub year: String,
    pub hour: String,
    pub minute: String,
    pub latitude: String,
    pub longitude: String,
    pub attach: String,
    pub other: String,
    pub end: String,
    pub on_record: String,
    pub no_change: String,
    /// The decimal mark written between a comb's whole and decimal cells.
    pub decimal: String,
}

/// The printed questionnaire of `form` in the language of `p`, personalised for `state`.
pub fn model(
    p: Phrases<'_>,
    form: &Questionnaire,
    conference: Option<&Conference>,
    state: Option<&State>,
    date: crate::date::Date,
    prefill: Option<super::workbook::Prefill<'_>>,
) -> Paper {
    // A prefilled copy prints the answer on record under each question it answered.
    let question = |p: Phrases<'_>, form: &Questionnaire, q: &Question| {
        let mut printed = question(p, form, q);
        printed.on_record = prefill.and_then(|x| x.reply.answers.get(&q.name)).map(|a| super::answers::answer_text(p, form, q, a));
        printed
    };
    let lang = p.lang();
    let text = |t: &crate::model::questionnaire::Text| t.get(lang, &form.default_language).unwrap_or_default().to_string();
    let title = form.title.get(lang, &form.default_language).unwrap_or(&form.form_id).to_string();
    let instrument = form.instrument.map_or_else(String::new, |i| p.plain(&format!("instrument-{}", i.code()), &[]));
    let (cycle, deadline, return_to) = match conference {
        Some(c) => (
            p.plain("quest-cycle", &[("cycle", c.reporting.cycle.into())]),
            p.plain("quest-deadline", &[("date", p.date(c.reporting.deadline).into())]),
            c.questionnaires
                .as_ref()
                .and_then(|q| q.return_to.as_ref())
                .map_or_else(String::new, |r| p.plain("quest-return-to", &[("address", p.prose(r.get(lang)).into())])),
        ),
        None => (String::new(), String::new(), String::new()),
    };
    // The first section without provisions is the reply's general information: the focal
    // point's block of the cover.
    let general =
        form.sections().find(|(i, g)| g.provision.is_none() && !form.questions.iter().any(|q| q.group == Some(*i) && q.provision.is_some())).map(|(i, _)| i);
    let printed =
        |q: &&Question| (q.kind.is_answered() || matches!(q.kind, QuestionKind::Note)) && !(form.repeat_of(q).is_some() && q.kind == QuestionKind::Note);
    let focal: Vec<PaperQuestion> =
        form.questions.iter().filter(printed).filter(|q| general.is_some() && q.group == general).map(|q| question(p, form, q)).collect();
    let mut sections: Vec<PaperSection> = Vec::new();
    let mut current = None;
    let mut tables_done: Vec<usize> = Vec::new();
    for q in form.questions.iter().filter(printed).filter(|q| general.is_none() || q.group != general) {
        // The questions of a repeat are one table, printed where its first question comes.
        if let Some(repeat) = form.repeat_of(q) {
            if tables_done.contains(&repeat) {
                continue;
            }
            tables_done.push(repeat);
            if sections.is_empty() {
                sections.push(PaperSection { title: String::new(), level: 1, questions: Vec::new() });
            }
            sections.last_mut().expect("a section").questions.push(table(p, form, repeat));
            continue;
        }
        if q.group != current || sections.is_empty() {
            current = q.group;
            if let Some(g) = q.group {
                let group = &form.groups[g];
                if let Some(parent) = group.parent {
                    let parent_title = text(&form.groups[parent].label);
                    if !sections.iter().any(|s| s.level == 1 && s.title == parent_title) {
                        sections.push(PaperSection { title: parent_title, level: 1, questions: Vec::new() });
                    }
                }
                let title = match &group.provision {
                    Some(provision) => p.plain("report-article", &[("title", text(&group.label).into()), ("provision", p.provision(provision).into())]),
                    None => text(&group.label),
                };
                sections.push(PaperSection { title, level: if group.parent.is_some() { 2 } else { 1 }, questions: Vec::new() });
            } else {
                sections.push(PaperSection { title: String::new(), level: 1, questions: Vec::new() });
            }
        }
        sections.last_mut().expect("a section was opened").questions.push(question(p, form, q));
    }
    let state_name = state.map(|s| s.name(lang).to_string());
    Paper {
        lang,
        dir: lang.dir(),
        form_id: form.form_id.clone(),
        version: form.version.clone().unwrap_or_default(),
        title,
        instrument,
        cycle,
        deadline,
        return_to,
        state_line: state_name.as_ref().map_or_else(String::new, |n| p.plain("quest-state", &[("state", n.as_str().into())])),
        state: state_name,
        prefill_line: prefill.map_or_else(String::new, |x| {
            let id = if x.previous_cycle { "quest-prefilled-previous" } else { "quest-prefilled" };
            p.plain(id, &[("date", p.date(x.reply.submitted).into())])
        }),
        instructions_title: p.plain("quest-instructions-title", &[]),
        instructions: p.list("quest-instructions"),
        focal_title: p.plain("quest-focal-title", &[]),
        focal,
        sections,
        page_of: p.plain("page-of", &[("page", "{page}".into()), ("total", "{total}".into())]),
        footer: p.plain("quest-footer", &[("form", form.form_id.as_str().into()), ("version", form.version.clone().unwrap_or_default().into())]),
        words: Words {
            day: p.plain("quest-day", &[]),
            month: p.plain("quest-month", &[]),
            year: p.plain("quest-year", &[]),
            hour: p.plain("quest-hour", &[]),
            minute: p.plain("quest-minute", &[]),
            latitude: p.plain("quest-latitude", &[]),
            longitude: p.plain("quest-longitude", &[]),
            attach: p.plain("quest-attach", &[]),
            other: p.plain("quest-other", &[]),
            end: p.plain("quest-end", &[]),
            on_record: p.plain("quest-on-record", &[]),
            no_change: p.plain("wb-no-change", &[]),
            decimal: crate::i18n::format_decimal(lang, "1.5").chars().nth(1).map_or(".".into(), |c| c.to_string()),
        },
        iso_date: date.to_string(),
        numbering: p.list("numbering-paragraph"),
    }
}

fn question(p: Phrases<'_>, form: &Questionnaire, q: &Question) -> PaperQuestion {
    let lang = p.lang();
    let text = |t: &crate::model::questionnaire::Text| t.get(lang, &form.default_language).unwrap_or_default().to_string();
    let choices_of = |list: &str| form.choices.get(list).map(Vec::as_slice).unwrap_or_default();
    let (area, instruction) = match &q.kind {
        QuestionKind::SelectOne(list) | QuestionKind::SelectMultiple(list) => {
            let multiple = matches!(q.kind, QuestionKind::SelectMultiple(_));
            let mut choices: Vec<PaperChoice> = choices_of(list)
                .iter()
                .map(|c| PaperChoice {
                    name: c.name.clone(),
                    label: text(&c.label),
                    skip: if multiple { None } else { skip(p, form, q, &c.name) },
                    other: false,
                })
                .collect();
            if q.or_other {
                choices.push(PaperChoice { name: "other".into(), label: p.plain("quest-other", &[]), skip: None, other: true });
            }
            (Area::Choices { choices, multiple }, p.plain(if multiple { "quest-tick-all" } else { "quest-tick-one" }, &[]))
        }
        QuestionKind::Text => {
            let long =
                q.appearance.as_deref().is_some_and(|a| a.contains("multiline")) || q.constraint.as_ref().is_some_and(|c| c.text.contains("string-length"));
            (Area::Lines { count: if long { 5 } else { 1 } }, p.plain("quest-capitals", &[]))
        }
        QuestionKind::Integer => (Area::Comb { digits: digits(q).unwrap_or(6), decimals: 0, negative: false }, p.plain("quest-digits", &[])),
        QuestionKind::Decimal => (Area::Comb { digits: digits(q).unwrap_or(6), decimals: 2, negative: false }, p.plain("quest-digits", &[])),
        QuestionKind::Date => (Area::Date, String::new()),
        QuestionKind::Time => (Area::Time, p.plain("quest-time", &[])),
        QuestionKind::DateTime => (Area::DateTime, p.plain("quest-time", &[])),
        QuestionKind::Geo(geo) => {
            let points = if *geo == Geo::Point { 1 } else { 4 };
            let instruction =
                if points == 1 { p.plain("quest-geo", &[]) } else { format!("{} {}", p.plain("quest-geo", &[]), p.plain("quest-geo-points", &[])) };
            (Area::Geo { points }, instruction)
        }
        QuestionKind::Media(_) => (Area::Attach, String::new()),
        QuestionKind::Acknowledge => (Area::Tick, p.plain("quest-tick-ok", &[])),
        QuestionKind::Range(scale) => match scale.values() {
            Some(values) => (Area::Scale { values: values.iter().map(|v| crate::expr::ast::format_number(*v)).collect() }, p.plain("quest-scale", &[])),
            None => {
                let largest = scale.start.abs().max(scale.end.abs()).max(1.0);
                let decimals = if scale.step.fract() == 0.0 { 0 } else { 2 };
                (Area::Comb { digits: largest.log10().floor() as u32 + 1, decimals, negative: scale.start < 0.0 }, p.plain("quest-digits", &[]))
            }
        },
        QuestionKind::Rank(list) => {
            let items: Vec<PaperChoice> =
                choices_of(list).iter().map(|c| PaperChoice { name: c.name.clone(), label: text(&c.label), skip: None, other: false }).collect();
            let count = items.len().max(1);
            let instruction = p.plain("quest-rank", &[("count", count.into())]);
            (Area::Rank { digits: (count as f64).log10().floor() as u32 + 1, items }, instruction)
        }
        QuestionKind::Note | QuestionKind::Calculate | QuestionKind::Hidden => (Area::None, String::new()),
    };
    let condition = q.relevant.as_ref().map_or_else(String::new, |r| describe(&r.expr, Role::Relevant, p, form));
    let constraint = match (&q.kind, &q.constraint) {
        // A text's length limit is not something to print on paper.
        (QuestionKind::Text, _) | (_, None) => String::new(),
        (_, Some(c)) => q.constraint_message.get(lang, &form.default_language).map_or_else(|| describe(&c.expr, Role::Constraint, p, form), str::to_string),
    };
    // A picture or a recording the electronic form shows: named, as paper cannot play it.
    let mut hint = text(&q.hint);
    for file in q.media.values().filter_map(|t| t.get(lang, &form.default_language)) {
        let note = p.plain("quest-media-shown", &[("file", file.into())]);
        hint = if hint.is_empty() { note } else { format!("{hint} {note}") };
    }
    PaperQuestion {
        name: q.name.clone(),
        number: q.number.clone().unwrap_or_default(),
        label: text(&q.label),
        hint,
        instruction,
        condition,
        constraint,
        area,
        on_record: None,
    }
}

/// A repeat as a table with blank rows: a column per question, titled with its number.
fn table(p: Phrases<'_>, form: &Questionnaire, repeat: usize) -> PaperQuestion {
    let lang = p.lang();
    let text = |t: &crate::model::questionnaire::Text| t.get(lang, &form.default_language).unwrap_or_default().to_string();
    let group = &form.groups[repeat];
    let questions: Vec<&Question> = form.questions.iter().filter(|q| q.kind.is_answered() && form.repeat_of(q) == Some(repeat)).collect();
    let columns = questions.iter().map(|q| TableColumn { name: q.name.clone(), number: q.number.clone().unwrap_or_default(), label: text(&q.label) }).collect();
    PaperQuestion {
        name: group.name.clone(),
        number: String::new(),
        label: text(&group.label),
        hint: String::new(),
        instruction: p.plain("quest-capitals", &[]),
        condition: group.relevant.as_ref().map_or_else(String::new, |r| describe(&r.expr, Role::Relevant, p, form)),
        constraint: String::new(),
        area: Area::Table { columns, rows: TABLE_ROWS },
        on_record: None,
    }
}

/// Comb cells enough for the largest number a constraint allows (`. <= 9999` → 4).
fn digits(q: &Question) -> Option<u32> {
    let expr = &q.constraint.as_ref()?.expr;
    let mut max: Option<f64> = None;
    walk(expr, &mut |e| {
        if let Node::Binary(BinOp::Le | BinOp::Lt, a, b) = &e.node
            && let (Node::Current, Node::Num(n)) = (&a.node, &b.node)
        {
            max = Some(*n);
        }
    });
    max.filter(|m| *m >= 1.0 && *m < 1e12).map(|m| (m.log10().floor() as u32 + 1).max(1))
}

fn walk(expr: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(expr);
    match &expr.node {
        Node::Binary(_, a, b) => {
            walk(a, f);
            walk(b, f);
        }
        Node::Call(_, args) => args.iter().for_each(|a| walk(a, f)),
        Node::Neg(a) => walk(a, f),
        _ => {}
    }
}

/// Whether `expr` holds when `question` is answered `choice` and nothing else is known, for
/// conditions on that question alone: `Some(true/false)`; `None` when it asks about others.
fn holds_for(expr: &Expr, question: &str, choice: &str) -> Option<bool> {
    match &expr.node {
        Node::Binary(BinOp::Or, a, b) => Some(holds_for(a, question, choice)? || holds_for(b, question, choice)?),
        Node::Binary(BinOp::And, a, b) => Some(holds_for(a, question, choice)? && holds_for(b, question, choice)?),
        Node::Binary(op @ (BinOp::Eq | BinOp::Ne), a, b) => match (&a.node, &b.node) {
            (Node::Ref(q), Node::Str(v)) | (Node::Str(v), Node::Ref(q)) if q == question => Some((v == choice) == (*op == BinOp::Eq)),
            _ => None,
        },
        Node::Call(name, args) if name == "selected" && args.len() == 2 => match (&args[0].node, &args[1].node) {
            (Node::Ref(q), Node::Str(v)) if q == question => Some(v == choice),
            _ => None,
        },
        _ => None,
    }
}

/// "If No, go to question 12": when ticking `choice` skips the questions right after `q`
/// (those whose condition is on `q` alone), the number of the next question it leads to.
fn skip(p: Phrases<'_>, form: &Questionnaire, q: &Question, choice: &str) -> Option<String> {
    let answered: Vec<&Question> = form.questions.iter().filter(|x| x.kind.is_answered()).collect();
    let at = answered.iter().position(|x| x.name == q.name)?;
    let mut skipped = 0;
    for next in &answered[at + 1..] {
        let condition = next.relevant.as_ref().map(|r| holds_for(&r.expr, &q.name, choice));
        match condition {
            Some(Some(false)) => skipped += 1,
            _ => {
                if skipped == 0 {
                    return None;
                }
                let label = form.choice(&q.name, choice).and_then(|c| c.label.get(p.lang(), &form.default_language)).unwrap_or(choice);
                return Some(p.plain("quest-go-to", &[("choice", p.quote(label).into()), ("number", next.number.clone().unwrap_or_default().into())]));
            }
        }
    }
    (skipped > 0).then(|| {
        let label = form.choice(&q.name, choice).and_then(|c| c.label.get(p.lang(), &form.default_language)).unwrap_or(choice);
        p.plain("quest-go-to-end", &[("choice", p.quote(label).into())])
    })
}
