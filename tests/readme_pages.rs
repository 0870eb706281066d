//! The pages the README shows (a printed questionnaire, a report with analysts' text) are the
//! pages palermo prints today: each is rendered again from a
//! fresh build and compared with the picture in `tests/fixtures/readme/`. After a deliberate
//! change of layout, `PALERMO_UPDATE_README=1 cargo test --test readme_pages` redraws them.

mod common;

use std::path::Path;

use common::*;
use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::Pixmap;

/// 1.5 pixels per point: 108 dots per inch, legible on a screen.
const SCALE: f32 = 1.5;

fn render(pdf: &Path, page: usize) -> Pixmap {
    let pdf = Pdf::new(std::sync::Arc::new(std::fs::read(pdf).unwrap())).unwrap();
    hayro::render_pdf(&pdf, SCALE, InterpreterSettings::default(), Some(page - 1..=page - 1)).expect("renders").remove(0)
}

fn grey(p: hayro::vello_cpu::color::PremulRgba8) -> i32 {
    (i32::from(p.r) + i32::from(p.g) + i32::from(p.b)) / 3
}

#[test]
fn the_readme_pictures_are_the_pages_palermo_prints() {
    let tmp = tempfile::tempdir().unwrap();
    let update = std::env::var_os("PALERMO_UPDATE_README").is_some();
    // The printed questionnaire, and the report with its analysts' text.
    for (command, stem, lang, page) in
        [("questionnaire", "tip_2026", "en", 2), ("questionnaire", "tip_2026", "ar", 2), ("report", "tip_report", "en", 5), ("report", "tip_report", "ar", 6)]
    {
        let pdf = tmp.path().join(format!("{stem}.{lang}.pdf"));
        let run = palermo(tmp.path(), &[command, "tip_2026", "--inputs", SAMPLE, "--lang", lang, "-o", pdf.to_str().unwrap()]);
        assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
        let now = render(&pdf, page);
        let picture = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/readme/{stem}.{lang}.page{page}.png"));
        if update {
            std::fs::write(&picture, now.into_png().unwrap()).unwrap();
            continue;
        }
        let stored = Pixmap::from_png(std::io::Cursor::new(std::fs::read(&picture).unwrap_or_else(|e| panic!("{}: {e}", picture.display())))).unwrap();
        assert_eq!((now.width(), now.height()), (stored.width(), stored.height()), "{lang}: page size");
        let differing = now.data().iter().zip(stored.data()).filter(|(a, b)| (grey(**a) - grey(**b)).abs() > 64).count();
        let share = differing as f64 / now.data().len() as f64;
        assert!(
            share < 0.002,
            "{lang}: {:.2}% of the pixels differ from {}; if the change is meant, redraw with PALERMO_UPDATE_README=1",
            share * 100.0,
            picture.display()
        );
    }
}
