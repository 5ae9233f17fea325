//! Everything that ends the program (or, with `decode --lines`, one line) in failure: its exit
//! status and its two forms, one line of text or one JSON object (`--error-format json`).

use clusprop::control::OutputError;
use clusprop::schema::PropertyError;
use clusprop::ParseError;
use std::fmt;
use std::io;

/// The exit statuses, as `--help` and the README list them.
pub(crate) mod status {
    /// Success (for `decode --lines`: every line decoded).
    pub(crate) const OK: u8 = 0;
    /// The input is malformed or invalid: a buffer that does not parse, text that is not hex,
    /// base64 or JSON, values a payload or an object refuses (for `decode --lines`: at least one
    /// line failed).
    pub(crate) const INVALID: u8 = 1;
    /// The command line is wrong: an unknown option or control code, a missing argument.
    pub(crate) const USAGE: u8 = 2;
    /// Reading an input or writing an output failed.
    pub(crate) const IO: u8 = 3;
}

/// The `--help` text listing the exit statuses (one place: the constants above).
pub(crate) const EXIT_STATUSES: &str = "\
Exit status:
  0  success
  1  malformed or invalid input: a buffer that does not parse, text that is not hex, base64 or
     JSON, values a payload or an object refuses (decode --lines: at least one line failed)
  2  usage: an unknown option, command or control code, a missing or invalid argument
  3  I/O: an input cannot be read or an output cannot be written";

/// A failure, with what it concerns (a file name, `standard input`, `standard output`).
#[derive(Debug)]
pub(crate) enum Failure {
    /// The command line is wrong.
    Usage(String),
    /// Reading or writing `.0` failed.
    Io(String, io::Error),
    /// Input text (hex, base64, UTF-16, JSON) or a payload's content is invalid; `offset` is the
    /// byte offset in the text as given, when there is one.
    Input {
        file: String,
        message: String,
        offset: Option<usize>,
    },
    /// A buffer that does not parse.
    Parse(String, ParseError),
    /// A control's output of the wrong shape.
    Output(String, OutputError),
    /// A property that the object's schema refuses.
    Property(String, PropertyError),
}

impl Failure {
    /// An invalid input without an offset.
    pub(crate) fn input(file: impl Into<String>, message: impl Into<String>) -> Failure {
        Failure::Input {
            file: file.into(),
            message: message.into(),
            offset: None,
        }
    }

    /// The process's exit status for this failure.
    pub(crate) fn status(&self) -> u8 {
        match self {
            Failure::Usage(_) => status::USAGE,
            Failure::Io(..) => status::IO,
            Failure::Input { .. }
            | Failure::Parse(..)
            | Failure::Output(..)
            | Failure::Property(..) => status::INVALID,
        }
    }

    /// What kind of failure: `usage`, `io`, `input`, `parse`, `output` or `property`.
    fn kind(&self) -> &'static str {
        match self {
            Failure::Usage(_) => "usage",
            Failure::Io(..) => "io",
            Failure::Input { .. } => "input",
            Failure::Parse(..) => "parse",
            Failure::Output(..) => "output",
            Failure::Property(..) => "property",
        }
    }

    /// The file (or stream) the failure concerns.
    fn file(&self) -> Option<&str> {
        match self {
            Failure::Usage(_) => None,
            Failure::Io(file, _)
            | Failure::Input { file, .. }
            | Failure::Parse(file, _)
            | Failure::Output(file, _)
            | Failure::Property(file, _) => Some(file),
        }
    }

    /// The rule that broke, for a buffer that does not parse.
    fn rule(&self) -> Option<&'static str> {
        match self {
            Failure::Parse(_, e) | Failure::Property(_, PropertyError::Parse(e)) => Some(e.rule()),
            Failure::Output(_, e) => Some(e.rule()),
            _ => None,
        }
    }

    /// The byte offset: in the buffer for a parse error, in the text for an invalid text.
    fn offset(&self) -> Option<usize> {
        match self {
            Failure::Parse(_, e) | Failure::Property(_, PropertyError::Parse(e)) => {
                Some(e.offset())
            }
            Failure::Output(_, e) => e.offset(),
            Failure::Input { offset, .. } => *offset,
            _ => None,
        }
    }

    /// The message without the file's name (`Display` puts it first).
    fn message(&self) -> String {
        match self {
            Failure::Usage(message) | Failure::Input { message, .. } => message.clone(),
            Failure::Io(_, e) => e.to_string(),
            Failure::Parse(_, e) => e.to_string(),
            Failure::Output(_, e) => e.to_string(),
            Failure::Property(_, e) => e.to_string(),
        }
    }

    /// The failure as one JSON object, on one line without its newline:
    /// `{"error": MESSAGE, "kind": KIND, "file": FILE, "rule": RULE, "offset": N, "status": S}`
    /// (`file`, `rule` and `offset` only when they apply). `line`, when given, is the input line
    /// of `decode --lines` (counted from 1).
    pub(crate) fn to_json(&self, line: Option<u64>) -> String {
        serde_json::to_string(&AsJson(self, line)).unwrap_or_else(|e| {
            // Serializing strings and integers does not fail; should it, still one object.
            format!("{{\"error\":\"{e}\",\"status\":{}}}", self.status())
        })
    }
}

/// A failure as its JSON object, keys in the documented order.
struct AsJson<'a>(&'a Failure, Option<u64>);

impl serde::Serialize for AsJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let AsJson(failure, line) = *self;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("error", &failure.to_string())?;
        map.serialize_entry("kind", failure.kind())?;
        if let Some(file) = failure.file() {
            map.serialize_entry("file", file)?;
        }
        if let Some(line) = line {
            map.serialize_entry("line", &line)?;
        }
        if let Some(rule) = failure.rule() {
            map.serialize_entry("rule", rule)?;
        }
        if let Some(offset) = failure.offset() {
            map.serialize_entry("offset", &offset)?;
        }
        map.serialize_entry("message", &failure.message())?;
        map.serialize_entry("status", &failure.status())?;
        map.end()
    }
}

impl fmt::Display for Failure {
    /// `FILE: MESSAGE`, on one line whatever the message holds.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self.file() {
            Some(file) => format!("{file}: {}", self.message()),
            None => self.message(),
        };
        f.write_str(&text.replace(['\n', '\r'], " "))
    }
}

/// How failures are printed on standard error (`--error-format`).
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum ErrorFormat {
    /// One line: `clusprop: FILE: MESSAGE`.
    #[default]
    Text,
    /// One JSON object on one line: error, kind, file, rule, offset, message, status.
    Json,
}
