//! The language layer: every phrase a reader sees comes from one Fluent catalog per UN language
//! (`templates/messages/<lang>.ftl`, compiled in and overridable message by message from a
//! conference's own `templates/messages/`), with CLDR plural rules from ICU, UN number, per cent
//! and date forms, lists, quotation marks, and State names sorted as each language sorts them.

mod catalog;
mod collate;
mod format;

pub use catalog::{Arg, Catalogs, Phrases, MESSAGE_DIR};
pub use collate::Collation;
pub use format::{capitalized, format_decimal, format_number, in_own_direction, numbered, strip_isolates, strong_direction, END_SPAN, LTR_SPAN, RTL_SPAN};

/// The six official languages, in UN order of their English names.
pub const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// Whether `lang` is one of the six.
pub fn is_language(lang: &str) -> bool {
    LANGUAGES.contains(&lang)
}

/// The writing direction of a language's documents.
pub fn direction(lang: &str) -> &'static str {
    if lang == "ar" { "rtl" } else { "ltr" }
}
