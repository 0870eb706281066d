//! The figures of one questionnaire's replies: who responded, how each question was answered
//! among the States it applied to (overall and by regional group), numeric summaries, the
//! technical assistance requested, and the share of provisions each State, each group and all
//! respondents reported as implemented. Computed once per form; every language version of the
//! analytical report and every country profile prints these same figures.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Exact, Registry, Tally};
use crate::date::Date;
use crate::model::States;
use crate::model::questionnaire::{Obligation, Question, QuestionKind, Questionnaire};
use crate::model::submission::{Answer, Submission};
use crate::model::treaty::Provision;
use crate::model::{Instrument, RegionalGroup, State, Status};

/// Response rate of one regional group: replies from its parties over its parties.
#[derive(Debug, Clone, Serialize)]
pub struct GroupRate {
    pub group: RegionalGroup,
    pub parties: Tally,
    pub responded: Tally,
}

/// One choice of a question and the States that gave it.
#[derive(Debug, Clone, Serialize)]
pub struct RankedChoice {
    pub choice: String,
    pub total: Tally,
    /// Per regional group, in `RegionalGroup::ALL` order.
    pub groups: Vec<Tally>,
}

/// A numeric question: how many gave a figure, and the median, range and total, exactly.
#[derive(Debug, Clone, Serialize)]
pub struct NumberSummary {
    pub answering: Tally,
    pub median: Option<Exact>,
    pub min: Option<Exact>,
    pub max: Option<Exact>,
    pub total: Option<Exact>,
}

/// How a question was answered.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Distribution {
    /// select_one: each choice's share among the States the question applied to, and the
    /// States that left it unanswered; the same per regional group.
    Choices { applicable: Tally, choices: Vec<RankedChoice>, unanswered: Tally, groups_applicable: Vec<Tally>, groups_unanswered: Vec<Tally> },
    /// select_multiple: each choice's share, ranked, most frequent first.
    Multiple { applicable: Tally, choices: Vec<RankedChoice>, groups_applicable: Vec<Tally> },
    /// integer and decimal: overall and per regional group.
    Numbers { all: NumberSummary, groups: Vec<NumberSummary> },
    /// date: how many of the States it applied to gave one, and the earliest and latest.
    Dates { applicable: Tally, answered: Tally, earliest: Option<Date>, latest: Option<Date>, groups_applicable: Vec<Tally>, groups_answered: Vec<Tally> },
    /// text: how many of the States it applied to wrote an answer, and, when one select_one
    /// question decides whether it applies (`${q6} = 'no' or ${q6} = 'partly'`), how many of
    /// those who gave each answer to that question wrote.
    Text {
        applicable: Tally,
        answered: Tally,
        leading: Option<String>,
        by_answer: Vec<LeadingAnswer>,
        groups_applicable: Vec<Tally>,
        groups_answered: Vec<Tally>,
    },
    /// A repeat (a table of rows): the States that gave rows, how many rows, and each of its
    /// questions summarised over the rows.
    Repeat { states: Tally, rows: u64, questions: Vec<RowQuestion> },
    /// other types: how many of the States it applied to answered it.
    Answered { applicable: Tally, answered: Tally, groups_applicable: Vec<Tally>, groups_answered: Vec<Tally> },
}

/// The States that gave one answer to a text question's leading question, and how many of them
/// wrote the text.
#[derive(Debug, Clone, Serialize)]
pub struct LeadingAnswer {
    pub choice: String,
    /// Of the States the text question applied to, those that gave `choice`.
    pub gave: Tally,
    /// Of those, the States that wrote.
    pub wrote: Tally,
}

/// One question of a repeat, over the rows of every State.
#[derive(Debug, Clone, Serialize)]
pub struct RowQuestion {
    pub name: String,
    pub number: String,
    /// Rows in which it is answered.
    pub answered: u64,
    pub summary: RowSummary,
}

/// What the rows' answers to a question of a repeat come to.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum RowSummary {
    /// Rows giving each choice, in the list's order (for select_multiple, rows selecting it).
    Choices { choices: Vec<(String, u64)> },
    /// The figures given, exactly.
    Numbers { median: Option<Exact>, min: Option<Exact>, max: Option<Exact>, total: Option<Exact> },
    /// Answered rows only.
    Answered,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuestionFigures {
    pub name: String,
    pub number: String,
    pub distribution: Distribution,
}

/// A group of the questionnaire holding questions (an article, a nested group, or the questions
/// a top-level group holds directly) and its questions.
#[derive(Debug, Clone, Serialize)]
pub struct SectionFigures {
    /// The group, an index into the form's groups; `None` for questions outside every group.
    pub group: Option<usize>,
    pub questions: Vec<QuestionFigures>,
}

/// A top-level group of the questionnaire (or the questions outside every group) and its
/// sections, in the form's order.
#[derive(Debug, Clone, Serialize)]
pub struct ChapterFigures {
    pub group: Option<usize>,
    pub sections: Vec<SectionFigures>,
}

/// Who a questionnaire's replies are counted against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Population {
    /// The States parties to the form's instrument.
    Parties,
    /// A form without an instrument: every Member State of the States list.
    Members,
    /// A form without an instrument: the States `conference.toml` lists as invited to reply.
    Invited,
}

impl Population {
    /// The key catalog messages select on: `parties`, `members`, `invited`.
    pub fn key(self) -> &'static str {
        match self {
            Population::Parties => "parties",
            Population::Members => "members",
            Population::Invited => "invited",
        }
    }
}

/// Technical assistance: requests per article and per kind.
#[derive(Debug, Clone, Serialize)]
pub struct Assistance {
    /// States that requested assistance for at least one article.
    pub any: Tally,
    /// Per yes/no assistance question (one per article), most requested first: the question,
    /// its article, and the States that answered yes.
    pub articles: Vec<(String, Option<Provision>, RankedChoice)>,
    /// Kinds of assistance, over all articles: States that asked for each kind at least once.
    pub kinds: Vec<RankedChoice>,
}

/// Provisions reported as implemented: of the answers to implementation questions (select_one
/// questions on a provision with an obligation), the share that chose the implementing answer.
#[derive(Debug, Clone, Serialize)]
pub struct Implementation {
    pub all: Tally,
    pub groups: Vec<Tally>,
    /// Per mandatory, shall-consider and optional provisions.
    pub by_obligation: Vec<(Obligation, Tally)>,
    pub states: BTreeMap<String, Tally>,
}

/// Everything counted about one questionnaire.
#[derive(Debug, Clone, Serialize)]
pub struct FormFigures {
    pub form_id: String,
    pub instrument: Option<Instrument>,
    pub as_at: Date,
    /// Who the replies are counted against: `parties` below are these States.
    pub population: Population,
    pub parties: Tally,
    /// Every counted reply received by the cut-off date.
    pub respondents: Tally,
    pub responded_parties: Tally,
    pub responded_signatories: Tally,
    pub responded_others: Tally,
    /// Replies received after the cut-off date, not counted.
    pub late: Tally,
    pub groups: Vec<GroupRate>,
    pub chapters: Vec<ChapterFigures>,
    pub assistance: Assistance,
    pub implementation: Implementation,
    /// Every figure above, as listed in figures.json.
    pub registry: Registry,
}

/// A State's standing towards the form's instrument on the cut-off date; for a form without one,
/// a State invited to reply (every State, or those of `invited`) counts as a party.
pub(crate) fn standing(state: &State, instrument: Option<Instrument>, as_at: Date, invited: Option<&[String]>) -> Status {
    let Some(instrument) = instrument else {
        return match invited {
            Some(list) if !list.iter().any(|c| c.eq_ignore_ascii_case(&state.iso3)) => Status::None,
            _ => Status::Party,
        };
    };
    match state.participation.get(&instrument) {
        Some(p) if p.date.is_none_or(|d| d <= as_at) => p.status,
        _ => Status::None,
    }
}

/// The choice that reports a provision as implemented: "yes", or the list's first choice.
pub fn implementing_choice<'f>(form: &'f Questionnaire, question: &Question) -> Option<&'f str> {
    let list = form.choices.get(question.kind.list()?)?;
    list.iter().find(|c| c.name == "yes").or(list.first()).map(|c| c.name.as_str())
}

/// Whether a question asks whether a provision is implemented.
pub fn is_implementation_question(question: &Question) -> bool {
    matches!(question.kind, QuestionKind::SelectOne(_)) && question.obligation.is_some() && question.publish
}

struct Reply<'a> {
    state: &'a State,
    submission: &'a Submission,
}

impl FormFigures {
    /// Counts everything about `form` from its counted `submissions` (accepted, not superseded);
    /// a form without an instrument counts against `invited` (or every State of the list).
    /// The distribution of the answers to a question, by its name.
    pub fn distribution(&self, name: &str) -> Option<&Distribution> {
        self.chapters.iter().flat_map(|c| &c.sections).flat_map(|s| &s.questions).find(|q| q.name == name).map(|q| &q.distribution)
    }

    pub fn compute(form: &Questionnaire, submissions: &[Submission], states: &States, as_at: Date, invited: Option<&[String]>) -> Self {
        let mut reg = Registry::default();
        let instrument = form.instrument;
        let population = match (instrument, invited) {
            (Some(_), _) => Population::Parties,
            (None, Some(_)) => Population::Invited,
            (None, None) => Population::Members,
        };
        let standing = |s: &State| standing(s, instrument, as_at, invited);
        let iso = |s: &&State| s.iso3.clone();
        let party_states: Vec<&State> = states.iter().filter(|s| standing(s) == Status::Party).collect();
        let who = match population {
            Population::Parties => format!("States parties to the instrument of {} as at {as_at}", form.form_id),
            Population::Members => "Member States (the States list)".to_string(),
            Population::Invited => format!("States invited to reply to {} (conference.toml reporting.invited)", form.form_id),
        };
        let parties = reg.count("replies.parties", who, party_states.iter().map(iso).collect());
        let mut replies: Vec<Reply> = Vec::new();
        let mut late = Vec::new();
        for s in submissions.iter().filter(|s| s.form_id == form.form_id) {
            let Some(state) = states.get(&s.state) else { continue };
            if s.submitted > as_at {
                late.push(state.iso3.clone());
            } else {
                replies.push(Reply { state, submission: s });
            }
        }
        replies.sort_by(|a, b| a.state.iso3.cmp(&b.state.iso3));
        let of_standing = |wanted: Status| -> Vec<String> { replies.iter().filter(|r| standing(r.state) == wanted).map(|r| r.state.iso3.clone()).collect() };
        let respondents = reg.count(
            "replies.respondents",
            "States whose reply was received by the cut-off date and counted",
            replies.iter().map(|r| r.state.iso3.clone()).collect(),
        );
        let responded_parties =
            reg.share("replies.responded-parties", "States parties that replied, of all States parties", of_standing(Status::Party), parties.count);
        let responded_signatories = reg.count("replies.signatories", "signatory States (not parties) that replied", of_standing(Status::Signatory));
        let responded_others = reg.count("replies.others", "States neither parties nor signatories that replied", of_standing(Status::None));
        let late = reg.count("replies.late", "States whose reply arrived after the cut-off date (not counted)", late);
        let groups = RegionalGroup::ALL
            .iter()
            .map(|&g| {
                let members: Vec<String> = party_states.iter().filter(|s| s.group == g).map(iso).collect();
                let answered: Vec<String> = responded_parties.states.iter().filter(|c| members.contains(c)).cloned().collect();
                let parties = reg.count(format!("replies.group.{}.parties", g.key()), format!("States parties among the {}", g.name_en()), members);
                let responded = reg.share(
                    format!("replies.group.{}.responded", g.key()),
                    format!("States parties among the {} that replied", g.name_en()),
                    answered,
                    parties.count,
                );
                GroupRate { group: g, parties, responded }
            })
            .collect();

        let chapters = chapters(form, &replies, &mut reg);
        let assistance = assistance(form, &replies, &mut reg);
        let implementation = implementation(form, &replies, &mut reg);
        FormFigures {
            form_id: form.form_id.clone(),
            instrument,
            as_at,
            population,
            parties,
            respondents,
            responded_parties,
            responded_signatories,
            responded_others,
            late,
            groups,
            chapters,
            assistance,
            implementation,
            registry: reg,
        }
    }
}

/// What a section holds: a question, or a repeat (its questions summarised together).
enum Item<'f> {
    Question(&'f Question),
    Repeat(usize),
}

/// A section being laid out: its group and what it holds.
type Section<'f> = (Option<usize>, Vec<Item<'f>>);

/// Every published question of the form (those on technical assistance go to their own
/// chapter), in the form's order, under its chapter (its top-level group) and its section (its
/// innermost group); the questions of a repeat as one item where the repeat stands. Questions
/// outside every group make a chapter of their own.
fn chapters(form: &Questionnaire, replies: &[Reply], reg: &mut Registry) -> Vec<ChapterFigures> {
    let top = |mut g: usize| {
        while let Some(parent) = form.groups[g].parent {
            g = parent;
        }
        g
    };
    let mut layout: Vec<(Option<usize>, Vec<Section>)> = Vec::new();
    let mut repeats_done: Vec<usize> = Vec::new();
    for q in form.questions.iter().filter(|q| q.kind.is_answered() && q.publish && !q.technical_assistance) {
        let (section, item) = match form.repeat_of(q) {
            Some(r) if repeats_done.contains(&r) => continue,
            Some(r) => {
                repeats_done.push(r);
                (form.groups[r].parent.or(Some(r)), Item::Repeat(r))
            }
            None => (q.group, Item::Question(q)),
        };
        let chapter = section.map(top);
        let at = match layout.iter().position(|(c, _)| *c == chapter) {
            Some(at) => at,
            None => {
                layout.push((chapter, Vec::new()));
                layout.len() - 1
            }
        };
        let sections = &mut layout[at].1;
        match sections.iter_mut().find(|(s, _)| *s == section) {
            Some((_, items)) => items.push(item),
            None => sections.push((section, vec![item])),
        }
    }
    layout
        .into_iter()
        .map(|(group, sections)| ChapterFigures {
            group,
            sections: sections
                .into_iter()
                .map(|(group, items)| SectionFigures {
                    group,
                    questions: items
                        .into_iter()
                        .map(|item| match item {
                            Item::Question(q) => question_figures(form, q, replies, reg),
                            Item::Repeat(r) => repeat_figures(form, r, replies, reg),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

fn in_group<'r, 'a>(replies: &'r [&'r Reply<'a>], group: RegionalGroup) -> Vec<&'r Reply<'a>> {
    replies.iter().copied().filter(|r| r.state.group == group).collect()
}

fn codes(replies: &[&Reply]) -> Vec<String> {
    replies.iter().map(|r| r.state.iso3.clone()).collect()
}

fn question_figures(form: &Questionnaire, q: &Question, replies: &[Reply], reg: &mut Registry) -> QuestionFigures {
    let applicable: Vec<&Reply> = replies.iter().filter(|r| crate::validate::applies(form, q, r.submission)).collect();
    let id = |rest: &str| format!("q.{}.{rest}", q.name);
    let number = q.number.clone().unwrap_or_default();
    let about = format!("question {number} ({})", q.name);
    let distribution = match &q.kind {
        QuestionKind::SelectOne(list) => {
            let choices_of = form.choices.get(list).map(Vec::as_slice).unwrap_or_default();
            let applicable_tally = reg.count(id("applicable"), format!("States to which {about} applied"), codes(&applicable));
            let chose = |rs: &[&Reply], c: &str| {
                codes(&rs.iter().copied().filter(|r| matches!(r.submission.answers.get(&q.name), Some(Answer::Choice(x)) if x == c)).collect::<Vec<_>>())
            };
            let choices = choices_of
                .iter()
                .map(|c| {
                    let total = reg.share(
                        id(&format!("choice.{}", c.name)),
                        format!("States answering {} to {about}, of those it applied to", crate::quote::quoted(&c.name)),
                        chose(&applicable, &c.name),
                        applicable_tally.count,
                    );
                    let groups = RegionalGroup::ALL
                        .iter()
                        .map(|&g| {
                            let here = in_group(&applicable, g);
                            reg.share(
                                id(&format!("group.{}.choice.{}", g.key(), c.name)),
                                format!("States of the {} answering {} to {about}", g.name_en(), crate::quote::quoted(&c.name)),
                                chose(&here, &c.name),
                                here.len() as u64,
                            )
                        })
                        .collect();
                    RankedChoice { choice: c.name.clone(), total, groups }
                })
                .collect();
            let unanswered_of = |rs: &[&Reply]| codes(&rs.iter().copied().filter(|r| !r.submission.answers.contains_key(&q.name)).collect::<Vec<_>>());
            let unanswered = reg.share(
                id("unanswered"),
                format!("States that left {about} unanswered, of those it applied to"),
                unanswered_of(&applicable),
                applicable_tally.count,
            );
            let groups_applicable = RegionalGroup::ALL
                .iter()
                .map(|&g| {
                    reg.count(
                        id(&format!("group.{}.applicable", g.key())),
                        format!("States of the {} to which {about} applied", g.name_en()),
                        codes(&in_group(&applicable, g)),
                    )
                })
                .collect();
            let groups_unanswered = RegionalGroup::ALL
                .iter()
                .map(|&g| {
                    let here = in_group(&applicable, g);
                    reg.share(
                        id(&format!("group.{}.unanswered", g.key())),
                        format!("States of the {} that left {about} unanswered", g.name_en()),
                        unanswered_of(&here),
                        here.len() as u64,
                    )
                })
                .collect();
            Distribution::Choices { applicable: applicable_tally, choices, unanswered, groups_applicable, groups_unanswered }
        }
        QuestionKind::SelectMultiple(list) => {
            let choices_of = form.choices.get(list).map(Vec::as_slice).unwrap_or_default();
            let applicable_tally = reg.count(id("applicable"), format!("States to which {about} applied"), codes(&applicable));
            let selected = |rs: &[&Reply], c: &str| {
                codes(
                    &rs.iter()
                        .copied()
                        .filter(|r| matches!(r.submission.answers.get(&q.name), Some(Answer::Choices(x)) if x.iter().any(|y| y == c)))
                        .collect::<Vec<_>>(),
                )
            };
            let mut choices: Vec<RankedChoice> = choices_of
                .iter()
                .map(|c| {
                    let total = reg.share(
                        id(&format!("choice.{}", c.name)),
                        format!("States selecting {} in {about}, of those it applied to", crate::quote::quoted(&c.name)),
                        selected(&applicable, &c.name),
                        applicable_tally.count,
                    );
                    let groups = RegionalGroup::ALL
                        .iter()
                        .map(|&g| {
                            let here = in_group(&applicable, g);
                            reg.share(
                                id(&format!("group.{}.choice.{}", g.key(), c.name)),
                                format!("States of the {} selecting {} in {about}", g.name_en(), crate::quote::quoted(&c.name)),
                                selected(&here, &c.name),
                                here.len() as u64,
                            )
                        })
                        .collect();
                    RankedChoice { choice: c.name.clone(), total, groups }
                })
                .collect();
            // Most frequent first; ties keep the form's order.
            choices.sort_by_key(|c| std::cmp::Reverse(c.total.count));
            let groups_applicable = RegionalGroup::ALL
                .iter()
                .map(|&g| {
                    reg.count(
                        id(&format!("group.{}.applicable", g.key())),
                        format!("States of the {} to which {about} applied", g.name_en()),
                        codes(&in_group(&applicable, g)),
                    )
                })
                .collect();
            Distribution::Multiple { applicable: applicable_tally, choices, groups_applicable }
        }
        QuestionKind::Integer | QuestionKind::Decimal | QuestionKind::Range(_) => {
            let all = numbers(reg, &id(""), &about, "all States", &applicable, &q.name);
            let groups = RegionalGroup::ALL
                .iter()
                .map(|&g| {
                    numbers(reg, &id(&format!("group.{}.", g.key())), &about, &format!("States of the {}", g.name_en()), &in_group(&applicable, g), &q.name)
                })
                .collect();
            Distribution::Numbers { all, groups }
        }
        QuestionKind::Date => {
            let (applicable_tally, answered, groups_applicable, groups_answered) = answered_tallies(reg, q, &about, &applicable);
            let dates: Vec<(String, Date)> = applicable
                .iter()
                .filter_map(|r| match r.submission.answers.get(&q.name) {
                    Some(Answer::Date(d)) => Some((r.state.iso3.clone(), *d)),
                    _ => None,
                })
                .collect();
            let mut extreme = |what: &str, pick: Option<&(String, Date)>| {
                pick.map(|(state, d)| {
                    reg.value(id(what), format!("the {what} date given in reply to {about}"), d.to_string().into(), vec![state.clone()]);
                    *d
                })
            };
            let earliest = extreme("earliest", dates.iter().min_by_key(|(_, d)| *d));
            let latest = extreme("latest", dates.iter().max_by_key(|(_, d)| *d));
            Distribution::Dates { applicable: applicable_tally, answered, earliest, latest, groups_applicable, groups_answered }
        }
        QuestionKind::Text => {
            let (applicable_tally, answered, groups_applicable, groups_answered) = answered_tallies(reg, q, &about, &applicable);
            // The one select_one question whose answer decides whether this one applies.
            let leading = q.relevant.as_ref().and_then(|r| {
                let mut refs: Vec<&str> = r.expr.references().into_iter().map(|(name, _)| name).collect();
                refs.sort_unstable();
                refs.dedup();
                let selects: Vec<&Question> = refs.iter().filter_map(|n| form.question(n)).filter(|x| matches!(x.kind, QuestionKind::SelectOne(_))).collect();
                (refs.len() == 1 && selects.len() == 1).then(|| selects[0])
            });
            let mut by_answer = Vec::new();
            if let Some(lead) = leading {
                for c in lead.kind.list().and_then(|l| form.choices.get(l)).map(Vec::as_slice).unwrap_or_default() {
                    let gave: Vec<&Reply> = applicable
                        .iter()
                        .copied()
                        .filter(|r| matches!(r.submission.answers.get(&lead.name), Some(Answer::Choice(x)) if *x == c.name))
                        .collect();
                    if gave.is_empty() {
                        continue;
                    }
                    let gave_tally = reg.count(
                        id(&format!("by.{}", c.name)),
                        format!(
                            "States to which {about} applied that answered {} to question {}",
                            crate::quote::quoted(&c.name),
                            lead.number.as_deref().unwrap_or("?")
                        ),
                        codes(&gave),
                    );
                    let wrote = reg.share(
                        id(&format!("by.{}.answered", c.name)),
                        format!("of those, the States that answered {about}"),
                        codes(&gave.iter().copied().filter(|r| r.submission.answers.contains_key(&q.name)).collect::<Vec<_>>()),
                        gave_tally.count,
                    );
                    by_answer.push(LeadingAnswer { choice: c.name.clone(), gave: gave_tally, wrote });
                }
            }
            Distribution::Text {
                applicable: applicable_tally,
                answered,
                leading: leading.map(|l| l.name.clone()),
                by_answer,
                groups_applicable,
                groups_answered,
            }
        }
        _ => {
            let (applicable, answered, groups_applicable, groups_answered) = answered_tallies(reg, q, &about, &applicable);
            Distribution::Answered { applicable, answered, groups_applicable, groups_answered }
        }
    };
    QuestionFigures { name: q.name.clone(), number, distribution }
}

/// The States a question applied to and those that answered it, overall and per regional group.
fn answered_tallies(reg: &mut Registry, q: &Question, about: &str, applicable: &[&Reply]) -> (Tally, Tally, Vec<Tally>, Vec<Tally>) {
    let id = |rest: &str| format!("q.{}.{rest}", q.name);
    let answered_of = |rs: &[&Reply]| codes(&rs.iter().copied().filter(|r| r.submission.answers.contains_key(&q.name)).collect::<Vec<_>>());
    let applicable_tally = reg.count(id("applicable"), format!("States to which {about} applied"), codes(applicable));
    let answered = reg.share(id("answered"), format!("States that answered {about}, of those it applied to"), answered_of(applicable), applicable_tally.count);
    let mut groups_applicable = Vec::new();
    let mut groups_answered = Vec::new();
    for g in RegionalGroup::ALL {
        let here = in_group(applicable, g);
        let a = reg.count(id(&format!("group.{}.applicable", g.key())), format!("States of the {} to which {about} applied", g.name_en()), codes(&here));
        groups_answered.push(reg.share(
            id(&format!("group.{}.answered", g.key())),
            format!("States of the {} that answered {about}", g.name_en()),
            answered_of(&here),
            a.count,
        ));
        groups_applicable.push(a);
    }
    (applicable_tally, answered, groups_applicable, groups_answered)
}

/// A repeat: the States that gave rows, how many rows in all, and each of its published
/// questions over the rows (choices counted, figures summarised exactly).
fn repeat_figures(form: &Questionnaire, repeat: usize, replies: &[Reply], reg: &mut Registry) -> QuestionFigures {
    let group = &form.groups[repeat];
    let id = |rest: &str| format!("repeat.{}.{rest}", group.name);
    let rows_of = |r: &Reply| r.submission.repeats.get(&group.name).map(Vec::as_slice).unwrap_or_default().iter().filter(|row| !row.is_empty()).count() as u64;
    let with_rows: Vec<&Reply> = replies.iter().filter(|r| rows_of(r) > 0).collect();
    let states = reg.share(
        id("states"),
        format!("States that gave rows of the table {} ({}), of all that replied", group.name, crate::quote::quoted(&group.name)),
        codes(&with_rows),
        replies.len() as u64,
    );
    let rows: u64 = with_rows.iter().map(|r| rows_of(r)).sum();
    reg.value(id("rows"), format!("rows of the table {} given by all States", group.name), rows.into(), codes(&with_rows));
    let members: Vec<&Question> = form.questions.iter().filter(|q| q.kind.is_answered() && q.publish && form.repeat_of(q) == Some(repeat)).collect();
    let all_rows: Vec<(&str, &BTreeMap<String, Answer>)> =
        replies.iter().flat_map(|r| r.submission.repeats.get(&group.name).into_iter().flatten().map(move |row| (r.state.iso3.as_str(), row))).collect();
    let questions = members
        .iter()
        .map(|q| {
            let given: Vec<(&str, &Answer)> = all_rows.iter().filter_map(|(s, row)| row.get(&q.name).map(|a| (*s, a))).collect();
            let states_of = |list: &[(&str, &Answer)]| {
                let mut s: Vec<String> = list.iter().map(|(s, _)| s.to_string()).collect();
                s.dedup();
                s
            };
            let about = format!("question {} ({}) in the rows of {}", q.number.as_deref().unwrap_or("?"), q.name, group.name);
            reg.value(format!("q.{}.rows", q.name), format!("rows answering {about}"), (given.len() as u64).into(), states_of(&given));
            let summary = match &q.kind {
                QuestionKind::SelectOne(list) | QuestionKind::SelectMultiple(list) => {
                    let choices = form
                        .choices
                        .get(list)
                        .map(Vec::as_slice)
                        .unwrap_or_default()
                        .iter()
                        .map(|c| {
                            let with: Vec<(&str, &Answer)> = given
                                .iter()
                                .copied()
                                .filter(|(_, a)| match a {
                                    Answer::Choice(x) => *x == c.name,
                                    Answer::Choices(xs) => xs.contains(&c.name),
                                    _ => false,
                                })
                                .collect();
                            let n = with.len() as u64;
                            reg.value(
                                format!("q.{}.rows.choice.{}", q.name, c.name),
                                format!("rows answering {} to {about}", crate::quote::quoted(&c.name)),
                                n.into(),
                                states_of(&with),
                            );
                            (c.name.clone(), n)
                        })
                        .collect();
                    RowSummary::Choices { choices }
                }
                QuestionKind::Integer | QuestionKind::Decimal | QuestionKind::Range(_) => {
                    let values: Vec<Exact> = given.iter().filter_map(|(_, a)| if let Answer::Number(n) = a { Exact::from_f64(*n) } else { None }).collect();
                    let states = states_of(&given);
                    let mut exact = |what: &str, value: Option<Exact>| {
                        value.map(|v| {
                            reg.exact(format!("q.{}.rows.{what}", q.name), format!("{what} of the figures given in the rows for {about}"), v, states.clone())
                        })
                    };
                    RowSummary::Numbers {
                        median: exact("median", Exact::median(&values)),
                        min: exact("min", values.iter().min().copied()),
                        max: exact("max", values.iter().max().copied()),
                        total: exact("total", (!values.is_empty()).then(|| Exact::sum(&values))),
                    }
                }
                _ => RowSummary::Answered,
            };
            RowQuestion { name: q.name.clone(), number: q.number.clone().unwrap_or_default(), answered: given.len() as u64, summary }
        })
        .collect();
    QuestionFigures { name: group.name.clone(), number: String::new(), distribution: Distribution::Repeat { states, rows, questions } }
}

/// Median, range and total of the figures given, exactly.
fn numbers(reg: &mut Registry, prefix: &str, about: &str, among: &str, replies: &[&Reply], question: &str) -> NumberSummary {
    let given: Vec<(String, Exact)> = replies
        .iter()
        .filter_map(|r| match r.submission.answers.get(question) {
            Some(Answer::Number(n)) => Exact::from_f64(*n).map(|e| (r.state.iso3.clone(), e)),
            _ => None,
        })
        .collect();
    let states: Vec<String> = given.iter().map(|(s, _)| s.clone()).collect();
    let values: Vec<Exact> = given.iter().map(|(_, v)| *v).collect();
    let answering = reg.count(format!("{prefix}answering"), format!("{among} giving a figure for {about}"), states.clone());
    let mut exact = |what: &str, value: Option<Exact>| {
        value.map(|v| reg.exact(format!("{prefix}{what}"), format!("{what} of the figures {among} gave for {about}"), v, states.clone()))
    };
    NumberSummary {
        median: exact("median", Exact::median(&values)),
        min: exact("min", values.iter().min().copied()),
        max: exact("max", values.iter().max().copied()),
        total: exact("total", (!values.is_empty()).then(|| Exact::sum(&values))),
        answering,
    }
}

fn assistance(form: &Questionnaire, replies: &[Reply], reg: &mut Registry) -> Assistance {
    let yes_no: Vec<&Question> =
        form.questions.iter().filter(|q| q.technical_assistance && q.publish && matches!(q.kind, QuestionKind::SelectOne(_))).collect();
    let kinds_questions: Vec<&Question> =
        form.questions.iter().filter(|q| q.technical_assistance && q.publish && matches!(q.kind, QuestionKind::SelectMultiple(_))).collect();
    let all: Vec<&Reply> = replies.iter().collect();
    let asked = |r: &Reply, q: &Question| matches!(r.submission.answers.get(&q.name), Some(Answer::Choice(c)) if c == "yes");
    let any = reg.share(
        "ta.any",
        "States that requested technical assistance for at least one article, of all that replied",
        all.iter().filter(|r| yes_no.iter().any(|q| asked(r, q))).map(|r| r.state.iso3.clone()).collect(),
        all.len() as u64,
    );
    let mut articles: Vec<(String, Option<Provision>, RankedChoice)> = yes_no
        .iter()
        .map(|q| {
            let who = |rs: &[&Reply]| codes(&rs.iter().copied().filter(|r| asked(r, q)).collect::<Vec<_>>());
            let total = reg.share(
                format!("ta.article.{}", q.name),
                format!("States requesting assistance in question {} ({}), of all that replied", q.number.as_deref().unwrap_or("?"), q.name),
                who(&all),
                all.len() as u64,
            );
            let groups = RegionalGroup::ALL
                .iter()
                .map(|&g| {
                    let here = in_group(&all, g);
                    reg.share(
                        format!("ta.article.{}.group.{}", q.name, g.key()),
                        format!("States of the {} requesting assistance in {}", g.name_en(), q.name),
                        who(&here),
                        here.len() as u64,
                    )
                })
                .collect();
            (q.name.clone(), q.provision.clone(), RankedChoice { choice: q.name.clone(), total, groups })
        })
        .collect();
    articles.sort_by_key(|a| std::cmp::Reverse(a.2.total.count));
    // The kinds: every choice of the lists the kind questions use, in the first list's order.
    let mut kind_names: Vec<String> = Vec::new();
    for q in &kinds_questions {
        for c in q.kind.list().and_then(|l| form.choices.get(l)).map(Vec::as_slice).unwrap_or_default() {
            if !kind_names.contains(&c.name) {
                kind_names.push(c.name.clone());
            }
        }
    }
    let mut kinds: Vec<RankedChoice> = kind_names
        .iter()
        .map(|k| {
            let who = |rs: &[&Reply]| {
                codes(
                    &rs.iter()
                        .copied()
                        .filter(|r| kinds_questions.iter().any(|q| matches!(r.submission.answers.get(&q.name), Some(Answer::Choices(x)) if x.contains(k))))
                        .collect::<Vec<_>>(),
                )
            };
            let total = reg.share(
                format!("ta.kind.{k}"),
                format!("States requesting assistance of the kind {} for at least one article, of all that replied", crate::quote::quoted(k)),
                who(&all),
                all.len() as u64,
            );
            let groups = RegionalGroup::ALL
                .iter()
                .map(|&g| {
                    let here = in_group(&all, g);
                    reg.share(
                        format!("ta.kind.{k}.group.{}", g.key()),
                        format!("States of the {} requesting assistance of the kind {}", g.name_en(), crate::quote::quoted(k)),
                        who(&here),
                        here.len() as u64,
                    )
                })
                .collect();
            RankedChoice { choice: k.clone(), total, groups }
        })
        .collect();
    kinds.sort_by_key(|k| std::cmp::Reverse(k.total.count));
    Assistance { any, articles, kinds }
}

fn implementation(form: &Questionnaire, replies: &[Reply], reg: &mut Registry) -> Implementation {
    let questions: Vec<&Question> = form.questions.iter().filter(|q| is_implementation_question(q)).collect();
    // (answers given, of which implementing) for one reply, over the questions kept by `keep`.
    let tally = |r: &Reply, keep: &dyn Fn(&Question) -> bool| -> (u64, u64) {
        let mut given = 0;
        let mut yes = 0;
        for q in questions.iter().filter(|q| keep(q)) {
            if let Some(Answer::Choice(c)) = r.submission.answers.get(&q.name) {
                given += 1;
                if Some(c.as_str()) == implementing_choice(form, q) {
                    yes += 1;
                }
            }
        }
        (given, yes)
    };
    let mut share = |id: String, counts: String, rs: &[&Reply], keep: &dyn Fn(&Question) -> bool| {
        let (mut given, mut yes, mut who) = (0, 0, Vec::new());
        for r in rs {
            let (g, y) = tally(r, keep);
            if g > 0 {
                who.push(r.state.iso3.clone());
            }
            given += g;
            yes += y;
        }
        reg.ratio(id, counts, yes, given, who)
    };
    let all_replies: Vec<&Reply> = replies.iter().collect();
    let every = |_: &Question| true;
    let all = share(
        "implementation.all".into(),
        "answers reporting a provision as implemented, of all answers on implementation by all States that replied".into(),
        &all_replies,
        &every,
    );
    let groups = RegionalGroup::ALL
        .iter()
        .map(|&g| {
            share(
                format!("implementation.group.{}", g.key()),
                format!("answers reporting a provision as implemented, of all answers on implementation by States of the {}", g.name_en()),
                &in_group(&all_replies, g),
                &every,
            )
        })
        .collect();
    let by_obligation = [Obligation::Mandatory, Obligation::ShallConsider, Obligation::Optional]
        .into_iter()
        .filter(|o| questions.iter().any(|q| q.obligation == Some(*o)))
        .map(|o| {
            let keep = move |q: &Question| q.obligation == Some(o);
            (
                o,
                share(
                    format!("implementation.{}", o.name()),
                    format!("answers reporting a {} provision as implemented, of all answers on such provisions", o.name()),
                    &all_replies,
                    &keep,
                ),
            )
        })
        .collect();
    let states = replies
        .iter()
        .map(|r| {
            (
                r.state.iso3.clone(),
                share(
                    format!("implementation.state.{}", r.state.iso3),
                    format!("answers of {} reporting a provision as implemented, of its answers on implementation", r.state.iso3),
                    &[r],
                    &every,
                ),
            )
        })
        .collect();
    Implementation { all, groups, by_obligation, states }
}
