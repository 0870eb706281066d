//! The information document "States Members of the United Nations by regional group": the
//! figures it prints, counted here once so the template only prints them.

use serde::Serialize;

use crate::charts::{BarChart, Chart};
use crate::date::Date;
use crate::load::states::StatesFile;
use crate::locale;
use crate::model::state::sort_key;
use crate::model::{Instrument, RegionalGroup, Status};

#[derive(Debug, Clone, Serialize)]
pub struct InstrumentTotal {
    pub code: &'static str,
    pub title: &'static str,
    pub short_title: &'static str,
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
    pub name: &'static str,
    pub members: usize,
    pub members_text: String,
    /// Parties per instrument, in `Instrument::ALL` order.
    pub parties: Vec<usize>,
    /// Members of the group party to all four instruments.
    pub party_to_all: usize,
    pub states: Vec<StateRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatesByGroup {
    pub as_at: String,
    pub member_states: usize,
    pub instruments: Vec<InstrumentTotal>,
    pub party_to_all: usize,
    pub groups: Vec<GroupSection>,
    /// Group names, largest first, for the sentence on figure I.
    pub largest_groups: String,
    pub chart: Chart,
}

/// Counts everything the document prints, in `lang`.
pub fn model(states: &StatesFile, as_at: Date, lang: &str) -> Result<StatesByGroup, String> {
    let in_force = |status: Status, date: Option<Date>| date.is_none_or(|d| d <= as_at) && status != Status::None;
    let instruments = Instrument::ALL
        .iter()
        .map(|&i| {
            let count = |wanted: Status| {
                states.states.iter().filter(|s| s.status(i) == wanted && in_force(wanted, s.participation[&i].date)).count()
            };
            InstrumentTotal {
                code: i.code(),
                title: i.full_title(),
                short_title: i.short_title(lang),
                parties: count(Status::Party),
                signatories: count(Status::Signatory),
            }
        })
        .collect();
    let mut groups = Vec::new();
    for group in RegionalGroup::ALL {
        let mut members: Vec<_> = states.states.iter().filter(|s| s.group == group).collect();
        members.sort_by_cached_key(|s| sort_key(s.name(lang)));
        let parties = Instrument::ALL
            .iter()
            .map(|&i| members.iter().filter(|s| s.is_party(i) && in_force(Status::Party, s.participation[&i].date)).count())
            .collect();
        let party_to_all = members.iter().filter(|s| Instrument::ALL.iter().all(|&i| s.is_party(i))).count();
        let rows = members
            .iter()
            .map(|s| StateRow {
                name: s.name(lang).to_string(),
                iso3: s.iso3.clone(),
                cells: Instrument::ALL
                    .iter()
                    .map(|i| match s.participation.get(i) {
                        Some(p) if p.status == Status::Party => p.date.map_or("x".into(), |d| short_date(d, lang)),
                        Some(p) if p.status == Status::Signatory => {
                            format!("(s) {}", p.date.map_or(String::new(), |d| short_date(d, lang)))
                        }
                        _ => String::new(),
                    })
                    .collect(),
            })
            .collect();
        groups.push(GroupSection {
            name: group.name(lang),
            members: members.len(),
            members_text: locale::count_words(members.len() as u64, lang),
            parties,
            party_to_all,
            states: rows,
        });
    }
    let mut by_size: Vec<&GroupSection> = groups.iter().collect();
    by_size.sort_by_key(|g| std::cmp::Reverse(g.members));
    let top = by_size.first().map_or(0, |g| g.members);
    let largest: Vec<String> = by_size.iter().filter(|g| g.members == top).map(|g| g.name.to_string()).collect();
    let (measure, category) = match lang {
        "fr" => ("nombre d'États Membres", "groupe régional"),
        "es" => ("número de Estados Miembros", "grupo regional"),
        _ => ("number of Member States", "regional group"),
    };
    let chart = BarChart {
        measure: measure.into(),
        category: category.into(),
        bars: groups.iter().map(|g| (g.name.to_string(), g.members as u64)).collect(),
        lang: lang.to_string(),
    }
    .render("/chart-1.svg", 560, 220)?;
    Ok(StatesByGroup {
        as_at: as_at.long(lang),
        member_states: states.states.len(),
        party_to_all: groups.iter().map(|g| g.party_to_all).sum(),
        instruments,
        largest_groups: locale::join_and(&largest, lang),
        groups,
        chart,
    })
}

/// "29 Oct. 2002": dates in tables short of space.
fn short_date(date: Date, lang: &str) -> String {
    const EN: [&str; 12] = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
    const FR: [&str; 12] = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    const ES: [&str; 12] = ["ene.", "feb.", "mar.", "abr.", "mayo", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."];
    let m = usize::from(date.month - 1);
    match lang {
        "en" => format!("{} {} {}", date.day, EN[m], date.year),
        "fr" => format!("{} {} {}", date.day, FR[m], date.year),
        "es" => format!("{} {} {}", date.day, ES[m], date.year),
        _ => format!("{:02}.{:02}.{}", date.day, date.month, date.year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::states;

    #[test]
    fn counts_members_and_parties_per_group() {
        let csv = "iso3,iso2,name_en,regional_group,untoc_status,untoc_date,tip_status,tip_date\n\
                   KEN,KE,Kenya,African States,party,2004-06-16,party,2005-01-05\n\
                   DZA,DZ,Algeria,African States,party,2002-10-07,signatory,2001-12-06\n\
                   FRA,FR,France,Western European and other States,party,2030-01-01,,\n";
        let file = states::parse(csv.as_bytes(), "states.csv").unwrap();
        let m = model(&file, Date::new(2026, 7, 1).unwrap(), "en").unwrap();
        assert_eq!(m.member_states, 3);
        assert_eq!(m.groups[0].members, 2);
        assert_eq!(m.groups[0].states[0].name, "Algeria"); // sorted by name
        assert_eq!(m.groups[0].parties, vec![2, 1, 0, 0]);
        assert_eq!(m.groups[4].parties, vec![0, 0, 0, 0]); // France's date is after as_at
        assert_eq!(m.instruments[1].signatories, 1);
        assert_eq!(m.groups[0].states[0].cells[1], "(s) 6 Dec. 2001");
        assert_eq!(m.largest_groups, "African States");
        assert!(m.chart.alt.contains("African States, 2"));
    }
}
