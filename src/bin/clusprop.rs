//! `clusprop`: decode Windows Failover Cluster property lists and value lists.
//!
//! ```text
//! clusprop decode [--hex|--base64] [--lenient] [--value-list] [--compact] [FILE|-]
//! ```
//!
//! Prints the canonical JSON. Malformed input: exit status 1 and one line on stderr that names
//! the broken rule and says `at offset N`.

use base64::Engine as _;
use clap::{Args, Parser, Subcommand};
use clusprop::{Mode, PropertyList, ValueList};
use std::fmt;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(
    name = "clusprop",
    version,
    about = "Decode Windows Failover Cluster property lists (CLUSPROP)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Decode a property list (or a value list) into the canonical JSON.
    Decode(DecodeArgs),
}

#[derive(Args, Debug)]
struct DecodeArgs {
    /// The input is hexadecimal text (whitespace ignored), not raw bytes.
    #[arg(long, conflicts_with = "base64")]
    hex: bool,
    /// The input is base64 text (whitespace ignored), not raw bytes.
    #[arg(long)]
    base64: bool,
    /// Accept what sloppy producers send (see the `Mode::Lenient` documentation).
    #[arg(long)]
    lenient: bool,
    /// The input is a standalone value list, not a property list.
    #[arg(long)]
    value_list: bool,
    /// Print the JSON on one line.
    #[arg(long)]
    compact: bool,
    /// The input file; `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

/// Everything that ends the program with status 1.
#[derive(Debug)]
enum Failure {
    Io(String, io::Error),
    Input(String),
    Parse(String, clusprop::ParseError),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Io(what, e) => write!(f, "{what}: {e}"),
            Failure::Input(message) => f.write_str(message),
            Failure::Parse(what, e) => write!(f, "{what}: {e}"),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Decode(args) => decode(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Io(_, e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(failure) => {
            // One line, whatever the message holds.
            let line = failure.to_string().replace(['\n', '\r'], " ");
            let _ = writeln!(io::stderr(), "clusprop: {line}");
            ExitCode::FAILURE
        }
    }
}

/// Reads FILE, or standard input for `-` or no FILE.
fn read_input(file: Option<&PathBuf>) -> Result<(String, Vec<u8>), Failure> {
    let mut bytes = Vec::new();
    match file {
        Some(path) if path.as_os_str() != "-" => {
            let name = path.display().to_string();
            bytes = std::fs::read(path).map_err(|e| Failure::Io(name.clone(), e))?;
            Ok((name, bytes))
        }
        _ => {
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Failure::Io("standard input".into(), e))?;
            Ok(("standard input".into(), bytes))
        }
    }
}

/// Decodes hexadecimal text, ignoring ASCII whitespace.
fn from_hex(text: &[u8]) -> Result<Vec<u8>, Failure> {
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut high: Option<(usize, u8)> = None;
    for (offset, &c) in text.iter().enumerate() {
        if c.is_ascii_whitespace() {
            continue;
        }
        let digit = (c as char).to_digit(16).ok_or_else(|| {
            Failure::Input(format!(
                "invalid hex input: {:?} is not a hex digit, at offset {offset} of the text",
                c as char
            ))
        })? as u8;
        match high.take() {
            None => high = Some((offset, digit)),
            Some((_, h)) => out.push(h << 4 | digit),
        }
    }
    if let Some((offset, _)) = high {
        return Err(Failure::Input(format!(
            "invalid hex input: odd number of hex digits, the last one at offset {offset} of the text"
        )));
    }
    Ok(out)
}

/// Decodes base64 text (standard alphabet, padding optional), ignoring ASCII whitespace.
fn from_base64(text: &[u8]) -> Result<Vec<u8>, Failure> {
    let compact: Vec<u8> = text
        .iter()
        .copied()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    engine
        .decode(&compact)
        .map_err(|e| Failure::Input(format!("invalid base64 input: {e}")))
}

fn decode(args: &DecodeArgs) -> Result<(), Failure> {
    let (name, input) = read_input(args.file.as_ref())?;
    let bytes = if args.hex {
        from_hex(&input)?
    } else if args.base64 {
        from_base64(&input)?
    } else {
        input
    };
    let mode = if args.lenient {
        Mode::Lenient
    } else {
        Mode::Strict
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = if args.value_list {
        let list = ValueList::parse_with(&bytes, mode).map_err(|e| Failure::Parse(name, e))?;
        write_json(&mut out, &list, args.compact)
    } else {
        let list = PropertyList::parse_with(&bytes, mode).map_err(|e| Failure::Parse(name, e))?;
        write_json(&mut out, &list, args.compact)
    };
    written
        .and_then(|()| out.flush())
        .map_err(|e| Failure::Io("standard output".into(), e))
}

fn write_json<W: Write, T: serde::Serialize>(
    out: &mut W,
    value: &T,
    compact: bool,
) -> io::Result<()> {
    if compact {
        serde_json::to_writer(&mut *out, value)?;
    } else {
        serde_json::to_writer_pretty(&mut *out, value)?;
    }
    out.write_all(b"\n")
}
