//! Number forms and typography that do not depend on words: digit grouping per language, the
//! removal of bidi isolates from text that is not typeset, typographic apostrophes and quotes.

use super::{Direction, Lang};

/// Digit grouping and decimal mark, and the smallest number of integer digits that is grouped,
/// as each language's UN documents print numbers. Arabic uses Western digits with the English
/// marks (the sources disagree on Eastern Arabic digits; see the README).
fn separators(lang: Lang) -> (&'static str, &'static str, usize) {
    match lang {
        Lang::Fr | Lang::Ru => ("\u{a0}", ",", 4),
        // Spanish groups from five digits ("2500", "12.500").
        Lang::Es => (".", ",", 5),
        _ => (",", ".", 4),
    }
}

/// `value` in the language's form. Whole numbers print without decimals; other numbers with
/// `fraction_digits` decimals, or as few as needed up to two.
pub fn format_number(lang: Lang, value: f64, fraction_digits: Option<usize>) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let (group, decimal, min_grouped) = separators(lang);
    let digits = match fraction_digits {
        Some(d) => d,
        None if value.fract() == 0.0 => 0,
        None => 2,
    };
    let text = format!("{:.*}", digits, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = if fraction_digits.is_none() { frac.trim_end_matches('0') } else { frac };
    let mut out = String::new();
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    if int.len() >= min_grouped {
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push_str(group);
            }
            out.push(c);
        }
    } else {
        out.push_str(int);
    }
    if !frac.is_empty() {
        out.push_str(decimal);
        out.push_str(frac);
    }
    out
}

/// A decimal written as text ("-1234.5") in the language's marks, every digit kept.
pub fn format_decimal(lang: Lang, text: &str) -> String {
    let (negative, digits) = text.strip_prefix('-').map_or((false, text), |d| (true, d));
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let whole = format_number(lang, int.parse::<f64>().unwrap_or(0.0), None);
    let (_, decimal, _) = separators(lang);
    let sign = if negative { "-" } else { "" };
    if frac.is_empty() { format!("{sign}{whole}") } else { format!("{sign}{whole}{decimal}{frac}") }
}

/// A number in a numbering style: a list of labels (one per number), or a Typst numbering
/// pattern with one counting symbol (`I.`, `1`, `(a)`, `一`) and what surrounds it.
pub fn numbered(style: &[String], n: u64) -> String {
    if style.len() > 1 {
        return style.get(n.saturating_sub(1) as usize).cloned().unwrap_or_else(|| n.to_string());
    }
    let pattern = style.first().map_or("1", String::as_str);
    let Some((at, symbol)) = pattern.char_indices().find(|(_, c)| matches!(c, '1' | 'I' | 'i' | 'A' | 'a' | '一')) else {
        return n.to_string();
    };
    let counted = match symbol {
        'I' => roman(n),
        'i' => roman(n).to_lowercase(),
        'A' | 'a' => {
            let letter = char::from(b'a' + ((n.saturating_sub(1)) % 26) as u8).to_string();
            if symbol == 'A' { letter.to_uppercase() } else { letter }
        }
        '一' => chinese(n),
        _ => n.to_string(),
    };
    format!("{}{counted}{}", &pattern[..at], &pattern[at + symbol.len_utf8()..])
}

fn roman(mut n: u64) -> String {
    const TABLE: [(u64, &str); 13] =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
    let mut out = String::new();
    for (value, letters) in TABLE {
        while n >= value {
            out.push_str(letters);
            n -= value;
        }
    }
    out
}

fn chinese(n: u64) -> String {
    const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n as usize].to_string(),
        10 => "十".into(),
        11..=19 => format!("十{}", DIGITS[(n - 10) as usize]),
        20..=99 if n.is_multiple_of(10) => format!("{}十", DIGITS[(n / 10) as usize]),
        20..=99 => format!("{}十{}", DIGITS[(n / 10) as usize], DIGITS[(n % 10) as usize]),
        _ => n.to_string(),
    }
}

/// The text with its first letter in capitals, as a table cell or a sentence starts
/// ("Article 5, paragraph 1"); scripts without case are unchanged.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Marks that open a left-to-right or right-to-left span, and close it, inside a sentence
/// palermo composes: a value whose script runs against the language's (a Latin name in an
/// Arabic sentence) keeps its punctuation. Typesetting turns them into `#text(dir: …)[…]`
/// (Typst's own direction spans, which add nothing to a PDF's text, where Unicode isolates would
/// be copied along with the words); plain text drops them. Private-use characters.
pub const LTR_SPAN: char = '\u{F8F0}';
pub const RTL_SPAN: char = '\u{F8F1}';
pub const END_SPAN: char = '\u{F8F2}';

/// The direction a text's first strong character gives it, when it has one.
pub fn strong_direction(text: &str) -> Option<Direction> {
    match unicode_bidi::get_base_direction(text) {
        unicode_bidi::Direction::Ltr => Some(Direction::Ltr),
        unicode_bidi::Direction::Rtl => Some(Direction::Rtl),
        unicode_bidi::Direction::Mixed => None,
    }
}

/// `value` in a span of its own direction when that is not `around` (the language's).
pub fn in_own_direction(value: &str, around: Direction) -> String {
    match strong_direction(value) {
        Some(Direction::Ltr) if around == Direction::Rtl => format!("{LTR_SPAN}{value}{END_SPAN}"),
        Some(Direction::Rtl) if around == Direction::Ltr => format!("{RTL_SPAN}{value}{END_SPAN}"),
        _ => value.to_string(),
    }
}

/// Text without direction spans or Unicode isolates, for what is not typeset: PDF metadata,
/// alt text, logs, JSON.
pub fn strip_isolates(text: &str) -> String {
    text.chars().filter(|c| !matches!(*c, '\u{2066}'..='\u{2069}' | LTR_SPAN | RTL_SPAN | END_SPAN)).collect()
}

/// Straight apostrophes become ’ and pairs of straight double quotes the language's marks.
/// An unpaired double quote is left as written.
pub fn typographic(text: &str, open: &str, close: &str) -> String {
    let quotes = text.matches('"').count();
    let mut out = String::with_capacity(text.len() + 8);
    let mut opened = false;
    let mut paired = quotes - quotes % 2;
    for c in text.chars() {
        match c {
            '\'' => out.push('’'),
            '"' if paired > 0 => {
                out.push_str(if opened { close } else { open });
                opened = !opened;
                paired -= 1;
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_each_languages_marks() {
        assert_eq!(format_number(crate::lang::Lang::En, 1234.0, None), "1,234");
        assert_eq!(format_number(crate::lang::Lang::En, 999.0, None), "999");
        assert_eq!(format_number(crate::lang::Lang::Fr, 1234.0, None), "1\u{a0}234");
        assert_eq!(format_number(crate::lang::Lang::Fr, 12.5, None), "12,5");
        assert_eq!(format_number(crate::lang::Lang::Es, 2500.0, None), "2500");
        assert_eq!(format_number(crate::lang::Lang::Es, 12500.0, None), "12.500");
        assert_eq!(format_number(crate::lang::Lang::Ru, 1234567.0, None), "1\u{a0}234\u{a0}567");
        assert_eq!(format_number(crate::lang::Lang::Zh, 1234.0, None), "1,234");
        assert_eq!(format_number(crate::lang::Lang::En, -3.0, None), "-3");
        assert_eq!(format_number(crate::lang::Lang::En, 0.25, None), "0.25");
        assert_eq!(format_number(crate::lang::Lang::En, 2.0, Some(1)), "2.0");
    }

    #[test]
    fn numbers_in_each_style() {
        let one = |p: &str| vec![p.to_string()];
        assert_eq!(numbered(&one("I."), 4), "IV.");
        assert_eq!(numbered(&one("I"), 14), "XIV");
        assert_eq!(numbered(&one("(a)"), 2), "(b)");
        assert_eq!(numbered(&one("一."), 13), "十三.");
        assert_eq!(numbered(&one("1 -"), 7), "7 -");
        assert_eq!(numbered(&["أولا -".to_string(), "ثانيا -".to_string()], 2), "ثانيا -");
    }

    #[test]
    fn prose_gets_typographic_marks() {
        assert_eq!(typographic("Questions d'organisation", "« ", " »"), "Questions d’organisation");
        assert_eq!(typographic("the \"Palermo\" Convention", "“", "”"), "the “Palermo” Convention");
        assert_eq!(typographic("5\" screen", "“", "”"), "5\" screen");
    }
}
