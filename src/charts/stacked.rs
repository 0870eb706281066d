//! A horizontal stacked bar chart: one bar per category (a regional group), split into the
//! shares of each answer, with a legend above.

use plotters::prelude::*;

use crate::lang::Lang;
use plotters::style::text_anchor::HPos;

use super::{AXIS, Chart, INK, PALETTE, fitted_lines, label, text_width};

/// One segment of a bar: a count and how it is printed inside the bar.
#[derive(Debug, Clone)]
pub struct Segment {
    pub value: u64,
    pub printed: String,
}

#[derive(Debug, Clone)]
pub struct StackedRow {
    pub label: String,
    /// One segment per legend entry, in legend order.
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone)]
pub struct StackedBarChart {
    /// The answers, in order (each bar is split in this order, from the axis outwards).
    pub legend: Vec<String>,
    pub rows: Vec<StackedRow>,
    /// The document's language: its script's font, and mirrored for right-to-left documents.
    pub lang: Lang,
    pub alt: String,
}

const SIZE: u32 = 12;
const MARGIN: f64 = 6.0;
const LEGEND: f64 = 26.0;

impl StackedBarChart {
    /// Draws the chart; every bar spans the full width (shares of its total).
    pub fn render(&self, path: &str, width: u32, height: u32) -> Result<Chart, String> {
        let mut svg = String::new();
        let (rtl, font) = (self.lang.is_rtl(), super::font_for(self.lang));
        {
            let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            root.fill(&WHITE).map_err(|e| e.to_string())?;
            let (w, h) = (f64::from(width), f64::from(height));
            let size = f64::from(SIZE);
            let x = |at: f64| if rtl { w - at } else { at };
            let start = if rtl { HPos::Right } else { HPos::Left };
            let end = if rtl { HPos::Left } else { HPos::Right };
            let err = |e: plotters::drawing::DrawingAreaErrorKind<_>| e.to_string();

            // Legend: a swatch then the answer's label, from the start side.
            let mut at = MARGIN;
            for (i, name) in self.legend.iter().enumerate() {
                let colour = PALETTE[i % PALETTE.len()];
                let (a, b) = (x(at), x(at + 12.0));
                root.draw(&Rectangle::new([(a.min(b) as i32, (MARGIN + 3.0) as i32), (a.max(b) as i32, (MARGIN + 15.0) as i32)], colour.filled()))
                    .map_err(err)?;
                root.draw(&Rectangle::new([(a.min(b) as i32, (MARGIN + 3.0) as i32), (a.max(b) as i32, (MARGIN + 15.0) as i32)], AXIS.stroke_width(1)))
                    .map_err(err)?;
                root.draw(&Text::new(name.clone(), (x(at + 16.0) as i32, (MARGIN + 9.0) as i32), label(font, SIZE, start, &INK))).map_err(err)?;
                at += 16.0 + text_width(name, size) + 18.0;
            }

            let label_width = self.rows.iter().map(|r| text_width(&r.label, size)).fold(0.0, f64::max).min(w * 0.38) + 10.0;
            let axis = MARGIN + label_width;
            let span = w - axis - MARGIN;
            let n = self.rows.len().max(1) as f64;
            let row_height = (h - MARGIN * 2.0 - LEGEND) / n;
            for (i, row) in self.rows.iter().enumerate() {
                let top = MARGIN + LEGEND + row_height * i as f64;
                let middle = top + row_height / 2.0;
                let total: u64 = row.segments.iter().map(|s| s.value).sum();
                let mut from = axis;
                for (k, segment) in row.segments.iter().enumerate() {
                    if total == 0 || segment.value == 0 {
                        continue;
                    }
                    let length = span * segment.value as f64 / total as f64;
                    let colour = PALETTE[k % PALETTE.len()];
                    let (a, b) = (x(from), x(from + length));
                    let (bar_top, bar_bottom) = (top + row_height * 0.15, top + row_height * 0.85);
                    root.draw(&Rectangle::new([(a.min(b) as i32, bar_top as i32), (a.max(b) as i32, bar_bottom as i32)], colour.filled())).map_err(err)?;
                    if length >= text_width(&segment.printed, size) + 6.0 {
                        let ink: &'static RGBColor = if k < 1 { &WHITE } else { &INK };
                        root.draw(&Text::new(segment.printed.clone(), (x(from + length / 2.0) as i32, middle as i32), label(font, SIZE, HPos::Center, ink)))
                            .map_err(err)?;
                    }
                    from += length;
                }
                let lines = fitted_lines(&row.label, size, label_width - 8.0);
                let step = size * 1.1;
                let first = middle - step * (lines.len() as f64 - 1.0) / 2.0;
                for (k, line) in lines.iter().enumerate() {
                    root.draw(&Text::new(line.clone(), (x(axis - 6.0) as i32, (first + step * k as f64) as i32), label(font, SIZE, end, &INK))).map_err(err)?;
                }
            }
            let top = MARGIN + LEGEND;
            root.draw(&PathElement::new(vec![(x(axis) as i32, top as i32), (x(axis) as i32, (h - MARGIN) as i32)], AXIS.stroke_width(1))).map_err(err)?;
            root.present().map_err(|e| e.to_string())?;
        }
        let mut data = vec![std::iter::once(String::new()).chain(self.legend.iter().cloned()).collect::<Vec<_>>()];
        data.extend(self.rows.iter().map(|r| std::iter::once(r.label.clone()).chain(r.segments.iter().map(|s| s.value.to_string())).collect()));
        Ok(Chart { path: path.to_string(), svg, alt: self.alt.clone(), data })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_drawn_in_legend_order_with_their_counts() {
        let chart = StackedBarChart {
            legend: vec!["Yes".into(), "Partly".into(), "No".into()],
            rows: vec![StackedRow {
                label: "African States".into(),
                segments: vec![
                    Segment { value: 20, printed: "20".into() },
                    Segment { value: 5, printed: "5".into() },
                    Segment { value: 0, printed: "0".into() },
                ],
            }],
            lang: Lang::En,
            alt: "alt".into(),
        };
        let svg = chart.render("/c.svg", 500, 120).unwrap().svg;
        let texts: Vec<String> = super::super::svg_texts(&svg).into_iter().map(|(_, t)| t).collect();
        for wanted in ["Yes", "Partly", "20"] {
            assert!(texts.iter().any(|t| t == wanted), "{wanted} missing from {texts:?}");
        }
        assert!(!texts.iter().any(|t| t == "0"), "an empty segment prints nothing");
    }
}
