//! Reading inputs: files or standard input, raw bytes or hex / base64 text.

use crate::{Encoding, Failure};
use base64::Engine as _;
use clusprop::control::ControlCode;
use std::io::{self, Read};
use std::path::PathBuf;

/// Reads FILE, or standard input for `-` or no FILE.
pub(crate) fn read_input(file: Option<&PathBuf>) -> Result<(String, Vec<u8>), Failure> {
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
pub(crate) fn from_hex(text: &[u8]) -> Result<Vec<u8>, Failure> {
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

/// Decodes base64 text (standard alphabet, padding optional), ignoring ASCII whitespace. An error
/// gives its offset in the text as given (whitespace counted), as [`from_hex`] does.
pub(crate) fn from_base64(text: &[u8]) -> Result<Vec<u8>, Failure> {
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
        .map_err(|e| Failure::Input(format!("invalid base64 input: {}", base64_error(text, &e))))
}

/// A base64 error, its offset (an index in the text without whitespace) turned into one in
/// `text`.
fn base64_error(text: &[u8], e: &base64::DecodeError) -> String {
    use base64::DecodeError;
    let at = |index: usize| original_offset(text, index);
    match *e {
        DecodeError::InvalidByte(index, b'=') => format!(
            "padding '=' out of place (one or two may end the text), at offset {} of the text",
            at(index)
        ),
        DecodeError::InvalidByte(index, byte) => format!(
            "{} is not a base64 character, at offset {} of the text",
            shown(byte),
            at(index)
        ),
        DecodeError::InvalidLastSymbol(index, byte) => format!(
            "the last character {} has bits set that no byte uses (truncated or altered text?), \
             at offset {} of the text",
            shown(byte),
            at(index)
        ),
        DecodeError::InvalidLength(symbols) => format!(
            "{symbols} base64 characters: the last one is alone in its group of 4 and makes no \
             byte (truncated text?), at offset {} of the text",
            at(symbols.saturating_sub(1))
        ),
        DecodeError::InvalidPadding => "invalid padding".to_owned(),
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
    let bytes = if encoding.hex {
        from_hex(&input)?
    } else if encoding.base64 {
        from_base64(&input)?
    } else {
        input
    };
    Ok((name, bytes))
}

pub(crate) fn parse_code(text: &str) -> Result<ControlCode, Failure> {
    text.parse()
        .map_err(|e: clusprop::control::UnknownControlName| Failure::Input(e.to_string()))
}
