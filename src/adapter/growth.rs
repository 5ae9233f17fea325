//! The buffer-growth loop of the `Cluster*Control` calls and the name loops of the enumerations
//! and string getters, written against closures for the raw call so that they run (and are
//! tested) on every platform.

use super::error::{AdapterError, Call, Unit, Win32Error};
use crate::read::utf16::InvalidUtf16;
use alloc::string::String;
use alloc::vec::Vec;

/// `MAX_CLUSTER_CONTROL_CODE_BUFFER_SIZE` (`0x7FFFFFFF`): the largest buffer a control can ask
/// for, and the ceiling of every [`Growth::limit`].
pub const MAX_BUFFER_SIZE: usize = 0x7FFF_FFFF;

/// The most items an enumeration may return before [`enumerate`] gives up with
/// [`AdapterError::TooManyItems`]: a cluster has at most 64 nodes, and a node has one interface
/// per network, so a real enumeration of networks, nodes or interfaces stays far below it.
pub const MAX_ITEMS: u32 = 65_536;

/// How a growth loop sizes its buffer: where it starts, the largest size it accepts, and how
/// many calls it makes before giving up on a size that keeps growing.
///
/// Sizes are in bytes for [`read_output`] and in characters (UTF-16 code units) for
/// [`read_name`] and [`enumerate`].
///
/// ```
/// use clusprop::adapter::{Growth, MAX_BUFFER_SIZE};
///
/// assert_eq!(Growth::OUTPUT.initial(), 4096);
/// assert_eq!(Growth::OUTPUT.limit(), 64 << 20);
/// // Out-of-range settings are brought into range.
/// let g = Growth::new(1 << 40, usize::MAX, 0);
/// assert_eq!((g.initial(), g.limit(), g.attempts()), (MAX_BUFFER_SIZE, MAX_BUFFER_SIZE, 1));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Growth {
    initial: usize,
    limit: usize,
    attempts: u32,
}

impl Growth {
    /// For control outputs: a 4 KiB first buffer (every network and interface control fits in
    /// it, so one call normally suffices: each call is a round trip to the cluster service), a
    /// 64 MiB limit, 8 calls.
    pub const OUTPUT: Growth = Growth::new(4096, 64 << 20, 8);

    /// For names and IDs: 64 characters first (interface names such as `NODE1 - Ethernet 2`
    /// and GUIDs fit), a limit of 32 768 characters (the longest `UNICODE_STRING`), 8 calls per
    /// name.
    pub const NAMES: Growth = Growth::new(64, 32_768, 8);

    /// A policy. `limit` is capped at [`MAX_BUFFER_SIZE`], `initial` at `limit`, and `attempts`
    /// is at least 1 (1 means: never retry).
    ///
    /// An `initial` of 0 makes the first call a size probe without a buffer; only use it for
    /// controls that change nothing (see [`read_output`]).
    #[must_use]
    pub const fn new(initial: usize, limit: usize, attempts: u32) -> Growth {
        let limit = if limit > MAX_BUFFER_SIZE {
            MAX_BUFFER_SIZE
        } else {
            limit
        };
        Growth {
            initial: if initial > limit { limit } else { initial },
            limit,
            attempts: if attempts == 0 { 1 } else { attempts },
        }
    }

    /// The size of the first buffer.
    #[must_use]
    pub const fn initial(&self) -> usize {
        self.initial
    }

    /// The largest size the loop allocates; a larger request is [`AdapterError::TooLarge`].
    #[must_use]
    pub const fn limit(&self) -> usize {
        self.limit
    }

    /// The most calls the loop makes (per name, for [`enumerate`]).
    #[must_use]
    pub const fn attempts(&self) -> u32 {
        self.attempts
    }
}

impl Default for Growth {
    /// [`Growth::OUTPUT`].
    fn default() -> Self {
        Growth::OUTPUT
    }
}

/// Resizes `buffer` to `size` zeroed elements, failing instead of aborting when memory runs out.
/// `size` has been checked against the limit.
fn allocate<T: Copy + Default>(
    buffer: &mut Vec<T>,
    size: usize,
    call: &Call,
    unit: Unit,
) -> Result<(), AdapterError> {
    buffer.clear();
    buffer
        .try_reserve_exact(size)
        .map_err(|_| AdapterError::OutOfMemory {
            call: call.clone(),
            size,
            unit,
        })?;
    buffer.resize(size, T::default());
    Ok(())
}

/// A buffer length as the `DWORD` the raw call passes. Growth limits are at most
/// [`MAX_BUFFER_SIZE`], so this never saturates; if it did, Windows would be told of a smaller
/// buffer than there is, which is still sound.
#[cfg_attr(not(windows), allow(dead_code))]
pub(crate) fn len_u32(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
}

/// What an `ERROR_MORE_DATA` (or a success without a buffer) asks for, checked: larger than the
/// buffer, within the limit, within the attempts. Returns the new size.
fn next_size(
    growth: &Growth,
    call: &Call,
    unit: Unit,
    requested: u32,
    capacity: usize,
    attempt: u32,
) -> Result<usize, AdapterError> {
    let size = usize::try_from(requested).unwrap_or(usize::MAX);
    if size <= capacity {
        return Err(AdapterError::NoGrowth {
            call: call.clone(),
            requested,
            capacity,
            unit,
        });
    }
    if size > growth.limit {
        return Err(AdapterError::TooLarge {
            call: call.clone(),
            requested,
            limit: growth.limit,
            unit,
        });
    }
    if attempt >= growth.attempts {
        return Err(AdapterError::KeepsGrowing {
            call: call.clone(),
            attempts: attempt,
            requested,
            unit,
        });
    }
    Ok(size)
}

/// Runs a `Cluster*Control`-style call until its output fits, and returns the output bytes.
///
/// `raw(buffer, bytes_returned)` makes one call with `buffer` as the output buffer
/// (`lpOutBuffer`, `nOutBufferSize` = `buffer.len()`, at most [`MAX_BUFFER_SIZE`], so it fits a
/// `DWORD`) and `bytes_returned` as `lpBytesReturned` (0 before each call), and returns the
/// Win32 status.
///
/// The policy, answer by answer:
///
/// * **`ERROR_SUCCESS`** with `lpBytesReturned` ≤ the buffer: the output is the first
///   `lpBytesReturned` bytes; **0 bytes is a valid, empty output** (SET and VALIDATE return
///   nothing).
/// * **`ERROR_SUCCESS` with `lpBytesReturned` larger than the buffer**: the data cannot be in
///   the buffer, so this is not success. After a call *without* a buffer (an `initial` of 0) it
///   is the size answer some Windows versions give to a probe (spec section 10) and is followed
///   like `ERROR_MORE_DATA`; after a call *with* a buffer it is [`AdapterError::Overrun`], and
///   the call is not repeated (a control that changes something has then already run once).
/// * **`ERROR_MORE_DATA`**: `lpBytesReturned` is the size needed. The loop allocates exactly
///   that and calls again, unless the size is no larger than the buffer it already gave
///   ([`AdapterError::NoGrowth`]: the same call would get the same answer), larger than
///   [`Growth::limit`] ([`AdapterError::TooLarge`], checked before anything is allocated), or
///   the calls are used up ([`AdapterError::KeepsGrowing`]: the size grew between every pair of
///   calls). An allocation failure is [`AdapterError::OutOfMemory`], not an abort.
/// * **Any other code** is [`AdapterError::Win32`] with the code; `lpBytesReturned` is
///   "unreliable" then (Microsoft's words) and ignored.
///
/// ```
/// use clusprop::adapter::{read_output, AdapterError, Call, Growth, Win32Error};
///
/// // A fake ClusterNetworkControl whose output is 300 bytes: with a 100-byte first buffer it
/// // answers ERROR_MORE_DATA (234) with the size, then fills the larger buffer.
/// let output = [7u8; 300];
/// let mut calls = Vec::new();
/// let bytes = read_output(&Growth::new(100, 1 << 20, 4), &Call::new("fake"), |buffer, returned| {
///     calls.push(buffer.len());
///     *returned = 300;
///     match buffer.get_mut(..300) {
///         Some(dst) => { dst.copy_from_slice(&output); 0 }
///         None => 234,
///     }
/// })?;
/// assert_eq!(bytes, output);
/// assert_eq!(calls, [100, 300]);
/// # Ok::<(), AdapterError>(())
/// ```
pub fn read_output<F>(growth: &Growth, call: &Call, mut raw: F) -> Result<Vec<u8>, AdapterError>
where
    F: FnMut(&mut [u8], &mut u32) -> u32,
{
    let mut buffer = Vec::new();
    allocate(&mut buffer, growth.initial, call, Unit::Bytes)?;
    let mut attempt = 0u32;
    loop {
        attempt = attempt.saturating_add(1);
        let mut returned = 0u32;
        let status = Win32Error(raw(&mut buffer, &mut returned));
        let requested = match status {
            Win32Error::SUCCESS => {
                let length = usize::try_from(returned).unwrap_or(usize::MAX);
                if length <= buffer.len() {
                    buffer.truncate(length);
                    buffer.shrink_to_fit();
                    return Ok(buffer);
                }
                if !buffer.is_empty() {
                    return Err(AdapterError::Overrun {
                        call: call.clone(),
                        returned,
                        capacity: buffer.len(),
                        unit: Unit::Bytes,
                    });
                }
                returned
            }
            Win32Error::MORE_DATA => returned,
            error => {
                return Err(AdapterError::Win32 {
                    call: call.clone(),
                    error,
                })
            }
        };
        let size = next_size(growth, call, Unit::Bytes, requested, buffer.len(), attempt)?;
        allocate(&mut buffer, size, call, Unit::Bytes)?;
    }
}

/// UTF-16 code units as a `String`, or the first unpaired surrogate.
pub(crate) fn string_from_utf16(units: &[u16]) -> Result<String, InvalidUtf16> {
    let mut s = String::with_capacity(units.len());
    let mut index = 0usize;
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => {
                s.push(c);
                index = index.saturating_add(c.len_utf16());
            }
            Err(e) => {
                return Err(InvalidUtf16 {
                    index,
                    unit: e.unpaired_surrogate(),
                })
            }
        }
    }
    Ok(s)
}

/// One name with the `lpcchName` convention, reusing (and growing) `buffer`.
fn name_into<F>(
    growth: &Growth,
    call: &Call,
    buffer: &mut Vec<u16>,
    mut raw: F,
) -> Result<String, AdapterError>
where
    F: FnMut(&mut [u16], &mut u32) -> u32,
{
    let mut attempt = 0u32;
    loop {
        attempt = attempt.saturating_add(1);
        let mut count = len_u32(buffer.len());
        let status = Win32Error(raw(buffer, &mut count));
        let requested = match status {
            Win32Error::SUCCESS => {
                let length = usize::try_from(count).unwrap_or(usize::MAX);
                // The count excludes the NUL, which must fit too.
                if length < buffer.len() {
                    let units = buffer.get(..length).unwrap_or_default();
                    return string_from_utf16(units).map_err(|error| AdapterError::InvalidName {
                        call: call.clone(),
                        error,
                    });
                }
                if !buffer.is_empty() {
                    return Err(AdapterError::Overrun {
                        call: call.clone(),
                        returned: count,
                        capacity: buffer.len(),
                        unit: Unit::Chars,
                    });
                }
                count
            }
            Win32Error::MORE_DATA => count,
            error => {
                return Err(AdapterError::Win32 {
                    call: call.clone(),
                    error,
                })
            }
        };
        // The count excludes the NUL: ask for one more.
        let requested = requested.saturating_add(1);
        let size = next_size(growth, call, Unit::Chars, requested, buffer.len(), attempt)?;
        allocate(buffer, size, call, Unit::Chars)?;
    }
}

/// Runs a string getter with the `lpcchName` convention (`GetClusterNetworkId`,
/// `GetClusterNetInterface`, …) until the name fits, and returns it.
///
/// `raw(buffer, count)` makes one call with `buffer` as the name buffer and `count` as
/// `lpcchName`, which the loop sets to `buffer.len()` (at most [`MAX_BUFFER_SIZE`]) before every
/// call, and returns the Win32 status.
///
/// As Microsoft documents these functions, `lpcchName` goes in as the buffer's size in
/// characters *including* the NUL, and comes back as the name's length *excluding* the NUL,
/// both on success and with `ERROR_MORE_DATA`. So on success the name is the first `count`
/// characters, and a `count` that leaves no room for the NUL is [`AdapterError::Overrun`]; on
/// `ERROR_MORE_DATA` the loop grows the buffer to `count + 1` with the checks of
/// [`read_output`] (in characters). A name that is not valid UTF-16 is
/// [`AdapterError::InvalidName`].
///
/// ```
/// use clusprop::adapter::{read_name, Call, Growth};
///
/// // A fake GetClusterNetworkId.
/// let id: Vec<u16> = "d8bb8e5a-8e1b-4b4c-9c49-6a2f8f5d3c11".encode_utf16().collect();
/// let name = read_name(&Growth::new(8, 1024, 4), &Call::new("fake"), |buffer, count| {
///     let fits = id.len() < *count as usize;
///     *count = id.len() as u32;
///     if !fits {
///         return 234; // ERROR_MORE_DATA
///     }
///     buffer[..id.len()].copy_from_slice(&id);
///     buffer[id.len()] = 0;
///     0
/// })?;
/// assert_eq!(name, "d8bb8e5a-8e1b-4b4c-9c49-6a2f8f5d3c11");
/// # Ok::<(), clusprop::adapter::AdapterError>(())
/// ```
pub fn read_name<F>(growth: &Growth, call: &Call, raw: F) -> Result<String, AdapterError>
where
    F: FnMut(&mut [u16], &mut u32) -> u32,
{
    let mut buffer = Vec::new();
    allocate(&mut buffer, growth.initial, call, Unit::Chars)?;
    name_into(growth, call, &mut buffer, raw)
}

/// One item of an enumeration: its type (`lpdwType`) and name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EnumItem {
    /// The object type the enumeration reports (`CLUSTER_ENUM_NETWORK`, …).
    pub kind: u32,
    /// The object's name.
    pub name: String,
}

/// Runs an enumeration (`ClusterEnum`, `ClusterNetworkEnum`, `ClusterNodeEnum`, …) from index 0
/// until `ERROR_NO_MORE_ITEMS`, and returns the items in order.
///
/// `raw(index, kind, buffer, count)` makes one call for item `index` with `kind` as `lpdwType`
/// (0 before each call), `buffer` as the name buffer and `count` as `lpcchName` (set to
/// `buffer.len()` before every call), and returns the Win32 status. Each name is read as by
/// [`read_name`] (its own [`Growth::attempts`]), in one buffer that grows as the names do.
/// `ERROR_NO_MORE_ITEMS` ends the enumeration, any other error fails it, and more than
/// [`MAX_ITEMS`] items are [`AdapterError::TooManyItems`].
///
/// ```
/// use clusprop::adapter::{enumerate, Call, Growth};
///
/// let names = ["Cluster Network 1", "Cluster Network 2 (a longer name)"];
/// let items = enumerate(&Growth::new(20, 1024, 4), &Call::new("fake"), |index, kind, buffer, count| {
///     let Some(name) = names.get(index as usize) else { return 259 }; // ERROR_NO_MORE_ITEMS
///     let name: Vec<u16> = name.encode_utf16().collect();
///     let fits = name.len() < *count as usize;
///     *count = name.len() as u32;
///     if !fits {
///         return 234; // ERROR_MORE_DATA
///     }
///     buffer[..name.len()].copy_from_slice(&name);
///     buffer[name.len()] = 0;
///     *kind = 16; // CLUSTER_ENUM_NETWORK
///     0
/// })?;
/// assert_eq!(items.iter().map(|i| i.name.as_str()).collect::<Vec<_>>(), names);
/// assert!(items.iter().all(|i| i.kind == 16));
/// # Ok::<(), clusprop::adapter::AdapterError>(())
/// ```
pub fn enumerate<F>(growth: &Growth, call: &Call, mut raw: F) -> Result<Vec<EnumItem>, AdapterError>
where
    F: FnMut(u32, &mut u32, &mut [u16], &mut u32) -> u32,
{
    let mut buffer = Vec::new();
    allocate(&mut buffer, growth.initial, call, Unit::Chars)?;
    let mut items = Vec::new();
    for index in 0..=MAX_ITEMS {
        let mut kind = 0u32;
        let name = name_into(growth, call, &mut buffer, |buffer, count| {
            kind = 0;
            raw(index, &mut kind, buffer, count)
        });
        match name {
            Ok(name) if index < MAX_ITEMS => items.push(EnumItem { kind, name }),
            Ok(_) => break,
            Err(e) if e.win32() == Some(Win32Error::NO_MORE_ITEMS) => return Ok(items),
            Err(e) => return Err(e),
        }
    }
    Err(AdapterError::TooManyItems {
        call: call.clone(),
        limit: MAX_ITEMS,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MORE_DATA: u32 = 234;
    const NO_MORE_ITEMS: u32 = 259;

    fn call() -> Call {
        Call::new("FakeControl")
    }

    /// The error of an enumeration whose every call answers `status` with `count` as the name's
    /// length in characters.
    fn enumerate_claiming(count: u32, status: u32) -> AdapterError {
        enumerate(&Growth::NAMES, &call(), |_, _, _, claimed| {
            *claimed = count;
            status
        })
        .unwrap_err()
    }

    /// A fake control whose output is `sizes[n]` bytes at its n-th call (the last size repeats):
    /// ERROR_MORE_DATA with the size when the buffer is smaller, else the bytes 0, 1, 2, …
    struct Growing {
        sizes: Vec<u32>,
        calls: Vec<usize>,
    }

    impl Growing {
        fn new(sizes: &[u32]) -> Self {
            Growing {
                sizes: sizes.to_vec(),
                calls: Vec::new(),
            }
        }

        fn call(&mut self, buffer: &mut [u8], returned: &mut u32) -> u32 {
            let n = self.calls.len().min(self.sizes.len() - 1);
            self.calls.push(buffer.len());
            let size = self.sizes[n];
            *returned = size;
            if (size as usize) > buffer.len() {
                return MORE_DATA;
            }
            for (i, b) in buffer[..size as usize].iter_mut().enumerate() {
                *b = i as u8;
            }
            0
        }
    }

    fn pattern(n: usize) -> Vec<u8> {
        (0..n).map(|i| i as u8).collect()
    }

    #[test]
    fn output_fits_first_time() {
        let mut fake = Growing::new(&[40]);
        let out = read_output(&Growth::OUTPUT, &call(), |b, r| fake.call(b, r)).unwrap();
        assert_eq!(out, pattern(40));
        assert_eq!(fake.calls, [4096]);
    }

    #[test]
    fn output_grows_to_the_reported_size() {
        let mut fake = Growing::new(&[5000]);
        let out = read_output(&Growth::OUTPUT, &call(), |b, r| fake.call(b, r)).unwrap();
        assert_eq!(out, pattern(5000));
        assert_eq!(fake.calls, [4096, 5000]);
    }

    #[test]
    fn output_grows_while_the_size_grows_between_calls() {
        let mut fake = Growing::new(&[200, 300, 450, 450]);
        let growth = Growth::new(100, 1 << 20, 4);
        let out = read_output(&growth, &call(), |b, r| fake.call(b, r)).unwrap();
        assert_eq!(out, pattern(450));
        assert_eq!(fake.calls, [100, 200, 300, 450]);
    }

    #[test]
    fn output_that_keeps_growing_runs_out_of_attempts() {
        // Claims a size, then wants more, forever.
        let mut n = 100u32;
        let mut calls = 0;
        let growth = Growth::new(100, 1 << 20, 5);
        let err = read_output(&growth, &call(), |_, returned| {
            calls += 1;
            n += 10;
            *returned = n;
            MORE_DATA
        })
        .unwrap_err();
        assert_eq!(calls, 5);
        assert_eq!(
            err,
            AdapterError::KeepsGrowing {
                call: call(),
                attempts: 5,
                requested: 150,
                unit: Unit::Bytes
            }
        );
        assert_eq!(
            err.to_string(),
            "FakeControl still answers ERROR_MORE_DATA after 5 calls (it last asked for 150 bytes)"
        );
    }

    #[test]
    fn one_attempt_never_retries() {
        let mut fake = Growing::new(&[5000]);
        let err = read_output(&Growth::new(4096, 1 << 20, 1), &call(), |b, r| {
            fake.call(b, r)
        })
        .unwrap_err();
        assert!(matches!(
            err,
            AdapterError::KeepsGrowing {
                attempts: 1,
                requested: 5000,
                ..
            }
        ));
        assert_eq!(fake.calls, [4096]);
    }

    #[test]
    fn output_above_the_limit_is_refused_before_allocating() {
        let mut calls = Vec::new();
        let err = read_output(&Growth::OUTPUT, &call(), |b, returned| {
            calls.push(b.len());
            *returned = u32::MAX;
            MORE_DATA
        })
        .unwrap_err();
        assert_eq!(calls, [4096]);
        assert_eq!(
            err,
            AdapterError::TooLarge {
                call: call(),
                requested: u32::MAX,
                limit: 64 << 20,
                unit: Unit::Bytes
            }
        );
        assert_eq!(
            err.to_string(),
            "FakeControl asks for 4294967295 bytes, more than the limit of 67108864"
        );
    }

    #[test]
    fn output_exactly_at_the_limit_is_accepted() {
        let mut fake = Growing::new(&[1000]);
        let out = read_output(&Growth::new(10, 1000, 2), &call(), |b, r| fake.call(b, r)).unwrap();
        assert_eq!(out.len(), 1000);
        let mut fake = Growing::new(&[1001]);
        let err =
            read_output(&Growth::new(10, 1000, 2), &call(), |b, r| fake.call(b, r)).unwrap_err();
        assert!(matches!(
            err,
            AdapterError::TooLarge {
                requested: 1001,
                limit: 1000,
                ..
            }
        ));
    }

    #[test]
    fn more_data_without_a_larger_size_is_refused() {
        for lie in [0, 1, 4096] {
            let mut calls = 0;
            let err = read_output(&Growth::OUTPUT, &call(), |_, returned| {
                calls += 1;
                *returned = lie;
                MORE_DATA
            })
            .unwrap_err();
            assert_eq!(calls, 1, "not repeated");
            assert_eq!(
                err,
                AdapterError::NoGrowth {
                    call: call(),
                    requested: lie,
                    capacity: 4096,
                    unit: Unit::Bytes
                }
            );
        }
    }

    #[test]
    fn success_claiming_more_than_the_buffer_is_an_overrun() {
        let mut calls = 0;
        let err = read_output(&Growth::OUTPUT, &call(), |_, returned| {
            calls += 1;
            *returned = 4097;
            0
        })
        .unwrap_err();
        assert_eq!(calls, 1, "a call that reported success is not repeated");
        assert_eq!(
            err,
            AdapterError::Overrun {
                call: call(),
                returned: 4097,
                capacity: 4096,
                unit: Unit::Bytes
            }
        );
        assert_eq!(
            err.to_string(),
            "FakeControl reports success with 4097 bytes in a buffer of 4096"
        );
    }

    #[test]
    fn success_with_zero_bytes_is_an_empty_output() {
        let out = read_output(&Growth::OUTPUT, &call(), |_, returned| {
            *returned = 0;
            0
        })
        .unwrap();
        assert!(out.is_empty());
        // Also when the fake never touches lpBytesReturned.
        let out = read_output(&Growth::OUTPUT, &call(), |_, _| 0).unwrap();
        assert!(out.is_empty());
    }

    #[test]
    fn success_with_exactly_the_buffer_size() {
        let mut fake = Growing::new(&[4096]);
        let out = read_output(&Growth::OUTPUT, &call(), |b, r| fake.call(b, r)).unwrap();
        assert_eq!(out, pattern(4096));
    }

    #[test]
    fn a_probe_without_buffer_follows_the_size_given_with_success() {
        // Spec section 10: a NULL/0 probe "may succeed with the required buffer size".
        let mut calls = Vec::new();
        let out = read_output(&Growth::new(0, 1 << 20, 3), &call(), |b, returned| {
            calls.push(b.len());
            *returned = 12;
            if b.len() < 12 {
                return 0;
            }
            b[..12].fill(9);
            0
        })
        .unwrap();
        assert_eq!(out, [9; 12]);
        assert_eq!(calls, [0, 12]);
        // And with MORE_DATA, as MS-CMRP's example.
        let mut fake = Growing::new(&[12]);
        let out =
            read_output(&Growth::new(0, 1 << 20, 3), &call(), |b, r| fake.call(b, r)).unwrap();
        assert_eq!(out, pattern(12));
        assert_eq!(fake.calls, [0, 12]);
        // A probe answered with success and 0 bytes: an empty output.
        let out = read_output(&Growth::new(0, 1 << 20, 3), &call(), |_, _| 0).unwrap();
        assert!(out.is_empty());
    }

    #[test]
    fn an_error_code_is_returned_with_its_name() {
        let call = Call::new("ClusterNetworkControl")
            .with_control(crate::control::ControlCode::NETWORK_GET_COMMON_PROPERTY_FMTS)
            .with_object("Cluster Network 1");
        let err = read_output(&Growth::OUTPUT, &call, |_, returned| {
            *returned = 77; // unreliable, ignored
            1
        })
        .unwrap_err();
        assert_eq!(err.win32(), Some(Win32Error::INVALID_FUNCTION));
        assert_eq!(
            err.to_string(),
            "ClusterNetworkControl(CLUSCTL_NETWORK_GET_COMMON_PROPERTY_FMTS) for \"Cluster Network 1\" \
             failed: ERROR_INVALID_FUNCTION (1, 0x1): incorrect function: the object does not \
             support this control"
        );
        // An error after a growth step.
        let mut calls = 0;
        let err = read_output(&Growth::OUTPUT, &Call::new("F"), |_, returned| {
            calls += 1;
            *returned = 5000;
            if calls == 1 {
                MORE_DATA
            } else {
                5045
            }
        })
        .unwrap_err();
        assert_eq!(err.win32(), Some(Win32Error::CLUSTER_NETWORK_NOT_FOUND));
        assert_eq!(calls, 2);
    }

    /// A fake name source: `names[index]` at each index (NO_MORE_ITEMS after the last),
    /// following the lpcchName convention; `growth[i]` characters are added to name `i` at each
    /// further call (a name that grows between calls).
    struct Names {
        names: Vec<Vec<u16>>,
        calls: Vec<(u32, usize)>,
        grow_by: usize,
        growths_left: usize,
    }

    impl Names {
        fn new(names: &[&str]) -> Self {
            Names {
                names: names.iter().map(|n| n.encode_utf16().collect()).collect(),
                calls: Vec::new(),
                grow_by: 0,
                growths_left: usize::MAX,
            }
        }

        fn call(&mut self, index: u32, kind: &mut u32, buffer: &mut [u16], count: &mut u32) -> u32 {
            assert_eq!(
                *count as usize,
                buffer.len(),
                "count is the buffer's length"
            );
            self.calls.push((index, buffer.len()));
            let Some(name) = self.names.get_mut(index as usize) else {
                return NO_MORE_ITEMS;
            };
            let fits = name.len() < buffer.len();
            *count = name.len() as u32;
            if !fits {
                if self.growths_left > 0 {
                    self.growths_left -= 1;
                    name.extend(std::iter::repeat_n(u16::from(b'+'), self.grow_by));
                }
                return MORE_DATA;
            }
            buffer[..name.len()].copy_from_slice(name);
            buffer[name.len()] = 0;
            *kind = 16;
            0
        }
    }

    fn names_of(items: &[EnumItem]) -> Vec<&str> {
        items.iter().map(|i| i.name.as_str()).collect()
    }

    #[test]
    fn enumeration_ends_with_no_more_items() {
        let mut fake = Names::new(&["LAN", "Heartbeat", "Storage"]);
        let items = enumerate(&Growth::NAMES, &call(), |i, k, b, c| fake.call(i, k, b, c)).unwrap();
        assert_eq!(names_of(&items), ["LAN", "Heartbeat", "Storage"]);
        assert!(items.iter().all(|i| i.kind == 16));
        assert_eq!(fake.calls, [(0, 64), (1, 64), (2, 64), (3, 64)]);
    }

    #[test]
    fn empty_enumeration() {
        let items = enumerate(&Growth::NAMES, &call(), |_, _, _, _| NO_MORE_ITEMS).unwrap();
        assert!(items.is_empty());
    }

    #[test]
    fn enumeration_grows_the_name_buffer_and_keeps_it() {
        let long = "a network name that is longer than sixteen";
        let mut fake = Names::new(&["short", long, "after"]);
        let growth = Growth::new(16, 1024, 3);
        let items = enumerate(&growth, &call(), |i, k, b, c| fake.call(i, k, b, c)).unwrap();
        assert_eq!(names_of(&items), ["short", long, "after"]);
        let grown = long.len() + 1;
        assert_eq!(
            fake.calls,
            [(0, 16), (1, 16), (1, grown), (2, grown), (3, grown)]
        );
    }

    #[test]
    fn a_name_that_exactly_fills_the_buffer_needs_room_for_its_nul() {
        // 16 characters in a 16-character buffer: MORE_DATA with 16, the loop asks for 17.
        let name = "0123456789abcdef";
        let mut fake = Names::new(&[name]);
        let growth = Growth::new(16, 1024, 3);
        let items = enumerate(&growth, &call(), |i, k, b, c| fake.call(i, k, b, c)).unwrap();
        assert_eq!(names_of(&items), [name]);
        assert_eq!(fake.calls, [(0, 16), (0, 17), (1, 17)]);
    }

    #[test]
    fn a_name_that_keeps_growing_runs_out_of_attempts() {
        let mut fake = Names::new(&["0123456789abcdef0123"]);
        fake.grow_by = 5;
        let growth = Growth::new(16, 1024, 3);
        let err = enumerate(&growth, &call(), |i, k, b, c| fake.call(i, k, b, c)).unwrap_err();
        assert_eq!(
            err,
            AdapterError::KeepsGrowing {
                call: call(),
                attempts: 3,
                requested: 31,
                unit: Unit::Chars
            }
        );
        assert_eq!(fake.calls, [(0, 16), (0, 21), (0, 26)]);
        // A name that stops growing is read when the attempts suffice.
        let mut fake = Names::new(&["0123456789abcdef0123"]);
        fake.grow_by = 5;
        fake.growths_left = 2;
        let items = enumerate(&Growth::new(16, 1024, 4), &call(), |i, k, b, c| {
            fake.call(i, k, b, c)
        })
        .unwrap();
        assert_eq!(items[0].name.len(), 30);
        assert_eq!(fake.calls, [(0, 16), (0, 21), (0, 26), (0, 31), (1, 31)]);
    }

    #[test]
    fn name_above_the_limit_is_refused() {
        let err = enumerate_claiming(40_000, MORE_DATA);
        assert_eq!(
            err,
            AdapterError::TooLarge {
                call: call(),
                requested: 40_001,
                limit: 32_768,
                unit: Unit::Chars
            }
        );
        let err = enumerate_claiming(u32::MAX, MORE_DATA);
        assert!(matches!(
            err,
            AdapterError::TooLarge {
                requested: u32::MAX,
                ..
            }
        ));
    }

    #[test]
    fn name_lies() {
        // MORE_DATA with a count that already fits.
        let err = enumerate_claiming(10, MORE_DATA);
        assert!(matches!(
            err,
            AdapterError::NoGrowth {
                requested: 11,
                capacity: 64,
                ..
            }
        ));
        // Success with a count that leaves no room for the NUL.
        for lie in [64, 65, u32::MAX] {
            let err = enumerate_claiming(lie, 0);
            assert_eq!(
                err,
                AdapterError::Overrun {
                    call: call(),
                    returned: lie,
                    capacity: 64,
                    unit: Unit::Chars
                }
            );
        }
    }

    #[test]
    fn enumeration_error_and_invalid_utf16() {
        let err = enumerate(&Growth::NAMES, &call(), |index, _, buffer, count| {
            if index == 0 {
                buffer[..2].copy_from_slice(&[u16::from(b'A'), 0]);
                *count = 1;
                0
            } else {
                5
            }
        })
        .unwrap_err();
        assert_eq!(err.win32(), Some(Win32Error::ACCESS_DENIED));

        let err = enumerate(&Growth::NAMES, &call(), |_, _, buffer, count| {
            buffer[..3].copy_from_slice(&[u16::from(b'A'), 0xD800, 0]);
            *count = 2;
            0
        })
        .unwrap_err();
        assert_eq!(
            err,
            AdapterError::InvalidName {
                call: call(),
                error: InvalidUtf16 {
                    index: 1,
                    unit: 0xD800
                }
            }
        );
    }

    #[test]
    fn an_enumeration_that_never_ends_stops() {
        let mut calls = 0u32;
        let err = enumerate(&Growth::NAMES, &call(), |_, _, buffer, count| {
            calls += 1;
            buffer[0] = 0;
            *count = 0;
            0
        })
        .unwrap_err();
        assert_eq!(
            err,
            AdapterError::TooManyItems {
                call: call(),
                limit: MAX_ITEMS
            }
        );
        assert_eq!(calls, MAX_ITEMS + 1);
    }

    #[test]
    fn read_name_grows_and_maps_no_more_items_as_an_error() {
        // From a short first buffer and from a probe without one.
        type Case<'a> = (usize, &'a str, &'a [(u32, usize)]);
        let cases: [Case<'_>; 2] = [
            (8, "a name longer than eight", &[(0, 8), (0, 25)]),
            (0, "probe", &[(0, 0), (0, 6)]),
        ];
        for (first, expected, calls) in cases {
            let mut fake = Names::new(&[expected]);
            let name = read_name(&Growth::new(first, 100, 2), &call(), |b, c| {
                fake.call(0, &mut 0, b, c)
            })
            .unwrap();
            assert_eq!(name, expected);
            assert_eq!(fake.calls, calls, "{expected}");
        }
        let err = read_name(&Growth::NAMES, &call(), |_, _| 5047).unwrap_err();
        assert_eq!(
            err.win32(),
            Some(Win32Error::CLUSTER_NETINTERFACE_NOT_FOUND)
        );
        // Empty name.
        let name = read_name(&Growth::NAMES, &call(), |b, c| {
            b[0] = 0;
            *c = 0;
            0
        })
        .unwrap();
        assert_eq!(name, "");
    }
}
