//! `check --format sarif` is valid SARIF 2.1.0: it validates against the OASIS schema (as shipped
//! in the serde-sarif crate) and reads back into serde-sarif's types.

mod common;

use std::path::PathBuf;

use common::{Ledger, ksb, ksb_path};

/// The SARIF 2.1.0 schema from the serde-sarif package that cargo fetched for the tests.
fn sarif_schema() -> serde_json::Value {
    // Only this machine's packages: the others (wasm ones, say) may not have been fetched.
    let rustc = std::process::Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc -vV");
    let host = String::from_utf8_lossy(&rustc.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))
        .expect("host triple");
    let out = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline"])
        .args(["--filter-platform", &host])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).expect("metadata JSON");
    let manifest = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .find(|p| p["name"] == "serde-sarif")
        .and_then(|p| p["manifest_path"].as_str())
        .expect("serde-sarif among the packages");
    let schema = PathBuf::from(manifest)
        .with_file_name("src")
        .join("schema.json");
    let text = std::fs::read_to_string(&schema).expect("schema.json");
    serde_json::from_str(&text).expect("schema JSON")
}

/// Replaces the malformed language pattern wherever it stands; gives how many were replaced.
fn correct_language_pattern(v: &mut serde_json::Value) -> usize {
    const BAD: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
    match v {
        serde_json::Value::Object(map) => {
            let mut n = 0;
            for (k, child) in map.iter_mut() {
                if k == "pattern" && child == BAD {
                    *child = "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$".into();
                    n += 1;
                } else {
                    n += correct_language_pattern(child);
                }
            }
            n
        }
        serde_json::Value::Array(items) => items.iter_mut().map(correct_language_pattern).sum(),
        _ => 0,
    }
}

#[test]
fn sarif_output_is_valid_sarif_2_1_0() {
    let l = Ledger::with_ksbs(2);
    // Errors and warnings, a related location, a file without a line and a path to encode.
    l.write(&ksb_path(3), &ksb(3).replace("180/003/", "180/001/"));
    l.write("agreements/2019/catatan rapat.txt", "x");
    l.write(
        &ksb_path(4),
        &ksb(4).replace(
            "end = 2021-01-14",
            "end = 2021-01-14\nfunding = [\"tanpa_biaya\"]\nvalue_idr = 5",
        ),
    );
    let out = l
        .cmd(&["check", "--format", "sarif"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");

    let schema = sarif_schema();
    // The 2.1.0 schema has one malformed pattern (a stray `]` in `run.language`, corrected in
    // the OASIS errata); put the corrected one in, so that the validator accepts the schema.
    let mut schema = schema;
    let fixed = correct_language_pattern(&mut schema);
    assert!(
        fixed > 0,
        "the known malformed pattern is no longer there: drop this correction"
    );
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "not valid SARIF 2.1.0: {errors:#?}");
    // The validator does reject what is not SARIF.
    let mut bad = sarif.clone();
    bad["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&bad));
    let typed: serde_sarif::sarif::Sarif =
        serde_json::from_value(sarif.clone()).expect("reads as SARIF");
    assert_eq!(typed.runs.len(), 1);

    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "kerjasama");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), 65, "every rule of the catalogue");
    let results = run["results"].as_array().expect("results");
    let rule_ids: Vec<&str> = results
        .iter()
        .filter_map(|r| r["ruleId"].as_str())
        .collect();
    assert!(rule_ids.contains(&"duplicate-number"), "{rule_ids:?}");
    assert!(rule_ids.contains(&"stray-file"), "{rule_ids:?}");
    assert!(rule_ids.contains(&"funding-value"), "{rule_ids:?}");
    for r in results {
        let index = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], r["ruleId"]);
    }
    let dup = results
        .iter()
        .find(|r| {
            r["ruleId"] == "duplicate-number"
                && r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    == "agreements/2019/KS-2019-003.toml"
        })
        .expect("duplicate-number on the new file");
    assert_eq!(
        dup["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "agreements/2019/KS-2019-001.toml"
    );
    assert!(dup["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64() > Some(0));
    let stray = results
        .iter()
        .find(|r| r["ruleId"] == "stray-file")
        .expect("stray");
    assert_eq!(
        stray["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "agreements/2019/catatan%20rapat.txt"
    );
    let warning = results
        .iter()
        .find(|r| r["ruleId"] == "funding-value")
        .expect("warning");
    assert_eq!(warning["level"], "warning");

    // Clean ledger: valid too, with no results; exit 0.
    let clean = Ledger::with_ksbs(1);
    let out = clean
        .cmd(&["check", "--format", "sarif"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(validator.is_valid(&sarif));
    assert_eq!(sarif["runs"][0]["results"], serde_json::json!([]));

    // In Indonesian: valid too, and says its language.
    let out = l
        .cmd(&["check", "--format", "sarif", "--lang", "id"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "not valid SARIF 2.1.0: {errors:#?}");
    assert_eq!(sarif["runs"][0]["language"], "id");
}
