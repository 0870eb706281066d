//! Checks across rows, once the whole form is read: names, lists, labels, references between
//! questions, cycles, translations and treaty provisions.

use std::collections::{BTreeMap, BTreeSet};

use super::Loader;
use super::columns::Header;
use crate::expr::{Expr, Node};
use crate::load::workbook::Sheet;
use crate::model::questionnaire::{Expression, QuestionKind, Questionnaire, Required};
use crate::model::treaty;

pub(super) fn check(form: &Questionnaire, survey: &Sheet, header: &Header, choice_columns: &[String], loader: &mut Loader) {
    let col = |base: &str| header.plain(base).unwrap_or(0);
    // Every named row: questions and groups, by name → first row (1-based).
    let mut rows_by_name: BTreeMap<&str, usize> = BTreeMap::new();
    let mut named: Vec<(&str, usize)> = form.questions.iter().map(|q| (q.name.as_str(), q.row)).collect();
    named.extend(form.groups.iter().map(|g| (g.name.as_str(), g.row)));
    named.sort_by_key(|(_, row)| *row);
    for (name, row) in named {
        if let Some(first) = rows_by_name.get(name) {
            loader.error(
                survey,
                row - 1,
                col("name"),
                format!("the name {name_q} is already used at row {first}", name_q = crate::quote::quoted(name)),
                "give every question and group its own name: answers and conditions refer to it",
            );
        } else {
            rows_by_name.insert(name, row);
        }
    }
    let question_rows: BTreeMap<&str, usize> = form.questions.iter().map(|q| (q.name.as_str(), q.row)).collect();

    for q in &form.questions {
        let row = q.row - 1;
        if let Some(list) = q.kind.list()
            && !form.choices.contains_key(list)
        {
            let hint = match crate::suggest::closest(list, form.choices.keys().map(String::as_str)) {
                Some(meant) => format!("did you mean {meant_q}?", meant_q = crate::quote::quoted(meant)),
                None if form.choices.is_empty() => "add the list to the choices sheet (list_name, name, label)".to_string(),
                None => format!("the choices sheet has {}", form.choices.keys().cloned().collect::<Vec<_>>().join(", ")),
            };
            loader.error(survey, row, col("type"), format!("unknown choice list {list_q}", list_q = crate::quote::quoted(list)), hint);
        }
        let calculation_written = header.plain("calculation").is_some_and(|c| !survey.cell(row, c).is_empty());
        if q.kind == QuestionKind::Calculate && q.calculation.is_none() && !calculation_written {
            loader.error(
                survey,
                row,
                col("calculation"),
                format!("calculate {} has no calculation", crate::quote::quoted(&q.name)),
                "write the expression in the calculation column",
            );
        }
        // pyxform asks for a label, a hint or a picture (or sound, or film) to show.
        let labelled = !q.label.is_empty() || !q.hint.is_empty() || !q.media.is_empty();
        if !matches!(q.kind, QuestionKind::Calculate | QuestionKind::Hidden) && !labelled {
            loader.error(
                survey,
                row,
                col("label"),
                format!("{} has no label", crate::quote::quoted(&q.name)),
                "write the question as a State should read it, in the label column(s)",
            );
        }
        let mut expressions: Vec<(&str, &Expression, bool)> = Vec::new();
        if let Some(e) = &q.relevant {
            expressions.push(("relevant", e, true));
        }
        if let Required::When(e) = &q.required {
            expressions.push(("required", e, true));
        }
        if let Some(e) = &q.constraint {
            expressions.push(("constraint", e, true));
        }
        if let Some(e) = &q.choice_filter {
            expressions.push(("choice_filter", e, true));
        }
        if let Some(e) = &q.calculation {
            expressions.push(("calculation", e, false));
        }
        for (column, expression, must_precede) in expressions {
            check_references(loader, survey, row, col(column), column, expression, &q.name, q.row, must_precede, &question_rows, &rows_by_name);
            if column == "choice_filter" {
                check_fields(loader, survey, row, col(column), &expression.expr, choice_columns);
            }
        }
        if let (Some(p), Some(instrument)) = (&q.provision, form.instrument) {
            let count = treaty::article_count(instrument);
            if p.article > count {
                loader.error(
                    survey,
                    row,
                    col("provision"),
                    format!("article {} does not exist: the {} has {count} articles", p.article, instrument.short_title_en()),
                    "check the article number against the treaty text",
                );
            }
        }
    }
    for g in &form.groups {
        if let Some(e) = &g.relevant {
            check_references(loader, survey, g.row - 1, col("relevant"), "relevant", e, &g.name, g.row, true, &question_rows, &rows_by_name);
        }
        if let (Some(p), Some(instrument)) = (&g.provision, form.instrument)
            && p.article > treaty::article_count(instrument)
        {
            loader.error(
                survey,
                g.row - 1,
                col("provision"),
                format!("article {} does not exist in the {}", p.article, instrument.short_title_en()),
                "check the article number against the treaty text",
            );
        }
    }
    check_cycles(form, survey, col("name"), loader);
    check_translations(form, survey, header, loader);
}

#[allow(clippy::too_many_arguments)]
fn check_references(
    loader: &mut Loader,
    survey: &Sheet,
    row: usize,
    col: usize,
    column: &str,
    expression: &Expression,
    own_name: &str,
    own_row: usize,
    must_precede: bool,
    question_rows: &BTreeMap<&str, usize>,
    all_rows: &BTreeMap<&str, usize>,
) {
    let mut seen = BTreeSet::new();
    for (name, span) in expression.expr.references() {
        if !seen.insert(name) {
            continue;
        }
        let at = span.start + 1;
        match question_rows.get(name) {
            None if all_rows.contains_key(name) => loader.error(
                survey,
                row,
                col,
                format!("{column}: ${{{name}}} (character {at}) is a group, not a question"),
                "refer to a question; groups have no answer",
            ),
            None => {
                let hint = match crate::suggest::closest(name, question_rows.keys().copied()) {
                    Some(meant) => format!("did you mean ${{{meant}}}?"),
                    None => "refer to questions by their name column".to_string(),
                };
                loader.error(survey, row, col, format!("{column}: ${{{name}}} (character {at}) is not a question of this form"), hint);
            }
            Some(_) if name == own_name && column != "constraint" => loader.error(
                survey,
                row,
                col,
                format!("{column}: {own_name_q} refers to itself", own_name_q = crate::quote::quoted(own_name)),
                if column == "relevant" {
                    "a question cannot depend on its own answer; use . only in constraint"
                } else {
                    "use . for the question's own answer"
                },
            ),
            // ODK evaluates a condition on a later question (empty until it is answered), and
            // pyxform converts it; on paper it reads backwards.
            Some(&target) if must_precede && target > own_row => loader.warning(
                survey,
                row,
                col,
                format!("{column}: ${{{name}}} comes later in the form (row {target})"),
                "on paper a question should depend only on questions before it; consider moving one of them",
            ),
            _ => {}
        }
    }
}

fn check_fields(loader: &mut Loader, survey: &Sheet, row: usize, col: usize, expr: &Expr, choice_columns: &[String]) {
    let mut fields = Vec::new();
    expr.visit(&mut |e| {
        if let Node::Field(name) = &e.node {
            fields.push((name.clone(), e.span.start + 1));
        }
    });
    for (name, at) in fields {
        if name != "name" && !choice_columns.contains(&name) {
            let hint = match crate::suggest::closest(&name, choice_columns.iter().map(String::as_str)) {
                Some(meant) => format!("did you mean the column {meant_q}, or the text '{name}'?", meant_q = crate::quote::quoted(meant)),
                None => format!("if you mean the text, quote it: '{name}'; a bare name is read as a column of the choices sheet"),
            };
            // ODK reads a bare name as a (missing) column, so the filter compares with nothing and
            // offers no choice; pyxform accepts it, palermo says what will happen.
            loader.warning(
                survey,
                row,
                col,
                format!(
                    "choice_filter: {name_q} (character {at}) is not a column of the choices sheet, so it is always empty",
                    name_q = crate::quote::quoted(&name)
                ),
                hint,
            );
        }
    }
}

/// Questions whose conditions or calculations depend on each other in a circle can never be
/// settled: report each cycle once.
fn check_cycles(form: &Questionnaire, survey: &Sheet, name_col: usize, loader: &mut Loader) {
    let index: BTreeMap<&str, usize> = form.questions.iter().enumerate().map(|(i, q)| (q.name.as_str(), i)).collect();
    let deps: Vec<Vec<usize>> = form
        .questions
        .iter()
        .map(|q| {
            let mut out = BTreeSet::new();
            let mut add = |e: &Expression| {
                for (name, _) in e.expr.references() {
                    if let Some(&i) = index.get(name) {
                        out.insert(i);
                    }
                }
            };
            [&q.relevant, &q.calculation, &q.choice_filter].into_iter().flatten().for_each(&mut add);
            if let Required::When(e) = &q.required {
                add(e);
            }
            out.into_iter().collect()
        })
        .collect();
    // Iterative depth-first search: 0 unvisited, 1 on the stack, 2 done.
    let mut state = vec![0u8; deps.len()];
    let mut reported: BTreeSet<Vec<usize>> = BTreeSet::new();
    for start in 0..deps.len() {
        if state[start] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        state[start] = 1;
        while let Some((node, next)) = stack.last().copied() {
            if let Some(&dep) = deps[node].get(next) {
                stack.last_mut().expect("non-empty").1 += 1;
                match state[dep] {
                    0 => {
                        state[dep] = 1;
                        stack.push((dep, 0));
                    }
                    1 if dep != node => {
                        let from = stack.iter().position(|(n, _)| *n == dep).expect("on the stack");
                        let mut cycle: Vec<usize> = stack[from..].iter().map(|(n, _)| *n).collect();
                        let mut key = cycle.clone();
                        key.sort();
                        if reported.insert(key) {
                            cycle.push(dep);
                            let names: Vec<&str> = cycle.iter().map(|&i| form.questions[i].name.as_str()).collect();
                            let first = &form.questions[dep];
                            loader.error(
                                survey,
                                first.row - 1,
                                name_col,
                                format!("circular dependency: {}", names.join(" → ")),
                                "each of these questions waits for another of them; break the circle",
                            );
                        }
                    }
                    _ => {}
                }
            } else {
                state[node] = 2;
                stack.pop();
            }
        }
    }
}

/// A label missing in a declared language would leave that language's paper questionnaire with
/// a hole: warn for each.
fn check_translations(form: &Questionnaire, survey: &Sheet, header: &Header, loader: &mut Loader) {
    let languages: Vec<&str> = form.languages.iter().map(String::as_str).filter(|l| *l != "default" || form.languages.len() == 1).collect();
    if languages.len() < 2 {
        return;
    }
    for q in form.questions.iter().filter(|q| q.kind != QuestionKind::Calculate && !q.label.is_empty()) {
        for lang in &languages {
            if !q.label.has(lang) {
                let col = header.translations("label").iter().find(|(l, _)| l.as_deref() == Some(*lang)).map_or(0, |(_, c)| *c);
                loader.warning(
                    survey,
                    q.row - 1,
                    col,
                    format!("{} has no label in {}", crate::quote::quoted(&q.name), language_name(lang)),
                    format!("translate it, or the {} questionnaire falls back to {}", language_name(lang), language_name(&form.default_language)),
                );
            }
        }
    }
    for (list, choices) in &form.choices {
        for choice in choices.iter().filter(|c| !c.label.is_empty()) {
            for lang in &languages {
                if !choice.label.has(lang) {
                    loader.diagnostics.push(
                        crate::model::Diagnostic::warning(
                            loader.file,
                            format!(
                                "choice {} of list {list_q} has no label in {}",
                                crate::quote::quoted(&choice.name),
                                language_name(lang),
                                list_q = crate::quote::quoted(list)
                            ),
                        )
                        .at_row(choice.row)
                        .hint("translate it in the choices sheet"),
                    );
                    if let Some(last) = loader.diagnostics.last_mut() {
                        last.sheet = Some("choices".to_string());
                    }
                }
            }
        }
    }
}

fn language_name(code: &str) -> String {
    if crate::lang::Lang::parse(code).is_some() {
        crate::i18n::Catalogs::builtin().phrases(crate::lang::Lang::En).plain("language-name", &[("code", code.into())])
    } else {
        code.to_string()
    }
}
