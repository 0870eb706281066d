//! Typst escaping on any text: escaped markup and string literals parse in Typst without a
//! syntax error, whatever the text and the direction around it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for around in [palermo::lang::Direction::Ltr, palermo::lang::Direction::Rtl] {
        let markup = palermo::render::escape_markup(text, around);
        let (errors, _) = typst::syntax::parse(&markup).errors_and_warnings();
        assert!(errors.is_empty(), "{text:?} escaped as {markup:?}: {errors:?}");
    }
    let literal = format!("#let x = {}", palermo::render::string_literal(text));
    let (errors, _) = typst::syntax::parse(&literal).errors_and_warnings();
    assert!(errors.is_empty(), "{text:?} as {literal:?}: {errors:?}");
});
