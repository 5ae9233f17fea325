//! `clusprop decode --lines`: one buffer per input line (hex, or base64 with `--base64`), one
//! compact JSON document per output line, in order.
//!
//! A line that does not decode gives the error's JSON object (as `--error-format json` prints it,
//! with the line's number) and the run goes on; the exit status is then 1. Line ends may be LF or
//! CRLF; a byte-order mark starts the first line (UTF-8), or the whole input (UTF-16, converted
//! first). An empty line is an empty buffer, which does not decode: output line N is always about
//! input line N.

use crate::decode::{decode_buffer, write_doc, Target};
use crate::input::{from_base64, from_hex, hint_if_terminal, Text, STDIN};
use crate::output::Sink;
use crate::{DecodeArgs, Failure};
use clusprop::Mode;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};

pub(crate) fn decode_lines(args: &DecodeArgs, target: Target, mode: Mode) -> Result<(), Failure> {
    let (name, source): (String, Box<dyn Read>) = match &args.input.file {
        Some(path) if path.as_os_str() != "-" => {
            let name = path.display().to_string();
            let file = File::open(path).map_err(|e| Failure::Io(name.clone(), e))?;
            (name, Box::new(file))
        }
        _ => {
            let stdin = io::stdin();
            hint_if_terminal(&stdin);
            (STDIN.to_owned(), Box::new(stdin))
        }
    };
    let mut input = BufReader::with_capacity(1 << 16, source);
    let read_error = |e| Failure::Io(name.clone(), e);
    // UTF-16 text is converted as a whole (its line ends are two bytes wide).
    let first = input.fill_buf().map_err(read_error)?;
    if first.is_empty() {
        // No input at all (a terminal's end of file is not sticky: reading on would wait again).
        return run(
            args,
            target,
            mode,
            &name,
            &mut BufReader::new(Box::new(io::empty())),
        );
    }
    if first.starts_with(&[0xFF, 0xFE]) || first.starts_with(&[0xFE, 0xFF]) {
        let mut all = Vec::new();
        input.read_to_end(&mut all).map_err(read_error)?;
        let utf8 = Text::new(&name, &all)?.bytes.into_owned();
        let mut input = BufReader::new(Box::new(io::Cursor::new(utf8)) as Box<dyn Read>);
        return run(args, target, mode, &name, &mut input);
    }
    run(args, target, mode, &name, &mut input)
}

/// Decodes each line of `input`, in order.
fn run(
    args: &DecodeArgs,
    target: Target,
    mode: Mode,
    name: &str,
    input: &mut BufReader<Box<dyn Read>>,
) -> Result<(), Failure> {
    let mut sink = Sink::open_option(args.output.as_ref())?;
    let mut line = Vec::with_capacity(256);
    let mut json = Vec::with_capacity(1024);
    let (mut number, mut failed) = (0u64, 0u64);
    loop {
        line.clear();
        if input
            .read_until(b'\n', &mut line)
            .map_err(|e| Failure::Io(name.to_owned(), e))?
            == 0
        {
            break;
        }
        number += 1;
        let mut text = strip_line_end(&line);
        let mut bom = 0;
        if number == 1 {
            if let Some(rest) = text.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
                (text, bom) = (rest, 3);
            }
        }
        let out = sink.writer();
        let outcome = line_bytes(Text::line(text, bom), args.input.encoding.base64, name)
            .and_then(|bytes| decode_line(&bytes, target, mode, name, &mut json, out));
        let written = match outcome {
            Ok(written) => written,
            Err(failure) => {
                failed += 1;
                writeln!(out, "{}", failure.to_json(Some(number)))
            }
        };
        written.map_err(|e| sink.failure(e))?;
        // Output is flushed whenever the input has nothing more buffered: a tool that writes a
        // line and waits for its answer gets it, and a fast stream is still written in blocks.
        if input.buffer().is_empty() {
            sink.flush()?;
        }
    }
    sink.finish()?;
    if failed > 0 {
        return Err(Failure::input(
            name,
            format!(
                "{failed} of {number} lines did not decode (their output lines hold the errors)"
            ),
        ));
    }
    Ok(())
}

/// Decodes one line's buffer and writes its JSON line (a list: parsed and written in one pass
/// into `json`, then copied out whole); the outer `Err` is the buffer's failure, the inner one
/// the output's.
fn decode_line(
    bytes: &[u8],
    target: Target,
    mode: Mode,
    name: &str,
    json: &mut Vec<u8>,
    out: &mut dyn Write,
) -> Result<io::Result<()>, Failure> {
    json.clear();
    let parsed = match target {
        Target::PropertyList => clusprop::json::property_list_json(bytes, mode, json).map(drop),
        Target::ValueList => clusprop::json::value_list_json(bytes, mode, json).map(drop),
        Target::Control(_) => {
            let doc = decode_buffer(bytes, target, mode, name)?;
            return Ok(write_doc(out, &doc, false));
        }
    };
    parsed.map_err(|e| Failure::Parse(name.to_owned(), e))?;
    json.push(b'\n');
    Ok(out.write_all(json))
}

/// The bytes a line's hex (or base64) text gives.
fn line_bytes(text: Text<'_>, base64: bool, name: &str) -> Result<Vec<u8>, Failure> {
    if base64 {
        from_base64(name, &text)
    } else {
        from_hex(name, &text)
    }
}

/// The line without its LF or CRLF.
fn strip_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}
