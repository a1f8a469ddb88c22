//! The office's views of the register: `list`, `show` and `summary`, each rendered as a table,
//! JSON, CSV, TSV or Markdown, and the yearly `report` (Markdown, HTML, CSV, JSON). Renderers
//! return text; the commands write it.

pub mod list;
pub mod show;
pub mod summary;
pub mod yearly;

use std::collections::BTreeSet;

use chrono::{Datelike as _, NaiveDate};
use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};

use crate::diagnostic::Severity;
use crate::i18n::Lang;
use crate::ledger::Ledger;
use crate::model::{Agreement, DateKey};
use crate::rules::{self, Scope};
use crate::tr;

/// `Rp1.500.000.000`: rupiah with the Indonesian digit grouping (a dot every three digits).
pub fn rupiah(value: u128) -> String {
    let digits = value.to_string();
    let mut out = String::from("Rp");
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A date of the agreement as shown: the year alone when `year_only` names it.
pub fn date_text(a: &Agreement, key: DateKey, date: NaiveDate) -> String {
    if a.year_only(key) {
        date.year().to_string()
    } else {
        date.to_string()
    }
}

/// The width a table must fit, when there is one: `COLUMNS` when it is a positive number, else
/// the terminal's when stdout is a terminal. `None` (stdout is not a terminal and `COLUMNS` is
/// unset): no limit, every row printed whole, so that a saved or piped list loses nothing.
pub fn table_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|s| s.trim().parse::<u16>().ok())
        .filter(|&w| w > 0)
        .or_else(|| Table::new().width())
}

/// One column of a fitted table.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub header: &'static str,
    /// The narrowest it may be made (longer content is cut with an ellipsis).
    pub min: u16,
    /// The widest it may be made, leaving the rest to the columns without a `max`.
    pub max: Option<u16>,
    /// Columns with a higher `drop` are dropped first when the width is too small; 0 never.
    pub drop: u8,
}

/// Width taken by the borders and padding of a table of `n` columns in [`new_table`]'s style.
fn overhead(n: usize) -> u16 {
    u16::try_from(3 * n + 1).unwrap_or(u16::MAX)
}

/// The columns (indices into `columns`) that fit `width`: the less needed dropped first.
pub fn fit_columns(columns: &[Column], width: Option<u16>) -> Vec<usize> {
    let mut kept: Vec<usize> = (0..columns.len()).collect();
    let Some(width) = width else {
        return kept;
    };
    let need = |kept: &[usize]| -> u16 {
        kept.iter().map(|&i| columns[i].min).sum::<u16>() + overhead(kept.len())
    };
    while need(&kept) > width {
        let Some(pos) = kept
            .iter()
            .enumerate()
            .filter(|(_, i)| columns[**i].drop > 0)
            .max_by_key(|(p, i)| (columns[**i].drop, *p))
            .map(|(p, _)| p)
        else {
            break;
        };
        kept.remove(pos);
    }
    kept
}

/// A table in the style of the tool, fitted to `width` (see [`table_width`]): cells are kept
/// to one line and cut with an ellipsis; without a width, only cells longer than
/// [`MAX_CELL_CHARS`] are cut.
pub fn new_table(headers: &[&str], bounds: &[(u16, Option<u16>)], width: Option<u16>) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_truncation_indicator("…")
        .set_header(headers.to_vec());
    match width {
        Some(w) => {
            table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(w)
                // comfy-table's boundaries include the padding of one space each side.
                .set_constraints(bounds.iter().map(|&(min, max)| match max {
                    Some(max) => ColumnConstraint::Boundaries {
                        lower: Width::Fixed(min + 2),
                        upper: Width::Fixed(max + 2),
                    },
                    None => ColumnConstraint::LowerBoundary(Width::Fixed(min + 2)),
                }));
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    table
}

/// The most characters a table cell shows; longer text is cut with an ellipsis, with or
/// without a width. comfy-table counts widths in `u16`: a cell of tens of thousands of
/// characters (the counterparts of a file listing 100,000 parties) overflows it, and the
/// table then takes minutes or panics. CSV, TSV, Markdown and JSON keep the whole text.
pub const MAX_CELL_CHARS: usize = 1_000;

/// Adds a row kept to one line (cells cut at [`MAX_CELL_CHARS`]).
pub fn add_row(table: &mut Table, mut cells: Vec<String>, width: Option<u16>) {
    for cell in &mut cells {
        if let Some((cut, _)) = cell.char_indices().nth(MAX_CELL_CHARS) {
            cell.truncate(cut);
            cell.push('…');
        }
    }
    let mut row = comfy_table::Row::from(cells);
    if width.is_some() {
        row.max_height(1);
    }
    table.add_row(row);
}

/// A cell of a Markdown table: pipes escaped, line breaks as spaces.
pub fn markdown_cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
}

/// A Markdown table.
pub fn markdown_table(headers: &[impl AsRef<str>], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    let line = |cells: &mut dyn Iterator<Item = String>| {
        let cells: Vec<String> = cells.collect();
        format!("| {} |\n", cells.join(" | "))
    };
    out.push_str(&line(
        &mut headers.iter().map(|h| markdown_cell(h.as_ref())),
    ));
    out.push_str(&line(&mut headers.iter().map(|_| "---".to_owned())));
    for r in rows {
        out.push_str(&line(&mut r.iter().map(|c| markdown_cell(c))));
    }
    out
}

/// CSV or TSV text of a header and rows, lines ending in LF. CSV quotes a value only when it must
/// (RFC 4180: a comma, a quote or a line break). TSV never quotes: a tab or a line break inside a
/// value becomes a space, so that every line splits on tabs (`cut -f`).
pub fn delimited(
    delimiter: u8,
    headers: &[impl AsRef<str>],
    rows: &[Vec<String>],
) -> anyhow::Result<String> {
    let tsv = delimiter == b'\t';
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::Any(b'\n'))
        .quote_style(if tsv {
            csv::QuoteStyle::Never
        } else {
            csv::QuoteStyle::Necessary
        })
        .from_writer(Vec::new());
    let clean = |s: &str| {
        if tsv {
            s.replace(['\t', '\r', '\n'], " ")
        } else {
            s.to_owned()
        }
    };
    w.write_record(headers.iter().map(|h| clean(h.as_ref())))?;
    for r in rows {
        w.write_record(r.iter().map(|c| clean(c)))?;
    }
    let bytes = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(String::from_utf8(bytes)?)
}

/// The one line for stderr when the views do not cover the whole ledger: how many files were
/// left out (unreadable, or not agreement files) and how many of the rest have findings at error
/// level, found by one run of the rules. `None` on a ledger without errors.
pub fn ledger_note(ledger: &Ledger, today: NaiveDate, lang: Lang) -> Option<String> {
    let unread: BTreeSet<&str> = ledger
        .entries
        .iter()
        .filter(|e| e.agreement.is_none())
        .map(|e| e.source.path.as_str())
        .chain(ledger.stray.iter().map(|f| f.location.file.as_str()))
        .collect();
    let left = unread.len();
    let report = rules::check(ledger, today, &Scope::All, lang);
    let errors = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && !unread.contains(d.file.as_str()))
        .map(|d| d.file.as_str())
        .collect::<BTreeSet<_>>()
        .len();
    let text = match (left, errors) {
        (0, 0) => return None,
        (_, 0) => tr!(lang, "ledger-note-left-out", left = left),
        (0, _) => tr!(lang, "ledger-note-with-errors", errors = errors),
        _ => tr!(lang, "ledger-note-both", left = left, errors = errors),
    };
    Some(format!("kerjasama: {text}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rupiah_groups_by_three_with_dots() {
        assert_eq!(rupiah(0), "Rp0");
        assert_eq!(rupiah(999), "Rp999");
        assert_eq!(rupiah(1000), "Rp1.000");
        assert_eq!(rupiah(1_500_000_000), "Rp1.500.000.000");
        assert_eq!(rupiah(12_345_678), "Rp12.345.678");
    }

    #[test]
    fn narrow_widths_drop_the_less_needed_columns() {
        let cols = [
            Column {
                header: "id",
                min: 11,
                max: None,
                drop: 0,
            },
            Column {
                header: "form",
                min: 10,
                max: None,
                drop: 2,
            },
            Column {
                header: "title",
                min: 10,
                max: None,
                drop: 1,
            },
        ];
        assert_eq!(fit_columns(&cols, None), [0, 1, 2]);
        assert_eq!(fit_columns(&cols, Some(200)), [0, 1, 2]);
        assert_eq!(fit_columns(&cols, Some(30)), [0, 2]);
        assert_eq!(fit_columns(&cols, Some(10)), [0]);
    }
}
