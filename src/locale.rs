//! The words every UN document version needs in its own language: masthead lines, session
//! ordinals, the agenda line, language names, as read off real documents.

/// The six official languages, in UN order of their English names.
pub const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// The language letter of a job number: `(E)`, `(F)`…
pub fn job_letter(lang: &str) -> &'static str {
    match lang {
        "ar" => "A",
        "zh" => "C",
        "fr" => "F",
        "ru" => "R",
        "es" => "S",
        _ => "E",
    }
}

/// A language's name written in `lang` ("anglais" in French), as the "Original:" line needs.
pub fn language_name(code: &str, lang: &str) -> &'static str {
    let names: [&str; 6] = match lang {
        "fr" => ["arabe", "chinois", "anglais", "français", "russe", "espagnol"],
        "es" => ["árabe", "chino", "inglés", "francés", "ruso", "español"],
        _ => ["Arabic", "Chinese", "English", "French", "Russian", "Spanish"],
    };
    LANGUAGES.iter().position(|l| *l == code).map_or("", |i| names[i])
}

/// "Distr.: General" as each version prints it (Russian, Chinese and Arabic keep the English).
pub fn distribution(kind: &str, lang: &str) -> String {
    match (lang, kind) {
        ("fr", "General") => "Distr. générale".into(),
        ("fr", "Limited") => "Distr. limitée".into(),
        ("fr", _) => "Distr. restreinte".into(),
        ("es", "General") => "Distr. general".into(),
        ("es", "Limited") => "Distr. limitada".into(),
        ("es", _) => "Distr. reservada".into(),
        (_, kind) => format!("Distr.: {kind}"),
    }
}

/// The language line(s) under the date: "Original: English", or for French "Français" then
/// "Original : anglais".
pub fn original_lines(original: &str, lang: &str) -> Vec<String> {
    match lang {
        "fr" => vec!["Français".into(), format!("Original : {}", language_name(original, "fr"))],
        "es" => vec!["Español".into(), format!("Original: {}", language_name(original, "es"))],
        "en" => vec![format!("Original: {}", language_name(original, "en"))],
        other => vec![language_name(other, "en").into(), format!("Original: {}", language_name(original, "en"))],
    }
}

/// "Thirteenth session" in the document's language.
pub fn session(number: u32, lang: &str) -> String {
    let i = number.saturating_sub(1) as usize;
    match lang {
        "fr" => format!("{} session", ordinal_fr(number)),
        "es" => format!("{} período de sesiones", ORDINALS_ES.get(i).map_or_else(|| format!("{number}º"), |s| s.to_string())),
        "ru" => format!("{} сессия", ORDINALS_RU.get(i).map_or_else(|| format!("{number}-я"), |s| s.to_string())),
        "zh" => format!("第{}届会议", chinese_number(number)),
        "ar" => format!("الدورة {}", ORDINALS_AR.get(i).map_or_else(|| number.to_string(), |s| s.to_string())),
        _ => format!("{} session", ORDINALS_EN.get(i).map_or_else(|| format!("{number}th"), |s| s.to_string())),
    }
}

/// "Item 2 of the provisional agenda" (the asterisk is added by the template).
pub fn agenda_line(item: &str, lang: &str) -> String {
    match lang {
        "fr" => format!("Point {item} de l'ordre du jour provisoire"),
        "es" => format!("Tema {item} del programa provisional"),
        "ru" => format!("Пункт {item} предварительной повестки дня"),
        "zh" => format!("临时议程项目{item}"),
        "ar" => format!("البند {item} من جدول الأعمال المؤقت"),
        _ => format!("Item {item} of the provisional agenda"),
    }
}

/// "United Nations" at the top left of the masthead.
pub fn united_nations(lang: &str) -> &'static str {
    match lang {
        "fr" => "Nations Unies",
        "es" => "Naciones Unidas",
        "ru" => "Организация Объединенных Наций",
        "zh" => "联合国",
        "ar" => "الأمم المتحدة",
        _ => "United Nations",
    }
}

/// The footer line of page 1.
pub fn please_recycle(lang: &str) -> &'static str {
    match lang {
        "fr" => "Merci de recycler",
        "es" => "Se ruega reciclar",
        "ru" => "Просьба отправить на вторичную переработку",
        "zh" => "请回收",
        "ar" => "يرجى إعادة الاستعمال",
        _ => "Please recycle",
    }
}

/// A number below ten in words, as running English text wants it ("eight States"); larger
/// numbers in figures. Other languages get figures (their templates may spell them).
pub fn count_words(n: u64, lang: &str) -> String {
    const EN: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    match lang {
        "en" if n < 10 => EN[n as usize].to_string(),
        _ => n.to_string(),
    }
}

/// A list joined as the Editorial Manual wants it: "Algeria, Brazil and China" (no serial comma).
pub fn join_and(items: &[String], lang: &str) -> String {
    let and = match lang {
        "fr" => "et",
        "es" => "y",
        "ru" => "и",
        "zh" => "和",
        "ar" => "و",
        _ => "and",
    };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

const ORDINALS_EN: [&str; 20] = [
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
    "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth",
    "Twentieth",
];
const ORDINALS_ES: [&str; 20] = [
    "Primer", "Segundo", "Tercer", "Cuarto", "Quinto", "Sexto", "Séptimo", "Octavo", "Noveno", "Décimo",
    "Undécimo", "Duodécimo", "Decimotercer", "Decimocuarto", "Decimoquinto", "Decimosexto", "Decimoséptimo",
    "Decimoctavo", "Decimonoveno", "Vigésimo",
];
const ORDINALS_RU: [&str; 20] = [
    "Первая", "Вторая", "Третья", "Четвертая", "Пятая", "Шестая", "Седьмая", "Восьмая", "Девятая", "Десятая",
    "Одиннадцатая", "Двенадцатая", "Тринадцатая", "Четырнадцатая", "Пятнадцатая", "Шестнадцатая",
    "Семнадцатая", "Восемнадцатая", "Девятнадцатая", "Двадцатая",
];
const ORDINALS_AR: [&str; 20] = [
    "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة",
    "الحادية عشرة", "الثانية عشرة", "الثالثة عشرة", "الرابعة عشرة", "الخامسة عشرة", "السادسة عشرة",
    "السابعة عشرة", "الثامنة عشرة", "التاسعة عشرة", "العشرون",
];

fn ordinal_fr(n: u32) -> String {
    const FR: [&str; 20] = [
        "Première", "Deuxième", "Troisième", "Quatrième", "Cinquième", "Sixième", "Septième", "Huitième",
        "Neuvième", "Dixième", "Onzième", "Douzième", "Treizième", "Quatorzième", "Quinzième", "Seizième",
        "Dix-septième", "Dix-huitième", "Dix-neuvième", "Vingtième",
    ];
    FR.get(n.saturating_sub(1) as usize).map_or_else(|| format!("{n}e"), |s| s.to_string())
}

fn chinese_number(n: u32) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_lines_match_real_mastheads() {
        assert_eq!(session(6, "en"), "Sixth session");
        assert_eq!(session(6, "fr"), "Sixième session");
        assert_eq!(session(6, "es"), "Sexto período de sesiones");
        assert_eq!(session(6, "ru"), "Шестая сессия");
        assert_eq!(session(6, "zh"), "第六届会议");
        assert_eq!(session(13, "zh"), "第十三届会议");
        assert_eq!(session(1, "ar"), "الدورة الأولى");
    }

    #[test]
    fn lists_have_no_serial_comma() {
        let items: Vec<String> = ["Algeria", "Brazil", "China"].map(String::from).to_vec();
        assert_eq!(join_and(&items, "en"), "Algeria, Brazil and China");
        assert_eq!(count_words(8, "en"), "eight");
        assert_eq!(count_words(14, "en"), "14");
    }
}
