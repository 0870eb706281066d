//! The command line: subcommands and their shared options (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "palermo",
    version,
    about = "Turns States' questionnaire submissions into the documents of the Conference of the Parties \
             to the UN Convention against Transnational Organized Crime: UN-styled, tagged, archival PDFs.",
    after_help = "Examples:\n  palermo build                      build every document of ./inputs into ./out\n  \
                  palermo init my-conference         start a new conference folder from the defaults\n  \
                  palermo check tip.xlsx             lint a questionnaire\n  \
                  palermo validate                   check every submission\n\n\
                  Exit codes: 0 success; 1 some input was rejected (documents were still built from the rest);\n\
                  2 usage error, fatal error, or a document could not be built."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build every document the conference calls for.
    #[command(after_help = "Examples:\n  palermo build\n  palermo build --inputs conference-2026 --out published --jobs 4\n  \
                            palermo build --templates my-templates --pdf-standard a-3b\n\n\
                            Writes each PDF under OUT/documents/, OUT/manifest.json (every document written, every input\n\
                            read) and OUT/validation.json (every problem found in the inputs).")]
    Build(BuildArgs),
    /// Create a new conference folder holding the sample conference and the default templates.
    #[command(after_help = "Example:\n  palermo init cop14 && palermo build --inputs cop14 --out cop14/out\n\n\
                            The folder gets conference.toml, states.csv, a README, questionnaires/ and templates/ with the default\n\
                            templates; `build --inputs DIR` uses DIR/templates/ automatically. Existing files are\n\
                            never overwritten.")]
    Init(InitArgs),
    /// Check every submission against its questionnaire and the States list; print every problem.
    #[command(after_help = "Examples:\n  palermo validate\n  palermo validate --inputs tests/fixtures/faulty\n  \
                            palermo validate --format json > problems.json\n\n\
                            Submissions live in INPUTS/submissions/<form_id>/ as exports (.xlsx, .xls, .ods, .csv),\n\
                            per-State answer workbooks or JSON. Exit 0 when nothing was rejected, 1 otherwise.")]
    Validate(ValidateArgs),
    /// Where each State stands with each questionnaire: counted, has problems, late or no reply; the response rate so far.
    #[command(after_help = "Examples:\n  palermo status\n  palermo status --format json > status.json\n  palermo status --format csv --on 2026-06-15\n\n\
                            Reads the conference (no documents are built). Per questionnaire: each party and signatory (and any other\n\
                            State that replied) by regional group, with the date its reply was received; the response rate of the\n\
                            parties overall and by group, as the reports count it; the days left to reporting.deadline.")]
    Status(StatusArgs),
    /// Write the letter to a State listing the problems in its replies, cell by cell, with how to fix each.
    #[command(after_help = "Examples:\n  palermo feedback KEN\n  palermo feedback gha --inputs tests/fixtures/faulty --out letters\n\n\
                            Writes OUT/feedback/<ISO3>.<language>.pdf, in the State's language (states.csv `language`)\n\
                            where the questionnaire has it: the letter's text and the questions are in that language.")]
    Feedback(FeedbackArgs),
    /// Build the analytical report on one questionnaire (and its figures file).
    #[command(after_help = "Examples:\n  palermo report tip_2026\n  palermo report tip_2026 --lang ar -o tip-report.ar.pdf\n\n\
                            The report must be listed in conference.toml ([[documents]] kind = \"analytical-report\",\n\
                            form = FORM_ID). Writes OUT/documents/<symbol>.<lang>.pdf for each language (or FILE with -o\n\
                            and --lang) and <symbol>.figures.json beside it: every figure the report prints, traceable.")]
    Report(ReportArgs),
    /// Build one document of conference.toml by its symbol (a report, a compilation of replies…).
    #[command(after_help = "Examples:\n  palermo document CTOC/COP/2026/CRP.2\n  palermo document CTOC/COP/2026/4 --lang fr -o report.fr.pdf\n\n\
                            Writes OUT/documents/<symbol>.<lang>.pdf for each language of the document (or FILE with -o\n\
                            and --lang), with what the document writes beside it (a report's figures file).")]
    Document(DocumentArgs),
    /// Build one State's country profile.
    #[command(after_help = "Examples:\n  palermo profile KEN\n  palermo profile dza --lang ar -o algeria.pdf\n\n\
                            Writes OUT/profiles/<ISO3>.<lang>.pdf in the languages of conference.toml [profiles] (and the\n\
                            State's own language when own_language = true), or FILE with -o and --lang.")]
    Profile(ProfileArgs),
    /// Print a questionnaire for States that reply on paper (and its layout map for scanners).
    #[command(after_help = "Examples:\n  palermo questionnaire tip_2026\n  palermo questionnaire tip_2026 --lang ar --state DZA\n  \
                            palermo questionnaire ~/Downloads/draft.xlsx --lang fr -o draft.fr.pdf\n\n\
                            FORM is the form_id of a questionnaire of the conference (its cover then gives the reporting\n\
                            cycle, the deadline and where to return it) or an XLSForm file anywhere. Writes\n\
                            OUT/questionnaires/<form_id>[.<ISO3>].<lang>.pdf and .layout.json in every language of the\n\
                            form, or FILE (and FILE's .layout.json) with -o and --lang.")]
    Questionnaire(QuestionnaireArgs),
    /// Write a questionnaire as an Excel answer workbook for a State that replies offline.
    #[command(after_help = "Examples:\n  palermo workbook tip_2026 --state KEN -o kenya-tip.xlsx\n  palermo workbook ~/Downloads/draft.xlsx --lang fr\n\n\
                            One sheet of questions (locked) and answers (open, checked as Excel can: drop-down lists,\n\
                            whole numbers, dates), in the per-State layout palermo reads back: put the filled workbook\n\
                            in submissions/<form_id>/ and run palermo validate. Writes OUT/workbooks/<form_id>[.<ISO3>].<lang>.xlsx\n\
                            or FILE.")]
    Workbook(WorkbookArgs),
    /// Read scanned printed questionnaires back into draft replies for a person to confirm.
    #[command(after_help = "Examples:\n  palermo scan scans/\n  palermo scan kenya-p1-10.pdf kenya-p11.jpg --out out/scans --lang fr\n  \
                            palermo scan --accept out/scans/tip_2026.KEN.json\n\n\
                            Reads PDFs of scans and PNG, JPEG or TIFF images, pages in any order: each page's QR code names\n\
                            its questionnaire, language, State and page; its layout map (OUT of the build/questionnaires, or\n\
                            --maps) says where every box is. Writes OUT/<form_id>.<ISO3>.json (a draft reply: the answers\n\
                            read with certainty; the rest listed for review), OUT/review.pdf (every uncertain mark and\n\
                            written area as the crop of the scan) and OUT/scan.json (every page and what became of it).\n\
                            Nothing is counted until a person accepts a corrected draft with --accept, which validates it\n\
                            as any reply and puts it in INPUTS/submissions/<form_id>/. Exit 0 when every page was read,\n\
                            1 when some page could not be.")]
    Scan(ScanArgs),
    /// Lint a questionnaire (XLSForm) and summarise it: sections, questions, languages, obligations.
    #[command(
        after_help = "Examples:\n  palermo check inputs/questionnaires/tip.xlsx\n  palermo check tip_2026          (a form of the conference, by its form_id)\n  \
                            palermo check ~/Downloads/draft.xlsx --json\n\n\
                            Lists every mistake at once (sheet, row, column and a hint). Exit 0 when the form loads,\n\
                            1 when it has errors, 2 when the file cannot be found."
    )]
    Check(CheckArgs),
    /// Give translators the analysts' text and the phrases as XLIFF 2.0, and take their work back.
    #[command(subcommand)]
    Translate(TranslateCommand),
    /// Measure build time per document and peak memory (a benchmark, not a test).
    #[command(
        after_help = "Examples:\n  palermo bench --rounds 20\n  palermo bench --submissions 10000\n  palermo bench --read tests/fixtures/corpus/workbooks\n\n\
                            Compiles every planned document ROUNDS times in this process (each round under another\n\
                            symbol and job number, so each is a distinct document) and prints the time per document\n\
                            (first and later rounds) and the peak resident memory."
    )]
    Bench(BenchArgs),
}

/// Where inputs come from and how documents are made.
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// The conference folder: conference.toml, states.csv, questionnaires/, submissions/
    /// (default: the current folder when it holds a conference.toml, else inputs/).
    #[arg(long, value_name = "DIR")]
    pub inputs: Option<PathBuf>,
    /// Templates that override the built-in ones, file by file (default: INPUTS/templates if present).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Documents compiled at once (default: the number of cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// PDF standards to claim, comma-separated: a-2b, ua-1, a-3b, a-4, 1.7, … or "none".
    #[arg(long, value_name = "LIST", value_enum, value_delimiter = ',', default_value = "a-2b,ua-1")]
    pub pdf_standard: Vec<crate::engine::PdfStandardArg>,
    /// Warn about every word wider than its table column, which would print over the next cell
    /// (page and word named). The documents are the same; the build takes three to four times as long.
    #[arg(long)]
    pub check_layout: bool,
}

impl InputArgs {
    /// The conference folder: `--inputs`, else the current folder when it is one (as mdBook and
    /// zola build the folder they are run in), else `inputs/`.
    pub fn dir(&self) -> PathBuf {
        conference_dir(self.inputs.as_deref())
    }
}

/// `--inputs DIR`, else `.` when it holds a `conference.toml`, else `inputs`.
pub fn conference_dir(given: Option<&std::path::Path>) -> PathBuf {
    match given {
        Some(dir) => dir.to_path_buf(),
        None if std::path::Path::new("conference.toml").is_file() => PathBuf::from("."),
        None => PathBuf::from("inputs"),
    }
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// The folder documents, the manifest and the validation report are written to.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// Print only problems, not a line per document.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Rebuild every document, even those whose output is up to date.
    #[arg(long)]
    pub force: bool,
    /// Also write each compiled document's Typst source and assets to OUT/sources/.
    #[arg(long)]
    pub keep_sources: bool,
    /// How many compilations Typst's memoised work outlives its last use (0 drops it after every
    /// document); for `palermo bench --targets`, which compares it with the default.
    #[arg(long, value_name = "N", hide = true)]
    pub cache_age: Option<usize>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The form_id of the questionnaire whose replies the report analyses.
    pub form: String,
    #[command(flatten)]
    pub input: InputArgs,
    /// One language version only (ar, zh, en, fr, ru, es).
    #[arg(long, value_name = "LL")]
    pub lang: Option<crate::lang::Lang>,
    /// The PDF to write (with --lang); the figures file goes beside it.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The folder the report is written to (under documents/), without -o.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct DocumentArgs {
    /// The document's symbol, as conference.toml gives it (CTOC/COP/2026/CRP.2).
    pub symbol: String,
    #[command(flatten)]
    pub input: InputArgs,
    /// One language version only (ar, zh, en, fr, ru, es).
    #[arg(long, value_name = "LL")]
    pub lang: Option<crate::lang::Lang>,
    /// The PDF to write (with --lang).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The folder the document is written to (under documents/), without -o.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ProfileArgs {
    /// The State, by its ISO 3166 alpha-3 code.
    pub state: String,
    #[command(flatten)]
    pub input: InputArgs,
    /// One language only (ar, zh, en, fr, ru, es).
    #[arg(long, value_name = "LL")]
    pub lang: Option<crate::lang::Lang>,
    /// The PDF to write (with --lang).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The folder the profile is written to (under profiles/), without -o.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct QuestionnaireArgs {
    /// The form_id of a questionnaire of the conference, or an XLSForm file (.xlsx, .xls, .ods, .csv, .md).
    pub form: String,
    #[command(flatten)]
    pub input: InputArgs,
    /// One language only (ar, zh, en, fr, ru, es).
    #[arg(long, value_name = "LL")]
    pub lang: Option<crate::lang::Lang>,
    /// A copy personalised for a State (ISO 3166 alpha-3): its name on the cover and in every QR code.
    #[arg(long, value_name = "ISO3")]
    pub state: Option<String>,
    /// Carry the State's latest counted answers (this cycle's reply, else the previous cycle's,
    /// `[previous]`) into the form, each question with a "no change" box (needs --state).
    #[arg(long, requires = "state")]
    pub prefill: bool,
    /// The PDF to write (with --lang); the layout map goes beside it.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The folder the questionnaire is written to (under questionnaires/), without -o.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct WorkbookArgs {
    /// The form_id of a questionnaire of the conference, or an XLSForm file.
    pub form: String,
    /// The conference folder (for a form_id, its States list and its templates; default: the
    /// current folder when it holds a conference.toml, else inputs/).
    #[arg(long, value_name = "DIR")]
    pub inputs: Option<PathBuf>,
    /// The language of the questions (default: the State's own when the form has it).
    #[arg(long, value_name = "LL")]
    pub lang: Option<crate::lang::Lang>,
    /// A workbook for a State (ISO 3166 alpha-3): its code filled in.
    #[arg(long, value_name = "ISO3")]
    pub state: Option<String>,
    /// Carry the State's latest counted answers (this cycle's reply, else the previous cycle's,
    /// `[previous]`) into the form, each question with a "no change" box (needs --state).
    #[arg(long, requires = "state")]
    pub prefill: bool,
    /// The workbook to write.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The folder the workbook is written to (under workbooks/), without -o.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
}

#[derive(Debug, clap::Subcommand)]
pub enum TranslateCommand {
    /// Write the analysts' English text of a form and the catalogs' phrases as an XLIFF 2.0 file.
    #[command(after_help = "Examples:\n  palermo translate export tip_2026 --lang fr\n  palermo translate export tip_2026 --lang ar -o tip-ar.xlf\n\n\
                            One unit per paragraph, list item, quotation or footnote of analysis/<form>/en.md and one\n\
                            per message of the catalogs; figures, State names and Fluent placeables are protected\n\
                            placeholders showing the value they print. Units already translated carry their translation.\n\
                            Writes OUT/translations/<form>.<lang>.xlf, or FILE.")]
    Export(TranslateExportArgs),
    /// Put a translated XLIFF 2.0 file back: analysis/<form>/<lang>.md and the conference's catalog.
    #[command(after_help = "Example:\n  palermo translate import tip_2026.fr.xlf\n\n\
                            The analysts' text is written into the frame of the English one (its headings, lists and\n\
                            notes) when every unit is translated and the English has not changed since the export.\n\
                            Changed phrases go to TEMPLATES/messages/<lang>.ftl (default INPUTS/templates), each checked\n\
                            by Fluent's parser. Exit 0 when everything was imported, 1 when a part was refused.")]
    Import(TranslateImportArgs),
}

#[derive(Debug, Args)]
pub struct TranslateExportArgs {
    /// The form_id of the questionnaire whose report the analysts' text belongs to.
    pub form: String,
    /// The language to translate into (ar, zh, fr, ru, es).
    #[arg(long, value_name = "LL")]
    pub lang: crate::lang::Lang,
    /// The conference folder (default: the current folder when it holds a conference.toml, else inputs/).
    #[arg(long, value_name = "DIR")]
    pub inputs: Option<PathBuf>,
    /// Templates whose catalogs are in force (default: INPUTS/templates if present).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// The XLIFF file to write.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The folder the file is written to (under translations/), without -o.
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct TranslateImportArgs {
    /// The translated XLIFF 2.0 file.
    pub file: PathBuf,
    /// The conference folder (default: the current folder when it holds a conference.toml, else inputs/).
    #[arg(long, value_name = "DIR")]
    pub inputs: Option<PathBuf>,
    /// The templates folder whose messages/<lang>.ftl receives the phrases (default: INPUTS/templates).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder to create (it may exist, but must not hold the files init writes).
    pub dir: PathBuf,
}

#[derive(Debug, Args)]
pub struct FeedbackArgs {
    /// The State, by its ISO 3166 alpha-3 code.
    pub state: String,
    #[command(flatten)]
    pub input: InputArgs,
    /// The folder the letter is written to (under feedback/).
    #[arg(long, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BenchFormat {
    Csv,
    Kobo,
    Odata,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ValidateFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusFormat {
    Human,
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The conference folder (default: the current folder when it holds a conference.toml, else inputs/).
    #[arg(long, value_name = "DIR")]
    pub inputs: Option<PathBuf>,
    /// human: a table per questionnaire, by regional group; json and csv: for other tools.
    #[arg(long, value_enum, default_value = "human")]
    pub format: StatusFormat,
    /// The day the days left to the deadline are counted from (YYYY-MM-DD; default: today).
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The conference folder (default: the current folder when it holds a conference.toml, else inputs/).
    #[arg(long, value_name = "DIR")]
    pub inputs: Option<PathBuf>,
    /// human: grouped by file, coloured on a terminal; json: for other tools.
    #[arg(long, value_enum, default_value = "human")]
    pub format: ValidateFormat,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Scanned pages: PDFs, PNG, JPEG or TIFF images, or folders of them.
    #[arg(value_name = "SCANS", required_unless_present = "accept")]
    pub scans: Vec<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
    /// Folders of layout maps (`*.layout.json`, written beside each printed questionnaire);
    /// default: out/questionnaires. The conference's blank questionnaires are made again when
    /// their maps are in none of them.
    #[arg(long, value_name = "DIR")]
    pub maps: Vec<PathBuf>,
    /// Where the drafts, the review sheet and scan.json are written.
    #[arg(long, value_name = "DIR", default_value = "out/scans")]
    pub out: PathBuf,
    /// The language of the review sheet (ar, zh, en, fr, ru, es).
    #[arg(long, value_name = "LL", default_value = "en")]
    pub lang: crate::lang::Lang,
    /// Accept a draft a person has confirmed: validate it as any reply and put it in
    /// INPUTS/submissions/<form_id>/.
    #[arg(long, value_name = "DRAFT", conflicts_with = "scans")]
    pub accept: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// A workbook anywhere on disk (.xlsx, .xls, .ods, .csv, .md), or the form_id of a form in INPUTS/questionnaires.
    pub form: String,
    /// The conference folder whose questionnaires/ a FORM_ID is looked up in (default: the
    /// current folder when it holds a conference.toml, else inputs/).
    #[arg(long, value_name = "DIR")]
    pub inputs: Option<PathBuf>,
    /// Print the diagnostics and summary as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// How many times each document is compiled.
    #[arg(long, default_value_t = 10)]
    pub rounds: usize,
    /// Instead of documents, measure reading and validating N submissions (one CSV export of N rows
    /// made from the sample replies of the first questionnaire).
    #[arg(long, value_name = "N")]
    pub submissions: Option<usize>,
    /// The format the N submissions are written in: palermo's CSV, KoboToolbox's API data
    /// (`results`, full group paths) or ODK Central's OData (`value`, nested groups).
    #[arg(long, value_enum, default_value = "csv", requires = "submissions")]
    pub format: BenchFormat,
    /// Instead of documents, read every spreadsheet in DIR and report time and peak memory per
    /// file (for hostile corpora).
    #[arg(long, value_name = "DIR")]
    pub read: Option<PathBuf>,
    /// Measure the build targets with real `palermo build` runs on a copy of the conference:
    /// whole build (wall time, peak memory), --jobs 1 against all cores, Typst's caches kept
    /// against dropped, a second build with nothing changed, one reply changed, 100,000 replies
    /// read and validated, and the `typst` CLI on the kept sources when it is installed.
    #[arg(long, conflicts_with_all = ["read", "submissions"])]
    pub targets: bool,
    /// Measure `palermo scan` on test scans made from the conference's printed questionnaires:
    /// PAGES pages marked and spoiled at random at each of 150, 200 and 300 dpi, read one at a time
    /// on one core; prints tick boxes read right, uncertain and wrong, pages identified, and the
    /// time per page.
    #[arg(long, value_name = "PAGES", conflicts_with_all = ["read", "submissions", "targets"])]
    pub scan: Option<usize>,
    /// Compile every Typst source kept by `build --keep-sources` in DIR one after another in this
    /// process, with palermo's engine and nothing else (for `--targets`: what Typst alone needs).
    #[arg(long, value_name = "DIR", hide = true, conflicts_with_all = ["read", "submissions", "targets"])]
    pub kept: Option<PathBuf>,
    /// The `typst` executable `--targets` compares with (default: `typst` on the PATH).
    #[arg(long, value_name = "FILE", requires = "targets")]
    pub typst: Option<PathBuf>,
}
