//! Reading inputs: files or standard input, raw bytes or hex / base64 text.

use crate::{Encoding, Failure};
use base64::Engine as _;
use clap::Args;
use clusprop::control::ControlCode;
use std::borrow::Cow;
use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;

/// The input flags `decode` and `inspect` share: how the bytes are written, the mode, what the
/// buffer holds (a property list, a value list, or a control's output) and FILE. Each command
/// gives `--control` its own help (what the output becomes) with [`control_help`].
#[derive(Args, Debug)]
pub(crate) struct InputArgs {
    #[command(flatten)]
    pub(crate) encoding: Encoding,
    /// Accept what sloppy producers send (see the `Mode::Lenient` documentation).
    #[arg(long)]
    pub(crate) lenient: bool,
    /// The input is a standalone value list, not a property list.
    #[arg(long, conflicts_with = "control")]
    pub(crate) value_list: bool,
    /// The input is the output buffer of this control code (any CLUSCTL_* name, with or without
    /// the prefix, or a number).
    #[arg(long, value_name = "CODE")]
    pub(crate) control: Option<String>,
    /// The input file; `-` or nothing reads standard input.
    pub(crate) file: Option<PathBuf>,
}

/// For `#[command(mut_args(...))]`: gives [`InputArgs`]'s `--control` the command's own help,
/// leaving it in its place among the arguments (which `mut_arg` would move to the end).
pub(crate) fn control_help(help: &'static str) -> impl FnMut(clap::Arg) -> clap::Arg {
    move |arg| {
        if arg.get_id() == "control" {
            arg.help(help)
        } else {
            arg
        }
    }
}

/// Reads FILE, or standard input for `-` or no FILE (with a hint on standard error when that is
/// a terminal, which would otherwise wait silently).
pub(crate) fn read_input(file: Option<&PathBuf>) -> Result<(String, Vec<u8>), Failure> {
    let mut bytes = Vec::new();
    match file {
        Some(path) if path.as_os_str() != "-" => {
            let name = path.display().to_string();
            bytes = std::fs::read(path).map_err(|e| Failure::Io(name.clone(), e))?;
            Ok((name, bytes))
        }
        _ => {
            let stdin = io::stdin();
            hint_if_terminal(&stdin);
            stdin
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| Failure::Io(STDIN.into(), e))?;
            Ok((STDIN.into(), bytes))
        }
    }
}

/// The name of standard input in messages.
pub(crate) const STDIN: &str = "standard input";

/// Tells a person at a terminal that the program reads from it, and how to end the input.
pub(crate) fn hint_if_terminal(stdin: &io::Stdin) {
    if stdin.is_terminal() {
        let end = if cfg!(windows) {
            "Ctrl-Z, Enter"
        } else {
            "Ctrl-D"
        };
        let _ = writeln!(
            io::stderr(),
            "clusprop: reading standard input from the terminal (end it with {end}; give a FILE \
             to read one, or --help)"
        );
    }
}

/// Text as a person's tools saved it, made UTF-8 for the hex, base64 and JSON readers: a UTF-8
/// byte-order mark is dropped, and UTF-16LE or UTF-16BE with its mark (what Windows PowerShell's
/// `Out-File` and Notepad write) is converted. Offsets in the converted text map back to the
/// text as given with [`Text::original`].
pub(crate) struct Text<'a> {
    /// The text, UTF-8 (or bytes that are not, left for the reader to refuse).
    pub(crate) bytes: Cow<'a, [u8]>,
    /// The byte-order mark's length (0, 2 or 3).
    bom: usize,
    /// Bytes a character takes in the text as given, for the ASCII characters before an error.
    unit: usize,
    /// What the text is in messages: `the text`, or `the line` for `decode --lines`.
    pub(crate) what: &'static str,
}

impl<'a> Text<'a> {
    /// `input` without its byte-order mark, in UTF-8. UTF-16 that does not convert (an odd
    /// length, an unpaired surrogate) is an error at its offset in `input`.
    pub(crate) fn new(file: &str, input: &'a [u8]) -> Result<Text<'a>, Failure> {
        let utf16 = |rest: &[u8], big_endian: bool| -> Result<Text<'a>, Failure> {
            let units = rest.chunks(2).map(|pair| match *pair {
                [a, b] if big_endian => Ok(u16::from_be_bytes([a, b])),
                [a, b] => Ok(u16::from_le_bytes([a, b])),
                _ => Err(()),
            });
            let mut text = String::with_capacity(rest.len() / 2);
            let mut index = 0;
            let mut units = units.peekable();
            while let Some(unit) = units.next() {
                let at = 2 + 2 * index;
                let unit = unit.map_err(|()| Failure::Input {
                    file: file.to_owned(),
                    message: format!(
                        "invalid UTF-16 text: an odd number of bytes, the last one at offset {at} \
                         of the text"
                    ),
                    offset: Some(at),
                })?;
                let decoded = char::decode_utf16([unit]).next();
                match decoded {
                    Some(Ok(c)) => text.push(c),
                    _ => {
                        // A high surrogate and its low one, or an unpaired surrogate.
                        let low = units.peek().and_then(|u| u.as_ref().ok().copied());
                        match low.and_then(|low| char::decode_utf16([unit, low]).next()) {
                            Some(Ok(c)) => {
                                text.push(c);
                                units.next();
                                index += 1;
                            }
                            _ => {
                                return Err(Failure::Input {
                                    file: file.to_owned(),
                                    message: format!(
                                        "invalid UTF-16 text: unpaired surrogate {unit:#06x} at \
                                         offset {at} of the text"
                                    ),
                                    offset: Some(at),
                                })
                            }
                        }
                    }
                }
                index += 1;
            }
            Ok(Text {
                bytes: Cow::Owned(text.into_bytes()),
                bom: 2,
                unit: 2,
                what: "the text",
            })
        };
        match input {
            [0xEF, 0xBB, 0xBF, rest @ ..] => Ok(Text {
                bytes: Cow::Borrowed(rest),
                bom: 3,
                unit: 1,
                what: "the text",
            }),
            [0xFF, 0xFE, rest @ ..] => utf16(rest, false),
            [0xFE, 0xFF, rest @ ..] => utf16(rest, true),
            _ => Ok(Text {
                bytes: Cow::Borrowed(input),
                bom: 0,
                unit: 1,
                what: "the text",
            }),
        }
    }

    /// A line of `decode --lines` (UTF-8 or ASCII), after a UTF-8 byte-order mark of `bom` bytes.
    pub(crate) fn line(text: &'a [u8], bom: usize) -> Text<'a> {
        Text {
            bytes: Cow::Borrowed(text),
            bom,
            unit: 1,
            what: "the line",
        }
    }

    /// The offset in the text as given of the byte at `offset` in [`Text::bytes`], when every
    /// character before it is ASCII (as before any hex or base64 error).
    pub(crate) fn original(&self, offset: usize) -> usize {
        self.bom + offset * self.unit
    }
}

/// Decodes hexadecimal text, ignoring ASCII whitespace.
pub(crate) fn from_hex(file: &str, text: &Text<'_>) -> Result<Vec<u8>, Failure> {
    let error = |message: String, offset: usize| Failure::Input {
        file: file.to_owned(),
        message: format!(
            "invalid hex input: {message}, at offset {offset} of {}",
            text.what
        ),
        offset: Some(offset),
    };
    let mut out = Vec::with_capacity(text.bytes.len() / 2);
    let mut high: Option<(usize, u8)> = None;
    for (offset, &c) in text.bytes.iter().enumerate() {
        if c.is_ascii_whitespace() {
            continue;
        }
        let digit = (c as char).to_digit(16).ok_or_else(|| {
            error(
                format!("{} is not a hex digit", shown(c)),
                text.original(offset),
            )
        })? as u8;
        match high.take() {
            None => high = Some((offset, digit)),
            Some((_, h)) => out.push(h << 4 | digit),
        }
    }
    if let Some((offset, _)) = high {
        return Err(error(
            "odd number of hex digits, the last one".to_owned(),
            text.original(offset),
        ));
    }
    Ok(out)
}

/// Decodes base64 text (standard alphabet, padding optional), ignoring ASCII whitespace. An error
/// gives its offset in the text as given (whitespace counted), as [`from_hex`] does.
pub(crate) fn from_base64(file: &str, text: &Text<'_>) -> Result<Vec<u8>, Failure> {
    let compact: Vec<u8> = text
        .bytes
        .iter()
        .copied()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    engine.decode(&compact).map_err(|e| {
        let (message, index) = base64_error(&e);
        let offset = index.map(|i| text.original(original_offset(&text.bytes, i)));
        Failure::Input {
            file: file.to_owned(),
            message: match offset {
                Some(offset) => {
                    format!(
                        "invalid base64 input: {message}, at offset {offset} of {}",
                        text.what
                    )
                }
                None => format!("invalid base64 input: {message}"),
            },
            offset,
        }
    })
}

/// A base64 error's message, and its index in the text without whitespace.
fn base64_error(e: &base64::DecodeError) -> (String, Option<usize>) {
    use base64::DecodeError;
    match *e {
        DecodeError::InvalidByte(index, b'=') => (
            "padding '=' out of place (one or two may end the text)".to_owned(),
            Some(index),
        ),
        DecodeError::InvalidByte(index, byte) => (
            format!("{} is not a base64 character", shown(byte)),
            Some(index),
        ),
        DecodeError::InvalidLastSymbol(index, byte) => (
            format!(
                "the last character {} has bits set that no byte uses (truncated or altered \
                 text?)",
                shown(byte)
            ),
            Some(index),
        ),
        DecodeError::InvalidLength(symbols) => (
            format!(
                "{symbols} base64 characters: the last one is alone in its group of 4 and makes \
                 no byte (truncated text?)"
            ),
            Some(symbols.saturating_sub(1)),
        ),
        DecodeError::InvalidPadding => ("invalid padding".to_owned(), None),
    }
}

/// A byte of the text: the character when it is printable ASCII, its value otherwise.
fn shown(byte: u8) -> String {
    if byte.is_ascii_graphic() {
        format!("{:?}", byte as char)
    } else {
        format!("byte 0x{byte:02x}")
    }
}

/// The offset in `text` of its `index`-th character that is not ASCII whitespace (computed only
/// for an error, so that decoding keeps no table of offsets).
fn original_offset(text: &[u8], index: usize) -> usize {
    text.iter()
        .enumerate()
        .filter(|(_, c)| !c.is_ascii_whitespace())
        .nth(index)
        .map_or(text.len(), |(offset, _)| offset)
}

/// Reads one input and undoes its text encoding.
pub(crate) fn read_bytes(
    file: Option<&PathBuf>,
    encoding: &Encoding,
) -> Result<(String, Vec<u8>), Failure> {
    let (name, input) = read_input(file)?;
    let bytes = decode_text(&name, input, encoding)?;
    Ok((name, bytes))
}

/// Undoes the text encoding of `input` (nothing for raw bytes, which keep any leading bytes that
/// look like a byte-order mark).
pub(crate) fn decode_text(
    name: &str,
    input: Vec<u8>,
    encoding: &Encoding,
) -> Result<Vec<u8>, Failure> {
    if encoding.hex {
        from_hex(name, &Text::new(name, &input)?)
    } else if encoding.base64 {
        from_base64(name, &Text::new(name, &input)?)
    } else {
        Ok(input)
    }
}

/// A control code given on the command line; an unknown name is a usage error.
pub(crate) fn parse_code(text: &str) -> Result<ControlCode, Failure> {
    text.parse()
        .map_err(|e: clusprop::control::UnknownControlName| Failure::Usage(e.to_string()))
}
