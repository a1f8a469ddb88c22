//! `kerjasama list`: one row per agreement.

use anyhow::Result;
use rayon::prelude::*;
use serde::Serialize;

use super::{Column, add_row, date_text, delimited, fit_columns, markdown_table, new_table};
use crate::cli::ReportFormat;
use crate::i18n::Lang;
use crate::model::{Agreement, Choice as _, DateKey};
use crate::status::{Item, Register, Status};
use crate::tr;

/// The columns of the table, the less needed with a higher `drop`. Their `header` is the key
/// name that CSV and TSV use; the table and Markdown show [`titles`].
const COLUMNS: [Column; 9] = [
    Column {
        header: "id",
        min: 11,
        max: None,
        drop: 0,
    },
    Column {
        header: "signed",
        min: 10,
        max: None,
        drop: 1,
    },
    Column {
        header: "category",
        min: 8,
        max: None,
        drop: 5,
    },
    Column {
        header: "form",
        min: 8,
        max: Some(20),
        drop: 7,
    },
    Column {
        header: "document",
        min: 8,
        max: None,
        drop: 4,
    },
    Column {
        header: "title",
        min: 12,
        max: None,
        drop: 0,
    },
    Column {
        header: "counterparts",
        min: 12,
        max: Some(40),
        drop: 3,
    },
    Column {
        header: "unit",
        min: 8,
        max: Some(30),
        drop: 6,
    },
    Column {
        header: "status",
        min: 10,
        max: None,
        drop: 2,
    },
];

/// The headers of [`COLUMNS`] for people, in `lang`.
fn titles(lang: Lang) -> [String; 9] {
    [
        tr!(lang, "list-col-id"),
        tr!(lang, "list-col-signed"),
        tr!(lang, "list-col-category"),
        tr!(lang, "list-col-form"),
        tr!(lang, "list-col-document"),
        tr!(lang, "list-col-title"),
        tr!(lang, "list-col-counterparts"),
        tr!(lang, "list-col-unit"),
        tr!(lang, "list-col-status"),
    ]
}

/// [`COLUMNS`] for the table in `lang`: none narrower than its header, and the status column
/// as wide as its widest word, so that neither is cut.
fn fitted(titles: &[String; 9], lang: Lang) -> [Column; 9] {
    let chars = |s: &str| u16::try_from(s.chars().count()).unwrap_or(u16::MAX);
    let widest_status = Status::ALL
        .iter()
        .map(|s| chars(&s.text(lang)))
        .max()
        .unwrap_or(0);
    let mut columns = COLUMNS;
    for (c, title) in columns.iter_mut().zip(titles) {
        c.min = c.min.max(chars(title));
        if c.header == "status" {
            c.min = c.min.max(widest_status);
        }
    }
    columns
}

/// The extra columns of CSV and TSV, for spreadsheets.
const EXTRA: &[&str] = &["start", "effective_end", "value_idr", "number", "path"];

/// The counterparts' names, joined.
pub fn counterparts(reg: &Register<'_>, item: &Item<'_>) -> String {
    reg.counterparts(item.agreement)
        .map(|p| p.name.value.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The cells of [`COLUMNS`]; the status as its value (`Some(lang)`: as a word in `lang`).
fn cells(reg: &Register<'_>, item: &Item<'_>, lang: Option<Lang>) -> Vec<String> {
    let a = item.agreement;
    vec![
        a.id.value.clone(),
        a.signed
            .as_ref()
            .map(|s| date_text(a, DateKey::Signed, s.value))
            .unwrap_or_default(),
        a.category.as_str().to_owned(),
        a.form.as_str().to_owned(),
        a.document.as_str().to_owned(),
        a.title.value.clone(),
        counterparts(reg, item),
        a.unit.value.clone(),
        lang.map_or_else(|| item.status.as_str().to_owned(), |l| item.status.text(l)),
    ]
}

fn extra_cells(item: &Item<'_>) -> Vec<String> {
    let a = item.agreement;
    vec![
        a.start
            .as_ref()
            .map(|s| date_text(a, DateKey::Start, s.value))
            .unwrap_or_default(),
        item.effective_end
            .map(|e| e.to_string())
            .unwrap_or_default(),
        a.value_idr
            .as_ref()
            .map(|v| v.value.to_string())
            .unwrap_or_default(),
        a.number
            .as_ref()
            .map(|n| n.value.clone())
            .unwrap_or_default(),
        item.path.to_owned(),
    ]
}

/// One agreement in the JSON of FORMAT.md section 6: every stored key as in the file, plus
/// `path`, `status` and `year` (null for a draft). Serialised straight to the output, without
/// an intermediate `serde_json::Value`, so that 100,000 agreements stay cheap.
#[derive(Debug, Serialize)]
pub struct JsonItem<'a> {
    #[serde(flatten)]
    agreement: &'a Agreement,
    path: &'a str,
    status: Status,
    year: Option<i32>,
}

impl<'a> JsonItem<'a> {
    pub fn new(item: &Item<'a>) -> Self {
        Self {
            agreement: item.agreement,
            path: item.path,
            status: item.status,
            year: item.year,
        }
    }
}

/// The JSON object of one agreement, as a value (for `show`, which adds to it).
pub fn json_value(item: &Item<'_>) -> serde_json::Value {
    serde_json::to_value(JsonItem::new(item)).unwrap_or_default()
}

/// The selected items as a lazily serialised JSON array.
struct JsonRows<'r, 'a>(&'r Register<'a>, &'r [usize]);

impl Serialize for JsonRows<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.1.iter().map(|&i| JsonItem::new(&self.0.items[i])))
    }
}

/// `serde_json::to_string_pretty` of the selected items, and a line end, serialised in
/// parallel: each run of items is serialised as an array of its own (`[\n  {..},\n  {..}\n]`),
/// whose inside is exactly that part of the whole array.
fn json_array(reg: &Register<'_>, selected: &[usize]) -> Result<String> {
    if selected.is_empty() {
        return Ok("[]\n".into());
    }
    let mut out = String::from("[");
    // A batch at a time, so that the parts never hold much more than the output itself.
    for batch in selected.chunks(8192) {
        let parts = batch
            .par_chunks(256)
            .map(|run| serde_json::to_string_pretty(&JsonRows(reg, run)))
            .collect::<Result<Vec<String>, _>>()?;
        for part in parts {
            if out.len() > 1 {
                out.push(',');
            }
            out.push_str(&part[1..part.len() - 2]);
        }
    }
    out.push_str("\n]\n");
    Ok(out)
}

/// The selected items (in their order) in `format`; `width` for the table (see
/// [`super::table_width`]). The table and Markdown, for people, are in `lang` (headers and
/// status); JSON, CSV and TSV, for programs, keep the key names and values of FORMAT.md.
pub fn render(
    reg: &Register<'_>,
    selected: &[usize],
    format: ReportFormat,
    width: Option<u16>,
    lang: Lang,
) -> Result<String> {
    let items = selected.iter().map(|&i| &reg.items[i]);
    let headers: Vec<&str> = COLUMNS.iter().map(|c| c.header).collect();
    Ok(match format {
        ReportFormat::Json => json_array(reg, selected)?,
        ReportFormat::Csv | ReportFormat::Tsv => {
            let mut all = headers.clone();
            all.extend_from_slice(EXTRA);
            let rows: Vec<Vec<String>> = items
                .map(|it| {
                    let mut r = cells(reg, it, None);
                    r.extend(extra_cells(it));
                    r
                })
                .collect();
            let delimiter = if format == ReportFormat::Csv {
                b','
            } else {
                b'\t'
            };
            delimited(delimiter, &all, &rows)?
        }
        ReportFormat::Markdown => {
            let rows: Vec<Vec<String>> = items.map(|it| cells(reg, it, Some(lang))).collect();
            markdown_table(&titles(lang), &rows)
        }
        ReportFormat::Table => {
            let titles = titles(lang);
            let columns = fitted(&titles, lang);
            let kept = fit_columns(&columns, width);
            let heads: Vec<&str> = kept.iter().map(|&c| titles[c].as_str()).collect();
            let bounds: Vec<(u16, Option<u16>)> = kept
                .iter()
                .map(|&c| (columns[c].min, columns[c].max))
                .collect();
            let mut table = new_table(&heads, &bounds, width);
            for it in items {
                let all = cells(reg, it, Some(lang));
                add_row(
                    &mut table,
                    kept.iter().map(|&c| all[c].clone()).collect(),
                    width,
                );
            }
            format!("{table}\n")
        }
    })
}
