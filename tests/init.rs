//! `kerjasama init`: a new ledger that checks clean, valid CI files, nothing overwritten.

mod common;

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;
use yaml_rust2::{Yaml, YamlLoader};

fn kerjasama(dir: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("kerjasama").expect("binary");
    c.current_dir(dir)
        .env_remove("KERJASAMA_LEDGER")
        .env("LC_ALL", "C.UTF-8")
        .env("KERJASAMA_TODAY", "2026-11-28");
    c
}

const REGION: &[&str] = &[
    "--region-name",
    "Kabupaten Sidoarjo",
    "--region-type",
    "kabupaten",
    "--region-code",
    "35.15",
];

fn yaml(path: &std::path::Path) -> Yaml {
    let text = fs::read_to_string(path).expect("read");
    let mut docs = YamlLoader::load_from_str(&text).expect("valid YAML");
    assert_eq!(docs.len(), 1);
    docs.remove(0)
}

#[test]
fn a_new_ledger_checks_clean_and_takes_an_agreement() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut args = vec!["init", "buku"];
    args.extend_from_slice(REGION);
    kerjasama(tmp.path())
        .args(&args)
        .assert()
        .code(0)
        .stdout("")
        .stderr(predicate::str::contains("wrote buku/kerjasama.toml"))
        .stderr(predicate::str::contains(
            "wrote buku/.github/workflows/kerjasama.yml",
        ));
    let dir = tmp.path().join("buku");
    for f in [
        "kerjasama.toml",
        "agreements/.gitkeep",
        "schemas/agreement.schema.json",
        "schemas/kerjasama.schema.json",
        ".taplo.toml",
        "README.md",
        ".github/workflows/kerjasama.yml",
    ] {
        assert!(dir.join(f).is_file(), "{f}");
    }
    assert!(!dir.join(".gitlab-ci.yml").exists());
    // The bundled schemas are the ones of this repository.
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for s in ["agreement.schema.json", "kerjasama.schema.json"] {
        assert_eq!(
            fs::read_to_string(dir.join("schemas").join(s)).expect("written"),
            fs::read_to_string(repo.join("schemas").join(s)).expect("repo")
        );
    }
    kerjasama(&dir)
        .args(["check", "--strict"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains("0 errors, 0 warnings"));
    kerjasama(&dir)
        .args([
            "add",
            "--title",
            "Pengelolaan sampah terpadu",
            "--category",
            "KSDD",
            "--form",
            "sukarela",
            "--affair",
            "lingkungan_hidup",
            "--unit",
            "Dinas Lingkungan Hidup",
            "--document",
            "KSB",
            "--number",
            "660/1/2026",
            "--signed",
            "2026-02-02",
            "--start",
            "2026-02-02",
            "--party",
            "Pemerintah Kota Surabaya;kota;code=35.78",
        ])
        .assert()
        .code(0)
        .stdout("agreements/2026/KS-2026-001.toml\n");
    kerjasama(&dir).args(["check", "--strict"]).assert().code(0);
}

#[test]
fn the_github_workflow_runs_the_check_on_pushes_and_pull_requests() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut args = vec!["init"];
    args.extend_from_slice(REGION);
    kerjasama(tmp.path()).args(&args).assert().code(0);
    let wf = yaml(&tmp.path().join(".github/workflows/kerjasama.yml"));
    let on = &wf["on"];
    assert!(on["push"].is_null() && !on["push"].is_badvalue(), "{on:?}");
    assert!(on["pull_request"].is_null() && !on["pull_request"].is_badvalue());
    let steps = wf["jobs"]["check"]["steps"].as_vec().expect("steps");
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(
        runs.contains(&"kerjasama check --format github"),
        "{runs:?}"
    );
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        runs.iter()
            .any(|r| r
                .contains("cargo install kerjasama --version \"=$KERJASAMA_VERSION\" --locked")),
        "{runs:?}"
    );
    assert_eq!(
        wf["jobs"]["check"]["env"]["KERJASAMA_VERSION"].as_str(),
        Some(version)
    );
}

#[test]
fn gitlab_ci_on_request_and_nothing_overwritten() {
    let tmp = tempfile::tempdir().expect("tempdir");
    fs::write(tmp.path().join("README.md"), "Buku register kami.\n").expect("write");
    let mut args = vec!["init", "--ci", "gitlab", "--prefix", "KSDA"];
    args.extend_from_slice(REGION);
    kerjasama(tmp.path())
        .args(&args)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("kept  ./README.md (it exists)"))
        .stderr(predicate::str::contains("wrote ./.gitlab-ci.yml"));
    assert_eq!(
        fs::read_to_string(tmp.path().join("README.md")).expect("read"),
        "Buku register kami.\n"
    );
    assert!(!tmp.path().join(".github").exists());
    let ci = yaml(&tmp.path().join(".gitlab-ci.yml"));
    let script = ci["kerjasama-check"]["script"].as_vec().expect("script");
    assert!(script.iter().any(|s| s.as_str() == Some("kerjasama check")));
    assert!(
        fs::read_to_string(tmp.path().join("kerjasama.toml"))
            .expect("read")
            .contains("prefix = \"KSDA\"")
    );
    // A second init keeps everything.
    let before = fs::read_to_string(tmp.path().join("kerjasama.toml")).expect("read");
    let mut args = vec![
        "init",
        "--region-name",
        "Kota Surabaya",
        "--region-type",
        "kota",
    ];
    args.extend_from_slice(&["--region-code", "35.78"]);
    kerjasama(tmp.path())
        .args(&args)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("kept  ./kerjasama.toml"));
    assert_eq!(
        fs::read_to_string(tmp.path().join("kerjasama.toml")).expect("read"),
        before
    );
}

#[test]
fn bad_or_missing_settings_are_usage_errors() {
    let tmp = tempfile::tempdir().expect("tempdir");
    kerjasama(tmp.path())
        .args(["init", "--region-name", "Kabupaten Sidoarjo"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--region-type and --region-code"));
    kerjasama(tmp.path())
        .args([
            "init",
            "--region-name",
            "Kabupaten Sidoarjo",
            "--region-type",
            "kabupaten",
            "--region-code",
            "35.78",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("does not fit a kabupaten"));
    let mut args = vec!["init", "--prefix", "ks"];
    args.extend_from_slice(REGION);
    kerjasama(tmp.path())
        .args(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("2 to 8 capital letters"));
    assert_eq!(
        fs::read_dir(tmp.path()).expect("list").count(),
        0,
        "nothing written"
    );
}

#[test]
fn in_indonesian_the_readme_and_the_settings_speak_indonesian_and_the_ledger_checks_clean() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut args = vec!["init", "buku", "--lang", "id"];
    args.extend_from_slice(REGION);
    kerjasama(tmp.path())
        .args(&args)
        .assert()
        .code(0)
        .stdout("")
        .stderr(predicate::str::contains("ditulis  buku/kerjasama.toml\n"))
        .stderr(predicate::str::contains("ditulis  buku/README.md\n"))
        .stderr(predicate::str::contains(
            "register siap di buku; catat perjanjian dengan `kerjasama add`",
        ));
    let dir = tmp.path().join("buku");
    let readme = fs::read_to_string(dir.join("README.md")).expect("README");
    assert!(
        readme.starts_with("# Register Perjanjian Kerja Sama Kabupaten Sidoarjo\n"),
        "{readme}"
    );
    assert!(
        readme.contains("kerjasama add                 # mencatat perjanjian baru"),
        "{readme}"
    );
    assert!(readme.contains("awalan id `KS`"), "{readme}");
    assert!(!readme.contains("agreements of"), "{readme}");
    let config = fs::read_to_string(dir.join("kerjasama.toml")).expect("config");
    assert!(
        config.contains("# Pengaturan register perjanjian kerja sama ini"),
        "{config}"
    );
    assert!(
        config.contains("name = \"Kabupaten Sidoarjo\"\n"),
        "{config}"
    );
    // The workflow is code: the same in either language.
    let wf = yaml(&dir.join(".github/workflows/kerjasama.yml"));
    let steps = wf["jobs"]["check"]["steps"].as_vec().expect("steps");
    assert!(
        steps
            .iter()
            .any(|s| s["run"].as_str() == Some("kerjasama check --format github"))
    );
    kerjasama(&dir)
        .args(["check", "--strict"])
        .assert()
        .code(0)
        .stderr(predicate::str::contains("0 errors, 0 warnings"));

    // Again: nothing is overwritten, and it says so in Indonesian.
    kerjasama(tmp.path())
        .args(&args)
        .assert()
        .code(0)
        .stderr(predicate::str::contains(
            "tetap    buku/README.md (sudah ada, tidak ditimpa)",
        ));
}

#[test]
fn in_indonesian_bad_settings_say_what_to_give() {
    let tmp = tempfile::tempdir().expect("tempdir");
    kerjasama(tmp.path())
        .args([
            "init",
            "--lang",
            "id",
            "--region-name",
            "Kabupaten Sidoarjo",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "init memerlukan --region-name, --region-type dan --region-code",
        ));
    let mut args = vec!["init", "--prefix", "ks"];
    args.extend_from_slice(REGION);
    kerjasama(tmp.path())
        .args(&args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "id_ID.UTF-8")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--prefix `ks` harus terdiri atas 2 sampai 8 huruf kapital (A-Z)",
        ));
    assert_eq!(fs::read_dir(tmp.path()).expect("list").count(), 0);
}
