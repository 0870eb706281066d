//! Plain data types shared by the stages: States and instruments, diagnostics with their origin.

pub mod diagnostic;
pub mod questionnaire;
pub mod state;
pub mod submission;
pub mod treaty;

pub use diagnostic::{Diagnostic, Severity};
pub use state::{Instrument, Participation, RegionalGroup, State, Status};
