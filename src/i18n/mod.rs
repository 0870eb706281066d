//! The language layer: every phrase a reader sees comes from one Fluent catalog per UN language
//! (`templates/messages/<lang>.ftl`, compiled in and overridable message by message from a
//! conference's own `templates/messages/`), with CLDR plural rules from ICU, UN number, per cent
//! and date forms, lists, quotation marks, and State names sorted as each language sorts them.

mod catalog;
mod collate;
pub mod conditions;
mod format;
mod typography;
mod words;

pub use catalog::{Arg, Catalogs, MESSAGE_DIR, Phrases};
pub use collate::Collation;
pub use format::{END_SPAN, LTR_SPAN, RTL_SPAN, capitalized, format_decimal, format_number, in_own_direction, numbered, strip_isolates, strong_direction};

pub use crate::lang::{Direction, Lang};
