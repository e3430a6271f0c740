//! Criterion bench: import and check every fixture letter, as `easyread check` does.
//!
//! Run with `cargo bench -p easyread-cli --bench check_corpus`. Numbers go in
//! docs/benchmarks.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use easyread::{check, CheckOptions};
use easyread_import::{import, ImportOptions};

fn corpus() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../fixtures/letters");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures/letters exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read(p).expect("read fixture"))
        .collect()
}

fn bench_check(c: &mut Criterion) {
    let letters = corpus();
    let bytes: usize = letters.iter().map(Vec::len).sum();
    let options = CheckOptions::default();
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("fixture corpus ({} letters)", letters.len()), |b| {
        b.iter(|| {
            let mut findings = 0;
            for letter in &letters {
                let doc = import(letter, &ImportOptions::default()).expect("fixture imports");
                findings += check(&doc, &options).findings.len();
            }
            findings
        })
    });
    group.finish();
}

criterion_group!(benches, bench_check);
criterion_main!(benches);
