//! XLIFF 2.0 (OASIS, core only), the exchange format of translation tools: files of units, each
//! a segment with its English source and its translation, the codes that must survive translation
//! (a figure reference, a Fluent placeable) as `<ph>` placeholders whose original text sits in the
//! unit's `<originalData>`.

use crate::lang::Lang;

/// The XLIFF 2.0 core namespace.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The namespace of `xml:space`.
const XML: &str = "http://www.w3.org/XML/1998/namespace";

/// A run of a segment: text to translate, or a code to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    /// A protected code: its original text (`{{ fig("ta.any") }}`, `{ $count }`) and what a
    /// translator is shown in its place (the value it prints).
    Code {
        data: String,
        disp: String,
    },
}

/// One unit: a paragraph of the analysts' text, a catalog message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unit {
    pub id: String,
    /// What the unit is (the part of the report, the message id), for the translator.
    pub name: String,
    pub notes: Vec<String>,
    pub source: Vec<Inline>,
    pub target: Option<Vec<Inline>>,
    /// Line breaks and indentation are part of the text (a Fluent select expression).
    pub preserve_space: bool,
}

/// One file of the exchange: the analysis of a form, or a language's phrases.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct File {
    pub id: String,
    /// Where the English comes from: `analysis/tip_2026/en.md`, `messages/en.ftl`.
    pub original: String,
    pub notes: Vec<String>,
    pub units: Vec<Unit>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub target: Lang,
    pub files: Vec<File>,
}

/// The inlines as plain text, codes as their original text.
pub fn original_text(inlines: &[Inline]) -> String {
    inlines
        .iter()
        .map(|i| match i {
            Inline::Text(t) => t.as_str(),
            Inline::Code { data, .. } => data.as_str(),
        })
        .collect()
}

fn escape(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\n' if attribute => out.push_str("&#10;"),
            // XML 1.0 cannot carry most control characters, even escaped.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

impl Document {
    /// The document as XLIFF 2.0 text.
    pub fn write(&self) -> String {
        let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.push_str(&format!("<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"en\" trgLang=\"{}\">\n", self.target.code()));
        for file in &self.files {
            x.push_str(&format!("  <file id=\"{}\" original=\"{}\">\n", escape(&file.id, true), escape(&file.original, true)));
            write_notes(&mut x, &file.notes, "    ");
            for unit in &file.units {
                write_unit(&mut x, unit);
            }
            x.push_str("  </file>\n");
        }
        x.push_str("</xliff>\n");
        x
    }

    /// Reads an XLIFF 2.0 document; an error says where and what is wrong.
    pub fn parse(text: &str) -> Result<Self, String> {
        let doc = roxmltree::Document::parse(text).map_err(|e| format!("not XML: {e}"))?;
        let root = doc.root_element();
        if root.tag_name().name() != "xliff" || root.tag_name().namespace() != Some(NAMESPACE) {
            return Err(format!("not an XLIFF 2.0 file: its root element is <{}>, not <xliff xmlns=\"{NAMESPACE}\">", root.tag_name().name()));
        }
        if root.attribute("version").is_some_and(|v| !v.starts_with('2')) {
            return Err(format!("XLIFF version {} is not read; export the file again as XLIFF 2.0", root.attribute("version").unwrap_or_default()));
        }
        let target = root.attribute("trgLang").ok_or("the <xliff> element has no trgLang: the language of the translation is unknown")?;
        let target = Lang::parse(target.split(['-', '_']).next().unwrap_or_default())
            .ok_or_else(|| format!("trgLang {}: palermo translates into {}", crate::quote::quoted(target), Lang::codes()))?;
        let mut files = Vec::new();
        for f in root.children().filter(|n| n.has_tag_name((NAMESPACE, "file"))) {
            let mut file = File {
                id: f.attribute("id").unwrap_or_default().to_string(),
                original: f.attribute("original").unwrap_or_default().to_string(),
                notes: read_notes(f),
                ..File::default()
            };
            collect_units(f, &mut file.units)?;
            files.push(file);
        }
        Ok(Self { target, files })
    }
}

fn write_notes(x: &mut String, notes: &[String], indent: &str) {
    if notes.is_empty() {
        return;
    }
    x.push_str(&format!("{indent}<notes>\n"));
    for note in notes {
        x.push_str(&format!("{indent}  <note>{}</note>\n", escape(note, false)));
    }
    x.push_str(&format!("{indent}</notes>\n"));
}

fn write_unit(x: &mut String, unit: &Unit) {
    let name = if unit.name.is_empty() { String::new() } else { format!(" name=\"{}\"", escape(&unit.name, true)) };
    x.push_str(&format!("    <unit id=\"{}\"{name}>\n", escape(&unit.id, true)));
    write_notes(x, &unit.notes, "      ");
    // Each distinct code once in the original data; placeholders refer to it.
    let mut data: Vec<&str> = Vec::new();
    for inline in unit.source.iter().chain(unit.target.iter().flatten()) {
        if let Inline::Code { data: d, .. } = inline
            && !data.contains(&d.as_str())
        {
            data.push(d);
        }
    }
    if !data.is_empty() {
        x.push_str("      <originalData>\n");
        for (i, d) in data.iter().enumerate() {
            x.push_str(&format!("        <data id=\"d{}\">{}</data>\n", i + 1, escape(d, false)));
        }
        x.push_str("      </originalData>\n");
    }
    let state = if unit.target.is_some() { "translated" } else { "initial" };
    x.push_str(&format!("      <segment state=\"{state}\">\n"));
    let space = if unit.preserve_space { " xml:space=\"preserve\"" } else { "" };
    // Placeholders are numbered in the source; the target's take the number of the source's
    // placeholder with the same code, one for one, and new numbers after them.
    let mut numbers: Vec<(&str, usize)> = Vec::new();
    let source = inlines(&unit.source, &data, |code| {
        numbers.push((code, numbers.len() + 1));
        numbers.len()
    });
    x.push_str(&format!("        <source{space}>{source}</source>\n"));
    if let Some(target) = &unit.target {
        let mut used = vec![false; numbers.len()];
        let mut next = numbers.len();
        let text = inlines(target, &data, |code| match numbers.iter().enumerate().position(|(i, (c, _))| *c == code && !used[i]) {
            Some(i) => {
                used[i] = true;
                numbers[i].1
            }
            None => {
                next += 1;
                next
            }
        });
        x.push_str(&format!("        <target{space}>{text}</target>\n"));
    }
    x.push_str("      </segment>\n    </unit>\n");
}

fn inlines<'a>(runs: &'a [Inline], data: &[&str], mut number: impl FnMut(&'a str) -> usize) -> String {
    let mut out = String::new();
    for run in runs {
        match run {
            Inline::Text(t) => out.push_str(&escape(t, false)),
            Inline::Code { data: d, disp } => {
                let reference = data.iter().position(|x| x == d).map_or(0, |i| i + 1);
                out.push_str(&format!("<ph id=\"{}\" dataRef=\"d{reference}\" disp=\"{}\"/>", number(d), escape(disp, true)));
            }
        }
    }
    out
}

/// The `<note>`s of an element's own `<notes>`.
fn read_notes(node: roxmltree::Node<'_, '_>) -> Vec<String> {
    node.children()
        .filter(|n| n.has_tag_name((NAMESPACE, "notes")))
        .flat_map(|n| n.children().filter(|c| c.has_tag_name((NAMESPACE, "note"))))
        .map(|n| n.text().unwrap_or_default().to_string())
        .collect()
}

/// The units of a file or group, groups flattened.
fn collect_units(node: roxmltree::Node<'_, '_>, units: &mut Vec<Unit>) -> Result<(), String> {
    for child in node.children().filter(|n| n.is_element()) {
        if child.has_tag_name((NAMESPACE, "group")) {
            collect_units(child, units)?;
        } else if child.has_tag_name((NAMESPACE, "unit")) {
            units.push(read_unit(child)?);
        }
    }
    Ok(())
}

fn read_unit(node: roxmltree::Node<'_, '_>) -> Result<Unit, String> {
    let id = node.attribute("id").unwrap_or_default().to_string();
    let mut data = std::collections::BTreeMap::new();
    for d in node.descendants().filter(|n| n.has_tag_name((NAMESPACE, "data"))) {
        data.insert(d.attribute("id").unwrap_or_default().to_string(), d.text().unwrap_or_default().to_string());
    }
    let mut unit = Unit { name: node.attribute("name").unwrap_or_default().to_string(), notes: read_notes(node), ..Unit::default() };
    let mut target: Vec<Inline> = Vec::new();
    let mut has_target = false;
    // A tool may have split the unit into segments (and ignorables between them): read them in order.
    for part in node.children().filter(|n| n.has_tag_name((NAMESPACE, "segment")) || n.has_tag_name((NAMESPACE, "ignorable"))) {
        let source = part.children().find(|n| n.has_tag_name((NAMESPACE, "source")));
        let translated = part.children().find(|n| n.has_tag_name((NAMESPACE, "target")));
        if let Some(s) = source {
            unit.preserve_space |= s.attribute((XML, "space")) == Some("preserve");
            read_inlines(s, &data, &id, &mut unit.source)?;
        }
        match (translated, part.has_tag_name((NAMESPACE, "ignorable"))) {
            (Some(t), _) => {
                has_target |= part.has_tag_name((NAMESPACE, "segment"));
                read_inlines(t, &data, &id, &mut target)?;
            }
            // An ignorable without a target is the same in both languages.
            (None, true) => {
                if let Some(s) = source {
                    read_inlines(s, &data, &id, &mut target)?;
                }
            }
            (None, false) => {}
        }
    }
    unit.target = has_target.then_some(target);
    unit.id = id;
    Ok(unit)
}

fn read_inlines(node: roxmltree::Node<'_, '_>, data: &std::collections::BTreeMap<String, String>, unit: &str, out: &mut Vec<Inline>) -> Result<(), String> {
    for child in node.children() {
        if child.is_text() {
            let text = child.text().unwrap_or_default();
            match out.last_mut() {
                Some(Inline::Text(t)) => t.push_str(text),
                _ => out.push(Inline::Text(text.to_string())),
            }
        } else if child.has_tag_name((NAMESPACE, "ph")) {
            let reference = child.attribute("dataRef").unwrap_or_default();
            let Some(original) = data.get(reference) else {
                return Err(format!(
                    "unit {}: a placeholder (<ph id=\"{}\">) refers to no original data; keep the placeholders as the export wrote them",
                    crate::quote::quoted(unit),
                    child.attribute("id").unwrap_or_default()
                ));
            };
            out.push(Inline::Code { data: original.clone(), disp: child.attribute("disp").unwrap_or_default().to_string() });
        } else if child.is_element() {
            // <pc>, <mrk> and the like mark a span of text: their text is kept, the marking not.
            read_inlines(child, data, unit, out)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_survives_writing_and_reading() {
        let code = |d: &str, disp: &str| Inline::Code { data: d.into(), disp: disp.into() };
        let doc = Document {
            target: Lang::Fr,
            files: vec![File {
                id: "analysis".into(),
                original: "analysis/tip_2026/en.md".into(),
                notes: vec!["Keep <ph/> & co.".into()],
                units: vec![
                    Unit {
                        id: "a1".into(),
                        name: "replies".into(),
                        notes: vec![],
                        source: vec![
                            Inline::Text("Of ".into()),
                            code("{{ fig(\"x\") }}", "24"),
                            Inline::Text(" & <States>, ".into()),
                            code("{{ fig(\"x\") }}", "24"),
                        ],
                        target: Some(vec![code("{{ fig(\"x\") }}", "24"), Inline::Text(" « États » ".into()), code("{{ state(\"KEN\") }}", "Kenya")]),
                        preserve_space: false,
                    },
                    Unit {
                        id: "a2".into(),
                        name: "x".into(),
                        source: vec![Inline::Text("Two\n  lines".into())],
                        target: None,
                        preserve_space: true,
                        notes: vec!["n".into()],
                    },
                ],
            }],
        };
        let text = doc.write();
        assert!(text.contains("<ph id=\"1\" dataRef=\"d1\" disp=\"24\"/>"), "{text}");
        assert!(text.contains("<ph id=\"3\" dataRef=\"d2\" disp=\"Kenya\"/>"), "a new code in the target takes a new number: {text}");
        assert_eq!(Document::parse(&text).unwrap(), doc);
    }

    #[test]
    fn foreign_files_are_refused_with_a_reason() {
        assert!(Document::parse("<xliff version=\"1.2\"/>").unwrap_err().contains("not an XLIFF 2.0 file"));
        let no_lang = format!("<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"en\"/>");
        assert!(Document::parse(&no_lang).unwrap_err().contains("trgLang"));
        let klingon = format!("<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"en\" trgLang=\"tlh\"/>");
        assert!(Document::parse(&klingon).unwrap_err().contains("tlh"));
    }
}
