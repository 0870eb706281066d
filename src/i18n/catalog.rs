//! Fluent message catalogs, one per language: the defaults compiled in, a conference's own
//! `templates/messages/<lang>.ftl` laid over them message by message. A phrase missing in a
//! language prints in English and is reported once per build.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, LazyLock, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu_plurals::{PluralCategory, PluralRules};

use super::Lang;
use super::format::{self, strip_isolates};
use super::typography::NoBreak;
use crate::date::Date;
use crate::model::Diagnostic;
pub use crate::template_set::MESSAGE_DIR;
use crate::template_set::TemplateSet;

type Bundle = FluentBundle<FluentResource>;

/// A value given to a message: text, or a number (which selects plural forms and is printed
/// in the language's UN form).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}

macro_rules! arg_from_number {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Num(n as f64)
            }
        }
    )*};
}
arg_from_number!(u8, u32, u64, usize, i32, i64, f64);

/// The catalogs of the six languages for one build.
pub struct Catalogs {
    bundles: BTreeMap<Lang, Bundle>,
    /// Message ids asked for in a language whose catalog lacks them, and messages that could
    /// not be formatted, each reported once.
    missing: Mutex<BTreeSet<(String, String)>>,
    /// Problems found in the catalogs themselves (a syntax error in a translator's file, an id
    /// the default catalogs do not know).
    pub diagnostics: Vec<Diagnostic>,
    /// Where each language's lines may not break (its `typography-*` messages).
    no_break: BTreeMap<Lang, NoBreak>,
}

static BUILTIN: LazyLock<Catalogs> = LazyLock::new(|| Catalogs::from_set(&TemplateSet::defaults()));

impl Catalogs {
    /// The default catalogs, without any conference's overrides (for messages outside a build,
    /// such as `validate`'s hints).
    pub fn builtin() -> &'static Catalogs {
        &BUILTIN
    }

    /// The catalogs of a template set: the compiled-in defaults of each language, then the
    /// set's own `messages/<lang>.ftl` over them, message by message.
    pub fn from_set(set: &TemplateSet) -> Self {
        let mut diagnostics = Vec::new();
        let english_ids = default_ids(Lang::En);
        let mut bundles = BTreeMap::new();
        let mut no_break = BTreeMap::new();
        for lang in Lang::ALL {
            let name = format!("{MESSAGE_DIR}/{lang}.ftl");
            let mut bundle = new_bundle(lang);
            let default = crate::template_set::default_text(&name).unwrap_or_default();
            let resource = FluentResource::try_new(default.to_string()).unwrap_or_else(|(partial, _)| partial);
            let mut ids = resource_ids(&resource);
            if let Err(errors) = bundle.add_resource(resource) {
                diagnostics.push(Diagnostic::error(format!("templates/{name}"), format!("the default catalog is inconsistent: {errors:?}")));
            }
            if let Some(file) = set.get(&name).filter(|f| f.is_override) {
                let resource = match FluentResource::try_new(file.text.clone()) {
                    Ok(resource) => resource,
                    Err((partial, errors)) => {
                        for error in errors {
                            let line = file.text[..error.pos.start.min(file.text.len())].matches('\n').count() + 1;
                            diagnostics.push(
                                Diagnostic::error(&file.display, format!("line {line}: {}; this message is not used", error.kind)).at_row(line).hint(
                                    "see projectfluent.org/fluent/guide for the syntax: `id = text`, `{ $variable }`, `{ PLURAL($n) -> [one] … *[other] … }`",
                                ),
                            );
                        }
                        partial
                    }
                };
                for id in resource_ids(&resource) {
                    // A language's own forms of the numbers in words (number-words-feminine…) are
                    // its to name.
                    if !english_ids.contains(&id) && !id.starts_with('-') && !id.starts_with("number-words-") {
                        let hint = crate::suggest::closest(&id, english_ids.iter().map(String::as_str))
                            .map_or("the message is not used by palermo's templates".to_string(), |m| format!("did you mean {m}?"));
                        diagnostics.push(Diagnostic::warning(&file.display, format!("unknown message {}", crate::quote::quoted(id))).hint(hint));
                    }
                }
                ids.extend(resource_ids(&resource));
                bundle.add_resource_overriding(resource);
            }
            add_functions(&mut bundle, lang, &ids);
            no_break.insert(lang, no_break_rules(&bundle));
            bundles.insert(lang, bundle);
        }
        Self { bundles, missing: Mutex::new(BTreeSet::new()), diagnostics, no_break }
    }

    /// The phrases of one language.
    pub fn phrases(&self, lang: Lang) -> Phrases<'_> {
        Phrases { catalogs: self, lang }
    }

    /// Formats `id` in `lang`, falling back to English (and noting it) when `lang` lacks it.
    fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
        let (bundle, used) = match self.bundles[&lang].get_message(id).and_then(|m| m.value()) {
            Some(_) => (&self.bundles[&lang], lang),
            None => {
                self.note(lang, id, "missing");
                (&self.bundles[&Lang::En], Lang::En)
            }
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return format!("[{id}]");
        };
        let mut fluent_args = FluentArgs::new();
        let around = lang.dir();
        for (name, value) in args {
            match value {
                // A key that messages select on (`none`, `mandatory`, `ltr`) stays as it is: it
                // carries no punctuation that could move, and a span would break the selection.
                Arg::Str(s) if s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-') => {
                    fluent_args.set(*name, FluentValue::from(s.as_str()))
                }
                Arg::Str(s) => fluent_args.set(*name, FluentValue::from(format::in_own_direction(s, around))),
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        for error in errors {
            self.note(used, id, &error.to_string());
        }
        self.no_break[&lang].apply(&text)
    }

    fn note(&self, lang: Lang, id: &str, what: &str) {
        let entry = (lang.code().to_string(), if what == "missing" { id.to_string() } else { format!("{id}: {what}") });
        self.missing.lock().expect("not poisoned").insert(entry);
    }

    /// Everything a build asked for that a catalog lacked, as warnings (once each).
    pub fn problems(&self) -> Vec<Diagnostic> {
        let missing = self.missing.lock().expect("not poisoned");
        missing
            .iter()
            .map(|(lang, id)| {
                let file = format!("templates/{MESSAGE_DIR}/{lang}.ftl");
                if id.contains(": ") {
                    Diagnostic::warning(file, format!("message {id}")).hint("check the variables the message uses against the English catalog")
                } else {
                    Diagnostic::warning(file, format!("no message {}: the English text was printed instead", crate::quote::quoted(id)))
                        .hint(format!("add {id} = … to {MESSAGE_DIR}/{lang}.ftl in the conference's templates folder"))
                }
            })
            .collect()
    }

    /// Whether the default catalog of `lang` defines `id` (for tests of completeness).
    pub fn defines(&self, lang: Lang, id: &str) -> bool {
        self.bundles.get(&lang).is_some_and(|b| b.has_message(id))
    }
}

/// The message ids of a language's default catalog.
pub fn default_ids(lang: Lang) -> BTreeSet<String> {
    let text = crate::template_set::default_text(&format!("{MESSAGE_DIR}/{lang}.ftl")).unwrap_or_default();
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
    resource_ids(&resource)
}

fn resource_ids(resource: &FluentResource) -> BTreeSet<String> {
    use fluent_syntax::ast;
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

fn new_bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("the six codes are valid language ids");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent's isolates (U+2068 … U+2069) would be copied into the PDF's text with the words;
    // `Phrases::fmt` marks a value whose direction differs from the language's instead.
    bundle.set_use_isolating(false);
    // Numbers printed as each language's UN documents print them (Fluent's own formatter knows
    // no locale). One function per language: a formatter is a plain function pointer.
    match lang.index() {
        0 => bundle.set_formatter(Some(number_in::<0, _>)),
        1 => bundle.set_formatter(Some(number_in::<1, _>)),
        2 => bundle.set_formatter(Some(number_in::<2, _>)),
        3 => bundle.set_formatter(Some(number_in::<3, _>)),
        4 => bundle.set_formatter(Some(number_in::<4, _>)),
        _ => bundle.set_formatter(Some(number_in::<5, _>)),
    }
    bundle
}

fn number_in<const L: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(format::format_number(Lang::ALL[L], n.value, n.options.minimum_fraction_digits)),
        _ => None,
    }
}

/// `PLURAL($n)`: the CLDR plural category of a number, from ICU (Fluent's built-in rules are an
/// older CLDR that puts Arabic 103-110 in the wrong form); and `WORDS($n)`: a number under ten
/// in words where the catalog lists them (`number-words`), else in figures. `WORDS($n, form:
/// "feminine")` takes the words of `number-words-feminine` instead, so that a language names the
/// genders and cases its numbers take (une, una, пяти) in its own catalog.
fn add_functions(bundle: &mut Bundle, lang: Lang, ids: &BTreeSet<String>) {
    let rules = plural_rules(lang);
    let _ = bundle.add_function("PLURAL", move |positional, _| match positional.first() {
        Some(FluentValue::Number(n)) => FluentValue::from(category_name(category(&rules, n.value))),
        _ => FluentValue::from("other"),
    });
    let list = |id: &str| bundle_list(bundle, id);
    let words = list("number-words");
    let forms: BTreeMap<String, Vec<String>> = ids.iter().filter_map(|id| id.strip_prefix("number-words-").map(|form| (form.to_string(), list(id)))).collect();
    let _ = bundle.add_function("WORDS", move |positional, named| {
        let words = match named.get("form") {
            Some(FluentValue::String(form)) => forms.get(form.as_ref()).unwrap_or(&words),
            _ => &words,
        };
        match positional.first() {
            Some(FluentValue::Number(n)) if n.value.fract() == 0.0 && n.value >= 0.0 && (n.value as usize) < words.len() => {
                FluentValue::from(words[n.value as usize].clone())
            }
            Some(FluentValue::Number(n)) => FluentValue::from(format::format_number(lang, n.value, None)),
            Some(other) => other.clone(),
            None => FluentValue::None,
        }
    });
}

/// A `|`-separated list message read straight from a bundle (while its functions are added),
/// empty when the catalog lacks it.
fn bundle_list(bundle: &Bundle, id: &str) -> Vec<String> {
    let text = bundle.get_message(id).and_then(|m| m.value()).map(|pattern| bundle.format_pattern(pattern, None, &mut Vec::new()).into_owned());
    split_list(&text.unwrap_or_default())
}

/// The items of a `|`-separated list message, trimmed, empty ones left out.
fn split_list(text: &str) -> Vec<String> {
    text.split('|').map(|w| w.trim().to_string()).filter(|w| !w.is_empty()).collect()
}

/// The `|`-separated lists of `typography-number-after`, `typography-unit-after-number` and
/// `typography-never-first`.
fn no_break_rules(bundle: &Bundle) -> NoBreak {
    let list = |id: &str| bundle_list(bundle, id);
    NoBreak::new(&list("typography-number-after"), &list("typography-unit-after-number"), &list("typography-never-first"))
}

/// The plural rules of the six languages, built once.
static PLURAL_RULES: LazyLock<Vec<Arc<PluralRules>>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| {
            let locale: icu_locale_core::Locale = lang.code().parse().expect("the six codes are valid locales");
            Arc::new(PluralRules::try_new_cardinal((&locale).into()).expect("compiled plural data covers the six languages"))
        })
        .collect()
});

fn plural_rules(lang: Lang) -> Arc<PluralRules> {
    Arc::clone(&PLURAL_RULES[lang.index()])
}

fn category(rules: &PluralRules, n: f64) -> PluralCategory {
    if n.fract() == 0.0 && n.abs() < 1e15 { rules.category_for(n.abs() as u64) } else { PluralCategory::Other }
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// The phrases and conventions of one language.
#[derive(Clone, Copy)]
pub struct Phrases<'a> {
    catalogs: &'a Catalogs,
    lang: Lang,
}

impl<'a> Phrases<'a> {
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The phrases of another language from the same catalogs.
    pub fn in_language(&self, lang: Lang) -> Phrases<'a> {
        self.catalogs.phrases(lang)
    }

    /// A message without variables.
    pub fn t(&self, id: &str) -> String {
        self.catalogs.format(self.lang, id, &[])
    }

    /// A message with its variables; a value written in the other direction (a Latin name in
    /// Arabic) is marked as a span of its own direction.
    pub fn fmt(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.catalogs.format(self.lang, id, args)
    }

    /// A message as plain text, for what is not typeset (PDF metadata, alt text, file names).
    pub fn plain(&self, id: &str, args: &[(&str, Arg)]) -> String {
        strip_isolates(&self.fmt(id, args))
    }

    /// A `|`-separated list message (`numbering-chapter = أولا -|ثانيا -|…`), empty when the
    /// language leaves it empty.
    pub fn list(&self, id: &str) -> Vec<String> {
        split_list(&self.plain(id, &[]))
    }

    /// The `n`th label of a numbering style message (`ref-chapter`, `numbering-figure`…).
    pub fn numbered(&self, id: &str, n: u64) -> String {
        format::numbered(&self.list(id), n)
    }

    /// Counts of one series, as running text writes them: in words only when every number of
    /// the series is under ten ("eight, six and two States"; "14, 9 and 2 States").
    pub fn series(&self, counts: &[u64]) -> Vec<String> {
        let in_words = counts.iter().all(|n| *n < 10);
        counts.iter().map(|n| if in_words { self.words(*n) } else { self.number(*n as f64) }).collect()
    }

    /// The plural category of `n` in this language: "one", "few"…
    pub fn plural(&self, n: u64) -> &'static str {
        category_name(category(&plural_rules(self.lang), n as f64))
    }

    /// A number as the language prints it: "1,234" / "1 234" / "12,5".
    pub fn number(&self, n: f64) -> String {
        format::format_number(self.lang, n, None)
    }

    /// A number under ten in words where the language writes it so in running text.
    pub fn words(&self, n: u64) -> String {
        strip_isolates(&self.fmt("number-in-words", &[("n", n.into())]))
    }

    /// "47\u{a0}per cent" (running text).
    pub fn percent(&self, value: u64) -> String {
        self.plain("percent", &[("value", value.into())])
    }

    /// "47\u{a0}per cent" after a preposition that governs a case: Russian "от 61 процента"
    /// (message `percent-of`; the other languages write it as `percent`).
    pub fn percent_of(&self, value: u64) -> String {
        self.plain("percent-of", &[("value", value.into())])
    }

    /// "47%" (tables, charts).
    pub fn percent_short(&self, value: u64) -> String {
        self.plain("percent-short", &[("value", value.into())])
    }

    /// "29\u{a0}July\u{a0}2026", "1er\u{a0}juillet\u{a0}2026", "29\u{a0}تموز/يوليه\u{a0}2026".
    pub fn date(&self, date: Date) -> String {
        self.plain("date", &self.date_args(date, ""))
    }

    /// A range of days: "12-16\u{a0}October\u{a0}2026", "12 a 16 de octubre de\u{a0}2026".
    pub fn date_range(&self, from: Date, to: Date) -> String {
        if from == to {
            return self.date(from);
        }
        let id = if from.year == to.year && from.month == to.month {
            "date-range-same-month"
        } else if from.year == to.year {
            "date-range-same-year"
        } else {
            "date-range"
        };
        let mut args = self.date_args(from, "1");
        args.extend(self.date_args(to, "2"));
        args.push(("date1", Arg::Str(self.date(from))));
        args.push(("date2", Arg::Str(self.date(to))));
        self.plain(id, &args)
    }

    fn date_args(&self, date: Date, suffix: &'static str) -> Vec<(&'static str, Arg)> {
        let name = |base: &'static str| -> &'static str {
            match (base, suffix) {
                ("day", "1") => "day1",
                ("day", "2") => "day2",
                ("month", "1") => "month1",
                ("month", "2") => "month2",
                ("monthnum", "1") => "monthnum1",
                ("monthnum", "2") => "monthnum2",
                ("year", "1") => "year1",
                ("year", "2") => "year2",
                (base, _) => base,
            }
        };
        vec![
            (name("day"), Arg::Num(f64::from(date.day))),
            (name("month"), Arg::Str(self.plain(&format!("month-{}", date.month), &[]))),
            (name("monthnum"), Arg::Str(date.month.to_string())),
            // Years are never grouped ("2026", not "2,026").
            (name("year"), Arg::Str(date.year.to_string())),
        ]
    }

    /// "Algeria, Brazil and China": no serial comma; "،" and "و" in Arabic, "、" and "和" in Chinese.
    pub fn list_and(&self, items: &[String]) -> String {
        self.join(items, "list-and")
    }

    /// "Yes or Partly".
    pub fn list_or(&self, items: &[String]) -> String {
        self.join(items, "list-or")
    }

    fn join(&self, items: &[String], id: &str) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let separator = self.plain("list-separator", &[]);
                let first = init.join(&separator);
                // `count` lets a language join three or more items its own way (Chinese 以及).
                self.plain(id, &[("first", first.into()), ("last", last.into()), ("count", (items.len() as u64).into())])
            }
        }
    }

    /// Text in the language's quotation marks: “…”, « … », «…».
    pub fn quote(&self, text: &str) -> String {
        format!("{}{text}{}", self.plain("quote-open", &[]), self.plain("quote-close", &[]))
    }

    /// Secretariat prose (titles and texts from conference.toml) typeset as the language's UN
    /// documents print it: typographic apostrophes, and straight double quotes as the
    /// language's quotation marks.
    pub fn prose(&self, text: &str) -> String {
        let (open, close) = (self.plain("quote-open", &[]), self.plain("quote-close", &[]));
        format::typographic(text, &open, &close)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_six_catalogs_parse_and_define_the_same_messages() {
        let english = default_ids(crate::lang::Lang::En);
        assert!(english.len() > 200);
        for lang in Lang::ALL {
            let text = crate::template_set::default_text(&format!("{MESSAGE_DIR}/{lang}.ftl")).unwrap();
            assert!(FluentResource::try_new(text.to_string()).is_ok(), "{lang}.ftl does not parse");
            let ids = default_ids(lang);
            let missing: Vec<_> = english.difference(&ids).collect();
            // A language's own number forms (number-words-feminine…) are its alone.
            let extra: Vec<_> = ids.difference(&english).filter(|id| !id.starts_with("number-words-")).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{lang}: missing {missing:?}, extra {extra:?}");
        }
        assert!(Catalogs::builtin().diagnostics.is_empty(), "{:?}", Catalogs::builtin().diagnostics);
    }

    #[test]
    fn counts_take_each_languages_plural_forms() {
        let c = Catalogs::builtin();
        let ru = c.phrases(Lang::Ru);
        assert_eq!(ru.percent(1), "1\u{a0}процент");
        assert_eq!(ru.percent(2), "2\u{a0}процента");
        assert_eq!(ru.percent(5), "5\u{a0}процентов");
        assert_eq!(ru.percent(21), "21\u{a0}процент");
        assert_eq!(ru.percent(111), "111\u{a0}процентов");
        // Arabic: ICU's rules, not Fluent's older ones (103 is "few", 111 "many").
        let ar = c.phrases(Lang::Ar);
        assert_eq!(ar.plural(0), "zero");
        assert_eq!(ar.plural(2), "two");
        assert_eq!(ar.plural(103), "few");
        assert_eq!(ar.plural(111), "many");
        assert_eq!(c.phrases(Lang::En).words(8), "eight");
        assert_eq!(c.phrases(Lang::En).words(14), "14");
        assert_eq!(c.phrases(Lang::En).series(&[14, 9]), ["14", "9"]);
        assert_eq!(c.phrases(Lang::En).series(&[4, 2]), ["four", "two"]);
    }

    #[test]
    fn dates_numbers_lists_and_quotes_as_each_version_writes_them() {
        let c = Catalogs::builtin();
        let d = Date::new(2026, 7, 29).unwrap();
        let first = Date::new(2026, 7, 1).unwrap();
        assert_eq!(c.phrases(Lang::En).date(d), "29\u{a0}July\u{a0}2026");
        assert_eq!(c.phrases(Lang::Fr).date(first), "1er\u{a0}juillet\u{a0}2026");
        assert_eq!(c.phrases(Lang::Es).date(d), "29 de julio de\u{a0}2026");
        assert_eq!(c.phrases(Lang::Ru).date(d), "29\u{a0}июля\u{a0}2026\u{a0}года");
        assert_eq!(c.phrases(Lang::Zh).date(d), "2026年7月29日");
        assert_eq!(c.phrases(Lang::Ar).date(d), "29\u{a0}تموز/يوليه\u{a0}2026");
        let (opens, closes) = (Date::new(2026, 10, 12).unwrap(), Date::new(2026, 10, 16).unwrap());
        assert_eq!(c.phrases(Lang::En).date_range(opens, closes), "12-16\u{a0}October\u{a0}2026");
        assert_eq!(c.phrases(Lang::Es).date_range(opens, closes), "12 a 16 de octubre de\u{a0}2026");
        assert_eq!(c.phrases(Lang::Ru).date_range(opens, closes), "12-16\u{a0}октября\u{a0}2026\u{a0}года");
        assert_eq!(c.phrases(Lang::Zh).date_range(opens, closes), "2026年10月12日至16日");
        assert_eq!(c.phrases(Lang::Fr).date_range(Date::new(2015, 6, 1).unwrap(), Date::new(2015, 6, 5).unwrap()), "1er-5\u{a0}juin\u{a0}2015");
        assert_eq!(c.phrases(Lang::En).date_range(Date::new(2026, 9, 28).unwrap(), Date::new(2026, 10, 2).unwrap()), "28 September-2\u{a0}October\u{a0}2026");
        let items: Vec<String> = ["Algeria", "Brazil", "China"].map(String::from).to_vec();
        assert_eq!(c.phrases(Lang::En).list_and(&items), "Algeria, Brazil and China");
        assert_eq!(c.phrases(Lang::Zh).list_and(&items), "Algeria、Brazil以及China");
        assert_eq!(c.phrases(Lang::En).percent(47), "47\u{a0}per cent");
        assert_eq!(c.phrases(Lang::Fr).percent(47), "47\u{a0}%");
        assert_eq!(c.phrases(Lang::Ar).percent(47), "47 في المائة");
        assert_eq!(c.phrases(Lang::Fr).quote("Non"), "«\u{a0}Non\u{a0}»");
        assert_eq!(c.phrases(Lang::En).prose("Questions d'organisation"), "Questions d’organisation");
        assert_eq!(c.phrases(Lang::En).plain("session", &[("n", 13u32.into())]), "Thirteenth session");
        assert_eq!(c.phrases(Lang::Zh).plain("session", &[("n", 13u32.into())]), "第十三届会议");
        assert_eq!(c.phrases(Lang::Ar).plain("session", &[("n", 1u32.into())]), "الدورة الأولى");
    }

    #[test]
    fn a_value_against_the_languages_direction_is_marked_and_plain_text_drops_the_mark() {
        let c = Catalogs::builtin();
        let ar = c.phrases(Lang::Ar);
        let args = [("state", "Côte d’Ivoire (the)".into()), ("deadline", "12 أيلول/سبتمبر 2026".into())];
        let text = ar.fmt("letter-with-problems", &args);
        assert!(text.contains("\u{F8F0}Côte d’Ivoire (the)\u{F8F2}"), "{text:?}");
        assert!(
            ar.plain("letter-with-problems", &args).starts_with("تشكر الأمانة Côte d’Ivoire (the) على ردودها."),
            "{}",
            ar.plain("letter-with-problems", &args)
        );
        // In English the same value needs no mark.
        assert!(!c.phrases(Lang::En).fmt("letter-to", &[("state_of", "of Côte d’Ivoire".into())]).contains('\u{F8F0}'));
    }
}
