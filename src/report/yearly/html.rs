//! The yearly report as one self-contained HTML page: inline CSS, the chart as inline SVG, no
//! script and no external request (a Content-Security-Policy forbids them). Printable on A4,
//! readable on a phone (the wide tables scroll sideways on a narrow screen).

use std::fmt::Write as _;

use anyhow::Result;

use super::Yearly;
use super::chart::trend_svg;
use super::render::{
    approvals_table, dimension_column, dimension_title, ending_table, figures, group_text, header,
    signed_cells, signed_headers,
};
use super::text::{Lang, date};
use crate::tr;

const STYLE: &str = r#"*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;color:#222;background:#fff;line-height:1.45;font-size:16px}
main{max-width:62rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.6rem;margin:0 0 .75rem;line-height:1.25}
h2{font-size:1.25rem;margin:2rem 0 .75rem;border-bottom:2px solid #1f5f8b;padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0;overflow-wrap:anywhere}
ul.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.75rem;margin:0;padding:0;list-style:none}
ul.figures li{border:1px solid #c8d0d8;border-radius:6px;padding:.6rem .75rem}
ul.figures .fig{display:block;font-size:1.3rem;font-weight:700;color:#1f5f8b;font-variant-numeric:tabular-nums;white-space:nowrap}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
thead{display:table-header-group}
th,td{border:1px solid #c8d0d8;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef3f7}
.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.nowrap{white-space:nowrap}
.counts{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:0 1.5rem}
figure.chart{margin:0 0 1rem}
figure.chart svg{display:block;width:100%;max-width:720px;height:auto}
figcaption,.note{color:#555;font-size:.9rem}
footer{margin-top:2.5rem;color:#666;font-size:.85rem;border-top:1px solid #c8d0d8;padding-top:.5rem}
@media (max-width:40rem){body{font-size:15px}main{padding:1rem .75rem 2rem}dl.meta{grid-template-columns:1fr}dl.meta dd{margin-bottom:.4rem}
table.stack thead{display:none}table.stack tr{display:block;border:1px solid #c8d0d8;border-radius:6px;margin-bottom:.75rem}table.stack td{display:grid;grid-template-columns:7.5rem 1fr;gap:.5rem;border:0;border-bottom:1px solid #eef0f2;text-align:left;white-space:normal}table.stack td:last-child{border-bottom:0}table.stack td::before{content:attr(data-label);font-weight:600}}
@page{size:A4;margin:15mm 12mm}
@media print{body{font-size:10pt}main{max-width:none;padding:0}h2,h3{break-after:avoid}tr,figure,ul.figures li,.counts table{break-inside:avoid}.scroll{overflow:visible}th{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"#;

/// Text for HTML: `&`, `<`, `>` and quotes escaped.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// How a table's columns are shown.
#[derive(Default)]
struct Layout<'l> {
    /// Right-aligned.
    numeric: &'l [usize],
    /// Kept on one line.
    nowrap: &'l [usize],
    /// On a narrow screen, each row becomes a block of labelled lines.
    stack: bool,
}

/// A table in `layout`.
fn table(out: &mut String, headers: &[impl AsRef<str>], rows: &[Vec<String>], layout: &Layout<'_>) {
    let class = |i: usize| {
        if layout.numeric.contains(&i) {
            " class=\"n\""
        } else if layout.nowrap.contains(&i) {
            " class=\"nowrap\""
        } else {
            ""
        }
    };
    let _ = write!(
        out,
        "<div class=\"scroll\"><table{}>\n<thead><tr>",
        if layout.stack { " class=\"stack\"" } else { "" }
    );
    for (i, h) in headers.iter().enumerate() {
        let _ = write!(out, "<th{}>{}</th>", class(i), esc(h.as_ref()));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        out.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            if layout.stack {
                let label = headers.get(i).map_or("", AsRef::as_ref);
                let _ = write!(
                    out,
                    "<td{} data-label=\"{}\">{}</td>",
                    class(i),
                    esc(label),
                    esc(c)
                );
            } else {
                let _ = write!(out, "<td{}>{}</td>", class(i), esc(c));
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table></div>\n");
}

/// The HTML page.
pub(super) fn page(y: &Yearly<'_, '_>, lang: Lang) -> Result<String> {
    let year = y.year.to_string();
    let title = tr!(lang, "report-title", year = year);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'\">\n<meta name=\"generator\" content=\"kerjasama report\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n",
        lang.code(),
        esc(&format!(
            "{title} · {}",
            super::render::region_text(y, lang)
        ))
    );

    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<dl class=\"meta\">\n",
        esc(&title)
    );
    for (label, value) in header(y, lang) {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", esc(&label), esc(&value));
    }
    out.push_str("</dl>\n</header>\n");

    let _ = write!(
        out,
        "<section id=\"figures\">\n<h2>{}</h2>\n<ul class=\"figures\">\n",
        esc(&tr!(lang, "report-figures"))
    );
    for (key, label, value) in figures(y, lang) {
        let _ = writeln!(
            out,
            "<li id=\"figure-{}\"><span class=\"fig\">{}</span>{}</li>",
            key.replace('_', "-"),
            esc(&value),
            esc(&label)
        );
    }
    let _ = write!(
        out,
        "</ul>\n<p class=\"note\">{}</p>\n</section>\n",
        esc(&tr!(lang, "report-counting-rule"))
    );

    let _ = write!(
        out,
        "<section id=\"signed\">\n<h2>{}</h2>\n",
        esc(&tr!(lang, "report-signed-table", year = year))
    );
    if y.signed.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            esc(&tr!(lang, "report-none-signed", year = year))
        );
    } else {
        let rows: Vec<Vec<String>> = y.signed.iter().map(|&i| signed_cells(y, i, lang)).collect();
        table(
            &mut out,
            &signed_headers(lang),
            &rows,
            &Layout {
                nowrap: &[0, 1],
                stack: true,
                ..Layout::default()
            },
        );
    }
    out.push_str("</section>\n");

    let _ = write!(
        out,
        "<section id=\"counts\">\n<h2>{}</h2>\n<div class=\"counts\">\n",
        esc(&tr!(lang, "report-counts"))
    );
    for (dim, counts) in &y.counts {
        let _ = writeln!(out, "<div>\n<h3>{}</h3>", esc(&dimension_title(*dim, lang)));
        if counts.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", esc(&tr!(lang, "report-no-counts")));
        } else {
            let rows: Vec<Vec<String>> = counts
                .iter()
                .map(|(v, n)| vec![group_text(*dim, v), n.to_string()])
                .collect();
            table(
                &mut out,
                &[dimension_column(*dim, lang), tr!(lang, "report-col-count")],
                &rows,
                &Layout {
                    numeric: &[1],
                    ..Layout::default()
                },
            );
        }
        out.push_str("</div>\n");
    }
    let _ = write!(
        out,
        "</div>\n<p class=\"note\">{}</p>\n</section>\n",
        esc(&tr!(lang, "report-counts-note"))
    );

    let first = y.trend.first().map_or(y.year, |(yr, _)| *yr);
    let caption = tr!(
        lang,
        "report-trend-caption",
        from = first.to_string(),
        to = year
    );
    let _ = write!(
        out,
        "<section id=\"trend\">\n<h2>{}</h2>\n<figure class=\"chart\" id=\"trend-chart\" \
         role=\"img\" aria-label=\"{}\">\n{}<figcaption>{}</figcaption>\n</figure>\n",
        esc(&tr!(lang, "report-trend")),
        esc(&caption),
        trend_svg(&y.trend, lang)?,
        esc(&caption)
    );
    let mut years = vec![tr!(lang, "report-col-year").to_owned()];
    let mut counts = vec![tr!(lang, "report-col-count").to_owned()];
    for (yr, n) in &y.trend {
        years.push(yr.to_string());
        counts.push(n.to_string());
    }
    let heads: Vec<&str> = years.iter().map(String::as_str).collect();
    let numeric: Vec<usize> = (1..heads.len()).collect();
    table(
        &mut out,
        &heads,
        &[counts],
        &Layout {
            numeric: &numeric,
            nowrap: &[0],
            ..Layout::default()
        },
    );
    out.push_str("</section>\n");

    let _ = write!(
        out,
        "<section id=\"attention\">\n<h2>{}</h2>\n<p>{}</p>\n",
        esc(&tr!(lang, "report-attention")),
        esc(&tr!(lang, "report-as-of", date = date(lang, y.today())))
    );
    let lists = [
        (
            tr!(lang, "report-approvals-missing"),
            approvals_table(y, lang),
            vec![],
        ),
        (
            tr!(lang, "report-ending-soon"),
            ending_table(y, lang),
            vec![4],
        ),
    ];
    for (title, (headers, rows), numeric) in lists {
        let _ = writeln!(out, "<h3>{}</h3>", esc(&title));
        if rows.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", esc(&tr!(lang, "report-none")));
        } else {
            table(
                &mut out,
                &headers,
                &rows,
                &Layout {
                    numeric: &numeric,
                    nowrap: &[0],
                    stack: true,
                },
            );
        }
    }
    let _ = write!(
        out,
        "<h3>{}</h3>\n<p id=\"findings\">{}</p>\n</section>\n",
        esc(&tr!(lang, "report-findings")),
        esc(&tr!(
            lang,
            "report-findings-text",
            errors = y.errors,
            warnings = y.warnings
        ))
        .replace("`kerjasama check`", "<code>kerjasama check</code>")
    );
    let _ = write!(
        out,
        "<footer>{}</footer>\n</main>\n</body>\n</html>\n",
        esc(&tr!(lang, "report-made-with"))
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            esc(r#"PT "A" & <B>'s"#),
            "PT &quot;A&quot; &amp; &lt;B&gt;&#39;s"
        );
    }
}
