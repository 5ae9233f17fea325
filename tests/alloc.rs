//! Parsing and walking allocate nothing: a counting global allocator proves it, for valid and
//! adversarial inputs. (Counting is per thread, so other tests running in parallel do not
//! disturb it.)

mod common;

use clusprop::{Decoded, Mode, PropertyList, Value, ValueList};
use common::{data, CAPTURES, VALID_SAMPLES};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator unchanged; only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which `System` shares.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with `layout` (see `alloc`).
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
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
fn parse_and_walk_allocate_nothing() {
    let mut inputs: Vec<Vec<u8>> = CAPTURES.iter().map(|(f, _)| data(f)).collect();
    inputs.extend(VALID_SAMPLES.iter().map(|f| data(f)));
    inputs.push(data("samples/large_2000.listend.bin"));
    // Adversarial: huge count, huge lengths, deep nesting, garbage.
    inputs.push([u32::MAX.to_le_bytes(), [0; 4], [0; 4]].concat());
    inputs.push(
        [1u32, 0x0004_0003, u32::MAX]
            .iter()
            .flat_map(|v| v.to_le_bytes())
            .collect(),
    );
    let mut nested = clusprop::PropertyListBuilder::new()
        .property("D")
        .dword(7)
        .finish()
        .unwrap();
    for _ in 0..=clusprop::MAX_NESTING_DEPTH {
        nested = clusprop::PropertyListBuilder::new()
            .property("N")
            .property_list(&nested)
            .finish()
            .unwrap();
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

#[test]
fn owned_decoding_allocates_in_proportion_to_the_input() {
    for &(file, _) in CAPTURES {
        let bytes = data(file);
        let list = PropertyList::parse(&bytes).unwrap();
        let values: usize = list.properties().map(|p| p.value_count()).sum();
        let count = allocations_during(|| {
            std::hint::black_box(list.into_owned());
        });
        // One Vec of properties, and per property its name and its Vec of values, and per value
        // its data: a fixed number of allocations per item, never one sized by an unchecked field.
        assert!(count <= 1 + 2 * list.len() + values, "{file}: {count}");
    }
}
