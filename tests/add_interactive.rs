//! The interactive `kerjasama add`, driven through a pseudo-terminal like a person at a
//! keyboard: one full entry, and one with a correction (going back to an earlier question).
#![cfg(unix)]

mod common;

use std::fs;
use std::process::Command;
use std::time::Duration;

use common::Ledger;
use expectrl::session::OsSession as Session;
use expectrl::{Eof, Expect};

const ENTER: &str = "\r";
const BACKSPACE: &str = "\x7f";

fn spawn(l: &Ledger) -> Session {
    spawn_with(l, &["add"])
}

fn spawn_with(l: &Ledger, args: &[&str]) -> Session {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("kerjasama"));
    cmd.current_dir(l.path())
        .env_remove("KERJASAMA_LEDGER")
        .env("LC_ALL", "C.UTF-8")
        .env("KERJASAMA_TODAY", "2026-11-28")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .args(args);
    let mut s = Session::spawn(cmd).expect("spawn in a pseudo-terminal");
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s
}

/// Waits for `prompt`, then types `keys`.
fn answer(s: &mut Session, prompt: &str, keys: &str) {
    if let Err(e) = s.expect(prompt) {
        panic!("waiting for {prompt:?}: {e}");
    }
    s.send(keys).expect("type");
}

/// The questions up to the signing date, for a second agreement with PT Indosat Tbk, whose
/// earlier agreement gives the defaults (category, form, document, type, unit, affairs).
/// With `affair`, that affair is searched for and taken instead of the earlier one.
fn up_to_signed(s: &mut Session, affair: Option<&str>) {
    answer(
        s,
        "Title",
        &format!("Jaringan serat optik kecamatan{ENTER}"),
    );
    // Type to filter the earlier partners, then take the match.
    answer(s, "Counterpart 1", "indosat");
    answer(s, "PT Indosat Tbk", ENTER);
    answer(s, "Category", ENTER);
    answer(s, "Form", ENTER);
    answer(s, "Document", ENTER);
    answer(s, "Type of PT Indosat Tbk", ENTER);
    answer(s, "legal entity", ENTER);
    answer(s, "Another counterpart?", ENTER);
    answer(s, "Initiating unit", ENTER);
    match affair {
        None => answer(s, "Affair (urusan", ENTER), // as in the earlier agreement
        Some(a) => {
            answer(s, "Affair (urusan", a);
            answer(s, a, ENTER);
            answer(s, "Another affair?", ENTER);
        }
    }
}

fn finish(s: &mut Session, l: &Ledger) -> String {
    answer(
        s,
        "Register number",
        &format!("180/77/438.1.1.3/2026{ENTER}"),
    );
    answer(s, "In force from", ENTER); // the signing date is the default
    answer(s, "Last day in force", &format!("14-03-2029{ENTER}"));
    answer(s, "Value in rupiah", ENTER);
    answer(s, "No findings.", "");
    answer(s, "Record KS-2026-001", ENTER);
    if let Err(e) = s.expect("agreements/2026/KS-2026-001.toml") {
        panic!("path on stdout: {e}");
    }
    s.expect(Eof).expect("ends");
    fs::read_to_string(l.join("agreements/2026/KS-2026-001.toml")).expect("written")
}

#[test]
fn one_full_entry() {
    let l = Ledger::with_ksbs(1);
    let mut s = spawn(&l);
    up_to_signed(&mut s, None);
    answer(&mut s, "Signed on", &format!("15-03-2026{ENTER}"));
    let text = finish(&mut s, &l);
    assert_eq!(
        text,
        r#"id = "KS-2026-001"
title = "Jaringan serat optik kecamatan"
category = "KSDPK"
form = "pelayanan_publik"
affairs = ["komunikasi_dan_informatika"]
unit = "Dinas Komunikasi dan Informatika"
document = "KSB"
number = "180/77/438.1.1.3/2026"
signed = 2026-03-15
start = 2026-03-15
end = 2029-03-14

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"

[[parties]]
name = "PT Indosat Tbk"
type = "badan_usaha"
legal_entity = true
"#
    );
    let (code, report) = l.check_json(&[]);
    assert_eq!(code, 0, "{report:#}");
}

#[test]
fn a_correction_by_going_back() {
    let l = Ledger::with_ksbs(1);
    let mut s = spawn(&l);
    up_to_signed(&mut s, Some("kesehatan"));
    answer(&mut s, "Signed on", &format!("15-03-2026{ENTER}"));
    // Not the number: back to the date, which is corrected.
    answer(&mut s, "Register number", &format!("<{ENTER}"));
    answer(
        &mut s,
        "Signed on",
        &format!("{}16-03-2026{ENTER}", BACKSPACE.repeat(10)),
    );
    let text = finish(&mut s, &l);
    assert!(
        text.contains("signed = 2026-03-16\nstart = 2026-03-16\n"),
        "{text}"
    );
    let (code, report) = l.check_json(&[]);
    assert_eq!(code, 0, "{report:#}");
}

/// A person answering questions does not hold up a script: the lock is let go during the
/// dialogue, and the agreement is numbered again when it is written.
#[test]
fn other_adds_run_while_a_person_is_answering() {
    let l = Ledger::with_ksbs(1);
    let mut s = spawn(&l);
    if let Err(e) = s.expect("Title") {
        panic!("waiting for the first question: {e}");
    }
    // A script adds an agreement meanwhile, without waiting.
    l.cmd(&[
        "add",
        "--title",
        "Tambahan dari skrip",
        "--category",
        "KSDPK",
        "--form",
        "lainnya",
        "--affair",
        "kesehatan",
        "--unit",
        "Dinas Komunikasi dan Informatika",
        "--document",
        "KSB",
        "--party",
        "PT Lain;badan_usaha;legal_entity=true",
    ])
    .timeout(Duration::from_secs(30))
    .assert()
    .code(0)
    .stdout("agreements/2026/KS-2026-001.toml\n");
    s.send(format!("Jaringan serat optik kecamatan{ENTER}"))
        .expect("type");
    answer(&mut s, "Counterpart 1", "indosat");
    answer(&mut s, "PT Indosat Tbk", ENTER);
    for prompt in [
        "Category",
        "Form",
        "Document",
        "Type of PT Indosat Tbk",
        "legal entity",
        "Another counterpart?",
        "Initiating unit",
        "Affair (urusan",
    ] {
        answer(&mut s, prompt, ENTER);
    }
    answer(&mut s, "Signed on", ENTER); // a draft
    answer(&mut s, "Last day in force", ENTER);
    answer(&mut s, "Value in rupiah", ENTER);
    // The script's file is seen: the person's agreement is the next one.
    answer(&mut s, "Record KS-2026-002", ENTER);
    if let Err(e) = s.expect("agreements/2026/KS-2026-002.toml") {
        panic!("path on stdout: {e}");
    }
    s.expect(Eof).expect("ends");
    let (code, report) = l.check_json(&[]);
    assert_eq!(code, 0, "{report:#}");
}

/// The same dialogue in Indonesian: the questions, the yes/no hint, the review and what is said
/// at the end; `hari ini` is today.
#[test]
fn one_entry_in_indonesian() {
    let l = Ledger::with_ksbs(1);
    let mut s = spawn_with(&l, &["add", "--lang", "id"]);
    answer(&mut s, "Perjanjian baru. Ketik <", "");
    // Back from the first question: there is none before it.
    answer(&mut s, "Judul (pokok perjanjian)", &format!("<{ENTER}"));
    answer(&mut s, "(ini pertanyaan pertama)", "");
    answer(
        &mut s,
        "Judul (pokok perjanjian)",
        &format!("Jaringan serat optik kecamatan{ENTER}"),
    );
    answer(
        &mut s,
        "Mitra 1 (ketik untuk mencari mitra terdahulu)",
        "indosat",
    );
    answer(&mut s, "PT Indosat Tbk", ENTER);
    for prompt in [
        "Kategori",
        "Bentuk kerja sama",
        "Jenis dokumen",
        "Jenis pihak PT Indosat Tbk",
    ] {
        answer(&mut s, prompt, ENTER);
    }
    answer(&mut s, "Apakah PT Indosat Tbk berbadan hukum?", "");
    answer(&mut s, "(y = ya, n = tidak)", ENTER);
    answer(&mut s, "Ada mitra lain?", "n");
    for prompt in [
        "Perangkat daerah pemrakarsa (ketik untuk mencari)",
        "Urusan pemerintahan (ketik untuk mencari)",
    ] {
        answer(&mut s, prompt, ENTER);
    }
    answer(
        &mut s,
        "Tanggal penandatanganan (kosongkan jika masih rancangan) (2019-01-15, 15-01-2019 atau hari ini)",
        &format!("hari ini{ENTER}"),
    );
    answer(
        &mut s,
        "Nomor register",
        &format!("180/78/438.1.1.3/2026{ENTER}"),
    );
    answer(&mut s, "Berlaku sejak", ENTER);
    answer(
        &mut s,
        "Hari terakhir masa berlaku",
        &format!("27-11-2029{ENTER}"),
    );
    answer(&mut s, "Nilai dalam rupiah", ENTER);
    answer(&mut s, "Tidak ada temuan.", "");
    answer(
        &mut s,
        "Catat KS-2026-001 di agreements/2026/KS-2026-001.toml?",
        "",
    );
    answer(&mut s, "Ubah jawaban", "");
    answer(&mut s, "Batal (tidak ada yang ditulis)", ENTER);
    if let Err(e) = s.expect("KS-2026-001 dicatat di agreements/2026/KS-2026-001.toml") {
        panic!("the message at the end: {e}");
    }
    s.expect(Eof).expect("ends");
    let text = fs::read_to_string(l.join("agreements/2026/KS-2026-001.toml")).expect("written");
    assert!(
        text.contains("signed = 2026-11-28\nstart = 2026-11-28\nend = 2029-11-27\n"),
        "{text}"
    );
    let (code, report) = l.check_json(&[]);
    assert_eq!(code, 0, "{report:#}");
}
