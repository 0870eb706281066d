//! The answer workbook: a questionnaire as an Excel file a State fills in offline, in the
//! per-State layout palermo reads back (`name`, `question`, `answer`; the `state` and `submitted`
//! rows). Question cells are locked and answer cells open; each answer cell checks what Excel
//! can (a choice from a list, a whole number within the constraint's bounds, a date) and says
//! the form's own constraint message when it refuses; a question that depends on another says
//! when to answer it, beside it and in a note.

use std::collections::BTreeMap;

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Note,
    ProtectionOptions, Workbook, Worksheet, XlsxError,
};

use crate::date::Date;
use crate::i18n::Phrases;
use crate::i18n::conditions::{Role, describe};
use crate::model::Cell;
use crate::model::State;
use crate::model::States;
use crate::model::questionnaire::{Geo, Question, QuestionKind, Questionnaire};
use crate::model::submission::{Answer, Submission};

use crate::load::submissions::per_state::{CARRIED, NO_CHANGE};

/// Answers carried into a workbook: a State's latest counted reply, this cycle's or the
/// previous cycle's (its answers under this cycle's question names).
#[derive(Clone, Copy)]
pub struct Prefill<'a> {
    pub reply: &'a Submission,
    pub previous_cycle: bool,
}

/// Rows offered for each repeat (a State with more sends another copy).
pub const REPEAT_ROWS: usize = 5;

/// The hidden sheet holding the drop-down lists.
const LISTS: &str = "lists";

/// ODK stores integers in 32 bits: the whole numbers a form can take.
const INT_MIN: f64 = i32::MIN as f64;
const INT_MAX: f64 = i32::MAX as f64;

struct Formats {
    header: Format,
    section: Format,
    question: Format,
    key: Format,
    help: Format,
    answer: Format,
    date: Format,
    time: Format,
    date_time: Format,
    fixed: Format,
}

impl Formats {
    fn new(rtl: bool) -> Self {
        let base = || {
            let f = Format::new().set_text_wrap().set_align(FormatAlign::Top).set_font_name("Arial").set_font_size(10);
            if rtl { f.set_reading_direction(2) } else { f }
        };
        let answer = base().set_unlocked().set_background_color(Color::RGB(0xFFF8DC)).set_border(FormatBorder::Thin).set_border_color(Color::RGB(0xB0B0B0));
        Formats {
            header: base().set_bold().set_background_color(Color::RGB(0xD9D9D9)).set_border_bottom(FormatBorder::Thin),
            section: base().set_bold().set_font_size(11),
            question: base(),
            key: base().set_font_color(Color::RGB(0x808080)).set_font_size(8),
            help: base().set_italic().set_font_color(Color::RGB(0x404040)).set_font_size(9),
            date: answer.clone().set_num_format("yyyy-mm-dd"),
            time: answer.clone().set_num_format("hh:mm"),
            date_time: answer.clone().set_num_format("yyyy-mm-dd hh:mm"),
            fixed: base().set_font_color(Color::RGB(0x404040)),
            answer,
        }
    }
}

/// The answer workbook of `form` in the language of `p`, for `state` when personalised; `date`
/// stamps the file (so that the same inputs give the same bytes): the answer sheet, the
/// instructions, and the hidden sheet of drop-down lists.
pub fn write(p: Phrases<'_>, form: &Questionnaire, states: &States, state: Option<&State>, date: Date) -> Result<Vec<u8>, XlsxError> {
    write_prefilled(p, form, states, state, date, None)
}

/// The answer workbook with the answers of `prefill` in the answer cells, each question with a
/// "no change" cell beside its answer: a State confirms what still holds and corrects the rest.
/// Read back unchanged, it gives the same answers.
pub fn write_prefilled(
    p: Phrases<'_>,
    form: &Questionnaire,
    states: &States,
    state: Option<&State>,
    date: Date,
    prefill: Option<Prefill<'_>>,
) -> Result<Vec<u8>, XlsxError> {
    let lang = p.lang();
    let f = Formats::new(lang.is_rtl());
    let mut book = Workbook::new();
    let title = form.title.get(lang, &form.default_language).unwrap_or(&form.form_id).to_string();
    let stamp = ExcelDateTime::from_ymd(date.year as u16, date.month, date.day)?;
    book.set_properties(&DocProperties::new().set_title(&title).set_author("United Nations").set_creation_datetime(&stamp));
    let (lists, list_ranges) = dropdown_lists(p, form, states)?;
    let sheet = answer_sheet(p, form, state, &f, &list_ranges, prefill)?;
    let guide = instructions(p, &title, state, &f, prefill)?;
    book.push_worksheet(sheet);
    book.push_worksheet(guide);
    book.push_worksheet(lists);
    book.save_to_buffer()
}

/// The drop-down lists, one column per choice list (and one of the States' codes), on a hidden
/// sheet; and the range of each, by list name (`\0state` for the States).
fn dropdown_lists(p: Phrases<'_>, form: &Questionnaire, states: &States) -> Result<(Worksheet, BTreeMap<String, String>), XlsxError> {
    let mut lists = Worksheet::new();
    lists.set_name(LISTS)?;
    let mut ranges: BTreeMap<String, String> = BTreeMap::new();
    let mut column: u16 = 0;
    let codes: Vec<&str> = states.iter().map(|s| s.iso3.as_str()).collect();
    lists.write_string(0, column, "state")?;
    for (i, code) in codes.iter().enumerate() {
        lists.write_string(i as u32 + 1, column, *code)?;
    }
    ranges.insert("\u{0}state".into(), range(column, codes.len()));
    for name in form.choices.keys() {
        column += 1;
        if column >= 16_000 {
            break;
        }
        lists.write_string(0, column, name)?;
        let labels = dropdown_labels(p, form, name);
        for (i, label) in labels.iter().enumerate() {
            lists.write_string(i as u32 + 1, column, label)?;
        }
        ranges.insert(name.clone(), range(column, labels.len()));
    }
    lists.set_hidden(true);
    Ok((lists, ranges))
}

/// The sheet palermo reads back: its header, the reply's metadata rows, then every question
/// under the heading of its group (a repeat as numbered rows); questions locked, answers open.
fn answer_sheet(
    p: Phrases<'_>,
    form: &Questionnaire,
    state: Option<&State>,
    f: &Formats,
    list_ranges: &BTreeMap<String, String>,
    prefill: Option<Prefill<'_>>,
) -> Result<Worksheet, XlsxError> {
    let text = |t: &crate::model::questionnaire::Text| t.get(p.lang(), &form.default_language).unwrap_or_default().to_string();
    let mut sheet = Worksheet::new();
    sheet.set_name(sheet_name(&p.plain("wb-sheet-answers", &[])))?;
    sheet.set_right_to_left(p.lang().is_rtl());
    let columns = Columns::new(prefill.is_some());
    for (col, width) in [16, 60, 32, 50].into_iter().enumerate() {
        sheet.set_column_width(if col == 3 { columns.help } else { col as u16 }, width)?;
    }
    // The header row is the layout's keys (what palermo reads), the help column in words.
    for (col, key) in ["name", "question", "answer"].into_iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, key, &f.header)?;
    }
    sheet.write_string_with_format(0, columns.help, p.plain("wb-help", &[]), &f.header)?;
    if let (Some(no_change), Some(carried)) = (columns.no_change, columns.carried) {
        // The key is the header (what palermo reads); the words are its note.
        sheet.write_string_with_format(0, no_change, NO_CHANGE, &f.header)?;
        sheet.insert_note(0, no_change, &Note::new(p.plain("wb-no-change-help", &[])).add_author_prefix(false))?;
        sheet.set_column_width(no_change, 14)?;
        sheet.write_string_with_format(0, carried, CARRIED, &f.header)?;
        sheet.set_column_hidden(carried)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    let mut row = metadata_rows(&mut sheet, p, form, state, f, list_ranges)?;
    let mut current_group: Option<usize> = None;
    let mut repeats_done: Vec<usize> = Vec::new();
    for q in form.questions.iter().filter(|q| q.kind.is_answered()) {
        if let Some(repeat) = form.repeat_of(q) {
            if repeats_done.contains(&repeat) {
                continue;
            }
            repeats_done.push(repeat);
            row += 1;
            let group = &form.groups[repeat];
            sheet.write_string_with_format(row, 1, p.plain("wb-repeat", &[("title", text(&group.label).into())]), &f.section)?;
            row += 1;
            let members: Vec<&Question> = form.questions.iter().filter(|x| x.kind.is_answered() && form.repeat_of(x) == Some(repeat)).collect();
            for n in 1..=REPEAT_ROWS {
                for member in &members {
                    let carried = prefill.and_then(|x| x.reply.repeats.get(&group.name)?.get(n - 1)?.get(&member.name));
                    write_question(&mut sheet, p, form, member, row, Some(n), f, list_ranges, &columns, carried)?;
                    row += 1;
                }
            }
            current_group = None;
            continue;
        }
        if q.group != current_group {
            current_group = q.group;
            if let Some(g) = q.group {
                let group = &form.groups[g];
                let heading = match &group.provision {
                    Some(provision) => p.plain("report-article", &[("title", text(&group.label).into()), ("provision", p.provision(provision).into())]),
                    None => text(&group.label),
                };
                if !heading.is_empty() {
                    row += 1;
                    sheet.write_string_with_format(row, 1, heading, &f.section)?;
                    row += 1;
                }
            }
        }
        let carried = prefill.and_then(|x| x.reply.answers.get(&q.name));
        write_question(&mut sheet, p, form, q, row, None, f, list_ranges, &columns, carried)?;
        row += 1;
    }
    let options = ProtectionOptions { format_columns: true, format_rows: true, ..ProtectionOptions::default() };
    sheet.protect_with_options(&options);
    sheet.set_active(true);
    Ok(sheet)
}

/// The rows `state`, `submitted` and (when the form has one) `version`; returns the next row.
fn metadata_rows(
    sheet: &mut Worksheet,
    p: Phrases<'_>,
    form: &Questionnaire,
    state: Option<&State>,
    f: &Formats,
    list_ranges: &BTreeMap<String, String>,
) -> Result<u32, XlsxError> {
    let mut row: u32 = 1;
    sheet.write_string_with_format(row, 0, "state", &f.key)?;
    sheet.write_string_with_format(row, 1, p.plain("wb-state", &[]), &f.question)?;
    match state {
        Some(s) => sheet.write_string_with_format(row, 2, &s.iso3, &f.answer)?,
        None => sheet.write_blank(row, 2, &f.answer)?,
    };
    sheet.add_data_validation(row, 2, row, 2, &list_validation(&list_ranges["\u{0}state"], &p.plain("wb-state", &[]), p)?)?;
    row += 1;
    sheet.write_string_with_format(row, 0, "submitted", &f.key)?;
    sheet.write_string_with_format(row, 1, p.plain("wb-submitted", &[]), &f.question)?;
    sheet.write_blank(row, 2, &f.date)?;
    sheet.write_string_with_format(row, 3, p.plain("wb-date", &[]), &f.help)?;
    sheet.add_data_validation(row, 2, row, 2, &date_validation(p)?)?;
    row += 1;
    if let Some(version) = &form.version {
        sheet.write_string_with_format(row, 0, "version", &f.key)?;
        sheet.write_string_with_format(row, 1, p.plain("wb-version", &[]), &f.question)?;
        sheet.write_string_with_format(row, 2, version, &f.fixed)?;
        row += 1;
    }
    Ok(row)
}

/// The instructions sheet: the form's title, the State of a personalised copy, how to answer.
fn instructions(p: Phrases<'_>, title: &str, state: Option<&State>, f: &Formats, prefill: Option<Prefill<'_>>) -> Result<Worksheet, XlsxError> {
    let mut guide = Worksheet::new();
    guide.set_name(sheet_name(&p.plain("wb-sheet-instructions", &[])))?;
    guide.set_right_to_left(p.lang().is_rtl());
    guide.set_column_width(0, 100)?;
    guide.write_string_with_format(0, 0, title, &f.section)?;
    let mut at = 2;
    if let Some(s) = state {
        guide.write_string_with_format(at, 0, p.plain("quest-state", &[("state", s.name(p.lang()).into())]), &f.question)?;
        at += 2;
    }
    if let Some(prefill) = prefill {
        let id = if prefill.previous_cycle { "wb-prefilled-previous" } else { "wb-prefilled" };
        guide.write_string_with_format(at, 0, p.plain(id, &[("date", p.date(prefill.reply.submitted).into())]), &f.section)?;
        at += 2;
    }
    for line in p.list("wb-instructions") {
        guide.write_string_with_format(at, 0, format!("• {line}"), &f.question)?;
        at += 1;
    }
    guide.protect();
    Ok(guide)
}

/// Where the help, "no change" and carried columns are: a prefilled workbook puts "no change"
/// beside the answer and the help after it.
struct Columns {
    help: u16,
    no_change: Option<u16>,
    carried: Option<u16>,
}

impl Columns {
    fn new(prefilled: bool) -> Self {
        if prefilled { Columns { help: 4, no_change: Some(3), carried: Some(5) } } else { Columns { help: 3, no_change: None, carried: None } }
    }
}

/// A carried answer as the answer cell holds it, read back as the same answer: a choice by the
/// label its drop-down offers, several joined by commas, a number as a number, a date as a date.
pub fn carried_cell(p: Phrases<'_>, form: &Questionnaire, q: &Question, answer: &Answer) -> Cell {
    let offered = |c: &str| -> String {
        let Some(list) = q.kind.list() else { return c.to_string() };
        let names = form.choices.get(list).map(Vec::as_slice).unwrap_or_default();
        let labels = dropdown_labels(p, form, list);
        names.iter().position(|x| x.name == c).and_then(|i| labels.get(i).cloned()).unwrap_or_else(|| c.to_string())
    };
    match answer {
        Answer::Text(t) => Cell::Text(t.clone()),
        Answer::Number(n) => Cell::Number(*n),
        Answer::Date(d) => Cell::Date(*d),
        Answer::Choice(c) => Cell::Text(offered(c)),
        Answer::Choices(cs) => Cell::Text(cs.iter().map(|c| offered(c)).collect::<Vec<_>>().join(", ")),
    }
}

/// `lists!$B$2:$B$4` for `count` entries in column `column`.
fn range(column: u16, count: usize) -> String {
    let letters = column_letters(column);
    format!("={LISTS}!${letters}$2:${letters}${}", count.max(1) + 1)
}

fn column_letters(mut column: u16) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (column % 26) as u8);
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII")
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    name.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect()
}

/// What a drop-down offers for a list: the choices' labels in the workbook's language when
/// they tell the choices apart, else their names; palermo reads either back.
pub fn dropdown_labels(p: Phrases<'_>, form: &Questionnaire, list: &str) -> Vec<String> {
    let choices = form.choices.get(list).map(Vec::as_slice).unwrap_or_default();
    let labels: Vec<String> = choices.iter().map(|c| c.label.get(p.lang(), &form.default_language).unwrap_or(&c.name).trim().to_string()).collect();
    let distinct = labels.iter().collect::<std::collections::BTreeSet<_>>().len() == labels.len() && labels.iter().all(|l| !l.is_empty() && !l.contains(','));
    if distinct { labels } else { choices.iter().map(|c| c.name.clone()).collect() }
}

/// Excel allows 255 characters in a validation's message and 32 in its title.
fn limit(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

fn refusing(validation: DataValidation, p: Phrases<'_>, message: &str) -> Result<DataValidation, XlsxError> {
    validation
        .set_error_style(DataValidationErrorStyle::Stop)
        .set_error_title(limit(&p.plain("wb-error-title", &[]), 32))?
        .set_error_message(limit(message, 255))
}

fn list_validation(range: &str, message: &str, p: Phrases<'_>) -> Result<DataValidation, XlsxError> {
    refusing(DataValidation::new().allow_list_formula(Formula::new(range)), p, message)
}

fn date_validation(p: Phrases<'_>) -> Result<DataValidation, XlsxError> {
    let rule = DataValidationRule::Between(ExcelDateTime::from_ymd(1900, 1, 1)?, ExcelDateTime::from_ymd(2100, 12, 31)?);
    refusing(DataValidation::new().allow_date(rule), p, &p.plain("wb-date", &[]))
}

/// A number in the language's form, for messages.
fn figure(p: Phrases<'_>, n: f64) -> String {
    crate::i18n::format_decimal(p.lang(), &crate::expr::ast::format_number(n))
}

#[allow(clippy::too_many_arguments)]
fn write_question(
    sheet: &mut Worksheet,
    p: Phrases<'_>,
    form: &Questionnaire,
    q: &Question,
    row: u32,
    repeat_row: Option<usize>,
    f: &Formats,
    lists: &std::collections::BTreeMap<String, String>,
    columns: &Columns,
    carried: Option<&Answer>,
) -> Result<(), XlsxError> {
    let lang = p.lang();
    let text = |t: &crate::model::questionnaire::Text| t.get(lang, &form.default_language).unwrap_or_default().to_string();
    let name = match repeat_row {
        Some(n) => format!("{}[{n}]", q.name),
        None => q.name.clone(),
    };
    let number = q.number.clone().unwrap_or_default();
    let label = text(&q.label);
    let question = match repeat_row {
        Some(n) => format!("{number}. {label} ({n})"),
        None => format!("{number}. {label}"),
    };
    sheet.write_string_with_format(row, 0, &name, &f.key)?;
    sheet.write_string_with_format(row, 1, &question, &f.question)?;

    // What the answer is, and what Excel can check of it.
    let (low, high) = q.constraint.as_ref().map_or((None, None), |c| c.expr.bounds());
    let own_message = q.constraint_message.get(lang, &form.default_language).is_some();
    let bounds = || match (low, high) {
        _ if own_message => String::new(),
        (Some(l), Some(h)) => p.plain("wb-between", &[("low", figure(p, l).into()), ("high", figure(p, h).into())]),
        (Some(l), None) => p.plain("wb-at-least", &[("low", figure(p, l).into())]),
        (None, Some(h)) => p.plain("wb-at-most", &[("high", figure(p, h).into())]),
        (None, None) => String::new(),
    };
    let choices = |list: &str| dropdown_labels(p, form, list).join(", ");
    let mut format = &f.answer;
    let (rule, validation): (String, Option<DataValidation>) = match &q.kind {
        QuestionKind::Integer => {
            let (l, h) = (low.unwrap_or(INT_MIN).max(INT_MIN).ceil(), high.unwrap_or(INT_MAX).min(INT_MAX).floor());
            let rule = format!("{} {}", p.plain("wb-whole", &[]), bounds()).trim().to_string();
            (rule, Some(DataValidation::new().allow_whole_number(DataValidationRule::Between(l as i32, h as i32))))
        }
        QuestionKind::Decimal => {
            let rule = format!("{} {}", p.plain("wb-decimal", &[]), bounds()).trim().to_string();
            let range = match (low, high) {
                (Some(l), Some(h)) => DataValidationRule::Between(l, h),
                (Some(l), None) => DataValidationRule::GreaterThanOrEqualTo(l),
                (None, Some(h)) => DataValidationRule::LessThanOrEqualTo(h),
                // Still a number: Excel's own limits.
                (None, None) => DataValidationRule::Between(-1e15, 1e15),
            };
            (rule, Some(DataValidation::new().allow_decimal_number(range)))
        }
        QuestionKind::Range(scale) => {
            let rule =
                p.plain("wb-range", &[("start", figure(p, scale.start).into()), ("end", figure(p, scale.end).into()), ("step", figure(p, scale.step).into())]);
            let (l, h) = (scale.start.min(scale.end), scale.start.max(scale.end));
            (rule, Some(DataValidation::new().allow_decimal_number(DataValidationRule::Between(l, h))))
        }
        QuestionKind::Date => {
            format = &f.date;
            (p.plain("wb-date", &[]), Some(date_validation(p)?))
        }
        QuestionKind::Time => {
            format = &f.time;
            (p.plain("wb-time", &[]), None)
        }
        QuestionKind::DateTime => {
            format = &f.date_time;
            (p.plain("wb-date-time", &[]), None)
        }
        QuestionKind::SelectOne(list) => {
            let range = lists.get(list).cloned().unwrap_or_default();
            (p.plain("wb-choose-one", &[]), (!range.is_empty()).then(|| DataValidation::new().allow_list_formula(Formula::new(range))))
        }
        QuestionKind::SelectMultiple(list) => (p.plain("wb-choose-many", &[("choices", choices(list).into())]), None),
        QuestionKind::Rank(list) => (p.plain("wb-rank", &[("choices", choices(list).into())]), None),
        QuestionKind::Geo(Geo::Point) => (p.plain("wb-geo", &[]), None),
        QuestionKind::Geo(_) => (p.plain("wb-geo-points", &[]), None),
        QuestionKind::Media(_) => (p.plain("wb-file", &[]), None),
        QuestionKind::Acknowledge => (p.plain("wb-acknowledge", &[]), Some(DataValidation::new().allow_list_strings(&["OK"])?)),
        QuestionKind::Text => (p.plain("wb-text", &[]), None),
        QuestionKind::Note | QuestionKind::Calculate | QuestionKind::Hidden => (String::new(), None),
    };
    // A carried answer as the State would have written it: a choice by its label in the list.
    match carried.map(|a| carried_cell(p, form, q, a)) {
        Some(Cell::Number(n)) => sheet.write_number_with_format(row, 2, n, format)?,
        Some(Cell::Date(d)) => sheet.write_datetime_with_format(row, 2, ExcelDateTime::from_ymd(d.year as u16, d.month, d.day)?, format)?,
        Some(cell) if !cell.is_empty() => sheet.write_string_with_format(row, 2, cell.text(), format)?,
        _ => sheet.write_blank(row, 2, format)?,
    };
    if let (Some(no_change), Some(hidden)) = (columns.no_change, columns.carried) {
        sheet.write_blank(row, no_change, &f.answer)?;
        let mark = limit(&p.plain("wb-no-change", &[]), 200);
        let validation = DataValidation::new().allow_list_strings(&[mark.as_str()])?;
        sheet.add_data_validation(row, no_change, row, no_change, &refusing(validation, p, &p.plain("wb-no-change-help", &[]))?)?;
        if let Some(a) = carried {
            sheet.write_string_with_format(row, hidden, carried_cell(p, form, q, a).text(), &f.key)?;
        }
    }
    // The form's constraint message is what a refused answer says; else the rule.
    let message = q.constraint_message.get(lang, &form.default_language).map_or_else(|| rule.clone(), str::to_string);
    if let Some(validation) = validation {
        sheet.add_data_validation(row, 2, row, 2, &refusing(validation, p, &message)?)?;
    }
    let condition = q.relevant.as_ref().map(|r| describe(&r.expr, Role::Relevant, p, form));
    let help: Vec<String> = [Some(text(&q.hint)), condition.clone(), Some(rule), q.constraint_message.get(lang, &form.default_language).map(str::to_string)]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect();
    sheet.write_string_with_format(row, columns.help, help.join("\n"), &f.help)?;
    if let Some(condition) = condition {
        sheet.insert_note(row, 2, &Note::new(condition).add_author_prefix(false))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_ranges_and_names() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(range(1, 3), "=lists!$B$2:$B$4");
        assert_eq!(sheet_name("Réponses: 2026/1"), "Réponses 20261");
        assert_eq!(limit("abcdef", 4), "abc…");
    }
}
