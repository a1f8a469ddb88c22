//! `kerjasama show ID`: every field of one agreement, its status today and its links.

use std::fmt::Write as _;

use serde_json::{Value, json};

use super::{date_text, list::json_value, rupiah};
use crate::i18n::Lang;
use crate::model::{Choice as _, DateKey, DocumentKind};
use crate::status::{Item, Links, Register, Status};
use crate::tr;

/// The narrowest the labels are padded to (the stored keys fit in it).
const LABEL: usize = 16;

/// The status today in words, in `lang`, with the days remaining or since it ended.
pub fn status_text(item: &Item<'_>, today: chrono::NaiveDate, lang: Lang) -> String {
    let a = item.agreement;
    let extended =
        item.effective_end.is_some() && item.effective_end != a.end.as_ref().map(|e| e.value);
    match item.status {
        Status::Withdrawn => match &a.withdrawn {
            Some(w) => tr!(
                lang,
                "show-withdrawn-on",
                date = w.date.value,
                reason = w.reason.value
            ),
            None => item.status.text(lang),
        },
        Status::Draft => tr!(lang, "show-draft"),
        Status::Terminated => match &a.termination {
            Some(t) => tr!(
                lang,
                "show-terminated-on",
                date = t.date.value,
                days = (today - t.date.value).num_days(),
                reason = t.reason.as_str()
            ),
            None => item.status.text(lang),
        },
        Status::Pending => match &a.start {
            Some(s) => tr!(
                lang,
                "show-pending-until",
                date = s.value,
                days = (s.value - today).num_days()
            ),
            None => item.status.text(lang),
        },
        Status::Expired => match item.effective_end {
            Some(e) if extended => tr!(
                lang,
                "show-expired-on-extended",
                date = e,
                days = (today - e).num_days()
            ),
            Some(e) => tr!(
                lang,
                "show-expired-on",
                date = e,
                days = (today - e).num_days()
            ),
            None => item.status.text(lang),
        },
        Status::Active => match item.effective_end {
            Some(e) if e == today && extended => {
                tr!(lang, "show-active-last-day-extended", date = e)
            }
            Some(e) if e == today => tr!(lang, "show-active-last-day", date = e),
            Some(e) if extended => tr!(
                lang,
                "show-active-remaining-extended",
                date = e,
                days = (e - today).num_days()
            ),
            Some(e) => tr!(
                lang,
                "show-active-remaining",
                date = e,
                days = (e - today).num_days()
            ),
            None => tr!(lang, "show-active-open"),
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
    field_padded(out, indent, key, LABEL, value);
}

/// A label padded to `width` characters, then its value.
fn field_padded(out: &mut String, indent: &str, key: &str, width: usize, value: &str) {
    let _ = writeln!(out, "{indent}{key:<width$} {value}");
}

fn link_line(reg: &Register<'_>, id: &str, found: Option<usize>, lang: Lang) -> String {
    match found {
        Some(j) => {
            let it = &reg.items[j];
            let a = it.agreement;
            format!(
                "{id}  {} {}, {}: {}",
                a.document.as_str(),
                a.signed.as_ref().map_or_else(
                    || tr!(lang, "show-link-unsigned"),
                    |s| date_text(a, DateKey::Signed, s.value)
                ),
                it.status.text(lang),
                a.title.value
            )
        }
        None => format!("{id}  {}", tr!(lang, "show-link-missing")),
    }
}

/// The text view, in `lang`: the labels of what is derived (status, effective end, path,
/// links) in words; the stored keys as in the file.
pub fn text(reg: &Register<'_>, i: usize, lang: Lang) -> String {
    let item = &reg.items[i];
    let a = item.agreement;
    let mut out = String::new();
    let _ = writeln!(out, "{}  {}", a.id.value, a.title.value);
    let _ = writeln!(out);
    let derived = [
        tr!(lang, "show-status"),
        tr!(lang, "show-effective-end"),
        tr!(lang, "show-path"),
    ];
    let [status, effective_end, path] = &derived;
    field(&mut out, "", status, &status_text(item, reg.today, lang));
    if let Some(e) = item.effective_end {
        field(&mut out, "", effective_end, &e.to_string());
    }
    field(&mut out, "", path, item.path);
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
    let mut lines: Vec<(String, String)> = Vec::new();
    if let Some((id, found)) = links.parent {
        let label = if *a.document == DocumentKind::Adendum {
            tr!(lang, "show-link-changes")
        } else {
            tr!(lang, "show-link-implements")
        };
        lines.push((label, link_line(reg, id, found, lang)));
    }
    for (label, list) in [
        (tr!(lang, "show-link-implemented-by"), &links.children),
        (tr!(lang, "show-link-addendum"), &links.addenda),
    ] {
        for &j in list {
            let line = link_line(reg, reg.items[j].id(), Some(j), lang);
            lines.push((label.clone(), line));
        }
    }
    if let Some((id, found)) = links.renews {
        lines.push((
            tr!(lang, "show-link-renews"),
            link_line(reg, id, found, lang),
        ));
    }
    for &j in &links.renewed_by {
        let line = link_line(reg, reg.items[j].id(), Some(j), lang);
        lines.push((tr!(lang, "show-link-renewed-by"), line));
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", tr!(lang, "show-links"));
    // The links' labels in a column of their own, as wide as the widest.
    let width = lines
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0)
        .max(LABEL);
    for (label, line) in &lines {
        field_padded(&mut out, "  ", label, width, line);
    }
    if lines.is_empty() {
        let _ = writeln!(out, "  {}", tr!(lang, "show-no-links"));
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
