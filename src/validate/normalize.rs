//! Cells as a person means them: numbers stored as text, Excel date serials (1900 and 1904
//! systems), dates written as text (an ambiguous 03/04/2026 is refused, not guessed), choices
//! written by their label, stray whitespace.

use crate::date::Date;
use crate::load::workbook::Cell;
use crate::model::questionnaire::{Question, QuestionKind, Questionnaire};
use crate::model::submission::Answer;
use crate::model::{Problem, ProblemKind as K};

/// A normalised answer, with a note when palermo had to interpret what was written.
pub type Normalised = Result<(Answer, Option<Note>), Refusal>;

/// Why a value cannot be an answer to its question.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub message: String,
    pub hint: String,
    /// What kind of refusal it is, with its values (`not_a_number`, `not_a_choice`…).
    pub problem: Problem,
}

fn refuse(problem: Problem, message: impl Into<String>, hint: impl Into<String>) -> Refusal {
    Refusal { message: message.into(), hint: hint.into(), problem }
}

/// How palermo read a value it had to interpret (a label for a choice, a date in another order).
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub message: String,
    pub problem: Problem,
}

fn note(problem: Problem, message: impl Into<String>) -> Note {
    Note { message: message.into(), problem }
}

pub fn answer(question: &Question, form: &Questionnaire, cell: &Cell, date_1904: bool) -> Normalised {
    let text = cell.text().trim().to_string();
    let pick = |list: &str, written: &str| match written {
        "other" if question.or_other => Ok(("other".to_string(), None)),
        _ => choice(form, list, written),
    };
    match &question.kind {
        QuestionKind::Text | QuestionKind::Note | QuestionKind::Calculate | QuestionKind::Hidden | QuestionKind::Media(_) => Ok((Answer::Text(text), None)),
        QuestionKind::Time => time(cell).map(|t| (Answer::Text(t), None)),
        QuestionKind::DateTime => date_time(cell, date_1904),
        QuestionKind::Geo(kind) => geo(&text, *kind),
        QuestionKind::Acknowledge => match cell {
            Cell::Bool(true) => Ok((Answer::Text("OK".into()), None)),
            _ if ["ok", "yes", "true", "1", "x", "✓", "✔"].contains(&text.to_lowercase().as_str()) => Ok((Answer::Text("OK".into()), None)),
            _ => Err(refuse(
                Problem::new(K::NotAcknowledged).written("value", &text),
                format!("{text_q} does not acknowledge", text_q = crate::quote::quoted(&text)),
                "write OK to acknowledge, or leave the answer empty",
            )),
        },
        QuestionKind::Range(scale) => match number(cell) {
            Some(n) if scale.contains(n) => Ok((Answer::Number(n), None)),
            Some(n) => Err(refuse(
                Problem::new(K::NotOnScale).written("value", shown(&text, n)).number("start", scale.start).number("end", scale.end).number("step", scale.step),
                format!(
                    "{} is not on the scale from {} to {} by {}",
                    format_number(n),
                    format_number(scale.start),
                    format_number(scale.end),
                    format_number(scale.step)
                ),
                "pick a value of the scale",
            )),
            None => Err(refuse(
                Problem::new(K::NotANumber).written("value", &text),
                format!("{text_q} is not a number", text_q = crate::quote::quoted(&text)),
                "write the number in figures",
            )),
        },
        QuestionKind::Rank(list) => {
            let mut ranked: Vec<String> = Vec::new();
            let mut warnings = Vec::new();
            for part in text.split(|c: char| c.is_whitespace() || c == ',' || c == ';').filter(|p| !p.is_empty()) {
                let (name, warning) = choice(form, list, part)?;
                if ranked.contains(&name) {
                    return Err(refuse(
                        Problem::new(K::RankedTwice).written("value", &text).plain("choice", &name),
                        format!("{name_q} is ranked twice", name_q = crate::quote::quoted(&name)),
                        "list each choice once, the most important first",
                    ));
                }
                ranked.push(name);
                warnings.extend(warning);
            }
            Ok((Answer::Choices(ranked), joined(warnings)))
        }
        QuestionKind::Integer => match number(cell) {
            // ODK's integer is 32 bits: a larger figure cannot come from its forms, and would
            // pass unnoticed into a report's totals.
            Some(n) if n.fract() == 0.0 && !(f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&n) => Err(refuse(
                Problem::new(K::OutOfRange).written("value", shown(&text, n)).number("min", f64::from(i32::MIN)).number("max", f64::from(i32::MAX)),
                format!("{} is outside the range of a whole-number answer, {} to {}", shown(&text, n), i32::MIN, i32::MAX),
                "check the figure (a typing slip, or a value meant for another question?) and write it in figures",
            )),
            Some(n) if n.fract() == 0.0 => Ok((Answer::Number(n), None)),
            Some(n) => Err(refuse(
                Problem::new(K::NotWhole).written("value", shown(&text, n)),
                format!("{n} is not a whole number"),
                "write a whole number, such as 12",
            )),
            None => Err(refuse(
                Problem::new(K::NotANumber).written("value", &text),
                format!("{text_q} is not a number", text_q = crate::quote::quoted(&text)),
                "write the number in figures, such as 12 (no words or thousands separators)",
            )),
        },
        QuestionKind::Decimal => match number(cell) {
            Some(n) => Ok((Answer::Number(n), None)),
            None if text.contains(',') && text.replace(',', ".").parse::<f64>().is_ok() => Err(refuse(
                Problem::new(K::DecimalComma).written("value", &text),
                format!("{text_q} uses a comma", text_q = crate::quote::quoted(&text)),
                "write decimals with a point, such as 2.5",
            )),
            None => Err(refuse(
                Problem::new(K::NotANumber).written("value", &text),
                format!("{text_q} is not a number", text_q = crate::quote::quoted(&text)),
                "write the number in figures, such as 2.5",
            )),
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
            Ok((Answer::Choices(chosen), joined(warnings)))
        }
    }
}

/// A number as written (figures of any length), or as palermo read it from a number cell.
fn shown(text: &str, n: f64) -> String {
    if text.is_empty() { format_number(n) } else { text.to_string() }
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
fn choice(form: &Questionnaire, list: &str, written: &str) -> Result<(String, Option<Note>), Refusal> {
    let choices = form.choices.get(list).map(Vec::as_slice).unwrap_or_default();
    if choices.iter().any(|c| c.name == written) {
        return Ok((written.to_string(), None));
    }
    if let Some(c) = choices.iter().find(|c| c.name.eq_ignore_ascii_case(written)) {
        let read_as = Problem::new(K::ReadAsChoice).written("value", written).plain("choice", &c.name);
        return Ok((
            c.name.clone(),
            Some(note(read_as, format!("{written_q} read as the choice {}", crate::quote::quoted(&c.name), written_q = crate::quote::quoted(written)))),
        ));
    }
    if let Some(c) = choices.iter().find(|c| c.label.0.values().any(|l| l.trim().eq_ignore_ascii_case(written))) {
        let read_as = Problem::new(K::ReadAsChoice).written("value", written).plain("choice", &c.name);
        return Ok((
            c.name.clone(),
            Some(note(
                read_as,
                format!("the label {written_q} read as the choice {}", crate::quote::quoted(&c.name), written_q = crate::quote::quoted(written)),
            )),
        ));
    }
    let names: Vec<&str> = choices.iter().map(|c| c.name.as_str()).collect();
    let hint = match crate::suggest::closest(written, names.iter().copied()) {
        Some(meant) => format!("did you mean {meant_q}? the choices are {}", names.join(", "), meant_q = crate::quote::quoted(meant)),
        None => format!("the choices are {}", names.join(", ")),
    };
    Err(refuse(
        Problem::new(K::NotAChoice).written("value", written).plain("list", list),
        format!("{written_q} is not a choice of the list {list_q}", written_q = crate::quote::quoted(written), list_q = crate::quote::quoted(list)),
        hint,
    ))
}

/// A date cell, an Excel serial, or text: ISO, or day and month in an order the numbers prove.
pub fn date(cell: &Cell, date_1904: bool) -> Normalised {
    match cell {
        Cell::Date(d) => Ok((Answer::Date(*d), None)),
        Cell::DateTime(text) => Date::parse_iso(text)
            .map(|d| (Answer::Date(d), None))
            .map_err(|e| refuse(Problem::new(K::NotADate).written("value", text), e, "write dates as YYYY-MM-DD")),
        Cell::Number(serial) if (1.0..2_958_466.0).contains(serial) => {
            let d = from_serial(*serial, date_1904);
            let system = if date_1904 { "1904" } else { "1900" };
            let read_as = Problem::new(K::ReadAsDate).written("value", format_number(*serial)).date("date", d);
            Ok((
                Answer::Date(d),
                Some(note(read_as, format!("the number {} read as an Excel date serial ({system} system): {d}", crate::expr::ast::format_number(*serial)))),
            ))
        }
        _ => {
            let text = cell.text().trim().to_string();
            if let Ok(d) = Date::parse_iso(&text) {
                return Ok((Answer::Date(d), None));
            }
            let parts: Vec<&str> = text.split(['/', '.', '-']).map(str::trim).collect();
            let numbers: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
            if parts.len() != 3 || numbers.len() != 3 || parts[2].len() != 4 {
                return Err(refuse(
                    Problem::new(K::NotADate).written("value", &text),
                    format!("{text_q} is not a date", text_q = crate::quote::quoted(&text)),
                    "write dates as YYYY-MM-DD, such as 2026-03-01",
                ));
            }
            let (a, b, year) = (numbers[0], numbers[1], numbers[2] as i32);
            let make = |day: u32, month: u32| Date::new(year, month as u8, day as u8);
            let not_calendar = || {
                refuse(
                    Problem::new(K::NotACalendarDate).written("value", &text),
                    format!("{text_q} is not a calendar date", text_q = crate::quote::quoted(&text)),
                    "write dates as YYYY-MM-DD",
                )
            };
            let read_as = |d: Date, order: &str| {
                note(
                    Problem::new(K::ReadAsDate).written("value", &text).date("date", d),
                    format!("{text_q} read as {order}: {d}", text_q = crate::quote::quoted(&text)),
                )
            };
            match (a > 12, b > 12) {
                (true, false) => make(a, b).map(|d| (Answer::Date(d), Some(read_as(d, "day/month/year")))).ok_or_else(not_calendar),
                (false, true) => make(b, a).map(|d| (Answer::Date(d), Some(read_as(d, "month/day/year")))).ok_or_else(not_calendar),
                (false, false) if a == b => make(a, b).map(|d| (Answer::Date(d), None)).ok_or_else(not_calendar),
                (false, false) => Err(refuse(
                    ambiguous(&text, make(a, b), make(b, a)),
                    format!("{text_q} is ambiguous: {} or {}?", describe(make(a, b)), describe(make(b, a)), text_q = crate::quote::quoted(&text)),
                    "write dates as YYYY-MM-DD, such as 2026-04-03, so that day and month cannot be confused",
                )),
                (true, true) => Err(refuse(
                    Problem::new(K::NotADate).written("value", &text),
                    format!("{text_q} is not a date", text_q = crate::quote::quoted(&text)),
                    "write dates as YYYY-MM-DD",
                )),
            }
        }
    }
}

fn format_number(n: f64) -> String {
    crate::expr::ast::format_number(n)
}

/// A time of day: `HH:MM`, `HH:MM:SS` (with ODK's milliseconds and offset), a time cell, or an
/// Excel fraction of a day; kept as `HH:MM` (`HH:MM:SS` when the seconds count), with its offset.
fn time(cell: &Cell) -> Result<String, Refusal> {
    let bad = |text: &str| {
        refuse(
            Problem::new(K::NotATime).written("value", text),
            format!("{text_q} is not a time", text_q = crate::quote::quoted(text)),
            "write the time as HH:MM on a 24-hour clock, such as 14:30",
        )
    };
    match cell {
        Cell::Number(n) if (0.0..1.0).contains(n) => {
            let seconds = (n * 86_400.0).round() as u32;
            Ok(clock(seconds / 3600, seconds / 60 % 60, seconds % 60, ""))
        }
        Cell::Date(d) if d.year <= 1900 => Ok("00:00".into()),
        Cell::DateTime(text) => parse_time(text.split('T').nth(1).unwrap_or(text)).ok_or_else(|| bad(text)),
        _ => {
            let text = cell.text();
            parse_time(text.trim()).ok_or_else(|| bad(text.trim()))
        }
    }
}

fn clock(h: u32, m: u32, s: u32, offset: &str) -> String {
    if s == 0 { format!("{h:02}:{m:02}{offset}") } else { format!("{h:02}:{m:02}:{s:02}{offset}") }
}

/// `14:30`, `14:30:05`, `14:30:05.123+02:00`, `9:05Z`.
fn parse_time(text: &str) -> Option<String> {
    let (clock_part, offset) = match text.find(['Z', '+', '-']) {
        Some(at) => (&text[..at], &text[at..]),
        None => (text, ""),
    };
    let offset_ok =
        offset.is_empty() || offset == "Z" || (offset.len() >= 3 && offset[1..].chars().all(|c| c.is_ascii_digit() || c == ':') && offset[1..].len() <= 5);
    let mut parts = clock_part.split(':');
    let h: u32 = parts.next()?.trim().parse().ok()?;
    let m_text = parts.next()?;
    let m: u32 = (m_text.len() == 2).then(|| m_text.parse().ok()).flatten()?;
    let s: u32 = match parts.next() {
        Some(sec) => sec.split('.').next()?.parse().ok()?,
        None => 0,
    };
    (parts.next().is_none() && h < 24 && m < 60 && s < 60 && offset_ok).then(|| clock(h, m, s, offset))
}

/// A date and a time: ISO (`2026-03-01T14:30`, with a space, seconds or an offset), a date-time
/// cell, or an Excel serial with its fraction.
fn date_time(cell: &Cell, date_1904: bool) -> Normalised {
    let bad = |text: &str| {
        refuse(
            Problem::new(K::NotADateTime).written("value", text),
            format!("{text_q} is not a date and time", text_q = crate::quote::quoted(text)),
            "write YYYY-MM-DD HH:MM, such as 2026-03-01 14:30",
        )
    };
    match cell {
        Cell::Number(serial) if (1.0..2_958_466.0).contains(serial) => {
            let day = from_serial(*serial, date_1904);
            let t = time(&Cell::Number(serial.fract()))?;
            let read_as = Problem::new(K::ReadAsDateTime).written("value", format_number(*serial)).date("date", day).plain("time", &t);
            Ok((
                Answer::Text(format!("{day}T{t}")),
                Some(note(read_as, format!("the number {} read as an Excel date and time: {day} {t}", format_number(*serial)))),
            ))
        }
        Cell::Date(d) => {
            let read_as = Problem::new(K::ReadAsDateTime).written("value", d.to_string()).date("date", *d).plain("time", "00:00");
            Ok((Answer::Text(format!("{d}T00:00")), Some(note(read_as, format!("{d} has no time: read as {d} 00:00")))))
        }
        _ => {
            let text = cell.text();
            let text = text.trim();
            let (day, clock_text) = text.split_once(['T', ' ']).ok_or_else(|| bad(text))?;
            let day = Date::parse_iso(day).map_err(|_| bad(text))?;
            let t = parse_time(clock_text.trim()).ok_or_else(|| bad(text))?;
            Ok((Answer::Text(format!("{day}T{t}")), None))
        }
    }
}

/// A point `latitude longitude [altitude [accuracy]]`, or for a line and an area, points
/// separated by `;`. An area is closed (its last point repeats its first) if it was not.
fn geo(text: &str, kind: crate::model::questionnaire::Geo) -> Normalised {
    use crate::model::questionnaire::Geo;
    let example = match kind {
        Geo::Point => "write latitude and longitude in decimal degrees, such as 48.2082 16.3738",
        Geo::Trace => "write two points or more as latitude longitude, separated by semicolons: 48.20 16.37; 48.21 16.38",
        Geo::Shape => "write three points or more as latitude longitude, separated by semicolons",
    };
    let mut points: Vec<Vec<f64>> = Vec::new();
    for (i, part) in text.split(';').map(str::trim).filter(|p| !p.is_empty()).enumerate() {
        let numbers: Vec<f64> =
            part.split(|c: char| c.is_whitespace() || c == ',').filter(|p| !p.is_empty()).map(|p| p.parse::<f64>()).collect::<Result<_, _>>().map_err(
                |_| {
                    refuse(
                        Problem::new(K::NotALocation).written("value", part),
                        format!("{part_q} is not a location", part_q = crate::quote::quoted(part)),
                        example,
                    )
                },
            )?;
        if !(2..=4).contains(&numbers.len()) {
            return Err(refuse(
                Problem::new(K::NotALocation).written("value", part),
                format!("{part_q} is not a location", part_q = crate::quote::quoted(part)),
                example,
            ));
        }
        if !(-90.0..=90.0).contains(&numbers[0]) || !(-180.0..=180.0).contains(&numbers[1]) {
            let which = if points.is_empty() && i == 0 { String::new() } else { format!(" (point {})", i + 1) };
            return Err(refuse(
                Problem::new(K::OffTheGlobe).written("value", part),
                format!(
                    "{part_q}{which} is off the globe: latitude is between -90 and 90, longitude between -180 and 180",
                    part_q = crate::quote::quoted(part)
                ),
                example,
            ));
        }
        points.push(numbers);
    }
    let needed = match kind {
        Geo::Point => 1,
        Geo::Trace => 2,
        Geo::Shape => 3,
    };
    if points.is_empty() || (kind == Geo::Point && points.len() > 1) || points.len() < needed {
        return Err(refuse(
            Problem::new(K::TooFewPoints).written("value", text).plain("kind", kind_word(kind)),
            format!("{text_q} is not a {}", kind_word(kind), text_q = crate::quote::quoted(text)),
            example,
        ));
    }
    let mut warning = None;
    if kind == Geo::Shape && points.first().map(|p| &p[..2]) != points.last().map(|p| &p[..2]) {
        points.push(points[0].clone());
        warning = Some(note(Problem::new(K::AreaClosed), "the area was closed: its first point repeated at its end"));
    }
    let written = points.iter().map(|p| p.iter().map(|n| format_number(*n)).collect::<Vec<_>>().join(" ")).collect::<Vec<_>>().join(";");
    Ok((Answer::Text(written), warning))
}

fn kind_word(kind: crate::model::questionnaire::Geo) -> &'static str {
    match kind {
        crate::model::questionnaire::Geo::Point => "location",
        crate::model::questionnaire::Geo::Trace => "line of two points or more",
        crate::model::questionnaire::Geo::Shape => "area of three points or more",
    }
}

fn describe(date: Option<Date>) -> String {
    date.map_or("an impossible date".into(), |d| crate::i18n::Catalogs::builtin().phrases(crate::lang::Lang::En).date(d))
}

/// `03/04/2026`: the two dates it can be.
fn ambiguous(text: &str, first: Option<Date>, second: Option<Date>) -> Problem {
    let mut problem = Problem::new(K::AmbiguousDate).written("value", text);
    for (name, date) in [("first", first), ("second", second)] {
        if let Some(d) = date {
            problem = problem.date(name, d);
        }
    }
    problem
}

/// The notes of a list of values read one by one, as one.
fn joined(notes: Vec<Note>) -> Option<Note> {
    let problem = notes.first()?.problem.clone();
    Some(Note { message: notes.iter().map(|n| n.message.as_str()).collect::<Vec<_>>().join("; "), problem })
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
    fn times_date_times_and_places() {
        let t = |c: Cell| time(&c);
        assert_eq!(t(Cell::Text("9:05".into())).unwrap(), "09:05");
        assert_eq!(t(Cell::Text("14:30:05.000+02:00".into())).unwrap(), "14:30:05+02:00");
        assert_eq!(t(Cell::Number(0.5)).unwrap(), "12:00");
        assert_eq!(t(Cell::DateTime("1899-12-31T08:15:00".into())).unwrap(), "08:15");
        assert!(t(Cell::Text("25:00".into())).is_err());
        assert!(t(Cell::Text("noon".into())).is_err());
        let dt = |c: Cell| date_time(&c, false).map(|(a, _)| a);
        assert_eq!(dt(Cell::Text("2026-03-01 14:30".into())).unwrap(), Answer::Text("2026-03-01T14:30".into()));
        assert_eq!(dt(Cell::Number(46082.75)).unwrap(), Answer::Text("2026-03-01T18:00".into()));
        assert!(dt(Cell::Text("2026-03-01".into())).is_err());
        use crate::model::questionnaire::Geo;
        assert_eq!(geo("48.2082 16.3738", Geo::Point).unwrap().0, Answer::Text("48.2082 16.3738".into()));
        assert_eq!(geo("48.2082, 16.3738, 170 5", Geo::Point).unwrap().0, Answer::Text("48.2082 16.3738 170 5".into()));
        assert!(geo("91 10", Geo::Point).unwrap_err().message.contains("off the globe"));
        assert!(geo("1 1; 2 2", Geo::Point).is_err());
        assert!(geo("1 1", Geo::Trace).is_err());
        let (shape, warning) = geo("0 0; 0 1; 1 1", Geo::Shape).unwrap();
        assert_eq!(shape, Answer::Text("0 0;0 1;1 1;0 0".into()));
        assert!(warning.is_some());
    }

    #[test]
    fn dates_written_as_text() {
        let read = |t: &str| date(&Cell::Text(t.into()), false);
        assert_eq!(read("2026-03-01").unwrap().0, Answer::Date(Date::new(2026, 3, 1).unwrap()));
        assert!(read("03/04/2026").unwrap_err().message.contains("ambiguous: 3\u{a0}April\u{a0}2026 or 4\u{a0}March\u{a0}2026?"));
        let (d, warning) = read("25/03/2026").unwrap();
        assert_eq!(d, Answer::Date(Date::new(2026, 3, 25).unwrap()));
        assert!(warning.unwrap().message.contains("day/month/year"));
        assert!(read("31/02/2026").is_err());
        assert!(read("soon").is_err());
        assert_eq!(read("04/04/2026").unwrap().1, None);
    }
}
