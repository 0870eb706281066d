//! State names sorted as each language version lists them: ICU collation (the Unicode
//! Collation Algorithm with each language's tailoring: pinyin for Chinese), and in Arabic
//! without the article "ال", as UN Arabic lists sort ("إيطاليا، البرتغال، بلجيكا").

use std::cmp::Ordering;
use std::sync::LazyLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};

use super::Lang;

/// The collators of the six languages, built once per process.
static COLLATORS: LazyLock<Vec<CollatorBorrowed<'static>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| {
            let locale: icu_locale_core::Locale = lang.code().parse().expect("the six codes are valid locales");
            Collator::try_new((&locale).into(), CollatorOptions::default()).expect("compiled collation data covers the six languages")
        })
        .collect()
});

/// How one language orders names.
#[derive(Clone, Copy)]
pub struct Collation {
    lang: Lang,
    collator: &'static CollatorBorrowed<'static>,
}

impl Collation {
    pub fn new(lang: Lang) -> Self {
        Self { lang, collator: &COLLATORS[lang.index()] }
    }

    /// The part of a name that decides its place.
    fn key<'n>(&self, name: &'n str) -> &'n str {
        match self.lang {
            Lang::Ar => name.strip_prefix("ال").filter(|rest| !rest.is_empty()).unwrap_or(name),
            _ => name,
        }
    }

    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        self.collator.compare(self.key(a), self.key(b)).then_with(|| a.cmp(b))
    }

    /// Sorts `items` by the names `name` gives them.
    pub fn sort_by_name<T>(&self, items: &mut [T], name: impl Fn(&T) -> &str) {
        items.sort_by(|a, b| self.compare(name(a), name(b)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(lang: Lang, names: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        Collation::new(lang).sort_by_name(&mut v, |s| s.as_str());
        v
    }

    #[test]
    fn each_language_sorts_its_own_way() {
        assert_eq!(sorted(Lang::En, &["Türkiye", "Tunisia", "Côte d’Ivoire", "Cuba"]), ["Côte d’Ivoire", "Cuba", "Tunisia", "Türkiye"]);
        // Spanish sorts ñ after n.
        assert_eq!(sorted(Lang::Es, &["Nueva Zelandia", "Ñandú", "Omán"]), ["Nueva Zelandia", "Ñandú", "Omán"]);
        // Arabic ignores the article: البرتغال (Portugal) sorts under ب, after إيطاليا (Italy).
        assert_eq!(sorted(Lang::Ar, &["بلجيكا", "البرتغال", "إيطاليا"]), ["إيطاليا", "البرتغال", "بلجيكا"]);
        // Chinese by pinyin: 阿尔及利亚 (a), 巴西 (ba), 中国 (zhong).
        assert_eq!(sorted(Lang::Zh, &["中国", "巴西", "阿尔及利亚"]), ["阿尔及利亚", "巴西", "中国"]);
        // Russian: ё with е.
        assert_eq!(sorted(Lang::Ru, &["Эстония", "Ямайка", "Алжир"]), ["Алжир", "Эстония", "Ямайка"]);
    }
}
