//! What only a business page has, cleaned ([`CleanBusiness`]), and its schema.org
//! `LocalBusiness` JSON-LD.
//!
//! Decisions, each tested below:
//! - **Phone**: digits, spaces, `.`, `-`, `(`, `)` and one leading `+`, 8 to 15
//!   digits; anything else is refused (not shown). The `tel:` address holds digits
//!   and the leading `+` only: E.164 where the number says its country (`+84 …`,
//!   `0084 …`) or is Vietnamese (`0294 …` → `+84294…`), else the digits as typed.
//! - **Zalo**: a phone number becomes `https://zalo.me/<national number>` (the form
//!   Zalo's own links use); otherwise an `https:` address on `zalo.me` or one of its
//!   subdomains. Nothing else.
//! - **Facebook**: an `https:` address on `facebook.com`, `fb.com` or `fb.me` (any
//!   subdomain: `www.`, `m.`, `web.`), or a bare page name (`banhtetcoba`,
//!   `@banhtetcoba`), read as `https://www.facebook.com/<name>`. Another host is
//!   refused, so the link says where it goes.
//! - **Hours**: a day may have several spans (`Hours` entries with the same `day`,
//!   e.g. 06:00–11:00 and 14:00–20:00); a day whose entries are all empty is closed; a
//!   day with no entry is not shown; if no day has a time, the section is left out
//!   (a blank form is not "closed all week"). Times that read as a time of day
//!   ("6h", "6:00", "20h30", "8 pm", "6 giờ") are written `HH:MM`; other text is kept
//!   as typed (cleaned) and left out of the JSON-LD.

use serde::Serialize;

use super::escape::{clean_line, encode_component, is_hostname, safe_url};
use super::{Business, Hours};

/// A phone number that may be called.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Phone {
    /// As typed, cleaned: what the page shows.
    pub shown: String,
    /// `+84294…`, when the country is known.
    pub e164: Option<String>,
    /// The digits as typed, for the national form.
    digits: String,
}

impl Phone {
    /// The `tel:` address: a leading `+` and digits only.
    pub fn href(&self) -> String {
        format!("tel:{}", self.e164.as_deref().unwrap_or(&self.digits))
    }

    /// The number as the link shows it: spaces and hyphens made non-breaking, so it
    /// never wraps in the middle.
    pub fn text(&self) -> String {
        self.shown.replace(' ', "\u{a0}").replace('-', "\u{2011}")
    }
}

/// One opening span of a day, each end `HH:MM` where it reads as a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Span {
    pub opens: String,
    pub closes: String,
    /// Both ends as `HH:MM`, for the JSON-LD.
    pub iso: Option<(String, String)>,
}

#[derive(Debug, Default)]
pub(super) struct CleanOffer {
    pub name: String,
    pub price: String,
    pub description: String,
}

/// The business fields, cleaned. `week[0]` is Monday: `None` not given, an empty
/// list closed.
#[derive(Debug, Default)]
pub(super) struct CleanBusiness {
    pub legal_name: String,
    pub offers: Vec<CleanOffer>,
    pub week: Option<[Option<Vec<Span>>; 7]>,
    pub address: String,
    pub phone: Option<Phone>,
    pub zalo: Option<String>,
    pub facebook: Option<String>,
}

impl CleanBusiness {
    /// `name` is the page's (cleaned) name: a legal name equal to it is not repeated.
    pub fn from_input(b: &Business, name: &str) -> CleanBusiness {
        let legal_name = clean_line(&b.legal_name);
        CleanBusiness {
            legal_name: if legal_name.eq_ignore_ascii_case(name) {
                String::new()
            } else {
                legal_name
            },
            offers: b
                .offers
                .iter()
                .map(|o| CleanOffer {
                    name: clean_line(&o.name),
                    price: clean_line(&o.price),
                    description: super::escape::clean_text(&o.description),
                })
                .filter(|o| !o.name.is_empty() || !o.description.is_empty())
                .collect(),
            week: week(&b.hours),
            address: clean_line(&b.address),
            phone: phone(&b.phone),
            zalo: zalo(&b.zalo),
            facebook: facebook(&b.facebook),
        }
    }

    /// The "directions" link: a Google Maps search for the address text. A link
    /// only: the page itself asks no map service anything.
    pub fn directions(&self) -> Option<String> {
        if self.address.is_empty() {
            return None;
        }
        let mut url = String::from("https://www.google.com/maps/search/?api=1&query=");
        encode_component(&mut url, &self.address);
        Some(url)
    }
}

/// A phone number as typed, or `None` if it holds anything but a phone number.
pub(super) fn phone(raw: &str) -> Option<Phone> {
    let shown = clean_line(raw);
    let body = shown.strip_prefix('+').unwrap_or(&shown);
    if !body
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'.' | b'-' | b'(' | b')'))
    {
        return None;
    }
    let digits: String = body.chars().filter(char::is_ascii_digit).collect();
    if !(8..=15).contains(&digits.len()) {
        return None;
    }
    let e164 = if body.len() < shown.len() {
        Some(format!("+{digits}"))
    } else if let Some(rest) = digits.strip_prefix("00") {
        Some(format!("+{rest}"))
    } else {
        digits.strip_prefix('0').map(|rest| format!("+84{rest}"))
    };
    Some(Phone {
        shown,
        e164,
        digits,
    })
}

/// The host of an `https://` address from `safe_url`, lower-cased, if it is a plain
/// host name (no user, no port).
fn host(url: &str) -> Option<String> {
    let after = url.strip_prefix("https://")?;
    let host = &after[..after.find(['/', '?', '#']).unwrap_or(after.len())];
    is_hostname(host).then(|| host.to_ascii_lowercase())
}

/// Whether `host` is `domain` or one of its subdomains.
fn on(host: &str, domain: &str) -> bool {
    host == domain
        || host
            .strip_suffix(domain)
            .is_some_and(|sub| sub.ends_with('.'))
}

pub(super) fn zalo(raw: &str) -> Option<String> {
    if let Some(p) = phone(raw) {
        let national = match p.e164.as_deref().and_then(|e| e.strip_prefix("+84")) {
            Some(rest) => format!("0{rest}"),
            None => p.digits,
        };
        return Some(format!("https://zalo.me/{national}"));
    }
    let url = safe_url(raw)?;
    host(&url).is_some_and(|h| on(&h, "zalo.me")).then_some(url)
}

pub(super) fn facebook(raw: &str) -> Option<String> {
    if let Some(url) = safe_url(raw) {
        let ok = host(&url).is_some_and(|h| {
            ["facebook.com", "fb.com", "fb.me"]
                .iter()
                .any(|d| on(&h, d))
        });
        return ok.then_some(url);
    }
    let s = clean_line(raw);
    let name = s.strip_prefix('@').unwrap_or(&s);
    let ok = (2..=80).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
        && name.bytes().any(|b| b.is_ascii_alphabetic());
    ok.then(|| format!("https://www.facebook.com/{name}"))
}

/// A time of day as typed, as `HH:MM`: "6", "6h", "06:00", "6.30", "20h30",
/// "6 giờ 30", "8 pm", "12am"; `24:00` is accepted as a closing time.
pub(super) fn hhmm(raw: &str) -> Option<String> {
    let lower = raw.to_lowercase().replace("giờ", "h").replace(' ', "");
    let (t, half) = if let Some(t) = lower.strip_suffix("am") {
        (t, Some(0))
    } else if let Some(t) = lower.strip_suffix("pm") {
        (t, Some(12))
    } else {
        (lower.as_str(), None)
    };
    let t = t.strip_suffix('h').unwrap_or(t);
    let end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (hours, rest) = t.split_at(end);
    let minutes = match rest.chars().next() {
        None => "",
        Some(':' | 'h' | 'g' | '.') => &rest[1..],
        Some(_) => return None,
    };
    let num = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let mut h = num(hours, 1..=2)?;
    let m = if minutes.is_empty() {
        0
    } else {
        num(minutes, 2..=2)?
    };
    if let Some(offset) = half {
        if !(1..=12).contains(&h) {
            return None;
        }
        h = h % 12 + offset;
    }
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then(|| format!("{h:02}:{m:02}"))
}

/// The week from the typed hours (see the module doc), or `None` if no day has a time.
fn week(hours: &[Hours]) -> Option<[Option<Vec<Span>>; 7]> {
    let mut week: [Option<Vec<Span>>; 7] = Default::default();
    let mut any = false;
    for h in hours {
        let Some(day) = week.get_mut(usize::from(h.day)) else {
            continue;
        };
        let spans = day.get_or_insert_with(Vec::new);
        let (opens, closes) = (hhmm(&h.opens), hhmm(&h.closes));
        let shown =
            |iso: &Option<String>, raw: &str| iso.clone().unwrap_or_else(|| clean_line(raw));
        let span = Span {
            opens: shown(&opens, &h.opens),
            closes: shown(&closes, &h.closes),
            iso: opens.zip(closes),
        };
        if !span.opens.is_empty() || !span.closes.is_empty() {
            any = true;
            spans.push(span);
        }
    }
    any.then_some(week)
}

/// schema.org's names of the days, Monday first.
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LocalBusiness<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    legal_name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    telephone: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<Address<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    opening_hours_specification: Vec<OpeningHours<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    same_as: Vec<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Address<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    street_address: &'a str,
    address_country: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OpeningHours<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    day_of_week: &'static str,
    opens: &'a str,
    closes: &'a str,
}

/// What the JSON-LD says besides the business fields.
pub(super) struct About<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub url: Option<&'a str>,
    pub image: Option<&'a str>,
    pub email: Option<&'a str>,
}

/// The `LocalBusiness` JSON-LD, ready to stand between `<script
/// type="application/ld+json">` and `</script>`: serialised by serde_json (so every
/// typed value is a JSON string), then `<`, `>`, `&` and `'` written `\u003c`,
/// `\u003e`, `\u0026`, `\u0027`, and U+2028/U+2029 as `\u2028`/`\u2029`. The text therefore holds no
/// `</script` and no `<!--` whatever was typed, and is still the same JSON. Only
/// days whose spans both read as times are listed (closed days are not listed, as
/// schema.org expects).
pub(super) fn json_ld(b: &CleanBusiness, about: &About<'_>) -> String {
    let mut hours = Vec::new();
    for (day, spans) in DAYS.iter().zip(b.week.iter().flatten()) {
        for (opens, closes) in spans.iter().flatten().filter_map(|s| s.iso.as_ref()) {
            hours.push(OpeningHours {
                kind: "OpeningHoursSpecification",
                day_of_week: day,
                opens,
                closes,
            });
        }
    }
    let doc = LocalBusiness {
        context: "https://schema.org",
        kind: "LocalBusiness",
        name: about.name,
        legal_name: &b.legal_name,
        description: about.description,
        url: about.url,
        image: about.image,
        telephone: b
            .phone
            .as_ref()
            .map(|p| p.e164.as_deref().unwrap_or(&p.shown)),
        email: about.email,
        address: (!b.address.is_empty()).then_some(Address {
            kind: "PostalAddress",
            street_address: &b.address,
            address_country: "VN",
        }),
        opening_hours_specification: hours,
        same_as: [&b.facebook, &b.zalo]
            .into_iter()
            .filter_map(|u| u.as_deref())
            .collect(),
    };
    // Plain structs of strings always serialise; `{}` is a harmless answer anyway.
    let json = serde_json::to_string(&doc).unwrap_or_else(|_| "{}".to_string());
    let mut out = String::with_capacity(json.len() + 32);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\'' => out.push_str("\\u0027"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_become_tel_addresses_of_digits_only() {
        let p = phone(" 0294 3855 246 ").unwrap();
        assert_eq!(p.shown, "0294 3855 246");
        assert_eq!(p.e164.as_deref(), Some("+842943855246"));
        assert_eq!(p.href(), "tel:+842943855246");
        assert_eq!(p.text(), "0294\u{a0}3855\u{a0}246");
        assert_eq!(
            phone("+84 (90) 123-4567").unwrap().href(),
            "tel:+84901234567"
        );
        assert_eq!(
            phone("0084.90.123.4567").unwrap().href(),
            "tel:+84901234567"
        );
        assert_eq!(phone("84901234567").unwrap().href(), "tel:84901234567");
        for bad in [
            "",
            "1234567",
            "0901 234 567 ext 2",
            "090123456789012345",
            "+84 90\"><script>",
            "javascript:alert(1)",
            "tel:0901234567",
            "0901;234567",
            "++84901234567",
            "０９０１２３４５６７",
        ] {
            assert_eq!(phone(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn zalo_takes_a_number_or_a_zalo_address() {
        assert_eq!(
            zalo("0901 234 567").as_deref(),
            Some("https://zalo.me/0901234567")
        );
        assert_eq!(
            zalo("+84 901 234 567").as_deref(),
            Some("https://zalo.me/0901234567")
        );
        assert_eq!(
            zalo("zalo.me/g/abcdef").as_deref(),
            Some("https://zalo.me/g/abcdef")
        );
        assert_eq!(
            zalo("https://OA.Zalo.me/x").as_deref(),
            Some("https://OA.Zalo.me/x")
        );
        for bad in [
            "https://evil.example/zalo.me",
            "https://zalo.me.evil.example/",
            "https://evilzalo.me/",
            "https://zalo.me@evil.example/",
            "https://zalo.me:8443/",
            "javascript:alert(1)",
            "http://zalo.me/0901234567",
        ] {
            assert_eq!(zalo(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn facebook_links_go_to_facebook_only() {
        assert_eq!(
            facebook("facebook.com/banhtetcoba").as_deref(),
            Some("https://facebook.com/banhtetcoba")
        );
        assert_eq!(
            facebook("https://m.facebook.com/banhtetcoba").as_deref(),
            Some("https://m.facebook.com/banhtetcoba")
        );
        assert_eq!(facebook("fb.me/x").as_deref(), Some("https://fb.me/x"));
        assert_eq!(
            facebook(" @banhtetcoba ").as_deref(),
            Some("https://www.facebook.com/banhtetcoba")
        );
        for bad in [
            "https://evil.example/facebook.com",
            "https://facebook.com.evil.example/",
            "https://notfacebook.com/",
            "https://facebook.com@evil.example/",
            "javascript:alert(1)",
            "\"><script>",
            "a b",
            "1234",
        ] {
            assert_eq!(facebook(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn typed_times_become_hh_mm() {
        for (typed, time) in [
            ("6h", "06:00"),
            ("6:00", "06:00"),
            ("06:00", "06:00"),
            ("20h30", "20:30"),
            ("20H30", "20:30"),
            ("6.30", "06:30"),
            ("6 giờ 30", "06:30"),
            ("7g", "07:00"),
            ("7", "07:00"),
            ("8 pm", "20:00"),
            ("12am", "00:00"),
            ("12 PM", "12:00"),
            ("24:00", "24:00"),
        ] {
            assert_eq!(hhmm(typed).as_deref(), Some(time), "{typed:?}");
        }
        for bad in [
            "", "sáng", "25h", "6:7", "6:60", "24:30", "13pm", "0am", "6:30:00", "-1",
        ] {
            assert_eq!(hhmm(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_week_has_spans_closed_days_and_unknown_days() {
        let h = |day, opens: &str, closes: &str| Hours {
            day,
            opens: opens.into(),
            closes: closes.into(),
        };
        let w = week(&[
            h(0, "6h", "11h"),
            h(0, "14h", "20h30"),
            h(6, "", ""),
            h(2, "sáng", "trưa"),
            h(9, "6h", "7h"),
        ])
        .unwrap();
        let monday = w[0].as_ref().unwrap();
        assert_eq!(monday.len(), 2);
        assert_eq!(
            monday[1].iso,
            Some(("14:00".to_string(), "20:30".to_string()))
        );
        assert_eq!(w[6].as_deref(), Some(&[][..]), "closed");
        assert_eq!(w[1], None, "not given");
        assert_eq!(w[2].as_ref().unwrap()[0].opens, "sáng");
        assert_eq!(w[2].as_ref().unwrap()[0].iso, None);
        assert!(week(&[h(0, "", ""), h(1, " ", "")]).is_none());
    }

    #[test]
    fn json_ld_cannot_end_its_script() {
        let b = CleanBusiness {
            address: "</script><script>alert(1)</script>\u{2028}&".into(),
            ..Default::default()
        };
        let about = About {
            name: "<!--",
            description: "",
            url: None,
            image: None,
            email: None,
        };
        let json = json_ld(&b, &about);
        assert!(!json.contains(['<', '>', '&', '\'', '\u{2028}']), "{json}");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["name"], "<!--");
        assert_eq!(
            v["address"]["streetAddress"],
            "</script><script>alert(1)</script>\u{2028}&"
        );
    }
}
