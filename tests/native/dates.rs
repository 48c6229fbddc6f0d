use brink::data::dates::{describe, Date};
use brink::data::model::DatePrecision;

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
        "week of 14 January 2022"
    );
    assert_eq!(describe("2022-01-14", DatePrecision::Month), "January 2022");
    assert_eq!(
        describe("soon", DatePrecision::Day),
        "unreadable date “soon”"
    );
}
