//! Where a line may not break, as each language's catalog says: a number stays with the word
//! that announces it ("table 3", "l’article 3", "таблицу 3"), a unit stays with its number ("82
//! процентов"), and a dash never opens a line ("государств — участников"). The words live in the
//! catalogs (`typography-*` messages) so that an editor corrects them without a compiler.

const NBSP: char = '\u{a0}';

/// The no-break rules of one language.
#[derive(Debug, Clone, Default)]
pub struct NoBreak {
    /// Words after which the space before a number does not break (lower case; `*` ends a
    /// prefix: `стать*`).
    before_number: Vec<String>,
    /// Words that stay on the line of the number before them.
    after_number: Vec<String>,
    /// Marks that never open a line: the space before them does not break.
    never_first: Vec<String>,
}

fn words(list: &[String]) -> Vec<String> {
    list.iter().map(|w| w.to_lowercase()).collect()
}

fn matches(word: &[char], list: &[String]) -> bool {
    let word = word.iter().collect::<String>().to_lowercase();
    // An elided article belongs to the word: l’article, d’article.
    let word = word.rsplit(['’', '\'']).next().unwrap_or(&word);
    list.iter().any(|w| match w.strip_suffix('*') {
        Some(prefix) => word.starts_with(prefix),
        None => word == w,
    })
}

fn is_word_char(c: &char) -> bool {
    c.is_alphanumeric() || matches!(c, '’' | '\'' | '.' | '№' | '%')
}

fn starts_with_digit(word: &[char]) -> bool {
    word.first().is_some_and(|c| c.is_ascii_digit())
}

impl NoBreak {
    pub fn new(before_number: &[String], after_number: &[String], never_first: &[String]) -> Self {
        Self { before_number: words(before_number), after_number: words(after_number), never_first: never_first.to_vec() }
    }

    pub fn is_empty(&self) -> bool {
        self.before_number.is_empty() && self.after_number.is_empty() && self.never_first.is_empty()
    }

    /// `text` with the spaces the rules bind made non-breaking.
    pub fn apply(&self, text: &str) -> String {
        if self.is_empty() || !text.contains(' ') {
            return text.to_string();
        }
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len() + 8);
        for (i, &c) in chars.iter().enumerate() {
            if c == ' ' && self.binds(&chars, i) {
                out.push(NBSP);
            } else {
                out.push(c);
            }
        }
        out
    }

    /// Whether the space at `i` must not break. Words are only compared (and lower-cased) when a
    /// number stands on one side: most spaces are decided without allocating.
    fn binds(&self, chars: &[char], i: usize) -> bool {
        let start = chars[..i].iter().rposition(|c| !is_word_char(c)).map_or(0, |p| p + 1);
        let before = &chars[start..i];
        // Direction marks around a value (an isolated figure in Arabic) are not part of the word.
        let after_start = i + 1 + chars[i + 1..].iter().take_while(|c| ('\u{2066}'..='\u{2069}').contains(*c)).count();
        let after_len = chars[after_start..].iter().take_while(|c| is_word_char(c)).count();
        let after = &chars[after_start..after_start + after_len];
        if starts_with_digit(after) && !before.is_empty() && matches(before, &self.before_number) {
            return true;
        }
        if starts_with_digit(before) && !after.is_empty() && matches(after, &self.after_number) {
            return true;
        }
        self.never_first.iter().any(|mark| {
            let mut rest = chars[i + 1..].iter();
            mark.chars().all(|m| rest.next() == Some(&m))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(s: &str) -> Vec<String> {
        s.split('|').map(String::from).collect()
    }

    #[test]
    fn numbers_stay_with_their_words_and_dashes_never_open_a_line() {
        let ru = NoBreak::new(&list("таблиц*|стать*|пункт*"), &list("процент*"), &list("—"));
        assert_eq!(
            ru.apply("(см. таблицу 3) до 82 процентов государств — участников"),
            "(см. таблицу\u{a0}3) до 82\u{a0}процентов государств\u{a0}— участников"
        );
        let fr = NoBreak::new(&list("article|tableau"), &list("pour"), &[]);
        assert_eq!(
            fr.apply("l’article 3 et le tableau 2, soit 61 pour cent de 108 États"),
            "l’article\u{a0}3 et le tableau\u{a0}2, soit 61\u{a0}pour cent de 108 États"
        );
        assert_eq!(NoBreak::default().apply("table 3"), "table 3");
    }
}
