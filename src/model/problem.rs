//! What went wrong with a reply, as data: a kind and the values its sentence needs. The command
//! line words it in English in the diagnostic's message; a State's feedback letter words it again
//! in the State's language from the catalogs (`letter-problem-<kind>`, `letter-fix-<kind>`), so
//! every problem a State can receive has a kind (`tests/feedback.rs` checks that none lacks one).

use serde::Serialize;

/// The kinds of problem a State's reply can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    // A file that cannot be read.
    FileUnreadable,
    FileEmpty,
    FileTooLarge,
    FileGrew,
    FileDamaged,
    NotASpreadsheet,
    NotAWorkbook,
    TooManyCells,
    PasswordProtected,
    Misnamed,
    /// A file in the wrong folder, or not a file at all.
    Misfiled,
    // A file read, but not laid out as a reply.
    NoData,
    SheetEmpty,
    ExtraSheet,
    UnreadableLine,
    DuplicateColumn,
    UnknownColumn,
    NotJson,
    JsonShape,
    NotAnObject,
    UnknownField,
    AnswersNotAnObject,
    RepeatNotAList,
    RepeatRowNotAnObject,
    NotInRepeat,
    UnknownQuestion,
    UnnamedAnswer,
    AnswerSheetEmpty,
    /// A repeat's row whose submission is in no file read.
    OrphanRow,
    /// An export format that leaves a form's repeats out (KoboToolbox's CSV).
    RepeatsNotExported,
    // A reply as a whole.
    NoState,
    UnknownState,
    NoSubmitted,
    NotParty,
    OtherVersion,
    NoAnswers,
    Superseded,
    /// Two States answer to the name the reply gives.
    AmbiguousState,
    /// A reviewer refused the reply on its server.
    ReviewRefused,
    /// A reviewer put the reply on hold on its server.
    ReviewHeld,
    /// The server's review state is not one palermo knows.
    ReviewUnknown,
    /// The same server submission read twice.
    Duplicate,
    // One answer.
    AnsweredTwice,
    /// A prefilled workbook's answer marked "no change" that was changed all the same.
    NoChangeEdited,
    TakesNoAnswer,
    ReadAsChoice,
    ReadAsDate,
    ReadAsDateTime,
    AreaClosed,
    NotAChoice,
    NotANumber,
    NotWhole,
    DecimalComma,
    OutOfRange,
    NotOnScale,
    RankedTwice,
    NotAcknowledged,
    NotADate,
    NotACalendarDate,
    AmbiguousDate,
    NotATime,
    NotADateTime,
    NotALocation,
    OffTheGlobe,
    TooFewPoints,
    // The form's conditions.
    NotRelevant,
    Required,
    Constraint,
    ConstraintUnchecked,
    ConstraintBroken,
}

impl ProblemKind {
    /// Every kind, for checks that each is worded in every catalog.
    pub const ALL: &[ProblemKind] = &[
        ProblemKind::FileUnreadable,
        ProblemKind::FileEmpty,
        ProblemKind::FileTooLarge,
        ProblemKind::FileGrew,
        ProblemKind::FileDamaged,
        ProblemKind::NotASpreadsheet,
        ProblemKind::NotAWorkbook,
        ProblemKind::TooManyCells,
        ProblemKind::PasswordProtected,
        ProblemKind::Misnamed,
        ProblemKind::Misfiled,
        ProblemKind::NoData,
        ProblemKind::SheetEmpty,
        ProblemKind::ExtraSheet,
        ProblemKind::UnreadableLine,
        ProblemKind::DuplicateColumn,
        ProblemKind::UnknownColumn,
        ProblemKind::NotJson,
        ProblemKind::JsonShape,
        ProblemKind::NotAnObject,
        ProblemKind::UnknownField,
        ProblemKind::AnswersNotAnObject,
        ProblemKind::RepeatNotAList,
        ProblemKind::RepeatRowNotAnObject,
        ProblemKind::NotInRepeat,
        ProblemKind::UnknownQuestion,
        ProblemKind::UnnamedAnswer,
        ProblemKind::AnswerSheetEmpty,
        ProblemKind::OrphanRow,
        ProblemKind::RepeatsNotExported,
        ProblemKind::NoState,
        ProblemKind::UnknownState,
        ProblemKind::NoSubmitted,
        ProblemKind::NotParty,
        ProblemKind::OtherVersion,
        ProblemKind::NoAnswers,
        ProblemKind::Superseded,
        ProblemKind::AmbiguousState,
        ProblemKind::ReviewRefused,
        ProblemKind::ReviewHeld,
        ProblemKind::ReviewUnknown,
        ProblemKind::Duplicate,
        ProblemKind::AnsweredTwice,
        ProblemKind::NoChangeEdited,
        ProblemKind::TakesNoAnswer,
        ProblemKind::ReadAsChoice,
        ProblemKind::ReadAsDate,
        ProblemKind::ReadAsDateTime,
        ProblemKind::AreaClosed,
        ProblemKind::NotAChoice,
        ProblemKind::NotANumber,
        ProblemKind::NotWhole,
        ProblemKind::DecimalComma,
        ProblemKind::OutOfRange,
        ProblemKind::NotOnScale,
        ProblemKind::RankedTwice,
        ProblemKind::NotAcknowledged,
        ProblemKind::NotADate,
        ProblemKind::NotACalendarDate,
        ProblemKind::AmbiguousDate,
        ProblemKind::NotATime,
        ProblemKind::NotADateTime,
        ProblemKind::NotALocation,
        ProblemKind::OffTheGlobe,
        ProblemKind::TooFewPoints,
        ProblemKind::NotRelevant,
        ProblemKind::Required,
        ProblemKind::Constraint,
        ProblemKind::ConstraintUnchecked,
        ProblemKind::ConstraintBroken,
    ];

    /// The kind as the catalogs name it: `not-a-number` (`letter-problem-not-a-number`).
    pub fn id(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(|s| s.replace('_', "-"))).unwrap_or_default()
    }
}

/// A value a problem's sentence needs.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemArg {
    /// Something the State wrote, quoted as written.
    Written(String),
    /// A name, code or technical detail, printed as it is.
    Plain(String),
    /// A number, printed in the language's form.
    Number(f64),
    /// A date, printed as the language writes dates.
    Date(crate::date::Date),
}

/// A problem: its kind and the values its sentence needs, by name.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub kind: ProblemKind,
    pub args: Vec<(&'static str, ProblemArg)>,
}

impl Problem {
    pub fn new(kind: ProblemKind) -> Self {
        Self { kind, args: Vec::new() }
    }

    /// Adds something the State wrote.
    pub fn written(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, ProblemArg::Written(value.into())));
        self
    }

    /// Adds a name or a detail printed as it is.
    pub fn plain(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, ProblemArg::Plain(value.into())));
        self
    }

    pub fn number(mut self, name: &'static str, value: f64) -> Self {
        self.args.push((name, ProblemArg::Number(value)));
        self
    }

    pub fn date(mut self, name: &'static str, value: crate::date::Date) -> Self {
        self.args.push((name, ProblemArg::Date(value)));
        self
    }

    /// The value of an argument.
    pub fn arg(&self, name: &str) -> Option<&ProblemArg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_name_their_catalog_messages() {
        assert_eq!(ProblemKind::NotANumber.id(), "not-a-number");
        assert_eq!(ProblemKind::FileUnreadable.id(), "file-unreadable");
        assert_eq!(serde_json::to_value(ProblemKind::AmbiguousDate).unwrap(), "ambiguous_date");
    }
}
