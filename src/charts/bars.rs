//! A horizontal bar chart: one bar per category, its value printed at the end of the bar.

use plotters::prelude::*;

use crate::lang::Lang;
use plotters::style::text_anchor::HPos;

use super::{AXIS, Chart, INK, PALETTE, fitted_lines, label, text_width};

/// One bar per category, the first at the top.
#[derive(Debug, Clone)]
pub struct BarChart {
    /// Label, value (for the bar's length) and the value as printed ("47%", "54").
    pub bars: Vec<(String, f64, String)>,
    /// The largest value the axis must hold (100 for shares); by default the largest bar.
    pub max: Option<f64>,
    /// The document's language: its script's font, and mirrored for right-to-left documents
    /// (labels on the right, bars growing leftwards).
    pub lang: Lang,
    pub alt: String,
}

const SIZE: u32 = 13;
const MARGIN: f64 = 6.0;

impl BarChart {
    /// Draws the chart as an SVG of `width` × `height` pixels (1 px = 0.75 pt in Typst).
    pub fn render(&self, path: &str, width: u32, height: u32) -> Result<Chart, String> {
        let mut svg = String::new();
        let (rtl, font) = (self.lang.is_rtl(), super::font_for(self.lang));
        {
            let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
            root.fill(&WHITE).map_err(|e| e.to_string())?;
            let (w, h) = (f64::from(width), f64::from(height));
            let size = f64::from(SIZE);
            let label_width = self.bars.iter().map(|(l, _, _)| text_width(l, size)).fold(0.0, f64::max).min(w * 0.42) + 10.0;
            let value_room = self.bars.iter().map(|(_, _, t)| text_width(t, size)).fold(0.0, f64::max) + 12.0;
            let max = self.max.unwrap_or_else(|| self.bars.iter().map(|(_, v, _)| *v).fold(0.0, f64::max)).max(1e-9);
            let n = self.bars.len().max(1) as f64;
            let row = (h - 2.0 * MARGIN) / n;
            let axis = MARGIN + label_width;
            let span = w - axis - value_room - MARGIN;
            // x in "start to end" terms, mirrored for RTL.
            let x = |at: f64| if rtl { w - at } else { at };
            let anchor_label = if rtl { HPos::Left } else { HPos::Right };
            let anchor_value = if rtl { HPos::Right } else { HPos::Left };
            for (i, (name, value, printed)) in self.bars.iter().enumerate() {
                let top = MARGIN + row * i as f64;
                let middle = top + row / 2.0;
                let length = span * (value / max).clamp(0.0, 1.0);
                let bar_top = top + row * 0.18;
                let bar_bottom = top + row * 0.82;
                let (x0, x1) = (x(axis), x(axis + length));
                root.draw(&Rectangle::new([(x0.min(x1) as i32, bar_top as i32), (x0.max(x1) as i32, bar_bottom as i32)], PALETTE[0].filled()))
                    .map_err(|e| e.to_string())?;
                root.draw(&Text::new(printed.clone(), (x(axis + length + 4.0) as i32, middle as i32), label(font, SIZE, anchor_value, &INK)))
                    .map_err(|e| e.to_string())?;
                let lines = fitted_lines(name, size, label_width - 8.0);
                let step = size * 1.1;
                let first = middle - step * (lines.len() as f64 - 1.0) / 2.0;
                for (k, line) in lines.iter().enumerate() {
                    let y = first + step * k as f64;
                    root.draw(&Text::new(line.clone(), (x(axis - 6.0) as i32, y as i32), label(font, SIZE, anchor_label, &INK))).map_err(|e| e.to_string())?;
                }
            }
            root.draw(&PathElement::new(vec![(x(axis) as i32, MARGIN as i32), (x(axis) as i32, (h - MARGIN) as i32)], AXIS.stroke_width(1)))
                .map_err(|e| e.to_string())?;
            root.present().map_err(|e| e.to_string())?;
        }
        let mut data = vec![vec![String::new(), String::new()]];
        data.extend(self.bars.iter().map(|(label, _, printed)| vec![label.clone(), printed.clone()]));
        Ok(Chart { path: path.to_string(), svg, alt: self.alt.clone(), data })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(rtl: bool) -> BarChart {
        BarChart {
            bars: vec![("African States".into(), 54.0, "54".into()), ("WEOG".into(), 29.0, "29".into())],
            max: None,
            lang: if rtl { Lang::Ar } else { Lang::En },
            alt: "Bar chart".into(),
        }
    }

    #[test]
    fn svg_uses_a_bundled_font_and_keeps_its_alt_text() {
        let rendered = chart(false).render("/chart-1.svg", 480, 200).unwrap();
        assert!(rendered.svg.starts_with("<svg"));
        assert!(rendered.svg.contains("Liberation Sans"));
        assert!(!rendered.svg.contains("sans-serif\""));
        let texts = super::super::svg_texts(&rendered.svg);
        assert!(texts.iter().any(|(_, t)| t == "54") && texts.iter().any(|(_, t)| t == "African States"), "{texts:?}");
        assert_eq!(rendered.alt, "Bar chart");
    }

    #[test]
    fn arabic_labels_are_set_in_the_arabic_face_first_so_their_letters_join() {
        let svg = chart(true).render("/c.svg", 480, 200).unwrap().svg;
        assert!(svg.contains("font-family=\"Noto Naskh Arabic, Liberation Sans\""), "{svg}");
    }

    #[test]
    fn right_to_left_charts_put_labels_on_the_right() {
        let ltr = chart(false).render("/c.svg", 480, 200).unwrap().svg;
        let rtl = chart(true).render("/c.svg", 480, 200).unwrap().svg;
        let x_of = |svg: &str, text: &str| -> i32 { super::super::svg_texts(svg).into_iter().find(|(_, t)| t == text).unwrap().0 };
        assert!(x_of(&ltr, "African States") < 240);
        assert!(x_of(&rtl, "African States") > 240);
        assert!(x_of(&rtl, "54") < x_of(&rtl, "African States"));
    }
}
