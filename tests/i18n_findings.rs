//! What the findings of `check` say is in the language of `--lang` (or the locale): every
//! finding of the rule fixtures and of a ledger full of reading problems says something else in
//! Indonesian than in English, and a few say exactly what the catalogue has.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use common::Ledger;
use serde_json::Value;

/// `check --format json` of the ledger at `dir` in `lang`.
fn check_json(dir: &Path, lang: &str) -> Value {
    common::check_json_at(dir, &["--lang", lang])
}

type Key = (String, String, Option<u64>, Option<u64>);

/// The messages of a check by place and rule (a place may hold more than one finding).
fn messages(report: &Value) -> BTreeMap<Key, Vec<String>> {
    let mut out: BTreeMap<Key, Vec<String>> = BTreeMap::new();
    for d in report["diagnostics"].as_array().expect("diagnostics") {
        let key = (
            d["file"].as_str().unwrap_or_default().to_owned(),
            d["rule"].as_str().unwrap_or_default().to_owned(),
            d["line"].as_u64(),
            d["column"].as_u64(),
        );
        let message = d["message"].as_str().unwrap_or_default().to_owned();
        out.entry(key).or_default().push(message);
    }
    for v in out.values_mut() {
        v.sort();
    }
    out
}

/// Checks `dir` in both languages: the same findings, and no Indonesian message that is also
/// an English one of the same place and rule. Returns the Indonesian messages and the rules.
fn compare(dir: &Path, problems: &mut Vec<String>) -> (Vec<String>, Vec<String>) {
    let en = messages(&check_json(dir, "en"));
    let id = messages(&check_json(dir, "id"));
    let (mut texts, mut rules) = (Vec::new(), Vec::new());
    if en.keys().ne(id.keys()) {
        problems.push(format!("{}: other findings per language", dir.display()));
        return (texts, rules);
    }
    for (key, en_texts) in &en {
        let id_texts = &id[key];
        if en_texts.len() != id_texts.len() {
            problems.push(format!("{}: {key:?}: other counts", dir.display()));
        }
        for text in id_texts {
            if en_texts.contains(text) {
                problems.push(format!(
                    "{}: {key:?} is English in Indonesian: {text}",
                    dir.display()
                ));
            }
            texts.push(text.clone());
        }
        rules.push(key.1.clone());
    }
    (texts, rules)
}

#[test]
fn every_finding_of_the_rule_fixtures_is_indonesian() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules");
    let mut problems = Vec::new();
    let mut rules = Vec::new();
    let mut dirs: Vec<_> = fs::read_dir(&base)
        .expect("tests/rules")
        .map(|e| e.expect("entry").path().join("fires"))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in &dirs {
        rules.extend(compare(dir, &mut problems).1);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    rules.sort();
    rules.dedup();
    // Nearly every rule of the catalogue fires on its fixture.
    assert!(rules.len() > 55, "only {} rules: {rules:?}", rules.len());
}

/// A ledger whose files and settings have many reading problems (section A, stray files,
/// `kerjasama.toml`) and some rule findings.
fn troubled_ledger() -> Ledger {
    let l = Ledger::new();
    l.write(
        "kerjasama.toml",
        &format!(
            "{}timezone = \"WIBB\"\n\n[rules]\nduplicat-id = \"off\"\n",
            common::CONFIG
        ),
    );
    // A signed KSB without its number.
    let ksb = common::ksb(1).replacen("number = \"180/001/438.1.1.3/2019\"\n", "", 1);
    l.write(&common::ksb_path(1), &ksb);
    l.write(
        "agreements/2019/KS-2019-002.toml",
        r#"id = "KS-2019-002"
title = ""
category = "KSDX"
form = "pelayanan_publik"
affairs = [1]
unit = "Dinas Komunikasi dan Informatika"
document = "KSB"
tittle = "x"
status = "berlaku"
signed = "2019-01-15"
value_idr = "1.000.000"
burdens_region = "ya"
place = 1.5
year_only = ["end"]

[termination]
datee = 2019-01-01

[[attachments]]
path = "docs/a.pdf"
sha256 = "XYZ"

[[parties]]
name = "PT Indosat Tbk"
country = "jp"
"#,
    );
    l.write("agreements/2019/catatan.txt", "x");
    l
}

#[test]
fn reading_problems_are_indonesian() {
    let l = troubled_ledger();
    let mut problems = Vec::new();
    let (texts, rules) = compare(l.path(), &mut problems);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for rule in [
        "config-invalid",
        "invalid-value",
        "missing-key",
        "number-missing",
        "stray-file",
        "unknown-key",
        "wrong-type",
    ] {
        assert!(rules.iter().any(|r| r == rule), "no {rule}: {rules:?}");
    }
    for expected in [
        "KS-2019-001 ditandatangani pada 2019-01-15 tetapi tidak memiliki `number`; tambahkan \
         nomor register dokumen yang ditandatangani",
        "`signed` harus berupa tanggal, tetapi yang tertulis berupa teks; tulis tanpa tanda \
         kutip: `signed = 2019-01-15`",
        "`affairs` harus berupa teks, tetapi yang tertulis berupa bilangan bulat",
        "kunci `tittle` tidak dikenal; apakah yang dimaksud `title`?",
        "kunci `datee` di [termination] tidak dikenal; apakah yang dimaksud `date`?",
        "[termination] tidak memiliki `reason`; tambahkan",
        "pihak ini tidak memiliki `type`; tambahkan",
        "`country` = \"jp\" bukan kode ISO 3166-1 alpha-2 (misalnya \"JP\", \"NL\"); tulis \
         dengan huruf kapital: \"JP\"",
        "`[rules]` menyebut aturan `duplicat-id` yang tidak dikenal; apakah yang dimaksud \
         `duplicate-id`?; lihat `kerjasama rules`",
        "`catatan.txt` bukan berkas perjanjian (*.toml); pindahkan keluar dari agreements/ \
         (hasil pindaian disimpan di docs/ dan ditautkan melalui [[attachments]])",
    ] {
        assert!(
            texts.iter().any(|t| t == expected),
            "missing {expected:?} in {texts:#?}"
        );
    }
}

#[test]
fn the_locale_gives_indonesian_findings() {
    let l = troubled_ledger();
    let out = l
        .cmd(&["check"])
        .env_remove("LC_ALL")
        .env("LANG", "id_ID.UTF-8")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.contains(
            "kesalahan[number-missing]: KS-2019-001 ditandatangani pada 2019-01-15 tetapi tidak \
             memiliki `number`"
        ),
        "{text}"
    );
    assert!(
        text.contains("kesalahan[unknown-key]: kunci `tittle` tidak dikenal"),
        "{text}"
    );
    assert!(!text.contains("did you mean"), "{text}");
}
