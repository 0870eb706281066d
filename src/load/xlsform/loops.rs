//! `begin loop over LIST`: the questions of a loop asked once per choice of the list, as pyxform
//! builds them. Each choice becomes a group (named and labelled as the choice) holding a copy of
//! the questions, named `<question>_<choice>`, with `%(name)s` and `%(label)s` in their texts
//! replaced by the choice's name and label, and references between them kept within the copy.

use std::collections::BTreeMap;

use crate::model::questionnaire::{Choice, Expression, Group, Question, Required, Text};

pub(super) fn expand(groups: &mut Vec<Group>, questions: &mut Vec<Question>, loop_group: usize, template: Vec<Question>, items: &[Choice], default_lang: &str) {
    let names: Vec<String> = template.iter().map(|q| q.name.clone()).collect();
    let row = groups[loop_group].row;
    for item in items {
        let label_in = |lang: &str| item.label.get(lang, default_lang).unwrap_or(&item.name).to_string();
        groups.push(Group {
            name: item.name.clone(),
            label: item.label.clone(),
            relevant: None,
            repeat: false,
            parent: Some(loop_group),
            provision: None,
            row,
        });
        let group = groups.len() - 1;
        let substitute = |text: &Text| {
            Text(
                text.0
                    .iter()
                    .map(|(lang, t)| (lang.clone(), t.replace("%(label)s", &label_in(lang)).replace("%(name)s", &item.name)))
                    .collect::<BTreeMap<_, _>>(),
            )
        };
        let rename = |e: &Expression| -> Expression {
            let mut text = e.text.clone();
            for name in &names {
                text = text.replace(&format!("${{{name}}}"), &format!("${{{name}_{}}}", item.name));
            }
            match crate::expr::parse(&text) {
                Ok(expr) => Expression { text, expr },
                Err(_) => e.clone(),
            }
        };
        for q in &template {
            let mut copy = q.clone();
            copy.name = format!("{}_{}", q.name, item.name);
            if copy.group == Some(loop_group) {
                copy.group = Some(group);
            }
            copy.label = substitute(&q.label);
            copy.hint = substitute(&q.hint);
            copy.constraint_message = substitute(&q.constraint_message);
            copy.required_message = substitute(&q.required_message);
            copy.relevant = q.relevant.as_ref().map(rename);
            copy.constraint = q.constraint.as_ref().map(rename);
            copy.calculation = q.calculation.as_ref().map(rename);
            copy.choice_filter = q.choice_filter.as_ref().map(rename);
            if let Required::When(e) = &q.required {
                copy.required = Required::When(rename(e));
            }
            questions.push(copy);
        }
    }
}
