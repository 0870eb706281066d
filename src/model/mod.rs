//! Plain data types shared by the stages: States and instruments, questionnaires, replies and
//! the values they hold, diagnostics with their origin. Nothing here reads a file or words
//! anything in a language: the stages above do.

pub mod cell;
pub mod diagnostic;
pub mod problem;
pub mod questionnaire;
pub mod state;
pub mod submission;
pub mod treaty;

pub use cell::Cell;
pub use diagnostic::{Diagnostic, Severity};
pub use problem::{Problem, ProblemArg, ProblemKind};
pub use state::{Instrument, Participation, RegionalGroup, State, States, Status};
