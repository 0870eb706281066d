//! Sheet headers: column names read case-insensitively as pyxform does, translations
//! (`label::English (en)`) split into a base column and a language.

use std::collections::BTreeMap;

use crate::load::workbook::Sheet;
use crate::model::Diagnostic;

/// Columns that take a translation after `::` (or a single `:`).
const TRANSLATABLE: &[&str] = &["label", "hint", "guidance_hint", "constraint_message", "required_message", "image", "big-image", "audio", "video", "media"];

/// One column of a header row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Canonical base name: `label`, `list_name`, `constraint_message`…
    pub base: String,
    /// Language key for translated columns (`en`, `fr`…), `None` for an untranslated column.
    pub lang: Option<String>,
    /// 0-based column index in the sheet.
    pub index: usize,
    /// The header as written, for messages.
    pub header: String,
}

/// The header of a sheet: its columns and where it is.
#[derive(Debug, Clone, Default)]
pub struct Header {
    pub columns: Vec<Column>,
    /// 0-based row of the header.
    pub row: usize,
}

impl Header {
    /// The first column with this base name and no language.
    pub fn plain(&self, base: &str) -> Option<usize> {
        self.columns.iter().find(|c| c.base == base && c.lang.is_none()).map(|c| c.index)
    }

    pub fn has(&self, base: &str) -> bool {
        self.columns.iter().any(|c| c.base == base)
    }

    /// Every column of a translatable base, with its language (`None` for the untranslated one).
    pub fn translations(&self, base: &str) -> Vec<(Option<String>, usize)> {
        self.columns.iter().filter(|c| c.base == base).map(|c| (c.lang.clone(), c.index)).collect()
    }
}

/// Canonical names for the spellings forms use.
fn canonical(base: &str) -> String {
    let folded = base.trim().to_lowercase().split_whitespace().collect::<Vec<_>>().join("_");
    match folded.as_str() {
        "list_name" | "listname" => "list_name",
        "jr:constraintmsg" | "constraint_message" => "constraint_message",
        "jr:requiredmsg" | "required_message" => "required_message",
        "relevance" | "relevant" => "relevant",
        "calculate" | "calculation" => "calculation",
        "choice_filter" => "choice_filter",
        "default" => "default",
        "media::image" => "image",
        other => return other.to_string(),
    }
    .to_string()
}

/// Reads the header row (the first non-empty row) of a sheet. Duplicate columns are errors:
/// which of the two would count is a guess palermo does not make.
pub fn read_header(sheet: &Sheet, file: &str, diagnostics: &mut Vec<Diagnostic>) -> Header {
    let Some(row) = sheet.rows.iter().position(|r| r.iter().any(|c| !c.is_empty())) else {
        return Header::default();
    };
    let mut columns = Vec::new();
    let mut seen: BTreeMap<(String, Option<String>), usize> = BTreeMap::new();
    for (index, cell) in sheet.rows[row].iter().enumerate() {
        let header = cell.text().trim().to_string();
        if header.is_empty() {
            continue;
        }
        let (base, lang) = split_translation(&header);
        if let Some(first) = seen.insert((base.clone(), lang.clone()), index) {
            diagnostics.push(
                Diagnostic::error(
                    file,
                    format!(
                        "column {header_q} appears twice (also in column {})",
                        crate::model::diagnostic::a1(row, first),
                        header_q = crate::quote::quoted(&header)
                    ),
                )
                .at_cell(Some(&sheet.name), row, index)
                .hint("delete or rename one of the two columns"),
            );
            continue;
        }
        columns.push(Column { base, lang, index, header });
    }
    Header { columns, row }
}

fn split_translation(header: &str) -> (String, Option<String>) {
    // `media::image::English (en)` is the image column in English.
    let header = match header.get(..7) {
        Some(prefix) if prefix.eq_ignore_ascii_case("media::") => &header[7..],
        _ => header,
    };
    if let Some((base, lang)) = header.split_once("::") {
        let base = canonical(base);
        return (base, Some(language_key(lang)));
    }
    if let Some((base, lang)) = header.split_once(':') {
        let base_canonical = canonical(base);
        if TRANSLATABLE.contains(&base_canonical.as_str()) && !lang.trim().is_empty() {
            return (base_canonical, Some(language_key(lang)));
        }
    }
    (canonical(header), None)
}

/// The language of a column: the code in parentheses (`English (en)` → `en`), a known name in
/// English or in the language itself, or else the name as written, lower-cased.
pub fn language_key(raw: &str) -> String {
    let raw = raw.trim();
    if let Some(open) = raw.rfind('(')
        && let Some(code) = raw[open + 1..].strip_suffix(')')
    {
        let code = code.trim().to_lowercase();
        if (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_alphabetic()) {
            return normalise_code(&code);
        }
    }
    let lower = raw.to_lowercase();
    match lower.as_str() {
        "english" | "anglais" | "inglés" | "ingles" => "en".into(),
        "french" | "français" | "francais" | "francés" => "fr".into(),
        "spanish" | "español" | "espanol" | "espagnol" => "es".into(),
        "russian" | "русский" | "russe" | "ruso" => "ru".into(),
        "chinese" | "中文" | "chinois" | "chino" => "zh".into(),
        "arabic" | "العربية" | "arabe" | "árabe" => "ar".into(),
        code if code.len() <= 3 => normalise_code(code),
        _ => lower,
    }
}

fn normalise_code(code: &str) -> String {
    match code {
        "eng" => "en",
        "fra" | "fre" => "fr",
        "spa" => "es",
        "rus" => "ru",
        "zho" | "chi" | "cmn" => "zh",
        "ara" => "ar",
        other => other,
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translations_split_as_pyxform_reads_them() {
        assert_eq!(split_translation("label::English (en)"), ("label".into(), Some("en".into())));
        assert_eq!(split_translation("Label:Français"), ("label".into(), Some("fr".into())));
        assert_eq!(split_translation("LABEL::EN"), ("label".into(), Some("en".into())));
        assert_eq!(split_translation("jr:constraintMsg"), ("constraint_message".into(), None));
        assert_eq!(split_translation("List Name"), ("list_name".into(), None));
        assert_eq!(split_translation("hint::Русский (ru)"), ("hint".into(), Some("ru".into())));
        assert_eq!(split_translation("label::Swahili"), ("label".into(), Some("swahili".into())));
        assert_eq!(split_translation("media::image::English (en)"), ("image".into(), Some("en".into())));
        assert_eq!(split_translation("media::audio"), ("audio".into(), None));
    }
}
