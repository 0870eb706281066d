//! Values quoted in messages as the State wrote them: letters, marks and emoji as they are; only
//! what cannot be seen (control characters, bidi controls, other invisible format characters) is
//! shown as an escape such as `\u{202E}`, so that a reader can find it.

/// `value` between double quotes, as written, with invisible characters shown as escapes.
pub fn quoted(value: impl AsRef<str>) -> String {
    format!("\"{}\"", shown(value.as_ref()))
}

/// `value` as written, with invisible characters shown as escapes (for quotation marks of
/// another language around it).
pub fn shown(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if is_invisible(c) {
            out.push_str(&format!("\\u{{{:X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether a value holds a character `quoted` shows as an escape.
pub fn has_invisible(value: &str) -> bool {
    value.chars().any(is_invisible)
}

/// Control characters (tab, line breaks, NUL …), the bidi controls that reorder what follows
/// (U+061C, U+200E/F, U+202A–202E, U+2066–2069) and invisible formatting that can hide in a
/// value (U+200B zero width space, U+2060 word joiner, U+FEFF byte order mark, U+00AD soft
/// hyphen). Joiners (U+200C/D) stay: they shape Arabic and emoji and are part of what was written.
pub fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}')
}

/// The sentence a hint adds when the quoted value had an invisible character.
pub const INVISIBLE_NOTE: &str = "characters that cannot be seen are shown as \\u{…} escapes";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_marks_stay_as_written() {
        assert_eq!(quoted("مُحَمَّد"), "\"مُحَمَّد\"");
        assert_eq!(quoted("שְׁלוֹם"), "\"שְׁלוֹם\"");
        assert_eq!(quoted("👩‍⚖️ Côte d’Ivoire 中国"), "\"👩‍⚖️ Côte d’Ivoire 中国\"");
    }

    #[test]
    fn what_cannot_be_seen_is_escaped() {
        assert_eq!(quoted("a\u{202E}b\tc\n"), "\"a\\u{202E}b\\u{9}c\\u{A}\"");
        assert_eq!(quoted("\u{FEFF}12"), "\"\\u{FEFF}12\"");
        assert!(has_invisible("x\u{2067}") && !has_invisible("مرحبا"));
    }
}
