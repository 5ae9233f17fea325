//! `clusprop show`.
//!
//! Memory: the inputs, the typed properties (the known ones, decoded) and a constant. The typed
//! properties' lists (the MULTI_SZ ones: addresses, prefix lengths) and the unknown properties are
//! printed from the buffers (borrowed views; each item parsed as it is written, each unknown
//! value's JSON written straight to the output) and every row is written as it is formatted:
//! nothing holds a second copy of a large value or of the text, nor a structure per item.

use crate::input::read_bytes;
use crate::output::{write_json, Sink};
use crate::{Failure, ObjectKind, ShowArgs};
use clusprop::objects::netinterface::{
    NetInterfaceCommonProperties, NetInterfaceState, NETINTERFACE,
};
use clusprop::objects::network::{NetworkCommonProperties, NetworkState, NETWORK};
use clusprop::schema::{from_property_list, Parsed, Schema};
use clusprop::{MultiSz, Property, PropertyList, Syntax};
use serde::de::{self, DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use std::fmt::{self, Display, Write as _};
use std::io::{self, Write};
use std::marker::PhantomData;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::FromStr;
use std::sync::OnceLock;

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

/// The strings of a MULTI_SZ, each parsed as the typed field parses it.
fn parsed<T: FromStr>(items: Option<MultiSz<'_>>) -> impl Iterator<Item = Parsed<T>> + '_ {
    items
        .into_iter()
        .flat_map(|list| list.iter())
        .map(|s| Parsed::parse(s.to_string_lossy()))
}

/// The items joined with `, `, `(none)` when there are none.
fn list_of<T: FromStr + Display>(items: Option<MultiSz<'_>>) -> Cell<'_> {
    lazy(move |f| {
        if items.is_none() {
            return f.write_str("(none)");
        }
        for (i, item) in parsed::<T>(items).enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            item.fmt(f)?;
        }
        Ok(())
    })
}

/// The typed properties of each kind, merged from the inputs in order, without their lists (see
/// [`Lists`]).
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
    // Each input parsed (strictly) and its known properties checked and decoded, in order, the
    // lists only checked (the input that holds each is noted); the first failure names its
    // input. The unknown properties and the lists stay in the buffers.
    let mut lists = Vec::with_capacity(inputs.len());
    let mut chosen: Vec<(&'static str, usize)> = Vec::new();
    for (index, (name, bytes)) in inputs.iter().enumerate() {
        let list = PropertyList::parse(bytes).map_err(|e| Failure::Parse(name.clone(), e))?;
        let property = |e| Failure::Property(name.clone(), e);
        let held = match &mut typed {
            Typed::Network(props) => {
                let read: Lists<NetworkCommonProperties> =
                    from_property_list(&list).map_err(property)?;
                props.merge(read.typed);
                read.held
            }
            Typed::Netinterface(props) => {
                let read: Lists<NetInterfaceCommonProperties> =
                    from_property_list(&list).map_err(property)?;
                props.merge(read.typed);
                read.held
            }
        };
        // A later list that holds one replaces what an earlier one had (the typed merge).
        for field in held {
            chosen.retain(|(f, _)| *f != field);
            chosen.push((field, index));
        }
        lists.push(list);
    }
    // A list of another object (a resource's, a node's) would read as "(none)" everywhere:
    // refused, naming what this object's lists hold. Name and Description do not tell (every
    // object has them).
    let telling = |name: &str| !["Name", "Description"].contains(&name);
    if !lists.iter().any(|list| {
        list.properties().any(|p| {
            schema
                .properties
                .iter()
                .any(|spec| telling(spec.name) && p.name().eq_ignore_case(spec.name))
        })
    }) {
        let files: Vec<&str> = inputs.iter().map(|(name, _)| name.as_str()).collect();
        let expected: Vec<&str> = schema
            .properties
            .iter()
            .map(|p| p.name)
            .filter(|name| telling(name))
            .collect();
        let found: Vec<String> = lists
            .iter()
            .flat_map(|list| list.properties())
            .take(6)
            .map(|p| p.name().to_string_lossy())
            .collect();
        let found = match found.len() {
            0 => "it holds no property at all".to_owned(),
            _ => format!("it holds {}", found.join(", ")),
        };
        return Err(Failure::input(
            files.join(", "),
            format!(
                "not the common properties of a {object}: none of {} is there ({found}{more})",
                expected.join(", "),
                object = schema.object,
                more = if lists.iter().map(PropertyList::len).sum::<usize>() > 6 {
                    ", …"
                } else {
                    ""
                },
            ),
        ));
    }
    // The strings of the list property `field` as the typed merge picks them: from the last input
    // that holds it with at least one string.
    let items = |field: &str| -> Option<MultiSz<'_>> {
        let (_, index) = chosen.iter().find(|(f, _)| *f == field)?;
        lists
            .get(*index)?
            .properties()
            .find(|p| p.name().eq_ignore_case(field))?
            .value()?
            .as_multi_sz()
    };

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
                prefixes::<Ipv4Addr>(items("IPv4Addresses"), items("IPv4PrefixLengths")),
            ));
            rows.push((
                "IPv6 prefixes",
                prefixes::<Ipv6Addr>(items("IPv6Addresses"), items("IPv6PrefixLengths")),
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
            rows.push((
                "IPv4 addresses",
                list_of::<Ipv4Addr>(items("IPv4Addresses")),
            ));
            rows.push((
                "IPv6 addresses",
                list_of::<Ipv6Addr>(items("IPv6Addresses")),
            ));
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
    let mut sink = Sink::open(None)?;
    if args.json {
        let pretty = args.style.pretty(&sink);
        let json = ShowJson {
            schema,
            lists: &lists,
            title: &title,
            rows: &rows,
            state: args.state,
        };
        return sink.write(|out| write_json(out, &json, pretty));
    }
    let mut out = sink.writer();
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
        Ok(())
    })();
    written.map_err(|e| sink.failure(e))?;
    sink.finish()
}

/// `show --json`: `{"object", "title", "properties", "display", "state", "unknown"}`.
///
/// `properties` holds the object's properties found in the lists, by their schema name, as plain
/// JSON values (the `value` of the canonical JSON: what `encode --schema` reads back): each from
/// the last list that holds it (a list property: the last with at least one string), as the typed
/// merge takes it. `display` holds the rows of the text view. `state` is `--state`'s number.
/// `unknown` holds the other properties, in the canonical JSON.
struct ShowJson<'s, 'a> {
    schema: &'static Schema,
    lists: &'s [PropertyList<'a>],
    title: &'s Cell<'s>,
    rows: &'s [(&'s str, Cell<'s>)],
    state: Option<i32>,
}

impl serde::Serialize for ShowJson<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("object", self.schema.object)?;
        map.serialize_entry("title", &self.title.to_string())?;
        map.serialize_entry("properties", &Known(self.schema, self.lists))?;
        map.serialize_entry("display", &Rows(self.rows))?;
        if let Some(state) = self.state {
            map.serialize_entry("state", &state)?;
        }
        let unknown: Vec<Property<'_>> = self
            .lists
            .iter()
            .flat_map(|list| self.schema.unknown_properties(list))
            .collect();
        map.serialize_entry("unknown", &unknown)?;
        map.end()
    }
}

/// The rows of the text view, in its order: `{KEY: TEXT, ...}`.
struct Rows<'s>(&'s [(&'s str, Cell<'s>)]);

impl serde::Serialize for Rows<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(key, value)| (key, value.to_string())))
    }
}

/// The object's properties in the lists, as plain JSON values (see [`ShowJson`]).
struct Known<'s, 'a>(&'static Schema, &'s [PropertyList<'a>]);

impl serde::Serialize for Known<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for spec in self.0.properties {
            let held = |p: &Property<'_>| {
                p.name().eq_ignore_case(spec.name)
                    && p.value()
                        .and_then(|v| v.as_multi_sz())
                        .is_none_or(|m| m.iter().next().is_some())
            };
            let last = self
                .1
                .iter()
                .rev()
                .find_map(|list| list.properties().find(|p| held(p)));
            if let Some(value) = last.as_ref().and_then(Property::value) {
                map.serialize_entry(spec.name, &value.decoded())?;
            }
        }
        map.end()
    }
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
fn prefixes<'a, A: FromStr + Display>(
    addresses: Option<MultiSz<'a>>,
    lengths: Option<MultiSz<'a>>,
) -> Cell<'a> {
    lazy(move |f| {
        if addresses.is_none() {
            return f.write_str("(none)");
        }
        let mut lengths = parsed::<u8>(lengths);
        for (i, a) in parsed::<A>(addresses).enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            match lengths.next() {
                Some(l) => write!(f, "{a}/{l}")?,
                None => a.fmt(f)?,
            }
        }
        Ok(())
    })
}

/// The typed properties of an object kind, as `show` reads them.
trait Kind: DeserializeOwned + Default {
    /// The kind's schema: the typed struct's fields are its properties, in its order.
    const SCHEMA: &'static Schema;
    /// The property names (the typed struct's serde field names).
    fn fields() -> &'static [&'static str];
    /// The typed merge: what `later` holds replaces what `self` had.
    fn merge(&mut self, later: Self);
}

/// The schema's property names, made `'static` once.
fn names(schema: &Schema) -> Vec<&'static str> {
    schema.properties.iter().map(|p| p.name).collect()
}

impl Kind for NetworkCommonProperties {
    const SCHEMA: &'static Schema = &NETWORK;
    fn fields() -> &'static [&'static str] {
        static FIELDS: OnceLock<Vec<&'static str>> = OnceLock::new();
        FIELDS.get_or_init(|| names(Self::SCHEMA))
    }
    fn merge(&mut self, later: Self) {
        NetworkCommonProperties::merge(self, later);
    }
}

impl Kind for NetInterfaceCommonProperties {
    const SCHEMA: &'static Schema = &NETINTERFACE;
    fn fields() -> &'static [&'static str] {
        static FIELDS: OnceLock<Vec<&'static str>> = OnceLock::new();
        FIELDS.get_or_init(|| names(Self::SCHEMA))
    }
    fn merge(&mut self, later: Self) {
        NetInterfaceCommonProperties::merge(self, later);
    }
}

/// One property list read as the typed struct `P` reads it (`from_property_list::<P>`), with the
/// same checks and the same errors in the same order, except that the MULTI_SZ properties (the
/// typed struct's `Vec` fields: addresses, prefix lengths) are only checked, their strings
/// counted one at a time, never collected: `typed` holds everything else, `held` the MULTI_SZ
/// properties with at least one string (what the typed merge would take from this list).
///
/// Each known property other than a list is read into a `P` of its own (a one-entry map handed
/// to `P`'s own `Deserialize`) and merged: exactly the typed field's reading.
struct Lists<P> {
    typed: P,
    held: Vec<&'static str>,
}

impl<'de, P: Kind> de::Deserialize<'de> for Lists<P> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct("Lists", P::fields(), ListsVisitor(PhantomData))
    }
}

struct ListsVisitor<P>(PhantomData<P>);

impl<'de, P: Kind> Visitor<'de> for ListsVisitor<P> {
    type Value = Lists<P>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property list")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Lists<P>, A::Error> {
        let fields = P::fields();
        let mut seen = vec![false; fields.len()];
        let mut read = Lists {
            typed: P::default(),
            held: Vec::new(),
        };
        // The property list's map hands known properties over with the field's spelling.
        while let Some(key) = map.next_key::<String>()? {
            let known = fields.iter().zip(P::SCHEMA.properties).zip(&mut seen);
            let Some(((&field, spec), seen)) = known.into_iter().find(|((f, _), _)| **f == key)
            else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            // As serde's derive: a field given twice is an error, before its value is read.
            if std::mem::replace(seen, true) {
                return Err(de::Error::duplicate_field(field));
            }
            if spec.syntax == Syntax::LIST_VALUE_MULTI_SZ {
                if map.next_value_seed(CountStrings)? > 0 {
                    read.held.push(field);
                }
            } else {
                let one: P = map.next_value_seed(OneField(field, PhantomData))?;
                read.typed.merge(one);
            }
        }
        Ok(read)
    }
}

/// Reads a `Vec<Parsed<_>>` field's value as its `Deserialize` does (a sequence of strings),
/// counting the strings and dropping each.
struct CountStrings;

impl<'de> DeserializeSeed<'de> for CountStrings {
    type Value = usize;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for CountStrings {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<usize, A::Error> {
        let mut count = 0usize;
        // `Parsed` reads a `String` (and keeps it when it does not parse).
        while seq.next_element::<String>()?.is_some() {
            count += 1;
        }
        Ok(count)
    }
}

/// One field's value read into a `P` (the other fields left at their defaults).
struct OneField<P>(&'static str, PhantomData<P>);

impl<'de, P: Kind> DeserializeSeed<'de> for OneField<P> {
    type Value = P;

    fn deserialize<D: de::Deserializer<'de>>(self, value: D) -> Result<P, D::Error> {
        P::deserialize(OneEntry {
            key: Some(self.0),
            value: Some(value),
        })
    }
}

/// A map of one entry: the field's name and its value's deserializer.
struct OneEntry<D> {
    key: Option<&'static str>,
    value: Option<D>,
}

impl<'de, D: de::Deserializer<'de>> de::Deserializer<'de> for OneEntry<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        visitor.visit_map(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de, D: de::Deserializer<'de>> MapAccess<'de> for OneEntry<D> {
    type Error = D::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, D::Error> {
        self.key
            .take()
            .map(|key| seed.deserialize(de::value::BorrowedStrDeserializer::new(key)))
            .transpose()
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, D::Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(value),
            None => Err(de::Error::custom("a value was asked for twice")),
        }
    }
}
