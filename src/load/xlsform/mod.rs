//! XLSForm questionnaires: survey, choices and settings sheets into a `Questionnaire`, with every
//! mistake of the form listed at once, each at its sheet, row and column, with a hint.

mod checks;
pub mod columns;
mod files;
mod loops;
mod survey;
pub mod types;

use std::collections::BTreeMap;
use std::path::Path;

use columns::{Header, read_header};

use crate::expr::{self, ParseError};
use crate::load::workbook::{self, Sheet, Workbook};
use crate::model::questionnaire::{Choice, Expression, Obligation, Question, QuestionKind, Questionnaire, Required, Scale, Text};
use crate::model::treaty::Provision;
use crate::model::{Diagnostic, Instrument};

/// Spreadsheet kinds a questionnaire can come in.
pub const FORM_EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xls", "ods", "csv", "md"];

/// What loading a form gave: the questionnaire when it has no errors, and every diagnostic.
#[derive(Debug)]
pub struct FormLoad {
    pub questionnaire: Option<Questionnaire>,
    pub diagnostics: Vec<Diagnostic>,
}

impl FormLoad {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// Columns of the survey sheet palermo reads.
const SURVEY_COLUMNS: &[&str] = &[
    "type",
    "name",
    "label",
    "hint",
    "guidance_hint",
    "required",
    "required_message",
    "relevant",
    "constraint",
    "constraint_message",
    "appearance",
    "default",
    "choice_filter",
    "calculation",
    "read_only",
    "parameters",
    "repeat_count",
    "trigger",
    "image",
    "audio",
    "video",
    "media",
    "provision",
    "obligation",
    "technical_assistance",
    "publish",
    "previous_name",
    "note",
    "tag",
    "autoplay",
    "intent",
    "body",
    "bind",
    "instance",
    "flat",
    "style",
    "save_to",
    "big-image",
];

/// Loads the form at `path`; `display` is how messages name the file.
pub fn load(path: &Path, display: &str) -> FormLoad {
    match workbook::read(path) {
        Ok(book) => {
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("form");
            from_workbook_in(&book, display, stem, path.parent())
        }
        Err(e) => FormLoad { questionnaire: None, diagnostics: vec![Diagnostic::error(display, e.message).hint(e.hint)] },
    }
}

struct Loader<'a> {
    file: &'a str,
    /// The form's folder, where choices files are read from.
    folder: Option<&'a Path>,
    /// The choices files the form names (read or not).
    files: Vec<String>,
    diagnostics: Vec<Diagnostic>,
}

impl Loader<'_> {
    fn error(&mut self, sheet: &Sheet, row: usize, col: usize, message: impl Into<String>, hint: impl Into<String>) {
        self.diagnostics.push(Diagnostic::error(self.file, message).at_cell(Some(&sheet.name), row, col).hint(hint));
    }

    fn warning(&mut self, sheet: &Sheet, row: usize, col: usize, message: impl Into<String>, hint: impl Into<String>) {
        self.diagnostics.push(Diagnostic::warning(self.file, message).at_cell(Some(&sheet.name), row, col).hint(hint));
    }

    /// Parses an expression cell; a mistake is reported at the cell with its column in the text.
    fn expression(&mut self, sheet: &Sheet, row: usize, col: usize, column: &str, text: &str) -> Option<Expression> {
        let parsed = if column == "choice_filter" { expr::parse_choice_filter(text) } else { expr::parse(text) };
        match parsed {
            Ok(expr) => Some(Expression { text: text.to_string(), expr }),
            Err(ParseError { message, column: at, hint }) => {
                let curly = text.contains(['‘', '’', '“', '”']);
                let hint = match hint {
                    _ if curly => "the expression has typographic quotes (‘ ’ “ ”); write straight quotes ' or \"".to_string(),
                    Some(hint) => hint,
                    None => "see the XLSForm expression syntax: ${name}, 'text', numbers, and, or, not(), = != < <= > >=".to_string(),
                };
                self.error(sheet, row, col, format!("{column}: {message} (character {at} of {text_q})", text_q = crate::quote::quoted(text)), hint);
                None
            }
        }
    }
}

/// A row's cells by column base name.
struct Row<'s> {
    sheet: &'s Sheet,
    header: &'s Header,
    row: usize,
}

impl Row<'_> {
    fn get(&self, base: &str) -> Option<(String, usize)> {
        let col = self.header.plain(base)?;
        let text = self.sheet.cell(self.row, col).text().trim().to_string();
        (!text.is_empty()).then_some((text, col))
    }

    fn text(&self, base: &str, default_lang: &str) -> Text {
        let mut out = BTreeMap::new();
        for (lang, col) in self.header.translations(base) {
            let text = self.sheet.cell(self.row, col).text().trim().to_string();
            if !text.is_empty() {
                out.insert(lang.unwrap_or_else(|| default_lang.to_string()), text);
            }
        }
        Text(out)
    }

    fn is_empty(&self) -> bool {
        self.sheet.rows.get(self.row).is_none_or(|cells| cells.iter().all(|c| c.is_empty()))
    }
}

/// A form read from a workbook in memory (choices files cannot be read: there is no folder).
pub fn from_workbook(book: &Workbook, file: &str, stem: &str) -> FormLoad {
    from_workbook_in(book, file, stem, None)
}

/// A form read from a workbook whose file is in `folder`.
pub fn from_workbook_in(book: &Workbook, file: &str, stem: &str, folder: Option<&Path>) -> FormLoad {
    let mut loader = Loader { file, folder, files: Vec::new(), diagnostics: Vec::new() };
    let known_sheets = ["survey", "choices", "settings", "external_choices", "entities", "osm", "columns"];
    for sheet in &book.sheets {
        let name = sheet.name.trim().to_lowercase();
        if known_sheets.contains(&name.as_str()) {
            continue;
        }
        if let Some(meant) = crate::suggest::closest(&name, ["survey", "choices", "settings"]) {
            loader.diagnostics.push(
                Diagnostic::warning(file, format!("sheet {} is not read", crate::quote::quoted(&sheet.name)))
                    .hint(format!("did you mean {meant_q}? XLSForm sheets are survey, choices and settings", meant_q = crate::quote::quoted(meant))),
            );
        }
    }
    let Some(survey) = book.sheet("survey") else {
        let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
        loader.diagnostics.push(
            Diagnostic::error(file, format!("no survey sheet (the workbook has {})", if names.is_empty() { "no sheets".into() } else { names.join(", ") }))
                .hint("an XLSForm needs a sheet named survey, with the columns type, name and label"),
        );
        return FormLoad { questionnaire: None, diagnostics: loader.diagnostics };
    };
    let (settings, title_translations) = read_settings(book, &mut loader);
    let default_language = settings.get("default_language").map(|l| columns::language_key(l)).unwrap_or_else(|| "default".to_string());
    let form_id = settings.get("form_id").cloned().unwrap_or_else(|| stem.to_string());
    let instrument = match settings.get("instrument") {
        Some(code) => match Instrument::from_code(code) {
            Some(i) => Some(i),
            None => {
                loader.diagnostics.push(
                    Diagnostic::error(file, format!("settings: unknown instrument {code_q}", code_q = crate::quote::quoted(code)))
                        .hint("use untoc (the Convention), tip (Trafficking in Persons), som (Smuggling of Migrants) or fa (Firearms)"),
                );
                None
            }
        },
        None => None,
    };

    let (mut choices, mut choice_columns) = match book.sheet("choices") {
        Some(sheet) => read_choices(sheet, &mut loader, &default_language),
        None => (BTreeMap::new(), Vec::new()),
    };
    // select_one_external lists: in the external_choices sheet.
    let external = match book.sheet("external_choices") {
        Some(sheet) => read_choices(sheet, &mut loader, &default_language),
        None => (BTreeMap::new(), Vec::new()),
    };
    let survey::Survey { groups, questions, header: survey_header, lists: more_lists } =
        survey::read(survey, &mut loader, &default_language, &choices, &external.0);
    for (list, items) in more_lists {
        choices.entry(list).or_insert(items);
    }
    for column in external.1 {
        if !choice_columns.contains(&column) {
            choice_columns.push(column);
        }
    }
    let mut languages: Vec<String> = Vec::new();
    let mut note_language = |lang: &str| {
        if !languages.iter().any(|l| l == lang) {
            languages.push(lang.to_string());
        }
    };
    for column in &survey_header.columns {
        if matches!(column.base.as_str(), "label" | "hint") {
            note_language(column.lang.as_deref().unwrap_or(&default_language));
        }
    }
    for list in choices.values() {
        for choice in list {
            for lang in choice.label.0.keys() {
                note_language(lang);
            }
        }
    }
    let mut title = BTreeMap::from([(default_language.clone(), settings.get("form_title").unwrap_or(&form_id).clone())]);
    title.extend(title_translations);
    let title = Text(title);
    let mut questionnaire = Questionnaire {
        form_id,
        title,
        version: settings.get("version").cloned(),
        instrument,
        default_language,
        languages,
        groups,
        questions,
        choices,
        files: std::mem::take(&mut loader.files),
        source: file.to_string(),
    };
    checks::check(&questionnaire, survey, &survey_header, &choice_columns, &mut loader);
    number_questions(&mut questionnaire);
    Diagnostic::sort_for_reading(&mut loader.diagnostics, &["survey", "choices", "settings"]);
    let errors = loader.diagnostics.iter().any(Diagnostic::is_error);
    FormLoad { questionnaire: (!errors).then_some(questionnaire), diagnostics: loader.diagnostics }
}

/// Answered questions are numbered 1, 2, 3… in the order of the form, as paper prints them.
fn number_questions(form: &mut Questionnaire) {
    let mut n = 0;
    for q in &mut form.questions {
        if q.kind.is_answered() {
            n += 1;
            q.number = Some(n.to_string());
        }
    }
}

/// The settings sheet: a header row and one row of values; `form_title::French (fr)` columns
/// (palermo's own extension) translate the title.
fn read_settings(book: &Workbook, loader: &mut Loader) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let mut out = BTreeMap::new();
    let mut titles = BTreeMap::new();
    let Some(sheet) = book.sheet("settings") else { return (out, titles) };
    let header = read_header(sheet, loader.file, &mut loader.diagnostics);
    let Some(values) = sheet.rows.iter().skip(header.row + 1).find(|r| r.iter().any(|c| !c.is_empty())) else {
        return (out, titles);
    };
    for column in &header.columns {
        let value = values.get(column.index).map(|c| c.text().trim().to_string()).unwrap_or_default();
        match (&column.lang, value.is_empty()) {
            (_, true) => {}
            (None, false) => {
                out.insert(column.base.clone(), value);
            }
            (Some(lang), false) if column.base == "form_title" => {
                titles.insert(lang.clone(), value);
            }
            _ => {}
        }
    }
    (out, titles)
}

fn is_valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// The `parameters` cell as `key=value` pairs (separated by spaces, commas or semicolons).
fn parameters(r: &Row) -> BTreeMap<String, (String, usize)> {
    let Some((text, col)) = r.get("parameters") else { return BTreeMap::new() };
    text.split([' ', ',', ';']).filter_map(|part| part.split_once('=')).map(|(k, v)| (k.trim().to_lowercase(), (v.trim().to_string(), col))).collect()
}

/// A range's scale: `start=0 end=10 step=1`, each defaulting as ODK does (1, 10, 1).
fn read_scale(r: &Row, loader: &mut Loader) -> Scale {
    let params = parameters(r);
    let mut number = |key: &str, default: f64| match params.get(key) {
        None => default,
        Some((text, col)) => match text.parse::<f64>() {
            Ok(n) if n.is_finite() => n,
            _ => {
                loader.error(r.sheet, r.row, *col, format!("parameters: {key}={text} is not a number"), "write start=1 end=10 step=1");
                default
            }
        },
    };
    let scale = Scale { start: number("start", 1.0), end: number("end", 10.0), step: number("step", 1.0) };
    if scale.step == 0.0 || (scale.end - scale.start) / scale.step < 0.0 {
        let col = params.get("step").or(params.get("end")).map_or(0, |(_, c)| *c);
        loader.error(
            r.sheet,
            r.row,
            col,
            format!("range from {} to {} by {} has no values", scale.start, scale.end, scale.step),
            "choose a step that goes from start towards end",
        );
    }
    scale
}

/// `value=` and `label=` of a select from a file: the columns holding a choice's name and label.
fn file_columns(r: &Row) -> files::Columns {
    let params = parameters(r);
    let mut columns = files::Columns::default();
    if let Some((value, _)) = params.get("value") {
        columns.value = value.clone();
    }
    if let Some((label, _)) = params.get("label") {
        columns.label = label.clone();
    }
    columns
}

fn read_provision(r: &Row, loader: &mut Loader) -> Option<Provision> {
    let (text, col) = r.get("provision")?;
    match Provision::parse(&text) {
        Ok(p) => Some(p),
        Err(e) => {
            loader.error(r.sheet, r.row, col, e, "for example 5, 5(1) or 5(1)(a)");
            None
        }
    }
}

fn read_question(r: &Row, loader: &mut Loader, kind: QuestionKind, name: String, group: Option<usize>, default_lang: &str) -> Question {
    let (sheet, row) = (r.sheet, r.row);
    let required = match r.get("required") {
        None => Required::No,
        Some((text, col)) => match text.to_lowercase().as_str() {
            "yes" | "true" | "true()" | "1" | "y" => Required::Yes,
            "no" | "false" | "false()" | "0" | "n" => Required::No,
            _ => loader.expression(sheet, row, col, "required", &text).map_or(Required::No, Required::When),
        },
    };
    let mut expression = |column: &str| r.get(column).and_then(|(t, c)| loader.expression(sheet, row, c, column, &t));
    let relevant = expression("relevant");
    let constraint = expression("constraint");
    let choice_filter = expression("choice_filter");
    let calculation = expression("calculation");
    let provision = read_provision(r, loader);
    let obligation = match r.get("obligation") {
        None => None,
        Some((text, col)) => match Obligation::parse(&text) {
            Some(o) => Some(o),
            None => {
                loader.error(
                    sheet,
                    row,
                    col,
                    format!("unknown obligation {text_q}", text_q = crate::quote::quoted(&text)),
                    "write mandatory, shall_consider or optional",
                );
                None
            }
        },
    };
    let mut yes_no = |column: &str, default: bool, hint: &str| match r.get(column) {
        None => default,
        Some((text, col)) => match text.to_lowercase().as_str() {
            "yes" | "true" | "1" | "y" => true,
            "no" | "false" | "0" | "n" => false,
            _ => {
                loader.error(sheet, row, col, format!("{column} must be yes or no, not {text_q}", text_q = crate::quote::quoted(&text)), hint);
                default
            }
        },
    };
    let technical_assistance = yes_no("technical_assistance", false, "write yes on questions about technical assistance needs");
    let publish = yes_no("publish", true, "write no on questions whose answers are personal data (a name, an e-mail address, a telephone number)");
    Question {
        label: r.text("label", default_lang),
        hint: r.text("hint", default_lang),
        required_message: r.text("required_message", default_lang),
        constraint_message: r.text("constraint_message", default_lang),
        appearance: r.get("appearance").map(|(t, _)| t),
        media: ["image", "big-image", "audio", "video"].into_iter().map(|m| (m.to_string(), r.text(m, default_lang))).filter(|(_, t)| !t.is_empty()).collect(),
        or_other: false,
        default: r.get("default").map(|(t, _)| t),
        name,
        kind,
        required,
        relevant,
        constraint,
        choice_filter,
        calculation,
        provision,
        obligation,
        technical_assistance,
        publish,
        previous_name: r.get("previous_name").map(|(t, _)| t.trim().to_string()).filter(|t| !t.is_empty()),
        group,
        number: None,
        row: row + 1,
    }
}

/// The choices sheet: lists of choices, and the names of its extra columns (for choice filters).
fn read_choices(sheet: &Sheet, loader: &mut Loader, default_lang: &str) -> (BTreeMap<String, Vec<Choice>>, Vec<String>) {
    let header = read_header(sheet, loader.file, &mut loader.diagnostics);
    let mut lists: BTreeMap<String, Vec<Choice>> = BTreeMap::new();
    let has_rows = sheet.rows.iter().skip(header.row + 1).any(|r| r.iter().any(|c| !c.is_empty()));
    let (Some(list_col), Some(name_col)) = (header.plain("list_name"), header.plain("name")) else {
        if !has_rows {
            return (lists, Vec::new());
        }
        let missing = if header.plain("list_name").is_none() { "list_name" } else { "name" };
        loader.error(
            sheet,
            header.row,
            0,
            format!("the choices sheet has no {missing} column"),
            "the choices sheet needs the columns list_name, name and label",
        );
        return (lists, Vec::new());
    };
    let extra_columns: Vec<(String, usize)> = header
        .columns
        .iter()
        .filter(|c| c.lang.is_none() && !matches!(c.base.as_str(), "list_name" | "name" | "label" | "image" | "audio" | "video" | "media"))
        .map(|c| (c.base.clone(), c.index))
        .collect();
    for row in header.row + 1..sheet.rows.len() {
        let r = Row { sheet, header: &header, row };
        if r.is_empty() {
            continue;
        }
        let list = sheet.cell(row, list_col).text().trim().to_string();
        let name = sheet.cell(row, name_col).text().trim().to_string();
        if list.is_empty() {
            loader.warning(sheet, row, list_col, "choice without a list_name is skipped", "fill list_name, or delete the row");
            continue;
        }
        if name.is_empty() {
            loader.error(
                sheet,
                row,
                name_col,
                format!("a choice of list {list_q} has no name", list_q = crate::quote::quoted(&list)),
                "give each choice a name, the value stored in answers",
            );
            continue;
        }
        let extra: BTreeMap<String, String> = extra_columns
            .iter()
            .filter_map(|(base, col)| {
                let v = sheet.cell(row, *col).text().trim().to_string();
                (!v.is_empty()).then(|| (base.clone(), v))
            })
            .collect();
        let choices = lists.entry(list.clone()).or_default();
        if let Some(first) = choices.iter().find(|c| c.name == name) {
            // In a cascading list (filtered by another column) the same name may come back under
            // another parent, as "king" county in two states; otherwise a repeated name is a mistake.
            if first.extra != extra && !extra.is_empty() {
                loader.warning(
                    sheet,
                    row,
                    name_col,
                    format!(
                        "choice {name_q} appears twice in list {list_q} (also at row {}), with different filter columns",
                        first.row,
                        name_q = crate::quote::quoted(&name),
                        list_q = crate::quote::quoted(&list)
                    ),
                    "fine for a cascading list; answers store only the name, so reports cannot tell the two apart",
                );
            } else {
                loader.error(
                    sheet,
                    row,
                    name_col,
                    format!(
                        "choice {name_q} appears twice in list {list_q} (also at row {})",
                        first.row,
                        name_q = crate::quote::quoted(&name),
                        list_q = crate::quote::quoted(&list)
                    ),
                    "give each choice of a list a different name",
                );
                continue;
            }
        }
        let label = r.text("label", default_lang);
        if label.is_empty() {
            loader.warning(
                sheet,
                row,
                name_col,
                format!("choice {name_q} of list {list_q} has no label", name_q = crate::quote::quoted(&name), list_q = crate::quote::quoted(&list)),
                "add a label; paper questionnaires print it",
            );
        }
        choices.push(Choice { name, label, extra, row: row + 1 });
    }
    (lists, extra_columns.into_iter().map(|(b, _)| b).collect())
}
