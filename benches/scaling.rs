//! Every operation over generated lists of 1, 10, 100, 1 000, 10 000 and 100 000 properties of
//! mixed formats (`common::generated`), side by side with the copy and naive baselines: the cost
//! per property should not depend on the size of the list. See `BENCHMARKS.md`.
//!
//! ```text
//! cargo bench --bench scaling                         # everything (a few minutes)
//! cargo bench --bench scaling -- 'props_100000$'      # one size
//! ```

mod common;
mod naive;

use criterion::{criterion_group, criterion_main, Criterion};

fn scaling(c: &mut Criterion) {
    common::bench_all(c, &common::scaling_inputs(), None);
}

criterion_group!(benches, scaling);
criterion_main!(benches);
