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

/// Decodes base64 text (standard alphabet, padding optional), ignoring ASCII whitespace.
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
        .map_err(|e| Failure::Input(format!("invalid base64 input: {e}")))
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
