//! JSON Schemas of an agreement file and of `kerjasama.toml`, generated from the Rust types.
//!
//! Draft-07, which taplo (Even Better TOML) understands. `schemas/*.schema.json` are these
//! outputs, committed; a test keeps them identical.

use schemars::generate::SchemaSettings;

use crate::config::Config;
use crate::model::Agreement;

fn settings() -> SchemaSettings {
    let mut s = SchemaSettings::draft07();
    s.meta_schema = Some("http://json-schema.org/draft-07/schema#".into());
    s
}

fn pretty(schema: &schemars::Schema) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The schema of an agreement file.
pub fn agreement() -> String {
    pretty(&settings().into_generator().into_root_schema_for::<Agreement>())
}

/// The schema of `kerjasama.toml`.
pub fn config() -> String {
    pretty(&settings().into_generator().into_root_schema_for::<Config>())
}
