//! `states.csv`: the Member States, their names in six languages, regional group, and their
//! status towards each instrument. A bad row is reported and left out; the rest load.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::date::Date;
use crate::lang::Lang;
use crate::model::{Diagnostic, Instrument, Participation, RegionalGroup, State, States, Status};

/// The States that loaded and what was wrong with the rest.
#[derive(Debug, Default)]
pub struct StatesRead {
    pub states: States,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads `states.csv`. Fails only when the file cannot be read at all or lacks a needed column.
pub fn load(path: &Path, display: &str) -> Result<StatesRead> {
    let bytes = super::workbook::read_input(path).with_context(|| format!("cannot read {}", path.display()))?;
    parse(&bytes, display)
}

pub fn parse(bytes: &[u8], display: &str) -> Result<StatesRead> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers = reader.headers().with_context(|| format!("{display}: cannot read the header row"))?.clone();
    let column = |name: &str| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let required = ["iso3", "iso2", "name_en", "regional_group"];
    let missing: Vec<&str> = required.iter().copied().filter(|c| column(c).is_none()).collect();
    if !missing.is_empty() {
        bail!("{display}: missing column(s) {}; the header must name at least {}", missing.join(", "), required.join(", "));
    }
    let names: Vec<(Lang, usize)> = Lang::ALL.iter().filter_map(|&l| column(&format!("name_{l}")).map(|c| (l, c))).collect();
    let instruments: Vec<(Instrument, Option<usize>, Option<usize>)> =
        Instrument::ALL.into_iter().map(|i| (i, column(&format!("{}_status", i.code())), column(&format!("{}_date", i.code())))).collect();

    let mut list = Vec::new();
    let mut diagnostics = Vec::new();
    let mut seen = BTreeSet::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2; // 1-based, after the header
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                diagnostics.push(Diagnostic::error(display, format!("unreadable row: {e}")).at_row(row));
                continue;
            }
        };
        let cell = |c: Option<usize>| c.and_then(|c| record.get(c)).map(str::trim).unwrap_or_default();
        let place = |c: Option<usize>| (row - 1, c.unwrap_or(0));
        let iso3 = cell(column("iso3")).to_ascii_uppercase();
        if iso3.len() != 3 || !iso3.chars().all(|c| c.is_ascii_uppercase()) {
            let (r, c) = place(column("iso3"));
            diagnostics.push(
                Diagnostic::error(display, format!("{iso3_q} is not an ISO 3166 alpha-3 code", iso3_q = crate::quote::quoted(&iso3)))
                    .at_cell(None, r, c)
                    .hint("write the three-letter code, e.g. FRA"),
            );
            continue;
        }
        if !seen.insert(iso3.clone()) {
            let (r, c) = place(column("iso3"));
            diagnostics
                .push(Diagnostic::error(display, format!("{iso3} is listed twice; this row is left out")).at_cell(None, r, c).hint("keep one row per State"));
            continue;
        }
        let group_text = cell(column("regional_group"));
        let Some(group) = RegionalGroup::from_name(group_text) else {
            let (r, c) = place(column("regional_group"));
            let groups: Vec<&str> = RegionalGroup::ALL.iter().map(|g| g.name_en()).collect();
            diagnostics.push(
                Diagnostic::error(display, format!("{iso3}: unknown regional group {group_text_q}", group_text_q = crate::quote::quoted(group_text)))
                    .at_cell(None, r, c)
                    .hint(format!("use one of: {}", groups.join("; "))),
            );
            continue;
        };
        let mut state_names = BTreeMap::new();
        for (lang, c) in &names {
            let name = cell(Some(*c));
            if !name.is_empty() {
                state_names.insert(*lang, name.to_string());
            }
        }
        if !state_names.contains_key(&Lang::En) {
            let (r, c) = place(column("name_en"));
            diagnostics.push(Diagnostic::error(display, format!("{iso3} has no English name")).at_cell(None, r, c).hint("fill name_en"));
            continue;
        }
        let mut participation = BTreeMap::new();
        let mut row_ok = true;
        for (instrument, status_col, date_col) in &instruments {
            let status = match cell(*status_col).to_ascii_lowercase().as_str() {
                "party" => Status::Party,
                "signatory" => Status::Signatory,
                "" | "none" | "-" => Status::None,
                other => {
                    let (r, c) = place(*status_col);
                    diagnostics.push(
                        Diagnostic::error(
                            display,
                            format!("{iso3}: unknown status {other_q} for the {}", instrument.short_title_en(), other_q = crate::quote::quoted(other)),
                        )
                        .at_cell(None, r, c)
                        .hint("write party, signatory, or leave the cell empty"),
                    );
                    row_ok = false;
                    continue;
                }
            };
            let date_text = cell(*date_col);
            let date = if date_text.is_empty() {
                None
            } else {
                match Date::parse_iso(date_text) {
                    Ok(d) => Some(d),
                    Err(e) => {
                        let (r, c) = place(*date_col);
                        diagnostics.push(Diagnostic::error(display, format!("{iso3}: {e}")).at_cell(None, r, c).hint("write dates as YYYY-MM-DD"));
                        row_ok = false;
                        continue;
                    }
                }
            };
            participation.insert(*instrument, Participation { status, date });
        }
        if !row_ok {
            continue;
        }
        let date_cell = |instrument: Instrument| place(instruments.iter().find(|(i, _, _)| *i == instrument).and_then(|(_, _, d)| *d));
        for problem in participation_problems(&iso3, &participation, Date::today()) {
            let (r, c) = date_cell(problem.0);
            diagnostics.push(Diagnostic::warning(display, problem.1).at_cell(None, r, c).hint(problem.2));
        }
        let language = Lang::parse(&cell(column("language")).to_ascii_lowercase()).unwrap_or(Lang::En);
        let by_lang = |prefix: &str| -> BTreeMap<Lang, String> {
            Lang::ALL
                .iter()
                .filter_map(|&l| {
                    let value = cell(column(&format!("{prefix}_{l}")));
                    (!value.is_empty()).then(|| (l, value.trim_end_matches(['\'', '’']).to_lowercase()))
                })
                .collect()
        };
        let articles = by_lang("article");
        let text_names: BTreeMap<Lang, String> =
            Lang::ALL.iter().filter_map(|&l| Some((l, cell(column(&format!("name_in_text_{l}"))).to_string())).filter(|(_, n)| !n.is_empty())).collect();
        let email = Some(cell(column("email")).trim().to_string()).filter(|e| !e.is_empty());
        list.push(State {
            language,
            iso2: cell(column("iso2")).to_ascii_uppercase(),
            iso3,
            names: state_names,
            articles,
            text_names,
            group,
            participation,
            email,
        });
    }
    if list.is_empty() {
        bail!("{display}: no State could be read; see the problems above or check the file is the States list");
    }
    Ok(StatesRead { states: States::new(list), diagnostics })
}

/// The last day the Convention and its Protocols were open for signature (article 36(1) of the
/// Convention; the Protocols' final clauses): a later date is a ratification or an accession.
const SIGNATURE_CLOSED: Date = Date { year: 2002, month: 12, day: 12 };

/// What cannot be true of a State's participation: a Protocol joined before the Convention
/// (article 37(2): only a party to the Convention can become party to a Protocol), a date still
/// to come, a signature dated after signature closed. Each with the instrument whose date cell it
/// concerns, the problem and a hint.
fn participation_problems(iso3: &str, participation: &BTreeMap<Instrument, Participation>, today: Date) -> Vec<(Instrument, String, String)> {
    let mut out = Vec::new();
    let convention = participation.get(&Instrument::Untoc).filter(|p| p.status == Status::Party);
    for (&instrument, p) in participation {
        let Some(date) = p.date else { continue };
        if date > today {
            out.push((
                instrument,
                format!("{iso3}: the date for the {} ({date}) is still to come", instrument.short_title_en()),
                "write the date the State became party or signed; leave a future date out until it has passed".to_string(),
            ));
        }
        if p.status == Status::Signatory && date > SIGNATURE_CLOSED {
            out.push((
                instrument,
                format!("{iso3}: signatory of the {} on {date}, after signature closed on {SIGNATURE_CLOSED}", instrument.short_title_en()),
                "a later date is a ratification or an accession: write party, or correct the date of signature".to_string(),
            ));
        }
        if instrument == Instrument::Untoc || p.status != Status::Party {
            continue;
        }
        match convention {
            None => out.push((
                instrument,
                format!("{iso3}: party to the {} but not to the Convention", instrument.short_title_en()),
                "article 37(2) of the Convention: a State must be party to the Convention to become party to a Protocol; check the untoc_status column".to_string(),
            )),
            Some(Participation { date: Some(joined), .. }) if date < *joined => out.push((
                instrument,
                format!("{iso3}: party to the {} on {date}, before it was party to the Convention ({joined})", instrument.short_title_en()),
                "article 37(2) of the Convention: a State becomes party to a Protocol at the earliest when it becomes party to the Convention; check both dates".to_string(),
            )),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_states_and_reports_bad_rows() {
        let csv = "iso3,iso2,name_en,name_fr,regional_group,untoc_status,untoc_date\n\
                   FRA,FR,France,France,Western European and other States,party,2002-10-29\n\
                   XXXX,XX,Nowhere,,African States,,\n\
                   DZA,DZ,Algeria,Algérie,Africa,party,2002-10-07\n\
                   KEN,KE,Kenya,Kenya,African States,ratified,2004-06-16\n\
                   FRA,FR,France,France,Western European and other States,party,2002-10-29\n";
        let file = parse(csv.as_bytes(), "states.csv").unwrap();
        assert_eq!(file.states.len(), 1);
        assert!(file.states.get("fra").unwrap().is_party(Instrument::Untoc));
        let messages: Vec<String> = file.diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(messages.len(), 4, "{messages:#?}");
        assert!(messages[0].starts_with("states.csv: A3: error: \"XXXX\""));
        assert!(messages[1].contains("E4") && messages[1].contains("unknown regional group \"Africa\""));
        assert!(messages[2].contains("unknown status \"ratified\""));
        assert!(messages[3].contains("listed twice"));
    }

    #[test]
    fn participation_that_cannot_be_true_is_warned_about_at_its_cell() {
        let csv = "iso3,iso2,name_en,regional_group,untoc_status,untoc_date,tip_status,tip_date,som_status,som_date,fa_status,fa_date\n\
                   ETH,ET,Ethiopia,African States,party,2016-07-23,party,2002-03-14,,,,\n\
                   XYZ,XY,Nowhere,African States,,,party,2010-01-01,,,,\n\
                   ABC,AB,Somewhere,African States,signatory,2005-01-01,,,,,party,2999-01-01\n\
                   FRA,FR,France,Western European and other States,party,2002-10-29,party,2002-10-29,party,2002-10-29,,\n";
        let read = parse(csv.as_bytes(), "states.csv").unwrap();
        assert_eq!(read.states.len(), 4, "a warning leaves the row in");
        let messages: Vec<String> = read.diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(messages.len(), 5, "{messages:?}");
        assert!(
            messages[0].starts_with(
                "states.csv: H2: warning: ETH: party to the Trafficking in Persons Protocol on 2002-03-14, before it was party to the Convention (2016-07-23)"
            ),
            "{messages:?}"
        );
        assert!(
            messages[1].starts_with("states.csv: H3: warning: XYZ: party to the Trafficking in Persons Protocol but not to the Convention"),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("states.csv: F4: warning: ABC: signatory of the Convention on 2005-01-01, after signature closed on 2002-12-12")),
            "{messages:?}"
        );
        assert!(
            messages.iter().any(|m| m.starts_with("states.csv: L4: warning: ABC: the date for the Firearms Protocol (2999-01-01) is still to come")),
            "{messages:?}"
        );
    }

    #[test]
    fn the_sample_states_list_satisfies_article_37() {
        let read = load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("inputs/states.csv"), "states.csv").unwrap();
        assert!(read.diagnostics.is_empty(), "{:?}", read.diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>());
    }
}
