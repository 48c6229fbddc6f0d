//! The "as of" date, for facts whose dates were checked by hand against the articles.
use brink_core::data::as_of::{AsOf, Reading};
use brink_core::data::corpus::Corpus;
use brink_core::data::dates::Date;

fn corpus() -> Corpus {
    brink_build::embedded::corpus().expect("corpus loads")
}

fn as_of(date: &str, reading: Reading) -> AsOf {
    AsOf {
        date: Date::parse(date).unwrap(),
        reading,
    }
}

fn events_shown(c: &Corpus, at: AsOf) -> Vec<&str> {
    c.events
        .iter()
        .filter(|e| at.shows(c.event_shown(e, at.reading)))
        .map(|e| e.id.as_str())
        .collect()
}

fn deployment_shown(c: &Corpus, id: &str, at: AsOf) -> bool {
    let d = c.deployment(id).unwrap();
    at.shows(c.deployment_shown(d, at.reading))
}

#[test]
fn events_appear_by_the_date_they_happened() {
    let c = corpus();
    let jan13 = events_shown(&c, as_of("2022-01-13", Reading::Happened));
    // Geneva on Monday 10, Brussels on Wednesday 12, Vienna on Thursday 13 January (002).
    for id in [
        "geneva_ssd",
        "nrc_brussels",
        "osce_vienna",
        "crimea_annexation",
    ] {
        assert!(jan13.contains(&id), "{id} by 13 January");
    }
    // The Kyiv reactions are dated only to the week of 10 January, so they are placed on or
    // before a day only once that week is over (Sunday 16 January).
    for id in ["ukraine_skepticism", "written_replies", "unsc_meeting"] {
        assert!(!jan13.contains(&id), "{id} not by 13 January");
    }
    assert!(
        events_shown(&c, as_of("2022-01-16", Reading::Happened)).contains(&"ukraine_skepticism")
    );
    // The 8,500 on alert are dated only to January: not placed by 27 January when read by
    // the date it happened …
    assert!(
        !events_shown(&c, as_of("2022-01-27", Reading::Happened)).contains(&"pentagon_8500_alert")
    );
}

#[test]
fn reported_by_then_counts_the_first_article_that_reports_it() {
    let c = corpus();
    // … but 000, published 28 January, reports it.
    let reported = |day| events_shown(&c, as_of(day, Reading::Reported));
    assert!(!reported("2022-01-27").contains(&"pentagon_8500_alert"));
    assert!(reported("2022-01-28").contains(&"pentagon_8500_alert"));
    // The 12 January drills are reported only in 004, dated to the week ending 16 January.
    assert!(
        events_shown(&c, as_of("2022-01-12", Reading::Happened)).contains(&"ex_kadamovsky_0112")
    );
    assert!(!reported("2022-01-15").contains(&"ex_kadamovsky_0112"));
    assert!(reported("2022-01-16").contains(&"ex_kadamovsky_0112"));
    // 002, a live page of 12 January, announces Thursday's OSCE meeting: reported before it
    // happened.
    assert!(reported("2022-01-12").contains(&"osce_vienna"));
    assert!(!events_shown(&c, as_of("2022-01-12", Reading::Happened)).contains(&"osce_vienna"));
}

#[test]
fn a_force_appears_from_the_first_article_that_reports_it() {
    let c = corpus();
    // The buildup's record is dated 31 January, but 002 reports it on 12 January.
    let happened = |day| as_of(day, Reading::Happened);
    assert!(deployment_shown(
        &c,
        "ru_buildup_borders",
        happened("2022-01-12")
    ));
    assert!(!deployment_shown(
        &c,
        "ru_buildup_borders",
        happened("2022-01-11")
    ));
    // Belarus: first reported by 003 on 26 January.
    assert!(!deployment_shown(&c, "ru_belarus", happened("2022-01-25")));
    assert!(deployment_shown(&c, "ru_belarus", happened("2022-01-26")));
    // The Poland contingent is dated to the weekend of 29–30 January and reported on the 31st.
    assert!(!deployment_shown(
        &c,
        "us_poland_contingent",
        happened("2022-01-29")
    ));
    assert!(deployment_shown(
        &c,
        "us_poland_contingent",
        happened("2022-01-30")
    ));
    assert!(!deployment_shown(
        &c,
        "us_poland_contingent",
        as_of("2022-01-30", Reading::Reported)
    ));
}

#[test]
fn the_control_runs_from_geneva_to_the_first_of_february() {
    let c = corpus();
    let (first, last) = c.as_of_range().unwrap();
    assert_eq!(
        (first.iso(), last.iso()),
        ("2022-01-10".into(), "2022-02-01".into())
    );
    let days: Vec<String> = c
        .event_days(Reading::Happened)
        .iter()
        .map(|d| d.iso())
        .collect();
    assert_eq!(days.first().map(String::as_str), Some("2022-01-10"));
    assert!(days.contains(&"2022-01-13".to_owned()));
    assert!(
        !days.contains(&"2022-01-11".to_owned()),
        "nothing happened on 11 January"
    );
    assert_eq!(days.last().map(String::as_str), Some("2022-02-01"));
}

#[test]
fn a_step_says_what_it_added() {
    let c = corpus();
    let jan12 = c.snapshot(as_of("2022-01-12", Reading::Happened));
    let jan13 = c.snapshot(as_of("2022-01-13", Reading::Happened));
    let added = jan13.added_since(&jan12);
    // Only the Vienna OSCE meeting is dated 13 January (002, 004).
    assert_eq!(added.events.iter().collect::<Vec<_>>(), ["osce_vienna"]);
    assert!(added.deployments.is_empty());
    assert!(jan13.deployments.contains("ru_buildup_borders"));
    assert!(
        jan12.added_since(&jan13).is_empty(),
        "nothing disappears going forward"
    );
}
