//! Kobo/ODK-style exports: a header of question names (or `group/name` paths), one row per
//! submission, select_multiple answers as space-separated choice names or as Kobo's one 0/1
//! column per choice (`q/choice`).

use std::collections::BTreeMap;

use super::FileRead;
use super::fields::{Fields, Meta, identity, received};
use crate::load::workbook::{Cell, Sheet, clean_text};
use crate::model::questionnaire::QuestionKind;
use crate::model::submission::{Place, RawAnswer, RawSubmission, Review};
use crate::model::{Diagnostic, Problem, ProblemKind as K, Severity};

/// What a column of the header holds.
enum Column {
    Meta(Meta),
    Answer(String),
    /// The State's field when it is also a question of the form: both the State and an answer.
    StateAnswer(String),
    /// One of ODK Central's four columns of a geopoint (latitude, longitude, altitude, accuracy).
    GeoPart {
        question: String,
        part: usize,
    },
    /// Kobo's 0/1 column for one choice of a select_multiple.
    Flag {
        question: String,
        choice: String,
    },
    Ignored,
}

pub fn read_csv(bytes: &[u8], display: &str, fields: &Fields) -> FileRead {
    let (sheet, mut diagnostics) = csv_sheet(bytes, display, "");
    let mut read = read_sheet(&sheet, display, fields, false);
    diagnostics.append(&mut read.diagnostics);
    // KoboToolbox's CSV export holds the main table only: a form's repeats are not in it.
    let header: Vec<String> = sheet.rows.iter().find(|r| r.iter().any(|c| !c.is_empty())).map_or_else(Vec::new, |r| r.iter().map(|c| c.text()).collect());
    let from_kobo = header.iter().any(|h| matches!(h.trim(), "_uuid" | "_submission_time" | "_index"));
    let repeats: Vec<&str> = fields.form.groups.iter().filter(|g| g.repeat).map(|g| g.name.as_str()).collect();
    if from_kobo && !repeats.is_empty() && !read.submissions.is_empty() {
        let names = repeats.iter().map(crate::quote::quoted).collect::<Vec<_>>().join(", ");
        diagnostics.push(
            Diagnostic::warning(display, format!("a KoboToolbox CSV export holds no repeats: the rows of {names} are not in this file"))
                .hint("download the XLS export (one sheet per repeat) or the API data (JSON) instead, and put it here in place of the CSV")
                .problem(Problem::new(K::RepeatsNotExported).plain("repeat", repeats.join(", "))),
        );
    }
    read.diagnostics = diagnostics;
    read
}

/// A CSV file as a sheet named `name` (comma- or semicolon-separated, with or without a BOM),
/// and the lines it could not read.
pub(crate) fn csv_sheet(bytes: &[u8], display: &str, name: &str) -> (Sheet, Vec<Diagnostic>) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = String::from_utf8_lossy(bytes);
    // Exports from European spreadsheets often use semicolons.
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut diagnostics = Vec::new();
    for (i, record) in reader.records().enumerate() {
        match record {
            Ok(record) => rows.push(record.iter().map(|c| if c.trim().is_empty() { Cell::Empty } else { Cell::Text(clean_text(c)) }).collect()),
            Err(e) => {
                diagnostics.push(
                    Diagnostic::error(display, format!("unreadable line: {e}"))
                        .at_row(i + 1)
                        .hint("check the quotes on this line")
                        .problem(Problem::new(K::UnreadableLine).plain("error", e.to_string())),
                );
                rows.push(Vec::new());
            }
        }
    }
    (Sheet { name: name.to_string(), rows, rows_dropped: 0 }, diagnostics)
}

/// Reads an export's table, one submission per row.
pub fn read_sheet(sheet: &Sheet, display: &str, fields: &Fields, date_1904: bool) -> FileRead {
    read_table(sheet, display, fields, date_1904).0
}

/// One export table read: its submissions and, for each, the ids its repeat tables point back
/// with (Kobo's `_index`, ODK Central's `KEY`).
pub(crate) fn read_table(sheet: &Sheet, display: &str, fields: &Fields, date_1904: bool) -> (FileRead, Vec<Vec<String>>) {
    let form = fields.form;
    let mut read = FileRead::default();
    let mut links = Vec::new();
    let sheet_name = (!sheet.name.is_empty()).then_some(sheet.name.as_str());
    let Some(header_row) = sheet.rows.iter().position(|r| r.iter().any(|c| !c.is_empty())) else {
        read.diagnostics
            .push(Diagnostic::error(display, "the sheet is empty").hint("export the submissions with their header row").problem(Problem::new(K::SheetEmpty)));
        return (read, links);
    };
    let header: Vec<String> = sheet.rows[header_row].iter().map(|c| c.text().trim().to_string()).collect();
    let columns = columns(&header, sheet_name, header_row, display, fields, None, &mut read.diagnostics);
    let has_submitted = columns.iter().any(|c| matches!(c, Column::Meta(Meta::Submitted)));
    let main_columns: Vec<String> = columns.iter().filter_map(|c| if let Column::Answer(n) = c { Some(n.clone()) } else { None }).collect();
    for row in header_row + 1..sheet.rows.len() {
        let cells = &sheet.rows[row];
        if cells.iter().all(Cell::is_empty) {
            continue;
        }
        let mut submission = RawSubmission {
            form_id: form.form_id.clone(),
            place: Place::cell(display, sheet_name, row, 0),
            state: None,
            submitted: None,
            version: None,
            answers: Vec::new(),
            slots: Default::default(),
            date_1904,
            broken: false,
            server: Default::default(),
        };
        let (mut root, mut key, mut server_id, mut row_links) = (None, None, None, Vec::new());
        let mut flags = Ticks::new();
        let mut geo: BTreeMap<String, ([String; 4], Place)> = BTreeMap::new();
        for (col, column) in columns.iter().enumerate() {
            let cell = cells.get(col).cloned().unwrap_or(Cell::Empty);
            let place = Place::cell(display, sheet_name, row, col);
            match column {
                Column::Answer(name) if cell.is_empty() => {
                    submission.slots.insert(name.clone(), place);
                }
                Column::Answer(name) => submission.answers.push(RawAnswer { key: name.clone(), value: cell, place, row: None }),
                Column::Flag { question, choice } if !main_columns.contains(question) => tick(&mut flags, question, choice, &cell, &place),
                Column::GeoPart { question, part } if !main_columns.contains(question) => {
                    let entry = geo.entry(question.clone()).or_insert_with(|| (Default::default(), place.clone()));
                    entry.0[*part] = cell.text().trim().to_string();
                }
                _ if cell.is_empty() => {}
                Column::StateAnswer(name) => {
                    submission.state = Some((cell.clone(), place.clone()));
                    submission.answers.push(RawAnswer { key: name.clone(), value: cell, place, row: None });
                }
                Column::Meta(Meta::State) => submission.state = Some((cell, place)),
                Column::Meta(Meta::Submitted) => submission.submitted = Some((cell, place)),
                Column::Meta(Meta::SubmissionTime) if !has_submitted => submission.submitted = Some((received(cell), place)),
                Column::Meta(Meta::Version) => submission.version = Some((cell.text().trim().to_string(), place)),
                Column::Meta(Meta::Review) => submission.server.review = Review::from_server(&cell.text()).map(|r| (r, place)),
                Column::Meta(Meta::RootKey) => root = identity(&cell.text()),
                Column::Meta(Meta::Key) => {
                    key = key.or_else(|| identity(&cell.text()));
                    row_links.extend(identity(&cell.text()));
                }
                Column::Meta(Meta::ServerId) => server_id = Some(format!("_id {}", cell.text().trim())),
                Column::Meta(Meta::Index) => row_links.push(format!("#{}", cell.text().trim())),
                _ => {}
            }
        }
        submission.answers.extend(ticked(flags));
        for (question, (parts, place)) in geo {
            if !parts[0].is_empty() || !parts[1].is_empty() {
                let text = parts.iter().filter(|p| !p.is_empty()).cloned().collect::<Vec<_>>().join(" ");
                submission.answers.push(RawAnswer { key: question, value: Cell::Text(text), place, row: None });
            }
        }
        submission.server.key = root.or(key).or(server_id);
        links.push(row_links);
        read.submissions.push(submission);
    }
    (read, links)
}

/// A row of a repeat read from its own table or file, to be joined to its submission.
#[derive(Debug, Clone)]
pub struct LinkedRow {
    /// The parent's id, as its table gives it (`#3` for Kobo's `_index` 3, an identity for ODK).
    pub parent: String,
    pub repeat: usize,
    pub answers: Vec<RawAnswer>,
    pub place: Place,
}

/// Reads a repeat's table (Kobo's sheet per repeat, ODK Central's CSV per repeat): each row's
/// answers and the parent it points back to.
pub(crate) fn read_repeat_table(sheet: &Sheet, display: &str, fields: &Fields, repeat: usize, diagnostics: &mut Vec<Diagnostic>) -> Vec<LinkedRow> {
    let sheet_name = (!sheet.name.is_empty()).then_some(sheet.name.as_str());
    let Some(header_row) = sheet.rows.iter().position(|r| r.iter().any(|c| !c.is_empty())) else { return Vec::new() };
    let header: Vec<String> = sheet.rows[header_row].iter().map(|c| c.text().trim().to_string()).collect();
    let columns = columns(&header, sheet_name, header_row, display, fields, Some(repeat), diagnostics);
    let mut rows = Vec::new();
    for row in header_row + 1..sheet.rows.len() {
        let cells = &sheet.rows[row];
        if cells.iter().all(Cell::is_empty) {
            continue;
        }
        let place = Place::cell(display, sheet_name, row, 0);
        let mut linked = LinkedRow { parent: String::new(), repeat, answers: Vec::new(), place: place.clone() };
        let mut flags = Ticks::new();
        for (col, column) in columns.iter().enumerate() {
            let cell = cells.get(col).cloned().unwrap_or(Cell::Empty);
            let place = Place::cell(display, sheet_name, row, col);
            match column {
                Column::Answer(name) if !cell.is_empty() => linked.answers.push(RawAnswer { key: name.clone(), value: cell, place, row: None }),
                Column::Flag { question, choice } => tick(&mut flags, question, choice, &cell, &place),
                Column::Meta(Meta::Parent) if header[col].eq_ignore_ascii_case("_parent_index") => linked.parent = format!("#{}", cell.text().trim()),
                Column::Meta(Meta::Parent) => linked.parent = identity(&cell.text()).unwrap_or_default(),
                _ => {}
            }
        }
        let answered: Vec<String> = linked.answers.iter().map(|a| a.key.clone()).collect();
        linked.answers.extend(ticked(flags).filter(|a| !answered.contains(&a.key)));
        rows.push(linked);
    }
    rows
}

/// Joins repeat rows to the submissions they point back to (`links[i]` are submission `i`'s
/// ids), numbering each submission's rows of each repeat in reading order. Returns the rows whose
/// parent is in none of them.
pub fn attach(submissions: &mut [RawSubmission], links: &[Vec<String>], rows: Vec<LinkedRow>) -> Vec<LinkedRow> {
    let mut by_id: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, ids) in links.iter().enumerate() {
        for id in ids {
            by_id.entry(id.as_str()).or_insert(i);
        }
    }
    let mut counts: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    let mut orphans = Vec::new();
    for linked in rows {
        let Some(&i) = by_id.get(linked.parent.as_str()) else {
            orphans.push(linked);
            continue;
        };
        let count = counts.entry((i, linked.repeat)).or_insert(0);
        let row = *count;
        *count += 1;
        submissions[i].answers.extend(linked.answers.into_iter().map(|a| RawAnswer { row: Some(row), ..a }));
    }
    orphans
}

/// What each column of a header holds. `repeat` is set for a repeat's own table, whose columns
/// are that repeat's questions.
fn columns(
    header: &[String],
    sheet_name: Option<&str>,
    header_row: usize,
    display: &str,
    fields: &Fields,
    repeat: Option<usize>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Column> {
    let form = fields.form;
    let mut columns = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let state_question = fields.state_question().map(|q| q.name.clone());
    for (col, key) in header.iter().enumerate() {
        let question = fields.question(key).filter(|q| repeat.is_none() || form.repeat_of(q) == repeat);
        let column = if key.is_empty() {
            Column::Ignored
        } else if let (Some(meta), None) = (fields.meta(key), repeat) {
            match (meta, &state_question) {
                (Meta::State, Some(name)) => Column::StateAnswer(name.clone()),
                _ => Column::Meta(meta),
            }
        } else if let Some(q) = question {
            let name = q.name.clone();
            if let Some(first) = seen.insert(name.clone(), col) {
                diagnostics.push(
                    Place::cell(display, sheet_name, header_row, col)
                        .diagnostic(
                            Severity::Error,
                            format!(
                                "two columns answer {name_q} (also column {})",
                                crate::model::diagnostic::a1(header_row, first),
                                name_q = crate::quote::quoted(&name)
                            ),
                        )
                        .question(&name)
                        .hint("keep one column per question")
                        .problem(Problem::new(K::DuplicateColumn).plain("other", crate::model::diagnostic::a1(header_row, first))),
                );
                Column::Ignored
            } else {
                Column::Answer(name)
            }
        } else if let Some(flag) = flag_column(key, fields) {
            flag
        } else if let Some(part) = geo_part(key, fields) {
            part
        } else if fields.meta(key).is_some() {
            match fields.meta(key) {
                Some(Meta::Parent) => Column::Meta(Meta::Parent),
                _ => Column::Ignored,
            }
        } else {
            let hint = match crate::suggest::closest(key, form.questions.iter().map(|q| q.name.as_str())) {
                Some(meant) => format!("did you mean {meant_q}? the column is not read", meant_q = crate::quote::quoted(meant)),
                None => format!("the form {} has no such question; the column is not read", form.form_id),
            };
            diagnostics.push(
                Place::cell(display, sheet_name, header_row, col)
                    .diagnostic(Severity::Warning, format!("unknown column {key_q}", key_q = crate::quote::quoted(key)))
                    .hint(hint)
                    .problem(Problem::new(K::UnknownColumn).plain("column", key)),
            );
            Column::Ignored
        };
        columns.push(column);
    }
    columns
}

/// ODK Central's geopoint columns (`loc-Latitude`, `-Longitude`, `-Altitude`, `-Accuracy`).
fn geo_part(key: &str, fields: &Fields) -> Option<Column> {
    let parts = ["-Latitude", "-Longitude", "-Altitude", "-Accuracy"];
    let (part, question) = parts.iter().enumerate().find_map(|(i, p)| key.strip_suffix(p).map(|q| (i, q)))?;
    let q = fields.question(question)?;
    matches!(q.kind, QuestionKind::Geo(crate::model::questionnaire::Geo::Point)).then(|| Column::GeoPart { question: q.name.clone(), part })
}

/// `q/choice` (or `group/q/choice`) where `q` is a select_multiple and `choice` one of its choices.
fn flag_column(key: &str, fields: &Fields) -> Option<Column> {
    let (path, choice) = key.trim().rsplit_once('/')?;
    let q = fields.question(path)?;
    let QuestionKind::SelectMultiple(list) = &q.kind else { return None };
    fields.form.choices.get(list)?.iter().any(|c| c.name == choice).then(|| Column::Flag { question: q.name.clone(), choice: choice.to_string() })
}

/// The 0/1 columns of the select_multiple answers of a row, by question: the choices ticked and
/// where the first column is.
type Ticks = BTreeMap<String, (Vec<String>, Place)>;

/// Records one 0/1 column of a row.
fn tick(flags: &mut Ticks, question: &str, choice: &str, cell: &Cell, place: &Place) {
    let entry = flags.entry(question.to_string()).or_insert_with(|| (Vec::new(), place.clone()));
    if is_checked(cell) {
        entry.0.push(choice.to_string());
    }
}

/// A row's select_multiple answers from its 0/1 columns (none where nothing is ticked).
fn ticked(flags: Ticks) -> impl Iterator<Item = RawAnswer> {
    flags.into_iter().filter(|(_, (chosen, _))| !chosen.is_empty()).map(|(key, (chosen, place))| RawAnswer {
        key,
        value: Cell::Text(chosen.join(" ")),
        place,
        row: None,
    })
}

fn is_checked(cell: &Cell) -> bool {
    match cell {
        Cell::Number(n) => *n != 0.0,
        Cell::Bool(b) => *b,
        Cell::Text(t) => matches!(t.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes" | "x"),
        _ => false,
    }
}
