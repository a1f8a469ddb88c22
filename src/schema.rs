//! JSON Schemas of an agreement file and of `kerjasama.toml`, generated from the Rust types.
//!
//! Draft-07, which taplo (Even Better TOML) understands. `schemas/*.schema.json` are these
//! outputs, committed; a test keeps them identical.

use schemars::Schema;
use schemars::generate::SchemaSettings;
use schemars::transform::RecursiveTransform;
use serde_json::Value;

use crate::config::Config;
use crate::model::Agreement;

fn settings() -> SchemaSettings {
    let mut s = SchemaSettings::draft07();
    s.meta_schema = Some("http://json-schema.org/draft-07/schema#".into());
    s.transforms.push(Box::new(RecursiveTransform(drop_null)));
    s
}

/// TOML has no null: an optional key is absent, never `null`, so the schema allows no null.
fn drop_null(schema: &mut Schema) {
    let Some(obj) = schema.as_object_mut() else {
        return;
    };
    if let Some(Value::Array(types)) = obj.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            obj.insert("type".into(), only);
        }
    }
    if let Some(Value::Array(any)) = obj.get("anyOf") {
        let rest: Vec<Value> = any
            .iter()
            .filter(|v| v.get("type").and_then(Value::as_str) != Some("null"))
            .cloned()
            .collect();
        if rest.len() == 1
            && let Some(Value::Object(inner)) = rest.into_iter().next()
        {
            obj.remove("anyOf");
            for (k, v) in inner {
                obj.entry(k).or_insert(v);
            }
        }
    }
}

fn pretty(schema: &schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The schema of an agreement file.
pub fn agreement() -> String {
    pretty(
        &settings()
            .into_generator()
            .into_root_schema_for::<Agreement>(),
    )
}

/// The schema of `kerjasama.toml`.
pub fn config() -> String {
    pretty(&settings().into_generator().into_root_schema_for::<Config>())
}
