//! Reading and writing the ISO dates of the corpus for people.
use serde::{Deserialize, Serialize};

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// The day is known.
    Day,
    /// Only the week is known; the date is a representative day of it.
    Week,
    /// Only the month is known; the date is its first day.
    Month,
    /// Only the year is known; the date is its first day.
    Year,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date as written in the corpus files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2022.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, 1 to 31.
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting impossible months and days.
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        let valid = parts.next().is_none()
            && text.len() == 10
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Days since 1 January 1970 (negative before), for counting and stepping days.
    pub fn day_number(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `n` days after 1 January 1970, for the years the corpus can hold.
    pub fn from_day_number(n: i64) -> Option<Date> {
        let z = n + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = u8::try_from(doy - (153 * mp + 2) / 5 + 1).ok()?;
        let month = u8::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).ok()?;
        let year = u16::try_from(yoe + era * 400 + i64::from(month <= 2)).ok()?;
        Some(Date { year, month, day })
    }

    /// The date `days` later (earlier when negative), or itself at the ends of the calendar.
    pub fn add_days(self, days: i64) -> Date {
        Date::from_day_number(self.day_number() + days).unwrap_or(self)
    }

    /// 0 for Monday to 6 for Sunday.
    pub fn weekday(self) -> u8 {
        // 1 January 1970 was a Thursday.
        u8::try_from((self.day_number() + 3).rem_euclid(7)).unwrap_or(0)
    }

    /// `YYYY-MM-DD`, as the corpus writes it.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "12 January".
    pub fn day_month(self) -> String {
        format!("{} {}", self.day, MONTHS[usize::from(self.month - 1)])
    }

    /// "12 January 2022".
    pub fn long(&self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The days a date of some precision may be: a week runs Monday to Sunday around its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// The first day it may be.
    pub first: Date,
    /// The last day it may be.
    pub last: Date,
}

impl Period {
    /// The period an ISO date of `precision` stands for, if the date is readable.
    pub fn of(iso: &str, precision: DatePrecision) -> Option<Period> {
        let date = Date::parse(iso)?;
        let (first, last) = match precision {
            DatePrecision::Day => (date, date),
            DatePrecision::Week => {
                let monday = date.add_days(-i64::from(date.weekday()));
                (monday, monday.add_days(6))
            }
            DatePrecision::Month => {
                let first = Date { day: 1, ..date };
                let last = Date {
                    day: days_in_month(date.year, date.month),
                    ..date
                };
                (first, last)
            }
            DatePrecision::Year => (
                Date {
                    month: 1,
                    day: 1,
                    ..date
                },
                Date {
                    month: 12,
                    day: 31,
                    ..date
                },
            ),
        };
        Some(Period { first, last })
    }
}

/// A date for display, saying how precise it is: "12 January 2022", "week of 10 January 2022"
/// (a week is named by its Monday).
pub fn describe(iso: &str, precision: DatePrecision) -> String {
    let Some(date) = Date::parse(iso) else {
        return format!("unreadable date “{iso}”");
    };
    match precision {
        DatePrecision::Day => date.long(),
        DatePrecision::Week => {
            let monday = date.add_days(-i64::from(date.weekday()));
            format!("week of {}", monday.long())
        }
        DatePrecision::Month => format!("{} {}", MONTHS[usize::from(date.month - 1)], date.year),
        DatePrecision::Year => date.year.to_string(),
    }
}

/// A date in few words for labels: "12 Jan", "week of 10 Jan", "Jan 2022", "2008".
pub fn describe_short(iso: &str, precision: DatePrecision) -> String {
    let Some(date) = Date::parse(iso) else {
        return iso.to_owned();
    };
    let month = |d: Date| &MONTHS[usize::from(d.month - 1)][..3];
    match precision {
        DatePrecision::Day => format!("{} {}", date.day, month(date)),
        DatePrecision::Week => {
            let monday = date.add_days(-i64::from(date.weekday()));
            format!("week of {} {}", monday.day, month(monday))
        }
        DatePrecision::Month => format!("{} {}", month(date), date.year),
        DatePrecision::Year => date.year.to_string(),
    }
}
