//! palermo: States' questionnaire submissions in, UN conference documents out. The stages of
//! the flow are modules here so tests drive them without the binary; from the bottom up:
//!
//! - `lang`, `date`, `quote`, `suggest`, `barcode`: small things every stage uses;
//! - `model`: plain types (States, questionnaires, replies, diagnostics), importing no stage;
//! - `expr`: the XLSForm expression language; `template_set`: templates and catalogs in force;
//! - `i18n`: words, numbers and dates in the six languages; `config`: `conference.toml`;
//! - `load` → `validate` → `figures`: reading the inputs, checking replies, counting them;
//! - `inputs`: the conference folder read once; `charts`, `render`, `engine`: SVG, minijinja, Typst;
//! - `documents`: each kind of document behind one seam; `executor`: runs any list of them;
//! - `output`: atomic writes and the manifest; `cli`, `cmd`: the command line.

pub mod barcode;
pub mod charts;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod date;
pub mod documents;
pub mod engine;
pub mod executor;
pub mod expr;
pub mod figures;
pub mod i18n;
pub mod inputs;
pub mod lang;
pub mod load;
pub mod model;
pub mod output;
pub mod quote;
pub mod render;
pub mod scan;
pub mod site;
pub mod suggest;
pub mod template_set;
pub mod translation;
pub mod validate;
