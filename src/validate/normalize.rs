//! Cells as a person means them: numbers stored as text, Excel date serials (1900 and 1904
//! systems), dates written as text (an ambiguous 03/04/2026 is refused, not guessed), choices
//! written by their label, stray whitespace.

use crate::date::Date;
use crate::load::workbook::Cell;
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::model::submission::Answer;

/// A normalised answer, with a warning when palermo had to interpret what was written.
pub type Normalised = Result<(Answer, Option<String>), Refusal>;

/// Why a value cannot be an answer to its question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub message: String,
    pub hint: String,
    /// `not_a_number`, `not_a_choice`, `not_a_date`.
    pub code: &'static str,
}

fn refuse(code: &'static str, message: impl Into<String>, hint: impl Into<String>) -> Refusal {
    Refusal { message: message.into(), hint: hint.into(), code }
}

pub fn answer(question: &Question, form: &Questionnaire, cell: &Cell, date_1904: bool) -> Normalised {
    let text = cell.text().trim().to_string();
    let pick = |list: &str, written: &str| match written {
        "other" if question.or_other => Ok(("other".to_string(), None)),
        _ => choice(form, list, written),
    };
    match &question.kind {
        QuestionKind::Text | QuestionKind::Note | QuestionKind::Calculate => Ok((Answer::Text(text), None)),
        QuestionKind::Integer => match number(cell) {
            Some(n) if n.fract() == 0.0 => Ok((Answer::Number(n), None)),
            Some(n) => Err(refuse("not_a_number", format!("{n} is not a whole number"), "write a whole number, such as 12")),
            None => Err(refuse("not_a_number", format!("{text:?} is not a number"), "write the number in figures, such as 12 (no words or thousands separators)")),
        },
        QuestionKind::Decimal => match number(cell) {
            Some(n) => Ok((Answer::Number(n), None)),
            None if text.contains(',') && text.replace(',', ".").parse::<f64>().is_ok() => {
                Err(refuse("not_a_number", format!("{text:?} uses a comma"), "write decimals with a point, such as 2.5"))
            }
            None => Err(refuse("not_a_number", format!("{text:?} is not a number"), "write the number in figures, such as 2.5")),
        },
        QuestionKind::Date => date(cell, date_1904),
        QuestionKind::SelectOne(list) => pick(list, &text).map(|(c, w)| (Answer::Choice(c), w)),
        QuestionKind::SelectMultiple(list) => {
            let mut chosen = Vec::new();
            let mut warnings = Vec::new();
            for part in text.split(|c: char| c.is_whitespace() || c == ',' || c == ';').filter(|p| !p.is_empty()) {
                let (name, warning) = pick(list, part)?;
                if !chosen.contains(&name) {
                    chosen.push(name);
                }
                warnings.extend(warning);
            }
            Ok((Answer::Choices(chosen), (!warnings.is_empty()).then(|| warnings.join("; "))))
        }
    }
}

/// A number from a number cell or from text that holds only a number.
fn number(cell: &Cell) -> Option<f64> {
    match cell {
        Cell::Number(n) => Some(*n),
        Cell::Bool(_) | Cell::Date(_) | Cell::DateTime(_) | Cell::Error(_) | Cell::Empty => None,
        Cell::Text(t) => {
            let t = t.trim().replace('\u{a0}', "");
            t.parse::<f64>().ok().filter(|n| n.is_finite())
        }
    }
}

/// A choice name: as written, or written with other case, or written as its label in any
/// language of the form (with a warning saying how it was read).
fn choice(form: &Questionnaire, list: &str, written: &str) -> Result<(String, Option<String>), Refusal> {
    let choices = form.choices.get(list).map(Vec::as_slice).unwrap_or_default();
    if choices.iter().any(|c| c.name == written) {
        return Ok((written.to_string(), None));
    }
    if let Some(c) = choices.iter().find(|c| c.name.eq_ignore_ascii_case(written)) {
        return Ok((c.name.clone(), Some(format!("{written:?} read as the choice {:?}", c.name))));
    }
    if let Some(c) = choices.iter().find(|c| c.label.0.values().any(|l| l.trim().eq_ignore_ascii_case(written))) {
        return Ok((c.name.clone(), Some(format!("the label {written:?} read as the choice {:?}", c.name))));
    }
    let names: Vec<&str> = choices.iter().map(|c| c.name.as_str()).collect();
    let hint = match crate::suggest::closest(written, names.iter().copied()) {
        Some(meant) => format!("did you mean {meant:?}? the choices are {}", names.join(", ")),
        None => format!("the choices are {}", names.join(", ")),
    };
    Err(refuse("not_a_choice", format!("{written:?} is not a choice of the list {list:?}"), hint))
}

/// A date cell, an Excel serial, or text: ISO, or day and month in an order the numbers prove.
pub fn date(cell: &Cell, date_1904: bool) -> Normalised {
    match cell {
        Cell::Date(d) => Ok((Answer::Date(*d), None)),
        Cell::DateTime(text) => Date::parse_iso(text).map(|d| (Answer::Date(d), None)).map_err(|e| refuse("not_a_date", e, "write dates as YYYY-MM-DD")),
        Cell::Number(serial) if (1.0..2_958_466.0).contains(serial) => {
            let d = from_serial(*serial, date_1904);
            let system = if date_1904 { "1904" } else { "1900" };
            Ok((Answer::Date(d), Some(format!("the number {} read as an Excel date serial ({system} system): {d}", crate::expr::ast::format_number(*serial)))))
        }
        _ => {
            let text = cell.text().trim().to_string();
            if let Ok(d) = Date::parse_iso(&text) {
                return Ok((Answer::Date(d), None));
            }
            let parts: Vec<&str> = text.split(['/', '.', '-']).map(str::trim).collect();
            let numbers: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
            if parts.len() != 3 || numbers.len() != 3 || parts[2].len() != 4 {
                return Err(refuse("not_a_date", format!("{text:?} is not a date"), "write dates as YYYY-MM-DD, such as 2026-03-01"));
            }
            let (a, b, year) = (numbers[0], numbers[1], numbers[2] as i32);
            let make = |day: u32, month: u32| Date::new(year, month as u8, day as u8);
            match (a > 12, b > 12) {
                (true, false) => make(a, b)
                    .map(|d| (Answer::Date(d), Some(format!("{text:?} read as day/month/year: {d}"))))
                    .ok_or_else(|| refuse("not_a_date", format!("{text:?} is not a calendar date"), "write dates as YYYY-MM-DD")),
                (false, true) => make(b, a)
                    .map(|d| (Answer::Date(d), Some(format!("{text:?} read as month/day/year: {d}"))))
                    .ok_or_else(|| refuse("not_a_date", format!("{text:?} is not a calendar date"), "write dates as YYYY-MM-DD")),
                (false, false) if a == b => make(a, b)
                    .map(|d| (Answer::Date(d), None))
                    .ok_or_else(|| refuse("not_a_date", format!("{text:?} is not a calendar date"), "write dates as YYYY-MM-DD")),
                (false, false) => Err(refuse(
                    "not_a_date",
                    format!("{text:?} is ambiguous: {} or {}?", describe(make(a, b)), describe(make(b, a))),
                    "write dates as YYYY-MM-DD, such as 2026-04-03, so that day and month cannot be confused",
                )),
                (true, true) => Err(refuse("not_a_date", format!("{text:?} is not a date"), "write dates as YYYY-MM-DD")),
            }
        }
    }
}

fn describe(date: Option<Date>) -> String {
    date.map_or("an impossible date".into(), |d| crate::i18n::Catalogs::builtin().phrases("en").date(d))
}

/// An Excel serial to a date. The 1900 system counts 1900-01-01 as day 1 and keeps Lotus
/// 1-2-3's phantom 29 February 1900 (serial 60); the 1904 system counts from 1904-01-01 as day 0.
pub fn from_serial(serial: f64, date_1904: bool) -> Date {
    let days = serial.floor() as i64;
    if date_1904 {
        return Date::new(1904, 1, 1).expect("valid").add_days(days);
    }
    let base = Date::new(1899, 12, 31).expect("valid");
    if days >= 60 { base.add_days(days - 1) } else { base.add_days(days) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_serials_in_both_systems() {
        assert_eq!(from_serial(1.0, false), Date::new(1900, 1, 1).unwrap());
        assert_eq!(from_serial(61.0, false), Date::new(1900, 3, 1).unwrap());
        assert_eq!(from_serial(46082.0, false), Date::new(2026, 3, 1).unwrap());
        assert_eq!(from_serial(44620.0, true), Date::new(2026, 3, 1).unwrap());
    }

    #[test]
    fn dates_written_as_text() {
        let read = |t: &str| date(&Cell::Text(t.into()), false);
        assert_eq!(read("2026-03-01").unwrap().0, Answer::Date(Date::new(2026, 3, 1).unwrap()));
        assert!(read("03/04/2026").unwrap_err().message.contains("ambiguous: 3 April 2026 or 4 March 2026?"));
        let (d, warning) = read("25/03/2026").unwrap();
        assert_eq!(d, Answer::Date(Date::new(2026, 3, 25).unwrap()));
        assert!(warning.unwrap().contains("day/month/year"));
        assert!(read("31/02/2026").is_err());
        assert!(read("soon").is_err());
        assert_eq!(read("04/04/2026").unwrap().1, None);
    }
}
