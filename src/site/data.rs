//! The site's data: every figure of each analytical report (`data/<symbol>/figures.csv`, the
//! rows of its figures.json), and the replies as an open dataset, one tidy CSV per questionnaire
//! (one row per State and published question) described by a Frictionless Data Package
//! (`data/replies/datapackage.json`: schema, field types, licence, sources).

use anyhow::Result;
use serde_json::json;

use crate::documents::answers::answer_text;
use crate::i18n::Phrases;
use crate::inputs::Inputs;
use crate::lang::Lang;
use crate::model::questionnaire::Questionnaire;
use crate::model::submission::Answer;

/// The data files, by path under `site/`, in a stable order.
pub fn files(inputs: &Inputs) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for spec in inputs.conference.documents.iter().filter(|d| d.kind == "analytical-report") {
        let Some(figures) = spec.form.as_deref().and_then(|f| inputs.figures.get(f)) else { continue };
        let mut csv = csv::Writer::from_writer(Vec::new());
        csv.write_record(["id", "counts", "value", "numerator", "denominator", "per_cent", "states"])?;
        for f in &figures.registry.figures {
            let value = match &f.value {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let opt = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
            csv.write_record([f.id.as_str(), &f.counts, &value, &opt(f.numerator), &opt(f.denominator), &opt(f.per_cent), &f.states.join(" ")])?;
        }
        files.push((format!("data/{}/figures.csv", spec.symbol.replace('/', "-")), csv.into_inner()?));
    }
    let english = crate::i18n::Catalogs::builtin();
    let en = english.phrases(Lang::En);
    let mut resources = Vec::new();
    for form in &inputs.questionnaires {
        let (bytes, rows) = replies_csv(en, inputs, form)?;
        let path = format!("{}.csv", form.form_id);
        resources.push(resource(form, &path, rows, &bytes));
        files.push((format!("data/replies/{path}"), bytes));
    }
    let package = json!({
        "profile": "tabular-data-package",
        "name": format!("{}-replies", inputs.conference.conference.symbol_prefix.to_lowercase().replace('/', "-")),
        "title": format!("Replies of States to the questionnaires of the reporting cycle {} ({})", inputs.conference.reporting.cycle, inputs.conference.conference.symbol_prefix),
        "description": "One row per State and published question of each reply counted as at the cut-off date: the value as recorded (a choice by its name, several separated by spaces) and in English. Answers that are personal data (publish = no in the form) are left out.",
        "licenses": [{"name": "CC-BY-3.0-IGO", "path": "https://creativecommons.org/licenses/by/3.0/igo/", "title": "Creative Commons Attribution 3.0 IGO"}],
        "sources": [{"title": "Replies of States to the questionnaires of the Secretariat"}],
        "created": inputs.conference.reporting.as_at.to_string() + "T00:00:00Z",
        "resources": resources,
    });
    let mut bytes = serde_json::to_vec_pretty(&package)?;
    bytes.push(b'\n');
    files.push(("data/replies/datapackage.json".into(), bytes));
    Ok(files)
}

/// How the session page names a data file; empty for those it links elsewhere (a report's
/// figures are linked from the report's row).
pub fn label(p: Phrases<'_>, path: &str, inputs: &Inputs) -> String {
    if path == "data/replies/datapackage.json" {
        return p.plain("site-data-package", &[]);
    }
    let Some(form_id) = path.strip_prefix("data/replies/").and_then(|f| f.strip_suffix(".csv")) else { return String::new() };
    let title = inputs.form(form_id).map_or(form_id.to_string(), |f| f.title.get(p.lang(), &f.default_language).unwrap_or(form_id).to_string());
    p.plain("site-data-replies", &[("form", title.into())])
}

/// The tidy CSV of a form's counted replies, and its number of rows.
fn replies_csv(en: Phrases<'_>, inputs: &Inputs, form: &Questionnaire) -> Result<(Vec<u8>, usize)> {
    let mut csv = csv::Writer::from_writer(Vec::new());
    csv.write_record(["form_id", "iso3", "state", "regional_group", "submitted", "number", "question", "provision", "value", "value_en"])?;
    let mut rows = 0;
    let mut replies: Vec<_> = inputs.submissions.iter().filter(|s| s.form_id == form.form_id).collect();
    replies.sort_by(|a, b| a.state.cmp(&b.state));
    let published: Vec<_> = form.questions.iter().filter(|q| q.kind.is_answered() && q.publish && form.repeat_of(q).is_none()).collect();
    for reply in replies {
        let Some(state) = inputs.states.get(&reply.state) else { continue };
        for q in &published {
            let Some(answer) = reply.answers.get(&q.name) else { continue };
            let value = match answer {
                Answer::Text(t) | Answer::Choice(t) => t.clone(),
                Answer::Number(n) => crate::expr::ast::format_number(*n),
                Answer::Date(d) => d.to_string(),
                Answer::Choices(c) => c.join(" "),
            };
            let value_en = crate::i18n::strip_isolates(&answer_text(en, form, q, answer));
            let provision = q.provision.as_ref().map(|p| p.to_string()).unwrap_or_default();
            csv.write_record([
                form.form_id.as_str(),
                &state.iso3,
                state.name(Lang::En),
                state.group.name_en(),
                &reply.submitted.to_string(),
                q.number.as_deref().unwrap_or_default(),
                &q.name,
                &provision,
                &value,
                &value_en,
            ])?;
            rows += 1;
        }
    }
    Ok((csv.into_inner()?, rows))
}

/// The datapackage.json entry of a form's CSV: its schema, with each field's type.
fn resource(form: &Questionnaire, path: &str, rows: usize, bytes: &[u8]) -> serde_json::Value {
    use sha2::Digest;
    let field = |name: &str, kind: &str, description: &str| json!({"name": name, "type": kind, "description": description});
    json!({
        "name": form.form_id.to_lowercase(),
        "path": path,
        "profile": "tabular-data-resource",
        "title": form.title.get("en", &form.default_language).unwrap_or(&form.form_id),
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": bytes.len(),
        "hash": format!("sha256:{}", crate::output::hex(&sha2::Sha256::digest(bytes))),
        "rows": rows,
        "schema": {
            "fields": [
                field("form_id", "string", "The questionnaire (XLSForm form_id)"),
                field("iso3", "string", "The State, ISO 3166-1 alpha-3"),
                field("state", "string", "The State's name in English"),
                field("regional_group", "string", "The State's regional group"),
                field("submitted", "date", "The date the reply was received"),
                field("number", "integer", "The question's number in the questionnaire"),
                field("question", "string", "The question's name in the form"),
                field("provision", "string", "The provision of the instrument the question concerns"),
                field("value", "string", "The answer as recorded: text, a number, a date, a choice's name, several names separated by spaces"),
                field("value_en", "string", "The answer in English: a choice by its label"),
            ],
            "primaryKey": ["form_id", "iso3", "question"],
        },
    })
}
