//! A questionnaire as palermo understands an XLSForm: sections, questions with their
//! translations and conditions, choice lists, and the treaty columns palermo adds.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Instrument;
use super::treaty::Provision;
use crate::expr::Expr;

/// Text in several languages, keyed by language code (`en`, `fr`…) or, for languages outside
/// the six, by the name the form gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, else in `fallback`, else any.
    pub fn get<'a>(&'a self, lang: impl AsRef<str>, fallback: &str) -> Option<&'a str> {
        self.0.get(lang.as_ref()).or_else(|| self.0.get(fallback)).or_else(|| self.0.values().next()).map(String::as_str)
    }

    pub fn has(&self, lang: impl AsRef<str>) -> bool {
        self.0.get(lang.as_ref()).is_some_and(|t| !t.trim().is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(|t| t.trim().is_empty())
    }
}

/// An expression as written in the form, parsed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Expression {
    pub text: String,
    #[serde(skip)]
    pub expr: Expr,
}

/// What a geographic question records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Geo {
    /// One point: `latitude longitude [altitude [accuracy]]`.
    Point,
    /// A line of two points or more, separated by `;`.
    Trace,
    /// A closed area: four points or more, the last the same as the first.
    Shape,
}

/// What a file question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Media {
    Image,
    Audio,
    Video,
    /// Any other file (`file`, and `osm`, an OpenStreetMap file).
    File,
}

/// The scale of a `range` question (its `parameters`: start, end, step).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Scale {
    pub start: f64,
    pub end: f64,
    pub step: f64,
}

impl Scale {
    /// The values a State can pick, when there are few enough to print a box for each.
    pub fn values(&self) -> Option<Vec<f64>> {
        if self.step <= 0.0 || self.end < self.start {
            return None;
        }
        let count = ((self.end - self.start) / self.step + 1e-9).floor() as usize + 1;
        (count <= 11).then(|| (0..count).map(|i| self.start + i as f64 * self.step).collect())
    }

    /// Whether `n` is on the scale (between its ends, a whole number of steps from its start).
    pub fn contains(&self, n: f64) -> bool {
        let (low, high) = if self.start <= self.end { (self.start, self.end) } else { (self.end, self.start) };
        let steps = (n - self.start) / self.step;
        n >= low - 1e-9 && n <= high + 1e-9 && (steps - steps.round()).abs() < 1e-6
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "list", rename_all = "snake_case")]
pub enum QuestionKind {
    Text,
    Integer,
    Decimal,
    Date,
    /// A time of day, HH:MM.
    Time,
    /// A date and a time.
    DateTime,
    SelectOne(String),
    SelectMultiple(String),
    /// The choices of a list put in order, most important first.
    Rank(String),
    /// A number picked on a scale.
    Range(Scale),
    Geo(Geo),
    /// A file sent with the reply: the answer is its name.
    Media(Media),
    /// A box to tick, stored as `OK` (`acknowledge`, `trigger`).
    Acknowledge,
    Note,
    Calculate,
    /// A value set by the form itself, never shown (`hidden`).
    Hidden,
}

impl QuestionKind {
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::Text => "text",
            QuestionKind::Integer => "integer",
            QuestionKind::Decimal => "decimal",
            QuestionKind::Date => "date",
            QuestionKind::Time => "time",
            QuestionKind::DateTime => "datetime",
            QuestionKind::SelectOne(_) => "select_one",
            QuestionKind::SelectMultiple(_) => "select_multiple",
            QuestionKind::Rank(_) => "rank",
            QuestionKind::Range(_) => "range",
            QuestionKind::Geo(Geo::Point) => "geopoint",
            QuestionKind::Geo(Geo::Trace) => "geotrace",
            QuestionKind::Geo(Geo::Shape) => "geoshape",
            QuestionKind::Media(Media::Image) => "image",
            QuestionKind::Media(Media::Audio) => "audio",
            QuestionKind::Media(Media::Video) => "video",
            QuestionKind::Media(Media::File) => "file",
            QuestionKind::Acknowledge => "acknowledge",
            QuestionKind::Note => "note",
            QuestionKind::Calculate => "calculate",
            QuestionKind::Hidden => "hidden",
        }
    }

    /// The choice list of a select or a rank.
    pub fn list(&self) -> Option<&str> {
        match self {
            QuestionKind::SelectOne(l) | QuestionKind::SelectMultiple(l) | QuestionKind::Rank(l) => Some(l),
            _ => None,
        }
    }

    /// Whether a State answers it (notes, calculations and hidden values are not answered).
    pub fn is_answered(&self) -> bool {
        !matches!(self, QuestionKind::Note | QuestionKind::Calculate | QuestionKind::Hidden)
    }

    /// Whether the answer is a number.
    pub fn is_number(&self) -> bool {
        matches!(self, QuestionKind::Integer | QuestionKind::Decimal | QuestionKind::Range(_))
    }
}

/// How binding the provision a question asks about is, as UNODC's self-assessment checklists
/// sort them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Obligation {
    /// "shall": States parties must.
    Mandatory,
    /// "shall consider": States parties must consider.
    ShallConsider,
    /// "may": optional.
    Optional,
}

impl Obligation {
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_lowercase().replace([' ', '-'], "_").as_str() {
            "mandatory" | "shall" => Some(Obligation::Mandatory),
            "shall_consider" | "consider" => Some(Obligation::ShallConsider),
            "optional" | "may" => Some(Obligation::Optional),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Obligation::Mandatory => "mandatory",
            Obligation::ShallConsider => "shall_consider",
            Obligation::Optional => "optional",
        }
    }
}

/// When a question must be answered.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Required {
    No,
    Yes,
    When(Expression),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    pub name: String,
    pub kind: QuestionKind,
    pub label: Text,
    pub hint: Text,
    pub required: Required,
    pub required_message: Text,
    pub relevant: Option<Expression>,
    pub constraint: Option<Expression>,
    pub constraint_message: Text,
    pub choice_filter: Option<Expression>,
    pub calculation: Option<Expression>,
    pub appearance: Option<String>,
    pub default: Option<String>,
    /// Files shown with the question (`image`, `audio`, `video`, `big-image` columns), per language.
    pub media: BTreeMap<String, Text>,
    /// `select_one LIST or_other`: "other" is accepted besides the list's choices.
    pub or_other: bool,
    pub provision: Option<Provision>,
    pub obligation: Option<Obligation>,
    /// Asks about technical assistance needs (aggregated in reports).
    pub technical_assistance: bool,
    /// Whether its answers may be published; `publish = no` marks personal data (the focal
    /// point's name, e-mail, telephone), which never appears in a report or a profile.
    pub publish: bool,
    /// The question's name in the previous cycle's form, when it was renamed since (the form's
    /// `previous_name` column): its answers then are compared with this one's now.
    pub previous_name: Option<String>,
    /// Index of the innermost group holding it.
    pub group: Option<usize>,
    /// The number printed on paper ("3"), for answered questions.
    pub number: Option<String>,
    /// 1-based row of the survey sheet.
    pub row: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub name: String,
    pub label: Text,
    pub relevant: Option<Expression>,
    pub repeat: bool,
    pub parent: Option<usize>,
    pub provision: Option<Provision>,
    pub row: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Choice {
    pub name: String,
    pub label: Text,
    /// Other columns of the choices sheet, used by `choice_filter`.
    pub extra: BTreeMap<String, String>,
    pub row: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Questionnaire {
    pub form_id: String,
    pub title: Text,
    pub version: Option<String>,
    pub instrument: Option<Instrument>,
    /// The language of columns without a language, and the fallback for missing translations.
    pub default_language: String,
    /// Every language the form declares, in the order its columns first name them.
    pub languages: Vec<String>,
    pub groups: Vec<Group>,
    pub questions: Vec<Question>,
    pub choices: BTreeMap<String, Vec<Choice>>,
    /// The choices files beside the form that it reads (`select_one_from_file species.csv`).
    pub files: Vec<String>,
    /// The file it was read from, as given.
    pub source: String,
}

impl Questionnaire {
    pub fn question(&self, name: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.name == name)
    }

    pub fn choice(&self, question: &str, choice: &str) -> Option<&Choice> {
        let list = self.question(question)?.kind.list()?;
        self.choices.get(list)?.iter().find(|c| c.name == choice)
    }

    /// The top-level groups: the form's sections.
    pub fn sections(&self) -> impl Iterator<Item = (usize, &Group)> {
        self.groups.iter().enumerate().filter(|(_, g)| g.parent.is_none())
    }

    /// The innermost repeat holding a question, if any: its answers come in rows.
    pub fn repeat_of(&self, question: &Question) -> Option<usize> {
        let mut group = question.group?;
        loop {
            if self.groups[group].repeat {
                return Some(group);
            }
            group = self.groups[group].parent?;
        }
    }

    /// The section (top-level group) a question belongs to.
    pub fn section_of(&self, question: &Question) -> Option<usize> {
        let mut group = question.group?;
        while let Some(parent) = self.groups[group].parent {
            group = parent;
        }
        Some(group)
    }
}
