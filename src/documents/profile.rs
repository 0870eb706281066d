//! The country profile of one State: its participation in the four instruments, what it
//! reported and when, every answer of its counted replies article by article (personal data
//! left out), how its reported implementation compares with its regional group and all
//! respondents (the analytical reports' own figures), and the technical assistance it requested.

use anyhow::Context as _;
use serde::Serialize;

use super::answers::answer_text;
use super::{Document, Planned, Prepared, Version};
use crate::charts::{self, Chart, GroupedBarChart};
use crate::figures::Tally;
use crate::i18n::{Catalogs, Phrases};
use crate::inputs::Inputs;
use crate::lang::{Direction, Lang};
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::model::submission::{Answer, Status as Reply, Submission};
use crate::model::{Instrument, State, Status};

/// The manifest's kind.
pub const KIND: &str = "country-profile";

/// The country profile of one State.
#[derive(Debug)]
pub struct CountryProfile {
    state: String,
}

/// Every State's profile in the languages of `[profiles]` (and its own language when asked),
/// when `conference.toml` has that table.
pub fn plan(inputs: &Inputs) -> Vec<Planned> {
    let Some(profiles) = &inputs.conference.profiles else { return Vec::new() };
    let mut planned = Vec::new();
    for state in &inputs.states {
        let mut languages = profiles.languages.clone();
        if profiles.own_language && !languages.contains(&state.language) {
            languages.push(state.language);
        }
        planned.extend(languages.into_iter().map(|lang| version(&state.iso3, lang, inputs)));
    }
    planned
}

/// The profile of the State `iso3` in `lang`.
pub fn version(iso3: &str, lang: Lang, inputs: &Inputs) -> Planned {
    let version = Version {
        output: format!("profiles/{iso3}.{lang}.pdf"),
        lang,
        symbol: iso3.to_string(),
        ident: format!("profile/{iso3}/{lang}"),
        date: inputs.conference.reporting.as_at,
        form_id: None,
        state: Some(iso3.to_string()),
        figures: None,
        companions: Vec::new(),
    };
    Planned::new(CountryProfile { state: iso3.to_string() }, version)
}

/// What the profile template gets: `lang` and `p` (the profile).
#[derive(Serialize)]
struct ProfileContext<'a> {
    lang: Lang,
    p: &'a Profile,
}

impl Document for CountryProfile {
    fn kind(&self) -> &'static str {
        KIND
    }

    fn template(&self) -> &'static str {
        "profile.typ.j2"
    }

    fn prepare(&self, version: &Version, inputs: &Inputs, catalogs: &Catalogs) -> anyhow::Result<Prepared> {
        let p = catalogs.phrases(version.lang);
        let state = inputs.states.get(&self.state).ok_or_else(|| anyhow::anyhow!("{} is not in states.csv", self.state))?;
        let m = model(p, inputs, state).map_err(anyhow::Error::msg).context("cannot draw the chart")?;
        let assets = m.charts.iter().map(|c| (c.path.clone(), c.svg.clone().into_bytes())).collect();
        Prepared::new(&ProfileContext { lang: p.lang(), p: &m }, assets)
    }
}

/// A row of a table: cells as printed.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub cells: Vec<String>,
}

/// One answered question: its number, its label and the State's answer.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerRow {
    pub number: String,
    pub question: String,
    pub answer: String,
    /// The answer is the State's own text, quoted in full.
    pub quoted: bool,
    /// Printed in italics: "No answer".
    pub remark: bool,
    /// A long answer, printed on its own line under the question.
    pub wide: bool,
    /// Where the answer changed since the State's reply of the previous cycle: what it was.
    pub previous: Option<String>,
}

/// The answers under one heading (a section, or an article inside it).
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub title: String,
    /// 2 for a section of the questionnaire, 3 for an article inside it.
    pub level: u8,
    pub rows: Vec<AnswerRow>,
    /// "Questions 7 and 8 did not apply to this reply."
    pub not_applicable: Option<String>,
}

/// What the State reported on one questionnaire.
#[derive(Debug, Clone, Serialize)]
pub struct FormAnswers {
    pub title: String,
    /// How the reply compares with the State's reply of the previous cycle, when it had one.
    pub since: Option<String>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Profile {
    pub lang: Lang,
    pub dir: Direction,
    pub iso3: String,
    pub state: String,
    pub title: String,
    pub group: String,
    pub as_at: String,
    pub iso_date: String,
    pub prepared: String,
    pub footer: String,
    pub words: Words,
    pub treaties: Vec<Row>,
    pub reporting: Vec<Row>,
    /// The answers of each counted reply.
    pub forms: Vec<FormAnswers>,
    /// The comparison of reported implementation, when the State has a counted reply.
    pub compare: Option<Compare>,
    pub assistance: Vec<Row>,
    pub assistance_text: String,
    pub no_reply: Option<String>,
    /// How sections are numbered.
    pub numbering: Vec<String>,
    #[serde(skip)]
    pub charts: Vec<Chart>,
}

/// Headings and column heads.
#[derive(Debug, Clone, Serialize)]
pub struct Words {
    pub treaties: String,
    pub reporting: String,
    pub implementation: String,
    pub compare: String,
    pub assistance: String,
    pub treaty_columns: Vec<String>,
    pub reporting_columns: Vec<String>,
    pub answer_columns: Vec<String>,
    pub compare_columns: Vec<String>,
    pub assistance_columns: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Compare {
    pub text: String,
    pub rows: Vec<Row>,
    pub chart: Chart,
    pub caption: String,
}

/// The profile of `state` in the language of `p`.
pub fn model(p: Phrases<'_>, inputs: &Inputs, state: &State) -> Result<Profile, String> {
    let lang = p.lang();
    let as_at = inputs.conference.reporting.as_at;
    let date = p.date(as_at);
    let name = state.name(lang).to_string();
    let group = p.group_name(state.group);
    let col = |ids: &[&str]| ids.iter().map(|id| p.plain(id, &[])).collect::<Vec<_>>();

    let treaties = Instrument::ALL
        .iter()
        .map(|&i| {
            let participation = state.participation.get(&i).filter(|x| x.date.is_none_or(|d| d <= as_at));
            let (status, when) = match participation.map(|x| (x.status, x.date)) {
                Some((Status::Party, d)) => (p.plain("profile-party", &[]), d.map(|d| p.date(d)).unwrap_or_default()),
                Some((Status::Signatory, d)) => (p.plain("profile-signatory", &[]), d.map(|d| p.date(d)).unwrap_or_default()),
                _ => (p.plain("profile-not-party", &[]), String::new()),
            };
            Row { cells: vec![crate::i18n::capitalized(&p.plain(&format!("instrument-short-{}", i.code()), &[])), status, when] }
        })
        .collect();

    let mut reporting = Vec::new();
    let mut forms = Vec::new();
    let mut replied = false;
    let mut assistance = Vec::new();
    for form in &inputs.questionnaires {
        let title = form_title(p, form);
        let mine: Vec<&crate::validate::Outcome> =
            inputs.outcomes.iter().filter(|o| o.form_id == form.form_id && o.state.as_deref() == Some(state.iso3.as_str())).collect();
        let counted = inputs.submissions.iter().find(|s| s.form_id == form.form_id && s.state == state.iso3);
        let before = inputs.previous_reply(&form.form_id, &state.iso3);
        let new_questions = inputs.previous.as_ref().and_then(|x| x.forms.get(&form.form_id)).map(|f| f.matching.new.as_slice()).unwrap_or_default();
        let mut text = match counted {
            Some(s) => {
                replied = true;
                let mut text = if s.submitted > as_at {
                    p.fmt("profile-reply-late", &[("date", p.date(s.submitted).into())])
                } else {
                    p.fmt("profile-reply-counted", &[("date", p.date(s.submitted).into())])
                };
                let replaced: Vec<String> = mine.iter().filter(|o| o.status == Reply::Superseded).filter_map(|o| o.submitted.map(|d| p.date(d))).collect();
                if !replaced.is_empty() {
                    text.push(' ');
                    text.push_str(&p.fmt("profile-reply-replaced", &[("count", replaced.len().into()), ("dates", p.list_and(&replaced).into())]));
                }
                let (blocks, changes) = answers(p, form, s, before.map(|b| (b, new_questions)));
                let since = before.zip(changes).map(|(b, (changed, compared))| {
                    p.fmt("profile-since", &[("date", p.date(b.submitted).into()), ("changed", changed.into()), ("compared", compared.into())])
                });
                forms.push(FormAnswers { title: p.plain("profile-implementation-of", &[("title", title.clone().into())]), since, blocks });
                assistance.extend(assistance_rows(p, form, s));
                text
            }
            None => match mine.iter().find(|o| o.status == Reply::Rejected) {
                Some(o) => p.fmt("profile-reply-rejected", &[("date", o.submitted.map_or_else(|| date.clone(), |d| p.date(d)).into())]),
                None => p.fmt("profile-reply-none", &[("date", date.clone().into())]),
            },
        };
        if let Some(b) = before {
            text.push(' ');
            text.push_str(&p.fmt("profile-reply-previous", &[("date", p.date(b.submitted).into())]));
        }
        reporting.push(Row { cells: vec![title, text] });
    }

    let compare = if replied { Some(compare(p, inputs, state)?) } else { None };
    let requested = assistance.iter().any(|(_, asked)| *asked);
    let assistance: Vec<Row> = assistance.into_iter().map(|(row, _)| row).collect();
    let assistance_text =
        if !requested { p.fmt("profile-assistance-none", &p.state_args(state)) } else { p.fmt("profile-assistance-text", &p.state_args(state)) };
    let no_reply = (!replied).then(|| {
        let mut args = p.state_args(state);
        args.push(("date", date.clone().into()));
        p.fmt("profile-no-reply", &args)
    });
    let charts = compare.iter().map(|c| c.chart.clone()).collect();
    Ok(Profile {
        lang,
        dir: lang.dir(),
        iso3: state.iso3.clone(),
        title: p.plain("profile-title", &[]),
        prepared: p.fmt("profile-prepared", &[("date", date.clone().into())]),
        footer: p.plain("profile-footer", &[("state", name.as_str().into()), ("date", date.clone().into())]),
        group: p.fmt("profile-group", &[("group", group.into())]),
        as_at: p.fmt("profile-as-at", &[("date", date.into())]),
        iso_date: as_at.to_string(),
        state: name,
        words: Words {
            treaties: p.plain("profile-treaties", &[]),
            reporting: p.plain("profile-reporting", &[]),
            implementation: p.plain("profile-implementation", &[]),
            compare: p.plain("profile-compare", &[]),
            assistance: p.plain("profile-assistance", &[]),
            treaty_columns: col(&["profile-column-instrument", "profile-column-status", "profile-column-date"]),
            reporting_columns: col(&["profile-column-questionnaire", "profile-column-reply"]),
            answer_columns: col(&["profile-column-number", "profile-column-question", "profile-column-answer"]),
            compare_columns: col(&["profile-column-instrument", "profile-column-state", "profile-column-group", "profile-column-all"]),
            assistance_columns: col(&["profile-column-article", "profile-column-requested", "profile-column-kinds"]),
        },
        treaties,
        reporting,
        forms,
        compare,
        assistance,
        assistance_text,
        no_reply,
        numbering: p.list("numbering-chapter"),
        charts,
    })
}

/// How a profile names a questionnaire: after its instrument ("Trafficking in Persons
/// Protocol"), or by its own title.
fn form_title(p: Phrases<'_>, form: &Questionnaire) -> String {
    match form.instrument {
        Some(i) => crate::i18n::capitalized(&p.plain(&format!("instrument-short-{}", i.code()), &[])),
        None => form.title.get(p.lang(), &form.default_language).unwrap_or(&form.form_id).to_string(),
    }
}

fn label<'f>(form: &'f Questionnaire, question: &'f Question, lang: Lang) -> &'f str {
    question.label.get(lang, &form.default_language).unwrap_or(&question.name)
}

/// Every published question of the form, under the heading of its group, with the State's
/// answer, "No answer", or listed among the questions that did not apply. The questions on
/// technical assistance are answered in the profile's assistance section instead. With the
/// State's reply of the previous cycle (and the questions asked only now), each answer that
/// changed since shows the previous one; also returned: how many changed, of how many compared.
fn answers(p: Phrases<'_>, form: &Questionnaire, reply: &Submission, before: Option<(&Submission, &[String])>) -> (Vec<Block>, Option<(u64, u64)>) {
    let lang = p.lang();
    let (mut changed, mut compared) = (0u64, 0u64);
    let mut blocks: Vec<Block> = Vec::new();
    let mut current: Option<usize> = None;
    let mut skipped: Vec<String> = Vec::new();
    for q in form.questions.iter().filter(|q| q.kind.is_answered() && q.publish && !q.technical_assistance) {
        if q.group != current || blocks.is_empty() {
            current = q.group;
            let (title, level) = match q.group {
                Some(g) => {
                    let group = &form.groups[g];
                    let title = group.label.get(lang, &form.default_language).unwrap_or(&group.name).to_string();
                    let title = match &group.provision {
                        Some(provision) => p.plain("report-article", &[("title", title.into()), ("provision", p.provision(provision).into())]),
                        None => title,
                    };
                    (title, if group.parent.is_some() { 3 } else { 2 })
                }
                None => (String::new(), 2),
            };
            // A section that holds only articles gets its heading before its first article.
            if let Some(parent) = q.group.and_then(|g| form.groups[g].parent) {
                let parent_title = form.groups[parent].label.get(lang, &form.default_language).unwrap_or(&form.groups[parent].name).to_string();
                if !blocks.iter().any(|b| b.title == parent_title && b.level == 2) {
                    blocks.push(Block { title: parent_title, level: 2, rows: Vec::new(), not_applicable: None });
                }
            }
            blocks.push(Block { title, level, rows: Vec::new(), not_applicable: None });
            skipped.clear();
        }
        // A question of a repeat: its answer in each row, numbered.
        let (applies, given) = match form.repeat_of(q) {
            Some(g) => {
                let rows = reply.repeats.get(&form.groups[g].name).map(Vec::as_slice).unwrap_or_default();
                let given: Vec<String> =
                    rows.iter().enumerate().filter_map(|(i, row)| row.get(&q.name).map(|a| format!("{}. {}", i + 1, answer_text(p, form, q, a)))).collect();
                (!rows.is_empty(), (!given.is_empty()).then(|| given.join("; ")))
            }
            None => (crate::validate::applies(form, q, reply), reply.answers.get(&q.name).map(|a| answer_text(p, form, q, a))),
        };
        let number = q.number.clone().unwrap_or_default();
        let block = blocks.last_mut().expect("a block was opened");
        let (answer, quoted, remark) = match (given, applies) {
            (Some(text), true) => (text, matches!(q.kind, QuestionKind::Text), false),
            (Some(text), false) => (p.plain("profile-answered-not-applicable", &[("answer", text.into())]), false, false),
            (None, true) => (p.plain("profile-no-answer", &[]), false, true),
            // The questions that did not apply are said so once, under the others.
            (None, false) => {
                skipped.push(number);
                block.not_applicable =
                    Some(p.fmt("profile-not-applicable-list", &[("count", skipped.len().into()), ("questions", p.list_and(&skipped).into())]));
                continue;
            }
        };
        // Compared with the previous reply: questions asked then too, outside repeats.
        let mut previous = None;
        if let Some((then, _)) = before.filter(|(_, new)| form.repeat_of(q).is_none() && !new.contains(&q.name)) {
            let (now_answer, then_answer) = (reply.answers.get(&q.name), then.answers.get(&q.name));
            if now_answer.is_some() || then_answer.is_some() {
                compared += 1;
                if !super::answers::same_answer(now_answer, then_answer) {
                    changed += 1;
                    let was = then_answer.map_or_else(|| p.plain("profile-no-answer", &[]), |a| answer_text(p, form, q, a));
                    previous = Some(p.plain("profile-previous-answer", &[("answer", was.into())]));
                }
            }
        }
        let wide = answer.chars().count() > 48 || previous.as_ref().is_some_and(|x| x.chars().count() > 48);
        block.rows.push(AnswerRow { number, question: label(form, q, lang).to_string(), answer, quoted, remark, wide, previous });
    }
    blocks.retain(|b| !b.rows.is_empty() || b.not_applicable.is_some() || b.level == 2);
    (blocks, before.map(|_| (changed, compared)))
}

/// The State's answers on technical assistance, article by article: whether it asked for it
/// (by the question's own answer) and the kinds it chose.
fn assistance_rows(p: Phrases<'_>, form: &Questionnaire, reply: &Submission) -> Vec<(Row, bool)> {
    let lang = p.lang();
    let mut rows = Vec::new();
    for q in form.questions.iter().filter(|q| q.technical_assistance && q.publish && matches!(q.kind, QuestionKind::SelectOne(_))) {
        let Some(answer) = reply.answers.get(&q.name) else { continue };
        let asked = answer_text(p, form, q, answer);
        let article = match q.group.map(|g| &form.groups[g]) {
            Some(g) => {
                let title = g.label.get(lang, &form.default_language).unwrap_or(&g.name).to_string();
                match &g.provision {
                    Some(provision) => p.plain("report-article", &[("title", title.into()), ("provision", p.provision(provision).into())]),
                    None => title,
                }
            }
            None => label(form, q, lang).to_string(),
        };
        let kinds: Vec<String> = form
            .questions
            .iter()
            .filter(|k| k.technical_assistance && k.group == q.group && matches!(k.kind, QuestionKind::SelectMultiple(_)))
            .filter_map(|k| reply.answers.get(&k.name).map(|a| answer_text(p, form, k, a)))
            .collect();
        let yes = matches!(answer, Answer::Choice(c) if c == "yes");
        rows.push((Row { cells: vec![format!("{} — {article}", form_title(p, form)), asked, kinds.join("; ")] }, yes));
    }
    rows
}

/// The State's share of provisions reported as implemented, beside its group's and all
/// respondents', per questionnaire: the analytical reports' own figures.
fn compare(p: Phrases<'_>, inputs: &Inputs, state: &State) -> Result<Compare, String> {
    let name = state.name(p.lang()).to_string();
    let group_index = crate::model::RegionalGroup::ALL.iter().position(|g| *g == state.group).unwrap_or(0);
    let pct = |t: &Tally| t.per_cent.map_or("—".to_string(), |v| p.percent_short(v));
    let mut rows = Vec::new();
    let mut bars = Vec::new();
    for form in &inputs.questionnaires {
        let Some(figures) = inputs.figures.get(&form.form_id) else { continue };
        let Some(mine) = figures.implementation.states.get(&state.iso3) else { continue };
        let group = &figures.implementation.groups[group_index];
        let all = &figures.implementation.all;
        let title = form_title(p, form);
        rows.push(Row { cells: vec![title.clone(), pct(mine), pct(group), pct(all)] });
        bars.push((title, [mine, group, all].map(|t| (t.per_cent.unwrap_or(0) as f64, pct(t))).to_vec()));
    }
    let legend = vec![name.clone(), p.group_name(state.group), p.plain("profile-all-respondents", &[])];
    let items: Vec<(String, String)> = bars
        .iter()
        .map(|(title, values)| {
            let parts: Vec<String> =
                legend.iter().zip(values).map(|(l, (_, v))| p.plain("chart-segment", &[("label", l.into()), ("value", v.clone().into())])).collect();
            (title.clone(), parts.join(", "))
        })
        .collect();
    let alt = charts::alt_text(p, "chart-bar-alt", &p.plain("chart-compare-measure", &[]), &p.plain("chart-compare-category", &[]), &items);
    let height = 40 + 54 * bars.len().max(1) as u32;
    let chart = GroupedBarChart { legend: legend.clone(), groups: bars, max: 100.0, lang: p.lang(), alt }.render("/chart-1.svg", 520, height)?;
    Ok(Compare {
        text: p.fmt("profile-compare-text", &[p.state_args(state), vec![("group", p.group_name(state.group).into())]].concat()),
        rows,
        chart,
        caption: p.plain("profile-compare-caption", &[]),
    })
}
