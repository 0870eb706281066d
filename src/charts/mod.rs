//! Charts: plotters draws SVG in memory (no system fonts), laid out here so that a chart in an
//! Arabic document is mirrored (labels on the right, bars growing leftwards), and each chart
//! carries alt text written from the same data, for tagged PDF/UA output.

mod bars;
mod grouped;
mod stacked;

pub use bars::BarChart;
pub use grouped::GroupedBarChart;
pub use stacked::{Segment, StackedBarChart, StackedRow};

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::Serialize;

use crate::i18n::{Arg, Phrases};
use crate::lang::Lang;

/// The families charts are set in; they must exist in the bundled fonts, since Typst lays out SVG
/// text with the World's fonts and ignores generic families such as `sans-serif`. The script's own
/// face comes first: a label whose first letter falls back from a Latin face is shaped apart from
/// the rest, which breaks Arabic joining ("نعم" read as "زعم").
pub fn font_for(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "Noto Naskh Arabic, Liberation Sans",
        Lang::Zh => "Noto Serif CJK SC, Liberation Sans",
        _ => "Liberation Sans",
    }
}

/// A rendered chart: the SVG and its text alternative.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    /// Virtual path the document reads it from, e.g. `/chart-1.svg`.
    pub path: String,
    #[serde(skip)]
    pub svg: String,
    pub alt: String,
    /// The numbers drawn, as a table: a header row (the categories' column left blank, then
    /// each series), then a row per bar or group with the values as printed on the chart. The
    /// site gives it as the chart's CSV.
    #[serde(skip)]
    pub data: Vec<Vec<String>>,
}

pub(crate) const INK: RGBColor = RGBColor(0x20, 0x20, 0x20);
pub(crate) const AXIS: RGBColor = RGBColor(0x40, 0x40, 0x40);
/// Fills that stay distinct in greyscale print: dark to light.
pub(crate) const PALETTE: [RGBColor; 6] = [
    RGBColor(0x1f, 0x4e, 0x79),
    RGBColor(0x5b, 0x9b, 0xd5),
    RGBColor(0xbd, 0xd7, 0xee),
    RGBColor(0xa6, 0xa6, 0xa6),
    RGBColor(0xe7, 0xe6, 0xe6),
    RGBColor(0x7f, 0x60, 0x00),
];

/// The width of `text` at `size` px, estimated from its scripts (plotters' own estimate counts
/// bytes, which makes Arabic and Chinese labels twice as wide as they are).
pub(crate) fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' => 1.0,
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FEFF}' => 0.45,
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ' ' | '\'' | '’' | '(' | ')' => 0.3,
            'm' | 'w' | 'M' | 'W' => 0.85,
            c if c.is_uppercase() => 0.68,
            _ => 0.55,
        })
        .sum::<f64>()
        * size
}

/// A label drawn at `(x, y)`, anchored at its left, right or centre.
pub(crate) fn label(font: &'static str, size: u32, h: HPos, colour: &'static RGBColor) -> TextStyle<'static> {
    TextStyle::from((font, size).into_font()).color(colour).pos(Pos::new(h, VPos::Center))
}

/// Draws `text` so that it fits in `width` px, wrapping at spaces onto at most two lines.
pub(crate) fn fitted_lines(text: &str, size: f64, width: f64) -> Vec<String> {
    if text_width(text, size) <= width {
        return vec![text.to_string()];
    }
    let words: Vec<&str> = text.split(' ').collect();
    let mut best = (f64::MAX, 1);
    for split in 1..words.len() {
        let a = text_width(&words[..split].join(" "), size);
        let b = text_width(&words[split..].join(" "), size);
        if a.max(b) < best.0 {
            best = (a.max(b), split);
        }
    }
    if words.len() < 2 {
        return vec![text.to_string()];
    }
    vec![words[..best.1].join(" "), words[best.1..].join(" ")]
}

/// Alt text of a chart: its kind, what it measures by what, and every figure it shows.
pub fn alt_text(p: Phrases<'_>, kind: &str, measure: &str, category: &str, items: &[(String, String)]) -> String {
    let separator = p.plain("chart-item-separator", &[]);
    let items: Vec<String> = items.iter().map(|(label, value)| p.plain("chart-item", &[("label", Arg::from(label)), ("value", Arg::from(value))])).collect();
    p.plain(kind, &[("measure", measure.into()), ("category", category.into()), ("items", items.join(&separator).into())])
}

/// The text elements of an SVG with their x position (for tests).
#[cfg(test)]
pub(crate) fn svg_texts(svg: &str) -> Vec<(i32, String)> {
    svg.split("<text")
        .skip(1)
        .filter_map(|part| {
            let x = part.split("x=\"").nth(1)?.split('"').next()?.parse().ok()?;
            let body = part.split_once('>')?.1.split("</text>").next()?.trim().to_string();
            Some((x, body))
        })
        .collect()
}
