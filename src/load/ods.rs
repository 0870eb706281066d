//! A guard for .ods files, read before calamine is: calamine lays each sheet out whole, every cell
//! from the first non-empty row and column to the last, up to its own bound of 100 million cells.
//! A 12 KB file (made by hand: one value 6,000 repeated rows and 16,000 repeated columns from
//! the first) took 24 s and 6 GB. The cells each sheet spans are counted from content.xml,
//! streamed, and a file whose sheets together span more than [`super::biff::MAX_XLS_SPAN`] is
//! refused, as an .xls is.

use std::io::{BufReader, Read};

use quick_xml::events::{BytesStart, Event};

/// content.xml is read this far at most (its text, uncompressed).
const MAX_CONTENT_BYTES: u64 = 256 * 1024 * 1024;

/// The cells calamine would lay out for the workbook's sheets together; None when the bytes are
/// not an OpenDocument spreadsheet this can read (calamine then says why).
pub fn spanned_cells(bytes: &[u8]) -> Option<u64> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let content = archive.by_name("content.xml").ok()?;
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(content.take(MAX_CONTENT_BYTES)));
    let mut buf = Vec::new();
    let (mut total, mut sheet) = (0u64, super::biff::Bounds::default());
    let (mut row, mut rows_repeated, mut column) = (0u64, 1u64, 0u64);
    loop {
        let (start, empty) = match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(e)) => {
                match e.name().as_ref() {
                    "table:table" => total = total.saturating_add(std::mem::take(&mut sheet).cells()),
                    "table:table-row" => row = row.saturating_add(rows_repeated),
                    _ => {}
                }
                buf.clear();
                continue;
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {
                buf.clear();
                continue;
            }
        };
        match start.name().as_ref() {
            "table:table" if !empty => (row, sheet) = (0, super::biff::Bounds::default()),
            "table:table-row" => {
                rows_repeated = repeated(&start, "table:number-rows-repeated");
                column = 0;
                if empty {
                    row = row.saturating_add(rows_repeated);
                }
            }
            "table:table-cell" | "table:covered-table-cell" => {
                let columns = repeated(&start, "table:number-columns-repeated");
                // A cell with a value or with content (a paragraph) is not empty to calamine.
                if !empty || start.try_get_attribute("office:value-type").ok().flatten().is_some() {
                    sheet.add(row, column);
                    sheet.add(row.saturating_add(rows_repeated - 1), column.saturating_add(columns - 1));
                }
                column = column.saturating_add(columns);
            }
            _ => {}
        }
        buf.clear();
    }
    Some(total.saturating_add(sheet.cells()))
}

/// A row's or cell's repeat count (1 when absent or unreadable, as calamine takes it).
fn repeated(element: &BytesStart<'_>, attribute: &str) -> u64 {
    element.try_get_attribute(attribute).ok().flatten().and_then(|a| a.value.parse::<u64>().ok()).filter(|&n| n > 0).unwrap_or(1)
}
