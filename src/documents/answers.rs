//! A State's answer as documents print it, in the document's language: a choice by its label, a
//! number and a date in the language's form (every decimal given kept), a text verbatim, the rows
//! of a repeat numbered.

use crate::i18n::Phrases;
use crate::model::questionnaire::{Question, Questionnaire};
use crate::model::submission::{Answer, Submission};

/// One answer as printed.
pub fn answer_text(p: Phrases<'_>, form: &Questionnaire, q: &Question, answer: &Answer) -> String {
    let choice = |c: &str| form.choice(&q.name, c).and_then(|x| x.label.get(p.lang(), &form.default_language)).unwrap_or(c).to_string();
    match answer {
        Answer::Text(t) => t.clone(),
        // The figure as given, every decimal kept, in the language's marks.
        Answer::Number(n) => crate::figures::Exact::from_f64(*n).map_or_else(|| n.to_string(), |e| crate::i18n::format_decimal(p.lang(), &e.to_string())),
        Answer::Date(d) => p.date(*d),
        Answer::Choice(c) => choice(c),
        Answer::Choices(cs) => p.list_and(&cs.iter().map(|c| choice(c)).collect::<Vec<_>>()),
    }
}

/// Whether two replies gave the same answer: texts alike but for surrounding spaces, several
/// choices alike in any order; no answer is the same only as no answer.
pub fn same_answer(a: Option<&Answer>, b: Option<&Answer>) -> bool {
    match (a, b) {
        (Some(Answer::Text(x)), Some(Answer::Text(y))) => x.trim() == y.trim(),
        (Some(Answer::Choices(x)), Some(Answer::Choices(y))) => {
            let (mut x, mut y) = (x.clone(), y.clone());
            x.sort();
            y.sort();
            x == y
        }
        (a, b) => a == b,
    }
}

/// A reply's answer to `q`, as printed: for a question of a repeat, its answer in each row,
/// numbered ("1. …; 2. …"); `None` when it has none.
pub fn reply_answer(p: Phrases<'_>, form: &Questionnaire, q: &Question, reply: &Submission) -> Option<String> {
    match form.repeat_of(q) {
        Some(g) => {
            let rows = reply.repeats.get(&form.groups[g].name).map(Vec::as_slice).unwrap_or_default();
            let given: Vec<String> =
                rows.iter().enumerate().filter_map(|(i, row)| row.get(&q.name).map(|a| format!("{}. {}", i + 1, answer_text(p, form, q, a)))).collect();
            (!given.is_empty()).then(|| given.join("; "))
        }
        None => reply.answers.get(&q.name).map(|a| answer_text(p, form, q, a)),
    }
}
