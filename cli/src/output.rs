//! Where the output goes and how JSON looks: `-o FILE` or standard output, `--compact` or
//! `--pretty` (by default pretty only on a terminal).

use crate::Failure;
use clap::Args;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// `--compact` / `--pretty`, on every command that prints JSON.
#[derive(Args, Debug, Clone, Copy, Default)]
pub(crate) struct JsonStyle {
    /// Print the JSON on one line (the default unless standard output is a terminal).
    #[arg(long, conflicts_with = "pretty")]
    compact: bool,
    /// Print the JSON indented (the default when standard output is a terminal).
    #[arg(long)]
    pretty: bool,
}

impl JsonStyle {
    /// Whether to indent JSON written to `sink`.
    pub(crate) fn pretty(self, sink: &Sink) -> bool {
        self.pretty || (!self.compact && sink.terminal)
    }
}

/// An open output: a file (`-o FILE`) or standard output, buffered.
pub(crate) struct Sink {
    out: BufWriter<Box<dyn Write>>,
    /// The output's name in messages.
    name: String,
    /// Whether it is a terminal.
    pub(crate) terminal: bool,
}

impl Sink {
    /// Opens `path` (created or truncated), or standard output for `None` or `-`.
    pub(crate) fn open(path: Option<&Path>) -> Result<Sink, Failure> {
        match path {
            Some(path) if path.as_os_str() != "-" => {
                let name = path.display().to_string();
                let file = File::create(path).map_err(|e| Failure::Io(name.clone(), e))?;
                Ok(Sink {
                    out: BufWriter::new(Box::new(file)),
                    name,
                    terminal: false,
                })
            }
            _ => {
                let stdout = io::stdout();
                let terminal = stdout.is_terminal();
                Ok(Sink {
                    out: BufWriter::new(Box::new(stdout)),
                    name: "standard output".into(),
                    terminal,
                })
            }
        }
    }

    /// Opens the `-o` of a command, `None` for standard output.
    pub(crate) fn open_option(path: Option<&PathBuf>) -> Result<Sink, Failure> {
        Sink::open(path.map(PathBuf::as_path))
    }

    /// Runs `write` on the output, then flushes it; an error names the output.
    pub(crate) fn write(
        &mut self,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> Result<(), Failure> {
        write(&mut self.out)
            .and_then(|()| self.out.flush())
            .map_err(|e| self.failure(e))
    }

    /// The writer, for a caller that writes in many steps (then [`Sink::finish`]).
    pub(crate) fn writer(&mut self) -> &mut dyn Write {
        &mut self.out
    }

    /// Flushes the output.
    pub(crate) fn flush(&mut self) -> Result<(), Failure> {
        self.out.flush().map_err(|e| self.failure(e))
    }

    /// Flushes the output, at the end.
    pub(crate) fn finish(mut self) -> Result<(), Failure> {
        self.flush()
    }

    /// A write error on this output.
    pub(crate) fn failure(&self, e: io::Error) -> Failure {
        Failure::Io(self.name.clone(), e)
    }
}

/// Writes `value` as JSON (indented when `pretty`) and a newline.
pub(crate) fn write_json<T: serde::Serialize + ?Sized>(
    out: &mut dyn Write,
    value: &T,
    pretty: bool,
) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, value)?;
    } else {
        serde_json::to_writer(&mut *out, value)?;
    }
    out.write_all(b"\n")
}
