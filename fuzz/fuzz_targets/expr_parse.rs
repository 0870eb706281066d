//! The expression parser and evaluator on any text: parse or refuse; a parsed tree prints and
//! parses back to itself, and evaluates without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palermo::expr::{self, Answers, Value};

struct Empty;

impl Answers for Empty {
    fn answer(&self, name: &str) -> Value {
        Value::Str(name.chars().rev().collect())
    }
    fn current(&self) -> Value {
        Value::Num(3.0)
    }
    fn today(&self) -> palermo::date::Date {
        palermo::date::Date { year: 2026, month: 11, day: 28 }
    }
}

fuzz_target!(|text: &str| {
    if let Ok(tree) = expr::parse(text) {
        let printed = tree.to_string();
        let again = expr::parse(&printed).unwrap_or_else(|e| panic!("{printed:?} does not parse again: {e:?}"));
        assert_eq!(again.to_string(), printed);
        let _ = expr::eval(&tree, &Empty);
    }
});
