//! Errors: what went wrong with one input, said so a person can act on it.

use std::fmt;
use std::path::PathBuf;

/// Why one input could not be turned into a record.
#[derive(Debug)]
pub enum ErrorKind {
    /// The file could not be read.
    Io(std::io::Error),
    /// The input has no bytes, or only whitespace.
    Empty,
    /// The input looks like binary data, not text.
    Binary {
        /// What gave it away.
        reason: String,
    },
    /// The input is larger than the configured limit.
    TooLarge {
        /// Size of the input in bytes.
        bytes: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The input is text but holds nothing that could be read as an announcement.
    Unreadable {
        /// Why.
        reason: String,
    },
}

/// An error tied to the input it happened on.
#[derive(Debug)]
pub struct Error {
    /// The input's path as given (or `-` for standard input).
    pub path: PathBuf,
    /// What went wrong.
    pub kind: ErrorKind,
}

impl Error {
    /// Builds an error for `path`.
    pub fn new(path: impl Into<PathBuf>, kind: ErrorKind) -> Error {
        Error {
            path: path.into(),
            kind,
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Io(e) => write!(f, "cannot read: {e}"),
            ErrorKind::Empty => write!(f, "empty input: nothing to extract"),
            ErrorKind::Binary { reason } => {
                write!(f, "binary data, not an announcement ({reason})")
            }
            ErrorKind::TooLarge { bytes, limit } => write!(
                f,
                "input is {bytes} bytes, over the limit of {limit} bytes (raise it with --max-bytes)"
            ),
            ErrorKind::Unreadable { reason } => write!(f, "unreadable input: {reason}"),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.kind)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}
