//! The published site `build` writes under `out/site/`: the session page in each language of
//! the conference, linking every document's language versions (each link to a file that
//! exists), self-contained; every figure of each report as CSV; the replies as an open dataset
//! whose datapackage.json describes each CSV as it is; publish = no answers nowhere; values from
//! the inputs escaped for HTML.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::*;
use sha2::Digest;

/// Every `href="…"` of a page.
fn links(html: &str) -> Vec<String> {
    html.split("href=\"").skip(1).map(|rest| rest[..rest.find('"').unwrap()].to_string()).collect()
}

#[test]
fn the_site_lists_every_document_in_six_languages_with_its_data() {
    let tmp = tempfile::tempdir().unwrap();
    let run = palermo(tmp.path(), &["build", "--inputs", SAMPLE, "--out", "out", "-q"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let out = tmp.path().join("out");
    let site = out.join("site");
    let manifest = manifest(&out);

    for (lang, dir) in [("ar", "rtl"), ("zh", "ltr"), ("en", "ltr"), ("fr", "ltr"), ("ru", "ltr"), ("es", "ltr")] {
        let html = std::fs::read_to_string(site.join(format!("index.{lang}.html"))).unwrap();
        assert!(html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")), "{lang}");
        // Self-contained: nothing is loaded from elsewhere.
        for outside in ["<script", "<link", "src=", "url(", "@import", "http://", "https://"] {
            assert!(!html.contains(outside), "{lang}: {outside}");
        }
        // Each link leads to a file of the output folder (or another page of the site).
        for href in links(&html) {
            let target = site.join(&href);
            assert!(target.is_file(), "{lang}: {href}");
        }
        // The language switcher offers the six, the current one marked.
        assert!(html.matches("hreflang=").count() >= 6);
        assert!(html.contains(&format!("href=\"index.{lang}.html\" lang=\"{lang}\" hreflang=\"{lang}\" aria-current=\"page\"")), "{lang}");
    }
    let en = std::fs::read_to_string(site.join("index.en.html")).unwrap();
    assert_eq!(std::fs::read_to_string(site.join("index.html")).unwrap(), en, "index.html is the original language's page");
    // Every document of the session, with a link to each language version it was built in.
    let hrefs: BTreeSet<String> = links(&en).into_iter().collect();
    for d in manifest["documents"].as_array().unwrap() {
        let kind = d["kind"].as_str().unwrap();
        if kind == "reminder" || (kind == "questionnaire" && d.get("state").is_some()) {
            continue;
        }
        let href = format!("../{}", d["path"].as_str().unwrap());
        assert!(hrefs.contains(&href), "{href} is linked from the session page");
    }
    assert!(!en.contains("../reminders/"), "letters to States are not published");
    assert!(en.contains("<h2>Item 3 of the provisional agenda: Review of the implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto</h2>"));
    assert!(en.contains("<bdi dir=\"ltr\">CTOC/COP/2026/4</bdi>"));
    assert!(en.contains("title=\"French: PDF, "), "each version's link says its language, pages and size");
    let fr = std::fs::read_to_string(site.join("index.fr.html")).unwrap();
    assert!(fr.contains("Application du Protocole"), "titles in the page's language");
    let ar = std::fs::read_to_string(site.join("index.ar.html")).unwrap();
    assert!(ar.contains("البند 3 من جدول الأعمال المؤقت"), "{ar}");

    // The HTML edition of each report in each language: numbered paragraphs as in the PDF, each
    // table with its CSV, each chart with its alt text; linked from the session page.
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        let page = format!("CTOC-COP-2026-4.{lang}.html");
        assert!(links(&std::fs::read_to_string(site.join(format!("index.{lang}.html"))).unwrap()).contains(&page), "{lang}");
        let html = std::fs::read_to_string(site.join(&page)).unwrap();
        for href in links(&html) {
            match href.split_once('#') {
                Some(("", fragment)) => assert!(html.contains(&format!("id=\"{fragment}\"")), "{page}: {href}"),
                Some((file, _)) => assert!(site.join(file).is_file(), "{page}: {href}"),
                None => assert!(site.join(&href).is_file(), "{page}: {href}"),
            }
        }
        for outside in ["<script", "<link", "url(", "@import", "http://", "https://"] {
            assert!(!html.contains(outside), "{page}: {outside}");
        }
        let images: Vec<&str> = html.split("<img src=\"").skip(1).map(|r| &r[..r.find('"').unwrap()]).collect();
        assert!(!images.is_empty(), "{page} has charts");
        for img in images {
            assert!(site.join(img).is_file(), "{img}");
        }
    }
    let report = std::fs::read_to_string(site.join("CTOC-COP-2026-4.en.html")).unwrap();
    let pdf = fold(&pdf_text(&out.join("documents/CTOC-COP-2026-4.en.pdf")));
    let last = (1..200).take_while(|n| report.contains(&format!("id=\"para-{n}\""))).last().unwrap();
    assert!(pdf.contains(&format!(" {last}. ")) && !report.contains(&format!("id=\"para-{}\"", last + 1)), "paragraphs 1 to {last}, as in the PDF");
    assert!(
        report.contains("<p class=\"para\" id=\"para-14\"><a href=\"#para-14\">14.</a><span>In the previous reporting cycle, 76 of the 182 States parties"),
        "paragraph 14 opens the comparison"
    );
    // Each chart's numbers, linked from its caption: figure I, the response rate by group.
    let figure1 = std::fs::read_to_string(site.join("data/CTOC-COP-2026-4/figure-1.en.csv")).unwrap();
    assert_eq!(figure1.lines().count(), 1 + 5, "{figure1}");
    assert!(figure1.contains("Eastern European States,82%"), "{figure1}");
    assert!(report.contains("href=\"data/CTOC-COP-2026-4/figure-1.en.csv\""));
    // The analysts' text: its list, its quotation and its footnote, as HTML.
    assert!(report.contains("<ul><li>a lack of resources to apply the measures outside the capital;</li>"), "{report}");
    assert!(report.contains("<blockquote><p>A bill has been submitted to Congress, and its adoption is expected in 2027.<small class=\"note\" role=\"note\"> (Translation by the Secretariat; the reply was received in Spanish.)</small></p></blockquote>"));
    let tables = report.matches("<table>").count();
    for n in 1..=tables {
        let csv = site.join(format!("data/CTOC-COP-2026-4/table-{n}.en.csv"));
        assert!(csv.is_file(), "{}", csv.display());
    }
    assert!(pdf.contains(&format!("Table {tables} ")) && !pdf.contains(&format!("Table {} ", tables + 1)), "{tables} tables, as in the PDF");
    let table4 = std::fs::read_to_string(site.join("data/CTOC-COP-2026-4/table-4.en.csv")).unwrap();
    assert!(table4.starts_with("Regional group,\"Previous cycle, as at 29\u{a0}July\u{a0}2024\""), "{table4}");
    assert!(table4.contains("Total,76 (42%),108 (59%)"), "{table4}");

    // A compilation's HTML edition: each counted State's answers, one row each, as in the PDF.
    let compilation = std::fs::read_to_string(site.join("CTOC-COP-2026-CRP-2.en.html")).unwrap();
    assert!(links(&en).contains(&"CTOC-COP-2026-CRP-2.en.html".to_string()));
    assert!(compilation.contains("<tr><th scope=\"row\">Cuba</th><td>Fiscalía General de la Nación</td></tr>"), "Cuba's institution, as it wrote it");
    let crp = fold(&pdf_text(&out.join("documents/CTOC-COP-2026-CRP.2.en.pdf")));
    assert!(crp.contains("Cuba Fiscalía General de la Nación"));

    // A country profile's HTML edition: the same answers and what changed since the previous cycle.
    let albania = std::fs::read_to_string(site.join("profile-ALB.en.html")).unwrap();
    assert!(links(&en).contains(&"profile-ALB.en.html".to_string()));
    assert!(albania.contains("<h1>Albania</h1>"));
    assert!(albania.contains("Compared with its reply of 20\u{a0}July\u{a0}2024 in the previous reporting cycle, four of its 17 answers changed"), "{albania}");
    assert!(albania.contains("<span class=\"previous\">Previous cycle: Partly</span>"));
    assert!(!albania.contains("focal_point") && !albania.contains("Senior Legal Adviser"), "publish = no answers are not on the site");

    // Every figure of each report, as its figures.json gives it.
    let figures: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("documents/CTOC-COP-2026-4.figures.json")).unwrap()).unwrap();
    let mut csv = csv::Reader::from_path(site.join("data/CTOC-COP-2026-4/figures.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), figures["figures"].as_array().unwrap().len());
    let respondents = rows.iter().find(|r| &r[0] == "replies.respondents").unwrap();
    assert_eq!(
        respondents[2].to_string(),
        figures["figures"].as_array().unwrap().iter().find(|f| f["id"] == "replies.respondents").unwrap()["value"].to_string()
    );

    // The open dataset: one row per State and published question; nothing marked publish = no.
    let package: serde_json::Value = serde_json::from_slice(&std::fs::read(site.join("data/replies/datapackage.json")).unwrap()).unwrap();
    let resources = package["resources"].as_array().unwrap();
    assert_eq!(resources.len(), 4);
    for resource in resources {
        let path = site.join("data/replies").join(resource["path"].as_str().unwrap());
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(resource["bytes"], bytes.len());
        assert_eq!(resource["hash"], format!("sha256:{}", sha2::Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect::<String>()));
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
        let fields: Vec<String> = resource["schema"]["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap().to_string()).collect();
        assert_eq!(header, fields);
        let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(resource["rows"], records.len());
        for r in &records {
            assert!(!["focal_point", "focal_email", "focal_phone", "contributor", "state"].contains(&&r[6]), "{:?}", r);
        }
        let states: BTreeSet<&str> = records.iter().map(|r| r.get(1).unwrap()).collect();
        let form = resource["name"].as_str().unwrap();
        let counted = manifest["submissions"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|o| o["form_id"] == form && o["status"] == "accepted" && o["submitted"].as_str().unwrap() <= "2026-07-29")
            .count();
        assert_eq!(states.len(), counted, "{form}: every reply counted is in the dataset");
    }
}

#[test]
fn values_from_the_inputs_are_escaped_on_the_site() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    only_information_document(&inputs);
    let toml = inputs.join("conference.toml");
    let text = std::fs::read_to_string(&toml)
        .unwrap()
        .replace("title = { en = \"Organizational matters\"", "title = { en = \"<script>alert(1)</script> & javascript:alert(2) \\\"quoted\\\"\"");
    std::fs::write(&toml, text).unwrap();
    let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out", "-q"]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let html = std::fs::read_to_string(tmp.path().join("out/site/index.en.html")).unwrap();
    assert!(!html.contains("<script"), "no markup from the inputs survives");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; javascript:alert(2) &quot;quoted&quot;"), "{html}");
    assert!(!links(&html).iter().any(|l| l.starts_with("javascript:")));
    assert!(Path::new(&tmp.path().join("out/site/data/replies/datapackage.json")).is_file());
}

#[test]
fn a_changed_reply_rewrites_only_the_pages_of_its_documents() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = copy_sample(tmp.path(), "inputs");
    only_information_document(&inputs);
    let toml = inputs.join("conference.toml");
    std::fs::write(&toml, format!("{}\n[profiles]\nlanguages = [\"en\"]\n", std::fs::read_to_string(&toml).unwrap())).unwrap();
    let build = || {
        let run = palermo(tmp.path(), &["build", "--inputs", inputs.to_str().unwrap(), "--out", "out", "-q"]);
        assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    };
    build();
    let site = tmp.path().join("out/site");
    let modified = |page: &str| std::fs::metadata(site.join(page)).unwrap().modified().unwrap();
    let (albania, afghanistan) = (modified("profile-ALB.en.html"), modified("profile-AFG.en.html"));
    std::thread::sleep(std::time::Duration::from_millis(1100));
    // Albania writes another institution in its corrected reply to the Convention's questionnaire.
    let reply = inputs.join("submissions/untoc_2026/ALB-corrected.json");
    let text = std::fs::read_to_string(&reply).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["answers"]["institution"] = "Ministry of Justice, Department of International Cooperation".into();
    std::fs::write(&reply, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    build();
    assert!(modified("profile-ALB.en.html") > albania, "Albania's page is written again");
    assert!(std::fs::read_to_string(site.join("profile-ALB.en.html")).unwrap().contains("Ministry of Justice, Department of International Cooperation"));
    assert_eq!(modified("profile-AFG.en.html"), afghanistan, "Afghanistan's page is left as it was");
    // A build with nothing to do writes nothing.
    let index = modified("index.en.html");
    build();
    assert_eq!(modified("index.en.html"), index);
}
