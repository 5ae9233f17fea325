//! What the benchmarks share: the inputs, the generated scaling series, the operations and the
//! criterion settings.
//!
//! Every operation is measured with `Throughput::Bytes(input length)`, so criterion reports each
//! figure in bytes per second of the *input*, and figures are comparable across operations.

#![allow(dead_code)] // each suite uses a part of it

use clusprop::objects::network::NetworkCommonProperties;
use clusprop::{
    Mode, OwnedPropertyList, ParseError, PropertyList, PropertyListBuilder, Utf16Str, Value, Visit,
};
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use crate::naive;

/// THE network common properties list (GET_COMMON_PROPERTIES output of a network, with
/// Windows' list-level end mark), relative to the crate root.
pub const NETWORK_LIST: &str = "tests/data/samples/network_common.listend.bin";

/// The sizes of the generated scaling series, in properties.
pub const SCALING: &[usize] = &[1, 10, 100, 1_000, 10_000, 100_000];

/// An input: a name for the report and its bytes.
pub struct Input {
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Input {
    fn id(&self) -> BenchmarkId {
        BenchmarkId::from_parameter(&self.name)
    }
}

/// Reads a file relative to the crate root.
pub fn load(relative: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Every capture `tests/data/*.bin` (sorted), then the network list.
pub fn file_inputs() -> Vec<Input> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("listing {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".bin"))
        .collect();
    names.sort();
    let mut inputs: Vec<Input> = names
        .iter()
        .map(|name| Input {
            name: name.trim_end_matches(".bin").to_owned(),
            bytes: load(&format!("tests/data/{name}")),
        })
        .collect();
    inputs.push(Input {
        name: "network_common".to_owned(),
        bytes: load(NETWORK_LIST),
    });
    inputs
}

/// The generated scaling series.
pub fn scaling_inputs() -> Vec<Input> {
    SCALING
        .iter()
        .map(|&n| Input {
            name: format!("props_{n}"),
            bytes: generated(n),
        })
        .collect()
}

/// A deterministic list of `n` properties named `Property00000`, `Property00001`, … whose values
/// cycle through DWORD, SZ, MULTI_SZ, ULARGE_INTEGER, BINARY and an EXPAND_SZ + EXPANDED_SZ pair
/// (as Windows sends EXPAND_SZ properties), with Windows' list-level end mark. Every property of
/// a given format has the same size, so the bytes per property are the same at every scale
/// (from 6 properties on).
pub fn generated(n: usize) -> Vec<u8> {
    assert!(n <= 100_000, "names have five digits");
    // xorshift32: deterministic data for DWORD, ULARGE_INTEGER and BINARY values.
    let mut state = 0x2545_f491u32;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state
    };
    let mut builder = PropertyListBuilder::with_capacity(n * 96 + 8);
    builder.trailing_end_mark(true);
    for i in 0..n {
        builder.property(&format!("Property{i:05}"));
        match i % 6 {
            0 => builder.dword(next()),
            1 => builder.sz(&format!("Value of property {i:05}")),
            2 => builder.multi_sz([
                format!("10.{}.{}.0", i % 156 + 100, i / 156 % 156 + 100),
                format!("fe80::{:04x}", i % 0xffff),
            ]),
            3 => builder.ularge_integer(u64::from(next()) << 32 | u64::from(next())),
            4 => {
                let data: Vec<u8> = (0..4).flat_map(|_| next().to_le_bytes()).collect();
                builder.binary(&data)
            }
            _ => builder
                .expand_sz(&format!("%SystemRoot%\\Cluster\\p{i:05}.log"))
                .expanded_sz(&format!("C:\\Windows\\Cluster\\p{i:05}.log")),
        };
    }
    builder.finish().expect("the generated list encodes")
}

/// The full walk: every name and every value decoded into its typed view, each black-boxed.
#[inline]
pub fn walk(list: &PropertyList<'_>) {
    for property in list.properties() {
        black_box(&property.name());
        for value in property.values() {
            black_box(&value.decoded());
        }
    }
}

/// The same full walk in a single pass: a [`Visit`] that black-boxes every name and every value
/// decoded into its typed view while the strict parse checks them.
pub struct Walk;

impl<'a> Visit<'a> for Walk {
    #[inline(always)]
    fn visit_property(&mut self, name: Utf16Str<'a>, _offset: usize) {
        black_box(&name);
    }

    #[inline(always)]
    fn visit_value(&mut self, value: &Value<'a>) {
        black_box(&value.decoded());
    }
}

/// Strict parse and full walk in one pass ([`PropertyList::visit`] with [`Walk`]).
#[inline]
pub fn visit_walk(bytes: &[u8]) -> Result<PropertyList<'_>, ParseError> {
    PropertyList::visit(bytes, Mode::Strict, &mut Walk)
}

/// The criterion settings for an input of `len` bytes: enough samples for stable figures, and a
/// whole `cargo bench` (both suites) in well under ten minutes.
pub fn configure(group: &mut BenchmarkGroup<'_, WallTime>, len: usize, network: bool) {
    let (warm_up, measure, samples) = if network {
        (1000, 3000, 100)
    } else if len < 100_000 {
        (300, 1000, 50)
    } else if len < 2_000_000 {
        (500, 2000, 20)
    } else {
        (500, 3000, 10)
    };
    group
        .warm_up_time(Duration::from_millis(warm_up))
        .measurement_time(Duration::from_millis(measure))
        .sample_size(samples);
}

/// Adds one operation's benchmark for one input (its owned copy and its last property's name).
type Body<'a> = dyn Fn(&mut BenchmarkGroup<'_, WallTime>, &Input, &OwnedPropertyList, &str) + 'a;

/// The operations, each in its own criterion group named after it, over every input.
///
/// * `copy`: `copy_from_slice` into a preallocated buffer (baseline: the floor for anything that
///   reads every byte).
/// * `naive`: the naive decoder of `naive/mod.rs` (baseline: code in the wild).
/// * `parse_walk`: strict parse, then [`walk`] (two passes).
/// * `visit_walk`: the same strict parse and full walk in one pass ([`visit_walk`]).
/// * `strict`: strict parse alone (the validation).
/// * `lenient`: lenient parse alone.
/// * `get`: lookup of the *last* property by name (the worst case, a scan of every name) on an
///   already parsed list.
/// * `owned`: strict parse, then `into_owned`.
/// * `network`: strict parse, then `NetworkCommonProperties::from_list` (network list only).
/// * `build_slice`: `OwnedPropertyList::write_to` a preallocated buffer (same content as the
///   input).
/// * `build_vec`: `OwnedPropertyList::to_bytes`.
/// * `json`: strict parse, then `serde_json::to_writer` into a reused `Vec` (canonical JSON): the
///   serde baseline.
/// * `json_write`: strict parse, then the same JSON by the library's writer
///   (`PropertyList::write_json`) into a reused `Vec`.
/// * `json_one_pass`: the same, parse and JSON in one pass (`json::property_list_json`).
pub fn bench_all(c: &mut Criterion, inputs: &[Input], network: Option<&Input>) {
    let prepared: Vec<(&Input, OwnedPropertyList, String)> = inputs
        .iter()
        .map(|input| {
            let list =
                PropertyList::parse(&input.bytes).unwrap_or_else(|e| panic!("{}: {e}", input.name));
            let last = list
                .properties()
                .last()
                .map(|p| p.name().to_string_lossy())
                .unwrap_or_default();
            (input, list.into_owned(), last)
        })
        .collect();
    let is_network = |input: &Input| network.is_some_and(|n| std::ptr::eq(n, input));

    let run = |c: &mut Criterion, op: &str, body: &Body<'_>| {
        let mut group = c.benchmark_group(op);
        for (input, owned, last) in &prepared {
            configure(&mut group, input.bytes.len(), is_network(input));
            group.throughput(Throughput::Bytes(input.bytes.len() as u64));
            body(&mut group, input, owned, last);
        }
        group.finish();
    };

    run(c, "copy", &|group, input, _, _| {
        let mut buffer = vec![0u8; input.bytes.len()];
        group.bench_function(input.id(), |b| {
            b.iter(|| {
                buffer.copy_from_slice(black_box(&input.bytes));
                black_box(&mut buffer);
            })
        });
    });
    run(c, "naive", &|group, input, _, _| {
        group.bench_function(input.id(), |b| {
            b.iter(|| naive::decode(black_box(&input.bytes)).expect("naive decode"))
        });
    });
    run(c, "parse_walk", &|group, input, _, _| {
        group.bench_function(input.id(), |b| {
            b.iter(|| walk(&PropertyList::parse(black_box(&input.bytes)).expect("strict parse")))
        });
    });
    run(c, "visit_walk", &|group, input, _, _| {
        group.bench_function(input.id(), |b| {
            b.iter(|| visit_walk(black_box(&input.bytes)).expect("strict parse"))
        });
    });
    run(c, "strict", &|group, input, _, _| {
        group.bench_function(input.id(), |b| {
            b.iter(|| PropertyList::parse(black_box(&input.bytes)).expect("strict parse"))
        });
    });
    run(c, "lenient", &|group, input, _, _| {
        group.bench_function(input.id(), |b| {
            b.iter(|| PropertyList::parse_lenient(black_box(&input.bytes)).expect("lenient parse"))
        });
    });
    run(c, "get", &|group, input, _, last| {
        let list = PropertyList::parse(&input.bytes).expect("strict parse");
        group.bench_function(input.id(), |b| {
            b.iter(|| black_box(&list).get(black_box(last)).map(|p| p.offset()))
        });
    });
    run(c, "owned", &|group, input, _, _| {
        group.bench_function(input.id(), |b| {
            b.iter(|| {
                PropertyList::parse(black_box(&input.bytes))
                    .expect("strict parse")
                    .into_owned()
            })
        });
    });
    if let Some(network) = network {
        let mut group = c.benchmark_group("network");
        configure(&mut group, network.bytes.len(), true);
        group.throughput(Throughput::Bytes(network.bytes.len() as u64));
        group.bench_function(network.id(), |b| {
            b.iter(|| {
                let list = PropertyList::parse(black_box(&network.bytes)).expect("strict parse");
                NetworkCommonProperties::from_list(&list).expect("network properties")
            })
        });
        group.finish();
    }
    run(c, "build_slice", &|group, input, owned, _| {
        let mut buffer = vec![0u8; owned.encoded_len().expect("encodes")];
        group.bench_function(input.id(), |b| {
            b.iter(|| black_box(owned).write_to(&mut buffer).expect("encode"))
        });
    });
    run(c, "build_vec", &|group, input, owned, _| {
        group.bench_function(input.id(), |b| {
            b.iter(|| black_box(owned).to_bytes().expect("encode"))
        });
    });
    run(c, "json", &|group, input, _, _| {
        let mut out = Vec::with_capacity(input.bytes.len() * 4);
        group.bench_function(input.id(), |b| {
            b.iter(|| {
                out.clear();
                let list = PropertyList::parse(black_box(&input.bytes)).expect("strict parse");
                serde_json::to_writer(&mut out, &list).expect("JSON");
                black_box(out.len())
            })
        });
    });
    run(c, "json_write", &|group, input, _, _| {
        let mut out = Vec::with_capacity(input.bytes.len() * 4);
        group.bench_function(input.id(), |b| {
            b.iter(|| {
                out.clear();
                let list = PropertyList::parse(black_box(&input.bytes)).expect("strict parse");
                list.write_json(&mut out);
                black_box(out.len())
            })
        });
    });
    run(c, "json_one_pass", &|group, input, _, _| {
        let mut out = Vec::with_capacity(input.bytes.len() * 4);
        group.bench_function(input.id(), |b| {
            b.iter(|| {
                out.clear();
                clusprop::json::property_list_json(black_box(&input.bytes), Mode::Strict, &mut out)
                    .expect("strict parse");
                black_box(out.len())
            })
        });
    });
}
