//! Escaping for Typst: any text from inputs is printed as written and can never run code, open
//! markup, comment out the template or change the layout around it.

/// Characters that start markup in Typst's lexer (0.15 `markup()`/`text()` tables); each gets a
/// backslash, which makes Typst print it literally.
use crate::i18n::{END_SPAN, LTR_SPAN, RTL_SPAN};

const MARKUP_SPECIAL: &[char] = &['\\', '/', '[', ']', '#', '$', '*', '_', '`', '<', '>', '@', '=', '-', '+', '~', '\'', '"', ':', '.'];

/// A "word" longer than this (a pasted URL, a hostile string) gets a line-break opportunity every
/// `BREAK_EVERY` characters: an empty box, which prints nothing and adds nothing to the PDF's
/// text, so it wraps inside its column instead of running off the page.
const LONGEST_WORD: usize = 24;
const BREAK_EVERY: usize = 8;

/// Where a line may break already: spaces, hyphens and slashes, between Chinese characters
/// (Typst breaks between any two), and at palermo's own private-use slot marks.
fn breaks_run(c: char) -> bool {
    c.is_whitespace() || c == '-' || c == '/' || c == '\u{F8FF}' || matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// Escapes a value from the inputs for Typst markup, in a span of its own direction when its
/// script runs against the document's (`around`), line by line (a line break
/// ends a bidi paragraph), so that a Latin name keeps its punctuation in an Arabic sentence and
/// an Arabic answer in an English one. See [`escape_text`] for what the escaping does.
pub fn escape_markup(text: &str, around: crate::lang::Direction) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4 + 8);
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        out.push_str(&escape_text(&crate::i18n::in_own_direction(line, around)));
        if lines.peek().is_some() {
            out.push_str("#linebreak();");
        }
    }
    out
}

/// Escapes text for Typst markup (a sentence composed from the catalogs, whose values already
/// carry their direction spans).
/// - Markup characters get a backslash.
/// - Newlines become explicit line breaks: never a paragraph break, never a line start that
///   could turn into a heading or a list item.
/// - Control characters other than whitespace are dropped.
/// - Bidirectional overrides (LRO, RLO) are dropped: they would print the letters of the value in
///   reverse order, so that what a reader sees is not what was written. Embeddings and isolates
///   are kept and closed at the end of the text, so they cannot reorder the text around it.
/// - Direction spans (`i18n::LTR_SPAN` … `END_SPAN`) become `#text(dir: …)[…];`, balanced: an
///   unmatched end is dropped and every open span is closed at the end of the line.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let (mut embeddings, mut isolates, mut spans) = (0usize, 0usize, 0usize);
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
                out.extend(std::iter::repeat_n('\u{202C}', embeddings));
                out.extend(std::iter::repeat_n('\u{2069}', isolates));
                out.push_str(&"];".repeat(spans));
                (embeddings, isolates, spans) = (0, 0, 0);
                out.push_str("#linebreak();");
            }
            '\t' => out.push(' '),
            // A byte order mark (Excel's CSV exports start with one) and the noncharacters
            // U+FFFE/FFFF print nothing, and PDF/UA forbids a glyph mapped to them.
            '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}' => {}
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
            LTR_SPAN | RTL_SPAN => {
                spans += 1;
                // A paragraph that is all one span would take the span's direction (Typst gives a
                // paragraph the styles its content shares): a Latin answer in an Arabic table
                // would run from the left edge. A zero-width space of the surrounding text keeps
                // the paragraph in the document's direction.
                if out.is_empty() {
                    out.push_str("#h(0pt)");
                }
                out.push_str(if c == LTR_SPAN { "#text(dir: ltr)[" } else { "#text(dir: rtl)[" });
            }
            END_SPAN if spans > 0 => {
                spans -= 1;
                out.push_str("];");
            }
            END_SPAN => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.extend(std::iter::repeat_n('\u{202C}', embeddings));
    out.extend(std::iter::repeat_n('\u{2069}', isolates));
    out.push_str(&"];".repeat(spans));
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
            '\u{FEFF}' | '\u{FFFE}' | '\u{FFFF}' => {}
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
    fn byte_order_marks_are_dropped() {
        // Found by tests/properties.rs: a value with U+FEFF failed its whole document under PDF/UA.
        assert_eq!(escape_text("\u{FEFF}Kenya\u{FEFF}"), "Kenya");
        assert_eq!(escape_string("\u{FEFF}Kenya"), "Kenya");
    }

    #[test]
    fn markup_characters_get_a_backslash() {
        assert_eq!(escape_text("#set page(width: 1cm)"), "\\#set page(width\\: 1cm)");
        assert_eq!(escape_text("a // b /* c"), "a \\/\\/ b \\/\\* c");
        assert_eq!(escape_text("1. item"), "1\\. item");
        assert_eq!(escape_text("= Heading"), "\\= Heading");
    }

    #[test]
    fn values_keep_their_direction_line_by_line_and_newlines_never_break_paragraphs() {
        assert_eq!(escape_markup("CTOC/COP", crate::lang::Direction::Ltr), "CTOC\\/COP");
        assert_eq!(escape_markup("CTOC/COP", crate::lang::Direction::Rtl), "#h(0pt)#text(dir: ltr)[CTOC\\/COP];");
        assert_eq!(escape_markup("الجزائر", crate::lang::Direction::Ltr), "#h(0pt)#text(dir: rtl)[الجزائر];");
        assert_eq!(escape_markup("2026", crate::lang::Direction::Rtl), "2026", "no strong character: the context decides");
        assert_eq!(escape_markup("a\n\nb", crate::lang::Direction::Rtl), "#h(0pt)#text(dir: ltr)[a];#linebreak();#linebreak();#h(0pt)#text(dir: ltr)[b];");
        assert_eq!(escape_markup("a\r\nb", crate::lang::Direction::Ltr), "a#linebreak();b");
        assert_eq!(escape_markup("", crate::lang::Direction::Ltr), "");
        assert_eq!(escape_text("a\nb"), "a#linebreak();b");
    }

    #[test]
    fn spans_in_values_stay_balanced() {
        // A value that carries span marks of its own cannot close the template's brackets.
        assert_eq!(escape_text("\u{F8F2}\u{F8F2}x\u{F8F0}y"), "x#text(dir: ltr)[y];");
    }

    #[test]
    fn overrides_are_dropped_and_embeddings_closed() {
        assert_eq!(escape_markup("abc\u{202E}def", crate::lang::Direction::Ltr), "abcdef");
        assert_eq!(escape_markup("x\u{202B}y", crate::lang::Direction::Ltr), "x\u{202B}y\u{202C}");
        assert_eq!(escape_markup("\u{2069}\u{202C}z", crate::lang::Direction::Ltr), "z");
        // An isolate opened on one line is closed before the break.
        assert_eq!(escape_text("\u{2067}a\nb"), "\u{2067}a\u{2069}#linebreak();b");
    }

    #[test]
    fn long_words_get_break_opportunities() {
        let word = "a".repeat(70);
        let escaped = escape_text(&word);
        assert_eq!(escaped.matches("#box();").count(), 8);
        assert_eq!(escaped.replace("#box();", ""), word);
        assert!(!escape_text("internationalization and organizations").contains("#box"));
    }

    #[test]
    fn string_literals_escape_quotes_and_backslashes() {
        assert_eq!(string_literal("a\"b\\c\nd #x"), "\"a\\\"b\\\\c\\u{a}d \\u{23}x\"");
    }
}
