use brink_core::data::dates::DatePrecision;
use brink_core::data::dates::{describe, Date, Period};

#[test]
fn parses_valid_dates_and_rejects_impossible_ones() {
    assert_eq!(
        Date::parse("2022-01-31"),
        Some(Date {
            year: 2022,
            month: 1,
            day: 31
        })
    );
    for bad in [
        "2022-02-29",
        "2022-13-01",
        "2022-1-5",
        "2022-01-00",
        "yesterday",
        "",
    ] {
        assert_eq!(Date::parse(bad), None, "{bad}");
    }
    assert!(Date::parse("2024-02-29").is_some());
}

#[test]
fn describes_dates_with_their_precision() {
    assert_eq!(
        describe("2022-01-12", DatePrecision::Day),
        "12 January 2022"
    );
    assert_eq!(
        describe("2022-01-14", DatePrecision::Week),
        "week of 10 January 2022"
    );
    assert_eq!(describe("2022-01-14", DatePrecision::Month), "January 2022");
    assert_eq!(
        describe("soon", DatePrecision::Day),
        "unreadable date “soon”"
    );
}

#[test]
fn weeks_run_monday_to_sunday_and_months_to_their_last_day() {
    // 14 January 2022 was a Friday; 30 January 2022 a Sunday.
    let week = Period::of("2022-01-14", DatePrecision::Week).unwrap();
    assert_eq!(week.first.iso(), "2022-01-10");
    assert_eq!(week.last.iso(), "2022-01-16");
    let sunday = Period::of("2022-01-30", DatePrecision::Week).unwrap();
    assert_eq!(sunday.first.iso(), "2022-01-24");
    assert_eq!(sunday.last.iso(), "2022-01-30");
    assert_eq!(
        describe("2022-01-30", DatePrecision::Week),
        "week of 24 January 2022"
    );
    let february = Period::of("2024-02-10", DatePrecision::Month).unwrap();
    assert_eq!(
        (february.first.iso(), february.last.iso()),
        ("2024-02-01".into(), "2024-02-29".into())
    );
    let year = Period::of("2008-01-01", DatePrecision::Year).unwrap();
    assert_eq!(year.last.iso(), "2008-12-31");
    assert_eq!(Period::of("2022-02-30", DatePrecision::Day), None);
}

#[test]
fn days_count_and_step_across_months_and_years() {
    let d = Date::parse("2021-12-31").unwrap();
    assert_eq!(d.add_days(1).iso(), "2022-01-01");
    assert_eq!(d.add_days(32).iso(), "2022-02-01");
    assert_eq!(
        Date::parse("2022-03-01").unwrap().add_days(-1).iso(),
        "2022-02-28"
    );
    assert_eq!(Date::parse("1970-01-01").unwrap().day_number(), 0);
    // 1 January 2022 was a Saturday.
    assert_eq!(Date::parse("2022-01-01").unwrap().weekday(), 5);
    assert_eq!(Date::parse("2022-01-12").unwrap().day_month(), "12 January");
}
