//! The bookkeeping around availability look-ups, kept out of the network layer so it
//! is tested natively: the answer cache (so re-typing a name costs no request), and
//! resolvers resting after a 429. Times are milliseconds from any fixed origin.

use std::collections::HashMap;

use crate::dns::Availability;

/// Answers by domain, each until its cache time runs out. Errors are never cached:
/// `unknown` is asked again next time.
#[derive(Debug, Default)]
pub struct Cache {
    answers: HashMap<String, (Availability, f64)>,
}

impl Cache {
    pub fn get(&self, domain: &str, now_ms: f64) -> Option<Availability> {
        self.answers
            .get(domain)
            .filter(|(_, until)| now_ms < *until)
            .map(|(a, _)| *a)
    }

    pub fn put(&mut self, domain: &str, answer: Availability, secs: u32, now_ms: f64) {
        // Drop what has run out, so a long session does not grow the map forever.
        self.answers.retain(|_, (_, until)| now_ms < *until);
        self.answers.insert(
            domain.to_owned(),
            (answer, now_ms + f64::from(secs) * 1000.0),
        );
    }
}

/// Resolvers that answered 429 Too Many Requests rest until their `Retry-After`.
#[derive(Debug, Default)]
pub struct Backoff {
    resting_until: HashMap<String, f64>,
}

/// How long a resolver rests after a 429 without a usable `Retry-After`.
pub const DEFAULT_RETRY_SECS: u32 = 30;
/// The longest rest honoured: a resolver asking for more is simply skipped for 10 minutes.
pub const MAX_RETRY_SECS: u32 = 600;

impl Backoff {
    /// Records a 429 from `endpoint` with its `Retry-After` header, if any.
    pub fn too_many(&mut self, endpoint: &str, retry_after: Option<&str>, now_ms: f64) {
        let secs = retry_after
            .and_then(retry_after_secs)
            .unwrap_or(DEFAULT_RETRY_SECS)
            .min(MAX_RETRY_SECS);
        self.resting_until
            .insert(endpoint.to_owned(), now_ms + f64::from(secs) * 1000.0);
    }

    /// The endpoints to try now, in their configured order.
    pub fn usable<'a>(&self, endpoints: &'a [String], now_ms: f64) -> Vec<&'a str> {
        endpoints
            .iter()
            .filter(|e| {
                self.resting_until
                    .get(*e)
                    .is_none_or(|until| now_ms >= *until)
            })
            .map(String::as_str)
            .collect()
    }
}

/// `Retry-After` as delta-seconds (RFC 9110 §10.2.3). The HTTP-date form is not
/// read (it would need the server's clock): the caller's default applies.
pub fn retry_after_secs(value: &str) -> Option<u32> {
    let v = value.trim();
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(v.parse::<u32>().unwrap_or(u32::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_served_until_their_cache_time_runs_out() {
        let mut c = Cache::default();
        c.put("an.id.vn", Availability::Taken, 60, 1_000.0);
        assert_eq!(c.get("an.id.vn", 1_000.0), Some(Availability::Taken));
        assert_eq!(c.get("an.id.vn", 60_999.0), Some(Availability::Taken));
        assert_eq!(c.get("an.id.vn", 61_000.0), None);
        assert_eq!(c.get("binh.id.vn", 1_000.0), None);
    }

    #[test]
    fn expired_answers_are_dropped_when_new_ones_arrive() {
        let mut c = Cache::default();
        c.put("old.id.vn", Availability::LikelyAvailable, 30, 0.0);
        c.put("new.id.vn", Availability::Taken, 30, 40_000.0);
        assert_eq!(c.answers.len(), 1);
        // An answer runs out at exactly its time: not served, and dropped then.
        c.put("next.id.vn", Availability::Taken, 30, 70_000.0);
        assert_eq!(c.get("new.id.vn", 70_000.0), None);
        assert_eq!(c.answers.len(), 1);
        assert_eq!(c.get("next.id.vn", 70_000.0), Some(Availability::Taken));
    }

    #[test]
    fn a_resolver_answering_429_rests_for_its_retry_after() {
        let endpoints = vec![
            "https://a/dns-query".to_owned(),
            "https://b/dns-query".to_owned(),
        ];
        let mut b = Backoff::default();
        assert_eq!(
            b.usable(&endpoints, 0.0),
            ["https://a/dns-query", "https://b/dns-query"]
        );
        b.too_many("https://a/dns-query", Some("5"), 0.0);
        assert_eq!(b.usable(&endpoints, 4_999.0), ["https://b/dns-query"]);
        assert_eq!(
            b.usable(&endpoints, 5_000.0),
            ["https://a/dns-query", "https://b/dns-query"]
        );
    }

    #[test]
    fn retry_after_defaults_and_is_capped() {
        let endpoints = vec!["https://a/q".to_owned()];
        let mut b = Backoff::default();
        b.too_many("https://a/q", Some("Wed, 21 Oct 2026 07:28:00 GMT"), 0.0);
        assert!(b
            .usable(&endpoints, f64::from(DEFAULT_RETRY_SECS) * 1000.0 - 1.0)
            .is_empty());
        assert_eq!(
            b.usable(&endpoints, f64::from(DEFAULT_RETRY_SECS) * 1000.0)
                .len(),
            1
        );
        b.too_many("https://a/q", Some("99999999999"), 0.0);
        assert_eq!(
            b.usable(&endpoints, f64::from(MAX_RETRY_SECS) * 1000.0)
                .len(),
            1
        );
        assert_eq!(retry_after_secs(" 120 "), Some(120));
        assert_eq!(retry_after_secs("-1"), None);
        assert_eq!(retry_after_secs(""), None);
    }
}
