//! Whole-process benchmarks of the release binary, in one run so that the
//! ratios hold on a noisy machine (docs/performance.md records the figures):
//!
//! 1. startup: `policyc build` of the Calsoft policy (HTML, Markdown, JSON)
//!    against `cmark-gfm` rendering the seed text of the same policy;
//! 2. scaling: `check` and `build` over generated policies of five shapes
//!    (src/synth.rs) at 1k and 10k items, and `diff` with every id renamed,
//!    with wall time and peak memory (GNU time's maximum resident set size).
//!
//! `cargo bench --bench scaling` (add `-- --quick` for 1k items only, or
//! `-- --write-shapes DIR` to write the generated policies for profiling).
//! `POLICYC_BIN=path` measures another build of policyc instead.
//! Needs `/usr/bin/time`; without `cmark-gfm` (`apt-get install cmark-gfm`)
//! the startup comparison is skipped.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use policyc::synth::{shaped, Shape};

/// The binary measured: this build's, or another one named by `POLICYC_BIN`
/// (to compare with an earlier version in the same run conditions).
fn bin() -> &'static str {
    static BIN: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BIN.get_or_init(|| {
        std::env::var("POLICYC_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_policyc").to_string())
    })
}
/// A run slower than this is stopped and reported as such.
const TIMEOUT: Duration = Duration::from_secs(300);

/// A measurement of one command, per run.
#[derive(Clone, Copy, Debug)]
struct Measure {
    /// Wall-clock seconds.
    wall: f64,
    /// CPU seconds (user + system): steadier than wall time on a shared machine.
    cpu: f64,
    /// Peak resident memory in KiB; `None` when the run was stopped.
    rss: Option<u64>,
}

/// Runs a command `repeat` times in one shell under GNU time (whose CPU
/// figures have 10 ms resolution: repeating makes them precise), per run.
fn run(args: &[&str], dir: &Path, repeat: usize) -> Measure {
    let report = dir.join("time-report");
    let script = format!("for i in $(seq {repeat}); do \"$@\" >/dev/null 2>&1; done");
    let start = Instant::now();
    let mut child = match Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%U %S %M")
        .arg("-o")
        .arg(&report)
        .args(["sh", "-c", &script, "sh"])
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => panic!("cannot run /usr/bin/time: {e}"),
    };
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            let wall = start.elapsed().as_secs_f64();
            return Measure {
                wall,
                cpu: wall,
                rss: None,
            };
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let wall = start.elapsed().as_secs_f64() / repeat as f64;
    let text = std::fs::read_to_string(&report).unwrap_or_default();
    let fields: Vec<f64> = text
        .lines()
        .last()
        .unwrap_or("")
        .split_whitespace()
        .filter_map(|f| f.parse().ok())
        .collect();
    match fields[..] {
        [user, system, rss] => Measure {
            wall,
            cpu: (user + system) / repeat as f64,
            rss: Some(rss as u64),
        },
        _ => Measure {
            wall,
            cpu: wall,
            rss: None,
        },
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn startup(dir: &Path, root: &Path) {
    let seed = root.join("../shared/seed/calsoft-privacy-policy-2018.txt");
    let policy = root.join("policies/calsoft.policy");
    let out = dir.join("calsoft-out");
    let (p, o, s) = (
        policy.to_string_lossy().into_owned(),
        out.to_string_lossy().into_owned(),
        seed.to_string_lossy().into_owned(),
    );
    let has_cmark = Command::new("cmark-gfm")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    // Interleaved rounds of 20 runs each, so that both see the same machine.
    let (rounds, repeat) = (5, 100);
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    let mut floor = Vec::new();
    let mut rss = 0;
    for _ in 0..rounds {
        floor.push(run(&[bin(), "--version"], dir, repeat));
        let m = run(&[bin(), "build", "-o", &o, &p], dir, repeat);
        ours.push(m);
        rss = rss.max(m.rss.unwrap_or(0));
        if has_cmark && seed.exists() {
            theirs.push(run(
                &[
                    "cmark-gfm",
                    "-e",
                    "table",
                    "-e",
                    "autolink",
                    "--to",
                    "html",
                    &s,
                ],
                dir,
                repeat,
            ));
        }
    }
    let ms = |v: &[Measure], f: fn(&Measure) -> f64| median(v.iter().map(f).collect()) * 1000.0;
    println!("## Startup: the Calsoft build against cmark-gfm on the seed text\n");
    println!("Median of {rounds} rounds of {repeat} runs; CPU is user + system time.\n");
    println!("| command | wall (ms) | CPU (ms) | peak memory (MiB) |");
    println!("|---|---:|---:|---:|");
    println!(
        "| `policyc build` calsoft.policy (HTML, Markdown, JSON) | {:.1} | {:.1} | {:.1} |",
        ms(&ours, |m| m.wall),
        ms(&ours, |m| m.cpu),
        rss as f64 / 1024.0
    );
    println!(
        "| `policyc --version` (the process alone: start, arguments, exit) | {:.1} | {:.1} | |",
        ms(&floor, |m| m.wall),
        ms(&floor, |m| m.cpu)
    );
    if theirs.is_empty() {
        println!("\n(cmark-gfm or the seed text is missing: no comparison)\n");
        return;
    }
    println!(
        "| `cmark-gfm` on the seed text ({} bytes) | {:.1} | {:.1} | |",
        std::fs::metadata(&seed).map_or(0, |m| m.len()),
        ms(&theirs, |m| m.wall),
        ms(&theirs, |m| m.cpu)
    );
    println!(
        "\nratio: **{:.1}×** in wall time, **{:.1}×** in CPU time (target ≤ 3×)\n",
        ms(&ours, |m| m.wall) / ms(&theirs, |m| m.wall),
        ms(&ours, |m| m.cpu) / ms(&theirs, |m| m.cpu)
    );
}

fn scaling(dir: &Path, sizes: &[usize]) {
    // A process that does nothing: the floor of every memory figure.
    let floor = run(&[bin(), "--version"], dir, 3).rss.unwrap_or(0);
    println!("## Scaling\n");
    println!("Times are CPU seconds (user + system) per run; peak memory is the maximum resident set size; \"over input\" is (peak − {:.1} MiB, the peak of `policyc --version`) ÷ file size.\n", floor as f64 / 1024.0);
    println!("| shape | N | file (KiB) | check (s) | build (s) | peak (MiB) | over input |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let mut rows: Vec<(String, usize, f64, f64)> = Vec::new();
    let show = |m: &Measure| match m.rss {
        None => format!("> {}", TIMEOUT.as_secs()),
        Some(_) => format!("{:.3}", m.cpu),
    };
    for shape in Shape::ALL {
        for &n in sizes {
            let text = shaped(shape, n);
            let file = dir.join(format!("shape-{n}.policy"));
            let _ = std::fs::write(&file, &text);
            let f = file.to_string_lossy().into_owned();
            let out = dir.join("out").to_string_lossy().into_owned();
            let repeat = if n <= 1000 { 10 } else { 2 };
            let check = run(&[bin(), "check", &f], dir, repeat);
            let build = run(&[bin(), "build", "-o", &out, &f], dir, repeat);
            let peak = check.rss.zip(build.rss).map(|(a, b)| a.max(b));
            let over = peak.map_or(String::from("—"), |p| {
                format!(
                    "{:.1}×",
                    (p.saturating_sub(floor) * 1024) as f64 / text.len() as f64
                )
            });
            println!(
                "| {} | {n} | {:.0} | {} | {} | {} | {over} |",
                shape.name(),
                text.len() as f64 / 1024.0,
                show(&check),
                show(&build),
                peak.map_or("—".into(), |p| format!("{:.1}", p as f64 / 1024.0)),
            );
            rows.push((shape.name().to_string(), n, check.cpu, build.cpu));
        }
    }
    // diff with every id renamed.
    for &n in sizes {
        let old = shaped(Shape::Purposes, n);
        let new = old.replace("purpose p", "purpose q");
        let a = dir.join("old.policy");
        let b = dir.join("new.policy");
        let _ = std::fs::write(&a, &old);
        let _ = std::fs::write(&b, &new);
        let m = run(
            &[bin(), "diff", &a.to_string_lossy(), &b.to_string_lossy()],
            dir,
            if n <= 1000 { 10 } else { 2 },
        );
        println!(
            "| diff, every purpose renamed | {n} | {:.0} | {} | | {} | |",
            old.len() as f64 / 1024.0,
            show(&m),
            m.rss
                .map_or("—".into(), |p| format!("{:.1}", p as f64 / 1024.0)),
        );
        rows.push(("diff, every purpose renamed".into(), n, m.cpu, m.cpu));
    }
    if sizes.len() > 1 {
        println!("\n### 10× the input: how much more CPU time (target ≤ 12×)\n");
        println!("| shape | check | build |");
        println!("|---|---:|---:|");
        let (small, large) = (sizes[0], sizes[sizes.len() - 1]);
        let mut names: Vec<&String> = rows.iter().map(|r| &r.0).collect();
        names.dedup();
        for name in names {
            let at = |n: usize| rows.iter().find(|r| &r.0 == name && r.1 == n);
            if let (Some(a), Some(b)) = (at(small), at(large)) {
                println!("| {name} | {:.1}× | {:.1}× |", b.2 / a.2, b.3 / a.3);
            }
        }
    }
}

/// A 4 MiB policy (every kind of fact, cross-referenced: `synth::policy`)
/// built, against cmark-gfm on 4 MiB of Markdown (the seed text repeated).
fn large(dir: &Path, root: &Path) {
    let seed = std::fs::read_to_string(root.join("../shared/seed/calsoft-privacy-policy-2018.txt"))
        .unwrap_or_default();
    if seed.is_empty() {
        return;
    }
    let size = 4 * 1024 * 1024;
    let policy = policyc::synth::policy(size);
    let markdown = seed.repeat(size / seed.len() + 1);
    let (p, m) = (dir.join("large.policy"), dir.join("large.md"));
    let _ = std::fs::write(&p, &policy);
    let _ = std::fs::write(&m, &markdown);
    let out = dir.join("large-out").to_string_lossy().into_owned();
    let ours = run(&[bin(), "build", "-o", &out, &p.to_string_lossy()], dir, 2);
    let theirs = run(
        &[
            "cmark-gfm",
            "-e",
            "table",
            "-e",
            "autolink",
            "--to",
            "html",
            &m.to_string_lossy(),
        ],
        dir,
        2,
    );
    println!("## A 4 MiB policy\n");
    println!("| command | input (MiB) | CPU (s) | peak (MiB) |");
    println!("|---|---:|---:|---:|");
    println!(
        "| `policyc build` of `synth::policy` | {:.1} | {:.3} | {:.1} |",
        policy.len() as f64 / 1_048_576.0,
        ours.cpu,
        ours.rss.unwrap_or(0) as f64 / 1024.0
    );
    println!(
        "| `cmark-gfm` on the seed text repeated | {:.1} | {:.3} | {:.1} |",
        markdown.len() as f64 / 1_048_576.0,
        theirs.cpu,
        theirs.rss.unwrap_or(0) as f64 / 1024.0
    );
    println!(
        "\nratio: **{:.1}×** in CPU time (target ≤ 5×)\n",
        ours.cpu / theirs.cpu
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let quick = args.iter().any(|a| a == "--quick");
    // `--write-shapes DIR`: only write the generated policies, for profiling.
    if let Some(dir) = args
        .iter()
        .position(|a| a == "--write-shapes")
        .and_then(|i| args.get(i + 1))
    {
        let _ = std::fs::create_dir_all(dir);
        for shape in Shape::ALL {
            for n in [1000, 10000] {
                let name = format!("{shape:?}-{n}.policy").to_lowercase();
                let _ = std::fs::write(Path::new(dir).join(name), shaped(shape, n));
            }
        }
        return;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("target").join("bench-scaling");
    let _ = std::fs::create_dir_all(&dir);
    println!(
        "# policyc benchmark ({}, {} cores)\n",
        std::env::consts::ARCH,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    startup(&dir, &root);
    if !quick {
        large(&dir, &root);
    }
    let sizes: &[usize] = if quick { &[1000] } else { &[1000, 10000] };
    scaling(&dir, sizes);
}
