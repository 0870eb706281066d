//! Where each State stands with each questionnaire: a reply counted, received but not counted
//! (its letter says why), received after the cut-off, or none; and the response rate so far,
//! overall and by regional group, from the same figures the reports print.

use serde::Serialize;

use std::collections::BTreeMap;

use crate::config::Reporting;
use crate::date::Date;
use crate::model::questionnaire::Questionnaire;
use crate::model::state::{RegionalGroup, States, Status as Treaty};
use crate::model::submission::{Status as Outcome, Submission};
use crate::validate::Outcome as Checked;

/// A State's position on one questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Position {
    /// A reply received by the cut-off date and counted.
    Counted,
    /// A reply received but not counted (rejected, or on hold for review).
    HasProblems,
    /// A reply accepted but received after the cut-off date: counted in a revision.
    Late,
    NoReply,
}

impl Position {
    pub fn word(self) -> &'static str {
        match self {
            Position::Counted => "counted",
            Position::HasProblems => "has-problems",
            Position::Late => "late",
            Position::NoReply => "no-reply",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct StateStatus {
    pub iso3: String,
    pub name: String,
    pub group: RegionalGroup,
    pub status: Position,
    /// `party`, `signatory` or `none`, towards the form's instrument as at the cut-off date.
    pub treaty_status: &'static str,
    /// The date the counted (or latest) reply was received.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submitted: Option<Date>,
    /// Problems found in the replies not counted (errors and warnings), for a State with problems.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problems: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Rate {
    pub responded: u64,
    pub parties: u64,
    pub per_cent: Option<u64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupStatus {
    pub group: RegionalGroup,
    pub name: &'static str,
    #[serde(flatten)]
    pub rate: Rate,
}

#[derive(Debug, Clone, Serialize)]
pub struct FormStatus {
    pub form_id: String,
    pub as_at: Date,
    pub deadline: Date,
    /// Days from `on` to the deadline (negative once it has passed).
    pub days_left: i64,
    pub rate: Rate,
    pub groups: Vec<GroupStatus>,
    /// The form's parties and signatories, and any other State that replied, by regional group
    /// then code.
    pub states: Vec<StateStatus>,
}

/// What the status is computed from: the conference as read (`Inputs`' parts).
pub struct Replies<'a> {
    pub forms: &'a [Questionnaire],
    pub states: &'a States,
    pub figures: &'a BTreeMap<String, super::FormFigures>,
    pub outcomes: &'a [Checked],
    pub submissions: &'a [Submission],
    pub reporting: &'a Reporting,
}

/// Every questionnaire's status, on the day `on`.
pub fn status(replies: &Replies, on: Date) -> Vec<FormStatus> {
    let reporting = replies.reporting;
    let mut forms = Vec::new();
    for form in replies.forms {
        let Some(figures) = replies.figures.get(&form.form_id) else { continue };
        let invited = reporting.invited.as_deref();
        let mut states = Vec::new();
        for state in replies.states.iter() {
            let treaty = super::form::standing(state, form.instrument, reporting.as_at, invited);
            let outcomes: Vec<_> = replies.outcomes.iter().filter(|o| o.form_id == form.form_id && o.state.as_deref() == Some(state.iso3.as_str())).collect();
            let counted = figures.respondents.states.contains(&state.iso3);
            let late = figures.late.states.contains(&state.iso3);
            let uncounted: Vec<_> = outcomes.iter().filter(|o| matches!(o.status, Outcome::Rejected | Outcome::Held)).collect();
            let position = if counted {
                Position::Counted
            } else if late {
                Position::Late
            } else if !uncounted.is_empty() {
                Position::HasProblems
            } else {
                Position::NoReply
            };
            if treaty == Treaty::None && position == Position::NoReply {
                continue;
            }
            let submitted = match position {
                Position::Counted | Position::Late => {
                    replies.submissions.iter().filter(|s| s.form_id == form.form_id && s.state == state.iso3).map(|s| s.submitted).max()
                }
                _ => outcomes.iter().filter_map(|o| o.submitted).max(),
            };
            states.push(StateStatus {
                iso3: state.iso3.clone(),
                name: state.name(crate::lang::Lang::En).to_string(),
                group: state.group,
                status: position,
                treaty_status: match treaty {
                    Treaty::Party => "party",
                    Treaty::Signatory => "signatory",
                    Treaty::None => "none",
                },
                submitted,
                problems: (position == Position::HasProblems).then(|| uncounted.iter().map(|o| o.errors + o.warnings).sum()),
            });
        }
        states.sort_by(|a, b| {
            (RegionalGroup::ALL.iter().position(|g| *g == a.group), &a.iso3).cmp(&(RegionalGroup::ALL.iter().position(|g| *g == b.group), &b.iso3))
        });
        let rate = |responded: &crate::figures::Tally, parties: &crate::figures::Tally| Rate {
            responded: responded.count,
            parties: parties.count,
            per_cent: responded.per_cent,
        };
        forms.push(FormStatus {
            form_id: form.form_id.clone(),
            as_at: reporting.as_at,
            deadline: reporting.deadline,
            days_left: reporting.deadline.days_since_epoch() - on.days_since_epoch(),
            rate: rate(&figures.responded_parties, &figures.parties),
            groups: figures.groups.iter().map(|g| GroupStatus { group: g.group, name: g.group.name_en(), rate: rate(&g.responded, &g.parties) }).collect(),
            states,
        });
    }
    forms
}
