//! A guard for the records of an .xls workbook stream (BIFF), read before calamine is: a sheet's
//! Dimensions record says how many rows and columns it spans, and calamine reserves room for
//! every cell of that span at once. A 50 KB file found by fuzzing claims 246 million cells and
//! makes it ask for 9.9 GB; where that much cannot be had, the allocation fails and aborts the
//! whole process, not just this file. No genuine .xls can span more than Excel 97–2003's sheet
//! of 65,536 rows by 256 columns, so a larger claim marks a damaged file.
//!
//! calamine also lays each sheet out whole, from its first to its last row and column, with
//! every cell in between filled: a 5 KB file with one cell moved to row 65,536, column 65,536
//! asked for 137 GB and aborted palermo. So the cells' positions are read too, and an .xls
//! whose sheets together span more than [`MAX_XLS_SPAN`] cells is refused (an .xlsx is read cell
//! by cell and has no such bound).

/// The largest sheet an .xls can hold.
pub const MAX_XLS_ROWS: u64 = 65_536;
pub const MAX_XLS_COLUMNS: u64 = 256;

/// The cells palermo lets calamine lay out for one .xls, all sheets together: as many as one
/// full sheet holds (512 MB at calamine's 32 bytes a cell). pyxform's own test form
/// extra_columns.xls spans 5.1 million.
pub const MAX_XLS_SPAN: u64 = MAX_XLS_ROWS * MAX_XLS_COLUMNS;

const DIMENSIONS: u16 = 0x0200;
const BOF: u16 = 0x0809;
const FORMULA: u16 = 0x0006;
const MUL_RK: u16 = 0x00BD;
/// Records of one cell, its row and column in their first four bytes: Number, Label, RString,
/// BoolErr, Rk, LabelSst.
const CELLS: [u16; 6] = [0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD];
const BOUND_SHEET: u16 = 0x0085;
const FILE_PASS: u16 = 0x002F;
const END_OF_FILE: u16 = 0x000A;

/// Why palermo will not hand the workbook to calamine: a sheet that claims more cells than an
/// .xls can hold (a damaged file), or sheets that together span more than [`MAX_XLS_SPAN`]
/// cells. An encrypted workbook is left to calamine, which refuses it for its password.
///
/// calamine reads each sheet's records from the offset the workbook's BoundSheet record gives,
/// so the records are walked from there as calamine walks them (to the sheet's end-of-file
/// record, over nested substreams such as charts).
pub fn refusal(stream: &[u8]) -> Option<Refusal> {
    // The workbook's globals, up to their end-of-file record, as calamine reads them first: the
    // sheets' offsets, or a password (then the rest is encrypted, and calamine stops there).
    let mut sheets = Vec::new();
    let encrypted = walk(stream, 0, |typ, data| match typ {
        FILE_PASS => Some(data.len() >= 2 && (data[0], data[1]) != (0, 0)),
        END_OF_FILE => Some(false),
        BOUND_SHEET if data.len() >= 4 => {
            sheets.push(u32::from_le_bytes([data[0], data[1], data[2], data[3]]) as usize);
            None
        }
        _ => None,
    });
    if encrypted == Some(true) {
        return None;
    }
    // Each sheet is walked as calamine walks it; genuine sheets are laid end to end, so the walks
    // together cover the stream about once. Sheets crafted to start one record apart would make
    // every walk cover the rest of the stream (calamine's too): that ends the check.
    let budget = 4 * stream.len() as u64 + (1 << 20);
    let mut walked = 0u64;
    let mut spanned = 0u64;
    for &start in &sheets {
        let sheet = scan_sheet(stream, start, &mut walked);
        if walked > budget {
            return Some(Refusal::Damaged(format!("its {} sheets overlap one another", sheets.len())));
        }
        if let Some((rows, columns)) = sheet.claimed.filter(|(rows, columns)| rows * columns > MAX_XLS_ROWS * MAX_XLS_COLUMNS) {
            return Some(Refusal::Damaged(format!(
                "a sheet claims {rows} rows by {columns} columns, more than an .xls can hold ({MAX_XLS_ROWS} by {MAX_XLS_COLUMNS})"
            )));
        }
        // Each sheet calamine reads is kept whole, so the spans add up (a sheet listed twice twice).
        spanned = spanned.saturating_add(sheet.cells);
    }
    (spanned > MAX_XLS_SPAN).then_some(Refusal::TooLarge(spanned))
}

/// Why an .xls is not read.
#[derive(Debug, PartialEq)]
pub enum Refusal {
    /// The file cannot be genuine; why.
    Damaged(String),
    /// Its sheets span this many cells, more than [`MAX_XLS_SPAN`].
    TooLarge(u64),
}

/// What one sheet's records say, read as calamine reads them.
struct SheetScan {
    /// The largest span a Dimensions record claims (calamine reserves room for it).
    claimed: Option<(u64, u64)>,
    /// The cells calamine lays out: the rectangle from the first to the last cell, and again for
    /// the formulas.
    cells: u64,
}

/// Reads the sheet whose records start at `start`, to its end-of-file record (nested substreams
/// such as charts skipped, as calamine skips them); `walked` counts the bytes read.
fn scan_sheet(stream: &[u8], start: usize, walked: &mut u64) -> SheetScan {
    let mut values = Bounds::default();
    let mut formulas = Bounds::default();
    let mut claimed: Option<(u64, u64)> = None;
    let (mut seen_bof, mut depth) = (false, 0usize);
    walk(stream, start, |typ, data| {
        *walked += 4 + data.len() as u64;
        if depth > 0 {
            match typ {
                BOF => depth += 1,
                END_OF_FILE => depth -= 1,
                _ => {}
            }
            return None;
        }
        let at = |i: usize| data.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]) as u64);
        match typ {
            BOF if seen_bof => depth += 1,
            BOF => seen_bof = true,
            END_OF_FILE => return Some(()),
            DIMENSIONS => {
                if let Some((rows, columns)) = span(data)
                    && claimed.is_none_or(|(r, c)| rows * columns > r * c)
                {
                    claimed = Some((rows, columns));
                }
            }
            FORMULA => {
                if let (Some(row), Some(column)) = (at(0), at(2)) {
                    values.add(row, column);
                    formulas.add(row, column);
                }
            }
            MUL_RK if data.len() >= 6 => {
                if let (Some(row), Some(first), Some(last)) = (at(0), at(2), at(data.len() - 2)) {
                    values.add(row, first);
                    values.add(row, last);
                }
            }
            t if CELLS.contains(&t) => {
                if let (Some(row), Some(column)) = (at(0), at(2)) {
                    values.add(row, column);
                }
            }
            _ => {}
        }
        None
    });
    SheetScan { claimed, cells: values.cells() + formulas.cells() }
}

/// The rectangle around the cells seen so far.
#[derive(Default)]
pub(super) struct Bounds(Option<(u64, u64, u64, u64)>);

impl Bounds {
    pub(super) fn add(&mut self, row: u64, column: u64) {
        self.0 = Some(match self.0 {
            None => (row, row, column, column),
            Some((r0, r1, c0, c1)) => (r0.min(row), r1.max(row), c0.min(column), c1.max(column)),
        });
    }

    pub(super) fn cells(&self) -> u64 {
        self.0.map_or(0, |(r0, r1, c0, c1)| (r1 - r0 + 1).saturating_mul(c1 - c0 + 1))
    }
}

/// Calls `visit` on each record (type, data) from `start` to the end of the stream, until it
/// returns something.
fn walk<T>(stream: &[u8], start: usize, mut visit: impl FnMut(u16, &[u8]) -> Option<T>) -> Option<T> {
    let mut at = start;
    while let Some(header) = stream.get(at..at + 4) {
        let typ = u16::from_le_bytes([header[0], header[1]]);
        let len = u16::from_le_bytes([header[2], header[3]]) as usize;
        let data = stream.get(at + 4..at + 4 + len)?;
        if let Some(found) = visit(typ, data) {
            return Some(found);
        }
        at += 4 + len;
    }
    None
}

/// The rows and columns a Dimensions record spans, as calamine computes them (MS-XLS 2.4.90).
fn span(data: &[u8]) -> Option<(u64, u64)> {
    let u16_at = |i: usize| u16::from_le_bytes([data[i], data[i + 1]]) as u64;
    let u32_at = |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]) as u64;
    let (first_row, last_row, mut first_col, last_col) = match data.len() {
        10 => (u16_at(0), u16_at(2), u16_at(4), u16_at(6)),
        14 | 16 => (u32_at(0), u32_at(4), u16_at(8), u16_at(10)),
        _ => return None,
    };
    if first_col > 0xFF || last_col < first_col {
        first_col = 0;
    }
    if last_row < 1 || last_col < 1 {
        return None;
    }
    // calamine computes end - start + 1 in u32: a start past the end wraps to a huge count.
    let rows = (last_row - 1).wrapping_sub(first_row).wrapping_add(1) & 0xFFFF_FFFF;
    let columns = (last_col - 1).wrapping_sub(first_col).wrapping_add(1) & 0xFFFF_FFFF;
    Some((rows, columns))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut r = typ.to_le_bytes().to_vec();
        r.extend((data.len() as u16).to_le_bytes());
        r.extend(data);
        r
    }

    fn dimensions(rows: u32, columns: u16) -> Vec<u8> {
        let mut d = 0u32.to_le_bytes().to_vec();
        d.extend(rows.to_le_bytes());
        d.extend(0u16.to_le_bytes());
        d.extend(columns.to_le_bytes());
        d.extend(0u16.to_le_bytes());
        record(DIMENSIONS, &d)
    }

    #[test]
    fn a_sheet_larger_than_an_xls_can_hold_is_found_from_any_sheet_offset() {
        // A full Excel 97–2003 sheet passes; one row more does not.
        assert_eq!(refusal(&workbook(&[dimensions(65_536, 256)])), None);
        assert!(matches!(refusal(&workbook(&[dimensions(1_048_576, 256)])), Some(Refusal::Damaged(m)) if m.contains("1048576 rows by 256 columns")));
        // Only reachable from the offset a BoundSheet record gives: walked from 0, it is part
        // of the data of a record of type 0x9999.
        let offset = (4 + 8) + 4 + 2; // after the BoundSheet record, the 0x9999 header, 2 bytes
        let mut bound = (offset as u32).to_le_bytes().to_vec();
        bound.extend([0, 0, 1, b'x']);
        let stream = [record(BOUND_SHEET, &bound), record(0x9999, &[vec![0, 0], dimensions(1_000_000, 200)].concat())].concat();
        assert!(walk(&stream, 0, |typ, _| (typ == DIMENSIONS).then_some(())).is_none());
        assert!(refusal(&stream).is_some());
        // A start past the end wraps in calamine's arithmetic: caught as the huge span it is.
        let mut wrapped = 5u32.to_le_bytes().to_vec();
        wrapped.extend(2u32.to_le_bytes());
        wrapped.extend([0, 0, 10, 0, 0, 0]);
        assert!(refusal(&workbook(&[record(DIMENSIONS, &wrapped)])).is_some());
    }

    #[test]
    fn sheets_that_start_one_record_apart_are_refused_rather_than_walked_again_and_again() {
        // 3,000 sheets, each starting one record after the last, none ending: each walk would
        // run to the end of the stream.
        let n = 3_000u32;
        let globals = (4 + 8) * n + 4;
        let mut stream = Vec::new();
        for i in 0..n {
            let mut bound = (globals + 4 * i).to_le_bytes().to_vec();
            bound.extend([0, 0, 1, b'x']);
            stream.extend(record(BOUND_SHEET, &bound));
        }
        stream.extend(record(END_OF_FILE, &[]));
        for _ in 0..n {
            stream.extend(record(0x9999, &[]));
        }
        assert_eq!(refusal(&stream), Some(Refusal::Damaged("its 3000 sheets overlap one another".into())));
        // Laid end to end, as genuine sheets are, the same number is read.
        let mut stream = Vec::new();
        let sheet = [record(BOF, &[0; 16]), number(0, 0), record(END_OF_FILE, &[])].concat();
        for i in 0..n {
            let mut bound = (globals + sheet.len() as u32 * i).to_le_bytes().to_vec();
            bound.extend([0, 0, 1, b'x']);
            stream.extend(record(BOUND_SHEET, &bound));
        }
        stream.extend(record(END_OF_FILE, &[]));
        for _ in 0..n {
            stream.extend(&sheet);
        }
        assert_eq!(refusal(&stream), None);
    }

    /// A workbook stream: globals naming one sheet, then the sheet's records.
    fn workbook(sheet: &[Vec<u8>]) -> Vec<u8> {
        let globals_len = (4 + 8) + 4; // BoundSheet, EOF
        let mut bound = (globals_len as u32).to_le_bytes().to_vec();
        bound.extend([0, 0, 1, b'x']);
        let mut stream = [record(BOUND_SHEET, &bound), record(END_OF_FILE, &[])].concat();
        stream.extend(record(BOF, &[0; 16]));
        for r in sheet {
            stream.extend(r);
        }
        stream.extend(record(END_OF_FILE, &[]));
        stream
    }

    fn number(row: u16, column: u16) -> Vec<u8> {
        record(0x0203, &[row.to_le_bytes().as_slice(), &column.to_le_bytes(), &[0; 10]].concat())
    }

    #[test]
    fn sheets_whose_cells_span_more_than_the_bound_are_refused() {
        // Two cells 1,000 rows and 100 columns apart: 100,000 cells, read.
        assert_eq!(refusal(&workbook(&[number(0, 0), number(999, 99)])), None);
        // A cell moved to the far corner: 65,536 × 65,536 cells, refused.
        assert_eq!(refusal(&workbook(&[number(0, 0), number(65_535, 65_535)])), Some(Refusal::TooLarge(65_536 * 65_536)));
        // A chart's records inside the sheet are not the sheet's cells, as calamine skips them.
        let chart = [record(BOF, &[0; 16]), number(65_535, 65_535), record(END_OF_FILE, &[])].concat();
        assert_eq!(refusal(&workbook(&[number(0, 0), chart])), None);
        // A multiple-RK record spans from its first to its last column.
        let mul_rk = record(MUL_RK, &[0u16.to_le_bytes().as_slice(), &0u16.to_le_bytes(), &[0; 6], &60_000u16.to_le_bytes()].concat());
        assert_eq!(refusal(&workbook(&[number(1_000, 0), mul_rk])), Some(Refusal::TooLarge(1_001 * 60_001)));
    }
}
