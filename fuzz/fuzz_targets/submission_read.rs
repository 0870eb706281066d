//! The submission readers on any bytes, as xlsx, csv, json, xls or ods (by the first byte), then validation.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use palermo::model::States;
use palermo::model::questionnaire::Questionnaire;

fn fixtures() -> &'static (Questionnaire, States) {
    static FIXTURES: OnceLock<(Questionnaire, States)> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/report");
        let form = palermo::load::xlsform::load(&root.join("questionnaires/mini.md"), "mini.md").questionnaire.expect("the fixture form");
        let states = palermo::load::states::load(&root.join("states.csv"), "states.csv").expect("the fixture states").states;
        (form, states)
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else { return };
    let ext = ["xlsx", "csv", "json", "xls", "ods"][kind as usize % 5];
    let dir = std::env::temp_dir().join(format!("palermo-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("reply.{ext}"));
    std::fs::write(&path, bytes).unwrap();
    let (form, states) = fixtures();
    let read = palermo::load::submissions::read_file(&path, "reply", form);
    for d in &read.diagnostics {
        assert!(!d.message.is_empty());
    }
    let _ = palermo::validate::validate_form(&read.submissions, form, states);
});
