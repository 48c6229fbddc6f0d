//! Queries return what the articles say, for facts checked by hand against the text.
use brink_core::data::corpus::Corpus;
use brink_core::data::facts::Leaning;
use brink_core::data::kinds::{FactKind, FactRef};
use brink_core::data::mapping::Unmapped;
use brink_core::data::model::Status;
use brink_core::data::query::{reported_by, Tension};

fn corpus() -> Corpus {
    brink_build::embedded::corpus().expect("corpus loads")
}

#[test]
fn the_geneva_talks_were_on_monday_10_january() {
    let c = corpus();
    let geneva = c.events_at("geneva");
    let talks = geneva.iter().find(|e| e.id == "geneva_ssd").unwrap();
    assert_eq!(talks.date, "2022-01-10");
    assert!(talks.date_basis.contains("Monday"));
    assert!(talks.actors.contains(&"us".to_owned()) && talks.actors.contains(&"russia".to_owned()));
}

#[test]
fn the_us_refuses_to_close_natos_open_door_and_russia_demands_it() {
    let c = corpus();
    let us = c.positions_on("open_door", "us");
    assert_eq!(us.len(), 1);
    assert_eq!(us[0].leaning, Leaning::Against);
    assert!(us[0]
        .evidence
        .iter()
        .any(|e| e.quote.contains("slam closed NATO’s open-door policy")));
    assert_eq!(
        c.positions_on("open_door", "russia")[0].leaning,
        Leaning::For
    );
    assert_eq!(c.tension("open_door", &[]), Tension::Collide);
    assert_eq!(
        c.tension("open_door", &["us".into(), "nato".into()]),
        Tension::Overlap
    );
    assert_eq!(c.tension("energy", &[]), Tension::Single);
    assert!(c.positions_on("energy", "us").is_empty());
}

#[test]
fn the_russian_buildup_is_reported_by_all_five_articles() {
    let c = corpus();
    let buildup = c.deployment("ru_buildup_borders").unwrap();
    assert_eq!(reported_by(&buildup.evidence), 5);
    assert_eq!(buildup.count.as_ref().unwrap().text, "more than 100,000");
    let figure = c.figure(buildup.figure.as_deref().unwrap()).unwrap();
    let values: Vec<u64> = figure.claims.iter().map(|claim| claim.value).collect();
    assert!(values.contains(&100_000) && values.contains(&120_000) && values.contains(&175_000));
}

#[test]
fn ruled_out_and_refused_are_never_drawable() {
    let c = corpus();
    let not: Vec<&str> = c
        .listed_deployments(Unmapped::WillNotHappen)
        .map(|d| d.id.as_str())
        .collect();
    assert!(not.contains(&"us_forces_ukraine_ruled_out"));
    assert!(not.contains(&"de_weapons_refused"));
    assert!(c
        .drawable_deployments()
        .all(|d| !matches!(d.status, Status::RuledOut | Status::Refused)));
    assert_eq!(
        c.drawable_deployments().count() + c.unmapped_deployments().count(),
        c.deployments.len()
    );
}

#[test]
fn a_quote_lists_the_facts_it_supports() {
    let c = corpus();
    let text = c.text("003_a3d89dc8a1334f3d").unwrap();
    let start = text
        .find("He also confirmed that the U.S. intends to send five military helicopters.")
        .unwrap();
    let span = brink_core::data::span::TextSpan {
        start,
        end: start + 10,
    };
    let facts = c.facts_at("003_a3d89dc8a1334f3d", span);
    assert!(facts.contains(&&FactRef {
        kind: FactKind::Deployment,
        id: "us_helicopters".into()
    }));
    assert!(facts.contains(&&FactRef {
        kind: FactKind::Position,
        id: "us_arming".into()
    }));
    let label = c.fact_label(&FactRef {
        kind: FactKind::Deployment,
        id: "us_helicopters".into(),
    });
    assert_eq!(label, "United States: five military helicopters — Military helicopters the US intends to send to Ukraine (planned)");
}
