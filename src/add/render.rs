//! Writing an agreement as TOML in the canonical layout: the top-level keys in the order of
//! FORMAT.md section 3, then the tables (`[[parties]]`, approvals, `[termination]`,
//! `[withdrawn]`, `[[attachments]]`, `[[monitoring]]`), each key of a table in its documented
//! order, small tables (`proxy`, `waive`) inline. Keys the format does not know are written too
//! (after the known ones, sorted), so that the check reports them instead of losing them.

use toml::{Table, Value};

use crate::model::{
    AGREEMENT_KEYS, APPROVAL_KEYS, ATTACHMENT_KEYS, MONITORING_KEYS, PARTY_KEYS, PROXY_KEYS,
    TERMINATION_KEYS, WITHDRAWN_KEYS,
};

/// The tables written as sections, in order, with the order of their keys.
const SECTIONS: &[(&str, &[&str])] = &[
    ("parties", PARTY_KEYS),
    ("dprd_approval", APPROVAL_KEYS),
    ("central_approval", APPROVAL_KEYS),
    ("termination", TERMINATION_KEYS),
    ("withdrawn", WITHDRAWN_KEYS),
    ("attachments", ATTACHMENT_KEYS),
    ("monitoring", MONITORING_KEYS),
];

/// The keys of `t` in canonical order: the known ones as listed, then the others sorted.
fn ordered<'t>(t: &'t Table, known: &[&str]) -> Vec<(&'t str, &'t Value)> {
    let mut out: Vec<(&str, &Value)> = known
        .iter()
        .filter_map(|k| t.get_key_value(*k).map(|(k, v)| (k.as_str(), v)))
        .collect();
    let mut rest: Vec<(&str, &Value)> = t
        .iter()
        .filter(|(k, _)| !known.contains(&k.as_str()))
        .map(|(k, v)| (k.as_str(), v))
        .collect();
    rest.sort_by_key(|(k, _)| *k);
    out.extend(rest);
    out
}

/// Whether `(key, value)` at the top level is written as a section.
fn section_shape(key: &str, value: &Value) -> bool {
    SECTIONS.iter().any(|(k, _)| *k == key)
        && match value {
            Value::Table(_) => true,
            Value::Array(a) => !a.is_empty() && a.iter().all(Value::is_table),
            _ => false,
        }
}

/// Renders a whole agreement.
pub fn render(t: &Table) -> String {
    let mut out = String::new();
    for (key, value) in ordered(t, AGREEMENT_KEYS) {
        if !section_shape(key, value) {
            line(&mut out, key, value, &[]);
        }
    }
    for (name, keys) in SECTIONS {
        match t.get(*name) {
            Some(Value::Table(inner)) => {
                out.push_str(&format!("\n[{name}]\n"));
                body(&mut out, inner, keys);
            }
            Some(value @ Value::Array(items)) if section_shape(name, value) => {
                for item in items.iter().filter_map(Value::as_table) {
                    out.push_str(&format!("\n[[{name}]]\n"));
                    body(&mut out, item, keys);
                }
            }
            _ => {}
        }
    }
    out
}

fn body(out: &mut String, t: &Table, keys: &[&str]) {
    for (k, v) in ordered(t, keys) {
        let inner: &[&str] = if k == "proxy" { PROXY_KEYS } else { &[] };
        line(out, k, v, inner);
    }
}

fn line(out: &mut String, k: &str, v: &Value, inner: &[&str]) {
    out.push_str(&key(k));
    out.push_str(" = ");
    out.push_str(&inline(v, inner));
    out.push('\n');
}

/// A key, bare when it can be.
fn key(k: &str) -> String {
    let bare = !k.is_empty()
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if bare {
        k.to_owned()
    } else {
        Value::String(k.to_owned()).to_string()
    }
}

/// A value on one line; tables inline with their keys in `order` (then sorted).
fn inline(v: &Value, order: &[&str]) -> String {
    match v {
        Value::Table(t) => {
            if t.is_empty() {
                return "{}".to_owned();
            }
            let parts: Vec<String> = ordered(t, order)
                .into_iter()
                .map(|(k, v)| format!("{} = {}", key(k), inline(v, &[])))
                .collect();
            format!("{{ {} }}", parts.join(", "))
        }
        Value::Array(a) => {
            let parts: Vec<String> = a.iter().map(|v| inline(v, order)).collect();
            format!("[{}]", parts.join(", "))
        }
        scalar => scalar.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_order_and_sections() {
        let t: Table = toml::from_str(
            r#"
notes = "catatan"
title = "Judul \"kutip\""
id = "KS-2019-001"
zzz = 1
affairs = ["kesehatan"]
[[monitoring]]
state = "berjalan"
year = 2020
[[parties]]
type = "kabupaten"
name = "Pemerintah Kabupaten Sidoarjo"
code = "35.15"
proxy = { date = 2019-01-10, number = "1/2" }
[[parties]]
name = "PT A"
type = "badan_usaha"
[dprd_approval]
date = 2019-01-01
number = "5"
"#,
        )
        .expect("toml");
        let text = render(&t);
        assert_eq!(
            text,
            r#"id = "KS-2019-001"
title = 'Judul "kutip"'
affairs = ["kesehatan"]
notes = "catatan"
zzz = 1

[[parties]]
name = "Pemerintah Kabupaten Sidoarjo"
type = "kabupaten"
code = "35.15"
proxy = { number = "1/2", date = 2019-01-10 }

[[parties]]
name = "PT A"
type = "badan_usaha"

[dprd_approval]
number = "5"
date = 2019-01-01

[[monitoring]]
year = 2020
state = "berjalan"
"#
        );
        let back: Table = toml::from_str(&text).expect("renders valid TOML");
        assert_eq!(back, t);
    }

    #[test]
    fn odd_values_survive() {
        let t: Table = toml::from_str(
            "notes = \"a\\nb\\\"c'''\"\nparties = \"x\"\n\"weird key\" = { a = 1 }\nwaive = { pks-max-five-years = \"KPBU\" }\n",
        )
        .expect("toml");
        let back: Table = toml::from_str(&render(&t)).expect("valid");
        assert_eq!(back, t);
    }
}
