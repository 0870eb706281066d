//! Expressions in plain words, in each language of a form, for paper questionnaires and
//! letters: `${q3} = 'no'` → `Answer only if you answered “No” to question 3.` The words come
//! from the catalogs (`expr-*` messages); this module only decides which words a tree needs.

use crate::expr::ast::{BinOp, Expr, Node, format_number};
use crate::i18n::{Arg, Phrases};
use crate::model::questionnaire::Questionnaire;

/// What the printer needs to know about the form.
pub trait Vocabulary {
    /// The number printed for a question ("3", "3 (a)").
    fn question_number(&self, name: &str) -> Option<String>;
    /// The label of a choice of a select question, in `lang`.
    fn choice_label(&self, question: &str, choice: &str, lang: &str) -> Option<String>;
}

impl Vocabulary for Questionnaire {
    fn question_number(&self, name: &str) -> Option<String> {
        self.question(name)?.number.clone()
    }

    fn choice_label(&self, question: &str, choice: &str, lang: &str) -> Option<String> {
        self.choice(question, choice)?.label.get(lang, &self.default_language).map(str::to_string)
    }
}

/// Which column the expression comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Relevant,
    Constraint,
    Required,
}

/// The expression as a sentence for the given column, in the language of `p`.
pub fn describe(expr: &Expr, role: Role, p: Phrases<'_>, vocab: &dyn Vocabulary) -> String {
    let printer = Printer { p, vocab, current: None };
    let condition = printer.condition(expr);
    let frame = match role {
        Role::Relevant => "expr-relevant",
        Role::Constraint => "expr-constraint",
        Role::Required => "expr-required",
    };
    p.plain(frame, &[("condition", condition.into())])
}

struct Printer<'a> {
    p: Phrases<'a>,
    vocab: &'a dyn Vocabulary,
    current: Option<&'a str>,
}

impl Printer<'_> {
    fn say(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.p.plain(id, args)
    }

    fn number_of(&self, name: &str) -> String {
        self.vocab.question_number(name).unwrap_or_else(|| name.to_string())
    }

    /// A choice's label, quoted; the raw value quoted if the question has no such choice.
    fn choice(&self, question: &str, value: &str) -> String {
        let label = self.vocab.choice_label(question, value, self.p.lang().code()).unwrap_or_else(|| value.to_string());
        self.p.quote(&label)
    }

    fn about(&self, id: &str, q: &str, value: &str) -> String {
        self.say(id, &[("q", q.into()), ("value", value.into())])
    }

    fn condition(&self, expr: &Expr) -> String {
        match &expr.node {
            Node::Binary(BinOp::And, a, b) => self.join(&[self.condition(a), self.condition(b)], "expr-and"),
            Node::Binary(BinOp::Or, ..) => self.or_chain(expr),
            Node::Binary(op @ (BinOp::Eq | BinOp::Ne), a, b) => {
                let (reference, value) = match (&a.node, &b.node) {
                    (Node::Ref(q), Node::Str(v)) | (Node::Str(v), Node::Ref(q)) => (q, v),
                    _ => return self.comparison(*op, a, b),
                };
                let q = self.number_of(reference);
                match (op, value.is_empty()) {
                    (BinOp::Eq, true) => self.about("expr-not-answered", &q, ""),
                    (_, true) => self.about("expr-answered", &q, ""),
                    (BinOp::Eq, false) => self.about("expr-answered-value", &q, &self.choice(reference, value)),
                    (_, false) => self.about("expr-not-answered-value", &q, &self.choice(reference, value)),
                }
            }
            Node::Binary(op, a, b) if op.is_comparison() => self.comparison(*op, a, b),
            Node::Call(name, args) if name == "selected" => match (&args[0].node, &args[1].node) {
                (Node::Ref(q), Node::Str(v)) => self.about("expr-selected", &self.number_of(q), &self.choice(q, v)),
                _ => self.generic(expr),
            },
            Node::Call(name, args) if name == "not" => match &args[0].node {
                Node::Call(inner, inner_args) if inner == "selected" => match (&inner_args[0].node, &inner_args[1].node) {
                    (Node::Ref(q), Node::Str(v)) => self.about("expr-not-selected", &self.number_of(q), &self.choice(q, v)),
                    _ => self.say("expr-not", &[("a", self.condition(&args[0]).into())]),
                },
                Node::Binary(BinOp::Eq, a, b) => self.condition(&Expr { node: Node::Binary(BinOp::Ne, a.clone(), b.clone()), span: expr.span }),
                _ => self.say("expr-not", &[("a", self.condition(&args[0]).into())]),
            },
            Node::Call(name, args) if name == "regex" => {
                self.say("expr-matches", &[("a", self.term(&args[0]).into()), ("value", self.p.quote(args[1].to_string().trim_matches(['\'', '"'])).into())])
            }
            Node::Call(name, _) if name == "true" => String::from("✓"),
            _ => self.generic(expr),
        }
    }

    /// Joins conditions with the language's "and"/"or" (`expr-and`), no serial comma.
    fn join(&self, items: &[String], id: &str) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let separator = self.say("list-separator", &[]);
                self.say(id, &[("first", init.join(&separator).into()), ("last", last.into())])
            }
        }
    }

    /// `${q} = 'a' or ${q} = 'b'` → you answered “A” or “B” to question N.
    fn or_chain(&self, expr: &Expr) -> String {
        let mut parts = Vec::new();
        flatten_or(expr, &mut parts);
        let same_question: Option<Vec<(&str, &str)>> = parts
            .iter()
            .map(|e| match &e.node {
                Node::Binary(BinOp::Eq, a, b) => match (&a.node, &b.node) {
                    (Node::Ref(q), Node::Str(v)) | (Node::Str(v), Node::Ref(q)) if !v.is_empty() => Some((q.as_str(), v.as_str())),
                    _ => None,
                },
                _ => None,
            })
            .collect();
        if let Some(pairs) = same_question.filter(|pairs| pairs.windows(2).all(|w| w[0].0 == w[1].0)) {
            let question = pairs[0].0;
            let values: Vec<String> = pairs.iter().map(|(_, v)| self.choice(question, v)).collect();
            let joined = self.p.list_or(&values);
            return self.about("expr-answered-value", &self.number_of(question), &joined);
        }
        let conditions: Vec<String> = parts.iter().map(|e| self.condition(e)).collect();
        self.join(&conditions, "expr-or")
    }

    fn comparison(&self, op: BinOp, a: &Expr, b: &Expr) -> String {
        // Put the question on the left: `5 < ${x}` reads as "the answer to question N is greater than 5".
        let (op, a, b) =
            if matches!(a.node, Node::Num(_) | Node::Str(_)) && !matches!(b.node, Node::Num(_) | Node::Str(_)) { (op.flipped(), b, a) } else { (op, a, b) };
        let op = match op {
            BinOp::Eq => "eq",
            BinOp::Ne => "ne",
            BinOp::Lt => "lt",
            BinOp::Le => "le",
            BinOp::Gt => "gt",
            _ => "ge",
        };
        self.say("expr-comparison", &[("a", self.term(a).into()), ("op", op.into()), ("b", self.term(b).into())])
    }

    /// A value as a noun phrase.
    fn term(&self, expr: &Expr) -> String {
        match &expr.node {
            Node::Ref(q) => self.about("expr-answer-to", &self.number_of(q), ""),
            Node::Current => self.current.map_or(self.say("expr-this-answer", &[]), |q| self.about("expr-answer-to", &self.number_of(q), "")),
            Node::Num(n) => {
                let text = format_number(*n);
                text.parse::<f64>().map_or(text, |n| self.p.number(n))
            }
            Node::Str(s) => self.p.quote(s),
            Node::Call(name, args) if name == "string-length" => {
                let of = args.first().map_or(self.say("expr-this-answer", &[]), |a| self.term(a));
                self.say("expr-characters", &[("a", of.into())])
            }
            Node::Call(name, args) if name == "count-selected" => match &args[0].node {
                Node::Ref(q) => self.about("expr-count-selected", &self.number_of(q), ""),
                _ => self.generic(expr),
            },
            Node::Call(name, _) if name == "today" || name == "now" => self.say("expr-today", &[]),
            Node::Call(name, args) if name == "date" => args[0].to_string().trim_matches(['\'', '"']).to_string(),
            Node::Binary(op, a, b) if !op.is_comparison() && !matches!(op, BinOp::And | BinOp::Or) => {
                format!("{} {} {}", self.term(a), op.symbol(), self.term(b))
            }
            _ => self.generic(expr),
        }
    }

    /// Anything else: the expression itself, with questions named by their numbers.
    fn generic(&self, expr: &Expr) -> String {
        let mut text = expr.to_string();
        for (name, _) in expr.references() {
            text = text.replace(&format!("${{{name}}}"), &self.about("expr-answer-to", &self.number_of(name), ""));
        }
        text
    }
}

fn flatten_or<'e>(expr: &'e Expr, out: &mut Vec<&'e Expr>) {
    match &expr.node {
        Node::Binary(BinOp::Or, a, b) => {
            flatten_or(a, out);
            flatten_or(b, out);
        }
        _ => out.push(expr),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::parse;

    struct Form;

    impl Vocabulary for Form {
        fn question_number(&self, name: &str) -> Option<String> {
            Some(name.trim_start_matches('q').to_string())
        }
        fn choice_label(&self, _question: &str, choice: &str, lang: &str) -> Option<String> {
            Some(
                match (choice, lang) {
                    ("no", "fr") => "Non",
                    ("no", "es") => "No",
                    ("no", "ru") => "Нет",
                    ("no", "zh") => "否",
                    ("no", "ar") => "لا",
                    ("no", _) => "No",
                    ("partly", _) => "Partly",
                    ("yes", _) => "Yes",
                    _ => return None,
                }
                .to_string(),
            )
        }
    }

    fn say(text: &str, role: Role, lang: &str) -> String {
        describe(&parse(text).unwrap(), role, crate::i18n::Catalogs::builtin().phrases(crate::lang::Lang::parse(lang).unwrap()), &Form)
    }

    #[test]
    fn the_issue_example_in_six_languages() {
        assert_eq!(say("${q3} = 'no'", Role::Relevant, "en"), "Answer only if you answered “No” to question\u{a0}3.");
        assert_eq!(say("${q3} = 'no'", Role::Relevant, "fr"), "Répondre seulement si vous avez répondu «\u{a0}Non\u{a0}» à la question\u{a0}3.");
        assert_eq!(say("${q3} = 'no'", Role::Relevant, "es"), "Responda solo si respondió “No” a la pregunta\u{a0}3.");
        assert_eq!(say("${q3} = 'no'", Role::Relevant, "ru"), "Отвечайте, только если на вопрос\u{a0}3 вы ответили «Нет».");
        assert_eq!(say("${q3} = 'no'", Role::Relevant, "zh"), "仅在对问题3的回答为“否”时作答。");
        assert_eq!(say("${q3} = 'no'", Role::Relevant, "ar"), "أجب فقط إذا كانت إجابتك عن السؤال\u{a0}3 «لا».");
    }

    #[test]
    fn common_shapes_read_naturally() {
        assert_eq!(say("${q1} = 'yes' or ${q1} = 'partly'", Role::Relevant, "en"), "Answer only if you answered “Yes” or “Partly” to question\u{a0}1.");
        assert_eq!(say("selected(${q2}, 'yes')", Role::Relevant, "en"), "Answer only if you selected “Yes” in question\u{a0}2.");
        assert_eq!(say("not(selected(${q2}, 'yes'))", Role::Relevant, "en"), "Answer only if you did not select “Yes” in question\u{a0}2.");
        assert_eq!(say("${q4} != ''", Role::Relevant, "en"), "Answer only if you answered question\u{a0}4.");
        assert_eq!(say(". >= 0 and . <= 1000", Role::Constraint, "en"), "Accepted only if the answer is at least 0 and the answer is at most 1,000.");
        assert_eq!(say("string-length(.) <= 500", Role::Constraint, "en"), "Accepted only if the number of characters in the answer is at most 500.");
        assert_eq!(say("10 < ${q5}", Role::Required, "en"), "Required if the answer to question\u{a0}5 is greater than 10.");
        assert_eq!(
            say("count-selected(${q6}) >= 2", Role::Relevant, "fr"),
            "Répondre seulement si le nombre d’options cochées à la question\u{a0}6 est au moins 2."
        );
    }
}
