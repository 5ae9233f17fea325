//! The owned model's containers against `Vec`, as a model: arbitrary operations on
//! `OwnedValues` (inline for one value, a vector beyond) and the same on a `Vec<OwnedValue>` must
//! leave the same values after every step, and convert and iterate (both ways) the same; every
//! conversion into `Name` and `Data` (inline up to `INLINE_CAPACITY`, on the heap beyond) must
//! keep the exact text or bytes, and give them back.
#![no_main]

use arbitrary::Arbitrary;
use clusprop::owned::{Data, Name, OwnedValues};
use clusprop::OwnedValue;
use libfuzzer_sys::fuzz_target;
use std::borrow::Cow;

#[derive(Arbitrary, Debug)]
enum Op {
    Push(OwnedValue),
    Pop,
    Truncate(u8),
    Clear,
    Extend(Vec<OwnedValue>),
    /// Replaces the data of the value at this index (modulo the length), through `as_mut_slice`.
    SetData(u8, Vec<u8>),
    /// Rebuilds the values through one of the conversions.
    Convert(u8),
}

fn check_name(text: &str) {
    let mut owned = text.to_owned();
    let names = [
        Name::from(text),
        Name::from(owned.as_mut_str()),
        Name::from(&owned),
        Name::from(owned.clone()),
        Name::from(owned.clone().into_boxed_str()),
        Name::from(Cow::Borrowed(text)),
        Name::from(Cow::<str>::Owned(owned.clone())),
        text.parse::<Name>().expect("any text is a name"),
    ];
    for name in names {
        assert_eq!(name.as_str(), text);
        assert_eq!(name.to_string(), text);
        assert_eq!(AsRef::<[u8]>::as_ref(&name), text.as_bytes());
        assert_eq!(name.clone().into_string(), text);
        assert_eq!(&*Box::<str>::from(name.clone()), text);
        assert_eq!(String::from(name), text);
    }
}

fn check_data(bytes: &[u8]) {
    let mut owned = bytes.to_vec();
    let all = [
        Data::from(bytes),
        Data::from(owned.as_mut_slice()),
        Data::from(&owned),
        Data::from(owned.clone()),
        Data::from(owned.clone().into_boxed_slice()),
        Data::from(Cow::Borrowed(bytes)),
        Data::from(Cow::<[u8]>::Owned(owned.clone())),
    ];
    for data in all {
        assert_eq!(data.as_slice(), bytes);
        assert_eq!(
            data.is_inline(),
            bytes.len() <= clusprop::owned::INLINE_CAPACITY
        );
        assert_eq!(data.clone().into_vec(), bytes);
        assert_eq!(&*Box::<[u8]>::from(data.clone()), bytes);
        let mut flipped = data.clone();
        for b in flipped.as_mut_slice() {
            *b = !*b;
        }
        assert!(flipped.iter().zip(bytes).all(|(a, b)| *a == !*b));
        assert_eq!(Vec::<u8>::from(data), bytes);
    }
    if let Ok(four) = <[u8; 4]>::try_from(bytes) {
        assert_eq!(Data::from(four).as_slice(), bytes);
        assert_eq!(Data::from(&four).as_slice(), bytes);
    }
}

fuzz_target!(|input: (Vec<Op>, String, Vec<u8>)| {
    let (ops, text, bytes) = input;
    check_name(&text);
    check_data(&bytes);

    let mut values = OwnedValues::new();
    let mut model: Vec<OwnedValue> = Vec::new();
    for op in ops {
        match op {
            Op::Push(v) => {
                values.push(v.clone());
                model.push(v);
            }
            Op::Pop => assert_eq!(values.pop(), model.pop()),
            Op::Truncate(n) => {
                values.truncate(usize::from(n));
                model.truncate(usize::from(n));
            }
            Op::Clear => {
                values.clear();
                model.clear();
            }
            Op::Extend(more) => {
                values.extend(more.iter().cloned());
                model.extend(more);
            }
            Op::SetData(i, data) => {
                if !model.is_empty() {
                    let i = usize::from(i) % model.len();
                    values.as_mut_slice()[i].data = Data::from(data.as_slice());
                    model[i].data = Data::from(data);
                }
            }
            Op::Convert(how) => {
                values = match how % 5 {
                    0 => OwnedValues::from(values.into_vec()),
                    1 => OwnedValues::from(values.as_slice()),
                    2 => values.into_iter().collect(),
                    3 => match <[OwnedValue; 1]>::try_from(values.clone().into_vec()) {
                        Ok(one) => OwnedValues::from(one),
                        Err(_) => values,
                    },
                    _ => match model.first() {
                        Some(first) if model.len() == 1 => OwnedValues::from(first.clone()),
                        _ => Vec::<OwnedValue>::from(values).into(),
                    },
                };
            }
        }
        assert_eq!(values.as_slice(), model.as_slice());
        assert_eq!(values.len(), model.len());
    }
    assert!((&values).into_iter().eq(model.iter()));
    for v in &mut values {
        v.data = Data::from(&b"x"[..]);
    }
    for v in &mut model {
        v.data = Data::from(&b"x"[..]);
    }
    let back: Vec<_> = values.clone().into_iter().rev().collect();
    assert!(back.iter().eq(model.iter().rev()));
    let mut iter = values.into_iter();
    assert_eq!(iter.len(), model.len());
    let (mut front, mut rear) = (Vec::new(), Vec::new());
    loop {
        match (iter.next(), iter.next_back()) {
            (Some(a), Some(b)) => {
                front.push(a);
                rear.push(b);
            }
            (Some(a), None) => front.push(a),
            (None, _) => break,
        }
    }
    front.extend(rear.into_iter().rev());
    assert_eq!(front, model);
});
