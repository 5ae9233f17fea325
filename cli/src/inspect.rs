//! `clusprop inspect`: the dissector view (`clusprop::dissect`), as text or JSON.
//!
//! The text is the library's (`Dissection`'s `Display`: one line an entry, then the error, the
//! row of the buffer that holds its offset and `^^` under that byte), coloured on a terminal.
//! A malformed buffer prints every entry before the error and the error on standard output, the
//! usual `clusprop: FILE: MESSAGE` line on standard error, and exits with status 1.

use crate::decode::{mode, Target};
use crate::input::{control_help, read_bytes, InputArgs};
use crate::output::{write_json, JsonStyle, Sink};
use crate::Failure;
use clap::{Args, ValueEnum};
use clusprop::dissect::{self, Dissection, Entry, EntryKind};
use std::io::{self, Write};

/// `--control`'s help for `inspect`: how each kind of output dissects.
const INSPECT_CONTROL_HELP: &str = "The input is the output buffer of this control code: a \
     property list, a value list or value lists dissect as lists, any other output is one entry";

#[derive(Args, Debug)]
#[command(mut_args(control_help(INSPECT_CONTROL_HELP)))]
pub(crate) struct InspectArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Print the dissection as JSON (entries with offsets, lengths, syntaxes, values; the error).
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    style: JsonStyle,
    /// Colour the text: auto (on a terminal, unless NO_COLOR is set and not empty), always, or
    /// never.
    #[arg(long, value_enum, default_value_t = Color::Auto, value_name = "WHEN")]
    color: Color,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Color {
    Auto,
    Always,
    Never,
}

pub(crate) fn inspect(args: &InspectArgs) -> Result<(), Failure> {
    let input = &args.input;
    let target = Target::of(input)?;
    let (name, bytes) = read_bytes(input.file.as_ref(), &input.encoding)?;
    let mode = mode(input.lenient);
    let dissection = match target {
        Target::Control(code) => dissect::dissect_control_output(code, &bytes, mode)
            .map_err(|e| Failure::Output(name.clone(), e))?,
        Target::ValueList => dissect::dissect_value_list(&bytes, mode),
        Target::PropertyList => dissect::dissect_property_list(&bytes, mode),
    };
    let mut sink = Sink::open(None)?;
    let colour = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => sink.terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let pretty = args.style.pretty(&sink);
    sink.write(|out| {
        if args.json {
            write_json(out, &dissection, pretty)
        } else if colour {
            write_coloured(out, &dissection)
        } else {
            write!(out, "{dissection}")
        }
    })?;
    match dissection.error {
        Some(error) => Err(Failure::Parse(name, error)),
        None => Ok(()),
    }
}

const DIM: &str = "\x1b[2m";
const BOLD: &str = "\x1b[1m";
const CYAN: &str = "\x1b[36m";
const GREEN: &str = "\x1b[32m";
const RED: &str = "\x1b[1;31m";
const RESET: &str = "\x1b[0m";

/// The library's text with ANSI colours: offsets dim, kinds bold, syntaxes cyan, values green,
/// non-zero padding and the error red. Without the escapes, the same text.
fn write_coloured(out: &mut dyn Write, dissection: &Dissection<'_>) -> io::Result<()> {
    for entry in &dissection.entries {
        write_entry(out, entry)?;
    }
    if let (Some(error), Some(context)) = (&dissection.error, dissection.error_context()) {
        writeln!(out, "{RED}error:{RESET} {error}")?;
        let text = context.to_string();
        let (row, marker) = text.split_once('\n').unwrap_or((&text, ""));
        let (offset, bytes) = row.split_at(row.len().min(8));
        writeln!(out, "{DIM}{offset}{RESET}{bytes}")?;
        let marker = marker.trim_end_matches('\n');
        let (pad, mark) = marker.split_at(marker.len().min(context.marker_column()));
        writeln!(out, "{pad}{RED}{mark}{RESET}")?;
    }
    Ok(())
}

fn write_entry(out: &mut dyn Write, entry: &Entry<'_>) -> io::Result<()> {
    write!(out, "{DIM}{:08x}{RESET}  ", entry.offset)?;
    for _ in 0..entry.depth {
        out.write_all(b"  ")?;
    }
    write!(out, "{BOLD}{}{RESET}", entry.kind.as_str())?;
    if let Some(label) = entry.syntax_label() {
        write!(out, "  {CYAN}{label}{RESET}")?;
    }
    if let Some(length) = entry.cb_length {
        write!(out, "  cbLength={length}")?;
    }
    if !entry.padding.is_empty() {
        let hex: String = entry
            .padding_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        if entry.padding_is_zero() {
            write!(out, "  padding={hex}")?;
        } else {
            write!(out, "  {RED}padding={hex} (non-zero!){RESET}")?;
        }
    }
    match entry.kind {
        EntryKind::EndMark | EntryKind::TrailingEndMark => {}
        _ => write!(out, "  {GREEN}{}{RESET}", entry.value_text())?,
    }
    writeln!(out)
}
