//! The schema layer from arbitrary input, each call checked against what it promises:
//!
//! * a struct of every mapped form (integers, flags, strings, `ExpandSz`, FILETIME, security
//!   descriptors, bytes with and without serde_bytes, string lists, newtypes, a map and a struct
//!   nested as property lists, options): what `to_property_list` writes parses strictly and
//!   reads back (`from_property_list`) to the same struct; read as a `serde_json::Value`, every
//!   key is a property of the list;
//! * `NETWORK.payload` of arbitrary JSON objects: a payload it returns parses strictly,
//!   validates, and has one property per non-null entry;
//! * `NetworkUpdate::changed_from` an arbitrary current list (`Schema::changed_only`): `None`
//!   only when every updated property has the same value in the current list; otherwise a
//!   payload that validates and holds exactly the updated properties that differ;
//! * `merge_list`: the later list's properties win, the earlier ones stay where it has none;
//! * the interface state's MS-CMRP numbering round-trips.
#![no_main]

use arbitrary::Arbitrary;
use clusprop::objects::netinterface::NetInterfaceState;
use clusprop::objects::network::{
    NetworkCommonProperties, NetworkRole, NetworkState, NetworkUpdate, NETWORK,
};
use clusprop::read::names_eq;
use clusprop::schema::Parsed;
use clusprop::{
    from_property_list, to_property_list, ExpandSz, FileTime, PropertyList, SecurityDescriptor,
    Value,
};
use libfuzzer_sys::fuzz_target;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Serialize, Deserialize, Debug, PartialEq, Arbitrary)]
struct Wrapped(u32);

#[derive(Serialize, Deserialize, Debug, PartialEq, Arbitrary)]
#[serde(rename_all = "PascalCase")]
struct Every {
    dword: Option<u32>,
    long: Option<i32>,
    word: Option<u16>,
    ularge: Option<u64>,
    large: Option<i64>,
    flag: Option<bool>,
    text: Option<String>,
    #[arbitrary(with = |u: &mut arbitrary::Unstructured| Ok(Option::<String>::arbitrary(u)?.map(ExpandSz)))]
    expand: Option<ExpandSz>,
    strings: Option<Vec<String>>,
    #[serde(default, with = "serde_bytes")]
    bytes: Option<Vec<u8>>,
    /// A `Vec<u8>` without serde_bytes: a sequence of `u8`, written as BINARY.
    seq_bytes: Option<Vec<u8>>,
    #[arbitrary(with = |u: &mut arbitrary::Unstructured| Ok(Option::<Vec<u8>>::arbitrary(u)?.map(SecurityDescriptor)))]
    security: Option<SecurityDescriptor>,
    #[arbitrary(with = |u: &mut arbitrary::Unstructured| Ok(Option::<u64>::arbitrary(u)?.map(FileTime)))]
    time: Option<FileTime>,
    wrapped: Option<Wrapped>,
    map: Option<BTreeMap<String, u32>>,
    nested: Option<Box<Every>>,
}

/// A JSON value for a payload entry.
#[derive(Arbitrary, Debug)]
enum Json {
    Null,
    Bool(bool),
    U64(u64),
    I64(i64),
    Str(String),
    Strings(Vec<String>),
}

impl Json {
    fn value(&self) -> serde_json::Value {
        match self {
            Json::Null => serde_json::Value::Null,
            Json::Bool(b) => (*b).into(),
            Json::U64(v) => (*v).into(),
            Json::I64(v) => (*v).into(),
            Json::Str(s) => s.as_str().into(),
            Json::Strings(v) => v.clone().into(),
        }
    }
}

/// A property name: one of the schema's (in some case) or any text.
#[derive(Arbitrary, Debug)]
enum Name {
    Known(u8, bool),
    Any(String),
}

const NAMES: [&str; 11] = [
    "Name",
    "Description",
    "Role",
    "Metric",
    "AutoMetric",
    "Address",
    "AddressMask",
    "IPv4Addresses",
    "IPv4PrefixLengths",
    "IPv6Addresses",
    "IPv6PrefixLengths",
];

impl Name {
    fn text(&self) -> String {
        match self {
            Name::Known(i, upper) => {
                let name = NAMES[usize::from(*i) % NAMES.len()];
                if *upper {
                    name.to_uppercase()
                } else {
                    name.to_owned()
                }
            }
            Name::Any(s) => s.clone(),
        }
    }
}

/// The fields of a network's current properties, as a cluster could report them.
#[derive(Arbitrary, Debug)]
struct Current {
    name: Option<String>,
    description: Option<String>,
    role: Option<u32>,
    metric: Option<u32>,
    auto_metric: Option<bool>,
    address: Option<String>,
    ipv4_addresses: Vec<String>,
    ipv4_prefix_lengths: Vec<String>,
    ipv6_addresses: Vec<String>,
    ipv6_prefix_lengths: Vec<String>,
}

impl Current {
    fn properties(&self) -> NetworkCommonProperties {
        let mut p = NetworkCommonProperties::default();
        p.name.clone_from(&self.name);
        p.description.clone_from(&self.description);
        p.role = self.role.map(NetworkRole);
        p.metric = self.metric;
        p.auto_metric = self.auto_metric;
        p.address = self.address.clone().map(Parsed::parse);
        p.ipv4_addresses = self
            .ipv4_addresses
            .iter()
            .cloned()
            .map(Parsed::parse)
            .collect();
        p.ipv4_prefix_lengths = self
            .ipv4_prefix_lengths
            .iter()
            .cloned()
            .map(Parsed::parse)
            .collect();
        p.ipv6_addresses = self
            .ipv6_addresses
            .iter()
            .cloned()
            .map(Parsed::parse)
            .collect();
        p.ipv6_prefix_lengths = self
            .ipv6_prefix_lengths
            .iter()
            .cloned()
            .map(Parsed::parse)
            .collect();
        p
    }
}

#[derive(Arbitrary, Debug)]
struct Input {
    every: Every,
    payload: Vec<(Name, Json)>,
    current: Current,
    later: Current,
    update: (Option<String>, Option<u32>, Option<u32>, Option<bool>),
    interface_states: Vec<u32>,
}

/// The same value as `changed_only` compares them: the same format and string, string list or
/// bytes.
fn same(a: &Value<'_>, b: &Value<'_>) -> bool {
    a.format() == b.format()
        && match (a.as_str(), b.as_str()) {
            (Some(x), Some(y)) => x == y,
            _ => match (a.as_multi_sz(), b.as_multi_sz()) {
                (Some(x), Some(y)) => x.iter().eq(y.iter()),
                _ => a.bytes() == b.bytes(),
            },
        }
}

fn unchanged_in(current: &PropertyList<'_>, property: &clusprop::Property<'_>) -> bool {
    current
        .properties()
        .find(|c| names_eq(c.name().code_units(), property.name().code_units()))
        .is_some_and(|c| match (c.value(), property.value()) {
            (Some(a), Some(b)) => same(&a, &b),
            _ => false,
        })
}

fuzz_target!(|input: Input| {
    // Every mapped form: written, parsed strictly, read back the same.
    if let Ok(bytes) = to_property_list(&input.every) {
        let list = PropertyList::parse(&bytes)
            .unwrap_or_else(|e| panic!("wrote a list the parser rejects: {e}\n{:?}", input.every));
        let back: Every = from_property_list(&list).unwrap_or_else(|e| {
            panic!(
                "what was written does not read back: {e}\n{:?}",
                input.every
            )
        });
        assert_eq!(back, input.every);
        if let Ok(serde_json::Value::Object(map)) = from_property_list::<serde_json::Value>(&list) {
            for key in map.keys() {
                assert!(
                    list.get(key).is_some(),
                    "{key:?} is not a property of the list"
                );
            }
        }
    }

    // Payloads from plain JSON.
    let mut object = serde_json::Map::new();
    for (name, value) in &input.payload {
        object.insert(name.text(), value.value());
    }
    let entries = object.values().filter(|v| !v.is_null()).count();
    if let Ok(bytes) = NETWORK.payload(&serde_json::Value::Object(object.clone())) {
        let list = PropertyList::parse(&bytes)
            .unwrap_or_else(|e| panic!("a payload the parser rejects: {e}\n{object:?}"));
        NETWORK
            .validate(&list)
            .unwrap_or_else(|e| panic!("a payload that does not validate: {e}\n{object:?}"));
        assert_eq!(list.len(), entries, "{object:?}");
        for property in list.properties() {
            assert!(NETWORK.get(&property.name().to_string_lossy()).is_some());
        }
    }

    // The current properties, as a cluster reports them, and an update against them.
    let current = input.current.properties();
    let Ok(current_bytes) = to_property_list(&current) else {
        return;
    };
    let current_list = PropertyList::parse(&current_bytes).expect("a written list parses");
    let (description, role, metric, auto_metric) = input.update.clone();
    let update = NetworkUpdate {
        description,
        role: role.map(NetworkRole),
        metric,
        auto_metric,
    };
    if let (Ok(full), Ok(changed)) = (update.to_bytes(), update.changed_from(&current_list)) {
        let full = PropertyList::parse(&full).expect("a payload parses");
        match changed {
            None => {
                for property in full.properties() {
                    assert!(unchanged_in(&current_list, &property), "{update:?}");
                }
            }
            Some(bytes) => {
                NETWORK
                    .validate_bytes(&bytes)
                    .expect("a changed-only payload validates");
                let changed = PropertyList::parse(&bytes).expect("validated");
                let expected: Vec<_> = full
                    .properties()
                    .filter(|p| !unchanged_in(&current_list, p))
                    .map(|p| p.into_owned())
                    .collect();
                let got: Vec<_> = changed.properties().map(|p| p.into_owned()).collect();
                assert_eq!(got, expected, "{update:?}");
            }
        }
    }

    // Reading two lists of the same network: the later one's properties win.
    let later = input.later.properties();
    if let (Ok(mut merged), Ok(later_bytes)) = (
        NetworkCommonProperties::from_list(&current_list),
        to_property_list(&later),
    ) {
        let later_list = PropertyList::parse(&later_bytes).expect("a written list parses");
        if let Ok(later_read) = NetworkCommonProperties::from_list(&later_list) {
            let earlier = merged.clone();
            merged
                .merge_list(&later_list)
                .expect("read once, reads again");
            assert_eq!(
                merged.description,
                later_read.description.or(earlier.description)
            );
            assert_eq!(merged.role, later_read.role.or(earlier.role));
            assert_eq!(merged.metric, later_read.metric.or(earlier.metric));
            let v4 = if later_read.ipv4_addresses.is_empty() {
                &earlier.ipv4_addresses
            } else {
                &later_read.ipv4_addresses
            };
            assert_eq!(&merged.ipv4_addresses, v4);
            let prefixes = merged.ipv4_prefixes();
            assert!(
                prefixes.len()
                    <= merged
                        .ipv4_addresses
                        .len()
                        .min(merged.ipv4_prefix_lengths.len())
            );
            let prefixes = merged.ipv6_prefixes();
            assert!(
                prefixes.len()
                    <= merged
                        .ipv6_addresses
                        .len()
                        .min(merged.ipv6_prefix_lengths.len())
            );
            for (a, text) in merged
                .ipv4_addresses
                .iter()
                .zip(&input.later.ipv4_addresses)
            {
                if later_read.ipv4_addresses.is_empty() {
                    break;
                }
                assert_eq!(a.to_string(), *text);
            }
        }
    }
    if let Some(role) = role {
        let r = NetworkRole(role);
        assert_eq!(r.internal_use(), role & 1 != 0);
        assert_eq!(r.client_access(), role & 2 != 0);
        assert_eq!(
            r.is_known(),
            NetworkRole::ALL.iter().any(|k| k.0 .0 == role)
        );
    }

    // Interface states: the MS-CMRP numbering is a bijection; the network state follows them.
    let states: Vec<_> = input
        .interface_states
        .iter()
        .map(|&s| NetInterfaceState(s))
        .collect();
    for s in &states {
        assert_eq!(NetInterfaceState::from_ms_cmrp(s.to_ms_cmrp()), *s);
        assert_eq!(NetInterfaceState::from_ms_cmrp(s.0).to_ms_cmrp(), s.0);
    }
    let up = states
        .iter()
        .filter(|&&s| s == NetInterfaceState::UP)
        .count();
    let state = NetworkState::from_interfaces(states.iter().copied());
    if up == 0 && state != NetworkState::UNAVAILABLE {
        assert_eq!(state, NetworkState::DOWN);
    }
});
