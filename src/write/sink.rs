//! Where a builder writes: a growing `Vec<u8>`, a caller's slice ([`SliceSink`]) or a counter
//! that only measures ([`Counter`]). All three take the same calls, so a measured length is
//! exactly what is written.

use crate::error::BuildError;
use alloc::vec::Vec;

mod sealed {
    pub trait Sealed {}
}

/// Where a builder writes: `Vec<u8>`, [`SliceSink`] or [`Counter`]. Sealed.
pub trait Sink: sealed::Sealed {
    /// What [`finish`](super::PropertyListBuilder::finish) returns.
    type Output;
    #[doc(hidden)]
    fn position(&self) -> usize;
    #[doc(hidden)]
    fn put(&mut self, bytes: &[u8]);
    #[doc(hidden)]
    fn patch(&mut self, at: usize, bytes: [u8; 4]);
    #[doc(hidden)]
    fn take(&mut self) -> Result<Self::Output, BuildError>;
    /// Writes ASCII bytes as UTF-16LE code units (each byte, then a zero byte).
    #[doc(hidden)]
    fn put_ascii(&mut self, ascii: &[u8]) {
        let mut chunk = [0u8; 64];
        for part in ascii.chunks(32) {
            for (slot, &b) in chunk.chunks_exact_mut(2).zip(part) {
                slot.copy_from_slice(&[b, 0]);
            }
            self.put(
                chunk
                    .get(..part.len().saturating_mul(2))
                    .unwrap_or_default(),
            );
        }
    }
}

impl sealed::Sealed for Vec<u8> {}

/// Grows as needed; `finish` returns the bytes.
impl Sink for Vec<u8> {
    type Output = Vec<u8>;

    #[inline]
    fn position(&self) -> usize {
        self.len()
    }

    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }

    #[inline]
    fn put_ascii(&mut self, ascii: &[u8]) {
        self.extend(ascii.iter().flat_map(|&b| [b, 0]));
    }

    fn patch(&mut self, at: usize, bytes: [u8; 4]) {
        if let Some(slot) = at.checked_add(4).and_then(|end| self.get_mut(at..end)) {
            slot.copy_from_slice(&bytes);
        }
    }

    fn take(&mut self) -> Result<Vec<u8>, BuildError> {
        Ok(core::mem::take(self))
    }
}

/// A caller's buffer. Writing past its end is not an error until `finish`, which then reports
/// the exact length the whole encoding needs ([`BuildError::BufferTooSmall`]). After an error the
/// buffer's contents are unspecified.
#[derive(Debug)]
pub struct SliceSink<'b> {
    buf: &'b mut [u8],
    pos: usize,
}

impl<'b> SliceSink<'b> {
    /// A sink writing `buf` from its start.
    pub(crate) fn new(buf: &'b mut [u8]) -> Self {
        SliceSink { buf, pos: 0 }
    }
}

impl sealed::Sealed for SliceSink<'_> {}

/// `finish` returns the number of bytes written.
impl Sink for SliceSink<'_> {
    type Output = usize;

    #[inline]
    fn position(&self) -> usize {
        self.pos
    }

    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        let end = self.pos.saturating_add(bytes.len());
        if let Some(slot) = self.buf.get_mut(self.pos..end) {
            slot.copy_from_slice(bytes);
        }
        self.pos = end;
    }

    #[inline]
    fn put_ascii(&mut self, ascii: &[u8]) {
        let end = self.pos.saturating_add(ascii.len().saturating_mul(2));
        if let Some(slot) = self.buf.get_mut(self.pos..end) {
            for (unit, &b) in slot.chunks_exact_mut(2).zip(ascii) {
                unit.copy_from_slice(&[b, 0]);
            }
        }
        self.pos = end;
    }

    fn patch(&mut self, at: usize, bytes: [u8; 4]) {
        if let Some(slot) = at.checked_add(4).and_then(|end| self.buf.get_mut(at..end)) {
            slot.copy_from_slice(&bytes);
        }
    }

    fn take(&mut self) -> Result<usize, BuildError> {
        let written = core::mem::take(&mut self.pos);
        if written > self.buf.len() {
            return Err(BuildError::BufferTooSmall {
                needed: written,
                available: self.buf.len(),
            });
        }
        Ok(written)
    }
}

/// Measures without writing; `finish` returns the exact encoded length.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counter {
    pos: usize,
}

impl sealed::Sealed for Counter {}

impl Sink for Counter {
    type Output = usize;

    #[inline]
    fn position(&self) -> usize {
        self.pos
    }

    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        self.pos = self.pos.saturating_add(bytes.len());
    }

    #[inline]
    fn put_ascii(&mut self, ascii: &[u8]) {
        self.pos = self.pos.saturating_add(ascii.len().saturating_mul(2));
    }

    fn patch(&mut self, _at: usize, _bytes: [u8; 4]) {}

    fn take(&mut self) -> Result<usize, BuildError> {
        Ok(core::mem::take(&mut self.pos))
    }
}
