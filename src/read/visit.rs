//! Single-pass parsing: [`Visit`] receives each property and value as the parser checks it.

use crate::read::utf16::Utf16Str;
use crate::read::value::Value;

/// Receives the properties and values of a list while a parse checks them, in buffer order.
///
/// [`PropertyList::parse`](crate::PropertyList::parse) checks the whole buffer, and walking the
/// returned view reads the entries a second time. [`PropertyList::visit`](crate::PropertyList::visit)
/// (and [`ValueList::visit`](crate::ValueList::visit)) does both in one pass: the same checks, in
/// the same order, with the same errors, but each property's name and each value is handed to the
/// visitor as soon as its own entry has passed them. That is the fastest way to read every value
/// of a buffer.
///
/// The price is the order of events: a visitor may see properties of a buffer that turns out to
/// be malformed further on. When `visit` returns an error, discard what the visitor collected (or
/// keep it knowingly: everything it saw passed the checks). On success it has seen every property
/// and every value, and `visit` returns the same view as `parse`.
///
/// Both methods do nothing by default; `()` is the visitor that ignores everything (`parse` is
/// `visit` with `&mut ()`). Lists nested in VALUE_LIST / PROPERTY_LIST values are checked but
/// not visited: the visitor receives the value, whose [`decoded`](Value::decoded) form holds the
/// nested list.
///
/// ```
/// use clusprop::{Decoded, PropertyList, PropertyListBuilder, Utf16Str, Value, Visit};
///
/// /// Sums the DWORD values and counts the properties.
/// #[derive(Default)]
/// struct Totals {
///     properties: usize,
///     dwords: u64,
/// }
///
/// impl<'a> Visit<'a> for Totals {
///     fn visit_property(&mut self, _name: Utf16Str<'a>, _offset: usize) {
///         self.properties += 1;
///     }
///     fn visit_value(&mut self, value: &Value<'a>) {
///         if let Decoded::Dword(n) = value.decoded() {
///             self.dwords += u64::from(n);
///         }
///     }
/// }
///
/// let bytes = PropertyListBuilder::new()
///     .property("Role").dword(3)
///     .property("Name").sz("Cluster Network 1")
///     .property("Metric").dword(39840)
///     .finish()?;
/// let mut totals = Totals::default();
/// let list = PropertyList::visit(&bytes, Default::default(), &mut totals)?;
/// assert_eq!((totals.properties, totals.dwords), (3, 39843));
/// assert_eq!(list.len(), 3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Visit<'a> {
    /// A property's name entry passed its checks; its values follow. `offset` is the name
    /// entry's offset in the buffer (as [`Property::offset`](crate::Property::offset)).
    #[inline]
    fn visit_property(&mut self, name: Utf16Str<'a>, offset: usize) {
        let _ = (name, offset);
    }

    /// A value entry passed its checks (of the property last visited, in a property list).
    #[inline]
    fn visit_value(&mut self, value: &Value<'a>) {
        let _ = value;
    }
}

/// Ignores everything: a plain parse.
impl Visit<'_> for () {}

impl<'a, V: Visit<'a> + ?Sized> Visit<'a> for &mut V {
    #[inline]
    fn visit_property(&mut self, name: Utf16Str<'a>, offset: usize) {
        (**self).visit_property(name, offset);
    }

    #[inline]
    fn visit_value(&mut self, value: &Value<'a>) {
        (**self).visit_value(value);
    }
}

/// What the checks hand out as they pass each entry: [`Visit`]'s two events, and the entries a
/// visitor does not see (the count, the end marks, what follows a list), for the
/// [dissection](crate::dissect). Crate-private: every [`Visit`] is a `Walk` that ignores the
/// extra events, so `parse` and `visit` compile to what they were.
///
/// Each event comes once its entry has passed every check that can refuse it, in buffer order;
/// offsets are absolute (counted from the start of the outermost buffer).
pub(crate) trait Walk<'a> {
    /// A name entry at `offset` passed its checks ([`Visit::visit_property`]).
    fn property(&mut self, name: Utf16Str<'a>, offset: usize);

    /// A value entry passed its checks ([`Visit::visit_value`]).
    fn value(&mut self, value: &Value<'a>);

    /// The property count at `offset` (4 bytes) passed its check.
    #[inline(always)]
    fn count(&mut self, offset: usize, count: u32) {
        let _ = (offset, count);
    }

    /// The end mark at `offset` (4 bytes) closed a property's values or a value list.
    #[inline(always)]
    fn end_mark(&mut self, offset: usize) {
        let _ = offset;
    }

    /// The list-level end mark at `offset` (4 bytes) follows a property list's properties.
    #[inline(always)]
    fn trailing_end_mark(&mut self, offset: usize) {
        let _ = offset;
    }

    /// Bytes that lenient mode accepts after a list (after its trailing end mark, if any).
    #[inline(always)]
    fn trailing_bytes(&mut self, offset: usize, bytes: &'a [u8]) {
        let _ = (offset, bytes);
    }
}

impl<'a, V: Visit<'a> + ?Sized> Walk<'a> for V {
    #[inline(always)]
    fn property(&mut self, name: Utf16Str<'a>, offset: usize) {
        self.visit_property(name, offset);
    }

    #[inline(always)]
    fn value(&mut self, value: &Value<'a>) {
        self.visit_value(value);
    }
}
