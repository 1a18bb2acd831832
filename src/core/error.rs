//! The core's one error type. Its `Display` text is what a platform engineer reads in the
//! rejected `mount()` promise, so tests pin it word for word.

use std::fmt;

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

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
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

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (what, problems) = match self {
            Error::InvalidConfig(p) => ("config", p),
            Error::InvalidDetail(p) => ("report detail", p),
        };
        let n = problems.len();
        write!(f, "bouton-3018: invalid {what} ({n} problem{}): ", if n == 1 { "" } else { "s" })?;
        for (i, p) in problems.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
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
