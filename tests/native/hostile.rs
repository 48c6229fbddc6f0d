//! A hostile corpus: the build refuses it with an exact message for each problem, and markup in
//! a text field is no problem at all (it is text, and the views render it as text).
use std::path::Path;

use serde_json::Value;

use crate::build_step::{build_site, corpus_copy, edit_record};

/// Markup of the kinds an attacker would try, as it would appear in a text field.
pub const MARKUP: &str = "<script>alert(1)</script><img src=x onerror=alert(2)>&amp;";

/// The build's problem lines for the corpus under `dir` (its first line, the count, left off).
fn problems(dir: &Path) -> Vec<String> {
    let out = build_site(dir);
    assert!(!out.status.success(), "the build accepted a hostile corpus");
    assert!(
        !dir.join("site/data").exists(),
        "nothing is written for a refused corpus"
    );
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .skip(1)
        .map(str::to_owned)
        .collect()
}

#[test]
fn markup_in_every_text_field_is_text_and_builds() {
    let dir = corpus_copy("hostile-markup");
    edit_record(&dir, "deployments.json", "us_helicopters", |r| {
        r["what"] = MARKUP.into();
        r["note"] = MARKUP.into();
    });
    edit_record(&dir, "events.json", "geneva_ssd", |r| {
        r["title"] = MARKUP.into()
    });
    // The build checks that a named official's surname is in each quote's sentence, so the
    // markup goes before the name's last word rather than in its place.
    edit_record(&dir, "people.json", "stoltenberg", |r| {
        r["name"] = format!("{MARKUP} Stoltenberg").into();
        r["role"] = MARKUP.into();
    });
    let out = build_site(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn bad_values_are_each_named_exactly() {
    let dir = corpus_copy("hostile-values");
    edit_record(&dir, "places.json", "kyiv", |r| r["lat"] = 95.0.into());
    edit_record(&dir, "events.json", "geneva_ssd", |r| {
        r["date"] = "2022-02-30".into()
    });
    edit_record(&dir, "deployments.json", "us_helicopters", |r| {
        r["place"] = "<b>atlantis</b>".into();
    });
    let people = dir.join("corpus/people.json");
    let mut records: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(&people).unwrap()).unwrap();
    let twin = records
        .iter()
        .find(|r| r["id"] == "sherman")
        .unwrap()
        .clone();
    records.push(twin);
    std::fs::write(&people, serde_json::to_string_pretty(&records).unwrap()).unwrap();
    let huge = "war ".repeat(250_000);
    edit_record(&dir, "positions.json", "ru_open_door", |r| {
        r["evidence"][0]["quote"] = Value::from(huge.as_str());
    });
    let lines = problems(&dir);
    for line in &lines {
        assert!(
            line.len() < 600,
            "a message echoes a huge value: {} bytes",
            line.len()
        );
    }
    let start: String = huge.chars().take(160).collect();
    assert_eq!(
        lines,
        [
            "people.json [sherman]: duplicate id".to_owned(),
            "places.json [kyiv]: coordinates 30.52, 95 are out of range".to_owned(),
            "deployments.json [us_helicopters]: place “<b>atlantis</b>” does not exist".to_owned(),
            "events.json [geneva_ssd]: date “2022-02-30” is not a valid YYYY-MM-DD date".to_owned(),
            format!("positions.json [ru_open_door]: quote is not in articles/003_a3d89dc8a1334f3d.txt: “{start}… (1000000 characters)”; nearest: “war with Ukraine.”"),
        ]
    );
}

#[test]
fn a_file_that_is_not_json_or_nested_too_deep_is_named_exactly() {
    let dir = corpus_copy("hostile-nan");
    let places = dir.join("corpus/places.json");
    let text = std::fs::read_to_string(&places).unwrap();
    std::fs::write(&places, text.replacen("\"lon\": 30.52", "\"lon\": NaN", 1)).unwrap();
    assert_eq!(
        problems(&dir),
        ["places.json: cannot be read: expected value at line 5 column 10"]
    );

    let dir = corpus_copy("hostile-nested");
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let events = dir.join("corpus/events.json");
    let text = std::fs::read_to_string(&events).unwrap();
    std::fs::write(
        &events,
        text.replacen("\"title\": ", &format!("\"title\": {deep}, \"t\": "), 1),
    )
    .unwrap();
    // serde_json stops at 128 levels, before the stack could overflow.
    assert_eq!(
        problems(&dir),
        ["events.json: cannot be read: recursion limit exceeded at line 4 column 137"]
    );
}
