//! The command line as a user meets it: formats, exit codes, paths, discovery, help.

mod common;

use common::{Ledger, findings, ksb, ksb_path};
use predicates::prelude::*;
use predicates::str::contains;

#[test]
fn sample_ledger_checks_clean() {
    let mut c = assert_cmd::Command::cargo_bin("kerjasama").expect("binary");
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("KERJASAMA_LEDGER")
        .env("LC_ALL", "C.UTF-8")
        .args(["check", "--strict", "--today", "2026-11-28"])
        .assert()
        .code(0)
        .stdout("")
        .stderr(contains("0 errors, 0 warnings"));
}

#[test]
fn sample_ledger_covers_what_it_should() {
    let mut c = assert_cmd::Command::cargo_bin("kerjasama").expect("binary");
    let root = env!("CARGO_MANIFEST_DIR");
    let out = c
        .current_dir(root)
        .args(["check", "--format", "json", "--today", "2026-11-28"])
        .output()
        .expect("run");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(v["agreements"].as_u64().unwrap_or(0) >= 16);
    let mut text = String::new();
    for e in walkdir_files(std::path::Path::new(root).join("agreements")) {
        text.push_str(&std::fs::read_to_string(e).unwrap_or_default());
    }
    for needle in [
        "category = \"KSDD\"",
        "category = \"KSDPK\"",
        "category = \"KSDPL\"",
        "category = \"KSDLL\"",
        "category = \"SINERGI\"",
        "document = \"KSB\"",
        "document = \"PKS\"",
        "document = \"NK\"",
        "document = \"LOI\"",
        "document = \"NASKAH\"",
        "document = \"ADENDUM\"",
        "renews = ",
        "[termination]",
        "form = \"wajib\"",
        "Taspen",
        "Indosat",
        "Mal Pelayanan Publik",
    ] {
        assert!(text.contains(needle), "sample ledger lacks {needle}");
    }
    let signed_2018 = text.matches("signed = 2018-").count();
    assert!(signed_2018 > 10, "{signed_2018} signed in 2018");
}

fn walkdir_files(dir: std::path::PathBuf) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// A ledger with one error (term-order) and one warning (unknown-unit).
fn broken() -> Ledger {
    let l = Ledger::with_ksbs(2);
    l.write(
        &ksb_path(3),
        &ksb(3).replace("end = 2021-01-14", "end = 2018-12-31"),
    );
    l.write(
        &ksb_path(4),
        &ksb(4).replace(
            "unit = \"Dinas Komunikasi dan Informatika\"",
            "unit = \"Dinas Kominfo\"",
        ),
    );
    l
}

#[test]
fn human_format_points_at_the_line() {
    let l = broken();
    l.cmd(&["check"])
        .assert()
        .code(1)
        .stdout(contains(
            "agreements/2019/KS-2019-003.toml:11:7: error[term-order]: `end` 2018-12-31 is before `start` 2019-01-15",
        ))
        .stdout(contains("11 | end = 2018-12-31\n   |       ^^^^^^^^^^"))
        .stdout(contains(
            "agreements/2019/KS-2019-004.toml:6:8: warning[unknown-unit]: unit \"Dinas Kominfo\"",
        ))
        .stdout(contains("= basis: practice"))
        .stdout(contains("\x1b[").not())
        .stderr("checked 4 files (4 agreements): 1 error, 1 warning\n");
}

#[test]
fn json_format_is_the_contract() {
    let l = broken();
    let (code, v) = l.check_json(&[]);
    assert_eq!(code, 1);
    assert_eq!(v["version"], 1);
    assert_eq!(v["files"], 4);
    assert_eq!(v["agreements"], 4);
    assert_eq!(v["errors"], 1);
    assert_eq!(v["warnings"], 1);
    let d = &v["diagnostics"][0];
    let keys: Vec<&str> = d
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "rule", "severity", "file", "line", "column", "id", "message", "basis", "related"
        ]
    );
    assert_eq!(d["rule"], "term-order");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], "agreements/2019/KS-2019-003.toml");
    assert_eq!(d["line"], 11);
    assert_eq!(d["column"], 7);
    assert_eq!(d["id"], "KS-2019-003");
    assert_eq!(d["basis"], serde_json::Value::Null);
    assert_eq!(v["diagnostics"][1]["rule"], "unknown-unit");
    assert_eq!(v["diagnostics"][1]["severity"], "warning");
}

#[test]
fn github_format_has_one_command_per_finding() {
    let l = broken();
    l.cmd(&["check", "--format", "github"])
        .assert()
        .code(1)
        .stdout(
            "::error file=agreements/2019/KS-2019-003.toml,line=11,col=7,title=term-order::`end` 2018-12-31 is before `start` 2019-01-15; swap them or correct the year\n\
             ::warning file=agreements/2019/KS-2019-004.toml,line=6,col=8,title=unknown-unit::unit \"Dinas Kominfo\" is not in the `units` of kerjasama.toml; did you mean `Dinas Komunikasi dan Informatika`?; add it there if it is a new unit\n",
        );
}

#[test]
fn warnings_pass_unless_strict() {
    let l = Ledger::with_ksbs(1);
    l.write(
        &ksb_path(2),
        &ksb(2).replace(
            "Dinas Komunikasi dan Informatika\"\ndocument",
            "Dinas Baru\"\ndocument",
        ),
    );
    l.cmd(&["check"])
        .assert()
        .code(0)
        .stderr(contains("0 errors, 1 warning"));
    l.cmd(&["check", "--strict"]).assert().code(1);
}

#[test]
fn severity_overrides_and_waivers() {
    let l = broken();
    l.write(
        "kerjasama.toml",
        &format!("{}\n[rules]\nunknown-unit = \"error\"\n", common::CONFIG),
    );
    let (code, v) = l.check_json(&[]);
    assert_eq!(code, 1);
    assert_eq!(v["errors"], 2);
    l.write(
        "kerjasama.toml",
        &format!("{}\n[rules]\nunknown-unit = \"off\"\n", common::CONFIG),
    );
    let (_, v) = l.check_json(&[]);
    assert_eq!(v["warnings"], 0);
    // A waiver with a reason silences a rule on its file; an empty reason is no waiver.
    l.write("kerjasama.toml", common::CONFIG);
    let waived = ksb(4)
        .replace(
            "unit = \"Dinas Komunikasi dan Informatika\"",
            "unit = \"Dinas Kominfo\"",
        )
        .replacen(
            "\n[[parties]]",
            "waive = { unknown-unit = \"unit renamed in 2024\" }\n\n[[parties]]",
            1,
        );
    l.write(&ksb_path(4), &waived);
    let (_, v) = l.check_json(&[]);
    assert_eq!(v["warnings"], 0, "{v}");
    l.write(&ksb_path(4), &waived.replace("unit renamed in 2024", " "));
    let (_, v) = l.check_json(&[]);
    let f = findings(&v);
    assert!(f.iter().any(|(r, _, _)| r == "unknown-unit"));
    assert!(f.iter().any(|(r, _, _)| r == "waiver-invalid"));
}

#[test]
fn paths_limit_the_report_but_not_cross_file_rules() {
    let l = Ledger::with_ksbs(2);
    // KS-2019-003 repeats the number of KS-2019-001.
    l.write(
        &ksb_path(3),
        &ksb(3).replace("180/003/438.1.1.3/2019", "180/001/438.1.1.3/2019"),
    );
    l.write(
        "agreements/2020/KS-2020-001.toml",
        &ksb(1)
            .replace("2019", "2020")
            .replace("end = 2021-01-14", "end = 2018-01-01"),
    );
    let (code, v) = l.check_json(&[&ksb_path(3)]);
    assert_eq!(code, 1);
    assert_eq!(v["files"], 1);
    let f = findings(&v);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "duplicate-number");
    assert_eq!(
        v["diagnostics"][0]["related"][0]["file"],
        "agreements/2019/KS-2019-001.toml"
    );
    // A directory selects its files.
    let (_, v) = l.check_json(&["agreements/2020"]);
    let f = findings(&v);
    assert!(
        f.iter()
            .all(|(_, file, _)| file.starts_with("agreements/2020/"))
    );
    assert!(f.iter().any(|(r, _, _)| r == "term-order"));
    // A path that does not exist, or lies outside the ledger, cannot be checked.
    l.cmd(&["check", "agreements/2031/nope.toml"])
        .assert()
        .code(2)
        .stderr(contains("nope.toml: no such file or directory"));
    l.cmd(&["check", "/"])
        .assert()
        .code(2)
        .stderr(contains("outside the ledger"));
}

#[test]
fn finds_the_ledger_upwards_and_by_flag_or_environment() {
    let l = broken();
    let mut c = assert_cmd::Command::cargo_bin("kerjasama").expect("binary");
    c.current_dir(l.join("agreements/2019"))
        .env_remove("KERJASAMA_LEDGER")
        .env("LC_ALL", "C.UTF-8")
        .args(["check", "--today", "2026-11-28"])
        .assert()
        .code(1)
        .stderr(contains("checked 4 files"));
    let elsewhere = tempfile::tempdir().expect("tmp");
    let mut c = assert_cmd::Command::cargo_bin("kerjasama").expect("binary");
    c.current_dir(elsewhere.path())
        .env("KERJASAMA_LEDGER", l.path())
        .args(["check", "--today", "2026-11-28"])
        .assert()
        .code(1);
    let mut c = assert_cmd::Command::cargo_bin("kerjasama").expect("binary");
    c.current_dir(elsewhere.path())
        .env_remove("KERJASAMA_LEDGER")
        .env("LC_ALL", "C.UTF-8")
        .args(["check", "--today", "2026-11-28", "--ledger"])
        .arg(l.path())
        .assert()
        .code(1);
}

#[test]
fn no_ledger_is_exit_2() {
    let empty = tempfile::tempdir().expect("tmp");
    let mut c = assert_cmd::Command::cargo_bin("kerjasama").expect("binary");
    c.current_dir(empty.path())
        .env_remove("KERJASAMA_LEDGER")
        .env("LC_ALL", "C.UTF-8")
        .arg("check")
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains("no ledger found"))
        .stderr(contains("--ledger DIR"));
    let mut c = assert_cmd::Command::cargo_bin("kerjasama").expect("binary");
    c.current_dir(empty.path())
        .args(["check", "--ledger", "does-not-exist"])
        .assert()
        .code(2)
        .stderr(contains("does-not-exist"));
}

#[test]
fn bad_usage_is_exit_2() {
    let l = Ledger::with_ksbs(1);
    l.cmd(&["check", "--format", "xml"])
        .assert()
        .code(2)
        .stderr(contains("invalid value 'xml'"));
    l.cmd(&["check", "--today", "28-11-2026"])
        .assert()
        .code(2)
        .stderr(contains("write YYYY-MM-DD"));
    l.cmd(&["frobnicate"]).assert().code(2);
    l.cmd(&["explain", "no-such-rule"])
        .assert()
        .code(2)
        .stderr(contains("no rule `no-such-rule`"));
}

#[test]
fn newer_format_is_exit_2() {
    let l = Ledger::with_ksbs(1);
    l.write("kerjasama.toml", "format = 2\n");
    l.cmd(&["check"])
        .assert()
        .code(2)
        .stderr(contains("this ledger needs a newer kerjasama"));
    l.cmd(&["rules"])
        .assert()
        .code(2)
        .stderr(contains("this ledger needs a newer kerjasama"));
}

#[test]
fn broken_config_is_a_finding_and_the_rest_is_checked() {
    let l = broken();
    l.write(
        "kerjasama.toml",
        &format!(
            "{}\n[rules]\nduplicate-id = \"off\"\nterm-ordr = \"off\"\n",
            common::CONFIG
        ),
    );
    let (code, v) = l.check_json(&[]);
    assert_eq!(code, 1);
    let f = findings(&v);
    assert!(
        f.contains(&("config-invalid".into(), "kerjasama.toml".into(), Some(11))),
        "{f:?}"
    );
    assert!(
        f.contains(&("config-invalid".into(), "kerjasama.toml".into(), Some(12))),
        "{f:?}"
    );
    assert!(f.iter().any(|(r, _, _)| r == "term-order"));
}

#[test]
fn today_decides_signed_in_future() {
    let l = Ledger::with_ksbs(1);
    l.cmd(&["check", "--today", "2019-01-14"])
        .assert()
        .code(1)
        .stdout(contains("signed-in-future"));
    l.cmd(&["check", "--today", "2019-01-15"]).assert().code(0);
}

#[test]
fn rules_and_explain() {
    let l = Ledger::with_ksbs(1);
    l.write(
        "kerjasama.toml",
        &format!(
            "{}\n[rules]\npks-max-five-years = \"off\"\n",
            common::CONFIG
        ),
    );
    let out = l.cmd(&["rules", "--format", "json"]).output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v.as_array().map(Vec::len), Some(65));
    let pks = v
        .as_array()
        .and_then(|a| a.iter().find(|r| r["code"] == "pks-max-five-years"))
        .expect("rule");
    assert_eq!(pks["severity"], "off");
    assert_eq!(pks["default_severity"], "warning");
    l.cmd(&["rules"])
        .assert()
        .code(0)
        .stdout(contains("ksdpk-legal-entity"))
        .stdout(contains("fixed"));
    l.cmd(&["explain", "ksdpk-legal-entity"])
        .assert()
        .code(0)
        .stdout(contains("ksdpk-legal-entity (error)"))
        .stdout(contains("Why:"))
        .stdout(contains("Valid:"))
        .stdout(contains("Invalid:"));
}

#[test]
fn help_has_examples() {
    let l = Ledger::new();
    l.cmd(&["check", "--help"])
        .assert()
        .code(0)
        .stdout(contains("Examples:"))
        .stdout(contains("--strict"));
    l.cmd(&["--version"])
        .assert()
        .code(0)
        .stdout(contains("kerjasama"));
}

#[test]
fn a_draft_that_will_need_approval_is_reported() {
    // RULES.md sets no "signed" condition on the DPRD rule: a draft PKS that burdens the region
    // already lacks its approval.
    let l = Ledger::with_ksbs(1);
    let pks = ksb(2)
        .replace("document = \"KSB\"", "document = \"PKS\"")
        .replace("number = \"180/002/438.1.1.3/2019\"\nsigned = 2019-01-15\n", "")
        .replace(
            "end = 2021-01-14\n",
            "end = 2021-01-14\nparent = \"KS-2019-001\"\nburdens_region = false\napbd_funding = \"not_budgeted\"\n",
        );
    l.write(&ksb_path(2), &pks);
    let (code, v) = l.check_json(&[]);
    assert_eq!(code, 0, "{v}");
    let f = findings(&v);
    assert_eq!(
        f,
        vec![("dprd-approval-missing-ksdpk".into(), ksb_path(2), Some(7))]
    );
}

#[test]
fn no_parties_at_all_is_reported_by_each_party_rule() {
    let l = Ledger::with_ksbs(1);
    let text = ksb(2);
    let cut = text.find("\n[[parties]]").unwrap_or(text.len());
    l.write(&ksb_path(2), &text[..cut]);
    let (_, v) = l.check_json(&[]);
    let mut rules: Vec<String> = findings(&v)
        .into_iter()
        .map(|(r, _, line)| {
            assert_eq!(line, None);
            r
        })
        .collect();
    rules.sort();
    assert_eq!(
        rules,
        [
            "home-missing",
            "ksdpk-party-type",
            "no-daerah",
            "too-few-parties"
        ]
    );
}

#[test]
fn completions_and_man_page_come_from_the_command_line_definition() {
    let l = Ledger::new();
    for (shell, marker) in [
        ("bash", "_kerjasama()"),
        ("zsh", "#compdef kerjasama"),
        ("fish", "complete -c kerjasama"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = l.cmd(&["completions", shell]).output().expect("run");
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(marker), "{shell}: {marker} missing");
        for sub in ["check", "list", "summary", "add"] {
            assert!(text.contains(sub), "{shell}: no {sub}");
        }
    }
    l.cmd(&["completions", "tcsh"]).assert().code(2);
    let out = l.cmd(&["man"]).output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    let man = String::from_utf8_lossy(&out.stdout);
    assert!(
        man.contains(".TH kerjasama"),
        "{}",
        &man[..man.len().min(200)]
    );
    assert!(man.contains(".SH SUBCOMMANDS"), "subcommands listed");
    for sub in ["check", "list", "add", "init", "report"] {
        assert!(
            man.contains(&format!("kerjasama\\-{sub}(1)")),
            "man: no {sub}"
        );
    }
}

#[test]
fn the_pre_commit_hook_runs_the_check() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml"),
    )
    .expect("hook file");
    assert!(text.contains("- id: kerjasama-check\n"));
    assert!(text.contains("  entry: kerjasama check\n"));
    assert!(text.contains("  language: rust\n"));
    assert!(text.contains("  files: ^(kerjasama\\.toml|agreements/.*)$\n"));
}
