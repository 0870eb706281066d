//! The survey sheet: its rows read one by one into groups (sections, articles, repeats, loops)
//! and questions, each checked where it stands, with the choice lists its rows bring (from
//! files, or from the external_choices sheet).

use std::collections::BTreeMap;

use super::columns::{Header, read_header};
use super::types::{self, RowType};
use super::{Loader, Row, SURVEY_COLUMNS, file_columns, files, is_valid_name, loops, read_provision, read_question, read_scale};
use crate::load::workbook::Sheet;
use crate::model::questionnaire::{Choice, Group, Question, QuestionKind};

/// A group, repeat or loop opened and not yet closed.
struct Open {
    group: usize,
    kind: Opened,
    /// 0-based row of its begin.
    row: usize,
    /// For a loop: its list, and where its questions start.
    list: Option<String>,
    first_question: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Opened {
    Group,
    Repeat,
    Loop,
}

impl Opened {
    fn word(self) -> &'static str {
        match self {
            Opened::Group => "group",
            Opened::Repeat => "repeat",
            Opened::Loop => "loop",
        }
    }
}

/// What the survey sheet gave: its groups and questions in order, its header, and the choice
/// lists its rows brought.
pub(super) struct Survey {
    pub groups: Vec<Group>,
    pub questions: Vec<Question>,
    pub header: Header,
    pub lists: BTreeMap<String, Vec<Choice>>,
}

/// The reading under way: where each row goes, and the groups still open.
struct Reader<'a, 'l> {
    sheet: &'a Sheet,
    header: &'a Header,
    loader: &'a mut Loader<'l>,
    default_lang: &'a str,
    /// The choices sheet's lists, and the external_choices sheet's.
    choices: &'a BTreeMap<String, Vec<Choice>>,
    external: &'a BTreeMap<String, Vec<Choice>>,
    type_col: usize,
    groups: Vec<Group>,
    questions: Vec<Question>,
    lists: BTreeMap<String, Vec<Choice>>,
    open: Vec<Open>,
}

/// Reads the survey sheet.
pub(super) fn read(
    sheet: &Sheet,
    loader: &mut Loader,
    default_lang: &str,
    choices: &BTreeMap<String, Vec<Choice>>,
    external: &BTreeMap<String, Vec<Choice>>,
) -> Survey {
    let header = read_header(sheet, loader.file, &mut loader.diagnostics);
    if !check_columns(sheet, &header, loader) {
        return Survey { groups: Vec::new(), questions: Vec::new(), header, lists: BTreeMap::new() };
    }
    let type_col = header.plain("type").unwrap_or(0);
    let mut reader = Reader {
        sheet,
        header: &header,
        loader,
        default_lang,
        choices,
        external,
        type_col,
        groups: Vec::new(),
        questions: Vec::new(),
        lists: BTreeMap::new(),
        open: Vec::new(),
    };
    for row in header.row + 1..sheet.rows.len() {
        reader.row(row);
    }
    reader.close_the_rest();
    let Reader { groups, questions, lists, .. } = reader;
    Survey { groups, questions, header, lists }
}

/// Reports a missing `type` or `name` column and columns palermo does not know; false when the
/// sheet cannot be read at all (no `type`).
fn check_columns(sheet: &Sheet, header: &Header, loader: &mut Loader) -> bool {
    for (needed, hint) in [("type", "the survey sheet needs a type column"), ("name", "the survey sheet needs a name column")] {
        if header.plain(needed).is_none() {
            let col = header.columns.len();
            loader.error(sheet, header.row, col, format!("no {needed} column"), hint);
        }
    }
    if header.plain("type").is_none() {
        return false;
    }
    for column in &header.columns {
        let base = column.base.as_str();
        let known = SURVEY_COLUMNS.contains(&base)
            || base.starts_with('#')
            || base.starts_with('_')
            || base.contains("::")
            || base.starts_with("bind")
            || base.starts_with("instance")
            || base.starts_with("body");
        if !known {
            let hint = match crate::suggest::closest(base, SURVEY_COLUMNS.iter().copied()) {
                Some(meant) => format!("did you mean {}? otherwise the column is ignored", crate::quote::quoted(meant)),
                None => "palermo ignores this column".to_string(),
            };
            loader.warning(sheet, header.row, column.index, format!("unknown column {}", crate::quote::quoted(&column.header)), hint);
        }
    }
    true
}

impl Reader<'_, '_> {
    /// One row of the sheet.
    fn row(&mut self, row: usize) {
        let (sheet, type_col, default_lang) = (self.sheet, self.type_col, self.default_lang);
        let r = Row { sheet, header: self.header, row };
        if r.is_empty() {
            return;
        }
        let Some((raw_type, _)) = r.get("type") else {
            if r.get("name").is_some() || !r.text("label", default_lang).is_empty() {
                self.loader.warning(
                    sheet,
                    row,
                    type_col,
                    "this row has no type and is skipped",
                    "give it a type (text, integer, select_one LIST…) or delete it",
                );
            }
            return;
        };
        if raw_type.starts_with('#') {
            return;
        }
        let row_type = types::classify(&raw_type);
        let Some(name) = self.name(&r, &row_type, &raw_type) else { return };
        let parent = self.open.last().map(|open| open.group);
        match row_type {
            RowType::BeginGroup { repeat } => self.begin(&r, name, parent, if repeat { Opened::Repeat } else { Opened::Group }, None),
            RowType::BeginLoop(list) => self.begin(&r, name, parent, Opened::Loop, Some(list)),
            RowType::EndGroup { repeat: true } => self.end(row, Opened::Repeat, &raw_type),
            RowType::EndGroup { repeat: false } => self.end(row, Opened::Group, &raw_type),
            RowType::EndLoop => self.end(row, Opened::Loop, &raw_type),
            RowType::Metadata(kind) => {
                self.loader.warning(
                    sheet,
                    row,
                    type_col,
                    format!("{kind} is metadata an app records by itself; palermo ignores it"),
                    "nothing to do, or delete the row",
                );
            }
            RowType::Unsupported { kind, reason } => {
                self.loader.error(sheet, row, type_col, format!("question type {} is not supported", crate::quote::quoted(&kind)), reason)
            }
            RowType::SelectWithoutList => self.loader.error(
                sheet,
                row,
                type_col,
                format!("{} names no choice list", crate::quote::quoted(&raw_type)),
                "write the list after it: select_one yes_no",
            ),
            RowType::Unknown(kind) => {
                let hint = match crate::suggest::closest(&kind.to_lowercase().replace(' ', "_"), types::known_names()) {
                    Some(meant) => format!("did you mean {}?", crate::quote::quoted(meant)),
                    None => format!("use one of: {}", types::SUPPORTED),
                };
                self.loader.error(sheet, row, type_col, format!("unknown question type {}", crate::quote::quoted(&kind)), hint);
            }
            RowType::Range => {
                let scale = read_scale(&r, self.loader);
                self.questions.push(read_question(&r, self.loader, QuestionKind::Range(scale), name, parent, default_lang));
            }
            RowType::FromFile { multiple, file } => {
                self.read_choices_file(&r, &file);
                let kind = if multiple { QuestionKind::SelectMultiple(file) } else { QuestionKind::SelectOne(file) };
                self.questions.push(read_question(&r, self.loader, kind, name, parent, default_lang));
            }
            RowType::External(list) => {
                self.take_external_list(row, &list);
                self.questions.push(read_question(&r, self.loader, QuestionKind::SelectOne(list), name, parent, default_lang));
            }
            RowType::Question(kind) => {
                let mut question = read_question(&r, self.loader, kind, name, parent, default_lang);
                let lower = raw_type.to_lowercase();
                question.or_other = lower.ends_with(" or_other") || lower.ends_with(" or specify other");
                self.questions.push(question);
            }
        }
    }

    /// The row's name, checked; `None` (and an error) when a row that needs one has none.
    fn name(&mut self, r: &Row, row_type: &RowType, raw_type: &str) -> Option<String> {
        let name_col = self.header.plain("name").unwrap_or(self.type_col);
        // Notes are printed, never answered: pyxform lets them go unnamed, and so does palermo.
        let name = match r.get("name") {
            Some((n, _)) => n,
            None if *row_type == RowType::Question(QuestionKind::Note) => format!("note_row{}", r.row + 1),
            None => String::new(),
        };
        let needs_name = matches!(
            row_type,
            RowType::Question(_) | RowType::Range | RowType::FromFile { .. } | RowType::External(_) | RowType::BeginGroup { .. } | RowType::BeginLoop(_)
        );
        if needs_name && name.is_empty() {
            self.loader.error(
                self.sheet,
                r.row,
                name_col,
                format!("the {raw_type} row has no name"),
                "every question and group needs a unique name (letters, digits, _)",
            );
            return None;
        }
        if needs_name && !is_valid_name(&name) {
            let hint = "a name starts with a letter or _ and holds only letters, digits, _, - and . (no spaces)";
            self.loader.error(self.sheet, r.row, name_col, format!("{} is not a valid name", crate::quote::quoted(&name)), hint);
        }
        Some(name)
    }

    /// `begin group`, `begin repeat`, `begin loop over LIST`.
    fn begin(&mut self, r: &Row, name: String, parent: Option<usize>, kind: Opened, list: Option<String>) {
        let relevant = r.get("relevant").and_then(|(t, c)| self.loader.expression(self.sheet, r.row, c, "relevant", &t));
        let provision = read_provision(r, self.loader);
        if kind != Opened::Loop && self.open.iter().any(|o| o.kind == Opened::Loop) {
            let hint = "palermo repeats only questions in a loop; close the loop first, or use a repeat";
            self.loader.error(self.sheet, r.row, self.type_col, format!("group {} is inside a loop", crate::quote::quoted(&name)), hint);
        }
        let label = r.text("label", self.default_lang);
        self.groups.push(Group { name, label, relevant, repeat: kind == Opened::Repeat, parent, provision, row: r.row + 1 });
        self.open.push(Open { group: self.groups.len() - 1, kind, row: r.row, list, first_question: self.questions.len() });
    }

    /// `end group`, `end repeat`, `end loop`: closes what is open (a loop's questions are then
    /// repeated once per choice of its list).
    fn end(&mut self, row: usize, closing: Opened, raw_type: &str) {
        let (sheet, type_col) = (self.sheet, self.type_col);
        match self.open.pop() {
            Some(open) if open.kind == closing => {
                if let (Opened::Loop, Some(list)) = (open.kind, &open.list) {
                    let template: Vec<Question> = self.questions.drain(open.first_question..).collect();
                    match self.choices.get(list) {
                        Some(items) => loops::expand(&mut self.groups, &mut self.questions, open.group, template, items, self.default_lang),
                        None => {
                            let hint = crate::suggest::closest(list, self.choices.keys().map(String::as_str))
                                .map_or_else(|| "add the list to the choices sheet".to_string(), |m| format!("did you mean {}?", crate::quote::quoted(m)));
                            self.loader.error(sheet, open.row, type_col, format!("loop over unknown choice list {}", crate::quote::quoted(list)), hint);
                        }
                    }
                }
            }
            Some(open) => {
                let message = format!(
                    "end {} closes the {} {} begun at row {}",
                    closing.word(),
                    open.kind.word(),
                    crate::quote::quoted(&self.groups[open.group].name),
                    open.row + 1
                );
                self.loader.error(sheet, row, type_col, message, format!("write end {} here, or check the begin/end pairs above", open.kind.word()));
            }
            None => self.loader.error(sheet, row, type_col, format!("{raw_type} without a matching begin"), "delete it or add the begin row it closes"),
        }
    }

    /// The choices of `select_one_from_file FILE`, read once from the form's folder.
    fn read_choices_file(&mut self, r: &Row, file: &str) {
        let columns = file_columns(r);
        if !self.loader.files.iter().any(|f| f == file) {
            self.loader.files.push(file.to_string());
        }
        if !self.lists.contains_key(file) {
            match files::read(self.loader.folder, file, &columns, self.default_lang) {
                Ok(items) => {
                    self.lists.insert(file.to_string(), items);
                }
                Err(problem) => self.loader.error(self.sheet, r.row, self.type_col, problem.message, problem.hint),
            }
        }
    }

    /// The list of `select_one_external LIST`, from the external_choices sheet.
    fn take_external_list(&mut self, row: usize, list: &str) {
        match self.external.get(list) {
            Some(items) => {
                self.lists.entry(list.to_string()).or_insert_with(|| items.clone());
            }
            None if self.choices.contains_key(list) => {}
            None => self.loader.error(
                self.sheet,
                row,
                self.type_col,
                format!("select_one_external {}: the list is not in the external_choices sheet", crate::quote::quoted(list)),
                "add an external_choices sheet with the columns list_name, name and label",
            ),
        }
    }

    /// Every group still open at the end of the sheet is an error at its begin.
    fn close_the_rest(&mut self) {
        for open in std::mem::take(&mut self.open) {
            let word = open.kind.word();
            let message = format!("{word} {} is never closed", crate::quote::quoted(&self.groups[open.group].name));
            self.loader.error(self.sheet, open.row, self.type_col, message, format!("add an end {word} row after its last question"));
        }
    }
}
