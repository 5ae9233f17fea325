//! `clusprop bench`: an in-process benchmark of one property list, in the manner of `zstd -b`.
//!
//! For each operation, a warm-up (which also calibrates the default iteration count), then
//! [`BATCHES`] timed batches of N iterations; the figure is the median batch. One line per
//! operation on standard output: `OPERATION<TAB>NS_PER_OP<TAB>MB_PER_S`, MB being 10^6 bytes of
//! the input.
//!
//! * `parse`: strict parse and the full walk (every name, and every value decoded into its
//!   typed view), in one pass: `PropertyList::visit`, the fastest way to read a whole list.
//! * `decode`: strict parse, then `into_owned`.
//! * `encode`: the owned list written into a preallocated buffer (`write_to`).
//! * `json`: strict parse and the canonical JSON (compact) into a reused buffer, in one pass
//!   (`clusprop::json::property_list_json`), as `clusprop decode --lines` writes each line.
//! * `json_read`: the way back, as `clusprop encode` reads it: the input's canonical JSON
//!   (compact, made once beforehand) checked as UTF-8 and read into an `OwnedPropertyList`
//!   (serde_json through serde_path_to_error, as `encode` does), then written to bytes
//!   (`write_to` a preallocated buffer). Not timed: reading the file, `encode`'s error
//!   messages, writing the output. MB/s are of the binary input, as on every line; the JSON
//!   read is longer.

use crate::input::read_input;
use crate::{BenchArgs, Failure};
use clusprop::{Mode, OwnedPropertyList, PropertyList, Utf16Str, Value, Visit};
use std::hint::black_box;
use std::io::{self, Write};
use std::time::{Duration, Instant};

/// Timed batches per operation; the median one is reported.
const BATCHES: usize = 7;
/// The warm-up per operation (at least one iteration).
const WARM_UP: Duration = Duration::from_millis(100);
/// Without `--iterations`, N is chosen so that the batches of one operation take about this long.
const TIMED_PER_OPERATION: Duration = Duration::from_millis(900);

pub(crate) fn bench(args: &BenchArgs) -> Result<(), Failure> {
    let (name, bytes) = read_input(Some(&args.file))?;
    let list = PropertyList::parse(&bytes).map_err(|e| Failure::Parse(name.clone(), e))?;
    let owned = list.into_owned();
    let cannot_encode = |e: clusprop::BuildError| Failure::input(&name, e.to_string());
    let mut encoded = vec![0u8; owned.encoded_len().map_err(cannot_encode)?];
    owned.write_to(&mut encoded).map_err(cannot_encode)?;
    let mut json = Vec::with_capacity(bytes.len().saturating_mul(4));
    list.write_json(&mut json);
    let canonical = json.clone();
    let mut read_back = encoded.clone();
    read_json(&canonical)
        .map_err(|e| Failure::input(&name, format!("cannot read its JSON back: {e}")))?
        .write_to(&mut read_back)
        .map_err(cannot_encode)?;

    // Every operation has succeeded once on this input; the timed loops ignore results.
    let results = [
        (
            "parse",
            measure(args.iterations, || {
                let _ = black_box(PropertyList::visit(
                    black_box(&bytes),
                    Mode::Strict,
                    &mut Walk,
                ));
            }),
        ),
        (
            "decode",
            measure(args.iterations, || {
                let _ =
                    black_box(PropertyList::parse(black_box(&bytes)).map(PropertyList::into_owned));
            }),
        ),
        (
            "encode",
            measure(args.iterations, || {
                let _ = black_box(black_box(&owned).write_to(&mut encoded));
            }),
        ),
        (
            "json",
            measure(args.iterations, || {
                json.clear();
                let _ = black_box(clusprop::json::property_list_json(
                    black_box(&bytes),
                    Mode::Strict,
                    &mut json,
                ));
                black_box(json.len());
            }),
        ),
        (
            "json_read",
            measure(args.iterations, || {
                if let Ok(list) = read_json(black_box(&canonical)) {
                    let _ = black_box(list.write_to(&mut read_back));
                }
            }),
        ),
    ];

    let mut out = io::stdout().lock();
    let mb = bytes.len() as f64 / 1e6;
    results
        .iter()
        .try_for_each(|(operation, ns)| {
            let mb_per_s = if *ns > 0.0 { mb / (ns / 1e9) } else { 0.0 };
            writeln!(out, "{operation}\t{ns:.1}\t{mb_per_s:.1}")
        })
        .and_then(|()| out.flush())
        .map_err(|e| Failure::Io("standard output".into(), e))
}

/// The canonical JSON read back as `clusprop encode` reads it (without its error messages).
fn read_json(json: &[u8]) -> Result<OwnedPropertyList, String> {
    let text = std::str::from_utf8(json).map_err(|e| e.to_string())?;
    let mut de = serde_json::Deserializer::from_str(text);
    let list = serde_path_to_error::deserialize(&mut de).map_err(|e| e.to_string())?;
    de.end().map_err(|e| e.to_string())?;
    Ok(list)
}

/// The full walk: every name and every value decoded into its typed view, as the strict parse
/// checks them.
struct Walk;

impl<'a> Visit<'a> for Walk {
    #[inline(always)]
    fn visit_property(&mut self, name: Utf16Str<'a>, _offset: usize) {
        black_box(&name);
    }

    #[inline(always)]
    fn visit_value(&mut self, value: &Value<'a>) {
        black_box(&value.decoded());
    }
}

/// Nanoseconds per run of `op`: the median of [`BATCHES`] batches of `iterations` runs (by
/// default, as many as fit [`TIMED_PER_OPERATION`] by the warm-up's pace).
fn measure(iterations: Option<u64>, mut op: impl FnMut()) -> f64 {
    let start = Instant::now();
    let mut warm_up = 0u64;
    loop {
        op();
        warm_up += 1;
        if start.elapsed() >= WARM_UP {
            break;
        }
    }
    let pace = start.elapsed().as_secs_f64() / warm_up as f64;
    let n = iterations.unwrap_or_else(|| {
        let n = TIMED_PER_OPERATION.as_secs_f64() / BATCHES as f64 / pace;
        (n as u64).max(1)
    });
    let mut batches = [0f64; BATCHES];
    for batch in &mut batches {
        let start = Instant::now();
        for _ in 0..n {
            op();
        }
        *batch = start.elapsed().as_nanos() as f64 / n as f64;
    }
    batches.sort_by(f64::total_cmp);
    batches[BATCHES / 2]
}
