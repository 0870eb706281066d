//! Calendar dates: parsed from ISO `YYYY-MM-DD`, counted in days; each language prints them
//! through its catalog (`i18n::Phrases::date`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let date = Self { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= date.days_in_month()).then_some(date)
    }

    /// Parses `YYYY-MM-DD` (a TOML date or an ISO string); a time part, if any, is ignored.
    pub fn parse_iso(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let date_part = text.split(['T', ' ']).next().unwrap_or_default();
        let mut parts = date_part.splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(format!("{text_q} is not a date in the form YYYY-MM-DD", text_q = crate::quote::quoted(text)));
        };
        let year = y.parse::<i32>().ok().filter(|_| y.len() == 4);
        let month = m.parse::<u8>().ok().filter(|_| m.len() == 2);
        let day = d.parse::<u8>().ok().filter(|_| d.len() == 2);
        match (year, month, day) {
            (Some(year), Some(month), Some(day)) => {
                Self::new(year, month, day).ok_or_else(|| format!("{text_q} is not a calendar date", text_q = crate::quote::quoted(text)))
            }
            _ => Err(format!("{text_q} is not a date in the form YYYY-MM-DD", text_q = crate::quote::quoted(text))),
        }
    }

    fn is_leap(year: i32) -> bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    pub fn days_in_month(&self) -> u8 {
        match self.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if Self::is_leap(self.year) => 29,
            2 => 28,
            _ => 0,
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for date arithmetic and Excel serials.
    pub fn days_since_epoch(&self) -> i64 {
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days_since_epoch(days: i64) -> Self {
        // Any number an expression gives (`date(-1e300)`) is a day; beyond ±270,000 years it
        // is held at that bound rather than overflowing (found by tests/properties.rs).
        let z = days.clamp(-100_000_000, 100_000_000) + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    /// Today (UTC), or the day of `SOURCE_DATE_EPOCH` when it is set, for reproducible builds.
    pub fn today() -> Self {
        let seconds = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64));
        Self::from_days_since_epoch(seconds.div_euclid(86_400))
    }

    pub fn add_days(&self, days: i64) -> Self {
        Self::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// `120926`: the day-month-year stamp printed after a job number.
    pub fn ddmmyy(&self) -> String {
        format!("{:02}{:02}{:02}", self.day, self.month, self.year.rem_euclid(100))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    /// Accepts an ISO string, or a TOML date (which arrives as a TOML datetime).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Toml(toml::value::Datetime),
        }
        let text = match Raw::deserialize(deserializer)? {
            Raw::Text(text) => text,
            Raw::Toml(datetime) => datetime.to_string(),
        };
        Date::parse_iso(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_line_dates() {
        assert_eq!(Date::new(2026, 9, 12).unwrap().ddmmyy(), "120926");
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for bad in ["2026-13-01", "2026-02-30", "26-01-01", "03/04/2026", ""] {
            assert!(Date::parse_iso(bad).is_err(), "{bad} accepted");
        }
        assert_eq!(Date::parse_iso("2024-02-29").unwrap().day, 29);
    }

    #[test]
    fn epoch_days_round_trip() {
        for days in [-25_000, 0, 1, 19_000, 20_500, 60_000] {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
    }
}
