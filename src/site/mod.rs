//! The published site, `out/site/`: the session's documents page in each language of the
//! conference (`index.<lang>.html`: every document by agenda item with a link to each language
//! version, the country profiles, the printed questionnaires), and the data behind them (every
//! figure of each analytical report as CSV, the replies as an open dataset with a Frictionless
//! `datapackage.json`). Self-contained: no font, script or style is fetched from elsewhere.

mod compilation;
mod data;
mod profile;
mod report;

use std::path::Path;

use anyhow::{Context, Result};
use serde::Serialize;

use crate::config::DocumentSpec;
use crate::i18n::Phrases;
use crate::inputs::Inputs;
use crate::lang::Lang;
use crate::output::{DocumentEntry, write_atomic};
use crate::render::Renderer;

/// The head of a conference document's HTML edition: its masthead as the PDF prints it, and the
/// link back to its row on the session page.
#[derive(Debug, Serialize)]
struct DocumentHead {
    lang: Lang,
    dir: &'static str,
    title: String,
    symbol: String,
    distribution: Option<String>,
    date: String,
    body: String,
    session: String,
    place_and_dates: String,
    agenda_line: String,
    agenda_title: String,
    heading: String,
    author: String,
    back: String,
    back_href: String,
}

impl DocumentHead {
    fn of(p: Phrases<'_>, doc: crate::documents::masthead::Masthead, slug: &str) -> Self {
        let lang = p.lang();
        DocumentHead {
            lang,
            dir: lang.dir().name(),
            title: format!("{}: {}", doc.symbol, crate::i18n::strip_isolates(&doc.plain_title)),
            symbol: doc.symbol,
            distribution: doc.distribution,
            date: doc.date,
            body: doc.body,
            session: doc.session,
            place_and_dates: doc.place_and_dates,
            agenda_line: doc.agenda_line,
            agenda_title: doc.agenda_title,
            heading: doc.title,
            author: doc.author,
            back: p.plain("site-back", &[]),
            back_href: format!("index.{lang}.html#{slug}"),
        }
    }
}

/// The session page's template.
pub const INDEX_TEMPLATE: &str = "site/index.html.j2";

/// A link to one language version of a document.
#[derive(Debug, Serialize)]
struct VersionLink {
    /// A C E F R S.
    letter: &'static str,
    lang: Lang,
    href: String,
    /// "English: PDF, 19 pages, 412 KB", for screen readers and as the link's title.
    label: String,
}

#[derive(Debug, Serialize)]
struct Doc {
    symbol: String,
    /// The symbol as a fragment (`#CTOC-COP-2026-4`).
    anchor: String,
    title: String,
    date: String,
    versions: Vec<VersionLink>,
    /// The CSV of its figures, for an analytical report.
    data: Option<String>,
    /// Its HTML editions, for an analytical report.
    html: Vec<VersionLink>,
}

#[derive(Debug, Serialize)]
struct Item {
    heading: String,
    documents: Vec<Doc>,
}

#[derive(Debug, Serialize)]
struct Named {
    name: String,
    versions: Vec<VersionLink>,
    /// Its HTML editions (a country profile's).
    html: Vec<VersionLink>,
}

#[derive(Debug, Serialize)]
struct LangLink {
    lang: Lang,
    name: &'static str,
    href: String,
    current: bool,
}

#[derive(Debug, Serialize)]
struct DataLink {
    label: String,
    href: String,
}

/// Everything the session page prints, in one language.
#[derive(Debug, Serialize)]
struct SessionPage {
    lang: Lang,
    dir: &'static str,
    title: String,
    body: String,
    venue: String,
    languages: Vec<LangLink>,
    items: Vec<Item>,
    questionnaires: Vec<Named>,
    profiles: Vec<Named>,
    data: Vec<DataLink>,
    words: Words,
}

#[derive(Debug, Serialize)]
struct Words {
    languages: String,
    documents: String,
    symbol: String,
    title: String,
    date: String,
    versions: String,
    questionnaires: String,
    profiles: String,
    data: String,
    data_text: String,
    figures_csv: String,
}

/// Writes `out/site/`: the session page in each language of the conference and the data files.
/// Returns the files written, relative to `out`.
pub fn write(out: &Path, inputs: &Inputs, renderer: &Renderer, documents: &[DocumentEntry]) -> Result<Vec<String>> {
    let mut written = Vec::new();
    let site = out.join("site");
    // What the site is made from: every document's own fingerprint (its source, from the same
    // models and replies), the site's templates and catalogs, palermo's version. Unchanged, the
    // site written last is the one this build would write.
    let key = fingerprint(renderer, documents.iter());
    let stamp = site.join(".built-from");
    if std::fs::read_to_string(&stamp).is_ok_and(|k| k == key) && site.join("index.html").is_file() {
        return Ok(written);
    }
    // Else each document's page is written again only when its document changed: one reply
    // changed rewrites its profiles' pages, its report's and its compilation's, not 300 pages.
    let pages_stamp = site.join(".pages-built-from.json");
    let before: std::collections::BTreeMap<String, String> = std::fs::read(&pages_stamp).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
    let mut after = std::collections::BTreeMap::new();
    let mut stale = |page: &str, entry: &DocumentEntry| {
        let key = fingerprint(renderer, std::iter::once(entry));
        let fresh = before.get(page) == Some(&key) && site.join(page).is_file();
        after.insert(page.to_string(), key);
        !fresh
    };
    let mut files: Vec<(String, Vec<u8>)> = data::files(inputs)?;
    let data_links: Vec<(String, String)> = files.iter().map(|(path, _)| (path.clone(), String::new())).collect();
    // The HTML edition of each analytical report and compilation, in each language it was built in.
    for spec in inputs.conference.documents.iter().filter(|d| matches!(d.kind.as_str(), "analytical-report" | "compilation")) {
        for entry in documents.iter().filter(|d| d.symbol == spec.symbol) {
            let Some(lang) = Lang::parse(&entry.language) else { continue };
            let slug = slug(&spec.symbol);
            let name = format!("{slug}.{lang}.html");
            if !stale(&name, entry) {
                continue;
            }
            let p = renderer.catalogs().phrases(lang);
            let html = if spec.kind == "compilation" {
                renderer.render_html(compilation::TEMPLATE, &compilation::edition(p, spec, inputs, &slug)?)
            } else {
                let (page, beside) = report::edition(p, spec, inputs, &slug)?;
                files.extend(beside);
                renderer.render_html(report::TEMPLATE, &page)
            };
            files.push((name, html.map_err(|e| anyhow::anyhow!("{e}"))?.into_bytes()));
        }
    }
    // The HTML edition of each country profile, in each language it was built in.
    for entry in documents.iter().filter(|d| d.kind == "country-profile") {
        let (Some(lang), Some(state)) = (Lang::parse(&entry.language), entry.state.as_deref().and_then(|s| inputs.states.get(s))) else { continue };
        let name = profile::page_name(&state.iso3, lang);
        if !stale(&name, entry) {
            continue;
        }
        let (page, beside) = profile::edition(renderer.catalogs().phrases(lang), inputs, state)?;
        let html = renderer.render_html(profile::TEMPLATE, &page).map_err(|e| anyhow::anyhow!("{e}"))?;
        files.push((name, html.into_bytes()));
        files.extend(beside);
    }
    for &lang in &inputs.conference.conference.languages {
        let p = renderer.catalogs().phrases(lang);
        let page = session_page(p, inputs, documents, &data_links);
        let html = renderer.render_html(INDEX_TEMPLATE, &page).map_err(|e| anyhow::anyhow!("{e}"))?;
        files.push((format!("index.{lang}.html"), html.into_bytes()));
    }
    // `index.html` is the page in the conference's original language.
    if let Some((_, bytes)) = files.iter().find(|(path, _)| *path == format!("index.{}.html", inputs.conference.conference.original_language)) {
        files.push(("index.html".into(), bytes.clone()));
    }
    for (path, bytes) in files {
        write_atomic(&site.join(&path), &bytes).with_context(|| format!("cannot write site/{path}"))?;
        written.push(format!("site/{path}"));
    }
    let mut pages = serde_json::to_vec_pretty(&after)?;
    pages.push(b'\n');
    write_atomic(&pages_stamp, &pages)?;
    write_atomic(&stamp, key.as_bytes())?;
    Ok(written)
}

/// The fingerprint of what the site is made from.
fn fingerprint<'d>(renderer: &Renderer, documents: impl Iterator<Item = &'d DocumentEntry>) -> String {
    use sha2::Digest;
    let mut hasher = sha2::Sha256::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    for d in documents {
        for part in [d.path.as_str(), d.built_from.as_str(), d.sha256.as_str()] {
            hasher.update(part.as_bytes());
            hasher.update([0]);
        }
    }
    for file in renderer.templates().files().filter(|f| f.name.starts_with("site/") || f.name.starts_with(crate::template_set::MESSAGE_DIR)) {
        hasher.update(file.name.as_bytes());
        hasher.update(file.text.as_bytes());
    }
    crate::output::hex(&hasher.finalize())
}

/// A symbol as a file name and an HTML id: `CTOC-COP-2026-CRP-1`.
fn slug(symbol: &str) -> String {
    symbol.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '-' }).collect()
}

/// "412 KB" in the language of `p`.
fn size(p: Phrases<'_>, bytes: usize) -> String {
    p.plain("site-size", &[("kb", p.number(bytes.div_ceil(1024) as f64).into())])
}

/// Links to the language versions among `entries`, in UN order: `to` gives each one's address
/// and label.
fn links(entries: &[&DocumentEntry], to: impl Fn(&DocumentEntry, Lang) -> (String, String)) -> Vec<VersionLink> {
    let mut links: Vec<VersionLink> = entries
        .iter()
        .filter_map(|e| {
            let lang = Lang::parse(&e.language)?;
            let (href, label) = to(e, lang);
            Some(VersionLink { letter: lang.letter(), lang, href, label })
        })
        .collect();
    links.sort_by_key(|l| Lang::ALL.iter().position(|x| *x == l.lang));
    links
}

/// The links to the PDFs of the documents `entries`: "English: PDF, 19 pages, 412 KB".
fn versions(p: Phrases<'_>, entries: &[&DocumentEntry]) -> Vec<VersionLink> {
    links(entries, |e, lang| {
        let language = p.plain("language-name", &[("code", lang.code().into())]);
        let label = p.plain("site-version-label", &[("language", language.into()), ("pages", e.pages.into()), ("size", size(p, e.bytes).into())]);
        (format!("../{}", e.path), label)
    })
}

/// The links to the HTML editions of the documents `entries`, each at the address `page` gives.
fn html_versions(p: Phrases<'_>, entries: &[&DocumentEntry], page: impl Fn(Lang) -> String) -> Vec<VersionLink> {
    links(entries, |_, lang| (page(lang), p.plain("site-html", &[("language", p.plain("language-name", &[("code", lang.code().into())]).into())])))
}

/// A document's title in the language of `p`: its own, else its kind's.
pub fn title(p: Phrases<'_>, spec: &DocumentSpec, inputs: &Inputs) -> String {
    if let Some(title) = &spec.title {
        return p.prose(title.get(p.lang()));
    }
    let form = spec.form.as_deref().and_then(|f| inputs.form(f));
    match (spec.kind.as_str(), form) {
        ("analytical-report", Some(form)) => crate::documents::report::title(p, spec, form, &inputs.conference),
        ("compilation", Some(form)) => crate::documents::compilation::title(p, form),
        _ => spec.symbol.clone(),
    }
}

fn session_page(p: Phrases<'_>, inputs: &Inputs, documents: &[DocumentEntry], data: &[(String, String)]) -> SessionPage {
    let lang = p.lang();
    let conference = &inputs.conference;
    let session = &conference.conference;
    let of = |symbol: &str| documents.iter().filter(|d| d.symbol == symbol).collect::<Vec<_>>();
    // Documents by agenda item, in the order of the agenda; the others last.
    let mut items: Vec<Item> = Vec::new();
    let mut agenda: Vec<Option<&str>> = conference.agenda.iter().map(|a| Some(a.item.as_str())).collect();
    agenda.push(None);
    for item in agenda {
        let docs: Vec<Doc> = conference
            .documents
            .iter()
            .filter(|d| match item {
                Some(i) => d.agenda_item == i,
                None => conference.agenda_item(&d.agenda_item).is_none(),
            })
            .filter_map(|spec| {
                let entries = of(&spec.symbol);
                (!entries.is_empty()).then(|| Doc {
                    symbol: spec.symbol.clone(),
                    anchor: slug(&spec.symbol),
                    title: title(p, spec, inputs),
                    date: p.date(conference.document_date(spec)),
                    versions: versions(p, &entries),
                    data: entries.iter().find_map(|e| e.figures.as_ref()).map(|_| format!("data/{}/figures.csv", spec.symbol.replace('/', "-"))),
                    html: if matches!(spec.kind.as_str(), "analytical-report" | "compilation") {
                        html_versions(p, &entries, |lang| format!("{}.{lang}.html", slug(&spec.symbol)))
                    } else {
                        Vec::new()
                    },
                })
            })
            .collect();
        if docs.is_empty() {
            continue;
        }
        let heading = match item.and_then(|i| conference.agenda_item(i)) {
            Some(a) => p.plain("site-item", &[("line", crate::documents::masthead::agenda_line(p, &a.item).into()), ("title", a.title.get(lang).into())]),
            None => p.plain("site-other", &[]),
        };
        items.push(Item { heading, documents: docs });
    }
    let questionnaires = inputs
        .questionnaires
        .iter()
        .filter_map(|form| {
            let entries: Vec<&DocumentEntry> =
                documents.iter().filter(|d| d.kind == "questionnaire" && d.form_id.as_deref() == Some(form.form_id.as_str()) && d.state.is_none()).collect();
            (!entries.is_empty()).then(|| Named {
                name: form.title.get(lang, &form.default_language).unwrap_or(&form.form_id).to_string(),
                versions: versions(p, &entries),
                html: Vec::new(),
            })
        })
        .collect();
    let mut profiles: Vec<Named> = inputs
        .states
        .iter()
        .filter_map(|state| {
            let entries: Vec<&DocumentEntry> =
                documents.iter().filter(|d| d.kind == "country-profile" && d.state.as_deref() == Some(state.iso3.as_str())).collect();
            (!entries.is_empty()).then(|| {
                let html = html_versions(p, &entries, |l| profile::page_name(&state.iso3, l));
                Named { name: state.name(lang).to_string(), versions: versions(p, &entries), html }
            })
        })
        .collect();
    crate::i18n::Collation::new(lang).sort_by_name(&mut profiles, |n| n.name.as_str());
    let data = data.iter().map(|(path, _)| DataLink { label: data::label(p, path, inputs), href: path.clone() }).filter(|d| !d.label.is_empty()).collect();
    let plain = |id: &str| p.plain(id, &[]);
    SessionPage {
        lang,
        dir: lang.dir().name(),
        title: format!("{} — {}", session.symbol_prefix, crate::i18n::strip_isolates(&p.plain("site-title", &[]))),
        body: p.prose(session.body.get(lang)),
        venue: p.plain(
            "site-venue",
            &[
                ("session", p.plain("session", &[("n", session.session.into())]).into()),
                ("place", session.place.get(lang).into()),
                ("dates", p.date_range(session.opens, session.closes).into()),
            ],
        ),
        languages: session.languages.iter().map(|&l| LangLink { lang: l, name: l.autonym(), href: format!("index.{l}.html"), current: l == lang }).collect(),
        items,
        questionnaires,
        profiles,
        data,
        words: Words {
            languages: plain("site-languages"),
            documents: plain("site-documents"),
            symbol: plain("site-column-symbol"),
            title: plain("site-column-title"),
            date: plain("site-column-date"),
            versions: plain("site-column-versions"),
            questionnaires: plain("site-questionnaires"),
            profiles: plain("site-profiles"),
            data: plain("site-data"),
            data_text: plain("site-data-text"),
            figures_csv: plain("site-figures-csv"),
        },
    }
}
