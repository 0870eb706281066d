//! The HTML edition of a country profile, `site/profile-<ISO3>.<lang>.html`: the same tables,
//! answers (with what changed since the previous cycle), comparison and chart as the PDF, from
//! the same model.

use anyhow::Result;
use serde::Serialize;

use crate::documents::profile::Profile;
use crate::i18n::Phrases;
use crate::inputs::Inputs;
use crate::lang::Lang;
use crate::model::State;

use super::report::Files;

/// The HTML edition's template.
pub const TEMPLATE: &str = "site/profile.html.j2";

#[derive(Debug, Serialize)]
struct Page {
    lang: Lang,
    dir: &'static str,
    title: String,
    p: Profile,
    /// The comparison chart, as an image beside the page, and its numbers as CSV.
    chart: Option<String>,
    chart_csv: Option<String>,
    data_word: String,
    /// The chapters' numbers: I., II.… as the language writes them.
    labels: Vec<String>,
    back: String,
    back_href: String,
}

/// The page name of `state`'s profile in `lang`.
pub fn page_name(iso3: &str, lang: Lang) -> String {
    format!("profile-{iso3}.{lang}.html")
}

/// The profile of `state` in the language of `p` as its HTML edition prints it, and its chart.
pub fn edition(p: Phrases<'_>, inputs: &Inputs, state: &State) -> Result<(impl Serialize, Files)> {
    let lang = p.lang();
    let profile = crate::documents::profile::model(p, inputs, state).map_err(anyhow::Error::msg)?;
    let mut files = Vec::new();
    let chart = profile.compare.as_ref().map(|c| {
        let src = format!("profile-{}.{lang}/{}", state.iso3, c.chart.path.trim_start_matches('/'));
        files.push((src.clone(), c.chart.svg.clone().into_bytes()));
        src
    });
    let chart_csv = profile.compare.as_ref().map(|c| {
        let csv = format!("data/profiles/{}.{lang}.csv", state.iso3);
        files.push((csv.clone(), super::report::chart_csv(&c.chart.data)));
        csv
    });
    let title = format!("{}: {}", crate::i18n::strip_isolates(&profile.title), crate::i18n::strip_isolates(&profile.state));
    let page = Page {
        lang,
        dir: lang.dir().name(),
        title,
        chart,
        chart_csv,
        data_word: p.plain("site-data-link", &[]),
        labels: (1..=6).map(|n| p.numbered("numbering-chapter", n)).collect(),
        back: p.plain("site-back", &[]),
        back_href: format!("index.{lang}.html#profiles"),
        p: profile,
    };
    Ok((page, files))
}
