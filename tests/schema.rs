//! The committed JSON Schemas are exactly what the Rust types generate, and they know the same
//! keys as the reader.

use std::fs;
use std::path::Path;

use kerjasama::model::{AGREEMENT_KEYS, ATTACHMENT_KEYS, MONITORING_KEYS, PARTY_KEYS};
use serde_json::Value;

fn committed(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(name);
    fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn committed_schemas_are_generated() {
    assert_eq!(
        committed("agreement.schema.json"),
        kerjasama::schema::agreement(),
        "schemas/agreement.schema.json is stale: run `cargo run -- schema agreement > schemas/agreement.schema.json`"
    );
    assert_eq!(
        committed("kerjasama.schema.json"),
        kerjasama::schema::config(),
        "schemas/kerjasama.schema.json is stale: run `cargo run -- schema config > schemas/kerjasama.schema.json`"
    );
}

fn keys(v: &Value) -> Vec<String> {
    v["properties"]
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default()
}

#[test]
fn schema_and_reader_know_the_same_keys() {
    let s: Value = serde_json::from_str(&kerjasama::schema::agreement()).expect("json");
    assert_eq!(
        keys(&s),
        AGREEMENT_KEYS,
        "top-level keys, in canonical order"
    );
    assert_eq!(s["additionalProperties"], false);
    let defs = &s["definitions"];
    assert_eq!(keys(&defs["Party"]), PARTY_KEYS);
    assert_eq!(keys(&defs["Attachment"]), ATTACHMENT_KEYS);
    assert_eq!(keys(&defs["Monitoring"]), MONITORING_KEYS);
    let required: Vec<&str> = s["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(
        required,
        [
            "id", "title", "category", "form", "affairs", "unit", "document"
        ]
    );
    assert_eq!(s["properties"]["signed"]["format"], "date");
}
