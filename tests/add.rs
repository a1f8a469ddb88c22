//! `kerjasama add`: each way in, refusals that write nothing, id allocation, safe writing under
//! concurrency.

mod common;

use std::fs;
use std::process::Stdio;

use common::{Ledger, ksb, ksb_path};
use predicates::prelude::*;

/// Flags for a clean signed KSDPK KSB with register number `number`.
fn ksb_flags(number: &str) -> Vec<String> {
    [
        "add",
        "--title",
        "Pengelolaan parkir tepi jalan umum",
        "--category",
        "KSDPK",
        "--form",
        "pengelolaan_aset",
        "--affair",
        "perhubungan",
        "--unit",
        "Dinas Perhubungan",
        "--document",
        "KSB",
        "--number",
        number,
        "--signed",
        "20-11-2019",
        "--start",
        "2019-11-20",
        "--end",
        "2022-11-19",
        "--party",
        "PT Parkir Sejahtera;badan_usaha;legal_entity=true;signatory=Direktur Utama",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// Sets `flag` to `value` in `args`, replacing its value when it is there.
fn set(args: &mut Vec<String>, flag: &str, value: &str) {
    match args.iter().position(|a| a == flag) {
        Some(pos) => args[pos + 1] = value.into(),
        None => args.extend([flag.into(), value.into()]),
    }
}

/// Removes `flag` and its value from `args`.
fn unset(args: &mut Vec<String>, flag: &str) {
    let pos = args.iter().position(|a| a == flag).expect("flag");
    args.drain(pos..pos + 2);
}

fn run(l: &Ledger, args: &[String]) -> std::process::Output {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    l.cmd(&args).output().expect("run")
}

/// Every file under agreements/ (hidden ones too), sorted.
fn files(l: &Ledger) -> Vec<String> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(l.join("agreements")) {
        let e = e.expect("walk");
        if e.file_type().is_file() {
            out.push(
                e.path()
                    .strip_prefix(l.path())
                    .expect("inside")
                    .to_string_lossy()
                    .into_owned(),
            );
        }
    }
    out.sort();
    out
}

fn assert_clean(l: &Ledger) {
    let (code, report) = l.check_json(&[]);
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["errors"], 0, "{report:#}");
}

#[test]
fn from_flags_writes_the_canonical_file_and_prints_its_path() {
    let l = Ledger::with_ksbs(2);
    let out = run(&l, &ksb_flags("551/7/438.5.1/2019"));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "agreements/2019/KS-2019-003.toml\n"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("recorded KS-2019-003"));
    let text = fs::read_to_string(l.join("agreements/2019/KS-2019-003.toml")).expect("written");
    assert_eq!(
        text,
        r#"id = "KS-2019-003"
title = "Pengelolaan parkir tepi jalan umum"
category = "KSDPK"
form = "pengelolaan_aset"
affairs = ["perhubungan"]
unit = "Dinas Perhubungan"
document = "KSB"
number = "551/7/438.5.1/2019"
signed = 2019-11-20
start = 2019-11-20
end = 2022-11-19

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"

[[parties]]
name = "PT Parkir Sejahtera"
type = "badan_usaha"
legal_entity = true
signatory = "Direktur Utama"
"#
    );
    assert_clean(&l);
}

#[test]
fn from_file_with_flags_winning_and_the_home_party_not_doubled() {
    let l = Ledger::new();
    // Keys out of order, no id, the home party given with its signatory.
    l.write(
        "draft.toml",
        r#"notes = "Diketik dari naskah asli."
title = "Judul lama"
document = "PKS"
category = "KSDPK"
form = "pelayanan_publik"
affairs = ["kesehatan"]
unit = "Dinas Kesehatan"
number = "440/3/438.6/2021"
signed = 2021-03-01
start = 2021-03-01
end = 2023-02-28
burdens_region = false
apbd_funding = "none"

[[parties]]
name = "PT Klinik Sehat"
type = "badan_usaha"
legal_entity = true

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"
signatory = "Kepala Dinas Kesehatan"
"#,
    );
    let out = l
        .cmd(&[
            "add",
            "--from",
            "draft.toml",
            "--title",
            "Layanan pemeriksaan kesehatan keliling",
        ])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = fs::read_to_string(l.join("agreements/2021/KS-2021-001.toml")).expect("written");
    assert!(text.starts_with(
        "id = \"KS-2021-001\"\ntitle = \"Layanan pemeriksaan kesehatan keliling\"\ncategory = \"KSDPK\"\n"
    ));
    assert!(text.contains("apbd_funding = \"none\"\nnotes = \"Diketik dari naskah asli.\"\n\n[[parties]]\nname = \"PT Klinik Sehat\""));
    assert_eq!(text.matches("[[parties]]").count(), 2, "{text}");
    assert_clean(&l);
}

#[test]
fn from_stdin() {
    let l = Ledger::with_ksbs(1);
    let text = ksb(1)
        .replace("id = \"KS-2019-001\"\n", "")
        .replace("180/001/", "180/777/");
    l.cmd(&["add", "--from", "-"])
        .write_stdin(text)
        .assert()
        .code(0)
        .stdout("agreements/2019/KS-2019-002.toml\n");
    assert_clean(&l);
}

#[test]
fn a_refusal_writes_nothing() {
    let l = Ledger::with_ksbs(2);
    let before = files(&l);
    // The register number of KS-2019-001 again: a cross-file error.
    let out = run(&l, &ksb_flags("180/001/438.1.1.3/2019"));
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("error[duplicate-number]"), "{stderr}");
    assert!(
        stderr.contains("agreements/2019/KS-2019-003.toml:"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing written"), "{stderr}");
    assert!(out.stdout.is_empty());
    assert_eq!(files(&l), before);

    // An unknown reference, and a form of another category.
    let mut args = ksb_flags("551/8/438.5.1/2019");
    set(&mut args, "--renews", "KS-2010-001");
    set(&mut args, "--form", "wajib");
    let out = run(&l, &args);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("error[unknown-reference]"), "{stderr}");
    assert!(stderr.contains("error[form-category]"), "{stderr}");
    assert_eq!(files(&l), before);
}

#[test]
fn warnings_are_shown_and_the_file_is_written() {
    let l = Ledger::new();
    let mut args = ksb_flags("551/9/438.5.1/2019");
    args.extend(
        ["--funding", "tanpa_biaya", "--value-idr", "1.500.000"]
            .iter()
            .map(|s| s.to_string()),
    );
    let out = run(&l, &args);
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning[funding-value]"), "{stderr}");
    let text = fs::read_to_string(l.join("agreements/2019/KS-2019-001.toml")).expect("written");
    assert!(text.contains("value_idr = 1500000\nfunding = [\"tanpa_biaya\"]\n"));
}

#[test]
fn missing_fields_without_a_terminal_exit_2_at_once() {
    let l = Ledger::new();
    l.cmd(&["add", "--title", "Sesuatu", "--document", "PKS"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "missing --category, --form, --affair, --unit, --party, --end",
        ));
    // Signed, so number and start are needed too.
    let mut args: Vec<String> = ksb_flags("x");
    let pos = args.iter().position(|a| a == "--number").expect("flag");
    args.drain(pos..pos + 2);
    let pos = args.iter().position(|a| a == "--start").expect("flag");
    args.drain(pos..pos + 2);
    let out = run(&l, &args);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing --number, --start"));
    assert!(files(&l).is_empty());
}

#[test]
fn a_rule_turned_off_is_not_required() {
    let l = Ledger::new();
    l.write(
        "kerjasama.toml",
        &format!("{}\n[rules]\npks-end-missing = \"off\"\n", common::CONFIG),
    );
    let mut args = ksb_flags("551/1/438.5.1/2019");
    unset(&mut args, "--end");
    set(&mut args, "--document", "PKS");
    set(&mut args, "--burdens-region", "false");
    set(&mut args, "--apbd-funding", "none");
    let out = run(&l, &args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn ids_across_years_after_gaps_and_unreadable_files() {
    let l = Ledger::new();
    l.write(&ksb_path(1), &ksb(1));
    l.write(&ksb_path(5), &ksb(5)); // 002-004 are a gap, never filled
    l.write("agreements/2019/KS-2019-009.toml", "not = [toml"); // unreadable, still taken
    let mut numbers = 100..;
    let mut add = |signed: Option<&str>| {
        let mut args = ksb_flags(&format!("551/{}/x", numbers.next().unwrap_or(0)));
        let pos = args.iter().position(|a| a == "--signed").expect("flag");
        args.drain(pos..pos + 2);
        match signed {
            Some(d) => {
                args.extend(["--signed".into(), d.into()]);
                let pos = args.iter().position(|a| a == "--start").expect("flag");
                args[pos + 1] = d.into();
            }
            None => {
                for flag in ["--start", "--number"] {
                    let pos = args.iter().position(|a| a == flag).expect("flag");
                    args.drain(pos..pos + 2);
                }
            }
        }
        let out = run(&l, &args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    assert_eq!(add(Some("2019-12-01")), "agreements/2019/KS-2019-010.toml");
    assert_eq!(add(Some("2019-12-02")), "agreements/2019/KS-2019-011.toml");
    assert_eq!(add(Some("2020-01-06")), "agreements/2020/KS-2020-001.toml");
    // A draft takes the current year (KERJASAMA_TODAY is 2026-11-28).
    assert_eq!(add(None), "agreements/2026/KS-2026-001.toml");
    assert_eq!(add(None), "agreements/2026/KS-2026-002.toml");
}

#[test]
fn an_explicit_id_is_used_and_checked() {
    let l = Ledger::with_ksbs(1);
    let mut args = ksb_flags("551/3/x");
    args.extend(["--id".into(), "KS-2019-050".into()]);
    let out = run(&l, &args);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "agreements/2019/KS-2019-050.toml\n"
    );

    // Taken: the check refuses it (duplicate-id) and the file stays as it was.
    let mut args = ksb_flags("551/4/x");
    args.extend(["--id".into(), "KS-2019-001".into()]);
    let out = run(&l, &args);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("duplicate-id"));
    assert_eq!(
        fs::read_to_string(l.join(&ksb_path(1))).expect("read"),
        ksb(1)
    );

    // Not an id: refused before anything is read as a path.
    let mut args = ksb_flags("551/5/x");
    args.extend(["--id".into(), "../../etc/passwd".into()]);
    let out = run(&l, &args);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be a file name"));

    // Well-formed but of another prefix: id-format.
    let mut args = ksb_flags("551/6/x");
    args.extend(["--id".into(), "XX-2019-001".into()]);
    let out = run(&l, &args);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("id-format"));
}

#[test]
fn dry_run_prints_and_writes_nothing() {
    let l = Ledger::with_ksbs(1);
    let before = files(&l);
    let mut args = ksb_flags("551/1/x");
    args.push("--dry-run".into());
    let out = run(&l, &args);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("id = \"KS-2019-002\"\n"), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing written"));
    assert_eq!(files(&l), before);

    let mut args = ksb_flags("180/001/438.1.1.3/2019");
    args.push("--dry-run".into());
    let out = run(&l, &args);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("duplicate-number"));
    assert_eq!(files(&l), before);
}

#[test]
fn bad_flag_values_are_usage_errors() {
    let l = Ledger::new();
    let cases: &[(&[&str], &str)] = &[
        (
            &["--signed", "2019-13-01"],
            "--signed: `2019-13-01` is not a date",
        ),
        (
            &["--party", "PT X;badan_usaaha"],
            "did you mean `badan_usaha`",
        ),
        (&["--party", "PT X"], "NAME;TYPE"),
        (&["--value-idr", "lima juta"], "not an amount"),
        (&["--dprd-approval", "12/3"], "NUMBER;DATE"),
        (&["--attachment", "docs/none.pdf"], "cannot read"),
        (&["--attachment", "../x.pdf"], "inside it"),
    ];
    for (extra, message) in cases {
        let mut args = ksb_flags("551/1/x");
        set(&mut args, extra[0], extra[1]);
        let out = run(&l, &args);
        assert_eq!(out.status.code(), Some(2), "{extra:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(message), "{extra:?}: {stderr}");
    }
    l.cmd(&["add", "--category", "KSDX"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid value 'KSDX'"));
    assert!(files(&l).is_empty());
}

#[test]
fn a_broken_from_file_is_reported_at_its_line() {
    let l = Ledger::new();
    l.write("draft.toml", "title = \"a\"\ncategory = KSDPK\n");
    l.cmd(&["add", "--from", "draft.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "draft.toml:2:12: error[toml-syntax]",
        ));
    l.cmd(&["add", "--from", "absent.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read absent.toml"));
    assert!(files(&l).is_empty());
}

#[test]
fn an_attachment_is_hashed() {
    let l = Ledger::new();
    l.write("docs/scan.pdf", "%PDF-1.4 scan");
    let mut args = ksb_flags("551/1/x");
    args.extend(["--attachment".into(), "docs/scan.pdf".into()]);
    let out = run(&l, &args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = fs::read_to_string(l.join("agreements/2019/KS-2019-001.toml")).expect("written");
    assert!(text.contains("\n[[attachments]]\npath = \"docs/scan.pdf\"\nsha256 = \""));
    assert_clean(&l);
}

#[test]
fn six_adds_at_once_get_distinct_ids_and_the_ledger_stays_clean() {
    let l = Ledger::with_ksbs(3);
    let bin = assert_cmd::cargo::cargo_bin("kerjasama");
    let children: Vec<_> = (0..6)
        .map(|i| {
            std::process::Command::new(&bin)
                .current_dir(l.path())
                .env_remove("KERJASAMA_LEDGER")
                .env("LC_ALL", "C.UTF-8")
                .env("KERJASAMA_TODAY", "2026-11-28")
                .args(ksb_flags(&format!("551/{i}/concurrent")))
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    let mut paths: Vec<String> = children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().expect("wait");
            assert_eq!(
                out.status.code(),
                Some(0),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8_lossy(&out.stdout).trim().to_owned()
        })
        .collect();
    paths.sort();
    let expected: Vec<String> = (4..=9)
        .map(|n| format!("agreements/2019/KS-2019-{n:03}.toml"))
        .collect();
    assert_eq!(paths, expected);
    let mut all = expected.clone();
    all.extend((1..=3).map(ksb_path));
    all.sort();
    assert_eq!(files(&l), all, "no temporary file is left");
    assert_clean(&l);
}

#[test]
fn help_shows_examples() {
    let l = Ledger::new();
    l.cmd(&["add", "--help"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Examples:"))
        .stdout(predicate::str::contains("--from -"))
        .stdout(predicate::str::contains("'NAME;TYPE[;KEY=VALUE...]'"));
}

#[cfg(unix)]
#[test]
fn never_writes_through_a_link_out_of_the_ledger() {
    let l = Ledger::new();
    let outside = tempfile::tempdir().expect("tempdir");
    std::os::unix::fs::symlink(outside.path(), l.join("agreements/2019")).expect("symlink");
    let out = run(&l, &ksb_flags("551/1/x"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("leads outside the ledger"));
    assert_eq!(fs::read_dir(outside.path()).expect("list").count(), 0);
}

/// stderr of `kerjasama ARGS` in Indonesian (`--lang id`), with its exit code.
fn run_id(l: &Ledger, args: &[String]) -> (Option<i32>, String, String) {
    let mut args = args.to_vec();
    args.extend(["--lang".into(), "id".into()]);
    let out = run(l, &args);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn in_indonesian_a_missing_flag_is_named_and_exits_2() {
    let l = Ledger::new();
    let mut args = ksb_flags("551/1/x");
    unset(&mut args, "--number");
    unset(&mut args, "--unit");
    let (code, stdout, stderr) = run_id(&l, &args);
    assert_eq!(code, Some(2), "{stderr}");
    assert_eq!(stdout, "");
    assert!(
        stderr.contains(
            "kerjasama: tidak dapat menambahkan perjanjian: --unit, --number belum diisi; \
             berikan sebagai opsi atau dalam --from FILE (di terminal, kerjasama add \
             menanyakannya)"
        ),
        "{stderr}"
    );
    args.push("--no-input".into());
    let (code, _, stderr) = run_id(&l, &args);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.ends_with(
            "--unit, --number belum diisi; berikan sebagai opsi atau dalam --from FILE\n"
        ),
        "{stderr}"
    );
    assert!(files(&l).is_empty());
}

#[test]
fn in_indonesian_a_bad_flag_value_says_what_to_write() {
    let l = Ledger::new();
    let mut args = ksb_flags("551/1/x");
    set(&mut args, "--signed", "2019-13-01");
    let (code, _, stderr) = run_id(&l, &args);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "--signed: `2019-13-01` bukan tanggal; tulis 2019-01-15, 15-01-2019 atau `hari ini`"
        ),
        "{stderr}"
    );
    let mut args = ksb_flags("551/1/x");
    set(&mut args, "--party", "PT X;badan_usaaha");
    let (code, _, stderr) = run_id(&l, &args);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "--party: pihak `PT X`: `badan_usaaha` bukan jenis pihak yang dikenal; apakah yang dimaksud `badan_usaha`?"
        ),
        "{stderr}"
    );
    // `hari ini` is a date in either language.
    let mut args = ksb_flags("551/1/x");
    set(&mut args, "--signed", "hari ini");
    set(&mut args, "--start", "hari ini");
    set(&mut args, "--end", "2029-11-27");
    let (code, stdout, stderr) = run_id(&l, &args);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stdout, "agreements/2026/KS-2026-001.toml\n");
    assert!(
        stderr.contains("KS-2026-001 dicatat di agreements/2026/KS-2026-001.toml"),
        "{stderr}"
    );
}

#[test]
fn in_indonesian_a_dry_run_and_a_refusal() {
    let l = Ledger::with_ksbs(1);
    let before = files(&l);
    let mut args = ksb_flags("551/1/x");
    args.push("--dry-run".into());
    let (code, stdout, stderr) = run_id(&l, &args);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.starts_with("id = \"KS-2019-002\"\n"), "{stdout}");
    // After the findings (a warning here), what would happen.
    assert!(
        stderr.ends_with(
            "\nuji coba (--dry-run): KS-2019-002 di agreements/2019/KS-2019-002.toml akan \
             dicatat; tidak ada berkas yang ditulis\n"
        ),
        "{stderr}"
    );
    // The register number of KS-2019-001 again.
    let mut args = ksb_flags("180/001/438.1.1.3/2019");
    args.push("--dry-run".into());
    let (code, _, stderr) = run_id(&l, &args);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("kesalahan[duplicate-number]"), "{stderr}");
    assert!(
        stderr.ends_with(
            "uji coba (--dry-run): KS-2019-002 di agreements/2019/KS-2019-002.toml akan ditolak; \
             tidak ada berkas yang ditulis\n"
        ),
        "{stderr}"
    );
    args.pop();
    let (code, _, stderr) = run_id(&l, &args);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.ends_with(
            "kerjasama: KS-2019-002 ditolak karena 1 kesalahan; tidak ada berkas yang ditulis\n"
        ),
        "{stderr}"
    );
    assert_eq!(files(&l), before);
}

#[test]
fn the_language_of_add_follows_lang_from_the_locale() {
    let l = Ledger::new();
    let out = l
        .cmd(&["add", "--title", "Sesuatu", "--no-input"])
        .env_remove("LC_ALL")
        .env("LANG", "id_ID.UTF-8")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("tidak dapat menambahkan perjanjian: --category, --form"),
        "{stderr}"
    );
}

#[test]
fn english_messages_of_add_stay_as_they_were() {
    let l = Ledger::with_ksbs(1);
    let mut args = ksb_flags("180/001/438.1.1.3/2019");
    let out = run(&l, &args);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .ends_with("kerjasama: KS-2019-002 refused: 1 error; nothing written\n")
    );
    args.push("--dry-run".into());
    let out = run(&l, &args);
    assert!(String::from_utf8_lossy(&out.stderr).ends_with(
        "dry run: KS-2019-002 in agreements/2019/KS-2019-002.toml, it would be refused; nothing \
         written\n"
    ));
}
