//! `clusprop encode`.

use crate::input::read_input;
use crate::{EncodeArgs, Failure, SchemaKind};
use clusprop::objects::netinterface::NETINTERFACE;
use clusprop::objects::network::NETWORK;
use clusprop::{OwnedPropertyList, OwnedValueList};
use std::io::{self, IsTerminal, Write};

/// Reads `T` from JSON text; an error names the JSON path where it broke.
fn from_json<T: serde::de::DeserializeOwned>(name: &str, text: &[u8]) -> Result<T, Failure> {
    let mut de = serde_json::Deserializer::from_slice(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        Failure::Input(format!(
            "{name}: invalid JSON at {path}: {}",
            e.into_inner()
        ))
    })?;
    de.end()
        .map_err(|e| Failure::Input(format!("{name}: invalid JSON after the value: {e}")))?;
    Ok(value)
}

pub(crate) fn encode(args: &EncodeArgs) -> Result<(), Failure> {
    let (name, text) = read_input(args.file.as_ref())?;
    let bytes = match args.schema {
        Some(kind) => {
            let update: serde_json::Value = from_json(&name, &text)?;
            let schema = match kind {
                SchemaKind::NetworkUpdate => &NETWORK,
                SchemaKind::NetinterfaceUpdate => &NETINTERFACE,
            };
            schema
                .payload(&update)
                .map_err(|e| Failure::Property(name.clone(), e))?
        }
        None if args.value_list => {
            let list: OwnedValueList = from_json(&name, &text)?;
            list.to_bytes()
                .map_err(|e| Failure::Input(format!("{name}: {e}")))?
        }
        None => {
            let list: OwnedPropertyList = from_json(&name, &text)?;
            list.to_bytes()
                .map_err(|e| Failure::Input(format!("{name}: {e}")))?
        }
    };
    let stdout = io::stdout();
    let hex = args.hex || (args.output.is_none() && stdout.is_terminal());
    let out: Vec<u8> = if hex {
        let mut s: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        s.push('\n');
        s.into_bytes()
    } else {
        bytes
    };
    match &args.output {
        Some(path) => {
            std::fs::write(path, out).map_err(|e| Failure::Io(path.display().to_string(), e))
        }
        None => {
            let mut lock = stdout.lock();
            lock.write_all(&out)
                .and_then(|()| lock.flush())
                .map_err(|e| Failure::Io("standard output".into(), e))
        }
    }
}
