//! The template set: the default templates and catalogs compiled into the binary, overridden
//! file by file from a user's folder (the mdBook/zola theme model), and written out by
//! `palermo init`. Read by the language layer (its catalogs) and by the renderer (its templates).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use anyhow::{Context, Result, bail};

/// The folder of a template set that holds the catalogs: `messages/<lang>.ftl`.
pub const MESSAGE_DIR: &str = "messages";

/// The default templates, as shipped in `templates/`.
pub const DEFAULTS: &[(&str, &str)] = &[
    ("un.typ", include_str!("../templates/un.typ")),
    ("info.typ.j2", include_str!("../templates/info.typ.j2")),
    ("feedback.typ.j2", include_str!("../templates/feedback.typ.j2")),
    ("reminder.typ.j2", include_str!("../templates/reminder.typ.j2")),
    ("report.typ.j2", include_str!("../templates/report.typ.j2")),
    ("profile.typ.j2", include_str!("../templates/profile.typ.j2")),
    ("compilation.typ.j2", include_str!("../templates/compilation.typ.j2")),
    ("questionnaire.typ.j2", include_str!("../templates/questionnaire.typ.j2")),
    ("scan-review.typ.j2", include_str!("../templates/scan-review.typ.j2")),
    ("site/index.html.j2", include_str!("../templates/site/index.html.j2")),
    ("site/report.html.j2", include_str!("../templates/site/report.html.j2")),
    ("site/profile.html.j2", include_str!("../templates/site/profile.html.j2")),
    ("site/compilation.html.j2", include_str!("../templates/site/compilation.html.j2")),
    ("messages/en.ftl", include_str!("../templates/messages/en.ftl")),
    ("messages/fr.ftl", include_str!("../templates/messages/fr.ftl")),
    ("messages/es.ftl", include_str!("../templates/messages/es.ftl")),
    ("messages/ru.ftl", include_str!("../templates/messages/ru.ftl")),
    ("messages/zh.ftl", include_str!("../templates/messages/zh.ftl")),
    ("messages/ar.ftl", include_str!("../templates/messages/ar.ftl")),
];

/// The compiled-in text of a default template or catalog.
pub fn default_text(name: &str) -> Option<&'static str> {
    DEFAULTS.iter().find(|(n, _)| *n == name).map(|(_, text)| *text)
}

/// One template or Typst library file.
#[derive(Debug, Clone)]
pub struct TemplateFile {
    /// How documents refer to it: `info.typ.j2`, `un.typ`.
    pub name: String,
    /// The path a user would open to change it: `templates/info.typ.j2` for a default,
    /// the real file for an override.
    pub display: String,
    pub text: String,
    /// Read from the user's folder rather than compiled in.
    pub is_override: bool,
}

/// The templates in force for a run.
#[derive(Debug, Clone)]
pub struct TemplateSet {
    files: BTreeMap<String, TemplateFile>,
}

impl TemplateSet {
    pub fn defaults() -> Self {
        let files = DEFAULTS
            .iter()
            .map(|(name, text)| {
                let file = TemplateFile { name: name.to_string(), display: format!("templates/{name}"), text: text.to_string(), is_override: false };
                (name.to_string(), file)
            })
            .collect();
        Self { files }
    }

    /// The defaults with every `*.typ` and `*.typ.j2` file of `dir`, and every
    /// `messages/<lang>.ftl` catalog, laid over them.
    pub fn with_overrides(dir: &Path) -> Result<Self> {
        let mut set = Self::defaults();
        set.overlay(dir, "", |name| name.ends_with(".typ") || name.ends_with(".typ.j2"))?;
        let messages = dir.join(MESSAGE_DIR);
        if messages.is_dir() {
            set.overlay(&messages, &format!("{}/", MESSAGE_DIR), |name| name.ends_with(".ftl"))?;
        }
        Ok(set)
    }

    fn overlay(&mut self, dir: &Path, prefix: &str, wanted: impl Fn(&str) -> bool) -> Result<()> {
        let entries = fs::read_dir(dir).with_context(|| format!("cannot read the templates folder {}", dir.display()))?;
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let Some(file_name) = path.file_name().and_then(|n| n.to_str()).map(str::to_string) else { continue };
            if !wanted(&file_name) || !path.is_file() {
                continue;
            }
            let text = fs::read_to_string(&path).with_context(|| format!("cannot read template {}", path.display()))?;
            let name = format!("{prefix}{file_name}");
            self.files.insert(name.clone(), TemplateFile { name, display: path.display().to_string(), text, is_override: true });
        }
        Ok(())
    }

    /// Adds or replaces one template.
    pub fn insert(&mut self, file: TemplateFile) {
        self.files.insert(file.name.clone(), file);
    }

    pub fn get(&self, name: &str) -> Option<&TemplateFile> {
        self.files.get(name)
    }

    pub fn files(&self) -> impl Iterator<Item = &TemplateFile> {
        self.files.values()
    }

    /// Writes the default templates into `dir` (for `palermo init`), never overwriting a file.
    pub fn write_defaults(dir: &Path) -> Result<Vec<String>> {
        fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let mut written = Vec::new();
        for (name, text) in DEFAULTS {
            let path = dir.join(name);
            if path.exists() {
                bail!("{} already exists; palermo init never overwrites a file", path.display());
            }
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
            }
            fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
            written.push(path.display().to_string());
        }
        Ok(written)
    }
}
