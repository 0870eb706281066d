//! Translators' files: the analysts' English text of a form and the catalogs' phrases, out as
//! XLIFF 2.0 for translation tools and back into the conference folder (`analysis/<form>/<lang>.md`,
//! `templates/messages/<lang>.ftl`), every reference kept as a protected placeholder.

pub mod analysis;
pub mod phrases;
pub mod xliff;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::i18n::Catalogs;
use crate::inputs::Inputs;
use crate::lang::Lang;
use crate::template_set::{MESSAGE_DIR, TemplateSet};
use xliff::{Document, File};

/// The XLIFF `file` of the analysts' text, and of the phrases.
pub const ANALYSIS_FILE: &str = "analysis";
pub const PHRASES_FILE: &str = "phrases";

/// What an export holds, for the command's summary.
#[derive(Debug)]
pub struct Exported {
    pub document: Document,
    /// Units of the analysts' text, and how many already had a translation.
    pub analysis_units: (usize, usize),
    pub phrase_units: (usize, usize),
    /// The form has no English analysts' text: only the phrases are exported.
    pub no_analysis: bool,
}

/// The translators' file of `form_id` into `lang`.
pub fn export(inputs: &Inputs, templates: &TemplateSet, form_id: &str, lang: Lang) -> Result<Exported> {
    if lang == Lang::En {
        bail!(
            "the texts are written in English: translate them into {}",
            Lang::ALL.iter().filter(|l| **l != Lang::En).map(|l| l.code()).collect::<Vec<_>>().join(", ")
        );
    }
    let Some(form) = inputs.form(form_id) else {
        let known: Vec<&str> = inputs.questionnaires.iter().map(|q| q.form_id.as_str()).collect();
        let hint = crate::suggest::closest(form_id, known.iter().copied())
            .map_or_else(|| format!("the forms are {}", known.join(", ")), |m| format!("did you mean {m}?"));
        bail!("no questionnaire has the form_id {}; {hint}", crate::quote::quoted(form_id));
    };
    let catalogs = Catalogs::from_set(templates);
    let mut files = Vec::new();
    let texts = inputs.analysis.get(&form.form_id);
    let english = texts.and_then(|t| t.get(&Lang::En));
    let mut analysis_units = (0, 0);
    if let Some(english) = english {
        let figures = inputs.figures.get(&form.form_id);
        let shown = |lang: Lang| {
            let p = catalogs.phrases(lang);
            move |inner: &str| match figures {
                Some(f) => crate::documents::report::analysis::value_of(inner, p, inputs, f).unwrap_or_else(|e| format!("?? {e}")),
                None => inner.trim().to_string(),
            }
        };
        let translated = texts.and_then(|t| t.get(&lang)).map(|t| t.text.as_str());
        let units = analysis::units(&english.text, translated, &shown(Lang::En), &shown(lang));
        analysis_units = (units.len(), units.iter().filter(|u| u.target.is_some()).count());
        files.push(File {
            id: ANALYSIS_FILE.to_string(),
            original: format!("analysis/{}/en.md", form.form_id),
            notes: vec![format!(
                "The Secretariat's analysis in the report on {}: one unit per paragraph, list item, quotation or footnote. The placeholders are figures and State names, shown with the value they print; keep each of them (a footnote mark [^…] must stay). Emphasis is written *like this*.",
                form.form_id
            )],
            units,
        });
    }
    let phrases_name = |l: Lang| format!("{MESSAGE_DIR}/{l}.ftl");
    let catalog = |l: Lang| {
        let name = phrases_name(l);
        let default = crate::template_set::default_text(&name).unwrap_or_default();
        phrases::in_force(default, templates.get(&name).filter(|f| f.is_override).map(|f| f.text.as_str()))
    };
    let order: Vec<String> =
        phrases::messages(crate::template_set::default_text(&phrases_name(Lang::En)).unwrap_or_default()).into_iter().map(|m| m.id).collect();
    let units = phrases::units(&catalog(Lang::En), &catalog(lang), &order);
    let phrase_units = (units.len(), units.iter().filter(|u| u.target.is_some()).count());
    files.push(File {
        id: PHRASES_FILE.to_string(),
        original: phrases_name(Lang::En),
        notes: vec![
            "Every phrase palermo writes in its documents, one unit per message; the placeholders are values palermo gives (a count, a name, a date)."
                .to_string(),
        ],
        units,
    });
    Ok(Exported { document: Document { target: lang, files }, analysis_units, phrase_units, no_analysis: english.is_none() })
}

/// What an import wrote and what it refused.
#[derive(Debug, Default)]
pub struct Imported {
    /// Files written, with what they hold.
    pub written: Vec<(PathBuf, String)>,
    /// Problems, each naming its unit; what they concern was not written.
    pub problems: Vec<String>,
}

/// Puts a translators' file back into the conference folder `dir`: the analysts' text as
/// `analysis/<form>/<lang>.md`, the changed phrases into `templates/messages/<lang>.ftl` of
/// `templates_dir`.
pub fn import(doc: &Document, dir: &Path, templates_dir: &Path) -> Result<Imported> {
    let lang = doc.target;
    if lang == Lang::En {
        bail!("the file translates into English, the language the texts are written in; nothing to import");
    }
    let mut result = Imported::default();
    for file in &doc.files {
        match file.id.as_str() {
            ANALYSIS_FILE => {
                let form =
                    file.original.strip_prefix("analysis/").and_then(|rest| rest.strip_suffix("/en.md")).filter(|f| !f.is_empty() && !f.contains(['/', '\\']));
                let Some(form) = form else {
                    result
                        .problems
                        .push(format!("the analysis in the file comes from {}, not from analysis/<form_id>/en.md", crate::quote::quoted(&file.original)));
                    continue;
                };
                let english_path = dir.join("analysis").join(form).join("en.md");
                let english = std::fs::read_to_string(&english_path)
                    .with_context(|| format!("cannot read {}, the English text the translation belongs to", english_path.display()))?;
                match analysis::rebuild(&english, &file.units) {
                    Ok(text) => {
                        let path = dir.join("analysis").join(form).join(format!("{}.md", lang.code()));
                        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
                        result.written.push((path, format!("the analysts' text, {} units", file.units.len())));
                    }
                    Err(problems) => result.problems.extend(problems.into_iter().map(|p| format!("{}: {p}", english_path.display()))),
                }
            }
            PHRASES_FILE => {
                let name = format!("{MESSAGE_DIR}/{lang}.ftl");
                let path = templates_dir.join(MESSAGE_DIR).join(format!("{lang}.ftl"));
                let existing = std::fs::read_to_string(&path).ok();
                let english = phrases::in_force(crate::template_set::default_text(&format!("{MESSAGE_DIR}/en.ftl")).unwrap_or_default(), None);
                let current = phrases::in_force(crate::template_set::default_text(&name).unwrap_or_default(), existing.as_deref());
                let defaults: Vec<_> = Lang::ALL
                    .iter()
                    .map(|l| phrases::in_force(crate::template_set::default_text(&format!("{MESSAGE_DIR}/{l}.ftl")).unwrap_or_default(), None))
                    .collect();
                let known = |id: &str| -> BTreeSet<String> { defaults.iter().filter_map(|d| d.get(id)).flat_map(|m| phrases::variables(&m.value)).collect() };
                let (changed, problems) = phrases::changed(&file.units, &english, &known, &current);
                result.problems.extend(problems.into_iter().map(|p| format!("phrases: {p}")));
                if !changed.is_empty() {
                    std::fs::create_dir_all(path.parent().unwrap_or(templates_dir)).with_context(|| format!("cannot create {}", templates_dir.display()))?;
                    std::fs::write(
                        &path,
                        phrases::merged_file(
                            &Catalogs::builtin().phrases(Lang::En).plain("language-name", &[("code", lang.code().into())]),
                            existing.as_deref(),
                            &changed,
                        ),
                    )
                    .with_context(|| format!("cannot write {}", path.display()))?;
                    result.written.push((path, format!("{} phrases changed", changed.len())));
                }
            }
            other => result.problems.push(format!("the file holds a part {} palermo did not export; it was not read", crate::quote::quoted(other))),
        }
    }
    Ok(result)
}
