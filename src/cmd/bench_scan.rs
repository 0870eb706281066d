//! `palermo bench --scan PAGES`: how well and how fast `palermo scan` reads. The conference's
//! printed questionnaires are made, pages drawn from them at random are marked and spoiled
//! (`scan::synthetic`) at 150, 200 and 300 dpi, and each scan is decoded and read on one core,
//! against the truth of what was marked.

use std::time::Instant;

use anyhow::{Result, bail};

use crate::cli::BenchArgs;
use crate::documents::omr::LayoutMap;
use crate::documents::questionnaire;
use crate::inputs::Inputs;
use crate::scan::layouts::{self, Maps};
use crate::scan::marks::Mark;
use crate::scan::replies::{self, Certainty};
use crate::scan::synthetic::{self, Sheet, Spoil};
use crate::scan::{self, pages};

/// The resolution the pages are marked at, before the scanner's.
const SHEET_DPI: f32 = 300.0;

#[derive(Default)]
struct Tally {
    pages: usize,
    identified: usize,
    boxes: usize,
    right: usize,
    uncertain: usize,
    wrong: usize,
    answers: usize,
    answers_certain: usize,
    answers_wrong: usize,
    millis: Vec<f64>,
}

impl Tally {
    fn percent(&self, n: usize) -> f64 {
        100.0 * n as f64 / self.boxes.max(1) as f64
    }
}

pub fn run(args: &BenchArgs, count: usize) -> Result<i32> {
    let dir = args.input.dir();
    let inputs = Inputs::read(&dir)?;
    let renderer = super::renderer(args.input.templates.as_deref(), &dir)?;
    let work = std::env::temp_dir().join(format!("palermo-bench-scan-{}", std::process::id()));
    let planned: Vec<_> = inputs
        .questionnaires
        .iter()
        .flat_map(|f| f.languages.iter().filter_map(|l| crate::lang::Lang::parse(l)).map(|lang| (f.form_id.clone(), lang)))
        .map(|(form_id, lang)| questionnaire::version(&form_id, None, lang, inputs.conference.reporting.opened, false, false))
        .collect();
    if planned.is_empty() {
        bail!("the conference has no questionnaire in a UN language to print and scan");
    }
    super::scan::print_copies(&planned, &work, true, &args.input, &inputs, &renderer)?;
    let maps = Maps::read(&[layouts::maps_dir(&work)]);
    let printed: Vec<(Vec<u8>, LayoutMap)> = planned
        .iter()
        .filter_map(|p| {
            let pdf = std::fs::read(work.join(p.output())).ok()?;
            let map = std::fs::read(work.join(&p.version.companions[0])).ok()?;
            Some((pdf, serde_json::from_slice(&map).ok()?))
        })
        .collect();
    println!("palermo bench --scan: {count} page(s) marked at random from {} printed questionnaire(s), each scanned at 150, 200 and 300 dpi", printed.len());
    let mut rng = fastrand::Rng::with_seed(2026);
    let dpis = [150.0, 200.0, 300.0];
    let mut tallies: Vec<Tally> = dpis.iter().map(|_| Tally::default()).collect();
    // One thread: the time per page is one core's.
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build()?;
    for k in 0..count {
        let (pdf, map) = &printed[k % printed.len()];
        let page = 1 + rng.usize(..map.pages.len());
        let mut rendered = None;
        pages::pdf_pages_where(pdf.clone(), SHEET_DPI, |n| n == page, |_, image| rendered = Some(image)).map_err(|e| anyhow::anyhow!(e.reason))?;
        let Some(image) = rendered else { continue };
        let mut sheet = Sheet::from_image(image, f64::from(SHEET_DPI));
        let form = inputs.form(&map.form_id).expect("printed from the conference's forms");
        let truth = synthetic::mark_page(&mut sheet, &map.pages[page - 1], form, &mut rng);
        for (d, dpi) in dpis.iter().enumerate() {
            let spoil = Spoil::random(*dpi, &mut rng);
            let scanned = synthetic::scan(&sheet, &Spoil { jpeg: None, ..spoil }, &mut rng);
            let bytes = encode(&scanned, spoil.jpeg)?;
            let name = format!("bench-{k}-{dpi}");
            let started = Instant::now();
            let result = pool.install(|| -> Result<scan::PageResult> {
                let image = image::load_from_memory(&bytes)?.to_luma8();
                Ok(scan::read_page(&pages::Page { file: name.clone(), page: 1, image }, &maps, &inputs, false))
            })?;
            let t = &mut tallies[d];
            t.millis.push(started.elapsed().as_secs_f64() * 1000.0);
            t.pages += 1;
            if result.identified.is_none() {
                println!("  not identified: {} page {page} at {dpi} dpi ({spoil:?}): {:?}", map.form_id, result.problem.map(|p| p.reason));
                continue;
            }
            t.identified += 1;
            for (read, want) in result.boxes.iter().zip(&truth.boxes) {
                if !Mark::is_tick_box(&read.map.kind) {
                    continue;
                }
                t.boxes += 1;
                match read.mark {
                    m if m == *want => t.right += 1,
                    Mark::Uncertain => {
                        t.uncertain += 1;
                        if std::env::var_os("PALERMO_BENCH_SCAN_VERBOSE").is_some() {
                            let id = result.identified.as_ref().expect("identified");
                            println!(
                                "  uncertain: {} p{page} {dpi} dpi anchors {} fit {} bw {} jpeg {:?} blur {}: box {} {:?} ink {} marked {want:?}",
                                map.form_id, id.anchors, id.fit_mm, spoil.bilevel, spoil.jpeg, spoil.blur, read.map.q, read.map.c, read.ink
                            );
                        }
                    }
                    m => {
                        t.wrong += 1;
                        println!(
                            "  wrong: {} page {page} at {dpi} dpi ({spoil:?}): box {} {:?} read {m:?} (ink {}), marked {want:?}",
                            map.form_id, read.map.q, read.map.c, read.ink
                        );
                    }
                }
            }
            for draft in replies::assemble(std::slice::from_ref(&result), &inputs) {
                for r in &draft.readings {
                    t.answers += 1;
                    if r.certainty != Certainty::Certain {
                        continue;
                    }
                    t.answers_certain += 1;
                    let written = truth.written.contains(&r.question);
                    if written || r.value.as_ref() != truth.answers.get(&r.question) {
                        t.answers_wrong += 1;
                        println!(
                            "  wrong: {} page {page} at {dpi} dpi ({spoil:?}): {} read {:?}, marked {:?}{}",
                            map.form_id,
                            r.question,
                            r.value,
                            truth.answers.get(&r.question),
                            if written { " (written)" } else { "" }
                        );
                    }
                }
            }
        }
    }
    let _ = std::fs::remove_dir_all(&work);
    println!(
        "  {:>4}  {:>5}  {:>10}  {:>6}  {:>8}  {:>9}  {:>5}  {:>17}  {:>7}  {:>7}",
        "dpi", "pages", "identified", "boxes", "right", "uncertain", "wrong", "answers certain", "median", "p95"
    );
    let mut met = true;
    for (dpi, t) in dpis.iter().zip(&mut tallies) {
        t.millis.sort_by(f64::total_cmp);
        let at = |q: f64| t.millis.get(((t.millis.len() as f64 - 1.0) * q).round() as usize).copied().unwrap_or(0.0);
        println!(
            "  {dpi:>4}  {:>5}  {:>10}  {:>6}  {:>7.2}%  {:>8.2}%  {:>5}  {:>6} ({} wrong)  {:>4.0} ms  {:>4.0} ms",
            t.pages,
            t.identified,
            t.boxes,
            t.percent(t.right),
            t.percent(t.uncertain),
            t.wrong,
            t.answers_certain,
            t.answers_wrong,
            at(0.5),
            at(0.95)
        );
        met &= t.identified == t.pages && t.wrong == 0 && t.answers_wrong == 0 && at(0.5) < 300.0;
        if *dpi == 200.0 {
            met &= t.percent(t.right) >= 99.5;
        }
    }
    println!(
        "  targets (every page identified, no wrong mark or answer read as certain, >= 99.5 % of tick boxes right at 200 dpi, < 300 ms a page on one core): {}",
        if met { "met" } else { "NOT met" }
    );
    Ok(if met { 0 } else { 1 })
}

/// The scan as its scanner saves it: JPEG when it was compressed so, else PNG.
fn encode(image: &image::GrayImage, jpeg: Option<u8>) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    match jpeg {
        Some(q) => image.write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, q))?,
        None => image.write_to(&mut std::io::Cursor::new(&mut bytes), image::ImageFormat::Png)?,
    }
    Ok(bytes)
}
