//! The XLSForm expression language: parse into a syntax tree (errors point at the column),
//! evaluate against a submission, and say in plain words what it means, in six languages.

pub mod ast;
pub mod eval;
pub mod functions;
pub mod parse;
pub mod words;

pub use ast::{BinOp, Expr, Node, Span};
pub use eval::{eval, holds, Answers, Value};
pub use parse::{parse, parse_choice_filter, ParseError};
