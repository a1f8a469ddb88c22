//! Every rule has a fixture that raises it and a near one that does not (tests/rules/README.md),
//! and the catalogue holds exactly the codes of RULES.md.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use kerjasama::rules::catalogue::{RULES, Section};
use serde_json::Value;

/// `check --format json` of the fixture ledger at `dir`, in English.
fn check_json(dir: &Path) -> Value {
    common::check_json_at(dir, &[])
}

fn described(d: &Value) -> String {
    format!(
        "{} {}:{} [{}] {}",
        d["severity"].as_str().unwrap_or("?"),
        d["file"].as_str().unwrap_or("?"),
        d["line"].as_u64().map_or("-".into(), |l| l.to_string()),
        d["rule"].as_str().unwrap_or("?"),
        d["message"].as_str().unwrap_or("")
    )
}

#[test]
fn every_rule_fires_on_its_fixture_and_not_on_the_near_one() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules");
    let mut problems = Vec::new();
    for rule in RULES {
        let dir = base.join(rule.code);
        let fires = dir.join("fires");
        let passes = dir.join("passes");
        if !fires.is_dir() || !passes.is_dir() {
            problems.push(format!("{}: fixture folders missing", rule.code));
            continue;
        }
        let expect_text = fs::read_to_string(fires.join("expect")).unwrap_or_default();
        let expected: BTreeSet<String> = expect_text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_owned)
            .collect();
        if expected.is_empty() {
            problems.push(format!("{}: fires/expect lists nothing", rule.code));
        }
        let report = check_json(&fires);
        let diags = report["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let got: BTreeSet<String> = diags
            .iter()
            .filter(|d| d["rule"] == rule.code)
            .map(|d| {
                format!(
                    "{} {}:{}",
                    d["severity"].as_str().unwrap_or("?"),
                    d["file"].as_str().unwrap_or("?"),
                    d["line"].as_u64().map_or("-".into(), |l| l.to_string())
                )
            })
            .collect();
        for d in &diags {
            let code = d["rule"].as_str().unwrap_or("");
            if !RULES.iter().any(|r| r.code == code) {
                problems.push(format!(
                    "{}: emitted code `{code}` is not in the catalogue",
                    rule.code
                ));
            }
        }
        if got != expected {
            problems.push(format!(
                "{}: expected {:?}, got {:?}; all findings:\n    {}",
                rule.code,
                expected,
                got,
                diags
                    .iter()
                    .map(described)
                    .collect::<Vec<_>>()
                    .join("\n    ")
            ));
        }
        let report = check_json(&passes);
        let diags = report["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        if !diags.is_empty() {
            problems.push(format!(
                "{}: passes/ is not clean:\n    {}",
                rule.code,
                diags
                    .iter()
                    .map(described)
                    .collect::<Vec<_>>()
                    .join("\n    ")
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The codes of RULES.md, read from the shared reference beside the repository.
fn rules_md_codes() -> Vec<(String, String, bool)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/RULES.md");
    let text = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} must be readable: {e}", path.display()));
    let mut out = Vec::new();
    let mut section_fixed = false;
    for line in text.lines() {
        if line.starts_with("## ") {
            section_fixed = line.contains("(fixed)");
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() < 4 || !cells[1].starts_with('`') {
            continue;
        }
        let code = cells[1].trim_matches('`').to_owned();
        let sev = cells[2].to_owned();
        let fixed = section_fixed || line.contains("(fixed)");
        out.push((code, sev, fixed));
    }
    out
}

#[test]
fn catalogue_is_exactly_rules_md() {
    let md = rules_md_codes();
    assert_eq!(md.len(), 65, "RULES.md lists 65 codes");
    let ours: Vec<&str> = RULES.iter().map(|r| r.code).collect();
    let theirs: Vec<&str> = md.iter().map(|(c, _, _)| c.as_str()).collect();
    assert_eq!(ours, theirs, "same codes in the same order");
    for (code, sev, fixed) in &md {
        let r = RULES.iter().find(|r| r.code == code).expect("present");
        let want = if sev == "E" { "error" } else { "warning" };
        assert_eq!(r.severity.as_str(), want, "{code} severity");
        assert_eq!(r.fixed, *fixed, "{code} fixed");
        // Its texts (summary, why, basis, examples) are in the message catalogue, which
        // tests/i18n.rs checks.
        assert!(r.has_basis || r.section != Section::Reading, "{code} basis");
    }
    let unique: BTreeSet<&str> = ours.iter().copied().collect();
    assert_eq!(unique.len(), ours.len(), "codes are unique");
}
