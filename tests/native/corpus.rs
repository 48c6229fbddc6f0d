//! The real corpus validates, and each class of error in the data gets its exact message.
use brink_core::data::corpus::Corpus;
use brink_core::data::evidence::all_evidence;
use serde_json::Value;

fn corpus() -> Corpus {
    brink_build::embedded::corpus().unwrap_or_else(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("{} problems:\n{}", list.len(), list.join("\n"))
    })
}

/// The problems of the embedded corpus after `edit` changes one record of `file`.
fn problems_after(file: &'static str, id: &str, edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let files = brink_build::embedded::files();
    let mut records: Vec<Value> = serde_json::from_str(files.json_text(file)).unwrap();
    let record = records
        .iter_mut()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("{file} has no {id}"));
    edit(record);
    let files = files.with_json(file, &serde_json::to_string(&records).unwrap());
    match brink_build::load::load(files) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_real_corpus_validates_with_zero_problems() {
    let c = corpus();
    assert!(
        c.deployments.len() >= 40,
        "{} deployments",
        c.deployments.len()
    );
    assert!(c.events.len() >= 50, "{} events", c.events.len());
    assert!(c.positions.len() >= 60, "{} positions", c.positions.len());
    assert!(c.people.len() >= 35, "{} people", c.people.len());
    assert!(c.figures.iter().any(|f| f.claims.len() >= 5));
}

#[test]
fn every_quote_is_located_in_its_article() {
    let c = corpus();
    let all = all_evidence(&c);
    assert!(all.len() > 300, "{} quotes", all.len());
    for (fact, e) in all {
        let span = c
            .locate(e)
            .unwrap_or_else(|| panic!("{fact:?}: {}", e.quote));
        let text = c.text(&e.source).unwrap();
        assert_eq!(&text[span.start..span.end], e.quote);
        let facts = c.facts_at(&e.source, span);
        assert!(
            facts.contains(&&fact),
            "{fact:?} not listed at its own quote"
        );
    }
}

#[test]
fn a_duplicate_id_is_named() {
    let problems = problems_after("events.json", "osce_vienna", |r| {
        r["id"] = "geneva_ssd".into()
    });
    assert_eq!(problems, ["events.json [geneva_ssd]: duplicate id"]);
}

#[test]
fn a_span_written_in_a_file_is_refused_because_the_build_works_it_out() {
    let problems = problems_after("deployments.json", "us_helicopters", |r| {
        r["evidence"][0]["span"] = serde_json::json!([0, 12]);
    });
    assert_eq!(
        problems,
        ["deployments.json [us_helicopters]: gives a “span”: the build works it out from the quote; remove it"]
    );
}

#[test]
fn every_quote_is_located_where_its_text_has_it() {
    let c = corpus();
    for (fact, e) in all_evidence(&c) {
        let span = e.span.unwrap_or_else(|| panic!("{fact:?} has no span"));
        assert_eq!(
            &c.text(&e.source).unwrap()[span.start..span.end],
            e.quote,
            "{fact:?}"
        );
    }
}

#[test]
fn a_dangling_reference_is_named() {
    let problems = problems_after("deployments.json", "us_helicopters", |r| {
        r["place"] = "atlantis".into()
    });
    assert_eq!(
        problems,
        ["deployments.json [us_helicopters]: place “atlantis” does not exist"]
    );
}

#[test]
fn a_quote_not_in_its_article_shows_the_nearest_match() {
    let problems = problems_after("deployments.json", "us_helicopters", |r| {
        r["evidence"][0]["quote"] =
            "He also confirmed that the U.S. intends to send six military helicopters.".into()
    });
    assert_eq!(
        problems,
        ["deployments.json [us_helicopters]: quote is not in articles/003_a3d89dc8a1334f3d.txt: \
          “He also confirmed that the U.S. intends to send six military helicopters.”; \
          nearest: “He also confirmed that the U.S. intends to send five military helicopters.”"]
    );
}

#[test]
fn straight_quotes_for_curly_ones_are_caught() {
    let problems = problems_after("deployments.json", "de_helmets", |r| {
        r["evidence"][0]["quote"] =
            "officials in Kyiv dubbed the German offer of 5,000 helmets a \"joke.\"".into()
    });
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].contains(
            "nearest: “officials in Kyiv dubbed the German offer of 5,000 helmets a “joke.”"
        ),
        "{problems:?}"
    );
}

#[test]
fn a_date_out_of_range_or_malformed_is_named() {
    let problems = problems_after("events.json", "geneva_ssd", |r| {
        r["date"] = "2023-01-10".into()
    });
    assert_eq!(
        problems,
        ["events.json [geneva_ssd]: date 2023-01-10 is outside 1 January 2002–28 February 2022"]
    );
    let problems = problems_after("events.json", "geneva_ssd", |r| r["date"] = "10 Jan".into());
    assert_eq!(
        problems,
        ["events.json [geneva_ssd]: date “10 Jan” is not a valid YYYY-MM-DD date"]
    );
}

#[test]
fn coordinates_outside_the_frame_need_the_off_map_flag() {
    let problems = problems_after("places.json", "geneva", |r| {
        r.as_object_mut().unwrap().remove("off_map");
    });
    assert_eq!(
        problems,
        ["places.json [geneva]: lies outside the map frame but is not flagged off_map"]
    );
    let problems = problems_after("places.json", "kyiv", |r| r["off_map"] = true.into());
    assert_eq!(
        problems,
        ["places.json [kyiv]: is flagged off_map but lies inside the map frame"]
    );
    let problems = problems_after("places.json", "kyiv", |r| r["lat"] = 95.0.into());
    assert_eq!(
        problems,
        ["places.json [kyiv]: coordinates 30.52, 95 are out of range"]
    );
}

#[test]
fn an_unknown_status_or_kind_is_named_with_its_record() {
    let problems = problems_after("deployments.json", "ru_t72_drills", |r| {
        r["status"] = "rumoured".into()
    });
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with(
            "deployments.json [ru_t72_drills]: unknown variant `rumoured`, expected one of"
        ),
        "{problems:?}"
    );
    let problems = problems_after("events.json", "geneva_ssd", |r| r["kind"] = "party".into());
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].starts_with("events.json [geneva_ssd]: unknown variant `party`"),
        "{problems:?}"
    );
}

#[test]
fn an_unknown_qualifier_is_named() {
    let problems = problems_after("deployments.json", "nato_initial_force", |r| {
        r["count"]["qualifier"] = "roughly".into()
    });
    assert_eq!(
        problems,
        ["deployments.json [nato_initial_force]: qualifier “roughly” is not one of more than, close to, about, around, up to, some"]
    );
}

#[test]
fn a_record_without_evidence_is_named() {
    let problems = problems_after("positions.json", "de_energy", |r| {
        r["evidence"] = Value::Array(vec![])
    });
    assert_eq!(
        problems,
        ["positions.json [de_energy]: has no evidence: every record needs at least one quote"]
    );
}

#[test]
fn several_problems_are_reported_together() {
    let problems = problems_after("deployments.json", "us_helicopters", |r| {
        r["actor"] = "mars".into();
        r["as_of"] = "1999-01-01".into();
    });
    assert_eq!(
        problems,
        [
            "deployments.json [us_helicopters]: actor “mars” does not exist",
            "deployments.json [us_helicopters]: date 1999-01-01 is outside 1 January 2002–28 February 2022"
        ]
    );
}
