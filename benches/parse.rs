//! Every operation over the real captures (`tests/data/*.bin`) and the network common properties
//! list, side by side with the copy and naive baselines. See `BENCHMARKS.md`.
//!
//! ```text
//! cargo bench --bench parse                          # everything (a few minutes)
//! cargo bench --bench parse -- network_common        # only the network list
//! cargo bench --bench parse -- '^(copy|parse_walk)/' # some operations
//! ```

mod common;
mod naive;

use criterion::{criterion_group, criterion_main, Criterion};

fn files(c: &mut Criterion) {
    let inputs = common::file_inputs();
    let network = inputs
        .iter()
        .find(|input| input.name == "network_common")
        .expect("the network list is an input");
    common::bench_all(c, &inputs, Some(network));
}

criterion_group!(parse, files);
criterion_main!(parse);
