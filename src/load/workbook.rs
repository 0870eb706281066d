//! Spreadsheets of every kind States and the secretariat send: .xlsx/.xlsm/.xls/.xlsb/.ods via
//! calamine, and the flat .csv and .md layouts pyxform uses for XLSForm. Each becomes a list of
//! sheets of typed cells; a file that cannot be read gets a reason a person can act on.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader};

use crate::date::Date;
use crate::model::problem::{Problem, ProblemKind as K};

/// Files larger than this are refused before parsing (a questionnaire or a submission is a few
/// hundred kilobytes; a 1,000-question form with six languages stays under 5 MB).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Rows kept per sheet; further rows are reported, not read.
pub const MAX_ROWS: usize = 100_000;
/// Columns kept per row.
pub const MAX_COLUMNS: usize = 1_000;

pub use crate::model::Cell;

/// A JSON value as the cell a spreadsheet would hold: arrays (select_multiple answers) are
/// joined with spaces.
pub fn cell_from_json(value: &serde_json::Value) -> Cell {
    use serde_json::Value as J;
    match value {
        J::Null => Cell::Empty,
        J::Bool(b) => Cell::Bool(*b),
        J::Number(n) => n.as_f64().map_or(Cell::Text(n.to_string()), Cell::Number),
        J::String(s) => Cell::Text(clean_text(s)),
        J::Array(items) => Cell::Text(items.iter().map(|i| cell_from_json(i).text()).collect::<Vec<_>>().join(" ")),
        J::Object(_) => Cell::Error(format!("an object where a value was expected: {value}")),
    }
}

#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: String,
    /// Rows from the sheet's first row (row 0 is spreadsheet row 1), trailing empty rows removed.
    pub rows: Vec<Vec<Cell>>,
    /// Rows beyond `MAX_ROWS` that held data and were not read.
    pub rows_dropped: usize,
}

impl Sheet {
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows.get(row).and_then(|r| r.get(col)).unwrap_or(&Cell::Empty)
    }
}

#[derive(Debug, Clone)]
pub struct Workbook {
    pub format: &'static str,
    pub sheets: Vec<Sheet>,
    /// The workbook counts date serials from 1904 (old Mac Excel), not 1900.
    pub date_1904: bool,
}

impl Workbook {
    /// The sheet named `name`, ignoring case and surrounding spaces (as pyxform does).
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| s.name.trim().eq_ignore_ascii_case(name))
    }
}

/// Why a file could not be read, worded for the person who sent it.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub message: String,
    pub hint: String,
    /// The problem as data, for a letter that words it in the sender's language.
    pub problem: Problem,
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.message, self.hint)
    }
}

impl std::error::Error for Unreadable {}

fn unreadable(problem: Problem, message: impl Into<String>, hint: impl Into<String>) -> Unreadable {
    Unreadable { message: message.into(), hint: hint.into(), problem }
}

/// Reads any supported spreadsheet. Never panics, whatever the bytes.
pub fn read(path: &Path) -> Result<Workbook, Unreadable> {
    let bytes = read_input(path)?;
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    read_bytes(&bytes, &extension)
}

/// An input file's bytes, read once: what is not a regular file is refused unopened (a pipe
/// would block the build), as is an empty file or one over [`MAX_FILE_BYTES`]. A file that
/// disappears or turns unreadable after its folder was listed gets the system's reason.
pub fn read_input(path: &Path) -> Result<Vec<u8>, Unreadable> {
    if let Some(why) = super::not_a_file(path) {
        return Err(unreadable(
            Problem::new(K::FileUnreadable).plain("why", &why),
            format!("cannot read the file: {why}"),
            "check that the file is still there and can be opened, then run again",
        ));
    }
    let gone = |e: std::io::Error, what: &str, hint: &str| {
        unreadable(Problem::new(K::FileUnreadable).plain("why", e.to_string()), format!("cannot {what} the file: {e}"), hint)
    };
    let file = std::fs::File::open(path).map_err(|e| gone(e, "open", "check the path and permissions"))?;
    let size = file.metadata().map_err(|e| gone(e, "read", "check the path and permissions"))?.len();
    if size == 0 {
        return Err(unreadable(Problem::new(K::FileEmpty), "the file is empty", "send the file again; it may not have been saved or copied completely"));
    }
    if size > MAX_FILE_BYTES {
        return Err(unreadable(
            Problem::new(K::FileTooLarge).number("size", (size / 1_048_576) as f64).number("max", (MAX_FILE_BYTES / 1_048_576) as f64),
            format!("the file is {} MB, more than the {} MB palermo reads", size / 1_048_576, MAX_FILE_BYTES / 1_048_576),
            "remove images and unused sheets, or split the file",
        ));
    }
    // Bounded even if the file grows while it is read.
    let mut bytes = Vec::with_capacity(size as usize);
    std::io::Read::read_to_end(&mut std::io::Read::take(file, MAX_FILE_BYTES + 1), &mut bytes)
        .map_err(|e| gone(e, "read", "check that the file is still there and can be opened, then run again"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(unreadable(
            Problem::new(K::FileGrew).number("max", (MAX_FILE_BYTES / 1_048_576) as f64),
            format!("the file grew past the {} MB palermo reads while it was read", MAX_FILE_BYTES / 1_048_576),
            "let the copy finish, then run again",
        ));
    }
    Ok(bytes)
}

/// Reads a spreadsheet held in memory; `extension` says which kind it claims to be.
pub fn read_bytes(bytes: &[u8], extension: &str) -> Result<Workbook, Unreadable> {
    match extension {
        "csv" => Ok(flat::csv(bytes)),
        "md" => Ok(flat::markdown(&String::from_utf8_lossy(bytes))),
        // Checked whatever the name says: an .xlsx that is really an OLE container goes to the
        // same reader.
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" if let Some(refusal) = container_refusal(bytes) => Err(refusal),
        "ods" if let Some(cells) = super::ods::spanned_cells(bytes).filter(|&cells| cells > super::biff::MAX_XLS_SPAN) => Err(too_many_cells(cells, "ods")),
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => {
            // calamine is defensive, but a parser fed hostile bytes must not take the run down.
            quietly_catch_unwind(|| read_spreadsheet(bytes, extension)).unwrap_or_else(|_| {
                Err(unreadable(
                    Problem::new(K::FileDamaged),
                    "the file is damaged: the spreadsheet reader could not make sense of it",
                    "open it in a spreadsheet program, save it again and resend it",
                ))
            })
        }
        other => Err(unreadable(
            Problem::new(K::NotASpreadsheet).plain("extension", other),
            format!("{} is not a spreadsheet palermo reads", crate::quote::quoted(if other.is_empty() { "(no extension)" } else { other })),
            "save it as .xlsx (or .xls, .ods, .csv)",
        )),
    }
}

/// What makes an OLE container (.xls, or an .xlsx that is really one) unsafe to hand to calamine
/// (a sector chain that loops, a sheet larger than an .xls can hold, sheets that calamine would
/// lay out over too many cells), as the message and hint that refuse it.
fn container_refusal(bytes: &[u8]) -> Option<Unreadable> {
    let damaged = |reason: String| {
        unreadable(
            Problem::new(K::FileDamaged).plain("reason", &reason),
            format!("the file is damaged: {reason}"),
            "open it in a spreadsheet program, save it as .xlsx and resend it",
        )
    };
    let container = super::cfb::Container::open(bytes)?;
    if let Some(reason) = container.sector_loop() {
        return Some(damaged(reason));
    }
    match container.stream(&["Workbook", "Book"]).and_then(|s| super::biff::refusal(&s))? {
        super::biff::Refusal::Damaged(reason) => Some(damaged(reason)),
        super::biff::Refusal::TooLarge(cells) => Some(too_many_cells(cells, "xls")),
    }
}

/// The refusal of an .xls or .ods whose sheets calamine would lay out over `cells` cells.
fn too_many_cells(cells: u64, kind: &str) -> Unreadable {
    unreadable(
        Problem::new(K::TooManyCells).number("cells", cells as f64).plain("extension", kind),
        format!(
            "its sheets span {cells} cells from their first to their last row and column, more than the {} palermo reads from an .{kind}, which is read whole",
            super::biff::MAX_XLS_SPAN
        ),
        "save it as .xlsx, which is read cell by cell, or delete the cells that lie far from the others",
    )
}

thread_local! {
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `catch_unwind`, with the panic hook silent while `work` runs: a panic in calamine is a damaged
/// file, reported as such, not a "thread panicked" message and backtrace on the user's terminal.
/// Panics anywhere else still reach the hook that was in place (the default, or a fuzzer's).
fn quietly_catch_unwind<T>(work: impl FnOnce() -> T + std::panic::UnwindSafe) -> std::thread::Result<T> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.get() {
                previous(info)
            }
        }));
    });
    QUIET.set(true);
    let result = std::panic::catch_unwind(work);
    QUIET.set(false);
    result
}

fn read_spreadsheet(bytes: &[u8], extension: &str) -> Result<Workbook, Unreadable> {
    use calamine::{Ods, Xls, Xlsb, Xlsx, open_workbook_from_rs};
    let looks_like_zip = bytes.starts_with(b"PK\x03\x04");
    let looks_like_ole = bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]);
    let zip_kind = matches!(extension, "xlsx" | "xlsm" | "xlsb" | "ods");
    if extension == "xls" && looks_like_zip {
        return Err(misnamed("xls", "xlsx"));
    }
    if !looks_like_zip && !looks_like_ole {
        return Err(unreadable(
            Problem::new(K::NotAWorkbook).plain("extension", extension),
            format!("the file is not a .{extension} workbook (it does not start like one)"),
            "it may be truncated, or another kind of file renamed; save it again from the spreadsheet program",
        ));
    }
    let cursor = Cursor::new(bytes);
    let mut date_1904 = false;
    let fail = |e: &dyn std::fmt::Display| describe(e.to_string(), extension);
    let sheets = match extension {
        // OOXML workbooks are streamed cell by cell: a sheet that claims a million rows costs
        // only the cells it really holds.
        "xlsx" | "xlsm" if looks_like_zip => {
            let mut book: Xlsx<_> = open_workbook_from_rs(cursor).map_err(|e| fail(&e))?;
            date_1904 = book.has_1904_epoch();
            let mut sheets = Vec::new();
            for name in worksheet_names(&book) {
                let mut reader = book.worksheet_cells_reader(&name).map_err(|e| fail(&e))?;
                sheets.push(streamed(name, || reader.next_cell()).map_err(|e| fail(&e))?);
            }
            sheets
        }
        // Binary workbooks too: calamine's whole-sheet range would lay out every cell from the
        // first to the last, however far apart.
        "xlsb" if looks_like_zip => {
            let mut book: Xlsb<_> = open_workbook_from_rs(cursor).map_err(|e| fail(&e))?;
            let mut sheets = Vec::new();
            for name in worksheet_names(&book) {
                let mut reader = book.worksheet_cells_reader(&name).map_err(|e| fail(&e))?;
                sheets.push(streamed(name, || reader.next_cell()).map_err(|e| fail(&e))?);
            }
            sheets
        }
        "xlsx" | "xlsm" | "xlsb" | "ods" if looks_like_ole && zip_kind => {
            // An OLE container where a zip is expected: Office's encryption wrapper, or a renamed .xls.
            match open_workbook_from_rs::<Xls<_>, _>(cursor) {
                Ok(mut book) => ranges(&mut book).map_err(|e| fail(&e))?,
                Err(_) => return Err(password_protected()),
            }
        }
        "ods" => ranges(&mut open_workbook_from_rs::<Ods<_>, _>(cursor).map_err(|e| fail(&e))?).map_err(|e| fail(&e))?,
        _ => ranges(&mut open_workbook_from_rs::<Xls<_>, _>(cursor).map_err(|e| fail(&e))?).map_err(|e| fail(&e))?,
    };
    let format = match extension {
        "xls" => "xls",
        "xlsb" => "xlsb",
        "ods" => "ods",
        _ => "xlsx",
    };
    Ok(Workbook { format, sheets, date_1904 })
}

/// A sheet read cell by cell from `next`: only the cells it holds cost memory, whatever the span
/// they claim.
fn streamed<'a, E>(name: String, mut next: impl FnMut() -> Result<Option<calamine::Cell<calamine::DataRef<'a>>>, E>) -> Result<Sheet, E> {
    let mut builder = SheetBuilder::new(name);
    while let Some(cell) = next()? {
        let (row, col) = cell.get_position();
        builder.put(row as usize, col as usize, convert(&Data::from(cell.get_value().clone())));
    }
    Ok(builder.finish())
}

/// Every sheet of a workbook whose reader only offers whole ranges.
fn ranges<RS, R>(book: &mut R) -> Result<Vec<Sheet>, R::Error>
where
    RS: std::io::Read + std::io::Seek,
    R: Reader<RS>,
{
    let mut sheets = Vec::new();
    for name in worksheet_names(book) {
        let range = book.worksheet_range(&name)?;
        let (start_row, start_col) = range.start().map_or((0, 0), |(r, c)| (r as usize, c as usize));
        let mut builder = SheetBuilder::new(name);
        for (i, row) in range.rows().enumerate() {
            for (j, data) in row.iter().enumerate() {
                if !matches!(data, Data::Empty) {
                    builder.put(start_row + i, start_col + j, convert(data));
                }
            }
        }
        sheets.push(builder.finish());
    }
    Ok(sheets)
}

/// The sheets that hold cells (chart sheets and dialog sheets have none).
fn worksheet_names<RS: std::io::Read + std::io::Seek, R: Reader<RS>>(book: &R) -> Vec<String> {
    book.sheets_metadata().iter().filter(|s| matches!(s.typ, calamine::SheetType::WorkSheet)).map(|s| s.name.clone()).collect()
}

/// Collects cells into rows, within the row and column limits.
struct SheetBuilder {
    name: String,
    rows: Vec<Vec<Cell>>,
    rows_dropped: std::collections::BTreeSet<usize>,
}

impl SheetBuilder {
    fn new(name: String) -> Self {
        Self { name, rows: Vec::new(), rows_dropped: Default::default() }
    }

    fn put(&mut self, row: usize, col: usize, cell: Cell) {
        if cell.is_empty() || col >= MAX_COLUMNS {
            return;
        }
        if row >= MAX_ROWS {
            self.rows_dropped.insert(row);
            return;
        }
        if self.rows.len() <= row {
            self.rows.resize_with(row + 1, Vec::new);
        }
        let cells = &mut self.rows[row];
        if cells.len() <= col {
            cells.resize(col + 1, Cell::Empty);
        }
        cells[col] = cell;
    }

    fn finish(self) -> Sheet {
        Sheet { name: self.name, rows: self.rows, rows_dropped: self.rows_dropped.len() }
    }
}

fn password_protected() -> Unreadable {
    unreadable(
        Problem::new(K::PasswordProtected),
        "the workbook is password-protected (encrypted)",
        "remove the password (File > Info > Protect Workbook), save it and send it again",
    )
}

fn misnamed(claimed: &str, actual: &str) -> Unreadable {
    unreadable(
        Problem::new(K::Misnamed).plain("claimed", claimed).plain("actual", actual),
        format!("the file is named .{claimed} but is an .{actual} workbook"),
        format!("rename it to .{actual}"),
    )
}

/// Turns calamine's errors into what a person can do about them.
fn describe(error: String, extension: &str) -> Unreadable {
    let lower = error.to_ascii_lowercase();
    if lower.contains("password") || lower.contains("encrypt") {
        return password_protected();
    }
    if lower.contains("limit") {
        return unreadable(
            Problem::new(K::FileDamaged).plain("reason", &error),
            format!("the .{extension} file asks for more cells than any spreadsheet holds ({error}); it is damaged or was made to attack readers"),
            "open it in a spreadsheet program, save it again and resend it",
        );
    }
    let damaged = ["zip", "eof", "end of", "invalid", "i/o error", "larger than", "past end", "truncat", "cfb"];
    if damaged.iter().any(|w| lower.contains(w)) {
        return unreadable(
            Problem::new(K::FileDamaged).plain("reason", &error),
            format!("the .{extension} file is damaged or truncated ({error})"),
            "open it in a spreadsheet program, save it again and resend it",
        );
    }
    unreadable(
        Problem::new(K::FileDamaged).plain("reason", &error),
        format!("the spreadsheet could not be read: {error}"),
        "open it in a spreadsheet program, save it again and resend it",
    )
}

fn convert(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(clean_text(s)),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, hh, mm, ss, _) = dt.to_ymd_hms_milli();
            match Date::new(i32::from(y), m, d) {
                Some(date) if hh == 0 && mm == 0 && ss == 0 => Cell::Date(date),
                Some(date) => Cell::DateTime(format!("{date}T{hh:02}:{mm:02}:{ss:02}")),
                None => Cell::Number(dt.as_f64()),
            }
        }
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
        Data::DateTimeIso(s) => match Date::parse_iso(s) {
            Ok(date) if s.len() == 10 => Cell::Date(date),
            _ => Cell::DateTime(s.clone()),
        },
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(format!("{e:?}")),
    }
}

/// Undoes what spreadsheets do to text: `_x000D_` escapes of carriage returns, stray
/// non-breaking spaces at the ends.
pub fn clean_text(text: &str) -> String {
    let text = if text.contains("_x") { unescape_ooxml(text) } else { text.to_string() };
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// `_x000D_` → carriage return, `_x005F_x000D_` → the literal `_x000D_` (OOXML's escape of an escape).
fn unescape_ooxml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("_x") {
        out.push_str(&rest[..at]);
        let candidate = &rest[at..];
        let hex = candidate.get(2..6);
        let closes = candidate.get(6..7) == Some("_");
        match hex.and_then(|h| u32::from_str_radix(h, 16).ok()).filter(|_| closes) {
            Some(0x5F) if candidate.get(7..9) == Some("_x") => {
                // An escaped underscore starting another escape: keep the next escape literally.
                out.push('_');
                out.push_str(&candidate[7..14.min(candidate.len())]);
                rest = &candidate[14.min(candidate.len())..];
            }
            Some(code) => {
                if let Some(c) = char::from_u32(code) {
                    out.push(c);
                }
                rest = &candidate[7..];
            }
            None => {
                out.push_str("_x");
                rest = &candidate[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// pyxform's flat layouts: a sheet name in the first column starts a sheet, its rows follow
/// with the first column empty.
mod flat {
    use super::{Cell, Sheet, Workbook, clean_text};

    pub fn csv(bytes: &[u8]) -> Workbook {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
        let rows: Vec<Vec<String>> = reader.records().map_while(Result::ok).map(|r| r.iter().map(str::to_string).collect()).collect();
        from_rows(rows, "csv")
    }

    pub fn markdown(text: &str) -> Workbook {
        let rows = text
            .lines()
            .filter(|l| l.trim_start().starts_with('|'))
            .map(|line| {
                let inner = line.trim().trim_start_matches('|');
                let inner = inner.strip_suffix('|').unwrap_or(inner);
                inner.split('|').map(|c| c.trim().to_string()).collect::<Vec<_>>()
            })
            .collect();
        from_rows(rows, "md")
    }

    fn from_rows(rows: Vec<Vec<String>>, format: &'static str) -> Workbook {
        let mut sheets: Vec<Sheet> = Vec::new();
        for row in rows {
            let first = row.first().map(|s| s.trim()).unwrap_or("");
            if !first.is_empty() {
                sheets.push(Sheet { name: first.to_string(), rows: Vec::new(), rows_dropped: 0 });
                continue;
            }
            let Some(sheet) = sheets.last_mut() else { continue };
            let cells: Vec<Cell> = row.iter().skip(1).map(|c| if c.trim().is_empty() { Cell::Empty } else { Cell::Text(clean_text(c)) }).collect();
            sheet.rows.push(cells);
        }
        Workbook { format, sheets, date_1904: false }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ooxml_escapes_are_undone() {
        assert_eq!(clean_text("a_x000D_\nb"), "a\nb");
        assert_eq!(unescape_ooxml("line_x000D_"), "line\r");
        assert_eq!(unescape_ooxml("keep _x005F_x000D_ literal"), "keep _x000D_ literal");
        assert_eq!(unescape_ooxml("not _xZZZZ_ an escape"), "not _xZZZZ_ an escape");
    }

    #[test]
    fn markdown_forms_become_sheets() {
        let wb = read_bytes(b"| survey |\n| | type | name |\n| | text | a |\n| choices |\n| | list_name | name |\n", "md").unwrap();
        assert_eq!(wb.sheets.len(), 2);
        assert_eq!(wb.sheet("SURVEY").unwrap().cell(1, 1), &Cell::Text("a".into()));
    }

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!(Cell::Number(5.0).text(), "5");
        assert_eq!(Cell::Number(2.5).text(), "2.5");
    }

    #[test]
    fn wrong_kinds_of_file_are_named() {
        assert!(read_bytes(b"PK\x03\x04rest", "xls").unwrap_err().message.contains("is an .xlsx workbook"));
        assert!(read_bytes(b"hello", "xlsx").unwrap_err().message.contains("not a .xlsx workbook"));
        assert!(read_bytes(b"hello", "pdf").unwrap_err().message.contains("not a spreadsheet"));
    }
}
