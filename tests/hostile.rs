//! Text from inputs can never run code, change the layout or break the document: a corpus of
//! hostile strings goes in as State names and comes out verbatim in the PDF's text, and escaped
//! in the published site's HTML (the session page and each State's profile page).

mod common;

use common::*;

const HOSTILE: &[&str] = &[
    "#set page(width: 1cm)",
    "]",
    "$x$",
    "// not a comment",
    "/* not a comment either",
    "<label>",
    "@ref",
    "\\",
    "#read(\"/etc/passwd\")",
    "= not a heading",
    "- not a list",
    "1. not an enumeration",
    "*not bold* _not emphasis_ `not raw`",
    "https://example.org/not-a-link",
    "~ -- --- ... 'quotes' \"double\"",
    "{{ not a template }} {% neither %}",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "\"><img src=x onerror=alert(1)>",
    "&amp; &lt; not entities",
];

/// A string as it must appear in HTML text or an attribute: escaped.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

fn hostile_states(rows: &[(&str, &str)]) -> String {
    let mut csv = String::from("iso3,iso2,name_en,regional_group,untoc_status,untoc_date\n");
    for (iso3, name) in rows {
        let quoted = format!("\"{}\"", name.replace('"', "\"\""));
        csv.push_str(&format!("{iso3},XX,{quoted},African States,party,2005-01-01\n"));
    }
    csv
}

#[test]
fn hostile_text_comes_out_verbatim() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    only_information_document(&inputs);
    let long_word = "Ab".repeat(5_000);
    let rtl = "Before \u{202E}reversed\u{202C} after";
    let emoji = "Flag 🇺🇳 and globe 🌍";
    let mut names: Vec<String> = HOSTILE.iter().map(|s| s.to_string()).collect();
    names.push(long_word.clone());
    names.push(rtl.to_string());
    names.push(emoji.to_string());
    let codes: Vec<String> = (0..names.len()).map(|i| format!("Q{}{}", (b'A' + (i / 26) as u8) as char, (b'A' + (i % 26) as u8) as char)).collect();
    let rows: Vec<(&str, &str)> = codes.iter().map(String::as_str).zip(names.iter().map(String::as_str)).collect();
    std::fs::write(inputs.join("states.csv"), hostile_states(&rows)).unwrap();
    // The replies name real States, which this list no longer has.
    std::fs::remove_dir_all(inputs.join("submissions")).unwrap();
    // Each State's profile too, in English: its page on the site names it.
    let toml = inputs.join("conference.toml");
    let with_profiles = format!("{}\n[profiles]\nlanguages = [\"en\"]\n", std::fs::read_to_string(&toml).unwrap());
    std::fs::write(&toml, with_profiles).unwrap();

    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let pdf = tmp.path().join("out/documents/CTOC-COP-2026-INF-1.en.pdf");
    let text = pdf_text(&pdf);
    let folded = fold(&text);
    let squeezed = squeeze(&text);
    for name in HOSTILE {
        // A name may wrap at a hyphen of its own in the States column ("not-a-" / "link").
        assert!(folded.contains(name) || squeezed.contains(&squeeze(name)), "{name:?} did not come out verbatim:\n{folded}");
    }
    // The word wraps over lines and pages (the running head and footer come between its parts):
    // joined again, its pieces give it back whole.
    let pieces: Vec<&str> = squeezed.split(|c: char| c != 'A' && c != 'b').filter(|p| p.len() >= 16).collect();
    assert_eq!(pieces.concat(), long_word, "the 10,000-character word was cut or lost");
    assert!(pieces.len() > 1, "the long word did not wrap");
    assert!(folded.contains("Before reversed after"), "the override reordered the text: {folded}");
    assert!(folded.contains("🌍"), "emoji lost: {folded}");
    // On the site, every name is text: escaped on the session page and on its profile page, and
    // no markup from the inputs survives.
    let site = tmp.path().join("out/site");
    let index = std::fs::read_to_string(site.join("index.en.html")).unwrap();
    for (code, name) in codes.iter().zip(HOSTILE) {
        assert!(index.contains(&escaped(name)), "{name:?} escaped on the session page");
        let page = std::fs::read_to_string(site.join(format!("profile-{code}.en.html"))).unwrap();
        assert!(page.contains(&format!("<h1>{}</h1>", escaped(name))), "{name:?} escaped on its profile page");
        for html in [&index, &page] {
            assert!(!html.contains("<script") && !html.contains("<img src=x") && !html.contains("href=\"javascript:"));
        }
    }
    // The layout held: the document still has its masthead, and its pages stayed A4.
    assert!(folded.contains("CTOC/COP/2026/INF/1"));
    let doc = lopdf::Document::load(&pdf).unwrap();
    for (_, page) in doc.get_pages() {
        let page = doc.get_dictionary(page).unwrap();
        let media = page.get(b"MediaBox").unwrap().as_array().unwrap();
        let width = media[2].as_float().unwrap();
        assert!((width - 595.28).abs() < 1.0, "page width changed to {width}");
    }
}

/// Found by `cargo fuzz run submission_read`: a reply whose cell reference has so many column
/// letters that calamine's arithmetic overflows (a panic where overflow checks are on). palermo
/// refuses the file with calamine's reason, and the run goes on.
#[test]
fn a_cell_reference_that_overflows_calamine_is_refused() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let form = palermo::load::xlsform::load(&root.join("tests/fixtures/report/questionnaires/mini.md"), "mini.md").questionnaire.unwrap();
    let read = palermo::load::submissions::read_file(&root.join("tests/fixtures/fuzz/calamine-column-overflow.xlsx"), "reply.xlsx", &form);
    assert!(read.submissions.is_empty());
    assert!(read.diagnostics.iter().any(|d| d.is_error() && d.message.contains("could not be read")), "{:#?}", read.diagnostics);
}

/// Found by `cargo fuzz run xlsform_load`: an .xls whose chain of sectors loops made calamine
/// allocate until memory ran out (25 KB took 24 GiB). The same guard covers the chains of mini
/// sectors (a file made by hand from date.xls) and an OLE container named .xlsx, which goes to
/// the same reader: each is refused as damaged, in no time.
#[test]
fn a_workbook_whose_sector_chain_loops_is_refused_whatever_its_name() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let form = palermo::load::xlsform::load(&root.join("tests/fixtures/report/questionnaires/mini.md"), "mini.md").questionnaire.unwrap();
    let dir = tempfile::tempdir().unwrap();
    for fixture in ["calamine-cfb-sector-loop.xls", "cfb-mini-sector-loop.xls"] {
        for name in ["reply.xls", "reply.xlsx"] {
            let path = dir.path().join(name);
            std::fs::copy(root.join("tests/fixtures/fuzz").join(fixture), &path).unwrap();
            let read = palermo::load::submissions::read_file(&path, name, &form);
            assert!(read.submissions.is_empty(), "{fixture} as {name}");
            assert!(
                read.diagnostics.iter().any(|d| d.is_error() && d.message.contains("loops back on itself")),
                "{fixture} as {name}: {:#?}",
                read.diagnostics
            );
        }
    }
}

/// Found by `cargo fuzz run submission_read` and `xlsform_load` (second runs): compound files
/// whose sector table has a cut-off entry or whose sector lies past the end make calamine panic
/// (an assertion in `to_u32`, a slice out of range). palermo refuses each as damaged, and the
/// user sees that sentence, not a "panicked" message with a backtrace.
#[test]
fn a_workbook_calamine_panics_on_is_refused_as_damaged_without_a_panic_message() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    for fixture in ["calamine-cfb-table-odd-length.xlsx", "calamine-cfb-sector-past-end.xls"] {
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_palermo"))
            .args(["check", root.join("tests/fixtures/fuzz").join(fixture).to_str().unwrap()])
            .env("RUST_BACKTRACE", "1")
            .current_dir(tmp.path())
            .output()
            .unwrap();
        let err = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
        assert_eq!(run.status.code(), Some(1), "{fixture}: {err}");
        assert!(err.contains("the file is damaged"), "{fixture}: {err}");
        assert!(!err.contains("panicked") && !err.contains("backtrace"), "{fixture}: {err}");
    }
}

/// Found by `cargo fuzz run xlsform_load` (third run): a 50 KB .xls whose Dimensions record
/// claims 23,502 rows by 10,496 columns. calamine reserves every cell of that span at once
/// (9.9 GB); where memory is limited the allocation fails and aborts the whole process, so one
/// e-mailed file would stop the build. Looking for what else calamine sizes from the file: it
/// lays each .xls sheet out whole, from its first to its last cell, so date.xls with one cell
/// moved to row 65,536, column 65,536 (made by hand, 5 KB) asked for 137 GB and aborted palermo
/// even on this machine. palermo refuses them before calamine reads them; the test limits the
/// address space to 4 GB, as a smaller machine would.
#[test]
fn a_spreadsheet_that_would_make_calamine_allocate_gigabytes_is_refused_before_it_aborts_the_run() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (fixture, expected) in [
        ("calamine-xls-oversized-dimensions.xls", "the file is damaged: a sheet claims 23502 rows by 10496 columns, more than an .xls can hold"),
        ("xls-cell-far-away.xls", "its sheets span 4294967296 cells from their first to their last row and column, more than the 16777216"),
        // The same for .ods (made by hand, 12 KB: one value 6,000 repeated rows and 16,000
        // repeated columns from the first): within calamine's own bound, it took 6 GB and 24 s.
        ("ods-cells-far-apart.ods", "its sheets span 96102006 cells from their first to their last row and column, more than the 16777216"),
    ] {
        let path = root.join("tests/fixtures/fuzz").join(fixture);
        let run = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("ulimit -v 4000000; exec '{}' check '{}'", env!("CARGO_BIN_EXE_palermo"), path.display()))
            .output()
            .unwrap();
        let out = format!("{}{}", String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&run.stderr));
        assert_eq!(run.status.code(), Some(1), "{fixture}: {out}");
        assert!(out.contains(expected), "{fixture}: {out}");
    }
}
