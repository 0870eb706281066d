//! The analysts' text of a report: `analysis/<form_id>/<lang>.md`, plain Markdown whose `## NAME`
//! headings name a group or question of the form (or `introduction`, `replies`,
//! `technical-assistance`, `conclusions`); its paragraphs follow the generated text of that part,
//! numbered with the report's paragraphs. Figures are never typed by hand: `{{ fig("ID") }}`
//! prints a figure of the report's figures file, `{{ fig("ID", "of") }}` its denominator,
//! `{{ fig("ID", "per_cent") }}` its per cent, `{{ state("KEN") }}` a State's name, each as the
//! report's language writes it. Every text is escaped as every value is: nothing an analyst
//! writes can run code or change the layout.

use std::collections::BTreeMap;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::Block;
use crate::figures::{Figure, FormFigures};
use crate::i18n::Phrases;
use crate::inputs::{AnalysisText, Inputs};
use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::render::escape_text;

/// The parts a heading can name besides the form's groups and questions.
pub const PARTS: [&str; 4] = ["introduction", "replies", "technical-assistance", "conclusions"];

/// The analysts' text of one language version, by the part each heading names, in order.
#[derive(Debug, Default)]
pub struct Analysis {
    pub parts: Vec<(String, Vec<Block>)>,
    /// The text is the English one, printed where the language's own file is missing.
    pub untranslated: bool,
    /// The file, as messages name it.
    pub file: String,
}

/// Marks where a resolved reference goes once the text around it is escaped.
const OPEN: char = '\u{F8E0}';
const CLOSE: char = '\u{F8E1}';

/// The analysts' text of the report on `form` in the language of `p`: its own file, else the
/// English one marked untranslated, else none. An error names the file and line.
pub fn read(p: Phrases<'_>, inputs: &Inputs, form: &Questionnaire, figures: &FormFigures) -> Result<Option<Analysis>, String> {
    let Some(files) = inputs.analysis.get(&form.form_id) else { return Ok(None) };
    let (file, untranslated) = match (files.get(&p.lang()), files.get(&Lang::En)) {
        (Some(own), _) => (own, false),
        (None, Some(english)) => (english, true),
        (None, None) => return Ok(None),
    };
    // Untranslated text is English: its numbers and names as English writes them.
    let words = if untranslated { p.in_language(Lang::En) } else { p };
    let (text, values) = resolve(file, words, inputs, figures)?;
    // The same text written twice, as Typst markup and as HTML: the blocks pair one to one.
    let mut parts = parse(file, &text, form, Dialect::Typst)?;
    let html = parse(file, &text, form, Dialect::Html)?;
    for ((_, blocks), (_, html_blocks)) in parts.iter_mut().zip(&html) {
        for (block, html_block) in blocks.iter_mut().zip(html_blocks) {
            if let (Block::Markup { markup, html, .. }, Block::Markup { markup: as_html, .. }) = (block, html_block) {
                *markup = fill(markup, &values, escape_text);
                *html = fill(as_html, &values, crate::render::html_escape);
                if untranslated && p.lang() != Lang::En {
                    *markup = format!("#text(lang: \"en\", dir: ltr)[{markup}]");
                    *html = format!("<span lang=\"en\" dir=\"ltr\">{html}</span>");
                }
            }
        }
    }
    // Said once, where the English text begins.
    if let Some((_, blocks)) = parts.first_mut().filter(|_| untranslated && p.lang() != Lang::En) {
        blocks.insert(0, Block::Note { text: p.plain("report-analysis-untranslated", &[]) });
    }
    Ok(Some(Analysis { parts, untranslated, file: file.file.clone() }))
}

/// Replaces every `{{ … }}` reference by a placeholder and returns the values, as the report's
/// language writes them.
fn resolve(file: &AnalysisText, p: Phrases<'_>, inputs: &Inputs, figures: &FormFigures) -> Result<(String, Vec<String>), String> {
    let by_id: BTreeMap<&str, &Figure> = figures.registry.figures.iter().map(|f| (f.id.as_str(), f)).collect();
    let mut values = Vec::new();
    let mut out = String::with_capacity(file.text.len());
    for (n, line) in file.text.split_inclusive('\n').enumerate() {
        let at = |message: String| format!("{}:{}: {message}", file.file, n + 1);
        let mut rest = line;
        while let Some(open) = rest.find("{{") {
            out.push_str(&rest[..open]);
            let Some(close) = rest[open..].find("}}") else { return Err(at("a reference opened with {{ is not closed with }}".into())) };
            let inner = rest[open + 2..open + close].trim();
            let value = reference(inner, p, inputs, &by_id).map_err(at)?;
            out.push(OPEN);
            out.push_str(&values.len().to_string());
            out.push(CLOSE);
            values.push(value);
            rest = &rest[open + close + 2..];
        }
        out.push_str(rest);
    }
    Ok((out, values))
}

/// What the reference `inner` (the text between `{{` and `}}`) prints in the language of `p`.
pub fn value_of(inner: &str, p: Phrases<'_>, inputs: &Inputs, figures: &FormFigures) -> Result<String, String> {
    let by_id: BTreeMap<&str, &Figure> = figures.registry.figures.iter().map(|f| (f.id.as_str(), f)).collect();
    reference(inner.trim(), p, inputs, &by_id)
}

/// One reference: `fig("ID")`, `fig("ID", "of")`, `fig("ID", "per_cent")` or `state("KEN")`.
fn reference(inner: &str, p: Phrases<'_>, inputs: &Inputs, figures: &BTreeMap<&str, &Figure>) -> Result<String, String> {
    let usage = "write {{ fig(\"ID\") }}, {{ fig(\"ID\", \"of\") }}, {{ fig(\"ID\", \"per_cent\") }} or {{ state(\"KEN\") }}";
    let (function, args) = inner
        .split_once('(')
        .and_then(|(f, a)| Some((f.trim(), a.trim().strip_suffix(')')?)))
        .ok_or_else(|| format!("{} is not a reference; {usage}", crate::quote::quoted(inner)))?;
    let args: Vec<String> = args.split(',').map(|a| a.trim().trim_matches('"').to_string()).filter(|a| !a.is_empty()).collect();
    match (function, args.as_slice()) {
        ("state", [code]) => match inputs.states.get(code) {
            Some(state) => Ok(state.name(p.lang()).to_string()),
            None => {
                let hint =
                    crate::suggest::closest(code, inputs.states.iter().map(|s| s.iso3.as_str())).map_or_else(String::new, |c| format!("; did you mean {c}?"));
                Err(format!("unknown State {}{hint}", crate::quote::quoted(code)))
            }
        },
        ("fig", [id, field @ ..]) if field.len() <= 1 => {
            let Some(figure) = figures.get(id.as_str()) else {
                let nearest = crate::suggest::nearest(id, figures.keys().copied());
                let hint = if nearest.is_empty() {
                    "see the report's figures.json for the ids".to_string()
                } else {
                    format!("did you mean {}?", nearest.iter().map(crate::quote::quoted).collect::<Vec<_>>().join(" or "))
                };
                return Err(format!("unknown figure {}; {hint}", crate::quote::quoted(id)));
            };
            match field.first().map(String::as_str) {
                None => Ok(value(p, &figure.value)),
                Some("of") => {
                    figure.denominator.map(|d| p.words(d)).ok_or_else(|| format!("the figure {} is not a share: it has no \"of\"", crate::quote::quoted(id)))
                }
                Some("per_cent") => figure.per_cent.map(|v| p.percent(v)).ok_or_else(|| format!("the figure {} has no per cent", crate::quote::quoted(id))),
                Some(other) => Err(format!("{} is not a part of a figure; use \"of\" or \"per_cent\"", crate::quote::quoted(other))),
            }
        }
        _ => Err(format!("{} is not a reference; {usage}", crate::quote::quoted(inner))),
    }
}

/// A figure's value as running text writes it: a count under ten in words where the language
/// does so, an exact decimal with the language's marks, a date as the language writes dates.
fn value(p: Phrases<'_>, value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Number(n) if n.as_u64().is_some() => p.words(n.as_u64().unwrap_or_default()),
        serde_json::Value::String(s) => match crate::date::Date::parse_iso(s) {
            Ok(d) => p.date(d),
            Err(_) => crate::i18n::format_decimal(p.lang(), s),
        },
        other => other.to_string(),
    }
}

/// The resolved values in place of their placeholders, escaped by `escape`.
fn fill(markup: &str, values: &[String], escape: fn(&str) -> String) -> String {
    let mut out = String::with_capacity(markup.len());
    let mut rest = markup;
    while let Some(open) = rest.find(OPEN) {
        out.push_str(&rest[..open]);
        let after = &rest[open + OPEN.len_utf8()..];
        let Some(close) = after.find(CLOSE) else { break };
        let index: usize = after[..close].parse().unwrap_or(usize::MAX);
        out.push_str(&escape(values.get(index).map_or("", String::as_str)));
        rest = &after[close + CLOSE.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// The text's parts: each `##` heading with the blocks under it (paragraphs numbered; lists,
/// quotations and footnotes as Typst markup, every text escaped).
fn parse(file: &AnalysisText, text: &str, form: &Questionnaire, dialect: Dialect) -> Result<Vec<(String, Vec<Block>)>, String> {
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let known = |name: &str| PARTS.contains(&name) || form.groups.iter().any(|g| g.name == name) || form.question(name).is_some_and(|q| q.publish);
    // Straight quotes and apostrophes typed on a keyboard become typographic ones (d'Afrique → d’Afrique).
    let options = Options::ENABLE_FOOTNOTES | Options::ENABLE_SMART_PUNCTUATION;
    // First the footnotes, wherever they are defined.
    let mut notes: BTreeMap<String, String> = BTreeMap::new();
    let mut parser = Parser::new_ext(text, options).into_offset_iter();
    while let Some((event, _)) = parser.next() {
        if let Event::Start(Tag::FootnoteDefinition(label)) = event {
            let mut inner = Writer::new(dialect);
            let mut note: Vec<String> = Vec::new();
            for (event, _) in parser.by_ref() {
                if matches!(event, Event::End(TagEnd::FootnoteDefinition)) {
                    break;
                }
                note.extend(inner.event(&event, &BTreeMap::new()).into_iter().filter_map(|b| match b {
                    Block::Markup { markup, .. } => Some(markup),
                    _ => None,
                }));
            }
            note.push(inner.finish_inline());
            notes.insert(label.to_string(), note.iter().map(|n| n.trim()).filter(|n| !n.is_empty()).collect::<Vec<_>>().join(" "));
        }
    }
    let mut parts: Vec<(String, Vec<Block>)> = Vec::new();
    let mut writer = Writer::new(dialect);
    let mut heading: Option<String> = None;
    let mut in_note = 0;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match &event {
            Event::Start(Tag::FootnoteDefinition(_)) => in_note += 1,
            Event::End(TagEnd::FootnoteDefinition) => in_note -= 1,
            _ if in_note > 0 => {}
            Event::Start(Tag::Heading { level, .. }) => {
                if *level != HeadingLevel::H2 {
                    return Err(format!(
                        "{}:{}: a heading names a part of the report with ## (two #): ## introduction, ## art5…",
                        file.file,
                        line_of(range.start)
                    ));
                }
                heading = Some(String::new());
            }
            Event::Text(t) if heading.is_some() => heading.get_or_insert_default().push_str(t),
            Event::End(TagEnd::Heading(_)) => {
                let name = heading.take().unwrap_or_default().trim().to_string();
                if !known(&name) {
                    let names: Vec<&str> = PARTS
                        .iter()
                        .copied()
                        .chain(form.groups.iter().map(|g| g.name.as_str()))
                        .chain(form.questions.iter().filter(|q| q.publish && q.kind.is_answered()).map(|q| q.name.as_str()))
                        .collect();
                    let hint = crate::suggest::closest(&name, names.iter().copied()).map_or_else(
                        || format!("name a group or a question of {} by its name, or one of {}", form.form_id, PARTS.join(", ")),
                        |m| format!("did you mean {}?", crate::quote::quoted(m)),
                    );
                    return Err(format!("{}:{}: ## {} names no part of the report; {hint}", file.file, line_of(range.start), crate::quote::quoted(&name)));
                }
                parts.push((name, Vec::new()));
            }
            _ => {
                let blocks = writer.event(&event, &notes);
                if !blocks.is_empty() {
                    let Some((_, part)) = parts.last_mut() else {
                        return Err(format!(
                            "{}:{}: text before the first heading; begin with a heading such as ## introduction",
                            file.file,
                            line_of(range.start)
                        ));
                    };
                    part.extend(blocks);
                }
            }
        }
    }
    Ok(parts)
}

/// What the analysts' Markdown is written as: Typst markup for the PDF, HTML for the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    Typst,
    Html,
}

impl Dialect {
    fn text(self, t: &str) -> String {
        match self {
            Dialect::Typst => escape_text(t),
            Dialect::Html => crate::render::html_escape(t),
        }
    }

    fn open(self, strong: bool) -> &'static str {
        match (self, strong) {
            (Dialect::Typst, false) => "#emph[",
            (Dialect::Typst, true) => "#strong[",
            (Dialect::Html, false) => "<em>",
            (Dialect::Html, true) => "<strong>",
        }
    }

    fn close(self, strong: bool) -> &'static str {
        match (self, strong) {
            (Dialect::Typst, _) => "]",
            (Dialect::Html, false) => "</em>",
            (Dialect::Html, true) => "</strong>",
        }
    }

    fn linebreak(self) -> &'static str {
        match self {
            Dialect::Typst => "#linebreak()",
            Dialect::Html => "<br>",
        }
    }

    fn footnote(self, note: &str) -> String {
        match self {
            Dialect::Typst => format!("#footnote[{note}]"),
            Dialect::Html => format!("<small class=\"note\" role=\"note\"> ({note})</small>"),
        }
    }

    fn list(self, ordered: bool, items: &[String]) -> String {
        match self {
            Dialect::Typst => {
                format!("#{}({})", if ordered { "enum" } else { "list" }, items.iter().map(|i| format!("[{}]", i.trim())).collect::<Vec<_>>().join(", "))
            }
            Dialect::Html => {
                let tag = if ordered { "ol" } else { "ul" };
                format!("<{tag}>{}</{tag}>", items.iter().map(|i| format!("<li>{}</li>", i.trim())).collect::<String>())
            }
        }
    }

    fn quote(self, markup: &str) -> String {
        match self {
            Dialect::Typst => format!("#quote(block: true)[{markup}]"),
            Dialect::Html => format!("<blockquote><p>{markup}</p></blockquote>"),
        }
    }
}

/// Typst markup (or HTML) written from Markdown events.
struct Writer {
    dialect: Dialect,
    /// The markup of the block being written.
    text: String,
    /// Open lists: ordered or not, and the items written so far.
    lists: Vec<(bool, Vec<String>)>,
    quote: usize,
    /// Open emphases, strong or not, to close in kind.
    emphases: Vec<bool>,
}

impl Writer {
    fn new(dialect: Dialect) -> Self {
        Writer { dialect, text: String::new(), lists: Vec::new(), quote: 0, emphases: Vec::new() }
    }

    /// Takes one event; returns the blocks it completes.
    fn event(&mut self, event: &Event<'_>, notes: &BTreeMap<String, String>) -> Vec<Block> {
        let d = self.dialect;
        let block = |markup: String, numbered: bool| Block::Markup { markup, html: String::new(), numbered };
        match event {
            // HTML typed in the Markdown is text like any other: shown, never run.
            Event::Text(t) | Event::Code(t) | Event::InlineHtml(t) | Event::Html(t) => self.text.push_str(&d.text(t)),
            Event::SoftBreak => self.text.push(' '),
            Event::HardBreak => self.text.push_str(d.linebreak()),
            Event::Start(Tag::Emphasis) => {
                self.emphases.push(false);
                self.text.push_str(d.open(false));
            }
            Event::Start(Tag::Strong) => {
                self.emphases.push(true);
                self.text.push_str(d.open(true));
            }
            Event::End(TagEnd::Emphasis | TagEnd::Strong) => {
                let strong = self.emphases.pop().unwrap_or(false);
                self.text.push_str(d.close(strong));
            }
            Event::FootnoteReference(label) => {
                if let Some(note) = notes.get(label.as_ref()) {
                    self.text.push_str(&d.footnote(note));
                }
            }
            Event::Start(Tag::List(start)) => self.lists.push((start.is_some(), Vec::new())),
            Event::Start(Tag::Item) => self.text.clear(),
            Event::End(TagEnd::Item) => {
                let item = std::mem::take(&mut self.text);
                if let Some((_, items)) = self.lists.last_mut() {
                    items.push(item);
                }
            }
            Event::End(TagEnd::List(_)) => {
                let (ordered, items) = self.lists.pop().unwrap_or_default();
                let markup = d.list(ordered, &items);
                if let Some((_, outer)) = self.lists.last_mut() {
                    // A nested list belongs to the item it is in.
                    if let Some(last) = outer.last_mut() {
                        last.push_str(&markup);
                    } else {
                        self.text.push_str(&markup);
                    }
                } else {
                    return vec![block(markup, false)];
                }
            }
            Event::Start(Tag::BlockQuote(_)) => self.quote += 1,
            Event::End(TagEnd::BlockQuote(_)) => self.quote = self.quote.saturating_sub(1),
            Event::Start(Tag::Paragraph) if self.lists.is_empty() => self.text.clear(),
            Event::End(TagEnd::Paragraph) if self.lists.is_empty() => {
                let markup = std::mem::take(&mut self.text).trim().to_string();
                if markup.is_empty() {
                    return Vec::new();
                }
                return if self.quote > 0 { vec![block(d.quote(&markup), false)] } else { vec![block(markup, true)] };
            }
            Event::End(TagEnd::Paragraph) => self.text.push(' '),
            _ => {}
        }
        Vec::new()
    }

    /// What was written, as inline markup (a footnote's text).
    fn finish_inline(self) -> String {
        self.text.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Vec<(String, Vec<Block>)> {
        let form =
            crate::load::xlsform::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report/questionnaires/mini.md"), "mini.md")
                .questionnaire
                .unwrap();
        parse(&AnalysisText { file: "en.md".into(), text: text.into() }, text, &form, Dialect::Typst).unwrap()
    }

    #[test]
    fn markdown_becomes_escaped_typst_markup() {
        let parts = parsed("## art5\n\nStates *often* cite **laws**[^1] #set page(width: 1cm).\n\n- one\n- two $x$\n\n> quoted\n\n[^1]: A note.\n");
        assert_eq!(parts.len(), 1);
        let markups: Vec<String> = parts[0]
            .1
            .iter()
            .map(|b| match b {
                Block::Markup { markup, numbered, .. } => format!("{numbered}:{markup}"),
                _ => String::new(),
            })
            .collect();
        assert_eq!(markups[0], "true:States #emph[often] cite #strong[laws]#footnote[A note\\.] \\#set page(width\\: 1cm)\\.");
        assert_eq!(markups[1], "false:#list([one], [two \\$x\\$])");
        assert_eq!(markups[2], "false:#quote(block: true)[quoted]");
        let form =
            crate::load::xlsform::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report/questionnaires/mini.md"), "mini.md")
                .questionnaire
                .unwrap();
        let text = "## art5\n\nStates *often* cite **laws**[^1] <script>alert(1)</script>.\n\n- one\n- two\n\n> quoted\n\n[^1]: A note.\n";
        let html = parse(&AnalysisText { file: "en.md".into(), text: text.into() }, text, &form, Dialect::Html).unwrap();
        let html: Vec<String> = html[0].1.iter().filter_map(|b| if let Block::Markup { markup, .. } = b { Some(markup.clone()) } else { None }).collect();
        assert_eq!(
            html,
            [
                "States <em>often</em> cite <strong>laws</strong><small class=\"note\" role=\"note\"> (A note.)</small> &lt;script&gt;alert(1)&lt;/script&gt;.",
                "<ul><li>one</li><li>two</li></ul>",
                "<blockquote><p>quoted</p></blockquote>"
            ]
        );
    }
}
