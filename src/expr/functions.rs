//! The functions forms actually use, with their number of arguments and a usage line.

#[derive(Debug)]
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
    Function { name: "floor", min_args: 1, max_args: 1, usage: "floor(number)" },
    Function { name: "ceiling", min_args: 1, max_args: 1, usage: "ceiling(number)" },
    Function { name: "sqrt", min_args: 1, max_args: 1, usage: "sqrt(number)" },
    Function { name: "exp", min_args: 1, max_args: 1, usage: "exp(number)" },
    Function { name: "exp10", min_args: 1, max_args: 1, usage: "exp10(number)" },
    Function { name: "log", min_args: 1, max_args: 1, usage: "log(number): the natural logarithm" },
    Function { name: "log10", min_args: 1, max_args: 1, usage: "log10(number)" },
    Function { name: "sin", min_args: 1, max_args: 1, usage: "sin(radians)" },
    Function { name: "cos", min_args: 1, max_args: 1, usage: "cos(radians)" },
    Function { name: "tan", min_args: 1, max_args: 1, usage: "tan(radians)" },
    Function { name: "asin", min_args: 1, max_args: 1, usage: "asin(number)" },
    Function { name: "acos", min_args: 1, max_args: 1, usage: "acos(number)" },
    Function { name: "atan", min_args: 1, max_args: 1, usage: "atan(number)" },
    Function { name: "atan2", min_args: 2, max_args: 2, usage: "atan2(y, x)" },
    Function { name: "pi", min_args: 0, max_args: 0, usage: "pi()" },
    Function { name: "substring-before", min_args: 2, max_args: 2, usage: "substring-before(text, 'separator')" },
    Function { name: "substring-after", min_args: 2, max_args: 2, usage: "substring-after(text, 'separator')" },
    Function { name: "normalize-space", min_args: 0, max_args: 1, usage: "normalize-space(text)" },
    Function { name: "translate", min_args: 3, max_args: 3, usage: "translate(text, 'from', 'to')" },
    Function { name: "boolean-from-string", min_args: 1, max_args: 1, usage: "boolean-from-string(text): true for 'true' or '1'" },
    // Functions whose value the device alone knows (a CSV in its media, a random draw, the rows
    // of a repeat): palermo does not check conditions that use them.
    Function { name: "pulldata", min_args: 4, max_args: 4, usage: "pulldata('file', 'column', 'key column', key): a value from a CSV file on the device" },
    Function { name: "random", min_args: 0, max_args: 0, usage: "random()" },
    Function { name: "uuid", min_args: 0, max_args: 1, usage: "uuid()" },
    Function { name: "digest", min_args: 2, max_args: 3, usage: "digest(text, 'SHA-256')" },
    Function { name: "position", min_args: 0, max_args: 1, usage: "position(..): the row of a repeat" },
    Function { name: "indexed-repeat", min_args: 3, max_args: MANY, usage: "indexed-repeat(${question}, ${repeat}, row)" },
    Function { name: "sum", min_args: 1, max_args: 1, usage: "sum(${question in a repeat})" },
    Function { name: "count", min_args: 1, max_args: 1, usage: "count(${repeat})" },
    Function { name: "count-non-empty", min_args: 1, max_args: 1, usage: "count-non-empty(${question in a repeat})" },
    Function { name: "join", min_args: 2, max_args: 2, usage: "join(', ', ${question in a repeat})" },
    Function { name: "area", min_args: 1, max_args: 1, usage: "area(${geoshape})" },
    Function { name: "distance", min_args: 1, max_args: MANY, usage: "distance(${geotrace})" },
    Function { name: "format-date", min_args: 2, max_args: 2, usage: "format-date(${date}, '%Y')" },
    Function { name: "format-date-time", min_args: 2, max_args: 2, usage: "format-date-time(${datetime}, '%Y')" },
    Function { name: "decimal-date-time", min_args: 1, max_args: 1, usage: "decimal-date-time(${datetime})" },
    Function { name: "decimal-time", min_args: 1, max_args: 1, usage: "decimal-time(${time})" },
    Function { name: "jr:itext", min_args: 1, max_args: 1, usage: "jr:itext('id')" },
];

/// Functions whose value only the collecting device knows.
pub const DEVICE_ONLY: &[&str] = &[
    "pulldata",
    "random",
    "uuid",
    "digest",
    "position",
    "indexed-repeat",
    "sum",
    "count",
    "count-non-empty",
    "join",
    "area",
    "distance",
    "format-date",
    "format-date-time",
    "decimal-date-time",
    "decimal-time",
    "jr:itext",
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
