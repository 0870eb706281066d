//! Reading inputs: the conference folder's files into typed values, with a diagnostic for every
//! problem and a record of every file read.

pub mod states;
pub mod submissions;
pub mod workbook;
pub mod xlsform;
