//! The core's one error type. Its text ([`Error::message`], also its `Display`) is what a
//! platform engineer reads in the rejected `mount()` promise, so tests pin it word for word.
//! Joined by hand, not written by `write!` (src/core/words.rs says why).

use std::fmt;

use crate::core::words::num;

/// One problem in a config or a report detail: where, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field path, as written in JS: `helplines[1].schedule.weekly[0].close`.
    pub path: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl FieldError {
    /// A problem at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError { path: path.into(), message: message.into() }
    }
}

impl FieldError {
    /// "helplines[0].url: expected an https: URL…": the problem as the error message lists it.
    pub fn text(&self) -> String {
        [self.path.as_str(), ": ", &self.message].concat()
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// Everything that can go wrong in the core.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The config passed to `mount()` (or the script tag's `data-` attributes) is invalid:
    /// every problem found, in field order.
    InvalidConfig(Vec<FieldError>),
    /// The detail passed to `show()` is invalid.
    InvalidDetail(Vec<FieldError>),
}

impl Error {
    /// The individual problems.
    pub fn problems(&self) -> &[FieldError] {
        match self {
            Error::InvalidConfig(p) | Error::InvalidDetail(p) => p,
        }
    }
}

impl Error {
    /// "bouton-3018: invalid config (2 problems): platform: required…; helplines[0].url: …".
    pub fn message(&self) -> String {
        let (what, problems) = match self {
            Error::InvalidConfig(p) => ("config", p),
            Error::InvalidDetail(p) => ("report detail", p),
        };
        let n = problems.len();
        let mut out =
            ["bouton-3018: invalid ", what, " (", &num(n), if n == 1 { " problem): " } else { " problems): " }]
                .concat();
        for (i, p) in problems.iter().enumerate() {
            if i > 0 {
                out.push_str("; ");
            }
            out.push_str(&p.text());
        }
        out
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Error {}

/// Collects problems while validating, each under its path.
#[derive(Debug, Default)]
pub(crate) struct Problems(pub(crate) Vec<FieldError>);

impl Problems {
    pub(crate) fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(FieldError::new(path, message));
    }
}
