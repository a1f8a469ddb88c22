//! The trend chart: agreements signed per year as bars, drawn by plotters' SVG backend into a
//! string. No font is loaded: the backend writes `<text>` elements with a generic family, and
//! the browser picks the face.

use anyhow::{Result, anyhow};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::text::Lang;
use crate::tr;

/// Width and height in SVG units (the page scales it to its width).
pub const SIZE: (u32, u32) = (720, 320);

const BAR: RGBColor = RGBColor(0x1f, 0x5f, 0x8b);
const INK: RGBColor = RGBColor(0x33, 0x33, 0x33);
const GRID: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);

fn failed(lang: Lang, e: impl std::fmt::Display) -> anyhow::Error {
    anyhow!(tr!(lang, "error-chart", detail = e.to_string()))
}

/// The bars of `trend` ((year, count), in year order) as an SVG document.
pub fn trend_svg(trend: &[(i32, usize)], lang: Lang) -> Result<String> {
    let (Some(&(first, _)), Some(&(last, _))) = (trend.first(), trend.last()) else {
        return Err(failed(lang, "no years"));
    };
    let counts: Vec<(i32, u32)> = trend
        .iter()
        .map(|&(y, n)| (y, u32::try_from(n).unwrap_or(u32::MAX)))
        .collect();
    let max = counts.iter().map(|&(_, n)| n).max().unwrap_or(0);
    // Room above the highest bar for its label; at least 0..5 so an empty chart has an axis.
    let top = (max + max.div_ceil(8) + 1).max(5);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        root.fill(&WHITE).map_err(|e| failed(lang, e))?;
        let mut chart = ChartBuilder::on(&root)
            .margin(16)
            .x_label_area_size(36)
            .y_label_area_size(52)
            .build_cartesian_2d((first..last).into_segmented(), 0u32..top)
            .map_err(|e| failed(lang, e))?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .axis_style(INK)
            .y_desc(tr!(lang, "report-chart-y"))
            .y_labels(usize::try_from(top.min(8)).unwrap_or(8))
            .y_label_formatter(&|v| v.to_string())
            .x_labels(counts.len())
            .x_label_formatter(&|v| match v {
                SegmentValue::CenterOf(y) | SegmentValue::Exact(y) => y.to_string(),
                SegmentValue::Last => String::new(),
            })
            .label_style(("sans-serif", 18).into_font().color(&INK))
            .axis_desc_style(("sans-serif", 18).into_font().color(&INK))
            .draw()
            .map_err(|e| failed(lang, e))?;
        // Rectangles in year order (plotters' Histogram keeps its bars in a hash map, so its
        // output order changes from run to run).
        chart
            .draw_series(counts.iter().filter(|&&(_, n)| n > 0).map(|&(y, n)| {
                let right = if y == last {
                    SegmentValue::Last
                } else {
                    SegmentValue::Exact(y + 1)
                };
                let mut bar =
                    Rectangle::new([(SegmentValue::Exact(y), 0), (right, n)], BAR.filled());
                bar.set_margin(0, 0, 10, 10);
                bar
            }))
            .map_err(|e| failed(lang, e))?;
        let label = ("sans-serif", 17)
            .into_font()
            .color(&INK)
            .pos(Pos::new(HPos::Center, VPos::Bottom));
        chart
            .draw_series(counts.iter().filter(|&&(_, n)| n > 0).map(|&(y, n)| {
                Text::new(n.to_string(), (SegmentValue::CenterOf(y), n), label.clone())
            }))
            .map_err(|e| failed(lang, e))?;
        root.present().map_err(|e| failed(lang, e))?;
    }
    Ok(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_bar_per_year_with_a_count() {
        let trend: Vec<(i32, usize)> = (2009..=2018)
            .map(|y| (y, usize::from(y % 3 == 0) * 2))
            .collect();
        let svg = trend_svg(&trend, Lang::Id).expect("chart");
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(svg.contains(">\n2018\n</text>"), "a label per year");
        assert!(
            svg.contains(">\nPerjanjian\n</text>"),
            "the axis description"
        );
        // Identical input, identical bytes.
        assert_eq!(svg, trend_svg(&trend, Lang::Id).expect("chart"));
    }

    #[test]
    fn an_empty_decade_still_draws_axes() {
        let trend: Vec<(i32, usize)> = (2009..=2018).map(|y| (y, 0)).collect();
        let svg = trend_svg(&trend, Lang::En).expect("chart");
        assert!(svg.contains(">\nAgreements\n</text>"));
    }
}
