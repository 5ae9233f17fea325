//! `clusprop show`.

use crate::input::read_bytes;
use crate::{Failure, ObjectKind, ShowArgs};
use clusprop::objects::netinterface::{NetInterfaceCommonProperties, NetInterfaceState};
use clusprop::objects::network::{NetworkCommonProperties, NetworkState};
use clusprop::schema::Parsed;
use clusprop::{PropertyError, PropertyList};
use std::io::{self, Write};

/// `value`, `(none)` when absent, `(empty)` when empty.
fn or_none<T: std::fmt::Display>(value: Option<&T>) -> String {
    match value.map(ToString::to_string) {
        None => "(none)".to_owned(),
        Some(s) if s.is_empty() => "(empty)".to_owned(),
        Some(s) => s,
    }
}

fn list_of<T: std::fmt::Display>(items: &[T]) -> String {
    if items.is_empty() {
        return "(none)".to_owned();
    }
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn show(args: &ShowArgs) -> Result<(), Failure> {
    let mut inputs = Vec::new();
    for file in &args.files {
        inputs.push(read_bytes(Some(file), &args.encoding)?);
    }
    let mut lines: Vec<(String, String)> = Vec::new();
    let mut row = |k: &str, v: String| lines.push((k.to_owned(), v));
    let (title, other) = match args.object {
        ObjectKind::Network => {
            let mut props = NetworkCommonProperties::default();
            merge_all(&inputs, |list| props.merge_list(list))?;
            row("Description", or_none(props.description.as_ref()));
            row(
                "Role",
                or_none(props.role.as_ref()).to_string()
                    + &props
                        .role
                        .map(|r| format!(" ({})", r.0))
                        .unwrap_or_default(),
            );
            let metric = match (props.metric, props.auto_metric) {
                (Some(m), Some(true)) => format!("{m} (set automatically)"),
                (Some(m), Some(false)) => format!("{m} (set manually)"),
                (m, _) => or_none(m.as_ref()),
            };
            row("Metric", metric);
            row(
                "Address",
                match (&props.address, &props.address_mask) {
                    (Some(a), Some(m)) => format!("{a} mask {m}"),
                    (a, _) => or_none(a.as_ref()),
                },
            );
            row(
                "IPv4 subnets",
                prefixes(&props.ipv4_addresses, &props.ipv4_prefix_lengths),
            );
            row(
                "IPv6 prefixes",
                prefixes(&props.ipv6_addresses, &props.ipv6_prefix_lengths),
            );
            if let Some(state) = args.state {
                // Two's complement, as clusapi's enum: -1 is UNKNOWN (u32::MAX).
                row("State", format!("{} ({state})", NetworkState(state as u32)));
            }
            (
                format!("Network {}", quoted(props.name.as_deref())),
                props.other,
            )
        }
        ObjectKind::Netinterface => {
            let mut props = NetInterfaceCommonProperties::default();
            merge_all(&inputs, |list| props.merge_list(list))?;
            row("Description", or_none(props.description.as_ref()));
            row("Node", or_none(props.node.as_ref()));
            row("Network", or_none(props.network.as_ref()));
            row("Adapter", or_none(props.adapter.as_ref()));
            row("Adapter ID", or_none(props.adapter_id.as_ref()));
            row("Address", or_none(props.address.as_ref()));
            row(
                "DHCP",
                props.dhcp_enabled.map_or("(none)".to_owned(), |d| {
                    if d { "enabled" } else { "disabled" }.to_owned()
                }),
            );
            row("IPv4 addresses", list_of(&props.ipv4_addresses));
            row("IPv6 addresses", list_of(&props.ipv6_addresses));
            if let Some(state) = args.state {
                row(
                    "State",
                    format!("{} ({state})", NetInterfaceState(state as u32)),
                );
            }
            (
                format!("Network interface {}", quoted(props.name.as_deref())),
                props.other,
            )
        }
    };
    for property in &other {
        let values: Vec<String> = property
            .values
            .iter()
            .map(|v| serde_json::to_string(&v.view()).unwrap_or_default())
            .collect();
        row(&property.name, values.join(", "));
    }
    let width = lines.iter().map(|(k, _)| k.len()).max().unwrap_or(0) + 1;
    let mut text = format!("{title}\n");
    for (key, value) in lines {
        text.push_str(&format!("  {:<width$} {value}\n", format!("{key}:")));
    }
    io::stdout()
        .write_all(text.as_bytes())
        .map_err(|e| Failure::Io("standard output".into(), e))
}

/// Parses each input (strictly) and hands it to `merge`; the first failure names its input.
fn merge_all(
    inputs: &[(String, Vec<u8>)],
    mut merge: impl FnMut(&PropertyList<'_>) -> Result<(), PropertyError>,
) -> Result<(), Failure> {
    for (name, bytes) in inputs {
        let list = PropertyList::parse(bytes).map_err(|e| Failure::Parse(name.clone(), e))?;
        merge(&list).map_err(|e| Failure::Property(name.clone(), e))?;
    }
    Ok(())
}

fn quoted(name: Option<&str>) -> String {
    name.map_or_else(|| "(no name)".to_owned(), |n| format!("{n:?}"))
}

/// `address/length` pairs; an address or length that did not parse is shown as it came.
fn prefixes<A: std::fmt::Display>(addresses: &[Parsed<A>], lengths: &[Parsed<u8>]) -> String {
    if addresses.is_empty() {
        return "(none)".to_owned();
    }
    addresses
        .iter()
        .enumerate()
        .map(|(i, a)| match lengths.get(i) {
            Some(l) => format!("{a}/{l}"),
            None => a.to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
