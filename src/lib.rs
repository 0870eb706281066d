//! palermo: States' questionnaire submissions in, UN conference documents out. The stages of
//! the flow are modules here so tests drive them without the binary.

pub mod barcode;
pub mod charts;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod date;
pub mod documents;
pub mod engine;
pub mod load;
pub mod model;
pub mod output;
pub mod pipeline;
pub mod progress;
pub mod quote;
pub mod render;
pub mod suggest;
pub mod validate;
pub mod expr;
pub mod figures;
pub mod i18n;
