//! The catalogs' phrases as translation units: one unit per message of the English catalog, its
//! placeables (`{ $count }`, `{ WORDS($n) }`) protected placeholders; a message that selects a
//! form (`{ $n -> [one] … *[other] … }`) goes whole, in Fluent syntax, for the target language
//! may need other forms than English (Russian's few and many). Translations come back as a
//! conference's own `templates/messages/<lang>.ftl`, laid over the built-in catalog message by
//! message, each checked by Fluent's parser first.

use std::collections::{BTreeMap, BTreeSet};

use super::xliff::{Inline, Unit, original_text};

/// One message of a catalog file, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    /// The pattern: the first line's text and the continuation lines, their common indentation
    /// removed.
    pub value: String,
    /// The `#` comment just above it (for the translator).
    pub comment: String,
}

/// The messages of a Fluent file, in order.
pub fn messages(ftl: &str) -> Vec<Message> {
    let lines: Vec<&str> = ftl.lines().collect();
    let mut out = Vec::new();
    let mut comment: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        if let Some(text) = line.strip_prefix("# ").or_else(|| (line == "#").then_some("")) {
            comment.push(text);
            continue;
        }
        let Some((id, first)) = line.split_once('=').filter(|(id, _)| is_id(id.trim()) && !line.starts_with([' ', '\t'])) else {
            comment.clear();
            continue;
        };
        let mut body: Vec<&str> = Vec::new();
        // Continuation lines are indented (or close a placeable); blank lines inside a pattern
        // belong to it when an indented line follows.
        while i < lines.len() {
            let next = lines[i];
            if next.starts_with([' ', '\t', '}']) {
                body.push(next);
                i += 1;
            } else if next.trim().is_empty() && lines[i..].iter().find(|l| !l.trim().is_empty()).is_some_and(|l| l.starts_with([' ', '\t'])) {
                body.push("");
                i += 1;
            } else {
                break;
            }
        }
        let indent = body.iter().filter(|l| !l.trim().is_empty()).map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
        let mut value = first.trim().to_string();
        for l in body {
            if !value.is_empty() {
                value.push('\n');
            }
            value.push_str(l.get(indent..).unwrap_or(l.trim_start()));
        }
        out.push(Message { id: id.trim().to_string(), value, comment: comment.join("\n") });
        comment.clear();
    }
    out
}

fn is_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic()) && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The messages of a catalog in force: the built-in file with a conference's file over it.
pub fn in_force(default: &str, overrides: Option<&str>) -> BTreeMap<String, Message> {
    let mut all: BTreeMap<String, Message> = messages(default).into_iter().map(|m| (m.id.clone(), m)).collect();
    for m in overrides.map(messages).unwrap_or_default() {
        all.insert(m.id.clone(), m);
    }
    all
}

/// A pattern that selects among forms.
fn selects(value: &str) -> bool {
    value.contains("->")
}

/// The runs of a pattern: its text, each placeable a code shown as what is inside it.
pub fn runs(value: &str) -> Vec<Inline> {
    if selects(value) {
        return vec![Inline::Text(value.to_string())];
    }
    let mut out = Vec::new();
    let mut text = String::new();
    let mut chars = value.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c != '{' {
            text.push(c);
            continue;
        }
        let mut depth = 1;
        let mut end = value.len();
        for (i, c) in chars.by_ref() {
            depth += match c {
                '{' => 1,
                '}' => -1,
                _ => 0,
            };
            if depth == 0 {
                end = i + 1;
                break;
            }
        }
        if !text.is_empty() {
            out.push(Inline::Text(std::mem::take(&mut text)));
        }
        let data = &value[start..end];
        out.push(Inline::Code { data: data.to_string(), disp: data.trim_start_matches('{').trim_end_matches('}').trim().to_string() });
    }
    if !text.is_empty() {
        out.push(Inline::Text(text));
    }
    out
}

/// One unit per English message; the target is the language's message in force.
pub fn units(english: &BTreeMap<String, Message>, target: &BTreeMap<String, Message>, order: &[String]) -> Vec<Unit> {
    order
        .iter()
        .filter_map(|id| english.get(id))
        .map(|m| {
            let mut notes = Vec::new();
            if !m.comment.is_empty() {
                notes.push(m.comment.clone());
            }
            if selects(&m.value) {
                notes.push("Fluent syntax: translate the words of each [variant]; keep { $variable -> … } and the * of the default form; the language may add the forms it needs ([few], [many]).".to_string());
            }
            Unit {
                id: m.id.clone(),
                name: m.id.clone(),
                notes,
                source: runs(&m.value),
                target: target.get(&m.id).map(|t| runs(&t.value)),
                preserve_space: selects(&m.value) || target.get(&m.id).is_some_and(|t| selects(&t.value)),
            }
        })
        .collect()
}

/// A translated message as a Fluent entry: `id = …`, continuation lines indented.
pub fn entry(id: &str, value: &str) -> String {
    let mut lines = value.lines();
    let mut out = format!("{id} = {}", lines.next().unwrap_or_default().trim_end());
    for line in lines {
        out.push('\n');
        if !line.trim().is_empty() {
            out.push_str("    ");
            out.push_str(line.trim_end());
        }
    }
    out
}

/// The variables a pattern uses.
pub fn variables(value: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, _) in value.match_indices('$') {
        let name: String = value[i + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
        if !name.is_empty() {
            out.insert(name);
        }
    }
    out
}

/// The translated messages that differ from the catalog in force, each checked: it parses as
/// Fluent, and uses only variables palermo gives it (those of the message in any built-in
/// catalog). Returns them, and the problems of those refused.
pub fn changed(
    units: &[Unit],
    english: &BTreeMap<String, Message>,
    known_variables: &dyn Fn(&str) -> BTreeSet<String>,
    current: &BTreeMap<String, Message>,
) -> (Vec<Message>, Vec<String>) {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for unit in units {
        let Some(target) = &unit.target else { continue };
        let value = original_text(target).trim().to_string();
        if value.is_empty() || current.get(&unit.id).is_some_and(|m| messages(&entry(&unit.id, &value)).pop().is_some_and(|t| t.value == m.value)) {
            continue;
        }
        if !english.contains_key(&unit.id) {
            let hint = crate::suggest::closest(&unit.id, english.keys().map(String::as_str)).map_or_else(String::new, |m| format!("; did you mean {m}?"));
            problems.push(format!("unit {}: palermo has no such message{hint}", crate::quote::quoted(&unit.id)));
            continue;
        }
        let text = entry(&unit.id, &value);
        match fluent_syntax::parser::parse(text.as_str()) {
            Err((_, errors)) => {
                let what = errors.first().map(|e| e.kind.to_string()).unwrap_or_default();
                problems.push(format!(
                    "unit {}: not valid Fluent ({what}); keep the placeholders and the {{ … -> … }} structure as exported",
                    crate::quote::quoted(&unit.id)
                ));
                continue;
            }
            Ok(resource) if resource.body.len() != 1 => {
                problems.push(format!(
                    "unit {}: the translation reads as {} entries, not one message; a line must not begin with [, * or .",
                    crate::quote::quoted(&unit.id),
                    resource.body.len()
                ));
                continue;
            }
            Ok(_) => {}
        }
        let allowed = known_variables(&unit.id);
        if let Some(unknown) = variables(&value).into_iter().find(|v| !allowed.contains(v)) {
            let known: Vec<String> = allowed.iter().map(|v| format!("${v}")).collect();
            let known = if known.is_empty() { "none".to_string() } else { known.join(", ") };
            problems.push(format!("unit {}: palermo gives this message no ${unknown} (it gives {known})", crate::quote::quoted(&unit.id)));
            continue;
        }
        // Kept as the catalog reads it back: indentation made relative.
        let value = messages(&text).pop().map_or(value, |m| m.value);
        out.push(Message { id: unit.id.clone(), value, comment: String::new() });
    }
    (out, problems)
}

/// The conference's catalog file with `changed` laid over the messages it already holds.
pub fn merged_file(lang_name: &str, existing: Option<&str>, changed: &[Message]) -> String {
    let mut all: Vec<Message> = existing.map(messages).unwrap_or_default();
    for m in changed {
        match all.iter_mut().find(|e| e.id == m.id) {
            Some(e) => e.value = m.value.clone(),
            None => all.push(m.clone()),
        }
    }
    let mut out = format!(
        "# {lang_name}: the messages this conference words otherwise than palermo's built-in catalog, laid\n# over it message by message (written by palermo translate import; edit freely).\n"
    );
    for m in all {
        out.push('\n');
        for line in m.comment.lines() {
            out.push_str(format!("# {line}").trim_end());
            out.push('\n');
        }
        out.push_str(&entry(&m.id, &m.value));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FTL: &str = "# Header.\n\n## Group\n\n# The count.\nreplies = { $count } States replied\n    to the questionnaire.\nplural = { $n ->\n    [one] one State\n   *[other] { $n } States\n}\nnext = Next\n";

    #[test]
    fn messages_are_read_with_their_comments_and_continuation_lines() {
        let m = messages(FTL);
        assert_eq!(m.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["replies", "plural", "next"]);
        assert_eq!(m[0].value, "{ $count } States replied\nto the questionnaire.");
        assert_eq!(m[0].comment, "The count.");
        assert_eq!(m[1].value, "{ $n ->\n    [one] one State\n   *[other] { $n } States\n}");
        assert_eq!(runs(&m[0].value)[0], Inline::Code { data: "{ $count }".into(), disp: "$count".into() });
        assert_eq!(runs(&m[1].value).len(), 1, "a select goes whole");
    }

    #[test]
    fn translations_are_checked_before_they_are_kept() {
        let en: BTreeMap<String, Message> = messages(FTL).into_iter().map(|m| (m.id.clone(), m)).collect();
        let unit = |id: &str, text: &str| Unit { id: id.into(), target: Some(vec![Inline::Text(text.into())]), ..Unit::default() };
        let vars = |id: &str| if id == "replies" { BTreeSet::from(["count".to_string()]) } else { BTreeSet::from(["n".to_string()]) };
        let units = [
            unit("replies", "{ $count } États ont répondu."),
            unit("plural", "{ $n ->\n    [one] { $n } État\n   *[other] { $n } États\n}"),
            unit("next", "{ $count } suivant"),
            unit("replys", "x"),
            unit("next", "{ $n"),
        ];
        let (ok, problems) = changed(&units, &en, &vars, &BTreeMap::new());
        assert_eq!(ok.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["replies", "plural"]);
        assert!(problems[0].contains("gives this message no $count"), "{problems:?}");
        assert!(problems[1].contains("palermo has no such message; did you mean replies?"), "{problems:?}");
        assert!(problems[2].contains("not valid Fluent"), "{problems:?}");
        let file = merged_file("French", Some("# Old.\nnext = Suivant\n"), &ok);
        assert!(fluent_syntax::parser::parse(file.as_str()).is_ok(), "{file}");
        assert_eq!(in_force(FTL, Some(&file))["plural"].value, "{ $n ->\n    [one] { $n } État\n   *[other] { $n } États\n}");
        assert_eq!(in_force(FTL, Some(&file))["next"].value, "Suivant");
    }
}

#[cfg(test)]
mod catalogs {
    use super::*;
    use crate::lang::Lang;

    /// Every message of the six built-in catalogs is read as Fluent reads it, and written back
    /// as an entry Fluent reads as the same message.
    #[test]
    fn the_built_in_catalogs_are_read_message_by_message() {
        for lang in Lang::ALL {
            let text = crate::template_set::default_text(&format!("messages/{lang}.ftl")).unwrap();
            let ours = messages(text);
            let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
                let at: Vec<String> = errors.iter().map(|e| format!("line {}: {}", text[..e.pos.start].matches('\n').count() + 1, e.kind)).collect();
                panic!("{lang}.ftl: {at:?}")
            });
            let theirs: Vec<&str> = resource
                .body
                .iter()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                    _ => None,
                })
                .collect();
            assert_eq!(ours.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), theirs, "{lang}");
            for m in &ours {
                let again = entry(&m.id, &m.value);
                let parsed = fluent_syntax::parser::parse(again.as_str()).unwrap_or_else(|e| panic!("{lang} {}: {e:?}\n{again}", m.id));
                assert_eq!(parsed.body.len(), 1, "{lang} {}", m.id);
                assert_eq!(messages(&again)[0].value, m.value, "{lang} {}", m.id);
            }
        }
    }
}
