//! Expressions in plain words, in each language of a form, for paper questionnaires:
//! `${q3} = 'no'` → `Answer only if you answered "No" to question 3`.

use super::ast::{format_number, BinOp, Expr, Node};

/// What the printer needs to know about the form.
pub trait Vocabulary {
    /// The number printed for a question ("3", "3 (a)").
    fn question_number(&self, name: &str) -> Option<String>;
    /// The label of a choice of a select question, in `lang`.
    fn choice_label(&self, question: &str, choice: &str, lang: &str) -> Option<String>;
}

/// Which column the expression comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Relevant,
    Constraint,
    Required,
}

/// The sentences of one language.
struct Phrases {
    relevant: &'static str,
    constraint: &'static str,
    required: &'static str,
    answered_value: &'static str,
    not_answered_value: &'static str,
    answered: &'static str,
    not_answered: &'static str,
    selected: &'static str,
    not_selected: &'static str,
    answer_to: &'static str,
    this_answer: &'static str,
    characters: &'static str,
    count_selected: &'static str,
    matches: &'static str,
    not: &'static str,
    is: &'static str,
    and: &'static str,
    or: &'static str,
    /// Whether words are separated by spaces (not in Chinese).
    spaced: bool,
    today: &'static str,
    /// eq, ne, lt, le, gt, ge
    comparisons: [&'static str; 6],
    quote: (&'static str, &'static str),
}

const EN: Phrases = Phrases {
    relevant: "Answer only if {}.",
    constraint: "Accepted only if {}.",
    required: "Required if {}.",
    answered_value: "you answered {v} to question {q}",
    not_answered_value: "you did not answer {v} to question {q}",
    answered: "you answered question {q}",
    not_answered: "you did not answer question {q}",
    selected: "you selected {v} in question {q}",
    not_selected: "you did not select {v} in question {q}",
    answer_to: "the answer to question {q}",
    this_answer: "the answer",
    characters: "the number of characters in {a}",
    count_selected: "the number of options selected in question {q}",
    matches: "{a} matches the pattern {v}",
    not: "it is not the case that {a}",
    is: "{a} is {op} {b}",
    and: "and",
    or: "or",
    spaced: true,
    today: "today's date",
    comparisons: ["equal to", "different from", "less than", "at most", "greater than", "at least"],
    quote: ("\"", "\""),
};

const FR: Phrases = Phrases {
    relevant: "Répondre seulement si {}.",
    constraint: "Accepté seulement si {}.",
    required: "Obligatoire si {}.",
    answered_value: "vous avez répondu {v} à la question {q}",
    not_answered_value: "vous n'avez pas répondu {v} à la question {q}",
    answered: "vous avez répondu à la question {q}",
    not_answered: "vous n'avez pas répondu à la question {q}",
    selected: "vous avez coché {v} à la question {q}",
    not_selected: "vous n'avez pas coché {v} à la question {q}",
    answer_to: "la réponse à la question {q}",
    this_answer: "la réponse",
    characters: "le nombre de caractères de {a}",
    count_selected: "le nombre d'options cochées à la question {q}",
    matches: "{a} correspond au motif {v}",
    not: "il n'est pas vrai que {a}",
    is: "{a} est {op} {b}",
    and: "et",
    or: "ou",
    spaced: true,
    today: "la date du jour",
    comparisons: ["égal à", "différent de", "inférieur à", "au plus", "supérieur à", "au moins"],
    quote: ("« ", " »"),
};

const ES: Phrases = Phrases {
    relevant: "Responda solo si {}.",
    constraint: "Solo se acepta si {}.",
    required: "Obligatorio si {}.",
    answered_value: "respondió {v} a la pregunta {q}",
    not_answered_value: "no respondió {v} a la pregunta {q}",
    answered: "respondió a la pregunta {q}",
    not_answered: "no respondió a la pregunta {q}",
    selected: "marcó {v} en la pregunta {q}",
    not_selected: "no marcó {v} en la pregunta {q}",
    answer_to: "la respuesta a la pregunta {q}",
    this_answer: "la respuesta",
    characters: "el número de caracteres de {a}",
    count_selected: "el número de opciones marcadas en la pregunta {q}",
    matches: "{a} coincide con el patrón {v}",
    not: "no es cierto que {a}",
    is: "{a} es {op} {b}",
    and: "y",
    or: "o",
    spaced: true,
    today: "la fecha de hoy",
    comparisons: ["igual a", "distinto de", "menor que", "como máximo", "mayor que", "como mínimo"],
    quote: ("«", "»"),
};

const RU: Phrases = Phrases {
    relevant: "Отвечайте, только если {}.",
    constraint: "Принимается, только если {}.",
    required: "Обязательно, если {}.",
    answered_value: "на вопрос {q} вы ответили {v}",
    not_answered_value: "на вопрос {q} вы ответили не {v}",
    answered: "вы ответили на вопрос {q}",
    not_answered: "вы не ответили на вопрос {q}",
    selected: "в вопросе {q} вы отметили {v}",
    not_selected: "в вопросе {q} вы не отметили {v}",
    answer_to: "ответ на вопрос {q}",
    this_answer: "ответ",
    characters: "число знаков ({a})",
    count_selected: "число отмеченных вариантов в вопросе {q}",
    matches: "{a} соответствует шаблону {v}",
    not: "неверно, что {a}",
    is: "{a}: {op} {b}",
    and: "и",
    or: "или",
    spaced: true,
    today: "сегодняшняя дата",
    comparisons: ["равно", "не равно", "меньше", "не больше", "больше", "не меньше"],
    quote: ("«", "»"),
};

const ZH: Phrases = Phrases {
    relevant: "仅在{}时作答。",
    constraint: "仅在{}时有效。",
    required: "如{}，则必须作答。",
    answered_value: "对问题{q}的回答为{v}",
    not_answered_value: "对问题{q}的回答不是{v}",
    answered: "已回答问题{q}",
    not_answered: "未回答问题{q}",
    selected: "在问题{q}中选择了{v}",
    not_selected: "在问题{q}中未选择{v}",
    answer_to: "问题{q}的回答",
    this_answer: "回答",
    characters: "{a}的字数",
    count_selected: "问题{q}中所选选项的数目",
    matches: "{a}符合格式{v}",
    not: "并非{a}",
    is: "{a}{op}{b}",
    and: "并且",
    or: "或者",
    spaced: false,
    today: "当日日期",
    comparisons: ["等于", "不等于", "小于", "不超过", "大于", "不少于"],
    quote: ("“", "”"),
};

const AR: Phrases = Phrases {
    relevant: "أجب فقط إذا {}.",
    constraint: "لا تُقبل الإجابة إلا إذا {}.",
    required: "الإجابة مطلوبة إذا {}.",
    answered_value: "كانت إجابتك عن السؤال {q} {v}",
    not_answered_value: "لم تكن إجابتك عن السؤال {q} {v}",
    answered: "أجبت عن السؤال {q}",
    not_answered: "لم تجب عن السؤال {q}",
    selected: "اخترت {v} في السؤال {q}",
    not_selected: "لم تختر {v} في السؤال {q}",
    answer_to: "الإجابة عن السؤال {q}",
    this_answer: "الإجابة",
    characters: "عدد أحرف {a}",
    count_selected: "عدد الخيارات المختارة في السؤال {q}",
    matches: "{a} يطابق النمط {v}",
    not: "ليس صحيحا أن {a}",
    is: "{a} {op} {b}",
    and: "و",
    or: "أو",
    spaced: true,
    today: "تاريخ اليوم",
    comparisons: ["يساوي", "لا يساوي", "أقل من", "لا يزيد على", "أكبر من", "لا يقل عن"],
    quote: ("«", "»"),
};

fn phrases(lang: &str) -> &'static Phrases {
    match lang {
        "fr" => &FR,
        "es" => &ES,
        "ru" => &RU,
        "zh" => &ZH,
        "ar" => &AR,
        _ => &EN,
    }
}

/// The expression as a sentence for the given column, in `lang`.
pub fn describe(expr: &Expr, role: Role, lang: &str, vocab: &dyn Vocabulary) -> String {
    let p = phrases(lang);
    let printer = Printer { p, lang, vocab, current: None };
    let condition = printer.condition(expr);
    let frame = match role {
        Role::Relevant => p.relevant,
        Role::Constraint => p.constraint,
        Role::Required => p.required,
    };
    frame.replacen("{}", &condition, 1)
}

struct Printer<'a> {
    p: &'static Phrases,
    lang: &'a str,
    vocab: &'a dyn Vocabulary,
    current: Option<&'a str>,
}

impl Printer<'_> {
    fn quoted(&self, text: &str) -> String {
        format!("{}{text}{}", self.p.quote.0, self.p.quote.1)
    }

    fn number_of(&self, name: &str) -> String {
        self.vocab.question_number(name).unwrap_or_else(|| name.to_string())
    }

    /// A choice's label, quoted; the raw value quoted if the question has no such choice.
    fn choice(&self, question: &str, value: &str) -> String {
        let label = self.vocab.choice_label(question, value, self.lang).unwrap_or_else(|| value.to_string());
        self.quoted(&label)
    }

    fn fill(template: &str, q: &str, v: &str) -> String {
        template.replace("{q}", q).replace("{v}", v)
    }

    fn condition(&self, expr: &Expr) -> String {
        let p = self.p;
        match &expr.node {
            Node::Binary(BinOp::And, a, b) => join(&[self.condition(a), self.condition(b)], p.and, p.spaced),
            Node::Binary(BinOp::Or, ..) => self.or_chain(expr),
            Node::Binary(op @ (BinOp::Eq | BinOp::Ne), a, b) => {
                let (reference, value) = match (&a.node, &b.node) {
                    (Node::Ref(q), Node::Str(v)) | (Node::Str(v), Node::Ref(q)) => (q, v),
                    _ => return self.comparison(*op, a, b),
                };
                let q = self.number_of(reference);
                match (op, value.is_empty()) {
                    (BinOp::Eq, true) => Self::fill(p.not_answered, &q, ""),
                    (_, true) => Self::fill(p.answered, &q, ""),
                    (BinOp::Eq, false) => Self::fill(p.answered_value, &q, &self.choice(reference, value)),
                    (_, false) => Self::fill(p.not_answered_value, &q, &self.choice(reference, value)),
                }
            }
            Node::Binary(op, a, b) if op.is_comparison() => self.comparison(*op, a, b),
            Node::Call(name, args) if name == "selected" => match (&args[0].node, &args[1].node) {
                (Node::Ref(q), Node::Str(v)) => Self::fill(p.selected, &self.number_of(q), &self.choice(q, v)),
                _ => self.generic(expr),
            },
            Node::Call(name, args) if name == "not" => match &args[0].node {
                Node::Call(inner, inner_args) if inner == "selected" => match (&inner_args[0].node, &inner_args[1].node) {
                    (Node::Ref(q), Node::Str(v)) => Self::fill(p.not_selected, &self.number_of(q), &self.choice(q, v)),
                    _ => p.not.replace("{a}", &self.condition(&args[0])),
                },
                Node::Binary(BinOp::Eq, a, b) => self.condition(&Expr {
                    node: Node::Binary(BinOp::Ne, a.clone(), b.clone()),
                    span: expr.span,
                }),
                _ => p.not.replace("{a}", &self.condition(&args[0])),
            },
            Node::Call(name, args) if name == "regex" => {
                p.matches.replace("{a}", &self.term(&args[0])).replace("{v}", &self.quoted(args[1].to_string().trim_matches(['\'', '"'])))
            }
            Node::Call(name, _) if name == "true" => String::from("✓"),
            _ => self.generic(expr),
        }
    }

    /// `${q} = 'a' or ${q} = 'b'` → you answered "A" or "B" to question N.
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
            let joined = join(&values, self.p.or, self.p.spaced);
            return Self::fill(self.p.answered_value, &self.number_of(question), &joined);
        }
        let conditions: Vec<String> = parts.iter().map(|e| self.condition(e)).collect();
        join(&conditions, self.p.or, self.p.spaced)
    }

    fn comparison(&self, op: BinOp, a: &Expr, b: &Expr) -> String {
        // Put the question on the left: `5 < ${x}` reads as "the answer to question N is greater than 5".
        let (op, a, b) = if matches!(a.node, Node::Num(_) | Node::Str(_)) && !matches!(b.node, Node::Num(_) | Node::Str(_)) {
            (op.flipped(), b, a)
        } else {
            (op, a, b)
        };
        let index = match op {
            BinOp::Eq => 0,
            BinOp::Ne => 1,
            BinOp::Lt => 2,
            BinOp::Le => 3,
            BinOp::Gt => 4,
            _ => 5,
        };
        self.p.is.replace("{a}", &self.term(a)).replace("{op}", self.p.comparisons[index]).replace("{b}", &self.term(b))
    }

    /// A value as a noun phrase.
    fn term(&self, expr: &Expr) -> String {
        let p = self.p;
        match &expr.node {
            Node::Ref(q) => Self::fill(p.answer_to, &self.number_of(q), ""),
            Node::Current => self.current.map_or(p.this_answer.to_string(), |q| Self::fill(p.answer_to, &self.number_of(q), "")),
            Node::Num(n) => format_number(*n),
            Node::Str(s) => self.quoted(s),
            Node::Call(name, args) if name == "string-length" => {
                let of = args.first().map_or(p.this_answer.to_string(), |a| self.term(a));
                p.characters.replace("{a}", &of)
            }
            Node::Call(name, args) if name == "count-selected" => match &args[0].node {
                Node::Ref(q) => Self::fill(p.count_selected, &self.number_of(q), ""),
                _ => self.generic(expr),
            },
            Node::Call(name, _) if name == "today" || name == "now" => p.today.to_string(),
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
            text = text.replace(&format!("${{{name}}}"), &Self::fill(self.p.answer_to, &self.number_of(name), ""));
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

fn join(items: &[String], word: &str, spaced: bool) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] if spaced => format!("{} {word} {last}", init.join(", ")),
        [init @ .., last] => format!("{}{word}{last}", init.join("、")),
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
            Some(match (choice, lang) {
                ("no", "fr") => "Non",
                ("no", "es") => "No",
                ("no", "ru") => "Нет",
                ("no", "zh") => "否",
                ("no", "ar") => "لا",
                ("no", _) => "No",
                ("partly", _) => "Partly",
                ("yes", _) => "Yes",
                _ => return None,
            }.to_string())
        }
    }

    fn say(text: &str, role: Role, lang: &str) -> String {
        describe(&parse(text).unwrap(), role, lang, &Form)
    }

    #[test]
    fn the_issue_example_in_six_languages() {
        assert_eq!(say("${q3} = 'no'", Role::Relevant, "en"), "Answer only if you answered \"No\" to question 3.");
        assert_eq!(say("${q3} = 'no'", Role::Relevant, "fr"), "Répondre seulement si vous avez répondu « Non » à la question 3.");
        assert_eq!(say("${q3} = 'no'", Role::Relevant, "es"), "Responda solo si respondió «No» a la pregunta 3.");
        assert_eq!(say("${q3} = 'no'", Role::Relevant, "ru"), "Отвечайте, только если на вопрос 3 вы ответили «Нет».");
        assert_eq!(say("${q3} = 'no'", Role::Relevant, "zh"), "仅在对问题3的回答为“否”时作答。");
        assert_eq!(say("${q3} = 'no'", Role::Relevant, "ar"), "أجب فقط إذا كانت إجابتك عن السؤال 3 «لا».");
    }

    #[test]
    fn common_shapes_read_naturally() {
        assert_eq!(
            say("${q1} = 'yes' or ${q1} = 'partly'", Role::Relevant, "en"),
            "Answer only if you answered \"Yes\" or \"Partly\" to question 1."
        );
        assert_eq!(say("selected(${q2}, 'yes')", Role::Relevant, "en"), "Answer only if you selected \"Yes\" in question 2.");
        assert_eq!(say("not(selected(${q2}, 'yes'))", Role::Relevant, "en"), "Answer only if you did not select \"Yes\" in question 2.");
        assert_eq!(say("${q4} != ''", Role::Relevant, "en"), "Answer only if you answered question 4.");
        assert_eq!(say(". >= 0 and . <= 1000", Role::Constraint, "en"), "Accepted only if the answer is at least 0 and the answer is at most 1000.");
        assert_eq!(say("string-length(.) <= 500", Role::Constraint, "en"), "Accepted only if the number of characters in the answer is at most 500.");
        assert_eq!(say("10 < ${q5}", Role::Required, "en"), "Required if the answer to question 5 is greater than 10.");
        assert_eq!(say("count-selected(${q6}) >= 2", Role::Relevant, "fr"), "Répondre seulement si le nombre d'options cochées à la question 6 est au moins 2.");
    }
}
