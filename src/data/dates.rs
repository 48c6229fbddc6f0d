//! Reading and writing the ISO dates of the corpus for people.
use super::model::DatePrecision;

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
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

/// A date for display, saying how precise it is: "12 January 2022", "week of 14 January 2022".
pub fn describe(iso: &str, precision: DatePrecision) -> String {
    let Some(date) = Date::parse(iso) else {
        return format!("unreadable date “{iso}”");
    };
    match precision {
        DatePrecision::Day => date.long(),
        DatePrecision::Week => format!("week of {}", date.long()),
        DatePrecision::Month => format!("{} {}", MONTHS[usize::from(date.month - 1)], date.year),
        DatePrecision::Year => date.year.to_string(),
    }
}
