//! The information document "States Members of the United Nations by regional group" (kind
//! `states-by-group`): the figures it prints, counted here once so the template only prints them.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use serde::Serialize;

use super::{Defaults, Document, Planned, Prepared, TemplateContext, Version, masthead};
use crate::charts::{self, BarChart, Chart};
use crate::config::DocumentSpec;
use crate::date::Date;
use crate::i18n::{Catalogs, Collation, Phrases};
use crate::inputs::Inputs;
use crate::model::States;
use crate::model::{Instrument, RegionalGroup, Status};

/// The kind's name in `conference.toml` and the manifest.
pub const KIND: &str = "states-by-group";

/// One `[[documents]]` entry of this kind.
#[derive(Debug)]
pub struct StatesByGroupDocument {
    spec: DocumentSpec,
}

/// Each language version of the entry; it takes no questionnaire.
pub fn plan(spec: &DocumentSpec, inputs: &Inputs) -> Result<super::Plan> {
    if spec.form.is_some() {
        anyhow::bail!("{}: documents {}: a {KIND} document takes no form", inputs.display(&inputs.dir.join("conference.toml")), spec.symbol);
    }
    let planned = spec
        .versions()
        .into_iter()
        .map(|lang| Planned::new(StatesByGroupDocument { spec: spec.clone() }, super::conference_version(spec, lang, inputs)))
        .collect();
    Ok((planned, Vec::new()))
}

impl Document for StatesByGroupDocument {
    fn kind(&self) -> &'static str {
        KIND
    }

    fn template(&self) -> &'static str {
        "info.typ.j2"
    }

    fn prepare(&self, version: &Version, inputs: &Inputs, catalogs: &Catalogs) -> Result<Prepared> {
        let p = catalogs.phrases(version.lang);
        let defaults = Defaults { title: p.t("info-title"), author: p.t("info-author") };
        let doc = masthead::masthead(&inputs.conference, &self.spec, p, defaults)?;
        let m = model(&inputs.states, inputs.conference.reporting.as_at, p).map_err(anyhow::Error::msg).context("cannot draw the chart")?;
        let assets = BTreeMap::from([(m.chart.path.clone(), m.chart.svg.clone().into_bytes())]);
        Prepared::new(&TemplateContext { lang: p.lang(), doc: &doc, m: &m }, assets)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct InstrumentTotal {
    pub code: &'static str,
    pub short_title: String,
    pub parties: usize,
    pub signatories: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct StateRow {
    pub name: String,
    pub iso3: String,
    /// One cell per instrument, in `Instrument::ALL` order: a date for a party, "(s) date" for a
    /// signatory, empty otherwise.
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupSection {
    pub name: String,
    pub members: usize,
    /// Parties per instrument, in `Instrument::ALL` order.
    pub parties: Vec<usize>,
    /// Members of the group party to all four instruments.
    pub party_to_all: usize,
    pub states: Vec<StateRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatesByGroup {
    /// ISO date the figures are given as at.
    pub as_at: String,
    pub member_states: usize,
    pub instruments: Vec<InstrumentTotal>,
    pub party_to_all: usize,
    pub groups: Vec<GroupSection>,
    /// Group names, largest first, for the sentence on figure I.
    pub largest_groups: String,
    pub largest_count: usize,
    pub largest_members: usize,
    pub chart: Chart,
}

/// Counts everything the document prints, in the language of `p`.
pub fn model(states: &States, as_at: Date, p: Phrases<'_>) -> Result<StatesByGroup, String> {
    let in_force = |status: Status, date: Option<Date>| date.is_none_or(|d| d <= as_at) && status != Status::None;
    let instruments = Instrument::ALL
        .iter()
        .map(|&i| {
            let count = |wanted: Status| states.iter().filter(|s| s.status(i) == wanted && in_force(wanted, s.participation[&i].date)).count();
            InstrumentTotal {
                code: i.code(),
                short_title: p.plain(&format!("instrument-short-{}", i.code()), &[]),
                parties: count(Status::Party),
                signatories: count(Status::Signatory),
            }
        })
        .collect();
    let collation = Collation::new(p.lang());
    let mut groups = Vec::new();
    for group in RegionalGroup::ALL {
        let mut members: Vec<_> = states.iter().filter(|s| s.group == group).collect();
        collation.sort_by_name(&mut members, |s| s.name(p.lang()));
        let parties =
            Instrument::ALL.iter().map(|&i| members.iter().filter(|s| s.is_party(i) && in_force(Status::Party, s.participation[&i].date)).count()).collect();
        let party_to_all = members.iter().filter(|s| Instrument::ALL.iter().all(|&i| s.is_party(i))).count();
        let signature = p.plain("info-signature-mark", &[]);
        let rows = members
            .iter()
            .map(|s| StateRow {
                name: s.name(p.lang()).to_string(),
                iso3: s.iso3.clone(),
                cells: Instrument::ALL
                    .iter()
                    .map(|i| match s.participation.get(i) {
                        Some(x) if x.status == Status::Party => x.date.map_or("x".into(), |d| short_date(d, p)),
                        Some(x) if x.status == Status::Signatory => format!("{signature} {}", x.date.map_or(String::new(), |d| short_date(d, p))),
                        _ => String::new(),
                    })
                    .collect(),
            })
            .collect();
        groups.push(GroupSection { name: p.group_name(group), members: members.len(), parties, party_to_all, states: rows });
    }
    let mut by_size: Vec<&GroupSection> = groups.iter().collect();
    by_size.sort_by_key(|g| std::cmp::Reverse(g.members));
    let top = by_size.first().map_or(0, |g| g.members);
    let largest: Vec<String> = by_size.iter().filter(|g| g.members == top).map(|g| g.name.clone()).collect();
    let bars: Vec<(String, f64, String)> =
        RegionalGroup::ALL.iter().zip(&groups).map(|(g, s)| (p.group_name(g), s.members as f64, p.number(s.members as f64))).collect();
    let items: Vec<(String, String)> = bars.iter().map(|(l, _, v)| (l.clone(), v.clone())).collect();
    let alt = charts::alt_text(p, "chart-bar-alt", &p.plain("chart-members-measure", &[]), &p.plain("chart-members-category", &[]), &items);
    let chart = BarChart { bars, max: None, lang: p.lang(), alt }.render("/chart-1.svg", 560, 220)?;
    Ok(StatesByGroup {
        as_at: as_at.to_string(),
        member_states: states.len(),
        party_to_all: groups.iter().map(|g| g.party_to_all).sum(),
        instruments,
        largest_count: largest.len(),
        largest_members: top,
        largest_groups: p.list_and(&largest),
        groups,
        chart,
    })
}

/// "29 Oct. 2002": dates in tables short of space.
pub fn short_date(date: Date, p: Phrases<'_>) -> String {
    let month = p.plain(&format!("month-short-{}", date.month), &[]);
    p.plain("date-short", &[("day", date.day.into()), ("month", month.into()), ("year", date.year.to_string().into())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalogs;
    use crate::load::states;

    #[test]
    fn counts_members_and_parties_per_group() {
        let csv = "iso3,iso2,name_en,regional_group,untoc_status,untoc_date,tip_status,tip_date\n\
                   KEN,KE,Kenya,African States,party,2004-06-16,party,2005-01-05\n\
                   DZA,DZ,Algeria,African States,party,2002-10-07,signatory,2001-12-06\n\
                   FRA,FR,France,Western European and other States,party,2030-01-01,,\n";
        let file = states::parse(csv.as_bytes(), "states.csv").unwrap().states;
        let m = model(&file, Date::new(2026, 7, 1).unwrap(), Catalogs::builtin().phrases(crate::lang::Lang::En)).unwrap();
        assert_eq!(m.member_states, 3);
        assert_eq!(m.groups[0].members, 2);
        assert_eq!(m.groups[0].states[0].name, "Algeria"); // sorted by name
        assert_eq!(m.groups[0].parties, vec![2, 1, 0, 0]);
        assert_eq!(m.groups[4].parties, vec![0, 0, 0, 0]); // France's date is after as_at
        assert_eq!(m.instruments[1].signatories, 1);
        assert_eq!(m.groups[0].states[0].cells[1], "(s) 6\u{a0}Dec.\u{a0}2001");
        assert_eq!(m.largest_groups, "African States");
        assert!(m.chart.alt.contains("African States, 2;"), "{}", m.chart.alt);
    }
}
