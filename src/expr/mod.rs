//! The XLSForm expression language: parse into a syntax tree (errors point at the column),
//! evaluate against a submission (`i18n::conditions` says it in plain words).

pub mod ast;
pub mod eval;
pub mod functions;
pub mod parse;

pub use ast::{BinOp, Expr, Node, Span};
pub use eval::{Answers, Value, eval, holds};
pub use parse::{ParseError, parse, parse_choice_filter};
