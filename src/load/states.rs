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
        let language = Lang::parse(&cell(column("language")).to_ascii_lowercase()).unwrap_or(Lang::En);
        list.push(State { language, iso2: cell(column("iso2")).to_ascii_uppercase(), iso3, names: state_names, group, participation });
    }
    if list.is_empty() {
        bail!("{display}: no State could be read; see the problems above or check the file is the States list");
    }
    Ok(StatesRead { states: States::new(list), diagnostics })
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
}
