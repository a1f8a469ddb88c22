//! `kerjasama summary`: key figures and counts, under the counting rule.
//!
//! Counting rule: a count counts signed documents; an ADENDUM is not counted on its own, and
//! drafts (withdrawn or not) are not counted.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use anyhow::Result;
use serde_json::{Value, json};

use super::{add_row, delimited, markdown_table, new_table, rupiah};
use crate::cli::{Dimension, ReportFormat};
use crate::i18n::Lang;
use crate::model::{Choice, DocumentKind};
use crate::query::expiring;
use crate::status::{Item, Register, Status};
use crate::tr;

/// Days ahead for the "expiring" key figure.
pub const EXPIRING_DAYS: u32 = 90;

/// Whether the counting rule counts the item.
pub fn counted(item: &Item<'_>) -> bool {
    let a = item.agreement;
    a.is_signed() && *a.document != DocumentKind::Adendum && a.withdrawn.is_none()
}

/// A group value: its rank (for the order) and its text.
type Key = (i64, String);

fn rank<T: Choice + PartialEq>(v: T) -> Key {
    let pos = T::ALL.iter().position(|x| *x == v).unwrap_or(usize::MAX);
    (
        i64::try_from(pos).unwrap_or(i64::MAX),
        v.as_str().to_owned(),
    )
}

/// The values of one dimension for an item (several for affairs and counterpart types).
fn values(reg: &Register<'_>, item: &Item<'_>, dim: Dimension) -> Vec<Key> {
    let a = item.agreement;
    match dim {
        Dimension::Year => item
            .year
            .map(|y| (i64::from(y), y.to_string()))
            .into_iter()
            .collect(),
        Dimension::Category => vec![rank(*a.category)],
        Dimension::Form => vec![rank(*a.form)],
        Dimension::Document => vec![rank(*a.document)],
        Dimension::Unit => vec![(0, a.unit.trim().to_owned())],
        Dimension::Status => {
            let pos = Status::ALL
                .iter()
                .position(|s| *s == item.status)
                .unwrap_or(0);
            vec![(
                i64::try_from(pos).unwrap_or(0),
                item.status.as_str().to_owned(),
            )]
        }
        Dimension::Affair => a
            .affairs
            .iter()
            .map(|x| rank(*x))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
        Dimension::PartyType => reg
            .counterparts(a)
            .map(|p| rank(*p.kind))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
    }
}

/// The figures of a summary.
#[derive(Debug, Default)]
pub struct Summary {
    pub agreements: usize,
    pub in_force: usize,
    pub expiring: usize,
    pub total_value: u128,
    pub drafts: usize,
    pub withdrawn: usize,
    pub addenda: usize,
    pub by: Vec<Dimension>,
    /// Counts by the values of `by`, in ascending order.
    pub counts: BTreeMap<Vec<Key>, usize>,
}

/// Counts the selected items.
pub fn summarise(reg: &Register<'_>, selected: &[usize], by: &[Dimension]) -> Summary {
    let mut s = Summary {
        by: by.to_vec(),
        ..Summary::default()
    };
    for &i in selected {
        let item = &reg.items[i];
        let a = item.agreement;
        if !counted(item) {
            match item.status {
                Status::Withdrawn => s.withdrawn += 1,
                Status::Draft => s.drafts += 1,
                _ => s.addenda += 1,
            }
            continue;
        }
        s.agreements += 1;
        if item.status == Status::Active {
            s.in_force += 1;
        }
        if expiring(reg.today, EXPIRING_DAYS, item) {
            s.expiring += 1;
        }
        s.total_value += a.value_idr.as_ref().map_or(0, |v| u128::from(v.value));
        // Every combination of the item's values (one each, except affairs and party types).
        let mut keys: Vec<Vec<Key>> = vec![Vec::new()];
        for &dim in by {
            let vals = values(reg, item, dim);
            keys = keys
                .into_iter()
                .flat_map(|k| {
                    vals.iter().map(move |v| {
                        let mut k = k.clone();
                        k.push(v.clone());
                        k
                    })
                })
                .collect();
        }
        for k in keys {
            *s.counts.entry(k).or_default() += 1;
        }
    }
    s
}

fn figures(s: &Summary, lang: Lang) -> Vec<(String, String)> {
    vec![
        (tr!(lang, "summary-agreements"), s.agreements.to_string()),
        (tr!(lang, "summary-in-force"), s.in_force.to_string()),
        (
            tr!(lang, "summary-expiring", days = EXPIRING_DAYS),
            s.expiring.to_string(),
        ),
        (tr!(lang, "summary-total-value"), rupiah(s.total_value)),
        (
            tr!(lang, "summary-not-counted"),
            tr!(
                lang,
                "summary-not-counted-value",
                drafts = s.drafts,
                withdrawn = s.withdrawn,
                addenda = s.addenda
            ),
        ),
    ]
}

/// The header of a dimension's column for people, in `lang`.
fn dimension_title(dim: Dimension, lang: Lang) -> String {
    match dim {
        Dimension::Year => tr!(lang, "summary-col-year"),
        Dimension::Category => tr!(lang, "summary-col-category"),
        Dimension::Form => tr!(lang, "summary-col-form"),
        Dimension::Document => tr!(lang, "summary-col-document"),
        Dimension::Unit => tr!(lang, "summary-col-unit"),
        Dimension::Status => tr!(lang, "summary-col-status"),
        Dimension::Affair => tr!(lang, "summary-col-affair"),
        Dimension::PartyType => tr!(lang, "summary-col-party-type"),
    }
}

fn bar(count: usize, max: usize) -> String {
    const FULL: usize = 20;
    if count == 0 || max == 0 {
        return String::new();
    }
    let n = (count * FULL).div_ceil(max).max(1);
    "█".repeat(n)
}

/// The summary in `format`; `width` for the table (see [`super::table_width`]). The table and
/// Markdown, for people, are in `lang` (labels, headers, status words); JSON, CSV and TSV, for
/// programs, keep the key names and values (`year,count`).
pub fn render(s: &Summary, format: ReportFormat, width: Option<u16>, lang: Lang) -> Result<String> {
    let mut headers: Vec<&str> = s.by.iter().map(|d| d.name()).collect();
    headers.push("count");
    let rows: Vec<Vec<String>> = s
        .counts
        .iter()
        .map(|(k, n)| {
            let mut r: Vec<String> = k.iter().map(|(_, t)| t.clone()).collect();
            r.push(n.to_string());
            r
        })
        .collect();
    // For people: the headers in words, and a status as a word.
    let mut titles: Vec<String> = s.by.iter().map(|&d| dimension_title(d, lang)).collect();
    titles.push(tr!(lang, "summary-col-count"));
    let people_rows = || -> Vec<Vec<String>> {
        s.counts
            .iter()
            .map(|(k, n)| {
                let mut r: Vec<String> =
                    s.by.iter()
                        .zip(k)
                        .map(|(&dim, (rank, text))| match dim {
                            Dimension::Status => usize::try_from(*rank)
                                .ok()
                                .and_then(|i| Status::ALL.get(i))
                                .map_or_else(|| text.clone(), |st| st.text(lang)),
                            _ => text.clone(),
                        })
                        .collect();
                r.push(n.to_string());
                r
            })
            .collect()
    };
    Ok(match format {
        ReportFormat::Csv => delimited(b',', &headers, &rows)?,
        ReportFormat::Tsv => delimited(b'\t', &headers, &rows)?,
        ReportFormat::Json => {
            let counts: Vec<Value> = s
                .counts
                .iter()
                .map(|(k, n)| {
                    let mut o = serde_json::Map::new();
                    for (dim, (r, t)) in s.by.iter().zip(k) {
                        let v = if *dim == Dimension::Year {
                            json!(r)
                        } else {
                            json!(t)
                        };
                        o.insert(dim.name().into(), v);
                    }
                    o.insert("count".into(), json!(n));
                    Value::Object(o)
                })
                .collect();
            let v = json!({
                "agreements": s.agreements,
                "in_force": s.in_force,
                "expiring_within_90_days": s.expiring,
                // A number: JSON readers keep integers up to 2^53 exact, far above any budget.
                "total_value_idr": u64::try_from(s.total_value).unwrap_or(u64::MAX),
                "not_counted": {
                    "drafts": s.drafts,
                    "withdrawn": s.withdrawn,
                    "addenda": s.addenda,
                },
                "by": s.by.iter().map(|d| d.name()).collect::<Vec<_>>(),
                "counts": counts,
            });
            let mut text = serde_json::to_string_pretty(&v)?;
            text.push('\n');
            text
        }
        ReportFormat::Markdown => {
            let mut out = String::new();
            for (k, v) in figures(s, lang) {
                let _ = writeln!(out, "- {k}: {v}");
            }
            out.push('\n');
            out.push_str(&markdown_table(&titles, &people_rows()));
            out
        }
        ReportFormat::Table => {
            let mut out = String::new();
            let figs = figures(s, lang);
            let pad = figs
                .iter()
                .map(|(k, _)| k.chars().count())
                .max()
                .unwrap_or(0);
            for (k, v) in figs {
                let _ = writeln!(out, "{k:<pad$}  {v}");
            }
            out.push('\n');
            let max = s.counts.values().copied().max().unwrap_or(0);
            let mut heads: Vec<&str> = titles.iter().map(String::as_str).collect();
            heads.push("");
            // No column narrower than its header, so that a header is never broken.
            let chars = |t: &str| u16::try_from(t.chars().count()).unwrap_or(u16::MAX);
            let mut bounds: Vec<(u16, Option<u16>)> = titles[..s.by.len()]
                .iter()
                .map(|t| (chars(t).max(6), None))
                .collect();
            bounds.extend([(chars(&titles[s.by.len()]).max(5), None), (1, None)]);
            let mut table = new_table(&heads, &bounds, width);
            for (r, n) in people_rows().into_iter().zip(s.counts.values()) {
                let mut r = r;
                r.push(bar(*n, max));
                add_row(&mut table, r, width);
            }
            if let Some(col) = table.column_mut(heads.len() - 2) {
                col.set_cell_alignment(comfy_table::CellAlignment::Right);
            }
            let _ = writeln!(out, "{table}");
            out
        }
    })
}
