//! An `add` killed at any moment (SIGKILL: no clean-up runs) leaves either its complete file
//! (byte for byte what an add left alone writes) or nothing: no partial file, no temporary
//! file anywhere in the ledger, and a ledger that still checks clean. The moments are spread
//! over the time an add takes on this machine, and the test asserts that kills landed both
//! before and after the write.
#![cfg(unix)]

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::Ledger;

fn add_args(i: u32) -> Vec<String> {
    [
        "add",
        "--no-input",
        "--title",
        "Pengelolaan parkir tepi jalan umum",
        "--category",
        "KSDPK",
        "--form",
        "pengelolaan_aset",
        "--affair",
        "perhubungan",
        "--unit",
        "Dinas Komunikasi dan Informatika",
        "--document",
        "KSB",
        "--signed",
        "2019-11-20",
        "--start",
        "2019-11-20",
        "--party",
        "PT Parkir Sejahtera;badan_usaha;legal_entity=true",
        "--notes",
        &"Catatan panjang. ".repeat(200),
    ]
    .iter()
    .map(|s| s.to_string())
    .chain(["--number".to_string(), format!("551/{i}/kill")])
    .collect()
}

/// Every file under the ledger root, relative, sorted (directories left out).
fn all_files(root: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = walkdir::WalkDir::new(root)
        .into_iter()
        .map(|e| e.expect("walk"))
        .filter(|e| !e.file_type().is_dir())
        .map(|e| kerjasama::ledger::relative(root, e.path()))
        .collect();
    v.sort();
    v
}

#[test]
fn a_killed_add_leaves_the_whole_file_or_nothing() {
    let bin = assert_cmd::cargo::cargo_bin("kerjasama");
    let run = |l: &Ledger, i: u32| {
        Command::new(&bin)
            .current_dir(l.path())
            .env_remove("KERJASAMA_LEDGER")
            .env("LC_ALL", "C.UTF-8")
            .env("KERJASAMA_TODAY", "2026-11-28")
            .args(add_args(i))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn")
    };

    // What a complete add writes (as KS-2019-021, with number 551/0/kill), and how long it
    // takes here: the kills are spread over 0 to 1.5 times that, so that some land before the
    // write, some during it and some after, on a fast machine or a slow one.
    let reference = Ledger::with_ksbs(20);
    let started = std::time::Instant::now();
    let done = run(&reference, 0).wait().expect("wait");
    let took = started.elapsed();
    assert!(done.success(), "an add that is left alone succeeds");
    let whole = std::fs::read_to_string(reference.join("agreements/2019/KS-2019-021.toml"))
        .expect("the complete file");
    let span = took.as_micros().max(1000) as u64 * 3 / 2;

    let l = Ledger::with_ksbs(20);
    let mut seen = all_files(l.path());
    // A fixed pseudo-random sequence of delays, so that a failure can be repeated.
    let mut seed: u64 = 2018;
    let (mut written, mut killed_before) = (0, 0);
    for i in 0..80 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = Duration::from_micros((seed >> 33) % span);
        let mut child = run(&l, i);
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();

        // Nothing anywhere in the ledger but the agreements: no temporary file, hidden or not.
        let now = all_files(l.path());
        let new: Vec<&String> = now.iter().filter(|f| !seen.contains(f)).collect();
        assert!(
            now.iter().all(|f| f == "kerjasama.toml"
                || (f.starts_with("agreements/2019/KS-2019-") && f.ends_with(".toml"))),
            "left behind after {delay:?}: {now:?}"
        );
        // A new file is exactly what a complete add writes, with its own id and number.
        for f in &new {
            let id = f
                .trim_start_matches("agreements/2019/")
                .trim_end_matches(".toml");
            let text = std::fs::read_to_string(l.join(f)).expect("read");
            let expected = whole
                .replace("KS-2019-021", id)
                .replace("551/0/kill", &format!("551/{i}/kill"));
            assert_eq!(text, expected, "{f} after a kill at {delay:?}");
        }
        let (code, report) = l.check_json(&[]);
        assert_eq!(code, 0, "after a kill at {delay:?}: {report:#}");
        match new.len() {
            0 => killed_before += 1,
            1 => written += 1,
            n => panic!("{n} files appeared from one add"),
        }
        seen = now;
    }
    eprintln!(
        "an add took {took:?}; kills within {span} µs: {written} adds completed, \
         {killed_before} killed before writing"
    );
    // Both outcomes were seen: the kills did land before the write, not only after it.
    assert!(
        killed_before > 0 && written > 0,
        "{written} / {killed_before}"
    );
}
