//! A horizontal grouped bar chart: for each category (a questionnaire), one bar per series (a
//! State, its regional group, all respondents), with a legend above.

use plotters::prelude::*;

use crate::lang::Lang;
use plotters::style::text_anchor::HPos;

use super::{AXIS, Chart, INK, PALETTE, fitted_lines, label, text_width};

#[derive(Debug, Clone)]
pub struct GroupedBarChart {
    /// The series, in the order of each group's bars.
    pub legend: Vec<String>,
    /// Each category with its values and how they are printed, one per series.
    pub groups: Vec<(String, Vec<(f64, String)>)>,
    pub max: f64,
    /// The document's language: its script's font, and mirrored for right-to-left documents.
    pub lang: Lang,
    pub alt: String,
}

const SIZE: u32 = 12;
const MARGIN: f64 = 6.0;
const LEGEND: f64 = 26.0;

impl GroupedBarChart {
    pub fn render(&self, path: &str, width: u32, height: u32) -> Result<Chart, String> {
        let mut svg = String::new();
        let (rtl, font) = (self.lang.is_rtl(), super::font_for(self.lang));
        {
            let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            root.fill(&WHITE).map_err(|e| e.to_string())?;
            let err = |e: plotters::drawing::DrawingAreaErrorKind<_>| e.to_string();
            let (w, h) = (f64::from(width), f64::from(height));
            let size = f64::from(SIZE);
            let x = |at: f64| if rtl { w - at } else { at };
            let start = if rtl { HPos::Right } else { HPos::Left };
            let end = if rtl { HPos::Left } else { HPos::Right };
            let mut at = MARGIN;
            for (i, name) in self.legend.iter().enumerate() {
                let (a, b) = (x(at), x(at + 12.0));
                root.draw(&Rectangle::new(
                    [(a.min(b) as i32, (MARGIN + 3.0) as i32), (a.max(b) as i32, (MARGIN + 15.0) as i32)],
                    PALETTE[i % PALETTE.len()].filled(),
                ))
                .map_err(err)?;
                root.draw(&Text::new(name.clone(), (x(at + 16.0) as i32, (MARGIN + 9.0) as i32), label(font, SIZE, start, &INK))).map_err(err)?;
                at += 16.0 + text_width(name, size) + 18.0;
            }
            let label_width = self.groups.iter().map(|(l, _)| text_width(l, size)).fold(0.0, f64::max).min(w * 0.35) + 10.0;
            let value_room = 44.0;
            let axis = MARGIN + label_width;
            let span = w - axis - value_room - MARGIN;
            let n = self.groups.len().max(1) as f64;
            let band = (h - 2.0 * MARGIN - LEGEND) / n;
            for (gi, (name, values)) in self.groups.iter().enumerate() {
                let top = MARGIN + LEGEND + band * gi as f64;
                let bar = band * 0.8 / values.len().max(1) as f64;
                for (si, (value, printed)) in values.iter().enumerate() {
                    let y0 = top + band * 0.1 + bar * si as f64;
                    let length = span * (value / self.max).clamp(0.0, 1.0);
                    let (a, b) = (x(axis), x(axis + length));
                    if length > 0.0 {
                        root.draw(&Rectangle::new(
                            [(a.min(b) as i32, (y0 + 1.0) as i32), (a.max(b) as i32, (y0 + bar - 1.0) as i32)],
                            PALETTE[si % PALETTE.len()].filled(),
                        ))
                        .map_err(err)?;
                    }
                    root.draw(&Text::new(printed.clone(), (x(axis + length + 4.0) as i32, (y0 + bar / 2.0) as i32), label(font, SIZE - 1, start, &INK)))
                        .map_err(err)?;
                }
                let lines = fitted_lines(name, size, label_width - 8.0);
                let middle = top + band / 2.0;
                let step = size * 1.1;
                let first = middle - step * (lines.len() as f64 - 1.0) / 2.0;
                for (k, line) in lines.iter().enumerate() {
                    root.draw(&Text::new(line.clone(), (x(axis - 6.0) as i32, (first + step * k as f64) as i32), label(font, SIZE, end, &INK))).map_err(err)?;
                }
            }
            root.draw(&PathElement::new(vec![(x(axis) as i32, (MARGIN + LEGEND) as i32), (x(axis) as i32, (h - MARGIN) as i32)], AXIS.stroke_width(1)))
                .map_err(err)?;
            root.present().map_err(|e| e.to_string())?;
        }
        let mut data = vec![std::iter::once(String::new()).chain(self.legend.iter().cloned()).collect::<Vec<_>>()];
        data.extend(self.groups.iter().map(|(label, bars)| std::iter::once(label.clone()).chain(bars.iter().map(|(_, printed)| printed.clone())).collect()));
        Ok(Chart { path: path.to_string(), svg, alt: self.alt.clone(), data })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_group_has_a_bar_per_series() {
        let chart = GroupedBarChart {
            legend: vec!["Kenya".into(), "Africa".into(), "All States".into()],
            groups: vec![("Convention".into(), vec![(60.0, "60%".into()), (55.0, "55%".into()), (64.0, "64%".into())])],
            max: 100.0,
            lang: Lang::En,
            alt: "alt".into(),
        };
        let texts: Vec<String> = super::super::svg_texts(&chart.render("/c.svg", 500, 120).unwrap().svg).into_iter().map(|(_, t)| t).collect();
        for wanted in ["Kenya", "Africa", "All States", "Convention", "60%", "55%", "64%"] {
            assert!(texts.iter().any(|t| t == wanted), "{wanted} missing from {texts:?}");
        }
    }
}
