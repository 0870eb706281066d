//! Every spreadsheet of the third-party corpora (calamine's own test workbooks, hostile ones
//! included, and pyxform's forms) is either read or refused with a reason; none panics. (Time is
//! measured by `palermo bench`, not asserted here.)

use std::path::Path;

use palermo::load::workbook;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus");

fn spreadsheets(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("xls" | "xlsx" | "xlsm" | "xlsb" | "ods")))
        .collect();
    files.sort();
    files
}

#[test]
fn every_corpus_workbook_is_read_or_refused_with_a_reason() {
    let mut read = 0;
    let mut refused = Vec::new();
    for dir in ["workbooks", "xlsform/examples", "xlsform/bugs"] {
        for path in spreadsheets(&Path::new(CORPUS).join(dir)) {
            match workbook::read(&path) {
                Ok(book) => {
                    read += 1;
                    assert!(book.sheets.iter().all(|s| s.rows.len() <= workbook::MAX_ROWS));
                }
                Err(e) => {
                    assert!(!e.message.is_empty() && !e.hint.is_empty(), "{}: empty reason", path.display());
                    refused.push(format!("{}: {e}", path.file_name().unwrap().to_string_lossy()));
                }
            }
        }
    }
    assert!(read > 100, "only {read} workbooks read");
    eprintln!("{read} read, refused:\n{}", refused.join("\n"));
    // The hostile files: refused with the reason a person can act on. (OOM_alloc.xls and
    // OOM_alloc2.xls are fuzz cases calamine reads without the huge allocation they ask for.)
    let reason = |file: &str| refused.iter().find(|r| r.starts_with(file)).cloned().unwrap_or_else(|| panic!("{file} was not refused"));
    assert!(reason("too_small.xls").contains("does not start like one"));
    assert!(reason("OOM_alloc3.xls").contains("damaged"));
    assert!(reason("issue_594_dos.ods").contains("cells from their first to their last row and column, more than the 16777216"));
    for protected in ["pass_protected.xlsx", "pass_protected.xlsb", "pass_protected.ods"] {
        assert!(reason(protected).contains("password-protected"), "{}", reason(protected));
    }
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("huge.xlsx");
    // A sparse file: large on paper, nothing to read.
    std::fs::File::create(&path).unwrap().set_len(workbook::MAX_FILE_BYTES + 1).unwrap();
    let refusal = workbook::read(&path).unwrap_err();
    assert!(refusal.message.contains("more than the 64 MB palermo reads"), "{refusal}");
    let empty = tmp.path().join("empty.xlsx");
    std::fs::write(&empty, b"").unwrap();
    assert_eq!(workbook::read(&empty).unwrap_err().message, "the file is empty");
}

/// The same workbooks saved as .xls, .xlsx and .xlsb (calamine's corpus) read to the same
/// sheets, whichever reader: whole ranges (.xls) or cell by cell (.xlsx, .xlsb).
#[test]
fn each_format_of_the_same_workbook_reads_the_same() {
    // (issues.xls lacks a sheet its siblings have; calamine's .ods files hold other data.)
    for (name, others) in [("date", &["xlsb", "xls"][..]), ("any_sheets", &["xlsb", "xls"]), ("issues", &["xlsb"])] {
        let read = |ext: &str| {
            let book = workbook::read(&Path::new(CORPUS).join("workbooks").join(format!("{name}.{ext}"))).unwrap();
            // Numbers to nine decimals: an .xlsx keeps 15 significant digits as text, the others
            // the binary double.
            let cell = |c: &workbook::Cell| match c {
                workbook::Cell::Number(n) => format!("{n:.9}"),
                other => format!("{other:?}"),
            };
            let mut sheets = book
                .sheets
                .iter()
                .map(|s| (s.name.clone(), s.rows.iter().map(|r| r.iter().map(cell).collect::<Vec<_>>()).collect::<Vec<_>>()))
                .collect::<Vec<_>>();
            sheets.sort(); // the files list their sheets in different orders
            sheets
        };
        let xlsx = read("xlsx");
        assert!(!xlsx.is_empty());
        for &ext in others {
            assert_eq!(read(ext), xlsx, "{name}.{ext} reads differently from {name}.xlsx");
        }
    }
}
