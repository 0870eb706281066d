//! Choices from a file beside the form (`select_one_from_file species.csv`): a CSV with `name`
//! and `label` columns (or the columns the `parameters` name), an XML list of `<item>`s, or a
//! GeoJSON collection of features, as ODK reads them from the form's media.

use std::collections::BTreeMap;
use std::path::Path;

use crate::model::questionnaire::{Choice, Text};

/// Why a choices file could not be used: what to say and a hint.
#[derive(Debug)]
pub struct FileProblem {
    pub message: String,
    pub hint: String,
}

/// The columns holding a choice's value and label (`value=code label=title` in `parameters`).
#[derive(Debug)]
pub struct Columns {
    pub value: String,
    pub label: String,
}

impl Default for Columns {
    fn default() -> Self {
        Columns { value: "name".into(), label: "label".into() }
    }
}

/// Reads the choices of `file` in `folder`; `default_lang` is the language of an untranslated label.
pub fn read(folder: Option<&Path>, file: &str, columns: &Columns, default_lang: &str) -> Result<Vec<Choice>, FileProblem> {
    let Some(folder) = folder else {
        return Err(FileProblem {
            message: format!("the choices file {file} cannot be read: the form was not read from a folder"),
            hint: "load the form from its file, with the choices file beside it".into(),
        });
    };
    if file.contains(['/', '\\']) || file.starts_with('.') {
        return Err(FileProblem {
            message: format!("{file_q} is not a file name", file_q = crate::quote::quoted(file)),
            hint: "name a file in the form's folder, such as species.csv".into(),
        });
    }
    let path = folder.join(file);
    let bytes = match std::fs::metadata(&path) {
        Ok(_) => crate::load::workbook::read_input(&path)
            .map_err(|e| FileProblem { message: format!("the choices file {file} cannot be read: {}", e.message), hint: e.hint })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(FileProblem {
                message: format!("the choices file {file} is not in {}", display_folder(folder)),
                hint: format!("put {file} beside the form, as ODK reads it from the form's media files"),
            });
        }
        Err(e) => return Err(FileProblem { message: format!("the choices file {file} cannot be read: {e}"), hint: "check the file's permissions".into() }),
    };
    let extension = file.rsplit('.').next().unwrap_or_default().to_ascii_lowercase();
    let choices = match extension.as_str() {
        "csv" => from_csv(&bytes, file, columns, default_lang)?,
        "xml" => from_xml(&bytes, file, columns, default_lang)?,
        "geojson" => from_geojson(&bytes, file, columns, default_lang)?,
        other => {
            return Err(FileProblem {
                message: format!("{file}: choices files are .csv, .xml or .geojson, not .{other}"),
                hint: "save the list as CSV with name and label columns".into(),
            });
        }
    };
    if choices.is_empty() {
        return Err(FileProblem {
            message: format!("the choices file {file} holds no choice"),
            hint: format!("add rows with a {} and a {}", columns.value, columns.label),
        });
    }
    Ok(choices)
}

fn display_folder(folder: &Path) -> String {
    if folder.as_os_str().is_empty() { "the current folder".into() } else { folder.display().to_string() }
}

fn choice(name: String, labels: BTreeMap<String, String>, extra: BTreeMap<String, String>, row: usize) -> Choice {
    Choice { name, label: Text(labels), extra, row }
}

fn from_csv(bytes: &[u8], file: &str, columns: &Columns, default_lang: &str) -> Result<Vec<Choice>, FileProblem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| FileProblem { message: format!("{file}: {e}"), hint: "save the file as UTF-8 CSV".into() })?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let Some(value_col) = header.iter().position(|h| h.eq_ignore_ascii_case(&columns.value)) else {
        return Err(FileProblem {
            message: format!("{file} has no {} column (its columns are {})", crate::quote::quoted(&columns.value), header.join(", ")),
            hint: "name the column of values `name`, or say which it is in parameters: value=column".into(),
        });
    };
    // `label`, or translations `label::English (en)`.
    let label_cols: Vec<(String, usize)> = header
        .iter()
        .enumerate()
        .filter_map(|(i, h)| {
            let lower = h.to_lowercase();
            if lower == columns.label.to_lowercase() {
                Some((default_lang.to_string(), i))
            } else {
                let (base, lang) = h.split_once("::").or_else(|| h.split_once(':'))?;
                base.eq_ignore_ascii_case(&columns.label).then(|| (super::columns::language_key(lang), i))
            }
        })
        .collect();
    let mut out = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(|e| FileProblem { message: format!("{file}, line {}: {e}", n + 2), hint: "save the file as UTF-8 CSV".into() })?;
        let name = record.get(value_col).unwrap_or_default().trim().to_string();
        if name.is_empty() {
            continue;
        }
        let labels =
            label_cols.iter().filter_map(|(lang, i)| record.get(*i).map(|l| (lang.clone(), l.trim().to_string()))).filter(|(_, l)| !l.is_empty()).collect();
        let extra = header
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != value_col && !label_cols.iter().any(|(_, c)| c == i))
            .filter_map(|(i, h)| record.get(i).map(|v| (h.clone(), v.trim().to_string())))
            .collect();
        out.push(choice(name, labels, extra, n + 2));
    }
    Ok(out)
}

fn from_xml(bytes: &[u8], file: &str, columns: &Columns, default_lang: &str) -> Result<Vec<Choice>, FileProblem> {
    let text =
        std::str::from_utf8(bytes).map_err(|_| FileProblem { message: format!("{file} is not UTF-8 text"), hint: "save the file as UTF-8 XML".into() })?;
    let doc = roxmltree::Document::parse(text).map_err(|e| FileProblem {
        message: format!("{file}: {e}"),
        hint: "check that the XML is well formed: <root><item><name>…</name><label>…</label></item></root>".into(),
    })?;
    let mut out = Vec::new();
    for item in doc.descendants().filter(|n| n.has_tag_name("item")) {
        let field = |tag: &str| item.children().find(|c| c.has_tag_name(tag)).and_then(|c| c.text()).map(|t| t.trim().to_string());
        let Some(name) = field(&columns.value).filter(|n| !n.is_empty()) else { continue };
        let labels = field(&columns.label).filter(|l| !l.is_empty()).map(|l| BTreeMap::from([(default_lang.to_string(), l)])).unwrap_or_default();
        let extra = item
            .children()
            .filter(|c| c.is_element() && !c.has_tag_name(columns.value.as_str()) && !c.has_tag_name(columns.label.as_str()))
            .map(|c| (c.tag_name().name().to_string(), c.text().unwrap_or_default().trim().to_string()))
            .collect();
        out.push(choice(name, labels, extra, doc.text_pos_at(item.range().start).row as usize));
    }
    Ok(out)
}

/// GeoJSON features: the value is the feature's `id` (or the `parameters` value property), the
/// label its `title` (or the label property).
fn from_geojson(bytes: &[u8], file: &str, columns: &Columns, default_lang: &str) -> Result<Vec<Choice>, FileProblem> {
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| FileProblem { message: format!("{file}: {e}"), hint: "check that the file is a GeoJSON FeatureCollection".into() })?;
    let Some(features) = value.get("features").and_then(|f| f.as_array()) else {
        return Err(FileProblem { message: format!("{file} has no features"), hint: "a GeoJSON choices file is a FeatureCollection".into() });
    };
    let (value_key, label_key) =
        if columns.value == "name" && columns.label == "label" { ("id", "title") } else { (columns.value.as_str(), columns.label.as_str()) };
    let text = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => Some(s.trim().to_string()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let mut out = Vec::new();
    for (i, feature) in features.iter().enumerate() {
        let properties = feature.get("properties");
        let name = properties.and_then(|p| p.get(value_key)).or_else(|| feature.get(value_key)).and_then(text).filter(|n| !n.is_empty());
        let Some(name) = name else { continue };
        let labels = properties.and_then(|p| p.get(label_key)).and_then(text).map(|l| BTreeMap::from([(default_lang.to_string(), l)])).unwrap_or_default();
        out.push(choice(name, labels, BTreeMap::new(), i + 1));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_xml_and_geojson_lists() {
        let dir = std::env::temp_dir().join(format!("palermo-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("species.csv"),
            "name,label::English (en),label::Français (fr),family\nquercus,Oak,Chêne,fagaceae\n,skipped,,\npinus,Pine,Pin,pinaceae\n",
        )
        .unwrap();
        std::fs::write(dir.join("items.xml"), "<root><item><name>a</name><label>Apple</label></item><item><name>b</name><label>Banana</label></item></root>")
            .unwrap();
        std::fs::write(dir.join("places.geojson"), r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"p1","title":"Well"}}]}"#)
            .unwrap();
        let csv = read(Some(&dir), "species.csv", &Columns::default(), "en").unwrap();
        assert_eq!(csv.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["quercus", "pinus"]);
        assert_eq!(csv[0].label.get("fr", "en"), Some("Chêne"));
        assert_eq!(csv[1].extra["family"], "pinaceae");
        let xml = read(Some(&dir), "items.xml", &Columns::default(), "en").unwrap();
        assert_eq!(xml[1].label.get("en", "en"), Some("Banana"));
        let geo = read(Some(&dir), "places.geojson", &Columns::default(), "en").unwrap();
        assert_eq!((geo[0].name.as_str(), geo[0].label.get("en", "en")), ("p1", Some("Well")));
        let missing = read(Some(&dir), "absent.csv", &Columns::default(), "en").err().unwrap();
        assert!(missing.message.contains("absent.csv is not in"), "{}", missing.message);
        let no_name = read(Some(&dir), "species.csv", &Columns { value: "code".into(), label: "label".into() }, "en").err().unwrap();
        assert!(no_name.message.contains("no \"code\" column"), "{}", no_name.message);
        std::fs::remove_dir_all(&dir).ok();
    }
}
