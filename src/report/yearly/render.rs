//! The yearly report as Markdown, CSV and JSON, and the cells and lines the HTML page shares.

use std::fmt::Write as _;

use anyhow::Result;
use serde_json::{Value, json};

use super::text::{Lang, agreement_date, date, words};
use super::{MissingApproval, Yearly};
use crate::cli::Dimension;
use crate::model::{Choice as _, DateKey};
use crate::report::list::counterparts;
use crate::report::{delimited, markdown_table, rupiah};
use crate::tr;

/// The region as shown: `Kabupaten Sidoarjo (35.15)`.
pub(super) fn region_text(y: &Yearly<'_, '_>, lang: Lang) -> String {
    match &y.region {
        Some((Some(name), Some(code))) => format!("{name} ({code})"),
        Some((Some(name), None)) => name.clone(),
        Some((None, Some(code))) => code.clone(),
        _ => tr!(lang, "report-no-region").to_owned(),
    }
}

/// The git line, when the ledger is in a repository.
pub(super) fn git_text(y: &Yearly<'_, '_>, lang: Lang) -> Option<String> {
    let g = y.git.as_ref()?;
    let mut s = match g.date {
        Some(d) => tr!(
            lang,
            "report-commit-of",
            commit = g.commit,
            date = date(lang, d)
        ),
        None => g.commit.clone(),
    };
    if g.uncommitted {
        let _ = write!(s, " ({})", tr!(lang, "report-uncommitted"));
    }
    Some(s)
}

/// The header lines: (label, value).
pub(super) fn header(y: &Yearly<'_, '_>, lang: Lang) -> Vec<(String, String)> {
    let mut lines = vec![
        (tr!(lang, "report-region"), region_text(y, lang)),
        (tr!(lang, "report-year"), y.year.to_string()),
    ];
    if let Some(g) = git_text(y, lang) {
        lines.push((tr!(lang, "report-ledger-version"), g));
    }
    lines.push((tr!(lang, "report-made-on"), date(lang, y.today())));
    lines
}

/// The key figures: (stable key, label, value as shown).
pub(super) fn figures(y: &Yearly<'_, '_>, lang: Lang) -> Vec<(&'static str, String, String)> {
    let f = &y.figures;
    let year = y.year.to_string();
    let (next_from, next_to) = y.next_year();
    vec![
        (
            "signed",
            tr!(lang, "report-fig-signed", year = year),
            f.signed.to_string(),
        ),
        (
            "in_force",
            tr!(lang, "report-fig-in-force", year = year),
            f.in_force.to_string(),
        ),
        (
            "ended",
            tr!(lang, "report-fig-ended", year = year),
            f.ended.to_string(),
        ),
        (
            "ending_next_12_months",
            tr!(
                lang,
                "report-fig-ending",
                from = date(lang, next_from),
                to = date(lang, next_to)
            ),
            f.ending_next.to_string(),
        ),
        (
            "total_value_idr",
            tr!(lang, "report-fig-value", year = year),
            rupiah(f.total_value),
        ),
        (
            "addenda_signed",
            tr!(lang, "report-fig-addenda", year = year),
            f.addenda.to_string(),
        ),
    ]
}

/// The headers of the table of agreements signed in the year.
pub(super) fn signed_headers(lang: Lang) -> Vec<String> {
    vec![
        tr!(lang, "report-col-id"),
        tr!(lang, "report-col-number"),
        tr!(lang, "report-col-date"),
        tr!(lang, "report-col-title"),
        tr!(lang, "report-col-counterparts"),
        tr!(lang, "report-col-category"),
        tr!(lang, "report-col-form"),
        tr!(lang, "report-col-term"),
    ]
}

/// The term as shown: `1 Februari 2018 s.d. 31 Desember 2020; diakhiri 1 Oktober 2018`.
pub(super) fn term(y: &Yearly<'_, '_>, i: usize, lang: Lang) -> String {
    let item = &y.reg.items[i];
    let a = item.agreement;
    let start = a
        .start
        .as_ref()
        .map(|s| agreement_date(lang, s.value, a.year_only(DateKey::Start)));
    let own_end = a.end.as_ref().map(|e| e.value);
    let end = item.effective_end.map(|e| {
        let year_only = own_end == Some(e) && a.year_only(DateKey::End);
        agreement_date(lang, e, year_only)
    });
    let mut s = match (start, end) {
        (Some(s), Some(e)) => tr!(lang, "report-term-range", from = s, to = e),
        (Some(s), None) => tr!(lang, "report-term-open", from = s),
        (None, Some(e)) => tr!(lang, "report-term-range", from = "-", to = e),
        (None, None) => "-".to_owned(),
    };
    if let Some(term) = &a.termination {
        let _ = write!(
            s,
            "; {}",
            tr!(
                lang,
                "report-term-terminated",
                date = date(lang, term.date.value)
            )
        );
    }
    s
}

/// The cells of one agreement signed in the year.
pub(super) fn signed_cells(y: &Yearly<'_, '_>, i: usize, lang: Lang) -> Vec<String> {
    let item = &y.reg.items[i];
    let a = item.agreement;
    vec![
        a.id.value.clone(),
        a.number
            .as_ref()
            .map_or_else(|| "-".to_owned(), |n| n.value.clone()),
        a.signed.as_ref().map_or_else(String::new, |s| {
            agreement_date(lang, s.value, a.year_only(DateKey::Signed))
        }),
        a.title.value.clone(),
        counterparts(y.reg, item),
        a.category.as_str().to_owned(),
        words(a.form.as_str()),
        term(y, i, lang),
    ]
}

/// The heading of a count table.
pub(super) fn dimension_title(dim: Dimension, lang: Lang) -> String {
    match dim {
        Dimension::Category => tr!(lang, "report-by-category"),
        Dimension::Form => tr!(lang, "report-by-form"),
        Dimension::PartyType => tr!(lang, "report-by-party-type"),
        Dimension::Unit => tr!(lang, "report-by-unit"),
        Dimension::Affair => tr!(lang, "report-by-affair"),
        _ => tr!(lang, "report-counts"),
    }
}

/// The column header of a count table.
pub(super) fn dimension_column(dim: Dimension, lang: Lang) -> String {
    match dim {
        Dimension::Category => tr!(lang, "report-col-category"),
        Dimension::Form => tr!(lang, "report-col-form"),
        Dimension::PartyType => tr!(lang, "report-col-party-type"),
        Dimension::Unit => tr!(lang, "report-col-unit"),
        Dimension::Affair => tr!(lang, "report-col-affair"),
        _ => tr!(lang, "report-col-count"),
    }
}

/// A group value as shown: enum values as words, categories and units as they are.
pub(super) fn group_text(dim: Dimension, value: &str) -> String {
    match dim {
        Dimension::Form | Dimension::PartyType | Dimension::Affair => words(value),
        _ => value.to_owned(),
    }
}

/// What an approval rule says is missing.
pub(super) fn missing_text(m: &MissingApproval, lang: Lang) -> String {
    let what = if m.rule == "central-approval-missing" {
        tr!(lang, "report-missing-central")
    } else {
        tr!(lang, "report-missing-dprd")
    };
    format!("{what} ({})", m.rule)
}

/// The headers and rows of the approvals list.
pub(super) fn approvals_table(y: &Yearly<'_, '_>, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let headers = vec![
        tr!(lang, "report-col-id"),
        tr!(lang, "report-col-title"),
        tr!(lang, "report-col-missing"),
    ];
    let rows = y
        .approvals_missing
        .iter()
        .map(|m| {
            let a = y.reg.items[m.item].agreement;
            vec![
                a.id.value.clone(),
                a.title.value.clone(),
                missing_text(m, lang),
            ]
        })
        .collect();
    (headers, rows)
}

/// The headers and rows of the "ending within 90 days" list.
pub(super) fn ending_table(y: &Yearly<'_, '_>, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let headers = vec![
        tr!(lang, "report-col-id"),
        tr!(lang, "report-col-title"),
        tr!(lang, "report-col-counterparts"),
        tr!(lang, "report-col-end"),
        tr!(lang, "report-col-days"),
    ];
    let rows = y
        .ending_soon
        .iter()
        .map(|&i| {
            let item = &y.reg.items[i];
            vec![
                item.agreement.id.value.clone(),
                item.agreement.title.value.clone(),
                counterparts(y.reg, item),
                item.effective_end
                    .map(|e| date(lang, e))
                    .unwrap_or_default(),
                y.days_left(i).map(|d| d.to_string()).unwrap_or_default(),
            ]
        })
        .collect();
    (headers, rows)
}

/// A proportional bar of at most 20 blocks (at least one for a count above zero).
fn bar(count: usize, max: usize) -> String {
    const FULL: usize = 20;
    if count == 0 || max == 0 {
        return String::new();
    }
    "█".repeat((count * FULL).div_ceil(max).max(1))
}

/// The Markdown document.
pub(super) fn markdown(y: &Yearly<'_, '_>, lang: Lang) -> String {
    let mut out = String::new();
    let year = y.year.to_string();
    let _ = writeln!(out, "# {}\n", tr!(lang, "report-title", year = year));
    for (label, value) in header(y, lang) {
        let _ = writeln!(out, "- {label}: {value}");
    }

    let _ = writeln!(out, "\n## {}\n", tr!(lang, "report-figures"));
    let rows: Vec<Vec<String>> = figures(y, lang)
        .into_iter()
        .map(|(_, label, value)| vec![label, value])
        .collect();
    out.push_str(&markdown_table(
        &[tr!(lang, "report-figure"), tr!(lang, "report-value")],
        &rows,
    ));
    let _ = writeln!(out, "\n{}", tr!(lang, "report-counting-rule"));

    let _ = writeln!(
        out,
        "\n## {}\n",
        tr!(lang, "report-signed-table", year = year)
    );
    if y.signed.is_empty() {
        let _ = writeln!(out, "{}", tr!(lang, "report-none-signed", year = year));
    } else {
        let rows: Vec<Vec<String>> = y.signed.iter().map(|&i| signed_cells(y, i, lang)).collect();
        out.push_str(&markdown_table(&signed_headers(lang), &rows));
    }

    let _ = writeln!(out, "\n## {}", tr!(lang, "report-counts"));
    for (dim, counts) in &y.counts {
        let _ = writeln!(out, "\n### {}\n", dimension_title(*dim, lang));
        if counts.is_empty() {
            let _ = writeln!(out, "{}", tr!(lang, "report-no-counts"));
            continue;
        }
        let rows: Vec<Vec<String>> = counts
            .iter()
            .map(|(v, n)| vec![group_text(*dim, v), n.to_string()])
            .collect();
        out.push_str(&markdown_table(
            &[dimension_column(*dim, lang), tr!(lang, "report-col-count")],
            &rows,
        ));
    }
    let _ = writeln!(out, "\n{}", tr!(lang, "report-counts-note"));

    let _ = writeln!(out, "\n## {}\n", tr!(lang, "report-trend"));
    let first = y.trend.first().map_or(y.year, |(yr, _)| *yr);
    let _ = writeln!(
        out,
        "{}\n",
        tr!(
            lang,
            "report-trend-caption",
            from = first.to_string(),
            to = y.year.to_string()
        )
    );
    let max = y.trend.iter().map(|(_, n)| *n).max().unwrap_or(0);
    let rows: Vec<Vec<String>> = y
        .trend
        .iter()
        .map(|(yr, n)| vec![yr.to_string(), n.to_string(), bar(*n, max)])
        .collect();
    out.push_str(&markdown_table(
        &[
            tr!(lang, "report-col-year"),
            tr!(lang, "report-col-count"),
            String::new(),
        ],
        &rows,
    ));

    let _ = writeln!(out, "\n## {}\n", tr!(lang, "report-attention"));
    let _ = writeln!(
        out,
        "{}",
        tr!(lang, "report-as-of", date = date(lang, y.today()))
    );
    let lists = [
        (
            tr!(lang, "report-approvals-missing"),
            approvals_table(y, lang),
        ),
        (tr!(lang, "report-ending-soon"), ending_table(y, lang)),
    ];
    for (title, (headers, rows)) in lists {
        let _ = writeln!(out, "\n### {title}\n");
        if rows.is_empty() {
            let _ = writeln!(out, "{}", tr!(lang, "report-none"));
        } else {
            out.push_str(&markdown_table(&headers, &rows));
        }
    }
    let _ = writeln!(out, "\n### {}\n", tr!(lang, "report-findings"));
    let _ = writeln!(
        out,
        "{}",
        tr!(
            lang,
            "report-findings-text",
            errors = y.errors,
            warnings = y.warnings
        )
    );
    let _ = writeln!(out, "\n---\n\n{}", tr!(lang, "report-made-with"));
    out
}

/// The figures and counts as rows of `section,key,label,value` (no list of agreements: that is
/// `kerjasama list --year YEAR --format csv`).
pub(super) fn csv(y: &Yearly<'_, '_>, lang: Lang) -> Result<String> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row = |section: &str, key: &str, label: String, value: String| {
        rows.push(vec![section.into(), key.into(), label, value]);
    };
    row(
        "report",
        "region",
        tr!(lang, "report-region"),
        region_text(y, lang),
    );
    row(
        "report",
        "year",
        tr!(lang, "report-year"),
        y.year.to_string(),
    );
    if let Some(g) = &y.git {
        row(
            "report",
            "commit",
            tr!(lang, "report-ledger-version"),
            g.commit.clone(),
        );
        if let Some(d) = g.date {
            row(
                "report",
                "commit_date",
                tr!(lang, "report-ledger-version"),
                d.to_string(),
            );
        }
        row(
            "report",
            "uncommitted_changes",
            tr!(lang, "report-uncommitted"),
            g.uncommitted.to_string(),
        );
    }
    row(
        "report",
        "made_on",
        tr!(lang, "report-made-on"),
        y.today().to_string(),
    );
    for (key, label, value) in figures(y, lang) {
        let value = if key == "total_value_idr" {
            y.figures.total_value.to_string()
        } else {
            value
        };
        row("figure", key, label, value);
    }
    for (dim, counts) in &y.counts {
        for (v, n) in counts {
            row(dim.name(), v, group_text(*dim, v), n.to_string());
        }
    }
    for (yr, n) in &y.trend {
        let yr = yr.to_string();
        row("trend", &yr, yr.clone(), n.to_string());
    }
    row(
        "attention",
        "approvals_missing",
        tr!(lang, "report-approvals-missing"),
        y.approvals_missing.len().to_string(),
    );
    row(
        "attention",
        "ending_within_90_days",
        tr!(lang, "report-ending-soon"),
        y.ending_soon.len().to_string(),
    );
    row(
        "attention",
        "errors",
        tr!(lang, "report-errors"),
        y.errors.to_string(),
    );
    row(
        "attention",
        "warnings",
        tr!(lang, "report-warnings"),
        y.warnings.to_string(),
    );
    delimited(b',', &["section", "key", "label", "value"], &rows)
}

/// One JSON object; its keys and values do not depend on `--lang` (dates as `YYYY-MM-DD`).
pub(super) fn json(y: &Yearly<'_, '_>) -> Result<String> {
    let brief = |i: usize| {
        let item = &y.reg.items[i];
        let a = item.agreement;
        json!({
            "id": a.id.value,
            "path": item.path,
            "title": a.title.value,
            "counterparts": y.reg.counterparts(a).map(|p| p.name.value.as_str()).collect::<Vec<_>>(),
            "effective_end": item.effective_end.map(|e| e.to_string()),
        })
    };
    let signed: Vec<Value> = y
        .signed
        .iter()
        .map(|&i| {
            let item = &y.reg.items[i];
            let a = item.agreement;
            json!({
                "id": a.id.value,
                "path": item.path,
                "number": a.number.as_ref().map(|n| n.value.as_str()),
                "signed": a.signed.as_ref().map(|s| s.value.to_string()),
                "title": a.title.value,
                "counterparts": y.reg.counterparts(a).map(|p| p.name.value.as_str()).collect::<Vec<_>>(),
                "category": a.category.as_str(),
                "form": a.form.as_str(),
                "document": a.document.as_str(),
                "start": a.start.as_ref().map(|s| s.value.to_string()),
                "effective_end": item.effective_end.map(|e| e.to_string()),
                "terminated": a.termination.as_ref().map(|t| t.date.value.to_string()),
                "value_idr": a.value_idr.as_ref().map(|v| v.value),
                "status": item.status.as_str(),
            })
        })
        .collect();
    let mut counts = serde_json::Map::new();
    for (dim, rows) in &y.counts {
        let rows: Vec<Value> = rows
            .iter()
            .map(|(v, n)| json!({"value": v, "count": n}))
            .collect();
        counts.insert(dim.name().to_owned(), Value::Array(rows));
    }
    let f = &y.figures;
    let (next_from, next_to) = y.next_year();
    let v = json!({
        "version": 1,
        "year": y.year,
        "today": y.today().to_string(),
        "region": y.region.as_ref().map(|(name, code)| json!({"name": name, "code": code})),
        "ledger": y.git.as_ref().map(|g| json!({
            "commit": g.commit,
            "date": g.date.map(|d| d.to_string()),
            "uncommitted_changes": g.uncommitted,
        })),
        "figures": {
            "signed": f.signed,
            "in_force": f.in_force,
            "ended": f.ended,
            "ending_next_12_months": f.ending_next,
            "ending_next_12_months_from": next_from.to_string(),
            "ending_next_12_months_to": next_to.to_string(),
            "total_value_idr": u64::try_from(f.total_value).unwrap_or(u64::MAX),
            "addenda_signed": f.addenda,
        },
        "signed": signed,
        "counts": counts,
        "trend": y.trend.iter().map(|(yr, n)| json!({"year": yr, "count": n})).collect::<Vec<_>>(),
        "attention": {
            "approvals_missing": y.approvals_missing.iter().map(|m| {
                let mut b = brief(m.item);
                b["rule"] = json!(m.rule);
                b
            }).collect::<Vec<_>>(),
            "ending_within_90_days": y.ending_soon.iter().map(|&i| {
                let mut b = brief(i);
                b["days_left"] = json!(y.days_left(i));
                b
            }).collect::<Vec<_>>(),
            "errors": y.errors,
            "warnings": y.warnings,
        },
    });
    let mut text = serde_json::to_string_pretty(&v)?;
    text.push('\n');
    Ok(text)
}
