//! `clusprop show`.
//!
//! Memory: the inputs, the typed properties (the known ones, decoded) and a constant. Unknown
//! properties are printed from the buffers (borrowed views, each value's JSON written straight to
//! the output) and every row is written as it is formatted: nothing holds a second copy of a
//! large value or of the text.

use crate::input::read_bytes;
use crate::{Failure, ObjectKind, ShowArgs};
use clusprop::objects::netinterface::{
    NetInterfaceCommonProperties, NetInterfaceState, NETINTERFACE,
};
use clusprop::objects::network::{NetworkCommonProperties, NetworkState, NETWORK};
use clusprop::schema::{from_property_list, Parsed, Schema};
use clusprop::{Property, PropertyList};
use std::fmt::{self, Display, Write as _};
use std::io::{self, Write};

/// Something displayed by a closure: a row's value, formatted as it is written.
struct Lazy<F>(F);

impl<F: Fn(&mut fmt::Formatter<'_>) -> fmt::Result> Display for Lazy<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (self.0)(f)
    }
}

type Cell<'a> = Box<dyn Display + 'a>;

fn lazy<'a>(f: impl Fn(&mut fmt::Formatter<'_>) -> fmt::Result + 'a) -> Cell<'a> {
    Box::new(Lazy(f))
}

/// Whether `value` displays as nothing (found without formatting all of it).
fn displays_empty(value: &dyn Display) -> bool {
    struct AnyText(bool);
    impl fmt::Write for AnyText {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            if s.is_empty() {
                return Ok(());
            }
            self.0 = true;
            Err(fmt::Error) // seen enough
        }
    }
    let mut seen = AnyText(false);
    let _ = write!(seen, "{value}");
    !seen.0
}

/// `value`, `(none)` when absent, `(empty)` when empty.
fn or_none<T: Display>(value: Option<&T>) -> Cell<'_> {
    lazy(move |f| match value {
        None => f.write_str("(none)"),
        Some(v) if displays_empty(v) => f.write_str("(empty)"),
        Some(v) => v.fmt(f),
    })
}

/// The items joined with `, `, `(none)` when there are none.
fn list_of<T: Display>(items: &[T]) -> Cell<'_> {
    lazy(move |f| {
        if items.is_empty() {
            return f.write_str("(none)");
        }
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            item.fmt(f)?;
        }
        Ok(())
    })
}

/// The typed properties of each kind, merged from the inputs in order.
enum Typed {
    Network(NetworkCommonProperties),
    Netinterface(NetInterfaceCommonProperties),
}

pub(crate) fn show(args: &ShowArgs) -> Result<(), Failure> {
    let mut inputs = Vec::new();
    for file in &args.files {
        inputs.push(read_bytes(Some(file), &args.encoding)?);
    }
    let (schema, mut typed): (&Schema, Typed) = match args.object {
        ObjectKind::Network => (&NETWORK, Typed::Network(Default::default())),
        ObjectKind::Netinterface => (&NETINTERFACE, Typed::Netinterface(Default::default())),
    };
    // Each input parsed (strictly) and its known properties decoded, in order; the first
    // failure names its input. The unknown ones stay in the buffers.
    let mut lists = Vec::with_capacity(inputs.len());
    for (name, bytes) in &inputs {
        let list = PropertyList::parse(bytes).map_err(|e| Failure::Parse(name.clone(), e))?;
        let property = |e| Failure::Property(name.clone(), e);
        match &mut typed {
            Typed::Network(props) => props.merge(from_property_list(&list).map_err(property)?),
            Typed::Netinterface(props) => {
                props.merge(from_property_list(&list).map_err(property)?);
            }
        }
        lists.push(list);
    }

    let mut rows: Vec<(&str, Cell<'_>)> = Vec::new();
    let title: Cell<'_> = match &typed {
        Typed::Network(props) => {
            rows.push(("Description", or_none(props.description.as_ref())));
            let role = props.role.as_ref();
            rows.push((
                "Role",
                lazy(move |f| {
                    or_none(role).fmt(f)?;
                    role.map_or(Ok(()), |r| write!(f, " ({})", r.0))
                }),
            ));
            let metric: Cell<'_> = match (props.metric, props.auto_metric) {
                (Some(m), Some(true)) => Box::new(format!("{m} (set automatically)")),
                (Some(m), Some(false)) => Box::new(format!("{m} (set manually)")),
                (_, _) => or_none(props.metric.as_ref()),
            };
            rows.push(("Metric", metric));
            rows.push((
                "Address",
                match (&props.address, &props.address_mask) {
                    (Some(a), Some(m)) => lazy(move |f| write!(f, "{a} mask {m}")),
                    (a, _) => or_none(a.as_ref()),
                },
            ));
            rows.push((
                "IPv4 subnets",
                prefixes(&props.ipv4_addresses, &props.ipv4_prefix_lengths),
            ));
            rows.push((
                "IPv6 prefixes",
                prefixes(&props.ipv6_addresses, &props.ipv6_prefix_lengths),
            ));
            if let Some(state) = args.state {
                let state = NetworkState(state as u32);
                rows.push(("State", Box::new(format!("{state} ({})", state.0 as i32))));
            }
            let name = props.name.as_deref();
            lazy(move |f| write!(f, "Network {}", Quoted(name)))
        }
        Typed::Netinterface(props) => {
            rows.push(("Description", or_none(props.description.as_ref())));
            rows.push(("Node", or_none(props.node.as_ref())));
            rows.push(("Network", or_none(props.network.as_ref())));
            rows.push(("Adapter", or_none(props.adapter.as_ref())));
            rows.push(("Adapter ID", or_none(props.adapter_id.as_ref())));
            rows.push(("Address", or_none(props.address.as_ref())));
            let dhcp = match props.dhcp_enabled {
                None => "(none)",
                Some(true) => "enabled",
                Some(false) => "disabled",
            };
            rows.push(("DHCP", Box::new(dhcp)));
            rows.push(("IPv4 addresses", list_of(&props.ipv4_addresses)));
            rows.push(("IPv6 addresses", list_of(&props.ipv6_addresses)));
            if let Some(state) = args.state {
                let state = NetInterfaceState(state as u32);
                rows.push(("State", Box::new(format!("{state} ({})", state.0 as i32))));
            }
            let name = props.name.as_deref();
            lazy(move |f| write!(f, "Network interface {}", Quoted(name)))
        }
    };
    let unknown = || {
        lists
            .iter()
            .flat_map(|list| schema.unknown_properties(list))
    };

    // The key column: as wide as the longest key (in bytes of UTF-8) and its colon.
    let utf8_len = |p: &Property<'_>| p.name().chars().map(char::len_utf8).sum::<usize>();
    let width = rows
        .iter()
        .map(|(k, _)| k.len())
        .chain(unknown().map(|p| utf8_len(&p)))
        .max()
        .unwrap_or(0)
        + 1;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = (|| {
        writeln!(out, "{title}")?;
        for (key, value) in &rows {
            key_column(&mut out, key, key.chars().count(), width)?;
            writeln!(out, "{value}")?;
        }
        for property in unknown() {
            let name = property.name();
            key_column(&mut out, &name, name.chars().count(), width)?;
            for (i, value) in property.values().enumerate() {
                if i > 0 {
                    out.write_all(b", ")?;
                }
                serde_json::to_writer(&mut out, &value)?;
            }
            out.write_all(b"\n")?;
        }
        out.flush()
    })();
    written.map_err(|e| Failure::Io("standard output".into(), e))
}

/// `  KEY: ` with the key and its colon padded with spaces to `width` characters (as
/// `{:<width$}` pads: the key's `chars` characters and the colon, then spaces).
fn key_column(
    out: &mut impl Write,
    key: &dyn Display,
    chars: usize,
    width: usize,
) -> io::Result<()> {
    write!(out, "  {key}:")?;
    let pad = width.saturating_sub(chars + 1);
    write!(out, "{:pad$} ", "")
}

/// A name as `Debug` quotes it, or `(no name)`.
struct Quoted<'a>(Option<&'a str>);

impl Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            None => f.write_str("(no name)"),
            Some(n) => write!(f, "{n:?}"),
        }
    }
}

/// `address/length` pairs; an address or length that did not parse is shown as it came.
fn prefixes<'a, A: Display>(addresses: &'a [Parsed<A>], lengths: &'a [Parsed<u8>]) -> Cell<'a> {
    lazy(move |f| {
        if addresses.is_empty() {
            return f.write_str("(none)");
        }
        for (i, a) in addresses.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            match lengths.get(i) {
                Some(l) => write!(f, "{a}/{l}")?,
                None => a.fmt(f)?,
            }
        }
        Ok(())
    })
}
