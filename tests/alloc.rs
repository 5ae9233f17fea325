//! Memory, proven with a counting global allocator (counting is per thread, so other tests
//! running in parallel do not disturb it):
//!
//! * parsing and walking allocate nothing, for valid and adversarial inputs;
//! * decoding to the owned model allocates exactly the blocks [`owned_blocks`] predicts (one for
//!   the list, and one only for each name or data longer than the inline capacity, each
//!   property with several values and each name entry kept raw (not canonical: a lenient name, or
//!   non-zero padding): a typical list takes a handful), and at most
//!   [`BYTES_PER_INPUT_BYTE`] bytes per input byte in total (every block's size counted, every
//!   reallocation's new size counted again), for adversarial inputs too: impossible counts and
//!   lengths, deep nesting, many tiny properties or values, long non-ASCII names, mutated buffers;
//! * encoding allocates one block, never grown, of at most three times the encoded length.

mod common;
mod fuzzing;
mod reference;

use clusprop::owned::INLINE_CAPACITY;
use clusprop::{Decoded, Mode, PropertyList, Value, ValueList};
use common::{data, CAPTURES, VALID_SAMPLES};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
    static BYTES: Cell<usize> = const { Cell::new(0) };
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

fn count(grow: usize, shrink: usize) {
    let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
    let _ = BYTES.try_with(|c| c.set(c.get() + grow));
    let _ = LIVE.try_with(|live| {
        let now = (live.get() + grow).saturating_sub(shrink);
        live.set(now);
        let _ = PEAK.try_with(|p| p.set(p.get().max(now)));
    });
}

// SAFETY: forwards to the system allocator unchanged; only counts calls and bytes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size(), 0);
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which `System` shares.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let _ = LIVE.try_with(|c| c.set(c.get().saturating_sub(layout.size())));
        // SAFETY: `ptr` was allocated by `System` with `layout` (see `alloc`).
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size, layout.size());
        // SAFETY: as for `dealloc`; `new_size` is the caller's, per the trait's contract.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

/// What `f` allocated on this thread: blocks, total bytes (reallocations count their new size),
/// and the peak of live bytes above what was live before.
#[derive(Debug, Clone, Copy)]
struct Usage {
    blocks: usize,
    bytes: usize,
    peak: usize,
}

fn usage_during(f: impl FnOnce()) -> Usage {
    let blocks = ALLOCATIONS.with(Cell::get);
    let bytes = BYTES.with(Cell::get);
    let live = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(live));
    f();
    Usage {
        blocks: ALLOCATIONS.with(Cell::get) - blocks,
        bytes: BYTES.with(Cell::get) - bytes,
        peak: PEAK.with(Cell::get).saturating_sub(live),
    }
}

/// Touches everything a reader can reach: names, every value's decoded form, strings' chars,
/// MULTI_SZ items, nested lists, canonical checks, lookups.
fn walk_value(value: Value<'_>) -> u64 {
    let mut acc = value.bytes().len() as u64 + u64::from(value.is_canonical());
    match value.decoded() {
        Decoded::Sz(s) | Decoded::ExpandSz(s) | Decoded::ExpandedSz(s) => {
            acc += s.chars().map(u64::from).sum::<u64>();
            acc += u64::from(s == "x");
        }
        Decoded::MultiSz(m) => acc += m.iter().map(|s| s.len() as u64).sum::<u64>(),
        Decoded::PropertyList(list) => acc += walk(list),
        Decoded::ValueList(list) => acc += list.values().map(walk_value).sum::<u64>(),
        Decoded::Dword(v) => acc += u64::from(v),
        _ => {}
    }
    acc
}

fn walk(list: PropertyList<'_>) -> u64 {
    let mut acc = 0u64;
    for property in list.properties() {
        acc += property.name().chars().count() as u64;
        for value in property.values() {
            acc += walk_value(value);
        }
    }
    acc + u64::from(list.is_canonical()) + u64::from(list.get("Role").is_some())
}

#[test]
#[cfg_attr(miri, ignore)] // heavy under Miri: the captures and the large lists
fn parse_and_walk_allocate_nothing() {
    let mut inputs: Vec<Vec<u8>> = CAPTURES.iter().map(|(f, _)| data(f)).collect();
    inputs.extend(VALID_SAMPLES.iter().map(|f| data(f)));
    if !cfg!(miri) {
        inputs.push(data("samples/large_2000.listend.bin"));
    }
    // Adversarial: huge count, huge lengths, deep nesting, garbage.
    inputs.push([u32::MAX.to_le_bytes(), [0; 4], [0; 4]].concat());
    inputs.push(
        [1u32, 0x0004_0003, u32::MAX]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect(),
    );
    // Written by hand: the builders refuse to nest deeper than the parser reads.
    let mut nested = common::Raw::new()
        .u32(1)
        .name("D")
        .entry(common::DWORD, &7u32.to_le_bytes())
        .end()
        .build();
    for _ in 0..=clusprop::read::MAX_NESTING_DEPTH {
        nested = common::Raw::new()
            .u32(1)
            .name("N")
            .entry(clusprop::Syntax::LIST_VALUE_PROPERTY_LIST.0, &nested)
            .end()
            .build();
    }
    inputs.push(nested);
    inputs.push((0..4096u32).map(|i| (i * 7919 % 251) as u8).collect());
    let name = "Role".to_owned();

    for input in &inputs {
        for mode in [Mode::Strict, Mode::Lenient] {
            let count = allocations_during(|| {
                if let Ok(list) = PropertyList::parse_with(input, mode) {
                    std::hint::black_box(walk(list));
                    std::hint::black_box(list.get(&name));
                }
                if let Ok(list) = ValueList::parse_with(input, mode) {
                    std::hint::black_box(list.values().map(walk_value).sum::<u64>());
                }
                std::hint::black_box(PropertyList::parse_with(input, mode).err());
            });
            assert_eq!(count, 0, "{} bytes, {mode:?}", input.len());
        }
    }
}

/// The blocks decoding `list` to the owned model allocates: the `Vec` of properties (unless it is
/// empty); per property, its name if its UTF-8 is longer than the inline capacity (one block,
/// sized exactly: never grown) and a `Vec` of values if it has more than one (the first value is
/// kept inline), and its raw name (a box, and the bytes if longer than the inline capacity) if
/// its name entry is not canonical; per value, its data if it is longer than the inline
/// capacity; the trailing bytes, if any. Everything else is inline, inside the `Vec` of
/// properties.
fn owned_blocks(list: PropertyList<'_>) -> usize {
    let heap = |len: usize| usize::from(len > INLINE_CAPACITY);
    let per_property: usize = list
        .properties()
        .map(|p| {
            let raw = !p.name_is_canonical() || p.name_padding().iter().any(|&b| b != 0);
            heap(p.name().chars().map(char::len_utf8).sum())
                + usize::from(raw) * (1 + heap(p.name_bytes().len()))
                + usize::from(p.value_count() > 1)
                + p.values().map(|v| heap(v.len())).sum::<usize>()
        })
        .sum();
    usize::from(!list.is_empty()) + per_property + usize::from(!list.trailing_bytes().is_empty())
}

/// The same for a value list: its `Vec` (unless empty), its trailing bytes (if any), and each data longer than the inline
/// capacity.
fn owned_value_list_blocks(list: ValueList<'_>) -> usize {
    usize::from(!list.is_empty())
        + list.values().filter(|v| v.len() > INLINE_CAPACITY).count()
        + usize::from(!list.trailing_bytes().is_empty())
}

#[test]
#[cfg_attr(miri, ignore)] // heavy under Miri: the captures and the large lists
fn owned_decoding_allocates_in_proportion_to_the_input() {
    for &(file, _) in CAPTURES {
        let bytes = data(file);
        let list = PropertyList::parse(&bytes).unwrap();
        let values: usize = list.properties().map(|p| p.value_count()).sum();
        let count = allocations_during(|| {
            std::hint::black_box(list.into_owned());
        });
        // Exactly the predicted blocks: a fixed number per item at most, never one sized by an
        // unchecked field.
        assert_eq!(count, owned_blocks(list), "{file}");
        assert!(count <= 1 + 2 * list.len() + values, "{file}: {count}");
    }
}

/// A typical list, the common properties of a network (11 properties, one value each, names of
/// at most 17 bytes): the `Vec` of properties and the two data longer than the inline capacity
/// (the SZ values "Cluster Network 1", 36 bytes, and "255.255.255.0", 28 bytes), 3 blocks in all.
/// (With a `String`, a `Vec` of values and a `Vec` of data per property it took 34.)
#[test]
fn owned_decoding_of_a_typical_list_allocates_a_handful_of_blocks() {
    let bytes = data("samples/network_common.listend.bin");
    let list = PropertyList::parse(&bytes).unwrap();
    assert_eq!(list.len(), 11);
    let mut owned = None;
    let used = usage_during(|| owned = Some(list.into_owned()));
    assert_eq!(used.blocks, owned_blocks(list));
    assert!(used.blocks <= 3, "{used:?}");
    let owned = owned.unwrap();
    let inline_names = owned.properties.iter().filter(|p| p.name.is_inline());
    assert_eq!(inline_names.count(), 11);
    let heap_data: Vec<usize> = owned
        .properties
        .iter()
        .flat_map(|p| p.values.iter())
        .filter(|v| !v.data.is_inline())
        .map(|v| v.data.len())
        .collect();
    assert_eq!(heap_data, [36, 28]);
    // The `Vec` of properties holds everything else.
    assert_eq!(
        used.bytes,
        11 * std::mem::size_of::<clusprop::OwnedProperty>() + 36 + 28
    );
}

/// The bound on owned decoding: bytes allocated per input byte. The owned model spends 72 bytes
/// per property (a `Name`, an `OwnedValues` with the first value inline, and the pointer to a
/// raw name) and 32 per further value (a syntax, a `Data` and a padding) on buffers whose
/// smallest strict property takes 24 bytes (3 bytes per byte) and smallest value 8 (4 per byte).
/// The worst case is lenient: a property of 12 bytes, an empty name entry and the end mark, whose
/// name is not canonical (no NUL) and is kept raw, 32 bytes more (8.7 bytes per byte). Only
/// names and data longer than the inline capacity take more, once, exactly sized: at most 3
/// bytes of UTF-8 per 2-byte code unit, 1 byte per data byte.
const BYTES_PER_INPUT_BYTE: usize = 9;
/// Plus a few small blocks whatever the input.
const BYTES_SLACK: usize = 256;

fn le(v: u32) -> [u8; 4] {
    v.to_le_bytes()
}

/// An entry: syntax, cbLength, data, zero padding.
fn entry(out: &mut Vec<u8>, syntax: u32, data: &[u8]) {
    out.extend_from_slice(&le(syntax));
    out.extend_from_slice(&le(data.len() as u32));
    out.extend_from_slice(data);
    while out.len() % 4 != 0 {
        out.push(0);
    }
}

/// Buffers built to make an owned decoder spend: (what, bytes).
fn adversarial() -> Vec<(String, Vec<u8>)> {
    const NAME: u32 = 0x0004_0003;
    const BINARY: u32 = 0x0001_0001;
    let mut out = Vec::new();
    // Under Miri, the same shapes, smaller.
    let n = if cfg!(miri) { 12 } else { 10_000u32 };

    // Many tiny strict properties: name "" (one NUL), an empty BINARY, the end mark: 24 bytes.
    let mut b = le(n).to_vec();
    for _ in 0..n {
        entry(&mut b, NAME, &[0, 0]);
        entry(&mut b, BINARY, &[]);
        b.extend_from_slice(&le(0));
    }
    out.push(("many tiny strict properties".into(), b));

    // Many tinier lenient properties: an empty name entry and the end mark: 12 bytes.
    let mut b = le(n).to_vec();
    for _ in 0..n {
        entry(&mut b, NAME, &[]);
        b.extend_from_slice(&le(0));
    }
    out.push(("many empty lenient properties".into(), b));

    // One property with many empty values: 8 bytes each.
    let mut b = le(1).to_vec();
    entry(&mut b, NAME, &[b'A', 0, 0, 0]);
    for _ in 0..n {
        entry(&mut b, BINARY, &[]);
    }
    b.extend_from_slice(&le(0));
    out.push(("many empty values".into(), b));

    // Names whose UTF-8 is longer than their UTF-16: '€' (3 bytes for 2), astral (4 for 4).
    let long = if cfg!(miri) { 8 } else { 1000 };
    for (what, text) in [
        ("euro", "€".repeat(2 * long)),
        ("astral", "😀".repeat(long)),
    ] {
        let mut b = le(8).to_vec();
        for i in 0..8 {
            let name: Vec<u8> = format!("{text}{i}\0")
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect();
            entry(&mut b, NAME, &name);
            entry(&mut b, 0x0001_0002, &le(i));
            b.extend_from_slice(&le(0));
        }
        out.push((format!("long {what} names"), b));
    }

    // Many one-character non-ASCII names (the string's first allocation, for each).
    let mut b = le(n).to_vec();
    for _ in 0..n {
        entry(&mut b, NAME, &[0xAC, 0x20, 0, 0]);
        entry(&mut b, BINARY, &[]);
        b.extend_from_slice(&le(0));
    }
    out.push(("many one-character non-ASCII names".into(), b));

    // Impossible counts and lengths.
    out.push((
        "count u32::MAX".into(),
        [le(u32::MAX), le(0), le(0)].concat(),
    ));
    out.push((
        "name length u32::MAX".into(),
        [le(1), le(NAME), le(u32::MAX), le(0)].concat(),
    ));
    let mut b = le(1).to_vec();
    entry(&mut b, NAME, &[b'A', 0, 0, 0]);
    b.extend_from_slice(&le(BINARY));
    b.extend_from_slice(&le(0x7FFF_FFFF));
    b.extend_from_slice(&[0; 16]);
    out.push(("value length 0x7FFFFFFF".into(), b));

    // Nesting to the limit, and one level beyond it.
    for levels in [
        clusprop::read::MAX_NESTING_DEPTH,
        clusprop::read::MAX_NESTING_DEPTH + 1,
    ] {
        let mut b = le(1).to_vec();
        entry(&mut b, NAME, &[b'D', 0, 0, 0]);
        entry(&mut b, 0x0001_0002, &le(7));
        b.extend_from_slice(&le(0));
        for _ in 0..levels {
            let mut outer = le(1).to_vec();
            entry(&mut outer, NAME, &[b'N', 0, 0, 0]);
            entry(&mut outer, 0x0001_000E, &b);
            outer.extend_from_slice(&le(0));
            b = outer;
        }
        out.push((format!("{levels} levels of nesting"), b));
    }
    let mut b = le(0).to_vec();
    for _ in 0..clusprop::read::MAX_NESTING_DEPTH {
        let mut outer = Vec::new();
        entry(&mut outer, 0x0001_000D, &b);
        outer.extend_from_slice(&le(0));
        b = outer;
    }
    out.push(("nested value lists".into(), b));

    // The real buffers, and the large sample.
    for &(file, _) in CAPTURES.iter().filter(|_| !cfg!(miri)) {
        out.push((file.into(), data(file)));
    }
    for file in VALID_SAMPLES.iter().filter(|_| !cfg!(miri)) {
        out.push(((*file).into(), data(file)));
    }
    if !cfg!(miri) {
        out.push(("large_2000".into(), data("samples/large_2000.listend.bin")));
    }
    out
}

/// Decodes `input` to the owned model in `mode` (as a property list, else as a value list) and
/// checks what that allocated against the bound. Returns the bytes allocated, if it decoded.
fn check_owned_bound(what: &str, input: &[u8], mode: Mode) -> Option<usize> {
    let bound = BYTES_PER_INPUT_BYTE * input.len() + BYTES_SLACK;
    let mut result = None;
    if let Ok(list) = PropertyList::parse_with(input, mode) {
        let values: usize = list.properties().map(|p| p.value_count()).sum();
        let used = usage_during(|| {
            std::hint::black_box(list.into_owned());
        });
        assert!(
            used.bytes <= bound && used.peak <= used.bytes,
            "{what}, {mode:?}: owned decoding of {} bytes allocated {used:?}, over {bound}",
            input.len()
        );
        // The Vec of properties; per property at most its name and its Vec of values; per value
        // at most its data; exactly as predicted.
        assert_eq!(
            used.blocks,
            owned_blocks(list),
            "{what}, {mode:?}: {used:?}"
        );
        assert!(
            used.blocks <= 2 + 3 * list.len() + values,
            "{what}, {mode:?}: {used:?}"
        );
        result = Some(used.bytes);
    }
    if let Ok(list) = ValueList::parse_with(input, mode) {
        let used = usage_during(|| {
            std::hint::black_box(list.into_owned());
        });
        assert!(
            used.bytes <= bound,
            "{what}, {mode:?}: owned value list of {} bytes allocated {used:?}, over {bound}",
            input.len()
        );
        assert_eq!(
            used.blocks,
            owned_value_list_blocks(list),
            "{what}, {mode:?}: {used:?}"
        );
        assert!(used.blocks <= 2 + list.len(), "{what}, {mode:?}: {used:?}");
        result = Some(result.unwrap_or(0).max(used.bytes));
    }
    // Failing to parse allocates nothing.
    let used = usage_during(|| {
        std::hint::black_box(PropertyList::parse_with(input, mode).err());
        std::hint::black_box(ValueList::parse_with(input, mode).err());
    });
    assert_eq!(used.blocks, 0, "{what}, {mode:?}");
    result
}

#[test]
fn owned_decoding_allocates_a_bounded_number_of_bytes() {
    let mut worst: (f64, String) = (0.0, String::new());
    let mut decoded = 0;
    for (what, input) in adversarial() {
        for mode in [Mode::Strict, Mode::Lenient] {
            if let Some(bytes) = check_owned_bound(&what, &input, mode) {
                decoded += 1;
                let ratio = bytes as f64 / input.len() as f64;
                if input.len() >= 1024 && ratio > worst.0 {
                    worst = (ratio, format!("{what} ({mode:?})"));
                }
            }
        }
    }
    assert!(decoded >= if cfg!(miri) { 10 } else { 30 }, "{decoded}");
    eprintln!(
        "worst owned-decoding ratio (inputs of 1 KiB and more): {:.2} bytes per input byte, {}",
        worst.0, worst.1
    );
}

/// The same bound over mutated buffers (the deterministic fuzzer's mutations).
#[test]
#[cfg_attr(miri, ignore)]
fn owned_decoding_of_mutated_buffers_stays_bounded() {
    use fuzzing::mutate::{mutate, Rng, Shape};
    let bases: Vec<(Vec<u8>, Shape)> = adversarial()
        .into_iter()
        .map(|(_, b)| b)
        .filter(|b| b.len() <= 8192)
        .map(|b| {
            let shape = Shape::of(&b);
            (b, shape)
        })
        .collect();
    let mut rng = Rng::new(0xA110C);
    for i in 0..5_000 {
        let (base, shape) = &bases[rng.below(bases.len())];
        let input = mutate(&mut rng, base, shape, &bases);
        for mode in [Mode::Strict, Mode::Lenient] {
            check_owned_bound(&format!("mutation {i}"), &input, mode);
        }
    }
}

/// Encoding allocates once: one block, never grown, at least the encoded length and at most three
/// times it (the capacity is estimated from the owned model without encoding; a name's UTF-8 may
/// take three bytes where its UTF-16 takes two).
#[test]
#[cfg_attr(miri, ignore)] // heavy under Miri: the captures and the large lists
fn encoding_allocates_one_block() {
    for (what, input) in adversarial() {
        let Ok(list) = PropertyList::parse(&input) else {
            continue;
        };
        let owned = list.into_owned();
        let mut out = Vec::new();
        let used = usage_during(|| out = owned.to_bytes().unwrap());
        assert!(
            used.blocks == 1 && used.bytes >= out.len() && used.bytes <= 3 * out.len() + 16,
            "{what}: encoding {} bytes allocated {used:?}",
            out.len()
        );
    }
}

/// Large lists of the shapes that cost a decoder or an encoder most: one huge SZ (ASCII and not),
/// one huge MULTI_SZ of one-character items, one huge BINARY, many small properties, and small
/// properties nested to the limit. About `size` bytes each.
fn large_shapes(size: usize) -> Vec<(&'static str, Vec<u8>)> {
    const NAME: u32 = 0x0004_0003;
    let one = |name: &str, syntax: u32, data: &[u8]| {
        let mut b = le(1).to_vec();
        let name: Vec<u8> = format!("{name}\0")
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        entry(&mut b, NAME, &name);
        entry(&mut b, syntax, data);
        b.extend_from_slice(&le(0));
        b.extend_from_slice(&le(0));
        b
    };
    let many = |size: usize| {
        let n = size / 44;
        let mut b = le(n as u32).to_vec();
        for i in 0..n {
            let name: Vec<u8> = format!("P{i:07}\0")
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect();
            entry(&mut b, NAME, &name);
            entry(&mut b, 0x0001_0002, &le(7));
            b.extend_from_slice(&le(0));
        }
        b
    };
    let mut nested = many(size);
    for _ in 0..clusprop::read::MAX_NESTING_DEPTH {
        let mut outer = le(1).to_vec();
        entry(&mut outer, NAME, &[b'N', 0, 0, 0]);
        entry(&mut outer, 0x0001_000E, &nested);
        outer.extend_from_slice(&le(0));
        nested = outer;
    }
    nested.extend_from_slice(&le(0));
    let mut many = many(size);
    many.extend_from_slice(&le(0));
    vec![
        (
            "sz",
            one(
                "Description",
                0x0001_0003,
                &[b"x\0".repeat(size / 2), vec![0, 0]].concat(),
            ),
        ),
        (
            "sz-nonascii",
            one(
                "Description",
                0x0001_0003,
                &[[0xAC, 0x20].repeat(size / 2), vec![0, 0]].concat(),
            ),
        ),
        (
            "multi-sz",
            one(
                "Items",
                0x0001_0005,
                &[b"x\0\0\0".repeat(size / 4), vec![0, 0]].concat(),
            ),
        ),
        (
            "binary",
            one(
                "Blob",
                0x0001_0001,
                &(0..=255u8).cycle().take(size).collect::<Vec<_>>(),
            ),
        ),
        ("many", many),
        ("nested", nested),
    ]
}

/// What the CLI's commands do with a buffer or JSON holds at most 4 times the input at once,
/// counting the input (which the caller holds): `decode` (the canonical JSON written to a
/// stream), `decode --control` (the control's output decoded, then written), `show` (the typed
/// known properties, the unknown ones' JSON written from the buffer) and `encode` (the JSON read
/// into the owned model, then encoded). The same figures for the binary, peak resident memory
/// included: tests/cli_memory.rs.
#[test]
#[cfg_attr(miri, ignore)] // megabytes of input
fn the_commands_work_in_four_times_their_input() {
    use clusprop::control::ControlCode;
    use clusprop::objects::network::{NetworkCommonProperties, NETWORK};
    use clusprop::OwnedPropertyList;
    const SLACK: usize = 64 << 10;
    let check = |what: &str, shape: &str, input: usize, used: Usage| {
        let held = input + used.peak;
        eprintln!(
            "{what:<8} {shape:<12} input {input:>8}  peak {:>9}  {:.2}x",
            held,
            held as f64 / input as f64
        );
        assert!(
            held <= 4 * input + SLACK,
            "{what} of {shape}: {input} bytes of input, {used:?}"
        );
    };
    for (shape, bytes) in large_shapes(2 << 20) {
        let used = usage_during(|| {
            let list = PropertyList::parse(&bytes).unwrap();
            serde_json::to_writer(std::io::sink(), &list).unwrap();
        });
        check("decode", shape, bytes.len(), used);

        let used = usage_during(|| {
            let code = ControlCode::NETWORK_GET_COMMON_PROPERTIES;
            let output = code.decode_output(&bytes).unwrap();
            serde_json::to_writer(std::io::sink(), &output.property_list().unwrap()).unwrap();
        });
        check("control", shape, bytes.len(), used);

        let used = usage_during(|| {
            let list = PropertyList::parse(&bytes).unwrap();
            let mut props = NetworkCommonProperties::default();
            props.merge(clusprop::schema::from_property_list(&list).unwrap());
            std::hint::black_box(&props);
            for property in NETWORK.unknown_properties(&list) {
                for value in property.values() {
                    serde_json::to_writer(std::io::sink(), &value).unwrap();
                }
            }
        });
        check("show", shape, bytes.len(), used);

        let mut json = serde_json::to_vec(&PropertyList::parse(&bytes).unwrap()).unwrap();
        json.shrink_to_fit(); // as the CLI reads it: exactly its size
        let json_len = json.len();
        let mut encoded = Vec::new();
        let used = usage_during(|| {
            // As the CLI does it: the text is dropped once it is read.
            let list: OwnedPropertyList =
                serde_json::from_str(std::str::from_utf8(&json).unwrap()).unwrap();
            drop(json);
            encoded = list.to_bytes().unwrap();
        });
        assert_eq!(encoded, bytes, "{shape}");
        check("encode", shape, json_len, used);
    }
}

/// The serde mapping hands a MULTI_SZ's strings over one at a time: a field that looks at each
/// and drops it holds a constant, whatever the number of strings (`clusprop show` checks huge
/// address lists this way, never holding a structure per item).
#[test]
#[cfg_attr(miri, ignore)] // megabytes of input
fn multi_sz_strings_are_read_one_at_a_time() {
    use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};

    struct Count(usize);
    impl<'de> Deserialize<'de> for Count {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V;
            impl<'de> Visitor<'de> for V {
                type Value = Count;
                fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("strings")
                }
                fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Count, A::Error> {
                    let mut n = 0;
                    while seq.next_element::<String>()?.is_some() {
                        n += 1;
                    }
                    Ok(Count(n))
                }
            }
            d.deserialize_seq(V)
        }
    }
    #[derive(serde::Deserialize)]
    struct Items {
        #[serde(rename = "Items")]
        items: Count,
    }

    let size = 2 << 20;
    let (_, bytes) = large_shapes(size)
        .into_iter()
        .find(|(shape, _)| *shape == "multi-sz")
        .unwrap();
    let list = PropertyList::parse(&bytes).unwrap();
    let mut strings = 0;
    let used = usage_during(|| {
        strings = clusprop::schema::from_property_list::<Items>(&list)
            .unwrap()
            .items
            .0;
    });
    assert_eq!(strings, size / 4);
    assert!(used.peak <= 1 << 10, "{used:?}");
}

/// The serde mapping writes a sequence of strings into the MULTI_SZ's data as they come, not as a
/// `String` per item first: what `clusprop encode --schema` hands it a huge JSON array through.
#[test]
#[cfg_attr(miri, ignore)] // megabytes of output
fn multi_sz_strings_are_written_one_at_a_time() {
    use serde::ser::{Serialize, SerializeMap, Serializer};

    /// `count` one-character strings, made as they are serialized.
    struct Strings(usize);
    impl Serialize for Strings {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_seq((0..self.0).map(|_| "x"))
        }
    }
    struct List(usize);
    impl Serialize for List {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut map = s.serialize_map(Some(1))?;
            map.serialize_entry("Items", &Strings(self.0))?;
            map.end()
        }
    }

    let count = 1 << 19;
    let mut bytes = Vec::new();
    let used = usage_during(|| bytes = clusprop::to_property_list(&List(count)).unwrap());
    // "x" and its NUL: 4 bytes a string, then the MULTI_SZ's NUL.
    let data = 4 * count + 2;
    assert_eq!(bytes.len(), 4 + 20 + 8 + data + 2 + 4);
    assert!(used.peak <= 3 * bytes.len() + (1 << 10), "{used:?}");
}
