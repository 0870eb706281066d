//! Evaluates an expression against a submission's answers, with XPath 1.0's conversions
//! (an unanswered question is the empty string; text compares as numbers when the other side is
//! a number; dates compare as dates).

use super::ast::{BinOp, Expr, Node, format_number};
use crate::date::Date;

/// A value during evaluation.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(String),
    Num(f64),
    Bool(bool),
    Date(Date),
}

impl Value {
    pub fn truthy(&self) -> bool {
        match self {
            Value::Str(s) => !s.is_empty(),
            Value::Num(n) => *n != 0.0 && !n.is_nan(),
            Value::Bool(b) => *b,
            Value::Date(_) => true,
        }
    }

    pub fn number(&self) -> f64 {
        match self {
            Value::Str(s) => s.trim().parse::<f64>().ok().or_else(|| Date::parse_iso(s).ok().map(|d| d.days_since_epoch() as f64)).unwrap_or(f64::NAN),
            Value::Num(n) => *n,
            Value::Bool(b) => f64::from(u8::from(*b)),
            Value::Date(d) => d.days_since_epoch() as f64,
        }
    }

    pub fn text(&self) -> String {
        match self {
            Value::Str(s) => s.clone(),
            Value::Num(n) => format_number(*n),
            Value::Bool(b) => b.to_string(),
            Value::Date(d) => d.to_string(),
        }
    }

    fn date(&self) -> Option<Date> {
        match self {
            Value::Date(d) => Some(*d),
            Value::Str(s) => Date::parse_iso(s).ok(),
            Value::Num(n) if n.is_finite() => Some(Date::from_days_since_epoch(*n as i64)),
            _ => None,
        }
    }
}

/// What an expression can see: the answers of one submission.
pub trait Answers {
    /// The answer to `name`: text, a number, or a date; the empty string when unanswered.
    fn answer(&self, name: &str) -> Value;
    /// The answer to the question the expression belongs to (`.`).
    fn current(&self) -> Value;
    /// The date `today()` means (the submission's date, for reproducible results).
    fn today(&self) -> Date;
    /// A column of the choice being filtered (in `choice_filter` only).
    fn field(&self, _name: &str) -> Value {
        Value::Str(String::new())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvalError(pub String);

impl EvalError {
    /// What an expression says when it calls a function only the collecting device can evaluate.
    const DEVICE: &'static str = "only the collecting device knows the value of ";

    /// Whether the expression could not be evaluated because it asks the device (pulldata(),
    /// random()…), rather than because it is wrong.
    pub fn is_device_only(&self) -> bool {
        self.0.starts_with(Self::DEVICE)
    }
}

pub fn eval(expr: &Expr, answers: &dyn Answers) -> Result<Value, EvalError> {
    Ok(match &expr.node {
        Node::Ref(name) => answers.answer(name),
        Node::Current => answers.current(),
        Node::Field(name) => answers.field(name),
        Node::Str(s) => Value::Str(s.clone()),
        Node::Num(n) => Value::Num(*n),
        Node::Neg(inner) => Value::Num(-eval(inner, answers)?.number()),
        Node::Binary(BinOp::And, a, b) => Value::Bool(eval(a, answers)?.truthy() && eval(b, answers)?.truthy()),
        Node::Binary(BinOp::Or, a, b) => Value::Bool(eval(a, answers)?.truthy() || eval(b, answers)?.truthy()),
        Node::Binary(op, a, b) => {
            let (a, b) = (eval(a, answers)?, eval(b, answers)?);
            if op.is_comparison() { Value::Bool(compare(*op, &a, &b)) } else { arithmetic(*op, &a, &b) }
        }
        Node::Call(name, args) => call(name, args, answers)?,
    })
}

/// Convenience: the truth of a condition.
pub fn holds(expr: &Expr, answers: &dyn Answers) -> Result<bool, EvalError> {
    eval(expr, answers).map(|v| v.truthy())
}

fn compare(op: BinOp, a: &Value, b: &Value) -> bool {
    use std::cmp::Ordering;
    let ordering: Option<Ordering> = match (a, b) {
        (Value::Bool(_), _) | (_, Value::Bool(_)) if matches!(op, BinOp::Eq | BinOp::Ne) => Some(a.truthy().cmp(&b.truthy())),
        (Value::Date(_), _) | (_, Value::Date(_)) => match (a.date(), b.date()) {
            (Some(x), Some(y)) => Some(x.cmp(&y)),
            _ => None,
        },
        (Value::Str(x), Value::Str(y)) if matches!(op, BinOp::Eq | BinOp::Ne) => Some(x.cmp(y)),
        _ => a.number().partial_cmp(&b.number()),
    };
    match (op, ordering) {
        (BinOp::Ne, None) => true,
        (_, None) => false,
        (BinOp::Eq, Some(o)) => o == Ordering::Equal,
        (BinOp::Ne, Some(o)) => o != Ordering::Equal,
        (BinOp::Lt, Some(o)) => o == Ordering::Less,
        (BinOp::Le, Some(o)) => o != Ordering::Greater,
        (BinOp::Gt, Some(o)) => o == Ordering::Greater,
        (BinOp::Ge, Some(o)) => o != Ordering::Less,
        _ => false,
    }
}

fn arithmetic(op: BinOp, a: &Value, b: &Value) -> Value {
    let (x, y) = (a.number(), b.number());
    Value::Num(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => x / y,
        BinOp::Mod => x % y,
        _ => f64::NAN,
    })
}

/// The choices of a select_multiple answer: space-separated names.
fn selections(value: &Value) -> Vec<String> {
    value.text().split_whitespace().map(str::to_string).collect()
}

fn call(name: &str, args: &[Expr], answers: &dyn Answers) -> Result<Value, EvalError> {
    // The loader checks every call's arity; a tree built otherwise gets an error, not a panic.
    let arg = |i: usize| match args.get(i) {
        Some(a) => eval(a, answers),
        None => Err(EvalError(format!("{name}() is missing its argument {}", i + 1))),
    };
    let current_or = |i: usize| if args.len() > i { arg(i) } else { Ok(answers.current()) };
    Ok(match name {
        "selected" => Value::Bool(selections(&arg(0)?).contains(&arg(1)?.text())),
        "count-selected" => Value::Num(selections(&arg(0)?).len() as f64),
        "selected-at" => {
            let index = arg(1)?.number();
            let chosen = selections(&arg(0)?);
            Value::Str(if index >= 0.0 { chosen.get(index as usize).cloned().unwrap_or_default() } else { String::new() })
        }
        "string-length" => Value::Num(current_or(0)?.text().chars().count() as f64),
        "regex" => {
            let (text, pattern) = (arg(0)?.text(), arg(1)?.text());
            let re = regex::Regex::new(&pattern)
                .map_err(|e| EvalError(format!("bad regular expression {pattern_q}: {e}", pattern_q = crate::quote::quoted(&pattern))))?;
            Value::Bool(re.is_match(&text))
        }
        "contains" => Value::Bool(arg(0)?.text().contains(&arg(1)?.text())),
        "starts-with" => Value::Bool(arg(0)?.text().starts_with(&arg(1)?.text())),
        "ends-with" => Value::Bool(arg(0)?.text().ends_with(&arg(1)?.text())),
        "substr" => {
            let text: Vec<char> = arg(0)?.text().chars().collect();
            let start = (arg(1)?.number().max(0.0) as usize).min(text.len());
            let end = if args.len() > 2 { (arg(2)?.number().max(0.0) as usize).min(text.len()) } else { text.len() };
            Value::Str(text[start..end.max(start)].iter().collect())
        }
        "concat" => Value::Str(args.iter().map(|a| eval(a, answers).map(|v| v.text())).collect::<Result<String, _>>()?),
        "if" => {
            if arg(0)?.truthy() {
                arg(1)?
            } else {
                arg(2)?
            }
        }
        "coalesce" => {
            let first = arg(0)?;
            if first.text().is_empty() { arg(1)? } else { first }
        }
        "not" => Value::Bool(!arg(0)?.truthy()),
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        "boolean" => Value::Bool(arg(0)?.truthy()),
        "number" => Value::Num(arg(0)?.number()),
        "int" => Value::Num(arg(0)?.number().trunc()),
        "round" => {
            let digits = if args.len() > 1 { arg(1)?.number() } else { 0.0 };
            let factor = 10f64.powi(digits as i32);
            Value::Num((arg(0)?.number() * factor).round() / factor)
        }
        "abs" => Value::Num(arg(0)?.number().abs()),
        "pow" => Value::Num(arg(0)?.number().powf(arg(1)?.number())),
        "min" | "max" => {
            let values = args.iter().map(|a| eval(a, answers).map(|v| v.number())).collect::<Result<Vec<_>, _>>()?;
            let pick = if name == "min" { f64::min } else { f64::max };
            Value::Num(values.into_iter().reduce(pick).unwrap_or(f64::NAN))
        }
        "string" => Value::Str(arg(0)?.text()),
        "today" | "now" => Value::Date(answers.today()),
        "date" => match arg(0)? {
            Value::Num(n) => Value::Date(Date::from_days_since_epoch(n as i64)),
            other => Value::Date(Date::parse_iso(&other.text()).map_err(EvalError)?),
        },
        "once" => arg(0)?,
        "jr:choice-name" => arg(0)?,
        "floor" => Value::Num(arg(0)?.number().floor()),
        "ceiling" => Value::Num(arg(0)?.number().ceil()),
        "sqrt" => Value::Num(arg(0)?.number().sqrt()),
        "exp" => Value::Num(arg(0)?.number().exp()),
        "exp10" => Value::Num(10f64.powf(arg(0)?.number())),
        "log" => Value::Num(arg(0)?.number().ln()),
        "log10" => Value::Num(arg(0)?.number().log10()),
        "sin" => Value::Num(arg(0)?.number().sin()),
        "cos" => Value::Num(arg(0)?.number().cos()),
        "tan" => Value::Num(arg(0)?.number().tan()),
        "asin" => Value::Num(arg(0)?.number().asin()),
        "acos" => Value::Num(arg(0)?.number().acos()),
        "atan" => Value::Num(arg(0)?.number().atan()),
        "atan2" => Value::Num(arg(0)?.number().atan2(arg(1)?.number())),
        "pi" => Value::Num(std::f64::consts::PI),
        "substring-before" => {
            let (text, separator) = (arg(0)?.text(), arg(1)?.text());
            Value::Str(text.split_once(separator.as_str()).map_or(String::new(), |(before, _)| before.to_string()))
        }
        "substring-after" => {
            let (text, separator) = (arg(0)?.text(), arg(1)?.text());
            Value::Str(text.split_once(separator.as_str()).map_or(String::new(), |(_, after)| after.to_string()))
        }
        "normalize-space" => Value::Str(current_or(0)?.text().split_whitespace().collect::<Vec<_>>().join(" ")),
        "translate" => {
            let (text, from, to) = (arg(0)?.text(), arg(1)?.text().chars().collect::<Vec<_>>(), arg(2)?.text().chars().collect::<Vec<_>>());
            Value::Str(
                text.chars()
                    .filter_map(|c| match from.iter().position(|f| *f == c) {
                        Some(i) => to.get(i).copied(),
                        None => Some(c),
                    })
                    .collect(),
            )
        }
        "boolean-from-string" => Value::Bool(matches!(arg(0)?.text().trim(), "true" | "1")),
        device if super::functions::DEVICE_ONLY.contains(&device) => return Err(EvalError(format!("{}{device}()", EvalError::DEVICE))),
        other => return Err(EvalError(format!("unknown function {other}()"))),
    })
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;
    use crate::expr::parse;

    struct Map(HashMap<&'static str, Value>, Value);

    impl Answers for Map {
        fn answer(&self, name: &str) -> Value {
            self.0.get(name).cloned().unwrap_or(Value::Str(String::new()))
        }
        fn current(&self) -> Value {
            self.1.clone()
        }
        fn today(&self) -> Date {
            Date::new(2026, 3, 1).unwrap()
        }
    }

    fn check(text: &str, answers: &Map) -> bool {
        holds(&parse(text).unwrap(), answers).unwrap()
    }

    #[test]
    fn evaluates_as_odk_does() {
        let answers = Map(
            HashMap::from([
                ("q1", Value::Str("no".into())),
                ("q2", Value::Str("a c".into())),
                ("n", Value::Str("12".into())),
                ("d", Value::Date(Date::new(2026, 2, 1).unwrap())),
            ]),
            Value::Str("ABC".into()),
        );
        assert!(check("${q1} = 'no'", &answers));
        assert!(!check("${q1} = 'yes'", &answers));
        assert!(check("${unanswered} = ''", &answers));
        assert!(check("selected(${q2}, 'c') and not(selected(${q2}, 'b'))", &answers));
        assert!(check("count-selected(${q2}) = 2", &answers));
        assert!(check("${n} > 9", &answers), "text compares as a number");
        assert!(check("${n} + 1 = 13", &answers));
        assert!(!check("${unanswered} > 0", &answers));
        assert!(check("string-length(.) = 3 and regex(., '^[A-Z]{3}$')", &answers));
        assert!(check("${d} < today()", &answers));
        assert!(check("${d} = '2026-02-01'", &answers));
        assert!(check("if(${n} > 10, 'big', 'small') = 'big'", &answers));
        assert!(check("coalesce(${unanswered}, 'x') = 'x'", &answers));
        assert!(check("7 mod 4 = 3 and 7 div 2 = 3.5", &answers));
    }
}
