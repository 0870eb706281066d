//! The layout maps a scanned page is read with, found by the layout hash its QR code prints:
//! the maps written beside the printed questionnaires (`out/questionnaires/*.layout.json`), and
//! the conference's blank questionnaires made again when their maps are not there. A page whose
//! code names no map is explained: another questionnaire, an older version, another layout.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::documents::omr::{self, LayoutMap, MapPage};
use crate::inputs::Inputs;
use crate::lang::Lang;

/// What a page's QR code says: `PLM1:<FORM>:<VERSION>:<LAYOUT>:<STATE>:<PAGE>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageId {
    /// The form_id as printed (`TIP-2026`).
    pub form: String,
    pub version: String,
    pub layout: String,
    pub state: Option<String>,
    pub page: usize,
}

impl PageId {
    pub fn parse(text: &str) -> Option<PageId> {
        let parts: Vec<&str> = text.trim().split(':').collect();
        let [tag, form, version, layout, state, page] = parts.as_slice() else { return None };
        if *tag != "PLM1" {
            return None;
        }
        Some(PageId {
            form: form.to_string(),
            version: version.to_string(),
            layout: layout.to_string(),
            state: (*state != "-").then(|| state.to_string()),
            page: page.parse().ok()?,
        })
    }
}

/// The layout maps at hand, by layout hash.
#[derive(Default)]
pub struct Maps {
    maps: Vec<LayoutMap>,
    by_layout: HashMap<String, usize>,
    /// Map files that could not be read (named in scan.json, never silently skipped).
    pub unreadable: Vec<(String, String)>,
}

impl Maps {
    /// Every `*.layout.json` in `dirs` (those that exist).
    pub fn read(dirs: &[PathBuf]) -> Maps {
        let mut maps = Maps::default();
        for dir in dirs {
            let Ok(entries) = std::fs::read_dir(dir) else { continue };
            let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.to_string_lossy().ends_with(".layout.json")).collect();
            files.sort();
            for file in files {
                match std::fs::read(&file).map_err(|e| e.to_string()).and_then(|b| serde_json::from_slice::<LayoutMap>(&b).map_err(|e| e.to_string())) {
                    Ok(map) => maps.add(map),
                    Err(e) => maps.unreadable.push((file.display().to_string(), e)),
                }
            }
        }
        maps
    }

    pub fn add(&mut self, map: LayoutMap) {
        if !self.by_layout.contains_key(&map.layout_hash) {
            self.by_layout.insert(map.layout_hash.clone(), self.maps.len());
            self.maps.push(map);
        }
    }

    pub fn has(&self, layout: &str) -> bool {
        self.by_layout.contains_key(layout)
    }

    pub fn len(&self) -> usize {
        self.maps.len()
    }

    pub fn is_empty(&self) -> bool {
        self.maps.is_empty()
    }

    /// The map and page a code names, or why there is none and what to do.
    pub fn find(&self, id: &PageId, inputs: &Inputs) -> Result<(&LayoutMap, &MapPage), (String, String)> {
        if let Some(map) = self.by_layout.get(&id.layout).map(|&i| &self.maps[i]) {
            return match map.pages.iter().find(|p| p.page == id.page) {
                Some(page) => Ok((map, page)),
                None => Err((
                    format!("is page {} of {} ({} language), which has {} pages", id.page, map.form_id, map.lang, map.pages.len()),
                    "the code does not match its questionnaire; type this page's answers by hand".to_string(),
                )),
            };
        }
        let form = inputs.questionnaires.iter().find(|f| omr::printed(&f.form_id) == id.form);
        Err(match form {
            None => (
                format!("belongs to a questionnaire that is not of this conference ({})", id.form),
                format!(
                    "scan it with the conference it belongs to (--inputs); this conference's questionnaires are {}",
                    inputs.questionnaires.iter().map(|f| f.form_id.as_str()).collect::<Vec<_>>().join(", ")
                ),
            ),
            Some(f) if omr::printed(f.version.as_deref().unwrap_or_default()) != id.version => (
                format!(
                    "was printed from version {} of {}; the conference's form is version {}",
                    id.version,
                    f.form_id,
                    f.version.as_deref().unwrap_or("(none)")
                ),
                format!(
                    "put the layout map printed with that version ({}.<lang>.layout.json) in the maps folder (--maps), or send the State the current questionnaire (palermo questionnaire {})",
                    f.form_id, f.form_id
                ),
            ),
            Some(f) => (
                format!("names layout {} of {}, which no layout map has", id.layout, f.form_id),
                match &id.state {
                    Some(state) => format!(
                        "a copy printed for {state} (prefilled with its answers on record): put the .layout.json written beside that PDF in the maps folder (--maps)"
                    ),
                    None => "the questionnaire was printed from a form edited since; put the .layout.json written beside that PDF in the maps folder (--maps)"
                        .to_string(),
                },
            ),
        })
    }
}

/// A printed questionnaire whose map can be made again: form, State (a personalised copy),
/// language, and whether it is the copy prefilled with the State's answers on record.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Printable {
    pub form_id: String,
    pub state: Option<String>,
    pub lang: Lang,
    pub prefilled: bool,
}

/// The printed questionnaires of the conference that may be the copies the codes name, when
/// their maps are not at hand: the copy of the same form and version (blank, or personalised for
/// the State the code names) whose layout hash is the code's; when none is, the State's
/// prefilled copies (whose hash depends on the answers printed: made to be compared).
pub fn printables(ids: &[&PageId], inputs: &Inputs, maps: &Maps) -> Vec<Printable> {
    let mut wanted = std::collections::BTreeSet::new();
    for id in ids.iter().filter(|id| !maps.has(&id.layout)) {
        let Some(form) = inputs.questionnaires.iter().find(|f| omr::printed(&f.form_id) == id.form) else { continue };
        if omr::printed(form.version.as_deref().unwrap_or_default()) != id.version {
            continue;
        }
        let state = id.state.as_deref().and_then(|s| inputs.states.get(s)).map(|s| s.iso3.clone());
        if id.state.is_some() && state.is_none() {
            continue;
        }
        let languages: Vec<Lang> = form.languages.iter().filter_map(|l| Lang::parse(l)).collect();
        let same = languages.iter().find(|lang| omr::layout_hash_with(form, **lang, state.as_deref(), &[]) == id.layout);
        match (same, &state) {
            (Some(lang), _) => {
                wanted.insert(Printable { form_id: form.form_id.clone(), state: state.clone(), lang: *lang, prefilled: false });
            }
            (None, Some(s)) if inputs.latest_reply(&form.form_id, s).is_some() => {
                for lang in languages {
                    wanted.insert(Printable { form_id: form.form_id.clone(), state: Some(s.clone()), lang, prefilled: true });
                }
            }
            _ => {}
        }
    }
    wanted.into_iter().collect()
}

/// `dir/questionnaires/`, where a build into `dir` writes the maps.
pub fn maps_dir(out: &Path) -> PathBuf {
    out.join("questionnaires")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_read_back_into_its_parts() {
        let id = PageId::parse(&omr::payload("tip_2026", "2026.1", "D48614", Some("KEN"), 3)).unwrap();
        assert_eq!((id.form.as_str(), id.version.as_str(), id.layout.as_str(), id.state.as_deref(), id.page), ("TIP-2026", "2026.1", "D48614", Some("KEN"), 3));
        assert_eq!(PageId::parse("PLM1:TIP-2026:2026.1:D48614:-:12").unwrap().state, None);
        assert!(PageId::parse("https://example.org").is_none());
    }
}
