//! Rendering: minijinja templates with Typst auto-escaping turn a document model into a
//! `TypstSource` that remembers which template line wrote each part of it.

pub mod escape;

use std::collections::BTreeMap;
use std::sync::Arc;

use minijinja::syntax::SyntaxConfig;
use minijinja::value::{Serde, Value};
use minijinja::{AutoEscape, Environment, Error, OutputSpanKind, UndefinedBehavior};
use serde::Serialize;

use crate::engine::source::MAIN_PATH;
use crate::engine::{GeneratedFrom, SourceFile, SpanOrigin, TemplateText, TypstSource};
use crate::i18n::{Arg, Catalogs};
use crate::lang::{Direction, Lang};
#[cfg(test)]
use crate::template_set::TemplateFile;
use crate::template_set::TemplateSet;
pub use escape::{escape_markup, escape_string, escape_text, string_literal};

/// The minijinja environment over a template set, with Typst escaping and the set's catalogs.
pub struct Renderer {
    env: Environment<'static>,
    set: TemplateSet,
    catalogs: Arc<Catalogs>,
}

/// Marks where markup given to a message (`t("…", note=footnote_markup|safe)`) goes once the
/// message's own text is escaped: a private-use character around the value's index.
const SLOT: char = '\u{F8FF}';

/// Where a sentence composed by a model (not a template) takes its footnote: the message's
/// `{ $note }` placeable given this value; the template's `with_note` filter puts the note there.
pub const NOTE_MARK: &str = "\u{F8FF}note\u{F8FF}";

/// A template error, already worded for the user (`templates/info.typ.j2:12: …`).
#[derive(Debug)]
pub struct RenderError(pub String);

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RenderError {}

impl Renderer {
    /// Loads every `*.typ.j2` template of the set; a template that does not parse is reported
    /// with its file and line.
    pub fn new(set: TemplateSet) -> Result<Self, RenderError> {
        let catalogs = Arc::new(Catalogs::from_set(&set));
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        let mut syntax = SyntaxConfig::builder();
        syntax.trim_blocks(true).lstrip_blocks(true);
        env.set_syntax(syntax.build().expect("default delimiters are valid"));
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".typ.j2") {
                AutoEscape::Custom("typst".into())
            } else if name.ends_with(".html.j2") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        env.set_formatter(|out, state, value| {
            if value.is_none() || value.is_undefined() {
                return Ok(());
            }
            let typst = matches!(state.auto_escape(), AutoEscape::Custom(name) if name == "typst");
            if matches!(state.auto_escape(), AutoEscape::Html) {
                // Escaped for HTML, then the phrases' direction spans made `<span dir>`.
                let text = value.to_string();
                let text = if value.is_safe() { text } else { html_escape(&text) };
                out.write_str(&html_directions(&text))?;
            } else if typst && !value.is_safe() {
                out.write_str(&escape_markup(&value.to_string(), context_dir(state)))?;
            } else {
                out.write_str(&value.to_string())?;
            }
            Ok(())
        });
        // `{{ x|str }}`: a Typst string literal, for code positions (`#let t = {{ x|str }}`).
        env.add_filter("str", |value: Value| Value::from_safe_string(string_literal(&plain(&value))));
        register_language(&mut env, &catalogs);
        // `{{ x|typst }}`: any value as a Typst literal (strings, numbers, arrays, dictionaries).
        env.add_filter("typst", |value: Value| Value::from_safe_string(typst_literal(&value)));
        // `{{ x|markup }}`: explicit markup escape (what auto-escape does), e.g. inside `|safe` contexts.
        env.add_filter("markup", |state: &minijinja::State, value: Value| Value::from_safe_string(escape_markup(&plain(&value), context_dir(state))));
        for file in set.files().filter(|f| f.name.ends_with(".typ.j2") || f.name.ends_with(".html.j2")) {
            env.add_template_owned(file.name.clone(), file.text.clone()).map_err(|e| RenderError(describe(&e, &set)))?;
        }
        Ok(Self { env, set, catalogs })
    }

    /// Renders an HTML template (`*.html.j2`, every value escaped for HTML) with `context`.
    pub fn render_html(&self, template: &str, context: &impl Serialize) -> Result<String, RenderError> {
        let tmpl = self.env.get_template(template).map_err(|e| RenderError(format!("template {template} not found: {e}")))?;
        tmpl.render(Value::from(Serde(context))).map_err(|e| RenderError(describe(&e, &self.set)))
    }

    pub fn templates(&self) -> &TemplateSet {
        &self.set
    }

    /// The catalogs of the template set: the phrases every model and template uses.
    pub fn catalogs(&self) -> &Arc<Catalogs> {
        &self.catalogs
    }

    /// Renders `template` with `context` into a complete Typst source: the generated main file,
    /// every static `*.typ` library of the set, and the given assets.
    pub fn render(&self, template: &str, context: &impl Serialize, assets: BTreeMap<String, Vec<u8>>) -> Result<TypstSource, RenderError> {
        let tmpl = self.env.get_template(template).map_err(|e| RenderError(format!("template {template} not found: {e}")))?;
        let (text, spans) = tmpl.render_with_spans(Value::from(Serde(context))).map_err(|e| RenderError(describe(&e, &self.set)))?;
        let mut generated = GeneratedFrom::default();
        let mut index_of: BTreeMap<String, usize> = BTreeMap::new();
        for span in spans {
            let template = *index_of.entry(span.name().to_string()).or_insert_with(|| {
                let file = self.set.get(span.name());
                generated.templates.push(TemplateText {
                    display: file.map_or_else(|| span.name().to_string(), |f| f.display.clone()),
                    text: Arc::from(file.map_or("", |f| f.text.as_str())),
                });
                generated.templates.len() - 1
            });
            generated.spans.push(SpanOrigin {
                output: span.output_range(),
                template,
                source_start: span.source_range().start,
                line: span.line(),
                literal: span.kind() == OutputSpanKind::Raw,
            });
        }
        let display = self.set.get(template).map_or_else(|| template.to_string(), |f| f.display.clone());
        let main = SourceFile { path: MAIN_PATH.to_string(), text, display, generated: Some(generated) };
        let libraries = self
            .set
            .files()
            .filter(|f| f.name.ends_with(".typ"))
            .map(|f| SourceFile { path: format!("/{}", f.name), text: f.text.clone(), display: f.display.clone(), generated: None })
            .collect();
        Ok(TypstSource { main, libraries, assets, lazy: None })
    }
}

/// Text escaped for HTML: the five characters that could open markup or end an attribute.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The phrases' direction spans as HTML (`<span dir="ltr">…</span>`), balanced; the Unicode
/// isolates left to the browser, which honours them.
fn html_directions(text: &str) -> String {
    use crate::i18n::{END_SPAN, LTR_SPAN, RTL_SPAN};
    let mut out = String::with_capacity(text.len());
    let mut open = 0usize;
    for c in text.chars() {
        match c {
            LTR_SPAN => {
                out.push_str("<span dir=\"ltr\">");
                open += 1;
            }
            RTL_SPAN => {
                out.push_str("<span dir=\"rtl\">");
                open += 1;
            }
            END_SPAN if open > 0 => {
                out.push_str("</span>");
                open -= 1;
            }
            END_SPAN => {}
            _ => out.push(c),
        }
    }
    for _ in 0..open {
        out.push_str("</span>");
    }
    out
}

/// The document's language, from the template context's `lang`.
fn context_lang(state: &minijinja::State) -> Result<Lang, Error> {
    let code = state.lookup("lang").and_then(|v| v.as_str().map(str::to_string));
    code.as_deref()
        .and_then(Lang::parse)
        .ok_or_else(|| Error::new(minijinja::ErrorKind::UndefinedError, "the template's context has no `lang` (one of the six language codes)"))
}

/// The direction of the document's language (left to right when the context names none).
fn context_dir(state: &minijinja::State) -> Direction {
    context_lang(state).map_or(Direction::Ltr, Lang::dir)
}

/// `t("id", name=value…)`, the number, date and per cent filters: every word and convention of
/// the document's language, from its catalog.
fn register_language(env: &mut Environment<'static>, catalogs: &Arc<Catalogs>) {
    // `{{ sentence|phrase }}`: a sentence a model composed from the catalog, escaped for markup,
    // its values in the direction spans the catalog gave them; the sentence itself runs in the
    // document's direction.
    env.add_filter("phrase", |text: String| Value::from_safe_string(escape_text(&text)));
    // `{{ sentence|with_note(note) }}`: the same, with a footnote where the message placed it.
    env.add_filter("with_note", |text: String, note: String| {
        let escaped = escape_text(&text);
        let footnote = if note.is_empty() { String::new() } else { format!("#footnote[{}]", escape_text(&note)) };
        Value::from_safe_string(escaped.replace(NOTE_MARK, &footnote))
    });
    let c = Arc::clone(catalogs);
    // `{{ t("report-replies", count=n, note=footnote|safe) }}`: a message of the catalog, its
    // text escaped for markup; values marked safe are inserted as markup where the message
    // places them (a footnote goes where the language puts its mark).
    env.add_function("t", move |state: &minijinja::State, id: String, kwargs: minijinja::value::Kwargs| -> Result<Value, Error> {
        let lang = context_lang(state)?;
        let mut args = Vec::new();
        let mut markup = Vec::new();
        for name in kwargs.args() {
            let value: Value = kwargs.get(name)?;
            let arg = if value.is_safe() {
                markup.push(value.to_string());
                Arg::Str(format!("{SLOT}{}{SLOT}", markup.len() - 1))
            } else if value.kind() == minijinja::value::ValueKind::Number {
                Arg::Num(f64::try_from(value.clone()).unwrap_or(f64::NAN))
            } else if value.is_none() || value.is_undefined() {
                Arg::Str(String::new())
            } else {
                Arg::Str(plain(&value))
            };
            args.push((name.to_string(), arg));
        }
        let args: Vec<(&str, Arg)> = args.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
        let mut text = escape_text(&c.phrases(lang).fmt(&id, &args));
        for (i, m) in markup.iter().enumerate() {
            text = text.replace(&format!("{SLOT}{i}{SLOT}"), m);
        }
        Ok(Value::from_safe_string(text))
    });
    let c = Arc::clone(catalogs);
    // `{{ t_plain("id") }}`: a message as plain text, for string literals (alt text, metadata).
    env.add_function("t_plain", move |state: &minijinja::State, id: String| -> Result<String, Error> { Ok(c.phrases(context_lang(state)?).plain(&id, &[])) });
    let c = Arc::clone(catalogs);
    // `{{ n|num }}`: "1,234", "1 234".
    env.add_filter("num", move |state: &minijinja::State, n: f64| -> Result<String, Error> { Ok(c.phrases(context_lang(state)?).number(n)) });
    let c = Arc::clone(catalogs);
    // `{{ n|words }}`: a number under ten in words where the language writes it so.
    env.add_filter("words", move |state: &minijinja::State, n: u64| -> Result<String, Error> { Ok(c.phrases(context_lang(state)?).words(n)) });
    let c = Arc::clone(catalogs);
    // `{{ p|pct }}`: "47 per cent" in running text; `{{ p|pct_short }}`: "47%" in tables.
    env.add_filter("pct", move |state: &minijinja::State, n: u64| -> Result<String, Error> { Ok(c.phrases(context_lang(state)?).percent(n)) });
    let c = Arc::clone(catalogs);
    env.add_filter("pct_short", move |state: &minijinja::State, n: u64| -> Result<String, Error> { Ok(c.phrases(context_lang(state)?).percent_short(n)) });
    let c = Arc::clone(catalogs);
    // `{{ "2026-07-29"|date }}`: "29 July 2026", "29 تموز/يوليه 2026".
    env.add_filter("date", move |state: &minijinja::State, iso: String| -> Result<String, Error> {
        let date = crate::date::Date::parse_iso(&iso).map_err(|e| Error::new(minijinja::ErrorKind::InvalidOperation, e))?;
        Ok(c.phrases(context_lang(state)?).date(date))
    });
    let c = Arc::clone(catalogs);
    // `{{ label|quote }}`: text in the language's quotation marks.
    env.add_filter("quote", move |state: &minijinja::State, text: String| -> Result<String, Error> { Ok(c.phrases(context_lang(state)?).quote(&text)) });
    let c = Arc::clone(catalogs);
    // `{{ names|and_list }}`: "A, B and C".
    env.add_filter("and_list", move |state: &minijinja::State, items: Vec<String>| -> Result<String, Error> {
        Ok(c.phrases(context_lang(state)?).list_and(&items))
    });
}

/// A minijinja value as Typst code: strings become escaped string literals, so nothing in the
/// data can become code.
pub fn typst_literal(value: &Value) -> String {
    use minijinja::value::ValueKind;
    match value.kind() {
        ValueKind::Undefined | ValueKind::None => "none".into(),
        ValueKind::Bool => value.is_true().to_string(),
        ValueKind::Number => {
            let text = value.to_string();
            if text.parse::<f64>().is_ok_and(f64::is_finite) { text } else { "none".into() }
        }
        ValueKind::String | ValueKind::Bytes | ValueKind::Invalid | ValueKind::Plain => string_literal(&plain(value)),
        ValueKind::Seq | ValueKind::Iterable => {
            let items: Vec<String> = value.try_iter().map(|it| it.map(|v| typst_literal(&v)).collect()).unwrap_or_default();
            format!("({}{})", items.join(", "), if items.len() == 1 { "," } else { "" })
        }
        ValueKind::Map => {
            let Ok(keys) = value.try_iter() else { return "(:)".into() };
            let pairs: Vec<String> = keys
                .map(|k| {
                    let v = value.get_item(&k).unwrap_or_default();
                    format!("{}: {}", string_literal(&plain(&k)), typst_literal(&v))
                })
                .collect();
            if pairs.is_empty() { "(:)".into() } else { format!("({})", pairs.join(", ")) }
        }
        _ => string_literal(&plain(value)),
    }
}

/// The text of a value as a person reads it (no quotes around strings).
fn plain(value: &Value) -> String {
    value.as_str().map_or_else(|| value.to_string(), str::to_string)
}

/// Words a minijinja error as `file:line: kind: detail`, naming the user's file.
fn describe(error: &Error, set: &TemplateSet) -> String {
    let file = error.name().map(|name| set.get(name).map_or_else(|| name.to_string(), |f| f.display.clone())).unwrap_or_else(|| "template".to_string());
    let place = match error.line() {
        Some(line) => format!("{file}:{line}"),
        None => file,
    };
    let mut message = format!("{place}: {}", error.kind());
    if let Some(detail) = error.detail() {
        message.push_str(": ");
        message.push_str(detail);
    }
    let mut cause = std::error::Error::source(error);
    while let Some(inner) = cause {
        message.push_str(&format!("\n  caused by: {inner}"));
        cause = inner.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    fn renderer_with(name: &str, text: &str) -> Renderer {
        let mut set = TemplateSet::defaults();
        set.insert(TemplateFile { name: name.into(), display: format!("test/{name}"), text: text.into(), is_override: true });
        Renderer::new(set).unwrap()
    }

    #[test]
    fn values_are_escaped_in_markup_and_literal_in_code() {
        let renderer = renderer_with("t.typ.j2", "#let d = {{ v|typst }}\n= {{ v.name }} [{{ v.name|str }}] {{ v.n }}\n");
        let value = serde_json::json!({ "name": "#set page(width: 1cm) ]", "n": 3, "list": ["a", "b\"c"] });
        let source = renderer.render("t.typ.j2", &serde_json::json!({ "v": value }), Default::default()).unwrap();
        assert_eq!(
            source.main.text,
            "#let d = (\"list\": (\"a\", \"b\\\"c\"), \"n\": 3, \"name\": \"\\u{23}set page(width\\u{3a} 1cm) \\u{5d}\")\n\
             = \\#set page(width\\: 1cm) \\] [\"\\u{23}set page(width\\u{3a} 1cm) \\u{5d}\"] 3"
        );
        // Every library template is served beside the main file.
        assert!(source.libraries.iter().any(|l| l.path == "/un.typ"));
    }

    #[test]
    fn undefined_values_are_errors_naming_the_template_line() {
        let renderer = renderer_with("t.typ.j2", "ok\n{{ missing }}\n");
        let error = renderer.render("t.typ.j2", &serde_json::json!({}), Default::default()).unwrap_err();
        assert!(error.0.starts_with("test/t.typ.j2:2: undefined value"), "{}", error.0);
    }
}
