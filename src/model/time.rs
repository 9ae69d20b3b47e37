//! Calendar dates and lengths of time, as a policy states them.

use std::fmt;

use serde::{Serialize, Serializer};

/// A calendar date (proleptic Gregorian), checked on construction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, four digits.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31; 0 for a date that names only its month
    /// ("Last updated: August 2025").
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`; `Err` says what is wrong in words.
    pub fn parse(s: &str) -> Result<Date, String> {
        let parts: Vec<&str> = s.split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(format!("`{s}` is not a date of the form YYYY-MM-DD"));
        };
        let (Ok(year), Ok(month), Ok(day)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>())
        else {
            return Err(format!("`{s}` is not a date of the form YYYY-MM-DD"));
        };
        if !(1..=12).contains(&month) {
            return Err(format!("month {month} does not exist"));
        }
        let last = days_in_month(year, month);
        if day == 0 || day > last {
            return Err(format!("{} has {last} days, not {day}", month_name(month)));
        }
        Ok(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`, or `YYYY-MM` for a date the policy gives only
    /// to the month (day 0).
    pub fn parse_day_or_month(s: &str) -> Result<Date, String> {
        match s.split('-').collect::<Vec<_>>().as_slice() {
            [y, m] if y.len() == 4 && m.len() == 2 => {
                let (Ok(year), Ok(month)) = (y.parse::<i32>(), m.parse::<u32>()) else {
                    return Err(format!("`{s}` is not a date of the form YYYY-MM"));
                };
                if !(1..=12).contains(&month) {
                    return Err(format!("month {month} does not exist"));
                }
                Ok(Date {
                    year,
                    month,
                    day: 0,
                })
            }
            _ => Date::parse(s),
        }
    }

    /// Whether the date names only its month.
    pub fn is_month_only(self) -> bool {
        self.day == 0
    }

    /// Days since 1970-01-01 (negative before), for differences between dates.
    /// A date that names only its month counts as the month's last day: the
    /// latest day it can mean, so that no age is overstated.
    pub fn days_since_epoch(self) -> i64 {
        let day = if self.day == 0 {
            days_in_month(self.year, self.month)
        } else {
            self.day
        };
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Today's date (UTC) from the system clock.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_days_since_epoch(i64::try_from(secs / 86_400).unwrap_or(0))
    }

    /// The date in words, `22 July 2018` (`August 2025` for a month), for rendered documents.
    pub fn long(self) -> String {
        if self.day == 0 {
            return format!("{} {}", month_name(self.month), self.year);
        }
        format!("{} {} {}", self.day, month_name(self.month), self.year)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn month_name(m: u32) -> &'static str {
    const NAMES: [&str; 12] = [
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
    NAMES[(m as usize).saturating_sub(1).min(11)]
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.day == 0 {
            return write!(f, "{:04}-{:02}", self.year, self.month);
        }
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$", "description": "YYYY-MM-DD, or YYYY-MM when the policy names only the month" })
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A unit of time.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// One second (cookie lifetimes).
    Second,
    /// 60 seconds.
    Minute,
    /// 60 minutes.
    Hour,
    /// 24 hours.
    Day,
    /// 7 days.
    Week,
    /// A calendar month, counted as 30.44 days when compared.
    Month,
    /// A calendar year, counted as 365.25 days when compared.
    Year,
}

impl Unit {
    /// Every spelling of a unit the language accepts, longest first. The
    /// grammar's `unit` rule lists the same words (a test keeps them equal);
    /// cookie table cells and prose are read with the same table.
    pub const SPELLINGS: &'static [(&'static str, Unit)] = &[
        ("seconds", Unit::Second),
        ("second", Unit::Second),
        ("secs", Unit::Second),
        ("sec", Unit::Second),
        ("minutes", Unit::Minute),
        ("minute", Unit::Minute),
        ("mins", Unit::Minute),
        ("min", Unit::Minute),
        ("hours", Unit::Hour),
        ("hour", Unit::Hour),
        ("days", Unit::Day),
        ("day", Unit::Day),
        ("weeks", Unit::Week),
        ("week", Unit::Week),
        ("months", Unit::Month),
        ("month", Unit::Month),
        ("years", Unit::Year),
        ("year", Unit::Year),
    ];

    /// The units' plural names, shortest unit first, for help texts.
    pub const PLURALS: &'static [&'static str] = &[
        "seconds", "minutes", "hours", "days", "weeks", "months", "years",
    ];

    /// Reads `year`, `Years`, `min` … (any case).
    pub fn parse(word: &str) -> Option<Unit> {
        Unit::SPELLINGS
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(word))
            .map(|(_, u)| *u)
    }

    /// The length of one unit in seconds (months and years averaged).
    pub fn seconds(self) -> u64 {
        match self {
            Unit::Second => 1,
            Unit::Minute => 60,
            Unit::Hour => 3_600,
            Unit::Day => 86_400,
            Unit::Week => 604_800,
            Unit::Month => 2_629_746,
            Unit::Year => 31_556_952,
        }
    }

    fn name(self, plural: bool) -> &'static str {
        match (self, plural) {
            (Unit::Second, false) => "second",
            (Unit::Second, true) => "seconds",
            (Unit::Minute, false) => "minute",
            (Unit::Minute, true) => "minutes",
            (Unit::Hour, false) => "hour",
            (Unit::Hour, true) => "hours",
            (Unit::Day, false) => "day",
            (Unit::Day, true) => "days",
            (Unit::Week, false) => "week",
            (Unit::Week, true) => "weeks",
            (Unit::Month, false) => "month",
            (Unit::Month, true) => "months",
            (Unit::Year, false) => "year",
            (Unit::Year, true) => "years",
        }
    }
}

/// An amount of time: `2 years`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
pub struct Duration {
    /// How many units.
    pub amount: u64,
    /// Which unit.
    pub unit: Unit,
}

impl Duration {
    /// Reads `2 years`, `24 Hours`, `1 minute` (as written in a table cell).
    pub fn parse(text: &str) -> Option<Duration> {
        let mut parts = text.split_whitespace();
        let amount = parts.next()?.parse().ok()?;
        let unit = Unit::parse(parts.next()?)?;
        if parts.next().is_some() {
            return None;
        }
        Some(Duration { amount, unit })
    }

    /// The length in seconds, for comparisons.
    pub fn seconds(self) -> u64 {
        self.amount.saturating_mul(self.unit.seconds())
    }

    /// Every duration written in words inside `text` ("kept for 2 years"), with its byte range.
    pub fn find_in(text: &str) -> Vec<(std::ops::Range<usize>, Duration)> {
        let words: Vec<(usize, &str)> = text
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect();
        let mut out = Vec::new();
        for pair in words.windows(2) {
            let [(start, amount), (unit_at, unit)] = pair else {
                continue;
            };
            let unit_word = unit.trim_end_matches(|c: char| !c.is_ascii_alphabetic());
            let amount = amount.trim_start_matches(|c: char| !c.is_ascii_digit());
            if amount.is_empty() || !amount.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            if let (Ok(n), Some(u)) = (amount.parse(), Unit::parse(unit_word)) {
                let begin = start + (pair[0].1.len() - amount.len());
                out.push((
                    begin..unit_at + unit_word.len(),
                    Duration { amount: n, unit: u },
                ));
            }
        }
        out
    }
}

impl PartialOrd for Duration {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.seconds().cmp(&other.seconds()))
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.unit.name(self.amount != 1))
    }
}

/// How long something is kept or lives.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Lifetime {
    /// Until the browser session ends.
    Session,
    /// A fixed period, optionally counted from an event.
    Period {
        /// The length.
        duration: Duration,
        /// The event it runs from (`account-closure`), if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        after: Option<String>,
    },
    /// A criterion in words ("as long as your account is open").
    Criterion {
        /// The words.
        text: String,
    },
    /// Kept without limit.
    Indefinite,
}

impl fmt::Display for Lifetime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lifetime::Session => f.write_str("session"),
            Lifetime::Period {
                duration,
                after: None,
            } => write!(f, "{duration}"),
            Lifetime::Period {
                duration,
                after: Some(t),
            } => write!(f, "{duration} after {}", t.replace('-', " ")),
            Lifetime::Criterion { text } => f.write_str(text),
            Lifetime::Indefinite => f.write_str("indefinitely"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_may_name_only_its_month() {
        let d = Date::parse_day_or_month("2025-08").unwrap();
        assert!(d.is_month_only());
        assert_eq!(d.to_string(), "2025-08");
        assert_eq!(d.long(), "August 2025");
        // Its last day: an age counted from it is never overstated.
        let last = Date::parse("2025-08-31").unwrap();
        assert_eq!(d.days_since_epoch(), last.days_since_epoch());
        assert_eq!(
            Date::parse_day_or_month("2025-13").unwrap_err(),
            "month 13 does not exist"
        );
        // Elsewhere (today, a HAR entry) a date names its day.
        assert!(Date::parse("2025-08").is_err());
        assert_eq!(
            Date::parse_day_or_month("2025-08-14").unwrap().long(),
            "14 August 2025"
        );
    }

    #[test]
    fn dates_are_checked_against_the_calendar() {
        assert!(Date::parse("2018-07-22").is_ok());
        assert!(Date::parse("2024-02-29").is_ok());
        assert_eq!(
            Date::parse("2023-02-29").unwrap_err(),
            "February has 28 days, not 29"
        );
        assert_eq!(
            Date::parse("2018-13-01").unwrap_err(),
            "month 13 does not exist"
        );
    }

    #[test]
    fn days_since_epoch_counts_days() {
        let a = Date::parse("1970-01-01").unwrap();
        let b = Date::parse("2018-07-22").unwrap();
        assert_eq!(a.days_since_epoch(), 0);
        assert_eq!(b.days_since_epoch(), 17_734);
        for d in [-800_000, -1, 0, 17_734, 20_000, 2_000_000] {
            assert_eq!(Date::from_days_since_epoch(d).days_since_epoch(), d);
        }
        assert_eq!(Date::from_days_since_epoch(17_734), b);
    }

    #[test]
    fn durations_compare_by_length() {
        let two_years = Duration::parse("2 Years").unwrap();
        let day = Duration::parse("24 hours").unwrap();
        assert!(two_years > day);
        assert_eq!(two_years.to_string(), "2 years");
        assert_eq!(Duration::parse("1 minute").unwrap().to_string(), "1 minute");
        assert!(Duration::parse("2 yeers").is_none());
        assert_eq!(Duration::parse("30 min").unwrap().to_string(), "30 minutes");
    }

    #[test]
    fn durations_are_found_in_words() {
        let text = "kept for 2 years, then (3 Months) more; 5 apples";
        let found = Duration::find_in(text);
        let got: Vec<(&str, String)> = found
            .iter()
            .map(|(r, d)| (&text[r.clone()], d.to_string()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("2 years", "2 years".into()),
                ("3 Months", "3 months".into())
            ]
        );
    }

    #[test]
    fn the_grammar_spells_units_as_the_model_does() {
        let grammar = include_str!("../../grammar/policy.pest");
        let rule = grammar
            .lines()
            .find(|l| l.starts_with("unit = "))
            .expect("the grammar has a unit rule");
        let in_grammar: Vec<&str> = rule.split('"').skip(1).step_by(2).collect();
        let in_model: Vec<&str> = Unit::SPELLINGS.iter().map(|(w, _)| *w).collect();
        assert_eq!(in_grammar, in_model);
    }
}
