//! `list`, `show` and `summary` on the fixture ledger tests/fixtures/query, on 2026-11-28.
//!
//! The fixture, with the answers the tests expect:
//!
//! | id | document | signed | status | counted |
//! |---|---|---|---|---|
//! | KS-2018-001 | KSB KSDPK, Taspen | 2018-01-10 | active (to 2027-12-31) | yes |
//! | KS-2018-002 | PKS of 2018-001, Rp1.500.000.000 | 2018-02-01 | active: its ADENDUM moves the end from 2022-12-31 to 2027-01-31, within 90 days | yes |
//! | KS-2020-001 | ADENDUM of 2018-002, Rp500.000.000 | 2020-06-01 | active | no (addendum) |
//! | KS-2019-001 | KSB KSDD, Gresik | 2019-03-01 | expired (2021-03-01) | yes |
//! | KS-2024-001 | KSB KSDD, renews 2019-001 | 2024-02-01 | active, no end | yes |
//! | KS-2023-001 | KSB KSDPK investasi, Rp2.000.000.000 | 2023-05-01 | pending (starts 2027-01-01) | yes |
//! | KS-2023-002 | KSB KSDPK | 2023-06-01 | terminated 2025-01-01 | yes |
//! | KS-2026-001 | KSB KSDD | - | draft | no |
//! | KS-2026-002 | KSB KSDPK | - | withdrawn | no |

mod common;

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;

fn fixture() -> &'static str {
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/query")
}

fn cmd_in(ledger: &Path, args: &[&str]) -> Command {
    let mut c = Command::cargo_bin("kerjasama").expect("binary");
    c.env_remove("KERJASAMA_LEDGER")
        .env("LC_ALL", "C.UTF-8")
        .env_remove("COLUMNS")
        .env("KERJASAMA_TODAY", "2026-11-28")
        .arg("--ledger")
        .arg(ledger)
        .args(args);
    c
}

fn cmd(args: &[&str]) -> Command {
    cmd_in(Path::new(fixture()), args)
}

fn stdout(args: &[&str]) -> String {
    let out = cmd(args).output().expect("run");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "clean ledger, yet stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

/// The ids that `list ARGS` prints, in order (from its JSON).
fn ids(args: &[&str]) -> Vec<String> {
    let mut all = vec!["list", "--format", "json"];
    all.extend_from_slice(args);
    let v: serde_json::Value = serde_json::from_str(&stdout(&all)).expect("json");
    v.as_array()
        .expect("array")
        .iter()
        .map(|a| a["id"].as_str().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn list_sorts_by_signed_then_id_drafts_last() {
    assert_eq!(
        ids(&[]),
        [
            "KS-2018-001",
            "KS-2018-002",
            "KS-2019-001",
            "KS-2020-001",
            "KS-2023-001",
            "KS-2023-002",
            "KS-2024-001",
            "KS-2026-001",
            "KS-2026-002"
        ]
    );
    assert_eq!(ids(&["--reverse"])[0], "KS-2026-002");
    assert_eq!(ids(&["--sort", "end"])[0], "KS-2019-001");
    assert_eq!(
        ids(&["--sort", "value"])[..3],
        ["KS-2020-001", "KS-2018-002", "KS-2023-001"]
    );
    assert_eq!(ids(&["--sort", "status"])[0], "KS-2018-001");
    assert_eq!(ids(&["--sort", "title"])[0], "KS-2020-001");
}

#[test]
fn every_filter_alone() {
    let cases: &[(&[&str], &[&str])] = &[
        (&["--year", "2018"], &["KS-2018-001", "KS-2018-002"]),
        (
            &["--year", "2019..2023"],
            &["KS-2019-001", "KS-2020-001", "KS-2023-001", "KS-2023-002"],
        ),
        (&["--year", "2024.."], &["KS-2024-001"]),
        (
            &["--category", "ksdd"],
            &["KS-2019-001", "KS-2024-001", "KS-2026-001"],
        ),
        (&["--form", "investasi"], &["KS-2023-001"]),
        (&["--document", "ADENDUM"], &["KS-2020-001"]),
        (
            &["--party-type", "kabupaten"],
            &["KS-2019-001", "KS-2024-001", "KS-2026-001"],
        ),
        (
            &["--party", "TASPEN"],
            &["KS-2018-001", "KS-2018-002", "KS-2020-001"],
        ),
        (&["--unit", "komunikasi"], &["KS-2023-001", "KS-2023-002"]),
        (
            &["--affair", "pekerjaan_umum_dan_penataan_ruang"],
            &["KS-2024-001"],
        ),
        (
            &["--status", "terminated,pending"],
            &["KS-2023-001", "KS-2023-002"],
        ),
        (&["--status", "draft"], &["KS-2026-001"]),
        (&["--status", "withdrawn"], &["KS-2026-002"]),
        (&["--status", "expired"], &["KS-2019-001"]),
        // On 2020-01-01 the PKS of 2018 and its KSB were in force, and the KSDD of 2019.
        (
            &["--active-on", "2020-01-01"],
            &["KS-2018-001", "KS-2018-002", "KS-2019-001"],
        ),
        // The PKS ends on 2027-01-31 only through its ADENDUM (signed addenda extend the term).
        (
            &["--expiring-within", "90"],
            &["KS-2018-002", "KS-2020-001"],
        ),
        (&["--expiring-within", "30"], &[]),
        // Accent- and case-insensitive, in notes; the number; a counterpart.
        (&["--search", "CAFE layanan"], &["KS-2018-001"]),
        (&["--search", "180/1/2024"], &["KS-2024-001"]),
        (
            &["--search", "gresik"],
            &["KS-2019-001", "KS-2024-001", "KS-2026-001"],
        ),
    ];
    for (args, want) in cases {
        assert_eq!(ids(args), *want, "list {args:?}");
    }
}

#[test]
fn filters_combine() {
    assert_eq!(
        ids(&[
            "--category",
            "KSDPK",
            "--status",
            "active",
            "--year",
            "2018"
        ]),
        ["KS-2018-001", "KS-2018-002"]
    );
    assert_eq!(
        ids(&["--party", "gresik", "--active-on", "2025-01-01"]),
        ["KS-2024-001"]
    );
    assert!(ids(&["--document", "KSB", "--expiring-within", "90"]).is_empty());
}

#[test]
fn bad_filter_values_are_usage_errors() {
    cmd(&["list", "--year", "20x8"])
        .assert()
        .code(2)
        .stderr(contains("`20x8` is not a year"));
    cmd(&["list", "--year", "2020..2018"])
        .assert()
        .code(2)
        .stderr(contains("runs backwards"));
    cmd(&["list", "--category", "KSDX"])
        .assert()
        .code(2)
        .stderr(contains("invalid value 'KSDX'").and(contains("KSDPK")));
    cmd(&["list", "--status", "alive"]).assert().code(2);
    cmd(&["list", "--active-on", "2020-13-01"])
        .assert()
        .code(2)
        .stderr(contains("not a date"));
    cmd(&["list", "--expiring-within", "soon"]).assert().code(2);
    cmd(&["summary", "--by", "colour"]).assert().code(2);
}

#[test]
fn json_has_every_stored_key_and_the_derived_ones() {
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&["list", "--format", "json", "--document", "PKS"]))
            .expect("json");
    let a = &v[0];
    assert_eq!(a["id"], "KS-2018-002");
    assert_eq!(a["signed"], "2018-02-01");
    assert_eq!(
        a["end"], "2022-12-31",
        "the stored end, not the effective one"
    );
    assert_eq!(a["parent"], "KS-2018-001");
    assert_eq!(a["burdens_region"], false);
    assert_eq!(a["value_idr"], 1_500_000_000_u64);
    assert_eq!(a["funding"][0], "mitra");
    assert_eq!(a["parties"][1]["legal_entity"], true);
    assert_eq!(a["path"], "agreements/2018/KS-2018-002.toml");
    assert_eq!(a["status"], "active");
    assert_eq!(a["year"], 2018);
    let draft: serde_json::Value =
        serde_json::from_str(&stdout(&["list", "--format", "json", "--status", "draft"]))
            .expect("json");
    assert_eq!(draft[0]["year"], serde_json::Value::Null);
    assert!(draft[0].get("signed").is_none());
}

#[test]
fn csv_tsv_and_markdown() {
    let csv = stdout(&["list", "--format", "csv", "--year", "2018"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "id,signed,category,form,document,title,counterparts,unit,status,start,effective_end,value_idr,number,path"
        )
    );
    assert_eq!(
        lines.nth(1),
        Some(
            "KS-2018-002,2018-02-01,KSDPK,pelayanan_publik,PKS,Perjanjian Kerja Sama tentang Pembayaran Pensiun Pertama,PT Taspen (Persero),Badan Kepegawaian Daerah,active,2018-02-01,2027-01-31,1500000000,180/2/2018,agreements/2018/KS-2018-002.toml"
        )
    );
    // RFC 4180: a value with a comma or a quote is quoted, quotes doubled.
    let l = common::Ledger::new();
    l.write(
        &common::ksb_path(1),
        &common::ksb(1).replace("Kesepakatan bersama layanan 1", "Layanan \\\"satu\\\", dua"),
    );
    let out = l.cmd(&["list", "--format", "csv"]).output().expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(",\"Layanan \"\"satu\"\", dua\","), "{text}");
    let tsv = stdout(&["list", "--format", "tsv", "--year", "2019"]);
    assert!(tsv.starts_with("id\tsigned\tcategory\t"));
    assert!(tsv.contains("KS-2019-001\t2019-03-01\tKSDD\twajib\tKSB\t"));
    let md = stdout(&["list", "--format", "markdown", "--year", "2019"]);
    assert_eq!(
        md,
        "| id | signed | category | form | document | title | counterparts | unit | status |\n\
         | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n\
         | KS-2019-001 | 2019-03-01 | KSDD | wajib | KSB | Kesepakatan Bersama tentang Angkutan Umum Antarwilayah | Pemerintah Kabupaten Gresik | Dinas Perhubungan | expired |\n"
    );
}

fn widths(text: &str) -> usize {
    text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

#[test]
fn the_table_fits_columns() {
    for (cols, args) in [
        ("60", &["list"][..]),
        ("200", &["list"][..]),
        ("60", &["summary", "--by", "year", "--by", "category"][..]),
        ("200", &["summary", "--by", "unit"][..]),
    ] {
        let out = cmd(args).env("COLUMNS", cols).output().expect("run");
        let text = String::from_utf8_lossy(&out.stdout);
        let width: usize = cols.parse().expect("n");
        assert!(widths(&text) <= width, "{args:?} at {cols}:\n{text}");
        // One line per row: header, its rule, 9 rows (or fewer), borders; nothing wrapped.
        if args[0] == "list" {
            assert_eq!(text.lines().count(), 9 + 4, "{text}");
            assert!(text.contains("KS-2018-002"));
            assert!(text.contains("active"));
        }
    }
    // At 60 the title is cut with an ellipsis and the less needed columns are dropped.
    let out = cmd(&["list"]).env("COLUMNS", "60").output().expect("run");
    let narrow = String::from_utf8_lossy(&out.stdout);
    assert!(narrow.contains('…'));
    assert!(!narrow.contains("unit"));
    let out = cmd(&["list"]).env("COLUMNS", "200").output().expect("run");
    let wide = String::from_utf8_lossy(&out.stdout);
    assert!(wide.contains("unit") && wide.contains("Badan Kepegawaian Daerah"));
    // Not a terminal and no COLUMNS: rows whole.
    let whole = stdout(&["list"]);
    assert!(whole.contains("Kesepakatan Bersama tentang Angkutan Umum dan Jalan Perbatasan"));
}

#[test]
fn summary_counts_signed_documents_without_addenda_or_drafts() {
    let text = stdout(&["summary"]);
    for line in [
        "agreements               6",
        "in force today           3",
        "expiring within 90 days  1",
        "total value              Rp3.500.000.000",
        "not counted              1 draft, 1 withdrawn, 1 addendum",
    ] {
        assert!(text.contains(line), "{line} in\n{text}");
    }
    assert!(text.contains('█'));
    assert_eq!(
        stdout(&["summary", "--by", "year", "--format", "csv"]),
        "year,count\n2018,2\n2019,1\n2023,2\n2024,1\n"
    );
    assert_eq!(
        stdout(&[
            "summary", "--by", "year", "--by", "category", "--format", "csv"
        ]),
        "year,category,count\n2018,KSDPK,2\n2019,KSDD,1\n2023,KSDPK,2\n2024,KSDD,1\n"
    );
    assert_eq!(
        stdout(&["summary", "--by", "status", "--format", "tsv"]),
        "status\tcount\nterminated\t1\npending\t1\nexpired\t1\nactive\t3\n"
    );
    // An agreement counts under each of its affairs.
    assert_eq!(
        stdout(&["summary", "--by", "affair", "--format", "csv"]),
        "affair,count\npekerjaan_umum_dan_penataan_ruang,1\nperhubungan,2\nkomunikasi_dan_informatika,2\npenunjang_urusan_pemerintahan,2\n"
    );
    assert_eq!(
        stdout(&[
            "summary",
            "--by",
            "document",
            "--by",
            "party-type",
            "--format",
            "csv"
        ]),
        "document,party_type,count\nKSB,kabupaten,2\nKSB,badan_usaha,3\nPKS,badan_usaha,1\n"
    );
    // Filters first, then the counting rule.
    let v: serde_json::Value = serde_json::from_str(&stdout(&[
        "summary", "--format", "json", "--party", "taspen",
    ]))
    .expect("json");
    assert_eq!(v["agreements"], 2);
    assert_eq!(v["in_force"], 2);
    assert_eq!(v["expiring_within_90_days"], 1);
    assert_eq!(v["total_value_idr"], 1_500_000_000_u64);
    assert_eq!(v["not_counted"]["addenda"], 1);
    assert_eq!(v["counts"][0]["year"], 2018);
    assert_eq!(v["counts"][0]["count"], 2);
    let md = stdout(&["summary", "--format", "markdown", "--by", "unit"]);
    assert!(md.contains("- total value: Rp3.500.000.000"));
    assert!(md.contains("| unit | count |\n| --- | --- |\n| Badan Kepegawaian Daerah | 2 |"));
}

#[test]
fn show_has_every_field_status_and_links() {
    let text = stdout(&["show", "KS-2018-002"]);
    for needle in [
        "KS-2018-002  Perjanjian Kerja Sama tentang Pembayaran Pensiun Pertama",
        "status           active: 64 days remaining, until 2027-01-31, extended by addenda",
        "effective end    2027-01-31",
        "path             agreements/2018/KS-2018-002.toml",
        "end              2022-12-31",
        "value_idr        Rp1.500.000.000",
        "apbd_funding     none",
        "  2. name             PT Taspen (Persero)",
        "     legal_entity     true",
        "  implements       KS-2018-001  KSB 2018-01-10, active",
        "  addendum         KS-2020-001  ADENDUM 2020-06-01, active",
    ] {
        assert!(text.contains(needle), "{needle} in\n{text}");
    }
    let ksb = stdout(&["show", "KS-2018-001"]);
    assert!(ksb.contains("  implemented by   KS-2018-002  PKS 2018-02-01"));
    let old = stdout(&["show", "KS-2019-001"]);
    assert!(
        old.contains("status           expired: ended on 2021-03-01 (2098 days ago)"),
        "{old}"
    );
    assert!(old.contains("  renewed by       KS-2024-001"));
    let new = stdout(&["show", "KS-2024-001"]);
    assert!(new.contains("active: no fixed end"));
    assert!(new.contains("  renews           KS-2019-001  KSB 2019-03-01, expired"));
    assert!(
        stdout(&["show", "KS-2023-002"])
            .contains("terminated on 2025-01-01 (696 days ago): wanprestasi")
    );
    assert!(
        stdout(&["show", "KS-2023-001"]).contains("pending: starts on 2027-01-01 (in 34 days)")
    );
    assert!(stdout(&["show", "KS-2026-001"]).contains("draft (not signed)"));

    let v: serde_json::Value =
        serde_json::from_str(&stdout(&["show", "KS-2018-002", "--format", "json"])).expect("json");
    assert_eq!(v["status"], "active");
    assert_eq!(v["effective_end"], "2027-01-31");
    assert_eq!(v["days_remaining"], 64);
    assert_eq!(v["days_since_end"], serde_json::Value::Null);
    assert_eq!(v["links"]["parent"]["id"], "KS-2018-001");
    assert_eq!(v["links"]["parent"]["document"], "KSB");
    assert_eq!(v["links"]["addenda"][0]["id"], "KS-2020-001");
    assert_eq!(v["links"]["renews"], serde_json::Value::Null);
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&["show", "KS-2019-001", "--format", "json"])).expect("json");
    assert_eq!(v["days_since_end"], 2098);
    assert_eq!(v["links"]["renewed_by"][0]["id"], "KS-2024-001");
}

#[test]
fn show_an_unknown_id_suggests_the_nearest() {
    cmd(&["show", "KS-2018-02"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains("no agreement `KS-2018-02`").and(contains("did you mean `KS-2018-002`?")));
}

#[test]
fn a_broken_file_is_one_line_on_stderr_and_the_rest_still_counts() {
    let l = common::Ledger::with_ksbs(3);
    l.write(
        "agreements/2019/KS-2019-004.toml",
        "id = \"KS-2019-004\"\ntitle = \n",
    );
    l.write("agreements/2019/scan.pdf", "%PDF");
    // An error in a readable file: it is listed as read, and counted in the note.
    l.write(
        &common::ksb_path(5),
        &common::ksb(5).replace("end = 2021-01-14", "end = 2018-12-31"),
    );
    let note = "kerjasama: 2 files left out (unreadable, or not agreement files) and 1 file with errors, shown as read; `kerjasama check` tells what is wrong\n";
    let out = l.cmd(&["list", "--format", "csv"]).output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), note);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1 + 4);
    l.cmd(&["summary", "--format", "csv"])
        .assert()
        .code(0)
        .stdout("year,count\n2019,4\n")
        .stderr(note);
    l.cmd(&["show", "KS-2019-001"])
        .assert()
        .code(0)
        .stderr(note);
    // A clean ledger: nothing on stderr.
    common::Ledger::with_ksbs(2)
        .cmd(&["summary"])
        .assert()
        .code(0)
        .stderr("");
}

#[test]
fn help_states_the_counting_rule() {
    cmd(&["summary", "--help"]).assert().code(0).stdout(
        contains("Counting rule: a count counts signed documents").and(contains("ADENDUM")),
    );
    cmd(&["list", "--help"])
        .assert()
        .code(0)
        .stdout(contains("--expiring-within").and(contains("COLUMNS")));
}

#[test]
fn the_sample_ledger_lists_and_summarises_clean() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    cmd_in(root, &["list"]).assert().code(0).stderr("");
    cmd_in(root, &["summary", "--by", "year", "--format", "csv"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("year,count\n2018,"))
        .stderr("");
}
