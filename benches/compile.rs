//! Times parse + resolve of synthetic policies of growing size, to show the
//! pipeline stays linear. Run with `cargo bench --bench compile`.

use std::time::Instant;

fn main() {
    let calsoft = std::fs::read_to_string("policies/calsoft.policy").unwrap_or_default();
    let mut cases = vec![("calsoft.policy".to_string(), calsoft)];
    for kib in [64, 256, 1024, 4096] {
        cases.push((
            format!("synthetic {kib} KiB"),
            policyc::synth::policy(kib * 1024),
        ));
    }
    println!(
        "{:<20} {:>10} {:>12} {:>12}",
        "input", "bytes", "best (ms)", "MB/s"
    );
    for (name, text) in &cases {
        let runs = if text.len() > 2_000_000 { 3 } else { 10 };
        let mut best = f64::MAX;
        for _ in 0..runs {
            let start = Instant::now();
            let compiled = policyc::compile_str(name, text);
            let elapsed = start.elapsed().as_secs_f64();
            assert!(
                compiled.errors.is_empty(),
                "{name}: {:?}",
                compiled.errors.first()
            );
            best = best.min(elapsed);
        }
        println!(
            "{:<20} {:>10} {:>12.2} {:>12.1}",
            name,
            text.len(),
            best * 1000.0,
            text.len() as f64 / best / 1e6
        );
    }
}
