//! Escaping for Typst: any text from inputs is printed verbatim and can never run code, open
//! markup, comment out the template or change the layout around it.

/// Characters that start markup in Typst's lexer (0.15 `markup()`/`text()` tables); each gets a
/// backslash, which makes Typst print it literally.
const MARKUP_SPECIAL: &[char] = &[
    '\\', '/', '[', ']', '#', '$', '*', '_', '`', '<', '>', '@', '=', '-', '+', '~', '\'', '"', ':', '.',
];

/// Private-use characters palermo uses to track template lines through rendering (see
/// `templates::LINE_MARK_*`); an input that contains them must not be mistaken for a mark.
fn is_line_mark(c: char) -> bool {
    matches!(c, '\u{E000}' | '\u{E001}')
}

/// Bidirectional embeddings, overrides and isolates: kept verbatim, but closed again at the
/// end of the value so they cannot reorder the template text that follows.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Escapes text for Typst markup. Newlines become explicit line breaks (never a paragraph
/// break or a line start that could turn into a heading or list), control characters other
/// than whitespace are dropped.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut chars = text.chars().peekable();
    let has_bidi = text.chars().any(is_bidi_control);
    if has_bidi {
        out.push('\u{2068}'); // FIRST STRONG ISOLATE: the value is its own bidi island
    }
    while let Some(c) = chars.next() {
        match c {
            c if MARKUP_SPECIAL.contains(&c) => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("#linebreak();");
            }
            '\t' => out.push(' '),
            c if is_line_mark(c) => out.push_str(&format!("#\"\\u{{{:x}}}\";", c as u32)),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    if has_bidi {
        // Close whatever the value opened: one PDF per embedding/override, one PDI per isolate.
        let mut open_embeddings = 0usize;
        let mut open_isolates = 0usize;
        for c in text.chars() {
            match c {
                '\u{202A}'..='\u{202E}' if c != '\u{202C}' => open_embeddings += 1,
                '\u{202C}' => open_embeddings = open_embeddings.saturating_sub(1),
                '\u{2066}'..='\u{2068}' => open_isolates += 1,
                '\u{2069}' => open_isolates = open_isolates.saturating_sub(1),
                _ => {}
            }
        }
        out.extend(std::iter::repeat_n('\u{202C}', open_embeddings));
        out.extend(std::iter::repeat_n('\u{2069}', open_isolates + 1));
    }
    out
}

/// Escapes text for the inside of a Typst string literal (`"…"`).
pub fn escape_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_line_mark(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// A complete Typst string literal.
pub fn string_literal(text: &str) -> String {
    format!("\"{}\"", escape_string(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_get_a_backslash() {
        assert_eq!(escape_markup("#set page(width: 1cm)"), "\\#set page(width\\: 1cm)");
        assert_eq!(escape_markup("a // b /* c"), "a \\/\\/ b \\/\\* c");
        assert_eq!(escape_markup("1. item"), "1\\. item");
        assert_eq!(escape_markup("= Heading"), "\\= Heading");
    }

    #[test]
    fn newlines_never_break_paragraphs() {
        assert_eq!(escape_markup("a\n\nb"), "a#linebreak();#linebreak();b");
        assert_eq!(escape_markup("a\r\nb"), "a#linebreak();b");
    }

    #[test]
    fn bidi_overrides_are_isolated() {
        let escaped = escape_markup("abc\u{202E}def");
        assert!(escaped.starts_with('\u{2068}'));
        assert!(escaped.ends_with("\u{202C}\u{2069}"));
    }

    #[test]
    fn string_literals_escape_quotes_and_backslashes() {
        assert_eq!(string_literal("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
    }
}
