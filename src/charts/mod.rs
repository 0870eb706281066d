//! Charts: plotters draws SVG in memory (no system fonts), and each chart carries alt text
//! written from the same data, for tagged PDF/UA output.

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use serde::Serialize;

/// The family charts are set in; it must exist in the bundled fonts, since Typst lays out SVG
/// text with the World's fonts and ignores generic families such as `sans-serif`.
pub const CHART_FONT: &str = "Liberation Sans";

/// A rendered chart: the SVG and its text alternative.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    /// Virtual path the document reads it from, e.g. `/chart-1.svg`.
    pub path: String,
    #[serde(skip)]
    pub svg: String,
    pub alt: String,
}

/// A horizontal bar chart of whole numbers, one bar per category.
#[derive(Debug, Clone)]
pub struct BarChart {
    /// What the bars count, for the alt text: "number of Member States".
    pub measure: String,
    /// What the categories are: "regional group".
    pub category: String,
    pub bars: Vec<(String, u64)>,
    /// The language of the alt text.
    pub lang: String,
}

const BAR_COLOUR: RGBColor = RGBColor(0x1f, 0x4e, 0x79);
const AXIS_COLOUR: RGBColor = RGBColor(0x40, 0x40, 0x40);

impl BarChart {
    /// "Bar chart of the number of Member States by regional group: African States, 54; …".
    pub fn alt_text(&self) -> String {
        let items: Vec<String> = self.bars.iter().map(|(label, value)| format!("{label}, {value}")).collect();
        let frame = match self.lang.as_str() {
            "fr" => "Diagramme en barres : {m} par {c} : {i}.",
            "es" => "Gráfico de barras: {m} por {c}: {i}.",
            _ => "Bar chart of the {m} by {c}: {i}.",
        };
        frame.replace("{m}", &self.measure).replace("{c}", &self.category).replace("{i}", &items.join("; "))
    }

    /// Draws the chart as an SVG of `width` × `height` pixels (1 px = 0.75 pt in Typst).
    pub fn render(&self, path: &str, width: u32, height: u32) -> Result<Chart, String> {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            root.fill(&WHITE).map_err(|e| e.to_string())?;
            let max = self.bars.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
            // Leave head-room for the value printed at the end of the longest bar.
            let x_max = max + (max / 8).max(1);
            let n = self.bars.len() as u32;
            let longest_label = self.bars.iter().map(|(l, _)| l.chars().count()).max().unwrap_or(4) as u32;
            let labels: Vec<String> = self.bars.iter().map(|(l, _)| l.clone()).collect();
            let mut chart = ChartBuilder::on(&root)
                .margin(6)
                .x_label_area_size(24)
                .y_label_area_size((longest_label * 7 + 12).min(width / 2))
                .build_cartesian_2d(0u64..x_max, (0u32..n.max(1)).into_segmented())
                .map_err(|e| e.to_string())?;
            chart
                .configure_mesh()
                .disable_y_mesh()
                .light_line_style(WHITE)
                .bold_line_style(RGBColor(0xd9, 0xd9, 0xd9))
                .axis_style(AXIS_COLOUR)
                .y_labels(n as usize)
                .y_label_formatter(&|v| match v {
                    // Segment 0 is at the bottom: count from the top so the first bar reads first.
                    SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => {
                        (n.checked_sub(1 + *i)).and_then(|k| labels.get(k as usize)).cloned().unwrap_or_default()
                    }
                    SegmentValue::Last => String::new(),
                })
                .x_label_formatter(&|v| v.to_string())
                .label_style((CHART_FONT, 13).into_font().color(&AXIS_COLOUR))
                .draw()
                .map_err(|e| e.to_string())?;
            let bars = self.bars.iter().enumerate().map(|(i, (_, v))| {
                let i = n - 1 - i as u32;
                let mut bar = Rectangle::new([(0, SegmentValue::Exact(i)), (*v, SegmentValue::Exact(i + 1))], BAR_COLOUR.filled());
                bar.set_margin(5, 5, 0, 0);
                bar
            });
            chart.draw_series(bars).map_err(|e| e.to_string())?;
            let values = self.bars.iter().enumerate().map(|(i, (_, v))| {
                EmptyElement::at((*v, SegmentValue::CenterOf(n - 1 - i as u32)))
                    + Text::new(format!("{v}"), (4, -7), (CHART_FONT, 13).into_font().color(&BLACK))
            });
            chart.draw_series(values).map_err(|e| e.to_string())?;
            root.present().map_err(|e| e.to_string())?;
        }
        Ok(Chart { path: path.to_string(), svg, alt: self.alt_text() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_uses_a_bundled_font_and_alt_text_tells_the_data() {
        let chart = BarChart {
            measure: "number of Member States".into(),
            category: "regional group".into(),
            bars: vec![("African States".into(), 54), ("WEOG".into(), 29)],
            lang: "en".into(),
        };
        let rendered = chart.render("/chart-1.svg", 480, 200).unwrap();
        assert!(rendered.svg.starts_with("<svg"));
        assert!(rendered.svg.contains("Liberation Sans"));
        assert!(!rendered.svg.contains("sans-serif\""));
        assert_eq!(rendered.alt, "Bar chart of the number of Member States by regional group: African States, 54; WEOG, 29.");
    }
}
