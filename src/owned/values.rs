//! [`OwnedValues`]: a property's values, the first one inline.

use super::OwnedValue;
use alloc::vec;
use alloc::vec::Vec;
use core::iter::FusedIterator;

/// A property's values: one value is kept inline, more go to a `Vec`.
///
/// Almost every property has exactly one value (Windows sends two only for EXPAND_SZ
/// properties), so a typical [`OwnedProperty`](crate::OwnedProperty) allocates nothing for its
/// values. It dereferences to `[OwnedValue]` (mutably too), and compares and hashes as that
/// slice, whatever the representation.
///
/// ```
/// use clusprop::owned::{OwnedValue, OwnedValues};
///
/// let mut values = OwnedValues::from(OwnedValue::dword(1));
/// assert_eq!(values.len(), 1);
/// values.push(OwnedValue::dword(2));
/// values[0] = OwnedValue::dword(0);
/// assert_eq!(values, [OwnedValue::dword(0), OwnedValue::dword(2)]);
/// assert_eq!(values.iter().filter_map(|v| v.view().as_u32()).sum::<u32>(), 2);
///
/// let collected: OwnedValues = (0..3).map(OwnedValue::dword).collect();
/// assert_eq!(collected.len(), 3);
/// for value in collected {
///     assert!(value.view().as_u32().is_some());
/// }
/// ```
#[derive(Clone)]
pub struct OwnedValues(Repr);

#[derive(Clone)]
enum Repr {
    One(OwnedValue),
    /// Any number of values: none (no allocation until a second value), or several.
    Many(Vec<OwnedValue>),
}

impl Default for Repr {
    fn default() -> Self {
        Repr::Many(Vec::new())
    }
}

impl OwnedValues {
    /// No values (allocates nothing).
    ///
    /// ```
    /// assert!(clusprop::owned::OwnedValues::new().is_empty());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        OwnedValues(Repr::Many(Vec::new()))
    }

    /// The values as a slice.
    ///
    /// ```
    /// use clusprop::owned::{OwnedValue, OwnedValues};
    ///
    /// let values = OwnedValues::from(OwnedValue::word(7));
    /// assert_eq!(values.as_slice(), [OwnedValue::word(7)]);
    /// ```
    #[inline]
    #[must_use]
    pub fn as_slice(&self) -> &[OwnedValue] {
        match &self.0 {
            Repr::One(value) => core::slice::from_ref(value),
            Repr::Many(values) => values,
        }
    }

    /// The values as a mutable slice.
    ///
    /// ```
    /// use clusprop::owned::{OwnedValue, OwnedValues};
    ///
    /// let mut values = OwnedValues::from(OwnedValue::word(7));
    /// values.as_mut_slice()[0] = OwnedValue::word(8);
    /// assert_eq!(values, [OwnedValue::word(8)]);
    /// ```
    #[inline]
    #[must_use]
    pub fn as_mut_slice(&mut self) -> &mut [OwnedValue] {
        match &mut self.0 {
            Repr::One(value) => core::slice::from_mut(value),
            Repr::Many(values) => values,
        }
    }

    /// Appends a value. The first value of an empty list is kept inline (unless the list already
    /// has an allocation to reuse); a second one moves both into a `Vec`.
    ///
    /// ```
    /// use clusprop::owned::{OwnedValue, OwnedValues};
    ///
    /// let mut values = OwnedValues::new();
    /// values.push(OwnedValue::expand_sz("%TEMP%")?);
    /// values.push(OwnedValue::expanded_sz("C:\\Temp")?);
    /// assert_eq!(values.len(), 2);
    /// # Ok::<(), clusprop::BuildError>(())
    /// ```
    pub fn push(&mut self, value: OwnedValue) {
        self.0 = match core::mem::take(&mut self.0) {
            Repr::Many(values) if values.capacity() == 0 => Repr::One(value),
            Repr::Many(mut values) => {
                values.push(value);
                Repr::Many(values)
            }
            Repr::One(first) => {
                let mut values = Vec::with_capacity(4);
                values.push(first);
                values.push(value);
                Repr::Many(values)
            }
        };
    }

    /// Removes the last value and returns it, or `None` if there is none.
    ///
    /// ```
    /// use clusprop::owned::{OwnedValue, OwnedValues};
    ///
    /// let mut values = OwnedValues::from(OwnedValue::dword(1));
    /// assert_eq!(values.pop(), Some(OwnedValue::dword(1)));
    /// assert_eq!(values.pop(), None);
    /// ```
    pub fn pop(&mut self) -> Option<OwnedValue> {
        match &mut self.0 {
            Repr::Many(values) => values.pop(),
            Repr::One(_) => match core::mem::take(&mut self.0) {
                Repr::One(value) => Some(value),
                Repr::Many(_) => None,
            },
        }
    }

    /// Keeps the first `len` values and drops the rest (nothing happens when there are `len`
    /// or fewer).
    ///
    /// ```
    /// use clusprop::owned::{OwnedValue, OwnedValues};
    ///
    /// let mut values: OwnedValues = (0..3).map(OwnedValue::dword).collect();
    /// values.truncate(1);
    /// assert_eq!(values, [OwnedValue::dword(0)]);
    /// ```
    pub fn truncate(&mut self, len: usize) {
        match &mut self.0 {
            Repr::Many(values) => values.truncate(len),
            Repr::One(_) if len == 0 => self.0 = Repr::default(),
            Repr::One(_) => {}
        }
    }

    /// Removes every value (keeping the allocation, if any).
    ///
    /// ```
    /// use clusprop::owned::{OwnedValue, OwnedValues};
    ///
    /// let mut values = OwnedValues::from(OwnedValue::dword(1));
    /// values.clear();
    /// assert!(values.is_empty());
    /// ```
    pub fn clear(&mut self) {
        self.truncate(0);
    }

    /// The values as a `Vec` (allocates only for a single inline value).
    ///
    /// ```
    /// use clusprop::owned::{OwnedValue, OwnedValues};
    ///
    /// let values = OwnedValues::from(OwnedValue::dword(1));
    /// assert_eq!(values.into_vec(), vec![OwnedValue::dword(1)]);
    /// ```
    #[must_use]
    pub fn into_vec(self) -> Vec<OwnedValue> {
        match self.0 {
            Repr::One(value) => vec![value],
            Repr::Many(values) => values,
        }
    }
}

content_impls!(OwnedValues => [OwnedValue], as_slice, mut as_mut_slice);

impl From<OwnedValue> for OwnedValues {
    #[inline]
    fn from(value: OwnedValue) -> Self {
        OwnedValues(Repr::One(value))
    }
}

/// A single value moves inline (the vector's allocation is freed); more keep the vector.
impl From<Vec<OwnedValue>> for OwnedValues {
    fn from(mut values: Vec<OwnedValue>) -> Self {
        if values.len() == 1 {
            if let Some(value) = values.pop() {
                return OwnedValues(Repr::One(value));
            }
        }
        OwnedValues(Repr::Many(values))
    }
}

impl<const N: usize> From<[OwnedValue; N]> for OwnedValues {
    fn from(values: [OwnedValue; N]) -> Self {
        values.into_iter().collect()
    }
}

impl From<&[OwnedValue]> for OwnedValues {
    fn from(values: &[OwnedValue]) -> Self {
        values.iter().cloned().collect()
    }
}

impl From<OwnedValues> for Vec<OwnedValue> {
    fn from(values: OwnedValues) -> Self {
        values.into_vec()
    }
}

/// Allocates nothing for zero or one value, and one exactly sized `Vec` for more when the
/// iterator's lower size bound is exact.
impl FromIterator<OwnedValue> for OwnedValues {
    #[inline]
    fn from_iter<I: IntoIterator<Item = OwnedValue>>(iter: I) -> Self {
        let mut iter = iter.into_iter();
        let Some(first) = iter.next() else {
            return Self::new();
        };
        let Some(second) = iter.next() else {
            return OwnedValues(Repr::One(first));
        };
        let mut values = Vec::with_capacity(iter.size_hint().0.saturating_add(2));
        values.push(first);
        values.push(second);
        values.extend(iter);
        OwnedValues(Repr::Many(values))
    }
}

impl Extend<OwnedValue> for OwnedValues {
    fn extend<I: IntoIterator<Item = OwnedValue>>(&mut self, iter: I) {
        let mut iter = iter.into_iter();
        if let Repr::Many(values) = &mut self.0 {
            if values.capacity() != 0 {
                values.extend(iter);
                return;
            }
        }
        // Inline or unallocated: the first value, then a sized vector for the rest.
        if self.is_empty() {
            let Some(first) = iter.next() else {
                return;
            };
            self.0 = Repr::One(first);
        }
        let Some(next) = iter.next() else {
            return;
        };
        let mut values = Vec::with_capacity(iter.size_hint().0.saturating_add(2));
        if let Repr::One(first) = core::mem::take(&mut self.0) {
            values.push(first);
        }
        values.push(next);
        values.extend(iter);
        self.0 = Repr::Many(values);
    }
}

content_eq!(
    OwnedValues, as_slice:
    [] [OwnedValue],
    [] &[OwnedValue],
    [] Vec<OwnedValue>,
    [const N: usize] [OwnedValue; N],
    [const N: usize] &[OwnedValue; N],
);

impl<'a> IntoIterator for &'a OwnedValues {
    type Item = &'a OwnedValue;
    type IntoIter = core::slice::Iter<'a, OwnedValue>;

    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl<'a> IntoIterator for &'a mut OwnedValues {
    type Item = &'a mut OwnedValue;
    type IntoIter = core::slice::IterMut<'a, OwnedValue>;

    fn into_iter(self) -> Self::IntoIter {
        self.as_mut_slice().iter_mut()
    }
}

impl IntoIterator for OwnedValues {
    type Item = OwnedValue;
    type IntoIter = OwnedValuesIntoIter;

    fn into_iter(self) -> OwnedValuesIntoIter {
        OwnedValuesIntoIter(match self.0 {
            Repr::One(value) => IterRepr::One(Some(value).into_iter()),
            Repr::Many(values) => IterRepr::Many(values.into_iter()),
        })
    }
}

/// The values of an [`OwnedValues`], by value (its [`IntoIterator`]).
///
/// ```
/// use clusprop::owned::{OwnedValue, OwnedValues};
///
/// let values = OwnedValues::from(OwnedValue::dword(1));
/// let mut iter = values.into_iter();
/// assert_eq!(iter.len(), 1);
/// assert_eq!(iter.next(), Some(OwnedValue::dword(1)));
/// assert_eq!(iter.next(), None);
/// ```
#[derive(Debug, Clone)]
pub struct OwnedValuesIntoIter(IterRepr);

#[derive(Debug, Clone)]
enum IterRepr {
    One(core::option::IntoIter<OwnedValue>),
    Many(alloc::vec::IntoIter<OwnedValue>),
}

impl Iterator for OwnedValuesIntoIter {
    type Item = OwnedValue;

    #[inline]
    fn next(&mut self) -> Option<OwnedValue> {
        match &mut self.0 {
            IterRepr::One(iter) => iter.next(),
            IterRepr::Many(iter) => iter.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.0 {
            IterRepr::One(iter) => iter.size_hint(),
            IterRepr::Many(iter) => iter.size_hint(),
        }
    }
}

impl DoubleEndedIterator for OwnedValuesIntoIter {
    fn next_back(&mut self) -> Option<OwnedValue> {
        match &mut self.0 {
            IterRepr::One(iter) => iter.next_back(),
            IterRepr::Many(iter) => iter.next_back(),
        }
    }
}

impl ExactSizeIterator for OwnedValuesIntoIter {}
impl FusedIterator for OwnedValuesIntoIter {}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{OwnedValue, OwnedValues};
    use serde::de::{Deserialize, Deserializer};
    use serde::ser::{Serialize, Serializer};

    /// A sequence of values.
    impl Serialize for OwnedValues {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_seq(self.as_slice())
        }
    }

    /// A sequence of values.
    impl<'de> Deserialize<'de> for OwnedValues {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            visit!(deserializer.deserialize_seq() as OwnedValues, "a sequence of values" {
                visit_seq(mut seq) => {
                    let mut values = OwnedValues::new();
                    while let Some(value) = seq.next_element::<OwnedValue>()? {
                        values.push(value);
                    }
                    Ok(values)
                },
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::owned::tests::hash;

    fn dwords(n: u32) -> Vec<OwnedValue> {
        (0..n).map(OwnedValue::dword).collect()
    }

    #[test]
    fn size() {
        // One value inline and a tag; with its 24-byte name and the pointer to a raw name, an
        // owned property is 72 bytes. (Packing the tag into a niche of the value gave 32 and 56
        // bytes, and decoding to the owned model was 15 % slower.) A value's padding sits in
        // what would be the alignment padding after its syntax. The sizes are those of 64-bit
        // targets; 32-bit ones (i686) have smaller vectors and pointers.
        let sizes = [
            size_of::<OwnedValue>(),
            size_of::<OwnedValues>(),
            size_of::<crate::OwnedProperty>(),
        ];
        if cfg!(target_pointer_width = "64") {
            assert_eq!(sizes, [32, 40, 72]);
        } else {
            assert!(
                sizes[0] <= 32 && sizes[1] <= 40 && sizes[2] <= 72,
                "{sizes:?}"
            );
        }
    }

    #[test]
    fn representations() {
        assert!(matches!(OwnedValues::new().0, Repr::Many(ref v) if v.capacity() == 0));
        assert!(matches!(OwnedValues::from(dwords(1)).0, Repr::One(_)));
        assert!(matches!(
            dwords(1).into_iter().collect::<OwnedValues>().0,
            Repr::One(_)
        ));
        assert!(
            matches!(dwords(0).into_iter().collect::<OwnedValues>().0, Repr::Many(ref v) if v.capacity() == 0)
        );
        let many: OwnedValues = dwords(3).into_iter().collect();
        assert!(matches!(many.0, Repr::Many(ref v) if v.capacity() == 3));
        let mut pushed = OwnedValues::new();
        pushed.push(OwnedValue::dword(0));
        assert!(matches!(pushed.0, Repr::One(_)));
        pushed.push(OwnedValue::dword(1));
        assert!(matches!(pushed.0, Repr::Many(_)));
        assert_eq!(pushed, dwords(2));
    }

    #[test]
    fn equality_and_hashing_ignore_the_representation() {
        for n in 0..4 {
            let expected = dwords(n);
            let collected: OwnedValues = expected.iter().cloned().collect();
            let from_vec = OwnedValues::from(expected.clone());
            let many = OwnedValues(Repr::Many(expected.clone()));
            let mut pushed = OwnedValues::new();
            for v in &expected {
                pushed.push(v.clone());
            }
            let mut extended = OwnedValues::new();
            extended.extend(expected.iter().cloned());
            for values in [collected, from_vec, many, pushed, extended] {
                assert_eq!(values, expected);
                assert_eq!(expected, values);
                assert_eq!(values, expected[..]);
                assert_eq!(values.len(), expected.len());
                assert_eq!(hash(&values), hash(&expected));
                assert_eq!(hash(&values), hash(&expected[..]));
                assert_eq!(format!("{values:?}"), format!("{expected:?}"));
                assert_eq!(
                    values.iter().collect::<Vec<_>>(),
                    expected.iter().collect::<Vec<_>>()
                );
                assert_eq!((&values).into_iter().count(), expected.len());
                assert_eq!(values.clone().into_iter().collect::<Vec<_>>(), expected);
                assert_eq!(
                    values.clone().into_iter().rev().collect::<Vec<_>>(),
                    expected.iter().rev().cloned().collect::<Vec<_>>()
                );
                assert_eq!(values.clone().into_vec(), expected);
            }
        }
        // A Vec holding one value equals the inline value.
        let inline = OwnedValues::from(OwnedValue::dword(5));
        let many = OwnedValues(Repr::Many(vec![OwnedValue::dword(5)]));
        assert_eq!(inline, many);
        assert_eq!(hash(&inline), hash(&many));
        assert_eq!(OwnedValues::default(), OwnedValues::new());
        assert_eq!(OwnedValues::new(), Vec::<OwnedValue>::new());
    }

    #[test]
    fn edits() {
        let mut values = OwnedValues::from(OwnedValue::dword(0));
        for v in &mut values {
            *v = OwnedValue::dword(9);
        }
        assert_eq!(values, [OwnedValue::dword(9)]);
        values.extend(dwords(2));
        assert_eq!(values.len(), 3);
        values.truncate(5);
        assert_eq!(values.len(), 3);
        values.truncate(1);
        assert_eq!(values, [OwnedValue::dword(9)]);
        assert_eq!(values.pop(), Some(OwnedValue::dword(9)));
        assert_eq!(values.pop(), None);
        values.push(OwnedValue::dword(1));
        assert_eq!(values, [OwnedValue::dword(1)]);
        let mut one = OwnedValues::from(OwnedValue::dword(1));
        assert_eq!(one.pop(), Some(OwnedValue::dword(1)));
        assert!(one.is_empty());
        one.push(OwnedValue::dword(2));
        one.extend(dwords(0));
        one.extend(dwords(1));
        assert_eq!(one, [OwnedValue::dword(2), OwnedValue::dword(0)]);
        one.clear();
        assert!(one.is_empty());
        let mut inline = OwnedValues::from(OwnedValue::dword(1));
        inline.truncate(0);
        assert!(inline.is_empty());
        let array = OwnedValues::from([OwnedValue::dword(1), OwnedValue::dword(2)]);
        assert_eq!(array, &[OwnedValue::dword(1), OwnedValue::dword(2)]);
        assert_eq!(OwnedValues::from(&array[..]), array);
        assert_eq!(Vec::from(array.clone()), array);
    }
}
