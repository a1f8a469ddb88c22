//! `kerjasama show ID`: every field of one agreement, its status today and its links.

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::{date_text, list::json_value, rupiah};
use crate::model::{Choice as _, DateKey, DocumentKind};
use crate::status::{Item, Links, Register, Status};

const LABEL: usize = 16;

/// The status today in words, with the days remaining or since it ended.
pub fn status_text(item: &Item<'_>, today: chrono::NaiveDate) -> String {
    let a = item.agreement;
    let days = |n: i64| {
        if n == 1 {
            "1 day".to_owned()
        } else {
            format!("{n} days")
        }
    };
    let extended =
        item.effective_end.is_some() && item.effective_end != a.end.as_ref().map(|e| e.value);
    let by_addenda = if extended {
        ", extended by addenda"
    } else {
        ""
    };
    match item.status {
        Status::Withdrawn => match &a.withdrawn {
            Some(w) => format!("withdrawn on {}: {}", w.date.value, w.reason.value),
            None => "withdrawn".into(),
        },
        Status::Draft => "draft (not signed)".into(),
        Status::Terminated => match &a.termination {
            Some(t) => format!(
                "terminated on {} ({} ago): {}",
                t.date.value,
                days((today - t.date.value).num_days()),
                t.reason.as_str()
            ),
            None => "terminated".into(),
        },
        Status::Pending => match &a.start {
            Some(s) => format!(
                "pending: starts on {} (in {})",
                s.value,
                days((s.value - today).num_days())
            ),
            None => "pending".into(),
        },
        Status::Expired => match item.effective_end {
            Some(e) => format!(
                "expired: ended on {e}{by_addenda} ({} ago)",
                days((today - e).num_days())
            ),
            None => "expired".into(),
        },
        Status::Active => match item.effective_end {
            Some(e) if e == today => format!("active: today is its last day ({e}{by_addenda})"),
            Some(e) => format!(
                "active: {} remaining, until {e}{by_addenda}",
                days((e - today).num_days())
            ),
            None => "active: no fixed end".into(),
        },
    }
}

/// Days remaining (active, with an end) and days since the end (expired), for JSON.
fn days(item: &Item<'_>, today: chrono::NaiveDate) -> (Option<i64>, Option<i64>) {
    match (item.status, item.effective_end) {
        (Status::Active, Some(e)) => (Some((e - today).num_days()), None),
        (Status::Expired, Some(e)) => (None, Some((today - e).num_days())),
        _ => (None, None),
    }
}

/// A scalar or a nested value on one line.
fn inline(key: &str, v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) if key.ends_with("_idr") => n
            .as_u64()
            .map_or_else(|| n.to_string(), |n| rupiah(u128::from(n))),
        Value::Array(items) => items
            .iter()
            .map(|x| inline(key, x))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(map) => map
            .iter()
            .map(|(k, x)| format!("{k} {}", inline(k, x)))
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

fn field(out: &mut String, indent: &str, key: &str, value: &str) {
    let _ = writeln!(out, "{indent}{key:<LABEL$} {value}");
}

fn link_line(reg: &Register<'_>, id: &str, found: Option<usize>) -> String {
    match found {
        Some(j) => {
            let it = &reg.items[j];
            let a = it.agreement;
            format!(
                "{id}  {} {}, {}: {}",
                a.document.as_str(),
                a.signed.as_ref().map_or_else(
                    || "unsigned".to_owned(),
                    |s| date_text(a, DateKey::Signed, s.value)
                ),
                it.status.as_str(),
                a.title.value
            )
        }
        None => format!("{id}  (not in the ledger, or not readable)"),
    }
}

/// The text view.
pub fn text(reg: &Register<'_>, i: usize) -> String {
    let item = &reg.items[i];
    let a = item.agreement;
    let mut out = String::new();
    let _ = writeln!(out, "{}  {}", a.id.value, a.title.value);
    let _ = writeln!(out);
    field(&mut out, "", "status", &status_text(item, reg.today));
    if let Some(e) = item.effective_end {
        field(&mut out, "", "effective end", &e.to_string());
    }
    field(&mut out, "", "path", item.path);
    let v = serde_json::to_value(a).unwrap_or_default();
    for (key, value) in v.as_object().into_iter().flatten() {
        match value {
            Value::Array(rows) if rows.iter().all(Value::is_object) => {
                let _ = writeln!(out, "{key}");
                for (n, row) in rows.iter().enumerate() {
                    let mut first = true;
                    for (k, x) in row.as_object().into_iter().flatten() {
                        let lead = if first {
                            format!("  {:<3}", format!("{}.", n + 1))
                        } else {
                            "     ".to_owned()
                        };
                        first = false;
                        field(&mut out, &lead, k, &inline(k, x));
                    }
                }
            }
            _ => {
                let shown = match (key.as_str(), &a.signed, &a.start, &a.end) {
                    ("signed", Some(d), _, _) => date_text(a, DateKey::Signed, d.value),
                    ("start", _, Some(d), _) => date_text(a, DateKey::Start, d.value),
                    ("end", _, _, Some(d)) => date_text(a, DateKey::End, d.value),
                    _ => inline(key, value),
                };
                field(&mut out, "", key, &shown);
            }
        }
    }
    let links = reg.links(i);
    let _ = writeln!(out);
    let _ = writeln!(out, "links");
    let mut any = false;
    if let Some((id, found)) = links.parent {
        let label = if *a.document == DocumentKind::Adendum {
            "changes"
        } else {
            "implements"
        };
        field(&mut out, "  ", label, &link_line(reg, id, found));
        any = true;
    }
    for (label, list) in [
        ("implemented by", &links.children),
        ("addendum", &links.addenda),
    ] {
        for &j in list {
            field(
                &mut out,
                "  ",
                label,
                &link_line(reg, reg.items[j].id(), Some(j)),
            );
            any = true;
        }
    }
    if let Some((id, found)) = links.renews {
        field(&mut out, "  ", "renews", &link_line(reg, id, found));
        any = true;
    }
    for &j in &links.renewed_by {
        field(
            &mut out,
            "  ",
            "renewed by",
            &link_line(reg, reg.items[j].id(), Some(j)),
        );
        any = true;
    }
    if !any {
        let _ = writeln!(out, "  (none)");
    }
    out
}

fn link_json(reg: &Register<'_>, id: &str, found: Option<usize>) -> Value {
    match found {
        Some(j) => {
            let it = &reg.items[j];
            json!({
                "id": id,
                "path": it.path,
                "document": it.agreement.document.as_str(),
                "status": it.status.as_str(),
                "title": it.agreement.title.value,
            })
        }
        None => json!({ "id": id, "path": null, "document": null, "status": null, "title": null }),
    }
}

fn links_json(reg: &Register<'_>, links: &Links<'_>) -> Value {
    let many = |list: &[usize]| -> Vec<Value> {
        list.iter()
            .map(|&j| link_json(reg, reg.items[j].id(), Some(j)))
            .collect()
    };
    json!({
        "parent": links.parent.map(|(id, f)| link_json(reg, id, f)),
        "children": many(&links.children),
        "addenda": many(&links.addenda),
        "renews": links.renews.map(|(id, f)| link_json(reg, id, f)),
        "renewed_by": many(&links.renewed_by),
    })
}

/// The JSON view: the object of `list --format json`, plus `effective_end`, `days_remaining`,
/// `days_since_end` and `links`.
pub fn json(reg: &Register<'_>, i: usize) -> String {
    let item = &reg.items[i];
    let mut v = json_value(item);
    let (remaining, since) = days(item, reg.today);
    if let Some(map) = v.as_object_mut() {
        map.insert(
            "effective_end".into(),
            item.effective_end.map(|e| e.to_string()).into(),
        );
        map.insert("days_remaining".into(), remaining.into());
        map.insert("days_since_end".into(), since.into());
        map.insert("links".into(), links_json(reg, &reg.links(i)));
    }
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}
