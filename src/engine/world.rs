//! palermo's Typst `World`: one document's sources and assets served from memory, fonts from the
//! shared bundled store, a fixed date; nothing on disk, no packages, no network.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, LazyLock, Mutex};

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;

use super::source::{LazyAssets, SourceFile, TypstSource};

/// The standard library is the same for every document: build it once.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));
/// The library of a `--check-layout` build: `sys.inputs` has `check-layout: "yes"`.
static CHECKING_LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| {
    use typst::foundations::{Dict, IntoValue, Str};
    let mut inputs = Dict::new();
    inputs.insert(Str::from("check-layout"), "yes".into_value());
    LazyHash::new(Library::builder().with_inputs(inputs).build())
});

/// Turns a virtual path such as `/main.typ` into Typst's interned id. palermo only ever uses a
/// small fixed set of paths (`/main.typ`, `/un.typ`, `/chart-1.svg`…), so ids never run out.
pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|e| panic!("bad virtual path {path}: {e:?}"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// Everything one compilation may read.
pub struct DocWorld {
    fonts: Arc<FontStore>,
    main: FileId,
    sources: HashMap<FileId, Source>,
    files: HashMap<FileId, Bytes>,
    /// Assets made when first read, and those made so far.
    lazy: Option<LazyAssets>,
    made: Mutex<BTreeMap<String, Bytes>>,
    today: Datetime,
    check_layout: bool,
}

impl DocWorld {
    pub fn new(doc: &TypstSource, fonts: Arc<FontStore>, today: Datetime, check_layout: bool) -> Self {
        let main = file_id(super::source::MAIN_PATH);
        let mut sources = HashMap::new();
        let mut files = HashMap::new();
        sources.insert(main, Source::new(main, doc.main.text.clone()));
        for SourceFile { path, text, .. } in &doc.libraries {
            let id = file_id(path);
            sources.insert(id, Source::new(id, text.clone()));
        }
        for (path, bytes) in &doc.assets {
            files.insert(file_id(path), Bytes::new(bytes.clone()));
        }
        Self { fonts, main, sources, files, lazy: doc.lazy.clone(), made: Mutex::new(BTreeMap::new()), today, check_layout }
    }

    /// The lazy assets the document read.
    pub fn made(&self) -> Vec<(String, Vec<u8>)> {
        self.made.lock().expect("not poisoned").iter().map(|(path, bytes)| (path.clone(), bytes.to_vec())).collect()
    }

    /// A lazy asset at `id`, made on first reading.
    fn lazy_file(&self, id: FileId) -> Option<Bytes> {
        let lazy = self.lazy.as_ref()?;
        let path = id.vpath().get_with_slash().to_string();
        let mut made = self.made.lock().expect("not poisoned");
        if let Some(bytes) = made.get(&path) {
            return Some(bytes.clone());
        }
        let bytes = Bytes::new((lazy.make)(&path)?);
        made.insert(path, bytes.clone());
        Some(bytes)
    }

    fn denied(&self, id: FileId) -> FileError {
        if let VirtualRoot::Package(spec) = id.root() {
            return FileError::Other(Some(format!("package {spec} is not available: palermo compiles documents offline, from its own templates only").into()));
        }
        let path = id.vpath().get_with_slash();
        FileError::Other(Some(
            format!(
                "{path} is not one of the files palermo gives this document; templates can read only \
                 the files palermo generates for them (charts, data) and the templates themselves"
            )
            .into(),
        ))
    }
}

impl World for DocWorld {
    fn library(&self) -> &LazyHash<Library> {
        if self.check_layout { &CHECKING_LIBRARY } else { &LIBRARY }
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        match self.sources.get(&id) {
            Some(source) => Ok(source.clone()),
            None if self.files.contains_key(&id) => Err(FileError::NotSource),
            None => Err(self.denied(id)),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(bytes) = self.files.get(&id) {
            return Ok(bytes.clone());
        }
        if let Some(bytes) = self.lazy_file(id) {
            return Ok(bytes);
        }
        match self.sources.get(&id) {
            Some(source) => Ok(Bytes::from_string(source.text().to_string())),
            None => Err(self.denied(id)),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
