//! Arbitrary sequences of builder calls (properties and values of every adder, the escape hatch
//! `value(syntax, bytes)` included, nested lists built the same way): whatever `finish` returns
//! `Ok` for must parse strictly, with as many properties as were started.
#![no_main]

use arbitrary::Arbitrary;
use clusprop::{PropertyList, PropertyListBuilder, Syntax, ValueList, ValueListBuilder};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum Op {
    Property(String),
    Dword(u32),
    Long(i32),
    Word(u16),
    ULargeInteger(u64),
    Sz(String),
    ExpandSz(String),
    MultiSz(Vec<String>),
    Binary(Vec<u8>),
    Raw(u32, Vec<u8>),
    NestedValueList(Vec<Op>),
    NestedPropertyList(Vec<Op>),
}

/// The bytes of a value list made of the value ops (property ops are skipped), or nothing if
/// the builder refuses them.
fn value_list(ops: &[Op], depth: u8) -> Option<Vec<u8>> {
    let mut b = ValueListBuilder::new();
    for op in ops {
        match op {
            Op::Property(_) => {}
            op => value(&mut b, op, depth)?,
        }
    }
    b.finish().ok()
}

fn property_list(ops: &[Op], depth: u8) -> Option<(Vec<u8>, usize)> {
    let mut b = PropertyListBuilder::new();
    let mut started = 0;
    for op in ops {
        match op {
            Op::Property(name) => {
                b.property(name);
                started += 1;
            }
            op => value(&mut b, op, depth)?,
        }
    }
    b.finish().ok().map(|bytes| (bytes, started))
}

/// Adds one value op; `None` when a nested list was refused (the outer build is then skipped).
fn value<B: Adders>(b: &mut B, op: &Op, depth: u8) -> Option<()> {
    match op {
        Op::Property(_) => {}
        Op::Dword(v) => b.raw(Syntax::LIST_VALUE_DWORD, &v.to_le_bytes()),
        Op::Long(v) => b.raw(Syntax::LIST_VALUE_LONG, &v.to_le_bytes()),
        Op::Word(v) => b.raw(Syntax::LIST_VALUE_WORD, &v.to_le_bytes()),
        Op::ULargeInteger(v) => b.raw(Syntax::LIST_VALUE_ULARGE_INTEGER, &v.to_le_bytes()),
        Op::Sz(s) => b.text(Syntax::LIST_VALUE_SZ, s),
        Op::ExpandSz(s) => b.text(Syntax::LIST_VALUE_EXPAND_SZ, s),
        Op::MultiSz(items) => b.multi(items),
        Op::Binary(bytes) => b.raw(Syntax::LIST_VALUE_BINARY, bytes),
        Op::Raw(syntax, bytes) => b.raw(Syntax(*syntax), bytes),
        Op::NestedValueList(ops) if depth < 20 => {
            let bytes = value_list(ops, depth + 1)?;
            b.raw(Syntax::LIST_VALUE_VALUE_LIST, &bytes);
        }
        Op::NestedPropertyList(ops) if depth < 20 => {
            let (bytes, _) = property_list(ops, depth + 1)?;
            b.raw(Syntax::LIST_VALUE_PROPERTY_LIST, &bytes);
        }
        Op::NestedValueList(_) | Op::NestedPropertyList(_) => {}
    }
    Some(())
}

/// What both builders share, for `value`.
trait Adders {
    fn raw(&mut self, syntax: Syntax, data: &[u8]);
    fn text(&mut self, syntax: Syntax, text: &str);
    fn multi(&mut self, items: &[String]);
}

macro_rules! adders {
    ($($t:ty),*) => {$(
        impl Adders for $t {
            fn raw(&mut self, syntax: Syntax, data: &[u8]) {
                self.value(syntax, data);
            }
            fn text(&mut self, syntax: Syntax, text: &str) {
                self.string(syntax, text);
            }
            fn multi(&mut self, items: &[String]) {
                self.multi_sz(items.iter().map(String::as_str));
            }
        }
    )*};
}
adders!(PropertyListBuilder, ValueListBuilder);

fuzz_target!(|ops: Vec<Op>| {
    if let Some((bytes, started)) = property_list(&ops, 0) {
        let list = PropertyList::parse(&bytes)
            .unwrap_or_else(|e| panic!("built a property list the parser rejects: {e}\n{ops:?}"));
        assert_eq!(list.len(), started, "{ops:?}");
    }
    if let Some(bytes) = value_list(&ops, 0) {
        ValueList::parse(&bytes)
            .unwrap_or_else(|e| panic!("built a value list the parser rejects: {e}\n{ops:?}"));
    }
});
