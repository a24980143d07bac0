//! Minimal proleptic Gregorian calendar arithmetic on day numbers.
//!
//! Dates are counted in days since 1970-01-01 (the Unix epoch) and converted
//! with Howard Hinnant's `civil_from_days` / `days_from_civil` algorithms.

/// A calendar day, counted in days since 1970-01-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i64);

/// English month names, January first.
pub const MONTHS: [&str; 12] = [
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

/// English weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl Day {
    /// The day of a civil date (month and day are 1-based).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Day {
        let y = i64::from(year) - i64::from(month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(month);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Day(era * 146_097 + doe - 719_468)
    }

    /// The civil date `(year, month, day)` of this day.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i64::from(m <= 2);
        (y as i32, m, d)
    }

    /// Weekday index, 0 = Monday.
    pub fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday (index 3).
        (self.0 + 3).rem_euclid(7) as usize
    }

    /// The day `n` days earlier.
    pub fn minus(self, n: i64) -> Day {
        Day(self.0 - n)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}-{m:02}-{d:02}")
    }
}

/// Formats `(year, month, day)` as `YYYY-MM-DD`.
pub fn iso(date: (i32, u32, u32)) -> String {
    format!("{:04}-{:02}-{:02}", date.0, date.1, date.2)
}

/// Parses `YYYY-MM-DD` into a checked civil date.
pub fn parse_iso(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.split('-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next()?.parse().ok()?;
    let d: u32 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !(1..=12).contains(&m) || d == 0 || text.len() != 10 {
        return None;
    }
    // A real date survives the round trip through a day number.
    (Day::from_ymd(y, m, d).ymd() == (y, m, d)).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(Day::from_ymd(1970, 1, 1), Day(0));
        assert_eq!(Day::from_ymd(2022, 2, 24).ymd(), (2022, 2, 24));
        assert_eq!(WEEKDAYS[Day::from_ymd(2022, 2, 24).weekday()], "Thursday");
        assert_eq!(WEEKDAYS[Day::from_ymd(2023, 10, 7).weekday()], "Saturday");
        assert_eq!(Day::from_ymd(2024, 3, 1).minus(1).iso(), "2024-02-29");
    }

    #[test]
    fn round_trip_over_the_corpus_range() {
        let start = Day::from_ymd(2021, 1, 1).0;
        for n in start..start + 3000 {
            let (y, m, d) = Day(n).ymd();
            assert_eq!(Day::from_ymd(y, m, d), Day(n));
            assert_eq!(parse_iso(&Day(n).iso()), Some((y, m, d)));
        }
        assert_eq!(parse_iso("2023-02-29"), None);
        assert_eq!(parse_iso("2023-2-09"), None);
    }
}
