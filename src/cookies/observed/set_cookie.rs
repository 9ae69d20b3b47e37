//! Parsing `Set-Cookie` header lines and the cookie dates they carry
//! (RFC 6265): what each line sets, for how long, or whether it deletes.

use super::{life_until, normal_domain, unix, Life, EPOCH_2001};
use crate::model::Date;

/// What a `Set-Cookie` line read at `now` (seconds since the epoch) asks
/// for: `None` for a line that cannot be read, `Some(None)` for a deletion.
pub fn set_cookie_life(line: &str, now: i64) -> Option<Option<Life>> {
    parse_set_cookie(line, Some(now)).map(|c| c.life)
}

/// A cookie set by a `Set-Cookie` line.
#[derive(Debug)]
pub(super) struct SetCookie<'a> {
    pub(super) name: &'a str,
    pub(super) domain: Option<String>,
    /// `None`: the line deletes the cookie.
    pub(super) life: Option<Life>,
}

/// `name=value; Max-Age=…; Expires=…; Domain=…`, read by the `cookie` crate;
/// an `Expires` date it cannot read is read by the RFC 6265 §5.1.1 algorithm.
/// Max-Age wins over Expires (RFC 6265 §5.3 step 3).
pub(super) fn parse_set_cookie(line: &str, now: Option<i64>) -> Option<SetCookie<'_>> {
    let parsed = cookie::Cookie::parse(line.trim()).ok()?;
    let name = line.trim().split('=').next()?.trim();
    if name.is_empty() || name != parsed.name() {
        return None;
    }
    let domain = parsed.domain().map(normal_domain).filter(|d| !d.is_empty());
    let life = if let Some(age) = parsed.max_age() {
        let secs = age.whole_seconds();
        (secs > 0).then(|| Life::Seconds(u64::try_from(secs).unwrap_or(u64::MAX)))
    } else {
        let expires = match parsed.expires() {
            Some(cookie::Expiration::DateTime(t)) => Some(t.unix_timestamp()),
            _ => line
                .split(';')
                .skip(1)
                .filter_map(|a| a.split_once('='))
                .find(|(k, _)| k.trim().eq_ignore_ascii_case("expires"))
                .and_then(|(_, v)| parse_cookie_date(v.trim())),
        };
        match (expires, now) {
            (None, _) => Some(Life::Session),
            (Some(end), Some(now)) => life_until(end, now),
            (Some(end), None) if end < EPOCH_2001 => None,
            (Some(_), None) => Some(Life::Unknown),
        }
    };
    Some(SetCookie { name, domain, life })
}

/// A cookie date by the algorithm of RFC 6265 §5.1.1, which browsers use: the
/// first time, day of month, month and year tokens in any order, so it reads
/// `Wed, 21 Oct 2015 07:28:00 GMT`, `Sun, 06-Nov-94 08:49:37 GMT`, asctime
/// (`Sun Nov  6 08:49:37 1994`), `30 Nov 2027 00:00:00 GMT` and JavaScript's
/// `Tue Nov 30 2027 00:00:00 GMT+0000 (Coordinated Universal Time)`.
pub fn parse_cookie_date(s: &str) -> Option<i64> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let delimiter = |c: char| matches!(c, '\t' | ' '..='/' | ';'..='@' | '['..='`' | '{'..='~');
    // `1*n DIGIT` followed by nothing or a non-digit: the digits.
    let digits = |t: &str, min: usize, max: usize| -> Option<i64> {
        let n = t.bytes().take_while(u8::is_ascii_digit).count();
        (min..=max)
            .contains(&n)
            .then(|| t[..n].parse().ok())
            .flatten()
    };
    let (mut time, mut day, mut month, mut year) = (None, None, None, None);
    for token in s.split(delimiter).filter(|t| !t.is_empty()) {
        if time.is_none() {
            let mut parts = token.splitn(3, ':');
            if let (Some(h), Some(m), Some(sec)) = (parts.next(), parts.next(), parts.next()) {
                if let (Some(h), Some(m), Some(sec)) = (
                    (h.len() <= 2).then(|| digits(h, 1, 2)).flatten(),
                    (m.len() <= 2).then(|| digits(m, 1, 2)).flatten(),
                    digits(sec, 1, 2),
                ) {
                    time = Some((h, m, sec));
                    continue;
                }
            }
        }
        if day.is_none() {
            if let Some(d) = digits(token, 1, 2) {
                day = Some(d);
                continue;
            }
        }
        if month.is_none() {
            let lower = token.get(..3).map(str::to_ascii_lowercase);
            if let Some(m) = lower.and_then(|l| MONTHS.iter().position(|m| *m == l)) {
                month = Some(m + 1);
                continue;
            }
        }
        if year.is_none() {
            if let Some(y) = digits(token, 2, 4) {
                year = Some(y);
                continue;
            }
        }
    }
    let (h, m, sec) = time?;
    let (day, month, mut year) = (day?, month?, year?);
    if (70..=99).contains(&year) {
        year += 1900;
    } else if (0..=69).contains(&year) {
        year += 2000;
    }
    if year < 1601 || h > 23 || m > 59 || sec > 59 {
        return None;
    }
    let date = Date::parse(&format!("{year:04}-{month:02}-{day:02}")).ok()?;
    Some(unix(date, h, m, sec))
}

#[cfg(test)]
mod tests {
    use super::super::har::parse_iso;
    use super::super::{capped, human_duration, BROWSER_LIMIT_SECS};
    use super::*;

    const NOW: &str = "2026-11-29T00:00:00.000Z";

    fn life(line: &str) -> Option<Life> {
        parse_set_cookie(line, parse_iso(NOW)).and_then(|c| c.life)
    }

    #[test]
    fn set_cookie_lifetimes() {
        let text = |l: &str| life(l).map(|l| l.to_string());
        assert_eq!(
            text("_ga=GA1.1.1; Max-Age=63072000; Path=/").as_deref(),
            Some("2 years")
        );
        assert_eq!(
            text("sid=abc; Path=/; HttpOnly").as_deref(),
            Some("the session")
        );
        assert_eq!(
            text("x=1; Expires=Mon, 30 Nov 2026 00:00:00 GMT").as_deref(),
            Some("24 hours")
        );
        assert_eq!(
            text("x=1; expires=Sun, 29-Nov-2026 00:30:00 GMT").as_deref(),
            Some("30 minutes")
        );
    }

    #[test]
    fn deletions_set_nothing() {
        assert_eq!(life("x=; Max-Age=0"), None);
        assert_eq!(life("x=; Max-Age=-1"), None);
        assert_eq!(life("x=; Expires=Thu, 01 Jan 1970 00:00:00 GMT"), None);
        assert_eq!(
            parse_set_cookie("x=; Expires=Thu, 01 Jan 1970 00:00:00 GMT", None)
                .and_then(|c| c.life),
            None
        );
    }

    #[test]
    fn every_date_form_of_rfc_6265_is_read() {
        let want = parse_iso("2027-11-30T08:49:37Z");
        for s in [
            "Tue, 30 Nov 2027 08:49:37 GMT",
            "Tuesday, 30-Nov-27 08:49:37 GMT",
            "Tue Nov 30 08:49:37 2027",
            "30 Nov 2027 08:49:37 GMT",
            "Tue Nov 30 2027 08:49:37 GMT+0000 (Coordinated Universal Time)",
            "2027 Nov 30 08:49:37",
        ] {
            assert_eq!(parse_cookie_date(s), want, "{s}");
        }
        assert_eq!(
            parse_cookie_date("Tue Nov  6 08:49:37 1994"),
            parse_iso("1994-11-06T08:49:37Z")
        );
        for bad in [
            "",
            "tomorrow",
            "31 Feb 2027 00:00:00",
            "30 Nov 2027",
            "30 Nov 1500 00:00:00",
            "30 Nov 2027 25:00:00",
        ] {
            assert_eq!(parse_cookie_date(bad), None, "{bad}");
        }
        assert!(matches!(
            life("x=1; Expires=Tue Nov 30 2027 00:00:00 GMT+0000 (Coordinated Universal Time)"),
            Some(Life::Seconds(_))
        ));
    }

    #[test]
    fn huge_max_age_is_the_browsers_limit() {
        let c = parse_set_cookie("x=1; Max-Age=9223372036854775807", parse_iso(NOW)).unwrap();
        let (l, asked) = capped(c.life.unwrap());
        assert_eq!(l, Life::Seconds(BROWSER_LIMIT_SECS));
        assert!(asked.is_some());
        assert_eq!(l.to_string(), "400 days");
        assert_eq!(human_duration(asked.unwrap()), "about 292 billion years");
        let c = parse_set_cookie("x=1; Max-Age=99999999999999999999999", parse_iso(NOW)).unwrap();
        assert_eq!(capped(c.life.unwrap()).0, Life::Seconds(BROWSER_LIMIT_SECS));
    }
}
