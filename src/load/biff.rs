//! A guard for the records of an .xls workbook stream (BIFF), read before calamine is: a sheet's
//! Dimensions record says how many rows and columns it spans, and calamine reserves room for
//! every cell of that span at once. A 50 KB file found by fuzzing claims 246 million cells and
//! makes it ask for 9.9 GB; where that much cannot be had, the allocation fails and aborts the
//! whole process, not just this file. No genuine .xls can span more than Excel 97–2003's sheet
//! of 65,536 rows by 256 columns, so a larger claim marks a damaged file.

/// The largest sheet an .xls can hold.
pub const MAX_XLS_ROWS: u64 = 65_536;
pub const MAX_XLS_COLUMNS: u64 = 256;

const DIMENSIONS: u16 = 0x0200;
const BOUND_SHEET: u16 = 0x0085;
const FILE_PASS: u16 = 0x002F;
const END_OF_FILE: u16 = 0x000A;

/// Why the workbook cannot be read, when a sheet claims more cells than an .xls can hold. An
/// encrypted workbook is left to calamine, which refuses it for its password.
///
/// calamine reads each sheet's records from the offset the workbook's BoundSheet record gives,
/// so the records are walked from the start of the stream and from every such offset; each
/// Dimensions record met is decoded as calamine decodes it.
pub fn oversized_sheet(stream: &[u8]) -> Option<String> {
    // The workbook's globals, up to their end-of-file record, as calamine reads them first: the
    // sheets' offsets, or a password (then the rest is encrypted, and calamine stops there).
    let mut starts = vec![0usize];
    let encrypted = walk(stream, 0, |typ, data| match typ {
        FILE_PASS => Some(data.len() >= 2 && (data[0], data[1]) != (0, 0)),
        END_OF_FILE => Some(false),
        BOUND_SHEET if data.len() >= 4 => {
            starts.push(u32::from_le_bytes([data[0], data[1], data[2], data[3]]) as usize);
            None
        }
        _ => None,
    });
    if encrypted == Some(true) {
        return None;
    }
    starts.sort_unstable();
    starts.dedup();
    starts.into_iter().find_map(|start| {
        walk(stream, start, |typ, data| {
            let (rows, columns) = (typ == DIMENSIONS).then(|| span(data)).flatten()?;
            (rows * columns > MAX_XLS_ROWS * MAX_XLS_COLUMNS).then(|| {
                format!(
                    "a sheet claims {rows} rows by {columns} columns, more than an .xls can hold ({MAX_XLS_ROWS} by {MAX_XLS_COLUMNS})"
                )
            })
        })
    })
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
        assert_eq!(oversized_sheet(&dimensions(65_536, 256)), None);
        assert!(oversized_sheet(&dimensions(1_048_576, 256)).unwrap().contains("1048576 rows by 256 columns"));
        // Only reachable from the offset a BoundSheet record gives: walked from 0, it is part
        // of the data of a record of type 0x9999.
        let offset = (4 + 8) + 4 + 2; // after the BoundSheet record, the 0x9999 header, 2 bytes
        let mut bound = (offset as u32).to_le_bytes().to_vec();
        bound.extend([0, 0, 1, b'x']);
        let stream = [record(BOUND_SHEET, &bound), record(0x9999, &[vec![0, 0], dimensions(1_000_000, 200)].concat())].concat();
        assert!(walk(&stream, 0, |typ, _| (typ == DIMENSIONS).then_some(())).is_none());
        assert!(oversized_sheet(&stream).is_some());
        // A start past the end wraps in calamine's arithmetic: caught as the huge span it is.
        let mut wrapped = 5u32.to_le_bytes().to_vec();
        wrapped.extend(2u32.to_le_bytes());
        wrapped.extend([0, 0, 10, 0, 0, 0]);
        assert!(oversized_sheet(&record(DIMENSIONS, &wrapped)).is_some());
    }
}
