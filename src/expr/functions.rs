//! The functions forms actually use, with their number of arguments and a usage line.

pub struct Function {
    pub name: &'static str,
    pub min_args: usize,
    pub max_args: usize,
    pub usage: &'static str,
}

const MANY: usize = usize::MAX;

pub const FUNCTIONS: &[Function] = &[
    Function { name: "selected", min_args: 2, max_args: 2, usage: "selected(${question}, 'choice'): true when the choice is selected" },
    Function { name: "count-selected", min_args: 1, max_args: 1, usage: "count-selected(${question}): how many choices are selected" },
    Function { name: "selected-at", min_args: 2, max_args: 2, usage: "selected-at(${question}, n): the n-th selected choice (from 0)" },
    Function { name: "string-length", min_args: 0, max_args: 1, usage: "string-length(.): the number of characters" },
    Function { name: "regex", min_args: 2, max_args: 2, usage: "regex(., 'pattern'): true when the text matches the regular expression" },
    Function { name: "contains", min_args: 2, max_args: 2, usage: "contains(text, 'part')" },
    Function { name: "starts-with", min_args: 2, max_args: 2, usage: "starts-with(text, 'start')" },
    Function { name: "ends-with", min_args: 2, max_args: 2, usage: "ends-with(text, 'end')" },
    Function { name: "substr", min_args: 2, max_args: 3, usage: "substr(text, start, end)" },
    Function { name: "concat", min_args: 1, max_args: MANY, usage: "concat(a, b, …)" },
    Function { name: "if", min_args: 3, max_args: 3, usage: "if(condition, then, else)" },
    Function { name: "coalesce", min_args: 2, max_args: 2, usage: "coalesce(a, b): a if it is not empty, else b" },
    Function { name: "not", min_args: 1, max_args: 1, usage: "not(condition)" },
    Function { name: "true", min_args: 0, max_args: 0, usage: "true()" },
    Function { name: "false", min_args: 0, max_args: 0, usage: "false()" },
    Function { name: "boolean", min_args: 1, max_args: 1, usage: "boolean(x)" },
    Function { name: "number", min_args: 1, max_args: 1, usage: "number(text)" },
    Function { name: "int", min_args: 1, max_args: 1, usage: "int(number): the whole part" },
    Function { name: "round", min_args: 1, max_args: 2, usage: "round(number, digits)" },
    Function { name: "abs", min_args: 1, max_args: 1, usage: "abs(number)" },
    Function { name: "pow", min_args: 2, max_args: 2, usage: "pow(base, exponent)" },
    Function { name: "min", min_args: 1, max_args: MANY, usage: "min(a, b, …)" },
    Function { name: "max", min_args: 1, max_args: MANY, usage: "max(a, b, …)" },
    Function { name: "string", min_args: 1, max_args: 1, usage: "string(x)" },
    Function { name: "today", min_args: 0, max_args: 0, usage: "today(): the date of the answer" },
    Function { name: "now", min_args: 0, max_args: 0, usage: "now()" },
    Function { name: "date", min_args: 1, max_args: 1, usage: "date('YYYY-MM-DD')" },
    Function { name: "once", min_args: 1, max_args: 1, usage: "once(x)" },
    Function { name: "jr:choice-name", min_args: 2, max_args: 2, usage: "jr:choice-name(${question}, 'question'): the label of the selected choice" },
];

pub fn lookup(name: &str) -> Option<&'static Function> {
    FUNCTIONS.iter().find(|f| f.name == name)
}

pub fn names() -> Vec<&'static str> {
    FUNCTIONS.iter().map(|f| f.name).collect()
}

pub fn suggest(name: &str) -> Option<&'static str> {
    crate::suggest::closest(name, names())
}
