//! The scanning code behind the string checks: one pass over UTF-16LE code units, SSE2 vectors on
//! x86_64 and 64-bit words elsewhere. This module alone holds the crate's `unsafe` outside the
//! Windows adapter; everything else reads strings through its safe functions.

/// What one pass over UTF-16LE code units found: the index of the first NUL and of the first
/// surrogate (paired or not), in code units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Scan {
    pub(crate) first_nul: Option<usize>,
    pub(crate) first_surrogate: Option<usize>,
}

/// Whether every code unit is ASCII (below 0x80), four units at a time.
pub(crate) fn is_ascii(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    let all = chunks.by_ref().all(|c| {
        u64::from_le_bytes(<[u8; 8]>::try_from(c).unwrap_or_default()) & 0xFF80_FF80_FF80_FF80 == 0
    });
    all && chunks
        .remainder()
        .chunks(2)
        .all(|u| u.first().is_some_and(|&lo| lo < 0x80) && u.get(1).is_none_or(|&hi| hi == 0))
}

/// Flags (bit 15 of a 16-bit lane) for the NUL lanes and the surrogate lanes of four code units.
/// In `(x - 0x0001…) & !x & 0x8000…` the lowest flagged lane is always a zero lane (borrows only
/// travel upwards from a zero lane), so the first hit of each mask is exact.
#[inline(always)]
fn lanes(x: u64) -> (u64, u64) {
    const LO: u64 = 0x0001_0001_0001_0001;
    const HI: u64 = 0x8000_8000_8000_8000;
    const TOP5: u64 = 0xF800_F800_F800_F800;
    const SURROGATE: u64 = 0xD800_D800_D800_D800;
    let zero = x.wrapping_sub(LO) & !x & HI;
    let y = (x & TOP5) ^ SURROGATE;
    (zero, y.wrapping_sub(LO) & !y & HI)
}

/// The unit index of the first flagged lane of `mask`, counting from `base`.
#[inline(always)]
fn first_lane(base: usize, mask: u64) -> usize {
    base.saturating_add((mask.trailing_zeros() / 16) as usize)
}

/// Scans code units four at a time (SWAR on little-endian `u64`s); a trailing odd byte is
/// ignored.
#[inline]
pub(crate) fn scan(bytes: &[u8]) -> Scan {
    let even = bytes.get(..bytes.len() & !1).unwrap_or_default();
    let mut found = Scan {
        first_nul: None,
        first_surrogate: None,
    };
    let note = |found: &mut Scan, base: usize, (zero, surrogate): (u64, u64)| {
        if found.first_nul.is_none() && zero != 0 {
            found.first_nul = Some(first_lane(base, zero));
        }
        if found.first_surrogate.is_none() && surrogate != 0 {
            found.first_surrogate = Some(first_lane(base, surrogate));
        }
    };
    let word = |chunk: &[u8]| u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
    let mut chunks = even.chunks_exact(8);
    let mut base = 0usize;
    for chunk in &mut chunks {
        let (zero, surrogate) = lanes(word(chunk));
        if zero | surrogate != 0 {
            note(&mut found, base, (zero, surrogate));
            if found.first_nul.is_some() && found.first_surrogate.is_some() {
                return found;
            }
        }
        base = base.saturating_add(4);
    }
    let tail_units = chunks.remainder().len() / 2;
    if tail_units == 0 {
        return found;
    }
    if let Some(last) = even.len().checked_sub(8).and_then(|at| even.get(at..)) {
        // The last four units overlap the chunks already seen: drop those lanes.
        let seen = 4usize.saturating_sub(tail_units);
        let shift = u32::try_from(seen.saturating_mul(16)).unwrap_or(0);
        let (zero, surrogate) = lanes(word(last));
        note(&mut found, base, (zero >> shift, surrogate >> shift));
    } else {
        // Fewer than four units in all: fill up with units 0x4141, neither NUL nor surrogate.
        let mut tail = 0x4141_4141_4141_4141u64;
        for (i, &b) in chunks.remainder().iter().enumerate() {
            let at = u32::try_from(i.saturating_mul(8)).unwrap_or(0);
            tail = (tail & !(0xFFu64 << at)) | (u64::from(b) << at);
        }
        note(&mut found, base, lanes(tail));
    }
    found
}

/// Whether the code units hold a NUL, and whether they hold a surrogate (paired or not): the
/// cheap question the parser asks of every name. No positions (see [`scan`] for those, asked only
/// when one of the answers is yes); a trailing odd byte is ignored.
#[inline]
pub(crate) fn flags(bytes: &[u8]) -> (bool, bool) {
    any::<true>(bytes)
}

/// Whether the code units hold a NUL (a trailing odd byte is ignored): the question the parser
/// asks of every string value.
#[inline]
pub(crate) fn has_nul(bytes: &[u8]) -> bool {
    any::<false>(bytes).0
}

/// Whether the first `len` bytes of `wide` are a NUL-terminated string: an even length of at
/// least 2, a NUL last code unit and no NUL before it; when `NARROW`, also every code unit before
/// the NUL below 0x8000 (so no surrogate).
///
/// The question the parser's quick path asks of every name (`NARROW`: names with wider units go
/// to the precise checks, which look for unpaired surrogates) and string value, answered in one
/// pass. `wide` is the data and what follows it in the buffer: where it has them, whole 16-byte
/// vectors are read past `len` and the lanes beyond it ignored, so a string takes `len / 16 + 1`
/// loads and no loop over a tail. Only near the end of `wide` does it fall back to [`any`].
#[inline(always)]
pub(crate) fn terminated<const NARROW: bool>(wide: &[u8], len: usize) -> bool {
    if len % 2 != 0 {
        return false;
    }
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        #[allow(unsafe_code)]
        // SAFETY: `terminated_sse2` needs SSE2 and nothing else, and this block is compiled only
        // when the build enables SSE2 for every CPU it runs on (as for `any` below).
        unsafe {
            terminated_sse2::<NARROW>(wide, len)
        }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        wide.get(..len).is_some_and(terminated_in::<NARROW>)
    }
}

/// The bytes before a final NUL code unit, if `data` has an even length and ends with one.
#[inline(always)]
pub(crate) fn ends_with_nul(data: &[u8]) -> Option<&[u8]> {
    match data.split_last_chunk::<2>() {
        Some((text, [0, 0])) if data.len() % 2 == 0 => Some(text),
        _ => None,
    }
}

/// [`terminated`] of the whole of `data`, reading nothing past it.
#[inline]
fn terminated_in<const NARROW: bool>(data: &[u8]) -> bool {
    ends_with_nul(data).is_some_and(|text| {
        let narrow = || {
            text.chunks_exact(2)
                .all(|u| u.get(1).is_some_and(|&hi| hi < 0x80))
        };
        !has_nul(text) && (!NARROW || narrow())
    })
}

/// [`terminated`] with SSE2, for an even `len`.
///
/// # Safety
///
/// The CPU running it must support SSE2. Nothing else: every read goes through a checked slice
/// or `zerocopy`. It is an `unsafe fn` rather than a safe `#[target_feature]` function (Rust
/// 1.86) calling the intrinsics as safe functions (1.87) so that the crate builds on its MSRV,
/// 1.85; its body calls only SSE2 intrinsics that way (edition 2021: the body of an `unsafe fn`
/// is an unsafe context).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
#[inline]
#[allow(unsafe_code)]
unsafe fn terminated_sse2<const NARROW: bool>(wide: &[u8], len: usize) -> bool {
    use core::arch::x86_64::{__m128i, _mm_cmpeq_epi16, _mm_movemask_epi8, _mm_setzero_si128};

    let zero = _mm_setzero_si128();
    // Bit `i` of a mask stands for byte `i` of a vector (two bits per code unit): the NUL units,
    // and the top bits of the bytes (those of odd bytes: the units of 0x8000 or more).
    let nul_mask = |v: __m128i| _mm_movemask_epi8(_mm_cmpeq_epi16(v, zero));
    let high_mask = |v: __m128i| _mm_movemask_epi8(v);
    // The whole vectors covering the string, the last one reaching past it unless `len` is a
    // multiple of 16: `body` then `last`, at `last_at`. Near the end of `wide` they are not all
    // there, and for `len` 0 `last_at` wraps: then the fallback, which reads nothing past `len`.
    let last_at = len.wrapping_sub(1) & !15;
    let (Some(body), Some(last)) = (
        wide.get(..last_at),
        wide.get(last_at..).and_then(<[u8]>::first_chunk::<16>),
    ) else {
        return wide.get(..len).is_some_and(terminated_near_end::<NARROW>);
    };
    let mut high = 0;
    for chunk in body.chunks_exact(16) {
        let v: __m128i = zerocopy::transmute!(<[u8; 16]>::try_from(chunk).unwrap_or_default());
        if nul_mask(v) != 0 {
            return false;
        }
        if NARROW {
            high |= high_mask(v);
        }
    }
    let v: __m128i = zerocopy::transmute!(*last);
    // The string's last `left` bytes (2 to 16: `len` is even and at least 2 here) are the start
    // of `last`: the text, then the NUL in bytes `left - 2` and `left - 1`. So the first NUL
    // lane must be exactly at byte `left - 2` (bit 16 stands in for "no NUL at all").
    #[allow(clippy::cast_sign_loss)] // a 16-bit mask
    let nul = _mm_movemask_epi8(_mm_cmpeq_epi16(v, zero)) as u32;
    #[allow(clippy::cast_possible_truncation)]
    if (nul | 1 << 16).trailing_zeros() != len.wrapping_sub(last_at).wrapping_sub(2) as u32 {
        return false;
    }
    if !NARROW {
        return true;
    }
    // The bytes below the first NUL; of those, the high bytes of the units.
    #[allow(clippy::cast_possible_wrap)] // a bit mask
    let below = nul.wrapping_sub(1) as i32;
    (high | (high_mask(v) & below)) & 0xAAAA == 0
}

/// [`terminated_in`] out of line, for the rare string that ends within 16 bytes of the buffer's
/// end: keeps [`terminated_sse2`] small enough to be inlined into the parser's loop.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[cold]
#[inline(never)]
fn terminated_near_end<const NARROW: bool>(data: &[u8]) -> bool {
    terminated_in::<NARROW>(data)
}

/// A code unit that is neither NUL nor a surrogate, four times: fills lanes no string covers.
const NEUTRAL: u64 = 0x4141_4141_4141_4141;

/// The code units of a string shorter than 8 units as two words whose lanes are only its units
/// (seen once or twice) and [`NEUTRAL`] ones: overlapping reads from both ends, no loop.
#[inline(always)]
fn short_words(units: &[u8]) -> (u64, u64) {
    let u64_at = |at: usize| {
        units
            .get(at..)
            .and_then(<[u8]>::first_chunk::<8>)
            .map_or(NEUTRAL, |c| u64::from_le_bytes(*c))
    };
    let u32_at = |at: usize| {
        units
            .get(at..)
            .and_then(<[u8]>::first_chunk::<4>)
            .map_or(0x4141_4141, |c| u32::from_le_bytes(*c))
    };
    let n = units.len();
    if n >= 8 {
        (u64_at(0), u64_at(n.wrapping_sub(8)))
    } else if n >= 4 {
        let x = u64::from(u32_at(0)) | u64::from(u32_at(n.wrapping_sub(4))) << 32;
        (x, x)
    } else {
        let x = units.first_chunk::<2>().map_or(NEUTRAL, |c| {
            NEUTRAL & !0xFFFF | u64::from(u16::from_le_bytes(*c))
        });
        (x, x)
    }
}

/// Whether the code units hold a NUL, and (when `SURROGATES`) a surrogate: SSE2, 8 units at a
/// time.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
fn any<const SURROGATES: bool>(bytes: &[u8]) -> (bool, bool) {
    // The one `unsafe` of the crate outside the Windows adapter (with `terminated` above). The
    // SSE2 code is an `unsafe fn` enabling the feature itself (see `terminated_sse2` for why), and
    // calling it is `unsafe` even where the feature is enabled for the whole build.
    #[allow(unsafe_code)]
    // SAFETY: `any_sse2` needs SSE2 and nothing else. The `cfg` above compiles this call only
    // when the build enables SSE2 for every CPU it runs on (it is part of the x86_64 baseline),
    // so the feature is present wherever this runs.
    unsafe {
        any_sse2::<SURROGATES>(bytes)
    }
}

/// [`any`] itself: 8 code units per 16-byte vector, the last vector overlapping the others
/// (seeing a unit twice changes nothing); fewer than 8 units go through [`short_words`].
///
/// # Safety
///
/// The CPU running it must support SSE2; nothing else (as for [`terminated_sse2`], which says
/// why this is an `unsafe fn`).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
#[inline]
#[allow(unsafe_code)]
unsafe fn any_sse2<const SURROGATES: bool>(bytes: &[u8]) -> (bool, bool) {
    use core::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi16, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi16,
        _mm_set_epi64x, _mm_setzero_si128,
    };
    use zerocopy::FromBytes;

    let units = bytes.get(..bytes.len() & !1).unwrap_or_default();
    let zero = _mm_setzero_si128();
    #[allow(clippy::cast_possible_wrap)] // bit patterns
    let (top5, surrogate_bits) = (
        _mm_set1_epi16(0xF800u16 as i16),
        _mm_set1_epi16(0xD800u16 as i16),
    );
    let mut nul = zero;
    let mut surrogate = zero;
    let mut check = |v: __m128i| {
        nul = _mm_or_si128(nul, _mm_cmpeq_epi16(v, zero));
        if SURROGATES {
            let hit = _mm_cmpeq_epi16(_mm_and_si128(v, top5), surrogate_bits);
            surrogate = _mm_or_si128(surrogate, hit);
        }
    };
    // Every chunk given is 16 bytes long; the fallback is never used.
    let load = |chunk: &[u8]| __m128i::read_from_bytes(chunk).unwrap_or(surrogate_bits);
    let n = units.len();
    if n >= 16 {
        let mut chunks = units.chunks_exact(16);
        for chunk in &mut chunks {
            check(load(chunk));
        }
        if !chunks.remainder().is_empty() {
            check(load(units.get(n.wrapping_sub(16)..).unwrap_or_default()));
        }
    } else {
        let (lo, hi) = short_words(units);
        #[allow(clippy::cast_possible_wrap)] // bit patterns
        check(_mm_set_epi64x(hi as i64, lo as i64));
    }
    (
        _mm_movemask_epi8(nul) != 0,
        SURROGATES && _mm_movemask_epi8(surrogate) != 0,
    )
}

/// [`any`] without SSE2.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
#[inline(always)]
fn any<const SURROGATES: bool>(bytes: &[u8]) -> (bool, bool) {
    any_words::<SURROGATES>(bytes)
}

/// [`any`] four units at a time in a `u64` (compiled everywhere for the tests).
#[cfg(any(test, not(all(target_arch = "x86_64", target_feature = "sse2"))))]
#[inline(always)]
fn any_words<const SURROGATES: bool>(bytes: &[u8]) -> (bool, bool) {
    let units = bytes.get(..bytes.len() & !1).unwrap_or_default();
    let word = |chunk: &[u8]| u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
    let (first, last) = short_words(units);
    let (z0, s0) = lanes(first);
    let (z1, s1) = lanes(last);
    let (mut zero, mut surrogate) = (z0 | z1, s0 | s1);
    if units.len() > 16 {
        for chunk in units.chunks_exact(8) {
            let (z, s) = lanes(word(chunk));
            zero |= z;
            surrogate |= s;
        }
    }
    (zero != 0, SURROGATES && surrogate != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `terminated` is its definition, on the vector path and near the end of the buffer: every
    /// length up to 40 bytes (odd ones too), with and without the final NUL, a NUL, a wide unit or
    /// a narrow one at every position, and 0 to 17 bytes of zeros or of `FF` after the data (what
    /// the whole vectors read past it). (Under Miri, a few lengths either side of the vector
    /// edges, and fewer variants: every branch, in seconds.)
    #[test]
    fn terminated_is_its_definition() {
        fn definition(data: &[u8], narrow: bool) -> bool {
            let units: Vec<u16> = data
                .chunks_exact(2)
                .map(|u| u16::from_le_bytes([u[0], u[1]]))
                .collect();
            data.len() % 2 == 0
                && matches!(units.split_last(), Some((0, text))
                    if !text.contains(&0) && (!narrow || text.iter().all(|&u| u < 0x8000)))
        }
        let miri = cfg!(miri);
        let lens: Vec<usize> = if miri {
            vec![0, 1, 2, 4, 15, 16, 18, 34]
        } else {
            (0..=40).collect()
        };
        let tails: &[usize] = if miri {
            &[0, 17]
        } else {
            &[0, 1, 2, 3, 4, 7, 8, 13, 14, 15, 16, 17]
        };
        let specials: &[Option<u16>] = if miri {
            &[None, Some(0), Some(0x8000)]
        } else {
            &[None, Some(0), Some(0x8000), Some(0xD800), Some(0x7FFF)]
        };
        let mut inputs = 0;
        for len in lens {
            for terminator in [0x0000u16, 0x0041, 0x0100] {
                for &special in specials {
                    let units = len.div_ceil(2).max(1);
                    let positions: Vec<usize> = if miri {
                        vec![0, units / 2, units - 1]
                    } else {
                        (0..units).collect()
                    };
                    for at in positions {
                        let mut data: Vec<u8> =
                            (0..len / 2).flat_map(|_| 0x0041u16.to_le_bytes()).collect();
                        if let Some(last) = data.len().checked_sub(2) {
                            data[last..].copy_from_slice(&terminator.to_le_bytes());
                        }
                        if let (Some(unit), true) = (special, 2 * at + 2 <= data.len()) {
                            data[2 * at..2 * at + 2].copy_from_slice(&unit.to_le_bytes());
                        }
                        if len % 2 == 1 {
                            data.push(0);
                        }
                        for &tail in tails {
                            for fill in [0x00u8, 0xFF].into_iter().skip(usize::from(miri)) {
                                let mut wide = data.clone();
                                wide.resize(data.len() + tail, fill);
                                for narrow in [false, true] {
                                    let expected = definition(&data, narrow);
                                    let found = if narrow {
                                        terminated::<true>(&wide, data.len())
                                    } else {
                                        terminated::<false>(&wide, data.len())
                                    };
                                    assert_eq!(
                                        found,
                                        expected,
                                        "narrow {narrow}: {wide:02x?}, len {}",
                                        data.len()
                                    );
                                    let exact = if narrow {
                                        terminated_in::<true>(&data)
                                    } else {
                                        terminated_in::<false>(&data)
                                    };
                                    assert_eq!(exact, expected, "terminated_in: {data:02x?}");
                                    inputs += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(inputs > if miri { 500 } else { 20_000 }, "{inputs}");
    }

    /// `flags` answers what `scan` finds, for every length up to 40 bytes (odd ones too) and a
    /// NUL, a surrogate, both or neither at every position, on either side of every chunk edge.
    /// (Under Miri, up to 20 bytes and two fillers: every branch, in seconds rather than minutes.)
    #[test]
    fn flags_agree_with_scan() {
        let mut inputs = 0;
        let (max_len, fillers) = if cfg!(miri) {
            (20usize, &[0x0041u16, 0xF800][..])
        } else {
            (40, &[0x0041u16, 0x00FF, 0x0100, 0xF800, 0x8000][..])
        };
        for len in 0..=max_len {
            for special in [
                None,
                Some(0u16),
                Some(0xD800),
                Some(0xDFFF),
                Some(0xD7FF),
                Some(0xE000),
            ] {
                for at in 0..=len / 2 {
                    for &filler in fillers {
                        let mut bytes: Vec<u8> =
                            (0..len / 2).flat_map(|_| filler.to_le_bytes()).collect();
                        if let (Some(unit), true) = (special, at < len / 2) {
                            bytes[2 * at..2 * at + 2].copy_from_slice(&unit.to_le_bytes());
                        }
                        if len % 2 == 1 {
                            bytes.push(0); // a trailing odd byte is not a code unit
                        }
                        let scanned = scan(&bytes);
                        assert_eq!(
                            flags(&bytes),
                            (
                                scanned.first_nul.is_some(),
                                scanned.first_surrogate.is_some()
                            ),
                            "{bytes:02x?}"
                        );
                        assert_eq!(has_nul(&bytes), flags(&bytes).0, "{bytes:02x?}");
                        assert_eq!(any_words::<true>(&bytes), flags(&bytes), "{bytes:02x?}");
                        assert_eq!(any_words::<false>(&bytes).0, flags(&bytes).0);
                        inputs += 1;
                    }
                }
            }
        }
        assert!(inputs > if cfg!(miri) { 700 } else { 3000 });
    }

    #[test]
    fn scan_matches_a_unit_by_unit_search() {
        let units: &[u16] = &[
            0x41, 0xD800, 0x0100, 0, 0x42, 0xDC00, 0, 0xFFFF, 0x8000, 0x0001, 0,
        ];
        for start in 0..units.len() {
            for end in start..=units.len() {
                let part = &units[start..end];
                let bytes: Vec<u8> = part.iter().flat_map(|u| u.to_le_bytes()).collect();
                let expected = Scan {
                    first_nul: part.iter().position(|&u| u == 0),
                    first_surrogate: part.iter().position(|&u| u & 0xF800 == 0xD800),
                };
                assert_eq!(scan(&bytes), expected, "{part:x?}");
            }
        }
        assert_eq!(
            scan(&[0x41, 0, 0]).first_nul,
            None,
            "a trailing odd byte is no unit"
        );
    }
}
