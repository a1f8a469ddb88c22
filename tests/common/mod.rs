//! Scratch ledgers for CLI tests.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub const CONFIG: &str = r#"format = 1
units = ["Dinas Komunikasi dan Informatika"]

[region]
name = "Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"
neighbours = ["35.78", "35.25", "35.14", "35.16"]
"#;

/// A clean signed KSB with number `n` (1..=999) in 2019.
pub fn ksb(n: u32) -> String {
    format!(
        r#"id = "KS-2019-{n:03}"
title = "Kesepakatan bersama layanan {n}"
category = "KSDPK"
form = "pelayanan_publik"
affairs = ["komunikasi_dan_informatika"]
unit = "Dinas Komunikasi dan Informatika"
document = "KSB"
number = "180/{n:03}/438.1.1.3/2019"
signed = 2019-01-15
start = 2019-01-15
end = 2021-01-14

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"

[[parties]]
name = "PT Indosat Tbk"
type = "badan_usaha"
legal_entity = true
"#
    )
}

pub fn ksb_path(n: u32) -> String {
    format!("agreements/2019/KS-2019-{n:03}.toml")
}

/// A scratch ledger in a temporary directory.
pub struct Ledger {
    pub dir: tempfile::TempDir,
}

impl Ledger {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let l = Self { dir };
        l.write("kerjasama.toml", CONFIG);
        fs::create_dir_all(l.path().join("agreements")).expect("mkdir");
        l
    }

    /// A ledger holding KSBs 1..=n.
    pub fn with_ksbs(n: u32) -> Self {
        let l = Self::new();
        for i in 1..=n {
            l.write(&ksb_path(i), &ksb(i));
        }
        l
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn join(&self, rel: &str) -> PathBuf {
        self.path().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let p = self.join(rel);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).expect("mkdir");
        }
        fs::write(p, bytes).expect("write");
    }

    /// `kerjasama ARGS` run inside the ledger, with a fixed today and no inherited settings.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::cargo_bin("kerjasama").expect("binary");
        c.current_dir(self.path())
            .env_remove("KERJASAMA_LEDGER")
            .env("KERJASAMA_TODAY", "2026-11-28")
            .env_remove("NO_COLOR")
            // Messages in English whatever the machine's locale (tests/i18n.rs tests the rest).
            .env("LC_ALL", "C.UTF-8")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .args(args);
        c
    }

    /// `check --format json` as a value, with the exit code.
    pub fn check_json(&self, extra: &[&str]) -> (i32, serde_json::Value) {
        let mut args = vec!["check", "--format", "json"];
        args.extend_from_slice(extra);
        let out = self.cmd(&args).output().expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "panic: {stderr}");
        let v = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("JSON on stdout ({e}); stderr: {stderr}"));
        (out.status.code().unwrap_or(-1), v)
    }
}

/// `check --format json --today 2026-11-28 --ledger DIR EXTRA...` of a fixture ledger kept in
/// the repository (`tests/rules/...`), in English unless EXTRA says otherwise; exit 0 or 1.
pub fn check_json_at(dir: &Path, extra: &[&str]) -> serde_json::Value {
    let out = Command::cargo_bin("kerjasama")
        .expect("binary")
        .env("LC_ALL", "C.UTF-8")
        .env_remove("KERJASAMA_TODAY")
        .env_remove("KERJASAMA_LEDGER")
        .args(["check", "--format", "json", "--today", "2026-11-28"])
        .args(extra)
        .arg("--ledger")
        .arg(dir)
        .output()
        .expect("run kerjasama");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}: exit {:?}, stderr: {}",
        dir.display(),
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

/// The (rule, file, line) of every diagnostic.
pub fn findings(report: &serde_json::Value) -> Vec<(String, String, Option<u64>)> {
    report["diagnostics"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|d| {
                    (
                        d["rule"].as_str().unwrap_or("").to_owned(),
                        d["file"].as_str().unwrap_or("").to_owned(),
                        d["line"].as_u64(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}
