//! Replies as the collection servers give them: KoboToolbox's API data and xlsx export with a
//! repeat's sheet, ODK Central's OData (with a repeat's entity set) and CSV zip; the State named
//! by a question of the form (a code, a name in any language, a choice); review states; the same
//! submission downloaded twice; and the sample's figures unchanged by the move to server formats.

mod common;

use std::io::Write;
use std::path::Path;

use palermo::config::SubmissionSettings;
use palermo::load::submissions::{self, Fields};
use palermo::load::{states, xlsform};
use palermo::model::submission::Status;
use palermo::validate;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/inputs");

/// A form whose State is a `select_one` of countries called `country`, with a repeat.
const FORM: &str = "\
| survey |
|   | type                 | name        | label::English (en)    |
|   | begin group          | general     | General information    |
|   | select_one countries | country     | Country                |
|   | text                 | focal       | Focal point            |
|   | end group            |             |                        |
|   | begin group          | art5        | Article 5              |
|   | select_one yes_no    | implemented | Is article 5 in force? |
|   | integer              | cases       | How many cases?        |
|   | geopoint             | office      | Where is the office?   |
|   | end group            |             |                        |
|   | begin repeat         | units       | Specialized units      |
|   | text                 | unit_name   | Name of the unit       |
|   | end repeat           |             |                        |
| choices |
|   | list_name | name | label::English (en) |
|   | countries | fr   | France              |
|   | countries | ken  | Kenya               |
|   | countries | civ  | Côte d'Ivoire       |
|   | yes_no    | yes  | Yes                 |
|   | yes_no    | no   | No                  |
| settings |
|   | form_id      | version | default_language | form_title::English (en) |
|   | servers_2026 | 1       | English (en)     | Servers                  |
";

fn form(dir: &Path) -> palermo::model::questionnaire::Questionnaire {
    let path = dir.join("servers.md");
    std::fs::write(&path, FORM).unwrap();
    xlsform::load(&path, "servers.md").questionnaire.expect("the test form loads")
}

fn sample_states() -> palermo::model::States {
    states::load(&Path::new(SAMPLE).join("states.csv"), "states.csv").unwrap().states
}

fn country_field() -> SubmissionSettings {
    SubmissionSettings { state_field: Some("country".into()), count_on_hold: false }
}

#[test]
fn kobo_api_data_with_repeats_review_states_and_a_state_chosen_from_a_list() {
    let tmp = tempfile::tempdir().unwrap();
    let form = form(tmp.path());
    // As /api/v2/assets/<uid>/data/ returns it: full group paths, strings, Kobo's own keys.
    let data = r#"{"count": 4, "next": null, "previous": null, "results": [
      {"_id": 48213, "formhub/uuid": "5b1f0c3e", "start": "2026-03-04T09:12:31.204+03:00", "end": "2026-03-04T09:40:00.000+03:00",
       "general/country": "ken", "general/focal": "Amina Odhiambo", "art5/implemented": "yes", "art5/cases": "12",
       "art5/office": "-1.2921 36.8219 1700 5",
       "units": [{"units/unit_name": "Anti-Trafficking Unit"}, {"units/unit_name": "Cybercrime Unit"}],
       "__version__": "vQk3Zr8bYx2LmNp4TtWc5e", "meta/instanceID": "uuid:0d6f3c1e-2b7a-4f7e-9c1d-5a8b3e2f1c44",
       "meta/rootUuid": "uuid:0d6f3c1e-2b7a-4f7e-9c1d-5a8b3e2f1c44", "_xform_id_string": "servers_2026",
       "_uuid": "0d6f3c1e-2b7a-4f7e-9c1d-5a8b3e2f1c44", "_attachments": [], "_status": "submitted_via_web",
       "_geolocation": [-1.2921, 36.8219], "_submission_time": "2026-03-04T23:20:11", "_tags": [], "_notes": [],
       "_validation_status": {"timestamp": 1741080000, "uid": "validation_status_approved", "by_whom": "reviewer", "label": "Approved"},
       "_submitted_by": "ken_focal"},
      {"_id": 48214, "general/country": "fr", "general/focal": "Jeanne Martin", "art5/implemented": "no",
       "_uuid": "1111", "_submission_time": "2026-03-05T10:00:00",
       "_validation_status": {"timestamp": 1741080001, "uid": "validation_status_on_hold", "by_whom": "reviewer", "label": "On Hold"}},
      {"_id": 48215, "general/country": "civ", "general/focal": "Awa Koné", "art5/implemented": "yes",
       "_uuid": "2222", "_submission_time": "2026-03-06T10:00:00",
       "_validation_status": {"timestamp": 1741080002, "uid": "validation_status_not_approved", "by_whom": "reviewer", "label": "Not Approved"}},
      {"_id": 48216, "general/country": "civ", "general/focal": "Awa Koné", "art5/implemented": "partly",
       "_uuid": "3333", "_submission_time": "2026-03-07T10:00:00", "_validation_status": {}}
    ]}"#;
    let file = tmp.path().join("kobo.json");
    std::fs::write(&file, data).unwrap();
    let settings = country_field();
    let fields = Fields::new(&form, settings.state_field.as_deref());
    let read = submissions::read_file_with(&file, "kobo.json", &fields);
    assert!(read.diagnostics.is_empty(), "Kobo's own keys are known, never warned about: {:#?}", read.diagnostics);
    assert_eq!(read.submissions.len(), 4);
    let states = sample_states();
    let validated = validate::validate_form_with(&read.submissions, &form, &states, &settings);
    let o = &validated.outcomes;
    // The State from the country list's choice (its label names the State), the date in UTC.
    assert_eq!((o[0].status, o[0].state.as_deref()), (Status::Accepted, Some("KEN")), "{:#?}", o[0].diagnostics);
    assert_eq!(o[0].submitted.unwrap().to_string(), "2026-03-04");
    assert_eq!(o[0].server_key.as_deref(), Some("0d6f3c1e-2b7a-4f7e-9c1d-5a8b3e2f1c44"));
    let reply = o[0].submission.as_ref().unwrap();
    let units: Vec<String> = reply.repeats["units"].iter().map(|row| row["unit_name"].value().text()).collect();
    assert_eq!(units, ["Anti-Trafficking Unit", "Cybercrime Unit"]);
    assert_eq!(reply.answers["country"].value().text(), "ken", "the State's question keeps its answer");
    // On hold: listed, not counted by default. Not approved: never counted, and said why.
    assert_eq!((o[1].status, o[1].review.as_deref()), (Status::Held, Some("validation_status_on_hold")));
    assert!(o[1].diagnostics.iter().any(|d| d.message.contains("on hold") && d.hint.as_deref().unwrap_or("").contains("count_on_hold")));
    assert_eq!(o[2].status, Status::Rejected);
    assert!(o[2].diagnostics.iter().any(|d| d.message.contains("refused")), "{:#?}", o[2].diagnostics);
    // An answer outside the list is still an error; Côte d'Ivoire is found by its name.
    assert_eq!(o[3].state.as_deref(), Some("CIV"));
    assert_eq!(o[3].status, Status::Rejected);

    // count_on_hold = true counts the reply on hold, and still says so.
    let counting = SubmissionSettings { count_on_hold: true, ..country_field() };
    let validated = validate::validate_form_with(&read.submissions, &form, &states, &counting);
    assert_eq!(validated.outcomes[1].status, Status::Accepted);
    assert!(validated.outcomes[1].diagnostics.iter().any(|d| d.message.contains("counted, as count_on_hold says")));
}

/// formpack's `tests/fixtures/grouped_repeatable/v1.json` (kobotoolbox/formpack): its form as an
/// XLSForm, and two of its submissions as its fixture gives them (Kobo's record shape).
#[test]
fn formpacks_grouped_repeatable_records_are_read_with_their_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let form = tmp.path().join("grouped_repeatable.md");
    std::fs::write(
        &form,
        "\
| survey |
|   | type         | name                   | label                      | required |
|   | begin group  | household_visit        | Household visit            |          |
|   | text         | household_location     | household location         | true     |
|   | begin repeat | houshold_member_repeat | For each household member  |          |
|   | text         | household_member_name  | household member name      | true     |
|   | end repeat   |                        |                            |          |
|   | end group    |                        |                            |          |
|   | start        | start                  |                            |          |
|   | end          | end                    |                            |          |
| settings |
|   | form_id            | version |
|   | grouped_repeatable | rgv1    |
",
    )
    .unwrap();
    let form = xlsform::load(&form, "grouped_repeatable.md").questionnaire.expect("loads");
    let data = r#"[
        {"household_visit/household_location": "montreal",
         "household_visit/houshold_member_repeat": [{"household_visit/houshold_member_repeat/household_member_name": "peter"}],
         "start": "2016-03-14T14:15:48.000-04:00", "end": "2016-03-14T14:18:35.000-04:00", "meta/versionID": "rgv1",
         "meta/instanceID": "uuid:91ab8237-92b1-4a10-929f-45af2bb141c0", "meta/formUID": "9677d34e6ad14302afed5aa2951c28ac"},
        {"household_visit/household_location": "marseille",
         "household_visit/houshold_member_repeat": [{"household_visit/houshold_member_repeat/household_member_name": "kyle"},
                                                    {"household_visit/houshold_member_repeat/household_member_name": "linda"}],
         "start": "2016-03-14T14:14:10.000-04:00", "end": "2016-03-14T14:15:48.000-04:00", "meta/versionID": "rgv1",
         "meta/instanceID": "uuid:91ab8237-92b1-4a10-929f-45af2bb141b9", "meta/formUID": "9677d34e6ad14302afed5aa2951c28ab"}]"#;
    let file = tmp.path().join("data.json");
    std::fs::write(&file, data).unwrap();
    let read = submissions::read_file(&file, "data.json", &form);
    assert!(read.diagnostics.is_empty(), "{:#?}", read.diagnostics);
    let rows: Vec<usize> = read.submissions.iter().map(|s| s.answers.iter().filter(|a| a.row.is_some()).count()).collect();
    assert_eq!(rows, [1, 2]);
    assert_eq!(read.submissions[1].server.key.as_deref(), Some("91ab8237-92b1-4a10-929f-45af2bb141b9"));
    let marseille: Vec<String> = read.submissions[1].answers.iter().map(|a| format!("{}={}{:?}", a.key, a.value.text(), a.row)).collect();
    assert_eq!(marseille, ["household_location=marseilleNone", "household_member_name=kyleSome(0)", "household_member_name=lindaSome(1)"]);
}

#[test]
fn odk_central_odata_with_a_repeat_entity_set_and_the_csv_zip() {
    let tmp = tempfile::tempdir().unwrap();
    let form = form(tmp.path());
    let settings = country_field();
    let fields = Fields::new(&form, settings.state_field.as_deref());
    let states = sample_states();
    // OData: groups nested, numbers as numbers, unanswered as null, geopoint as GeoJSON.
    let odata = r#"{"@odata.context": "https://central.example.org/v1/projects/3/forms/servers_2026.svc/$metadata#Submissions",
      "value": [{"__id": "uuid:aaaa-1", "__system": {"submissionDate": "2026-04-01T23:30:00.512Z", "updatedAt": null, "deletedAt": null,
         "submitterId": "17", "submitterName": "ken", "attachmentsPresent": 0, "attachmentsExpected": 0, "status": null,
         "reviewState": "edited", "deviceId": null, "edits": 1, "formVersion": "1"},
       "general": {"country": "ken", "focal": "Amina"}, "art5": {"implemented": "yes", "cases": 3,
         "office": {"type": "Point", "coordinates": [36.8219, -1.2921, 1700], "properties": {"accuracy": 5}}},
       "units@odata.navigationLink": "Submissions('uuid%3Aaaaa-1')/units", "meta": {"instanceID": "uuid:aaaa-2"}},
      {"__id": "uuid:bbbb-1", "__system": {"submissionDate": "2026-04-02T08:00:00.000Z", "reviewState": "rejected"},
       "general": {"country": "fr", "focal": "Jeanne"}, "art5": {"implemented": "no", "cases": null, "office": null}, "meta": {"instanceID": "uuid:bbbb-1"}},
      {"__id": "uuid:cccc-1", "__system": {"submissionDate": "2026-04-03T08:00:00.000Z", "reviewState": "hasIssues"},
       "general": {"country": "civ", "focal": "Awa"}, "art5": {"implemented": "no", "cases": null, "office": null}, "meta": {"instanceID": "uuid:cccc-1"}}]}"#;
    let rows = r#"{"@odata.context": "https://central.example.org/v1/projects/3/forms/servers_2026.svc/$metadata#Submissions.units",
      "value": [{"__id": "5f2a", "__Submissions-id": "uuid:aaaa-1", "unit_name": "Anti-Trafficking Unit"},
                {"__id": "6b3c", "__Submissions-id": "uuid:aaaa-1", "unit_name": "Cybercrime Unit"},
                {"__id": "7c4d", "__Submissions-id": "uuid:zzzz-9", "unit_name": "Lost"}]}"#;
    let folder = tmp.path().join("replies");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("Submissions.json"), odata).unwrap();
    std::fs::write(folder.join("Submissions.units.json"), rows).unwrap();
    assert!(submissions::is_repeat_entity_set(&folder.join("Submissions.units.json")));
    assert!(!submissions::is_repeat_entity_set(&folder.join("Submissions.json")));
    let entity = submissions::read_file_with(&folder.join("Submissions.units.json"), "Submissions.units.json", &fields);
    assert_eq!(entity.linked_rows.len(), 3);
    let mut main = submissions::read_file_with(&folder.join("Submissions.json"), "Submissions.json", &fields);
    assert!(main.diagnostics.is_empty(), "{:#?}", main.diagnostics);
    let ids: Vec<Vec<String>> = main.submissions.iter().map(|s| s.server.key.iter().cloned().collect()).collect();
    let orphans = submissions::attach(&mut main.submissions, &ids, entity.linked_rows);
    assert_eq!(orphans.len(), 1, "the row of a submission not downloaded is reported, not lost");
    assert!(submissions::orphan(&orphans[0]).message.contains("zzzz-9"));
    let validated = validate::validate_form_with(&main.submissions, &form, &states, &settings);
    let o = &validated.outcomes;
    assert_eq!((o[0].status, o[0].state.as_deref()), (Status::Accepted, Some("KEN")), "{:#?}", o[0].diagnostics);
    assert_eq!(o[0].server_key.as_deref(), Some("aaaa-1"), "__id is the identity, stable across edits");
    let reply = o[0].submission.as_ref().unwrap();
    assert_eq!(reply.repeats["units"].len(), 2);
    assert_eq!(reply.answers["cases"].value().text(), "3");
    assert!(reply.answers["office"].value().text().starts_with("-1.2921 36.8219"), "latitude first: {:?}", reply.answers["office"]);
    assert_eq!(o[1].status, Status::Rejected, "ODK rejected: never counted");
    assert_eq!(o[2].status, Status::Held, "ODK hasIssues: held by default");

    // The CSV zip: `-` joins group paths, KEY/PARENT_KEY link the repeat's file, read in the zip.
    let main_csv = "SubmissionDate,start,general-country,general-focal,art5-implemented,art5-cases,art5-office-Latitude,art5-office-Longitude,art5-office-Altitude,art5-office-Accuracy,meta-instanceID,KEY,SubmitterID,SubmitterName,AttachmentsPresent,AttachmentsExpected,Status,ReviewState,DeviceID,Edits,FormVersion\n\
        2026-04-01T06:20:11.512Z,2026-04-01T09:12:31.204+03,ken,Amina,yes,3,-1.2921,36.8219,1700,5,uuid:aaaa-1,uuid:aaaa-1,17,ken,0,0,,approved,,0,1\n\
        2026-04-02T06:20:11.512Z,,fr,Jeanne,no,,,,,,uuid:bbbb-1,uuid:bbbb-1,18,fr,0,0,,,,0,1\n";
    let units_csv = "unit_name,PARENT_KEY,KEY\nAnti-Trafficking Unit,uuid:aaaa-1,uuid:aaaa-1/units[1]\nCybercrime Unit,uuid:aaaa-1,uuid:aaaa-1/units[2]\n";
    let zip_path = tmp.path().join("servers_2026.csv.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zip_path).unwrap());
    for (name, text) in [("servers_2026.csv", main_csv), ("servers_2026-units.csv", units_csv)] {
        zip.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    let read = submissions::read_file_with(&zip_path, "servers_2026.csv.zip", &fields);
    assert!(read.diagnostics.is_empty(), "{:#?}", read.diagnostics);
    let validated = validate::validate_form_with(&read.submissions, &form, &states, &settings);
    let o = &validated.outcomes;
    assert_eq!((o[0].status, o[0].state.as_deref(), o[0].review.as_deref()), (Status::Accepted, Some("KEN"), Some("approved")), "{:#?}", o[0].diagnostics);
    assert_eq!(o[0].place.sheet.as_deref(), Some("servers_2026.csv"), "a value's place names the table in the zip");
    let reply = o[0].submission.as_ref().unwrap();
    assert_eq!(reply.repeats["units"].len(), 2);
    assert!(reply.answers["office"].value().text().starts_with("-1.2921 36.8219"));
    assert_eq!((o[1].status, o[1].state.as_deref()), (Status::Accepted, Some("FRA")));
}

#[test]
fn a_kobo_xlsx_export_reads_each_repeat_from_its_own_sheet() {
    let tmp = tempfile::tempdir().unwrap();
    let form = form(tmp.path());
    let settings = country_field();
    let mut book = rust_xlsxwriter::Workbook::new();
    let main = book.add_worksheet().set_name("Servers").unwrap();
    let rows: [&[&str]; 3] = [
        &["start", "general/country", "general/focal", "art5/implemented", "art5/cases", "_id", "_uuid", "_submission_time", "_validation_status", "_index"],
        &["2026-03-04", "ken", "Amina", "yes", "3", "48213", "aaaa", "2026-03-04T10:00:00", "Approved", "1"],
        &["2026-03-05", "fr", "Jeanne", "no", "", "48214", "bbbb", "2026-03-05T10:00:00", "On Hold", "2"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            main.write_string(r as u32, c as u16, *v).unwrap();
        }
    }
    let units = book.add_worksheet().set_name("units").unwrap();
    let rows: [&[&str]; 3] = [
        &["unit_name", "_index", "_parent_table_name", "_parent_index", "_submission__id", "_submission__uuid"],
        &["Anti-Trafficking Unit", "1", "Servers", "1", "48213", "aaaa"],
        &["Cybercrime Unit", "2", "Servers", "1", "48213", "aaaa"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            units.write_string(r as u32, c as u16, *v).unwrap();
        }
    }
    let path = tmp.path().join("kobo.xlsx");
    book.save(&path).unwrap();
    let read = submissions::read_file_with(&path, "kobo.xlsx", &Fields::new(&form, settings.state_field.as_deref()));
    assert!(read.diagnostics.is_empty(), "{:#?}", read.diagnostics);
    let validated = validate::validate_form_with(&read.submissions, &form, &sample_states(), &settings);
    let o = &validated.outcomes;
    assert_eq!(o[0].status, Status::Accepted, "{:#?}", o[0].diagnostics);
    assert_eq!(o[0].submission.as_ref().unwrap().repeats["units"].len(), 2);
    assert_eq!(o[1].status, Status::Held, "Kobo's label On Hold is read as the uid is");
}

#[test]
fn a_kobo_csv_export_of_a_form_with_repeats_says_the_rows_are_not_in_it() {
    let tmp = tempfile::tempdir().unwrap();
    let form = form(tmp.path());
    let file = tmp.path().join("kobo.csv");
    std::fs::write(&file, "\"general/country\";\"general/focal\";\"art5/implemented\";\"_id\";\"_uuid\";\"_submission_time\";\"_index\"\r\n\"ken\";\"Amina\";\"yes\";\"1\";\"aaaa\";\"2026-03-04T10:00:00\";\"1\"\r\n").unwrap();
    let settings = country_field();
    let read = submissions::read_file_with(&file, "kobo.csv", &Fields::new(&form, settings.state_field.as_deref()));
    assert_eq!(read.submissions.len(), 1);
    assert_eq!(read.diagnostics.len(), 1, "{:#?}", read.diagnostics);
    assert!(read.diagnostics[0].message.contains("holds no repeats") && read.diagnostics[0].message.contains("units"));
    assert!(read.diagnostics[0].hint.as_deref().unwrap().contains("XLS export"));
}

#[test]
fn states_are_named_by_code_or_by_name_in_any_language_and_an_ambiguous_name_is_refused() {
    let states = sample_states();
    for written in ["FRA", "fra", "France", "la France", "Francia", "Франция", "法国", "فرنسا", "FR"] {
        let found: Vec<&str> = states.named(written).iter().map(|s| s.iso3.as_str()).collect();
        assert_eq!(found, ["FRA"], "{written}");
    }
    assert_eq!(states.named("cote d'ivoire").first().map(|s| s.iso3.as_str()), Some("CIV"));
    assert_eq!(states.named("Côte d’Ivoire").first().map(|s| s.iso3.as_str()), Some("CIV"));
    assert!(states.named("Atlantis").is_empty());

    // Two States a list names alike: the reply is refused with both codes, not given to either.
    let tmp = tempfile::tempdir().unwrap();
    let csv = std::fs::read_to_string(Path::new(SAMPLE).join("states.csv")).unwrap();
    let (header, rows) = csv.split_once('\n').unwrap();
    let mut edited = vec![header.to_string()];
    for row in rows.lines() {
        edited.push(if row.starts_with("COD,") { row.replacen("Democratic Republic of the Congo", "Congo", 1) } else { row.to_string() });
    }
    std::fs::write(tmp.path().join("states.csv"), edited.join("\n")).unwrap();
    let states = states::load(&tmp.path().join("states.csv"), "states.csv").unwrap().states;
    assert_eq!(states.named("Congo").len(), 2);
    let form = form(tmp.path());
    let file = tmp.path().join("reply.json");
    std::fs::write(
        &file,
        r#"{"results": [{"_id": 1, "general/state": "Congo", "general/focal": "A", "art5/implemented": "yes", "_submission_time": "2026-03-04T10:00:00"}]}"#,
    )
    .unwrap();
    let read = submissions::read_file(&file, "reply.json", &form);
    let validated = validate::validate_form(&read.submissions, &form, &states);
    let message = validated.outcomes[0].diagnostics.iter().map(|d| d.message.clone()).collect::<Vec<_>>().join("\n");
    assert!(message.contains("may name more than one State (COG, COD)") || message.contains("may name more than one State (COD, COG)"), "{message}");
}

#[test]
fn the_sample_in_server_formats_counts_as_the_same_replies_in_plain_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let server = common::copy_sample(tmp.path(), "server");
    let plain = common::copy_sample(tmp.path(), "plain");
    // The replies moved to server formats, put back as palermo's plain CSV.
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plain-replies");
    for (form, moved) in [
        ("tip_2026", &["kobo-api-data-1.json", "kobo-api-data-2.json"][..]),
        ("untoc_2026", &["Submissions.json", "Submissions.contributors.json"][..]),
        ("som_2026", &["som_2026.csv.zip"][..]),
    ] {
        for file in moved {
            std::fs::remove_file(plain.join("submissions").join(form).join(file)).unwrap();
        }
        common::copy_dir(&fixtures.join(form), &plain.join("submissions").join(form));
    }
    let server = palermo::inputs::Inputs::read(&server).unwrap();
    let plain = palermo::inputs::Inputs::read(&plain).unwrap();
    assert!(!server.diagnostics.iter().any(|d| d.is_error()), "{:#?}", server.diagnostics.iter().filter(|d| d.is_error()).collect::<Vec<_>>());
    for (form, figures) in &plain.figures {
        assert_eq!(serde_json::to_value(&server.figures[form]).unwrap(), serde_json::to_value(figures).unwrap(), "{form}: the figures differ");
    }
    let status = |form: &str, status: Status| server.outcomes.iter().filter(|o| o.form_id == form && o.status == status).count();
    // What the move added: a duplicate download, a refused draft, a reply on hold, repeat rows.
    assert_eq!(status("tip_2026", Status::Duplicate), 1);
    let duplicate = server.outcomes.iter().find(|o| o.status == Status::Duplicate).unwrap();
    assert!(duplicate.place.file.ends_with("kobo-api-data-2.json") && duplicate.same_as.as_ref().unwrap().file.ends_with("kobo-api-data-1.json"));
    assert_eq!(server.outcomes.iter().find(|o| o.review.as_deref() == Some("validation_status_not_approved")).map(|o| o.status), Some(Status::Rejected));
    assert_eq!(status("untoc_2026", Status::Held), 1);
    let with_rows = server.submissions.iter().filter(|s| s.repeats.get("contributors").is_some_and(|r| !r.is_empty())).count();
    assert_eq!(with_rows, 4, "the entity set's rows are joined to their replies");
    // The ODK CSV zip named its States in English: every one was found.
    assert_eq!(status("som_2026", Status::Accepted), plain.outcomes.iter().filter(|o| o.form_id == "som_2026" && o.status == Status::Accepted).count());
}
