//! The XLSForm loader on any bytes, as xlsx, xls, csv or md (by the first byte): a form or
//! diagnostics, each with a message.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else { return };
    let ext = ["xlsx", "xls", "csv", "md"][kind as usize % 4];
    let dir = std::env::temp_dir().join(format!("palermo-fuzz-form-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("form.{ext}"));
    std::fs::write(&path, bytes).unwrap();
    let loaded = palermo::load::xlsform::load(&path, "form");
    for d in &loaded.diagnostics {
        assert!(!d.message.is_empty());
    }
});
