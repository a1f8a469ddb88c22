//! An `add` killed at any moment (SIGKILL: no clean-up runs) leaves either its complete file
//! or nothing: no partial file, no temporary file, and a ledger that still checks clean.
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

#[test]
fn a_killed_add_leaves_the_whole_file_or_nothing() {
    let l = Ledger::with_ksbs(20);
    let bin = assert_cmd::cargo::cargo_bin("kerjasama");
    // A fixed pseudo-random sequence of delays (0 to 25 ms), so a failure can be repeated.
    let mut seed: u64 = 2018;
    let (mut written, mut killed_before) = (0, 0);
    for i in 0..80 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = Duration::from_micros((seed >> 33) % 25_000);
        let mut child = Command::new(&bin)
            .current_dir(l.path())
            .env_remove("KERJASAMA_LEDGER")
            .env("LC_ALL", "C.UTF-8")
            .env("KERJASAMA_TODAY", "2026-11-28")
            .args(add_args(i))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();

        // Every file under agreements/ is a complete agreement: nothing hidden, nothing partial.
        let mut count = 0;
        for e in walkdir::WalkDir::new(l.join("agreements")) {
            let e = e.expect("walk");
            if !e.file_type().is_file() {
                continue;
            }
            let name = e.file_name().to_string_lossy().into_owned();
            assert!(
                !name.starts_with('.') && name.ends_with(".toml"),
                "left behind after {delay:?}: {}",
                e.path().display()
            );
            count += 1;
        }
        let (code, report) = l.check_json(&[]);
        assert_eq!(code, 0, "after a kill at {delay:?}: {report:#}");
        match count - 20 - written {
            0 => killed_before += 1,
            1 => written += 1,
            n => panic!("{n} files appeared from one add"),
        }
    }
    eprintln!("{written} adds completed, {killed_before} killed before writing");
}
