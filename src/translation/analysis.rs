//! The analysts' text as translation units: every paragraph, list item, quotation and footnote
//! of `analysis/<form>/en.md` is one unit, its `{{ … }}` references and `[^note]` marks protected
//! placeholders; the headings (which name parts of the report) and the Markdown around the units
//! stay as they are. A translation is put back into the English file's frame, so that the
//! language's file has the same parts, lists and notes as the English one.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::xliff::{Inline, Unit, original_text};

/// A translatable stretch of Markdown: its bytes in the file and the part it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stretch {
    pub range: Range<usize>,
    pub part: String,
}

/// The stretches of `text`, in order.
pub fn stretches(text: &str) -> Vec<Stretch> {
    let mut out = Vec::new();
    let mut part = String::new();
    let mut heading: Option<String> = None;
    let mut current: Option<Range<usize>> = None;
    let flush = |current: &mut Option<Range<usize>>, out: &mut Vec<Stretch>, part: &str| {
        if let Some(range) = current.take()
            && !text[range.clone()].trim().is_empty()
        {
            out.push(Stretch { range, part: part.to_string() });
        }
    };
    for (event, range) in Parser::new_ext(text, Options::ENABLE_FOOTNOTES).into_offset_iter() {
        let inline = matches!(
            event,
            Event::Text(_)
                | Event::Code(_)
                | Event::SoftBreak
                | Event::HardBreak
                | Event::FootnoteReference(_)
                | Event::InlineHtml(_)
                | Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. })
                | Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link | TagEnd::Image)
        );
        match event {
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut current, &mut out, &part);
                heading = Some(String::new());
            }
            Event::End(TagEnd::Heading(_)) => part = heading.take().unwrap_or_default().trim().to_string(),
            Event::Text(t) if heading.is_some() => heading.get_or_insert_default().push_str(&t),
            _ if inline && heading.is_none() => {
                current = Some(match current.take() {
                    Some(c) => c.start.min(range.start)..c.end.max(range.end),
                    None => range,
                });
            }
            _ if heading.is_none() => flush(&mut current, &mut out, &part),
            _ => {}
        }
    }
    flush(&mut current, &mut out, &part);
    out
}

/// The runs of a stretch: its text, with each `{{ … }}` reference and `[^label]` footnote mark a
/// code; `shown` gives what a reference prints (its value), shown to the translator.
pub fn runs(text: &str, shown: &dyn Fn(&str) -> String) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = text;
    loop {
        let reference = rest.find("{{");
        let note = rest.find("[^");
        let (start, end, disp) = match (reference, note) {
            (Some(r), n) if n.is_none_or(|n| r < n) => match rest[r..].find("}}") {
                Some(close) => (r, r + close + 2, shown(&rest[r + 2..r + close])),
                None => break,
            },
            (_, Some(n)) => match rest[n..].find(']') {
                Some(close) => (n, n + close + 1, rest[n + 2..n + close].to_string()),
                None => break,
            },
            _ => break,
        };
        if start > 0 {
            out.push(Inline::Text(rest[..start].to_string()));
        }
        out.push(Inline::Code { data: rest[start..end].to_string(), disp });
        rest = &rest[end..];
    }
    if !rest.is_empty() {
        out.push(Inline::Text(rest.to_string()));
    }
    out
}

/// The units of the English text, with the translation's stretches as targets when the
/// translation has the same frame (the same parts, in the same order).
pub fn units(english: &str, translated: Option<&str>, shown_en: &dyn Fn(&str) -> String, shown_target: &dyn Fn(&str) -> String) -> Vec<Unit> {
    let source = stretches(english);
    let target = translated.map(stretches).filter(|t| t.len() == source.len() && t.iter().zip(&source).all(|(a, b)| a.part == b.part));
    source
        .iter()
        .enumerate()
        .map(|(i, s)| Unit {
            id: format!("a{}", i + 1),
            name: s.part.clone(),
            notes: Vec::new(),
            source: runs(&english[s.range.clone()], shown_en),
            target: target.as_ref().zip(translated).map(|(t, text)| runs(&text[t[i].range.clone()], shown_target)),
            preserve_space: false,
        })
        .collect()
}

/// The translated text: the English file with each unit's stretch replaced by its translation.
/// Refused, unit by unit, when the English has changed since the export or a unit has no
/// translation.
pub fn rebuild(english: &str, units: &[Unit]) -> Result<String, Vec<String>> {
    let frame = stretches(english);
    let mut problems = Vec::new();
    if frame.len() != units.len() {
        problems.push(format!(
            "the English text now has {} paragraphs, items and notes, the file {}: export it again (palermo translate export) and carry the translation over",
            frame.len(),
            units.len()
        ));
        return Err(problems);
    }
    for (stretch, unit) in frame.iter().zip(units) {
        let source = original_text(&unit.source);
        if source.trim() != english[stretch.range.clone()].trim() {
            problems.push(format!("unit {} (## {}): the English text has changed since the export; export the file again", unit.id, stretch.part));
        } else if unit.target.as_ref().is_none_or(|t| original_text(t).trim().is_empty()) {
            problems.push(format!("unit {} (## {}) has no translation", unit.id, stretch.part));
        } else if let Some(missing) = missing_codes(unit) {
            problems.push(format!("unit {} (## {}): the translation lost {missing}; keep every placeholder of the English", unit.id, stretch.part));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut out = english.to_string();
    for (stretch, unit) in frame.iter().zip(units).rev() {
        // A unit is a paragraph or an item: a line break a tool let in would end it.
        let text = original_text(unit.target.as_deref().unwrap_or_default()).trim().replace(['\n', '\r'], " ");
        out.replace_range(stretch.range.clone(), &text);
    }
    Ok(out)
}

/// A footnote mark of the source missing from the target (a reference may be left out on
/// purpose, but a note would lose its text).
fn missing_codes(unit: &Unit) -> Option<String> {
    let target = original_text(unit.target.as_deref().unwrap_or_default());
    unit.source.iter().find_map(|run| match run {
        Inline::Code { data, .. } if data.starts_with("[^") && !target.contains(data.as_str()) => Some(crate::quote::quoted(data)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str =
        "## replies\n\nOf {{ fig(\"a\") }} States, *most* replied.[^n]\n\n- one item;\n- two {{ state(\"KEN\") }}.\n\n> A quote.\n\n[^n]: A note.\n";

    #[test]
    fn paragraphs_items_quotes_and_notes_are_units_with_their_references_protected() {
        let units = units(EN, None, &|r| format!("<{}>", r.trim()), &|r| r.to_string());
        let texts: Vec<String> = units.iter().map(|u| original_text(&u.source)).collect();
        assert_eq!(texts, ["Of {{ fig(\"a\") }} States, *most* replied.[^n]", "one item;", "two {{ state(\"KEN\") }}.", "A quote.", "A note."]);
        assert!(units.iter().all(|u| u.name == "replies"));
        assert_eq!(units[0].source[1], Inline::Code { data: "{{ fig(\"a\") }}".into(), disp: "<fig(\"a\")>".into() });
        assert_eq!(units[0].source[3], Inline::Code { data: "[^n]".into(), disp: "n".into() });
    }

    #[test]
    fn a_translation_is_put_back_into_the_english_frame() {
        let mut units = units(EN, None, &|r| r.to_string(), &|r| r.to_string());
        let french = ["Sur {{ fig(\"a\") }} États, la *plupart* ont répondu.[^n]", "un élément ;", "deux {{ state(\"KEN\") }}.", "Une citation.", "Une note."];
        for (u, f) in units.iter_mut().zip(french) {
            u.target = Some(vec![Inline::Text(f.into())]);
        }
        let text = rebuild(EN, &units).unwrap();
        assert_eq!(
            text,
            "## replies\n\nSur {{ fig(\"a\") }} États, la *plupart* ont répondu.[^n]\n\n- un élément ;\n- deux {{ state(\"KEN\") }}.\n\n> Une citation.\n\n[^n]: Une note.\n"
        );
        // The translated file has the English frame: exported again, every unit has its target.
        let again = super::units(EN, Some(&text), &|r| r.to_string(), &|r| r.to_string());
        assert_eq!(original_text(again[1].target.as_ref().unwrap()), "un élément ;");

        units[4].target = None;
        units[0].target = Some(vec![Inline::Text("Sans la note.".into())]);
        let problems = rebuild(EN, &units).unwrap_err();
        assert!(problems[0].contains("unit a1 (## replies): the translation lost \"[^n]\""), "{problems:?}");
        assert!(problems[1].contains("unit a5 (## replies) has no translation"), "{problems:?}");
        let changed = EN.replace("most", "many");
        assert!(rebuild(&changed, &units).unwrap_err()[0].contains("has changed since the export"));
    }
}
