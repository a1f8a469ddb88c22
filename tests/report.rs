//! `kerjasama report` on the fixture ledger tests/fixtures/report: the report of 2018, made on
//! 2019-01-15, in every format (snapshots under tests/snapshots/), its figures cross-checked
//! against `summary`, `list` and `check`, and the HTML opened by headless Chromium.
//!
//! The fixture, with the answers the tests expect for 2018 on 2019-01-15 ("counted" is the
//! counting rule of `summary`):
//!
//! | id | what | term | in 2018 |
//! |---|---|---|---|
//! | KS-2010-001 | KSB KSDD, Gresik | 2010-06-01, no end | in force |
//! | KS-2013-001 | KSB KSDPK, dates known to the year | 2013 to 2015-12-31 | - |
//! | KS-2014-001 | KSB KSDD, Surabaya | to 2019-03-09 | in force; ends in 2019, within 90 days, no renewal: attention |
//! | KS-2015-001 | KSB KSDPK, Bank Jatim | to 2019-02-28 | in force; ends in 2019, within 90 days, but the draft KS-2019-001 renews it |
//! | KS-2016-001 | KSB KSDPK, Taspen | to 2021-05-01 | in force |
//! | KS-2016-002 | KSB KSDD, Pasuruan | to 2018-07-31 | in force; ended (expired), renewed by KS-2018-003 |
//! | KS-2017-001 | KSB KSDPK, a foundation | terminated 2018-10-01 | in force; ended (terminated) |
//! | KS-2017-002 | KSB KSDPK investasi | 2019-02-01 to 2023-01-31 | not yet in force |
//! | KS-2018-001 | KSB KSDPK, Taspen | to 2022-12-31 | signed, in force |
//! | KS-2018-002 | PKS of 2018-001, Rp1.500.000.000, burdens the region, no DPRD approval | to 2020-12-31 by its addendum | signed, in force; attention (warning dprd-approval-missing-ksdpk) |
//! | KS-2018-003 | KSB KSDD, renews 2016-002 | from 2018-08-01, no end | signed, in force |
//! | KS-2018-004 | NASKAH KSDPL, sister city, no central approval | to 2023-09-14 | signed, in force; attention (error central-approval-missing) |
//! | KS-2018-005 | NK SINERGI, Kejaksaan Negeri | to 2019-11-04 | signed, in force; ends in 2019 |
//! | KS-2018-006 | ADENDUM of 2018-002, Rp250.000.000 | to 2020-12-31 | not counted (addendum) |
//! | KS-2019-001 | draft KSB, renews 2015-001 | - | not counted (draft) |
//!
//! So: 5 signed, 11 in force, 2 ended, 3 ending in 2019, Rp1.500.000.000, 1 addendum; trend
//! 2010:1, 2013:1, 2014:1, 2015:1, 2016:2, 2017:2, 2018:5; 1 error and 1 warning.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::Value;

const TODAY: &str = "2019-01-15";

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/report")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read dir") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}

/// A copy of the fixture outside any git repository (the fixture itself sits in this
/// project's repository, whose commit would change the report).
struct Ledger {
    dir: tempfile::TempDir,
}

impl Ledger {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        copy_dir(&fixture(), &dir.path().join("ledger"));
        Self { dir }
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("ledger")
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::cargo_bin("kerjasama").expect("binary");
        c.current_dir(self.dir.path())
            .env_remove("KERJASAMA_LEDGER")
            .env("LC_ALL", "C.UTF-8")
            .env_remove("COLUMNS")
            .env("KERJASAMA_TODAY", TODAY)
            // git looks no further up than the scratch directory.
            .env("GIT_CEILING_DIRECTORIES", self.dir.path())
            .arg("--ledger")
            .arg(self.root())
            .args(args);
        c
    }

    /// stdout of a successful run.
    fn stdout(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().expect("run");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8")
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.stdout(args)).expect("json")
    }

    fn report(&self, args: &[&str]) -> String {
        let mut all = vec!["report", "--year", "2018"];
        all.extend_from_slice(args);
        self.stdout(&all)
    }
}

#[test]
fn markdown_in_indonesian() {
    let l = Ledger::new();
    let md = l.report(&[]);
    assert!(md.contains("- Dibuat pada: 15 Januari 2019"));
    assert!(md.contains("| Nilai perjanjian yang ditandatangani tahun 2018 | Rp1.500.000.000 |"));
    insta::assert_snapshot!("markdown_id", md);
}

#[test]
fn markdown_in_english() {
    let l = Ledger::new();
    let md = l.report(&["--lang", "en"]);
    assert!(md.contains("- Made on: 15 January 2019"));
    insta::assert_snapshot!("markdown_en", md);
}

#[test]
fn html() {
    let l = Ledger::new();
    let html = l.report(&["--format", "html"]);
    insta::assert_snapshot!("html_id", html);
}

#[test]
fn csv() {
    let l = Ledger::new();
    let csv = l.report(&["--format", "csv"]);
    assert!(csv.starts_with("section,key,label,value\n"));
    insta::assert_snapshot!("csv_id", csv);
}

#[test]
fn json() {
    let l = Ledger::new();
    let text = l.report(&["--format", "json"]);
    // JSON does not depend on the language.
    assert_eq!(text, l.report(&["--format", "json", "--lang", "en"]));
    insta::assert_snapshot!("json", text);
}

#[test]
fn the_same_ledger_year_and_today_give_the_same_bytes() {
    let l = Ledger::new();
    for format in ["markdown", "html", "csv", "json"] {
        let first = l.report(&["--format", format]);
        for _ in 0..3 {
            assert_eq!(first, l.report(&["--format", format]), "{format}");
        }
    }
    // Another day changes the header (and what is due), nothing else is read from the clock.
    let other = l.stdout(&["--today", "2019-01-16", "report", "--year", "2018"]);
    assert!(other.contains("16 Januari 2019"));
}

#[test]
fn the_figures_agree_with_summary_list_and_check() {
    let l = Ledger::new();
    let r = l.json(&["report", "--year", "2018", "--format", "json"]);
    let f = &r["figures"];
    assert_eq!(f["signed"], 5);
    assert_eq!(f["in_force"], 11);
    assert_eq!(f["ended"], 2);
    assert_eq!(f["ending_next_12_months"], 3);
    assert_eq!(f["total_value_idr"], 1_500_000_000u64);
    assert_eq!(f["addenda_signed"], 1);

    // Signed, value and addenda are summary's figures for the year.
    let s = l.json(&["summary", "--year", "2018", "--format", "json"]);
    assert_eq!(f["signed"], s["agreements"]);
    assert_eq!(f["total_value_idr"], s["total_value_idr"]);
    assert_eq!(f["addenda_signed"], s["not_counted"]["addenda"]);

    // The counts are summary's counts of the year, dimension by dimension.
    for dim in ["category", "form", "party_type", "unit", "affair"] {
        let s = l.json(&[
            "summary",
            "--year",
            "2018",
            "--by",
            &dim.replace('_', "-"),
            "--format",
            "json",
        ]);
        let theirs: Vec<(String, u64)> = s["counts"]
            .as_array()
            .expect("counts")
            .iter()
            .map(|c| {
                (
                    c[dim].as_str().expect("value").to_owned(),
                    c["count"].as_u64().expect("count"),
                )
            })
            .collect();
        let ours: Vec<(String, u64)> = r["counts"][dim]
            .as_array()
            .expect("counts")
            .iter()
            .map(|c| {
                (
                    c["value"].as_str().expect("value").to_owned(),
                    c["count"].as_u64().expect("count"),
                )
            })
            .collect();
        assert_eq!(ours, theirs, "{dim}");
    }

    // The trend is summary's count by year, with the years without agreements as 0.
    let by_year = l.stdout(&["summary", "--by", "year", "--format", "csv"]);
    let mut expected: Vec<(i64, u64)> = (2009..=2018).map(|y| (y, 0)).collect();
    for line in by_year.lines().skip(1) {
        let (y, n) = line.split_once(',').expect("year,count");
        let y: i64 = y.parse().expect("year");
        if let Some(e) = expected.iter_mut().find(|(yy, _)| *yy == y) {
            e.1 = n.parse().expect("count");
        }
    }
    let trend: Vec<(i64, u64)> = r["trend"]
        .as_array()
        .expect("trend")
        .iter()
        .map(|t| {
            (
                t["year"].as_i64().expect("y"),
                t["count"].as_u64().expect("n"),
            )
        })
        .collect();
    assert_eq!(trend, expected);

    // In force during the year: at least those active on any one day of it, at most those
    // signed by its end.
    let signed_by_end = l.json(&["summary", "--year", "..2018", "--format", "json"]);
    assert!(f["in_force"].as_u64() <= signed_by_end["agreements"].as_u64());
    for day in ["2018-01-01", "2018-06-30", "2018-12-31"] {
        let active = l.json(&["summary", "--active-on", day, "--format", "json"]);
        assert!(
            active["agreements"].as_u64() <= f["in_force"].as_u64(),
            "{day}"
        );
    }

    // Ending within 90 days: list's expiring agreements, less the one a draft renews.
    let expiring = l.json(&["list", "--expiring-within", "90", "--format", "json"]);
    let expiring: Vec<&str> = expiring
        .as_array()
        .expect("list")
        .iter()
        .map(|a| a["id"].as_str().expect("id"))
        .collect();
    assert_eq!(expiring, ["KS-2014-001", "KS-2015-001"]);
    let ending = &r["attention"]["ending_within_90_days"];
    assert_eq!(ending.as_array().map(Vec::len), Some(1));
    assert_eq!(ending[0]["id"], "KS-2014-001");
    assert_eq!(ending[0]["days_left"], 53);

    // The findings are check's, and the approvals those of the approval rules.
    let check = l
        .cmd(&["check", "--format", "json"])
        .output()
        .expect("check");
    let check: Value = serde_json::from_slice(&check.stdout).expect("json");
    assert_eq!(r["attention"]["errors"], check["errors"]);
    assert_eq!(r["attention"]["warnings"], check["warnings"]);
    let approvals: Vec<(String, String)> = check["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| {
            d["rule"]
                .as_str()
                .is_some_and(|r| r.contains("approval-missing"))
        })
        .map(|d| {
            (
                d["id"].as_str().expect("id").to_owned(),
                d["rule"].as_str().expect("rule").to_owned(),
            )
        })
        .collect();
    let ours: Vec<(String, String)> = r["attention"]["approvals_missing"]
        .as_array()
        .expect("approvals")
        .iter()
        .map(|a| {
            (
                a["id"].as_str().expect("id").to_owned(),
                a["rule"].as_str().expect("rule").to_owned(),
            )
        })
        .collect();
    assert_eq!(ours, approvals);
    assert_eq!(
        ours,
        [
            (
                "KS-2018-002".to_owned(),
                "dprd-approval-missing-ksdpk".to_owned()
            ),
            (
                "KS-2018-004".to_owned(),
                "central-approval-missing".to_owned()
            )
        ]
    );
}

#[test]
fn a_year_without_agreements_is_still_a_report() {
    let l = Ledger::new();
    let md = l.stdout(&["report", "--year", "2005"]);
    assert!(md.contains("Tidak ada perjanjian yang ditandatangani tahun 2005."));
    let r = l.json(&["report", "--year", "2005", "--format", "json"]);
    assert_eq!(r["figures"]["signed"], 0);
    assert_eq!(r["figures"]["in_force"], 0);
    assert_eq!(r["signed"], serde_json::json!([]));
    assert_eq!(r["trend"].as_array().map(Vec::len), Some(10));
    let html = l.stdout(&["report", "--year", "2005", "--format", "html"]);
    assert!(html.contains("<svg") && html.ends_with("</html>\n"));
    let csv = l.stdout(&["report", "--year", "2005", "--format", "csv"]);
    assert!(csv.contains("figure,signed,"));
}

#[test]
fn an_empty_ledger_is_still_a_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("agreements")).expect("mkdir");
    let out = Command::cargo_bin("kerjasama")
        .expect("binary")
        .current_dir(dir.path())
        .env_remove("KERJASAMA_LEDGER")
        .env("LC_ALL", "C.UTF-8")
        .env("GIT_CEILING_DIRECTORIES", dir.path())
        .args([
            "--today", TODAY, "report", "--year", "2018", "--format", "html",
        ])
        .output()
        .expect("run");
    assert!(out.status.success());
    let html = String::from_utf8(out.stdout).expect("utf-8");
    assert!(html.contains("(daerah belum diatur di kerjasama.toml)"));
}

#[test]
fn output_file_is_written_whole_and_named_on_stderr() {
    let l = Ledger::new();
    let target = l.dir.path().join("laporan-2018.html");
    std::fs::write(&target, "old").expect("write");
    let out = l
        .cmd(&["report", "--year", "2018", "-o", "laporan-2018.html"])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "nothing on stdout");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("wrote the 2018 report (html) to laporan-2018.html"),
        "{stderr}"
    );
    let written = std::fs::read_to_string(&target).expect("read");
    assert_eq!(written, l.report(&["--format", "html"]));
    // No temporary file is left beside it.
    let mut names: Vec<String> = std::fs::read_dir(l.dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["laporan-2018.html", "ledger"]);

    // --format wins over the extension.
    let out = l
        .cmd(&[
            "report", "--year", "2018", "--format", "json", "-o", "r.txt",
        ])
        .output()
        .expect("run");
    assert!(out.status.success());
    let text = std::fs::read_to_string(l.dir.path().join("r.txt")).expect("read");
    assert!(text.starts_with('{'));
}

#[test]
fn an_unknown_extension_is_a_usage_error() {
    let l = Ledger::new();
    let out = l
        .cmd(&["report", "--year", "2018", "-o", "laporan.pdf"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(".md, .markdown, .html, .htm, .csv, .json"),
        "{stderr}"
    );
    assert!(!l.dir.path().join("laporan.pdf").exists());
}

#[test]
fn bad_usage_exits_2() {
    let l = Ledger::new();
    for args in [
        &["report"][..],
        &["report", "--year", "18"],
        &["report", "--year", "2018", "--format", "pdf"],
        &["report", "--year", "2018", "--lang", "jv"],
    ] {
        let out = l.cmd(args).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let nowhere = tempfile::tempdir().expect("tempdir");
    let out = Command::cargo_bin("kerjasama")
        .expect("binary")
        .current_dir(nowhere.path())
        .env_remove("KERJASAMA_LEDGER")
        .env("LC_ALL", "C.UTF-8")
        .args(["report", "--year", "2018"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "no ledger");
}

#[test]
fn the_ledger_has_findings_yet_the_report_exits_0_and_says_so_on_stderr() {
    let l = Ledger::new();
    let out = l.cmd(&["report", "--year", "2018"]).output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the ledger has 1 error and 1 warning"),
        "{stderr}"
    );
}

fn git_available() -> bool {
    StdCommand::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn the_commit_of_a_git_ledger_is_in_the_header() {
    if !git_available() {
        eprintln!("git is not installed: the commit line is not tested");
        return;
    }
    let l = Ledger::new();
    let root = l.root();
    let git = |args: &[&str]| {
        let out = StdCommand::new("git")
            .arg("-C")
            .arg(&root)
            .args(args)
            .env("GIT_CEILING_DIRECTORIES", l.dir.path())
            .env("GIT_AUTHOR_NAME", "Bagian Kerja Sama")
            .env("GIT_AUTHOR_EMAIL", "kerjasama@example.org")
            .env("GIT_COMMITTER_NAME", "Bagian Kerja Sama")
            .env("GIT_COMMITTER_EMAIL", "kerjasama@example.org")
            .env("GIT_AUTHOR_DATE", "2019-01-14T10:00:00+07:00")
            .env("GIT_COMMITTER_DATE", "2019-01-14T10:00:00+07:00")
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .output()
            .expect("git");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&[
        "-c",
        "commit.gpgsign=false",
        "commit",
        "-q",
        "-m",
        "register 2018",
    ]);
    let commit = git(&["rev-parse", "HEAD"]);

    let md = l.report(&[]);
    assert!(
        md.contains(&format!(
            "- Versi register (git): {commit}, commit tanggal 14 Januari 2019\n"
        )),
        "{md}"
    );
    let r = l.json(&["report", "--year", "2018", "--format", "json"]);
    assert_eq!(r["ledger"]["commit"], commit.as_str());
    assert_eq!(r["ledger"]["date"], "2019-01-14");
    assert_eq!(r["ledger"]["uncommitted_changes"], false);

    // A changed agreement file is not what the commit holds: the header says so.
    let f = root.join("agreements/2018/KS-2018-003.toml");
    let text = std::fs::read_to_string(&f).expect("read");
    std::fs::write(&f, text.replace("(perpanjangan)", "(perpanjangan kedua)")).expect("write");
    let md = l.report(&["--lang", "en"]);
    assert!(
        md.contains("committed on 14 January 2019 (with uncommitted changes)"),
        "{md}"
    );
}

#[test]
fn outside_git_there_is_no_commit_line() {
    let l = Ledger::new();
    assert!(!l.report(&[]).contains("Versi register"));
    assert_eq!(
        l.json(&["report", "--year", "2018", "--format", "json"])["ledger"],
        Value::Null
    );
}

#[test]
fn the_html_makes_no_external_request() {
    let l = Ledger::new();
    let html = l.report(&["--format", "html"]);
    for bad in [
        "<script", "src=", "href=", "url(", "@import", "https://", "<link",
    ] {
        assert!(!html.contains(bad), "{bad} in the HTML");
    }
    // The only URL is the SVG namespace, which is a name, never fetched.
    assert_eq!(
        html.matches("http://").count(),
        html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count()
    );
    assert!(
        html.contains("default-src 'none'"),
        "the policy forbids requests"
    );
    assert!(html.contains("@page{size:A4"), "printable on A4");
    assert!(html.contains("name=\"viewport\""), "readable on a phone");
}

/// Runs `cmd` for at most `limit`; its stdout.
fn run_with_limit(cmd: &mut StdCommand, limit: Duration) -> (bool, String) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .stdin(Stdio::null())
        .spawn()
        .expect("start chromium");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let ok = loop {
        match child.try_wait().expect("wait") {
            Some(status) => break status.success(),
            None if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("chromium did not finish within {limit:?}");
            }
            None => std::thread::sleep(Duration::from_millis(100)),
        }
    };
    (ok, reader.join().unwrap_or_default())
}

/// The HTML report opened by headless Chromium: the DOM holds the title and the chart, and a
/// screenshot is a real PNG. Chromium must be installed (`.ci/run` installs Debian's
/// `chromium`); KERJASAMA_SKIP_BROWSER=1 skips this test, saying so.
#[test]
fn chromium_renders_the_html_report() {
    if std::env::var("KERJASAMA_SKIP_BROWSER").is_ok_and(|v| v == "1") {
        eprintln!("skipped: KERJASAMA_SKIP_BROWSER=1 (the HTML report was not opened in Chromium)");
        return;
    }
    let chromium = Path::new("/usr/bin/chromium");
    assert!(
        chromium.exists(),
        "headless Chromium is needed to test the HTML report and /usr/bin/chromium is missing: \
         install it (apt-get install -y chromium, as .ci/run does), or set \
         KERJASAMA_SKIP_BROWSER=1 to skip this test"
    );
    let l = Ledger::new();
    let html = l.dir.path().join("laporan-2018.html");
    let out = l
        .cmd(&["report", "--year", "2018", "-o"])
        .arg(&html)
        .output()
        .expect("run");
    assert!(out.status.success());
    let url = format!("file://{}", html.display());
    let browser = |profile: &str| {
        let mut c = StdCommand::new(chromium);
        c.args(["--headless", "--no-sandbox", "--disable-gpu"])
            .arg(format!(
                "--user-data-dir={}",
                l.dir.path().join(profile).display()
            ))
            .args([
                "--no-first-run",
                "--disable-extensions",
                "--window-size=1000,1400",
            ]);
        c
    };

    let (ok, dom) = run_with_limit(
        browser("profile-dom").args(["--dump-dom", &url]),
        Duration::from_secs(120),
    );
    assert!(ok, "chromium --dump-dom failed");
    assert!(
        dom.contains("<title>Laporan Tahunan Kerja Sama Daerah 2018"),
        "the page loaded: {dom}"
    );
    let chart = dom.find("id=\"trend-chart\"").expect("the chart's figure");
    assert!(dom[chart..].contains("<svg"), "the chart is an SVG");
    assert!(dom[chart..].contains("<rect"), "with bars");

    let png = l.dir.path().join("laporan-2018.png");
    let (ok, _) = run_with_limit(
        browser("profile-shot")
            .arg(format!("--screenshot={}", png.display()))
            .arg(&url),
        Duration::from_secs(120),
    );
    assert!(ok, "chromium --screenshot failed");
    let bytes = std::fs::read(&png).expect("the screenshot");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    assert!(
        bytes.len() > 20_000,
        "a rendered page, not a blank one: {} bytes",
        bytes.len()
    );
}
