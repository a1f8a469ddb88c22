//! `list`, `show`, `summary`, `rules` and `explain` in Indonesian (`--lang id`, or the locale):
//! headers, labels and status words for people are Indonesian; the formats for programs (JSON,
//! CSV, TSV) are the same bytes in both languages. On the fixture ledger tests/fixtures/query,
//! on 2026-11-28 (see tests/query.rs for what it holds).

mod common;

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;

fn fixture() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/query"))
}

/// `kerjasama --ledger FIXTURE ARGS` in an English locale (so only `--lang` makes it Indonesian).
fn cmd(args: &[&str]) -> Command {
    let mut c = Command::cargo_bin("kerjasama").expect("binary");
    c.env_remove("KERJASAMA_LEDGER")
        .env("LC_ALL", "C.UTF-8")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("COLUMNS")
        .env("KERJASAMA_TODAY", "2026-11-28")
        .arg("--ledger")
        .arg(fixture())
        .args(args);
    c
}

/// The stdout of a run that succeeds with nothing on stderr.
fn stdout_of(mut c: Command) -> String {
    let out = c.output().expect("run");
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "{c:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn stdout(args: &[&str]) -> String {
    stdout_of(cmd(args))
}

/// `ARGS --lang id`.
fn id(args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.extend(["--lang", "id"]);
    stdout(&all)
}

fn assert_has(text: &str, needles: &[&str]) {
    for n in needles {
        assert!(text.contains(n), "{n:?} in\n{text}");
    }
}

fn assert_lacks(text: &str, needles: &[&str]) {
    for n in needles {
        assert!(!text.contains(n), "{n:?} should not be in\n{text}");
    }
}

#[test]
fn list_for_people_is_indonesian() {
    let table = id(&["list"]);
    let header = table.lines().nth(1).expect("header line");
    for title in [
        "id",
        "tanggal",
        "kategori",
        "bentuk",
        "dokumen",
        "judul",
        "mitra",
        "perangkat daerah",
        "status",
    ] {
        assert!(header.contains(title), "{title} in {header}");
    }
    assert_lacks(header, &["signed", "title", "counterparts", "unit"]);
    // The status as a word; the values of the format (KSDPK, pelayanan_publik) as they are.
    assert_has(
        &table,
        &[
            "berlaku",
            "belum berlaku",
            "berakhir",
            "diakhiri",
            "rancangan",
            "ditarik",
            "KSDPK",
            "pelayanan_publik",
        ],
    );
    assert_lacks(&table, &["active", "pending", "expired", "withdrawn"]);
    assert_eq!(
        id(&["list", "--format", "markdown", "--year", "2019"]),
        "| id | tanggal | kategori | bentuk | dokumen | judul | mitra | perangkat daerah | status |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n\
         | KS-2019-001 | 2019-03-01 | KSDD | wajib | KSB | Kesepakatan Bersama tentang Angkutan Umum Antarwilayah | Pemerintah Kabupaten Gresik | Dinas Perhubungan | berakhir |\n"
    );
}

#[test]
fn a_narrow_indonesian_table_cuts_no_header_and_no_status() {
    let mut c = cmd(&["list", "--lang", "id"]);
    c.env("COLUMNS", "60");
    let text = stdout_of(c);
    assert!(
        text.lines().all(|l| l.chars().count() <= 60),
        "wider than 60:\n{text}"
    );
    // Header, its rule, 9 rows and the borders: nothing wrapped.
    assert_eq!(text.lines().count(), 9 + 4, "{text}");
    assert_has(&text, &["tanggal", "status", "belum berlaku"]);
}

#[test]
fn show_for_people_is_indonesian() {
    let text = id(&["show", "KS-2018-002"]);
    assert_has(
        &text,
        &[
            "status           berlaku: sisa 64 hari, sampai dengan 2027-01-31, diperpanjang dengan adendum",
            "berlaku sampai   2027-01-31",
            "berkas           agreements/2018/KS-2018-002.toml",
            // The stored keys as in the file.
            "value_idr        Rp1.500.000.000",
            "dokumen terkait\n",
            "  melaksanakan     KS-2018-001  KSB 2018-01-10, berlaku: ",
            "  adendum          KS-2020-001  ADENDUM 2020-06-01, berlaku: ",
        ],
    );
    assert_lacks(
        &text,
        &["remaining", "effective end", "links", "implements"],
    );
    assert!(
        id(&["show", "KS-2018-001"]).contains("  dilaksanakan oleh KS-2018-002  PKS 2018-02-01")
    );
    assert!(
        id(&["show", "KS-2019-001"])
            .contains("berakhir: masa berlakunya habis pada 2021-03-01 (2098 hari yang lalu)")
    );
    assert!(id(&["show", "KS-2019-001"]).contains("  diperbarui oleh  KS-2024-001"));
    assert!(id(&["show", "KS-2024-001"]).contains("berlaku: tanpa batas akhir"));
    assert!(
        id(&["show", "KS-2023-002"])
            .contains("diakhiri pada 2025-01-01 (696 hari yang lalu): wanprestasi")
    );
    assert!(
        id(&["show", "KS-2023-001"])
            .contains("belum berlaku: mulai berlaku pada 2027-01-01 (34 hari lagi)")
    );
    assert!(id(&["show", "KS-2026-001"]).contains("rancangan (belum ditandatangani)"));
    cmd(&["show", "KS-2018-02", "--lang", "id"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            contains("perjanjian `KS-2018-02` tidak ada dalam register")
                .and(contains("apakah yang dimaksud `KS-2018-002`?"))
                .and(contains("`kerjasama list`")),
        );
}

#[test]
fn summary_for_people_is_indonesian() {
    let text = id(&["summary", "--by", "status"]);
    assert_has(
        &text,
        &[
            "jumlah perjanjian       6",
            "berlaku hari ini        3",
            "berakhir dalam 90 hari  1",
            "nilai total             Rp3.500.000.000",
            "tidak dihitung          1 rancangan, 1 ditarik, 1 adendum",
            "jumlah",
            "belum berlaku",
            "diakhiri",
        ],
    );
    assert_lacks(&text, &["agreements", "count", "terminated", "pending"]);
    let md = id(&["summary", "--format", "markdown", "--by", "unit"]);
    assert_has(
        &md,
        &[
            "- nilai total: Rp3.500.000.000",
            "| perangkat daerah | jumlah |\n| --- | --- |\n| Badan Kepegawaian Daerah | 2 |",
        ],
    );
}

#[test]
fn formats_for_programs_are_the_same_in_both_languages() {
    let cases: &[&[&str]] = &[
        &["list", "--format", "json"],
        &["list", "--format", "csv"],
        &["list", "--format", "tsv"],
        &["show", "KS-2018-002", "--format", "json"],
        &["summary", "--format", "json", "--by", "status"],
        &["summary", "--format", "csv", "--by", "year"],
        &[
            "summary",
            "--format",
            "csv",
            "--by",
            "status",
            "--by",
            "party-type",
        ],
        &[
            "summary", "--format", "tsv", "--by", "unit", "--by", "affair",
        ],
    ];
    for args in cases {
        let en = stdout(args);
        assert_eq!(id(args), en, "{args:?}");
    }
    assert_eq!(
        id(&["summary", "--by", "year", "--format", "csv"]),
        "year,count\n2018,2\n2019,1\n2023,2\n2024,1\n"
    );
    // `rules --format json`: the same keys and values, but the summary and the basis (text or
    // null), texts for people.
    let rules = |lang: &str| -> Vec<serde_json::Value> {
        let v: serde_json::Value =
            serde_json::from_str(&stdout(&["rules", "--format", "json", "--lang", lang]))
                .expect("json");
        v.as_array()
            .expect("array")
            .iter()
            .map(|r| {
                let mut r = r.clone();
                for key in ["summary", "basis"] {
                    let value = &mut r[key];
                    if value.is_string() {
                        *value = "TEXT".into();
                    }
                }
                r
            })
            .collect()
    };
    assert_eq!(rules("id"), rules("en"));
}

#[test]
fn rules_and_explain_are_indonesian() {
    let table = id(&["rules"]);
    let header = table.lines().nth(1).expect("header line");
    for title in ["kode", "tingkat", "tetap", "dasar"] {
        assert!(header.contains(title), "{title} in {header}");
    }
    assert_has(&table, &["kesalahan", "peringatan"]);
    assert_lacks(&table, &["severity", "fixed", " error ", " warning "]);
    let text = id(&["explain", "term-order"]);
    assert!(text.starts_with("term-order (kesalahan)\n"), "{text}");
    assert_has(
        &text,
        &[
            "\nAlasan: ",
            "\nDasar: ",
            "\nContoh yang benar:\n",
            "\nContoh yang salah:\n",
            "Tingkatnya dapat diatur di kerjasama.toml ([rules] term-order = \"error\" | \"warning\" | \"off\")",
            "(waive = { term-order = \"...\" })",
        ],
    );
    assert_lacks(&text, &["Why:", "Valid:", "Invalid:", "Its severity"]);
    assert!(
        id(&["explain", "toml-syntax"])
            .starts_with("toml-syntax (kesalahan, tidak dapat diubah)\n")
    );
    cmd(&["explain", "term-ordr", "--lang", "id"])
        .assert()
        .code(2)
        .stderr(contains(
            "aturan `term-ordr` tidak ada; apakah yang dimaksud `term-order`?",
        ));
}

#[test]
fn the_locale_gives_indonesian_without_lang() {
    let mut c = cmd(&["list", "--format", "markdown", "--year", "2019"]);
    c.env_remove("LC_ALL").env("LANG", "id_ID.UTF-8");
    let md = stdout_of(c);
    assert!(md.starts_with("| id | tanggal | kategori |"), "{md}");
    let mut c = cmd(&["summary"]);
    c.env_remove("LC_ALL").env("LANG", "id_ID.UTF-8");
    assert!(stdout_of(c).contains("berlaku hari ini"));
}

#[test]
fn the_messages_on_stderr_are_indonesian() {
    // The note of list, show and summary on a ledger with unreadable files and errors.
    let l = common::Ledger::with_ksbs(3);
    l.write(
        "agreements/2019/KS-2019-004.toml",
        "id = \"KS-2019-004\"\ntitle = \n",
    );
    l.write("agreements/2019/scan.pdf", "%PDF");
    l.write(
        &common::ksb_path(5),
        &common::ksb(5).replace("end = 2021-01-14", "end = 2018-12-31"),
    );
    l.cmd(&["summary", "--format", "csv", "--lang", "id"])
        .assert()
        .code(0)
        .stdout("year,count\n2019,4\n")
        .stderr(
            "kerjasama: 2 berkas tidak diikutkan (tidak dapat dibaca atau bukan berkas \
             perjanjian) dan 1 berkas mengandung kesalahan dan ditampilkan sebagaimana terbaca; \
             jalankan `kerjasama check` untuk melihat rinciannya\n",
        );
    // Errors that stop a command.
    l.cmd(&["check", "nope.toml", "--lang", "id"])
        .assert()
        .code(2)
        .stderr(contains(
            "nope.toml: berkas atau direktori tersebut tidak ada",
        ));
    l.cmd(&["check", "--changed", "--lang", "id"])
        .assert()
        .code(2)
        .stderr(contains("--changed memerlukan repositori git"));
    // The report's own lines, in the language of the messages (the report in its own).
    l.cmd(&[
        "report",
        "--year",
        "2019",
        "-o",
        "laporan.txt",
        "--lang",
        "id",
    ])
    .assert()
    .code(2)
    .stderr(contains(
        "format laporan.txt tidak dapat ditentukan dari ekstensinya",
    ));
    l.cmd(&[
        "report",
        "--year",
        "2019",
        "-o",
        "laporan.md",
        "--lang",
        "id",
    ])
    .assert()
    .code(0)
    .stderr(
        contains("laporan tahun 2019 (markdown) telah ditulis ke laporan.md")
            .and(contains("kerjasama: register memuat ")),
    );
}

#[test]
fn sarif_rules_follow_the_language() {
    let l = common::Ledger::with_ksbs(1);
    let sarif = |lang: &str| -> serde_json::Value {
        let out = l
            .cmd(&["check", "--format", "sarif", "--lang", lang])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(0));
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let (id, en) = (sarif("id"), sarif("en"));
    assert_eq!(id["runs"][0]["language"], "id");
    assert_eq!(en["runs"][0]["language"], "en");
    let help = |v: &serde_json::Value, code: &str| -> String {
        v["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .expect("rules")
            .iter()
            .find(|r| r["id"] == code)
            .and_then(|r| r["help"]["text"].as_str())
            .expect("help")
            .to_owned()
    };
    // A rule with a basis: the label of the basis in the language.
    assert!(help(&id, "ksdpk-legal-entity").contains("\n\nDasar: "));
    assert!(help(&en, "ksdpk-legal-entity").contains("\n\nBasis: "));
}
