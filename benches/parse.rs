//! Parsing, walking, lookup and encoding throughput over the captured buffers and the large
//! generated sample.
//!
//! ```text
//! cargo bench --bench parse
//! cargo bench --bench parse -- --quick large_2000
//! ```

use clusprop::{Decoded, PropertyList};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::path::Path;

/// The inputs, relative to the crate root: every capture, a typical generated list, and the
/// 2000-property list.
const INPUTS: &[&str] = &[
    "tests/data/samba-cluster-ro-common-6.bin",
    "tests/data/samba-node-ro-common-12.bin",
    "tests/data/wexp-cluster-common-74.bin",
    "tests/data/wexp-resource-common-generic-service-15.bin",
    "tests/data/wexp-resource-ro-common-generic-service-6.bin",
    "tests/data/wexp-resource-ro-private-ip-address-5.bin",
    "tests/data/samples/network_common.listend.bin",
    "tests/data/samples/large_2000.listend.bin",
];

fn load(relative: &str) -> (String, Vec<u8>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".bin"))
        .unwrap_or(relative)
        .to_owned();
    (name, bytes)
}

/// Touches everything a reader of the list would: every name and every decoded value.
fn walk(list: &PropertyList<'_>) -> usize {
    let mut touched = 0usize;
    for property in list.properties() {
        black_box(property.name());
        for value in property.values() {
            let decoded = value.decoded();
            touched += match decoded {
                Decoded::Sz(s) | Decoded::ExpandSz(s) | Decoded::ExpandedSz(s) => s.len(),
                Decoded::MultiSz(m) => m.iter().count(),
                _ => 1,
            };
            black_box(decoded);
        }
    }
    touched
}

fn bench_input(c: &mut Criterion, name: &str, bytes: &[u8]) {
    let list = PropertyList::parse(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
    let last_name = list
        .properties()
        .last()
        .map(|p| p.name().to_string_lossy())
        .unwrap_or_default();
    let owned = list.into_owned();
    assert_eq!(
        owned.to_bytes().map(|b| b.len()).ok(),
        Some(bytes.len()),
        "{name}: canonical inputs keep their length"
    );

    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(bytes.len() as u64));

    let mut buffer = vec![0u8; bytes.len()];
    group.bench_with_input(
        BenchmarkId::new("copy_baseline", name),
        bytes,
        |b, bytes| {
            b.iter(|| {
                buffer.copy_from_slice(black_box(bytes));
                black_box(&buffer);
            })
        },
    );
    group.bench_with_input(BenchmarkId::new("strict_walk", name), bytes, |b, bytes| {
        b.iter(|| {
            let list = PropertyList::parse(black_box(bytes)).expect("strict parse");
            walk(&list)
        })
    });
    group.bench_with_input(BenchmarkId::new("strict", name), bytes, |b, bytes| {
        b.iter(|| PropertyList::parse(black_box(bytes)).expect("strict parse"))
    });
    group.bench_with_input(BenchmarkId::new("lenient", name), bytes, |b, bytes| {
        b.iter(|| PropertyList::parse_lenient(black_box(bytes)).expect("lenient parse"))
    });
    group.bench_with_input(BenchmarkId::new("get_last", name), &list, |b, list| {
        b.iter(|| {
            list.get(black_box(&last_name))
                .expect("the last property")
                .offset()
        })
    });
    group.bench_with_input(BenchmarkId::new("into_owned", name), &list, |b, list| {
        b.iter(|| black_box(*list).into_owned())
    });
    group.bench_with_input(BenchmarkId::new("to_bytes", name), &owned, |b, owned| {
        b.iter(|| black_box(owned).to_bytes().expect("encode"))
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    for input in INPUTS {
        let (name, bytes) = load(input);
        bench_input(c, &name, &bytes);
    }
}

criterion_group!(parse, benches);
criterion_main!(parse);
