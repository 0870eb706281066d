//! Escaping for Typst: any text from inputs is printed as written and can never run code, open
//! markup, comment out the template or change the layout around it.

/// Characters that start markup in Typst's lexer (0.15 `markup()`/`text()` tables); each gets a
/// backslash, which makes Typst print it literally.
const MARKUP_SPECIAL: &[char] = &[
    '\\', '/', '[', ']', '#', '$', '*', '_', '`', '<', '>', '@', '=', '-', '+', '~', '\'', '"', ':', '.',
];

/// A "word" longer than this (a pasted URL, a hostile string) gets a line-break opportunity every
/// `BREAK_EVERY` characters: an empty box, which prints nothing and adds nothing to the PDF's
/// text, so it wraps inside its column instead of running off the page.
const LONGEST_WORD: usize = 24;
const BREAK_EVERY: usize = 8;

fn breaks_run(c: char) -> bool {
    c.is_whitespace() || c == '-' || c == '/'
}

/// Escapes text for Typst markup.
/// - Markup characters get a backslash.
/// - Newlines become explicit line breaks: never a paragraph break, never a line start that
///   could turn into a heading or a list item.
/// - Control characters other than whitespace are dropped.
/// - Bidirectional overrides (LRO, RLO) are dropped: they would print the letters of the value in
///   reverse order, so that what a reader sees is not what was written. Embeddings and isolates
///   are kept, closed at the end of the value, and the value is isolated as a whole, so it cannot
///   reorder the template's text around it.
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let isolate = text.chars().any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'));
    if isolate {
        out.push('\u{2068}'); // FIRST STRONG ISOLATE
    }
    let (mut embeddings, mut isolates) = (0usize, 0usize);
    // Position in the current run of characters without a break opportunity, and its length.
    let (mut run, mut run_len) = (0usize, 0usize);
    let mut chars = text.chars().peekable();
    let mut rest = text;
    while let Some(c) = chars.next() {
        if breaks_run(c) {
            run = 0;
        } else {
            if run == 0 {
                run_len = rest.chars().take_while(|c| !breaks_run(*c)).count();
            }
            if run > 0 && run_len > LONGEST_WORD && run % BREAK_EVERY == 0 {
                out.push_str("#box();");
            }
            run += 1;
        }
        rest = &rest[c.len_utf8()..];
        if c == '\r' && chars.peek() == Some(&'\n') {
            rest = &rest[1..];
        }
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
            '\u{202D}' | '\u{202E}' => {}
            '\u{202A}' | '\u{202B}' => {
                embeddings += 1;
                out.push(c);
            }
            '\u{202C}' if embeddings > 0 => {
                embeddings -= 1;
                out.push(c);
            }
            '\u{202C}' => {}
            '\u{2066}'..='\u{2068}' => {
                isolates += 1;
                out.push(c);
            }
            '\u{2069}' if isolates > 0 => {
                isolates -= 1;
                out.push(c);
            }
            '\u{2069}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    if isolate {
        out.extend(std::iter::repeat_n('\u{202C}', embeddings));
        out.extend(std::iter::repeat_n('\u{2069}', isolates + 1));
    }
    out
}

/// Escapes text for the inside of a Typst string literal (`"…"`). Markup characters are
/// written as `\u{…}` escapes, which mean the same in a string and in markup: a literal that a
/// template mistakenly places in markup prints as quoted text and still cannot run code.
pub fn escape_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if c.is_control() || MARKUP_SPECIAL.contains(&c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
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
    fn overrides_are_dropped_and_the_rest_is_isolated() {
        assert_eq!(escape_markup("abc\u{202E}def"), "\u{2068}abcdef\u{2069}");
        assert_eq!(escape_markup("x\u{202B}y"), "\u{2068}x\u{202B}y\u{202C}\u{2069}");
        assert_eq!(escape_markup("\u{2069}\u{202C}z"), "\u{2068}z\u{2069}");
    }

    #[test]
    fn long_words_get_break_opportunities() {
        let word = "a".repeat(70);
        let escaped = escape_markup(&word);
        assert_eq!(escaped.matches("#box();").count(), 8);
        assert_eq!(escaped.replace("#box();", ""), word);
        assert!(!escape_markup("internationalization and organizations").contains("#box"));
        assert_eq!(escape_markup("a\r\nb"), "a#linebreak();b");
    }

    #[test]
    fn string_literals_escape_quotes_and_backslashes() {
        assert_eq!(string_literal("a\"b\\c\nd #x"), "\"a\\\"b\\\\c\\u{a}d \\u{23}x\"");
    }
}
