//! Target `starter`: the visitor's page, the whole way the widget makes it
//! (`starter::render`, `starter::json_resume`), from every field a visitor types.
//!
//! Input: the first byte picks the template (`b % 4`: CV, blog, contest, business),
//! the language (`b / 4 % 3`: vi, en, km) and the theme (`b / 12 % 3`: sea, forest,
//! clay); the rest, read as text, is the fields in [`FIELDS`] order separated by NUL.
//! A list field holds its entries separated by `\x1e` and an entry's parts by
//! `\x1f` (an hours entry's day is its first part's first byte minus `'0'`, so
//! `0`–`6` are Monday–Sunday, an empty part Monday, and anything else no day). The
//! separators are control characters, which the page removes from every typed value
//! anyway.
//!
//! Invariants, checked with a small tag scanner written here (not the crate's):
//! - the page is one document: it begins with the doctype, `<html lang>` of the
//!   language, the charset and the CSP `<meta>`; every tag is closed in order (but
//!   the void `meta`, `link`, `img`, `br`) and the last one is `</html>`; `html`,
//!   `head`, `title`, `style`, `body`, `header`, `h1`, `main` and `footer` once each;
//! - its tags are only the template's (the business page's `dl` and JSON-LD, the
//!   photo's `img`, `br` for line breaks) with the template's attributes, none named
//!   `on…`, every value double-quoted with no raw `<`, `>` or `"`; `meta`, `link`,
//!   `title`, `style` and `script` only in `<head>`, `img` only in `<header>`;
//! - the stylesheet is the template's, byte for byte whatever was typed;
//! - text holds no raw `>` and no `&` but `&amp;` `&lt;` `&gt;` `&quot;` `&#39;`;
//!   nothing holds NUL or a bidi override or isolate;
//! - every link's address is `https://…`, `mailto:…` or `tel:` with an optional `+`
//!   and digits, printable ASCII without spaces; the favicon is an SVG `data:` URL of
//!   percent-encoded bytes; the photo is there exactly when `safe_photo` accepts the
//!   typed one, and is that very text;
//! - there is no `<script` but, on the business page only, one
//!   `<script type="application/ld+json">` in the head, whose text holds no `<`, `>`,
//!   `&`, `'`, U+2028 or U+2029 and parses as JSON: a schema.org `LocalBusiness`
//!   named as the page's `h1`, its addresses `https://`, a telephone exactly when the
//!   typed phone has a `tel:` address (`tel_url`), which is then the address of the
//!   page's two `tel:` links (the call button and the number) and of none else; the
//!   typed Zalo and Facebook links the page accepts (`zalo_url`, `facebook_url`) are
//!   on it; other templates have no `tel:` link;
//! - rendering twice gives the same bytes;
//! - the JSON Resume export parses as a JSON object with `meta.language` the page's
//!   language, only the keys of its template (`basics` and `meta`, a contest's
//!   `projects`, the CV's lists), every `url` and `image` `https://` or `mailto:`
//!   printable ASCII, every date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` of a real month.

use serde_json::Value;
use vn_domain_assistant::i18n::Lang;
use vn_domain_assistant::starter::{
    facebook_url, json_resume, render, safe_photo, tel_url, zalo_url, Business, Certificate,
    Education, Experience, Hours, Language, Link, Member, Offer, Project, StarterInput, Template,
    Theme,
};

/// The fields after the first byte, in order; a list's entry parts in brackets.
pub const FIELDS: [&str; 26] = [
    "full_name",
    "domain",
    "headline",
    "about",
    "organisation",
    "email",
    "photo",
    "business.phone",
    "business.zalo",
    "business.facebook",
    "business.address",
    "business.legal_name",
    "business.offers[name price description]",
    "business.hours[day opens closes]",
    "education[institution study start end]",
    "experience[role organisation start end description]",
    "languages[name fluency]",
    "certificates[name issuer date]",
    "skills[]",
    "projects[name description url]",
    "links[label url]",
    "post_title",
    "post_body",
    "team_name",
    "team[name role]",
    "entry[name description url]",
];

/// The [`StarterInput`] of a fuzz input (`None` for the empty input).
pub fn input(data: &[u8]) -> Option<StarterInput> {
    let (&pick, rest) = data.split_first()?;
    let text = super::text(rest);
    let mut fields = text.split('\0');
    let mut next = || fields.next().unwrap_or_default().to_string();
    // `f[i]` is the field `FIELDS[i]`.
    let f: Vec<String> = FIELDS.iter().map(|_| next()).collect();
    // Each entry's parts, as many as asked for (missing ones empty).
    let entries = |field: &str, parts: usize| -> Vec<Vec<String>> {
        if field.is_empty() {
            return Vec::new();
        }
        field
            .split('\x1e')
            .map(|entry| {
                let mut it = entry.split('\x1f');
                (0..parts)
                    .map(|_| it.next().unwrap_or_default().to_string())
                    .collect()
            })
            .collect()
    };
    let mut entry = entries(&f[25], 3).into_iter().next().unwrap_or_default();
    entry.resize(3, String::new());
    let [name, description, url] = <[String; 3]>::try_from(entry).ok()?;
    Some(StarterInput {
        template: Template::ALL[usize::from(pick % 4)],
        lang: Lang::ALL[usize::from(pick / 4 % 3)],
        theme: Theme::ALL[usize::from(pick / 12 % 3)],
        full_name: f[0].clone(),
        domain: f[1].clone(),
        headline: f[2].clone(),
        about: f[3].clone(),
        organisation: f[4].clone(),
        email: f[5].clone(),
        photo: f[6].clone(),
        business: Business {
            phone: f[7].clone(),
            zalo: f[8].clone(),
            facebook: f[9].clone(),
            address: f[10].clone(),
            legal_name: f[11].clone(),
            offers: entries(&f[12], 3)
                .into_iter()
                .map(|p| Offer {
                    name: p[0].clone(),
                    price: p[1].clone(),
                    description: p[2].clone(),
                })
                .collect(),
            hours: entries(&f[13], 3)
                .into_iter()
                .map(|p| Hours {
                    day: p[0].bytes().next().map_or(0, |b| b.wrapping_sub(b'0')),
                    opens: p[1].clone(),
                    closes: p[2].clone(),
                })
                .collect(),
        },
        education: entries(&f[14], 4)
            .into_iter()
            .map(|p| Education {
                institution: p[0].clone(),
                study: p[1].clone(),
                start: p[2].clone(),
                end: p[3].clone(),
            })
            .collect(),
        experience: entries(&f[15], 5)
            .into_iter()
            .map(|p| Experience {
                role: p[0].clone(),
                organisation: p[1].clone(),
                start: p[2].clone(),
                end: p[3].clone(),
                description: p[4].clone(),
            })
            .collect(),
        languages: entries(&f[16], 2)
            .into_iter()
            .map(|p| Language {
                name: p[0].clone(),
                fluency: p[1].clone(),
            })
            .collect(),
        certificates: entries(&f[17], 3)
            .into_iter()
            .map(|p| Certificate {
                name: p[0].clone(),
                issuer: p[1].clone(),
                date: p[2].clone(),
            })
            .collect(),
        skills: entries(&f[18], 1)
            .into_iter()
            .map(|p| p[0].clone())
            .collect(),
        projects: entries(&f[19], 3)
            .into_iter()
            .map(|p| Project {
                name: p[0].clone(),
                description: p[1].clone(),
                url: p[2].clone(),
            })
            .collect(),
        links: entries(&f[20], 2)
            .into_iter()
            .map(|p| Link {
                label: p[0].clone(),
                url: p[1].clone(),
            })
            .collect(),
        post_title: f[21].clone(),
        post_body: f[22].clone(),
        team_name: f[23].clone(),
        team: entries(&f[24], 2)
            .into_iter()
            .map(|p| Member {
                name: p[0].clone(),
                role: p[1].clone(),
            })
            .collect(),
        entry: Project {
            name,
            description,
            url,
        },
    })
}

pub fn check(data: &[u8]) {
    let Some(input) = input(data) else { return };
    let html = render(&input);
    assert_eq!(render(&input), html, "same input, same page");
    let page = document(&html, &input);
    business(&input, &page);
    resume(&input);
}

/// What the scan of a page found that the other checks need.
struct Scanned {
    /// The `h1`'s text, decoded.
    h1: String,
    /// Every `<a href>`, decoded.
    hrefs: Vec<String>,
    /// The JSON-LD block's text, if any.
    json_ld: Option<String>,
}

const VOID: [&str; 4] = ["meta", "link", "img", "br"];
const ONCE: [&str; 9] = [
    "html", "head", "title", "style", "body", "header", "h1", "main", "footer",
];
const ATTRIBUTES: [&str; 17] = [
    "lang",
    "charset",
    "http-equiv",
    "content",
    "name",
    "property",
    "media",
    "rel",
    "type",
    "class",
    "id",
    "aria-labelledby",
    "href",
    "src",
    "alt",
    "width",
    "height",
];
const CSP: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n";
const LD_OPEN: &str = "<script type=\"application/ld+json\">";

/// The tags a template may write (opening tags).
fn allowed(template: Template) -> Vec<&'static str> {
    let mut tags = vec![
        "html", "head", "meta", "title", "link", "style", "body", "header", "h1", "p", "main",
        "section", "h2", "h3", "ul", "li", "a", "footer", "img", "br",
    ];
    tags.extend(match template {
        Template::Cv => &[][..],
        Template::Blog => &["article"][..],
        Template::Contest => &["dl", "dt", "dd"][..],
        Template::Business => &["dl", "dt", "dd", "script"][..],
    });
    tags
}

/// The stylesheet of `template`'s page for an empty form: every page of the
/// template has it, byte for byte.
fn stylesheet(template: Template) -> String {
    let html = render(&StarterInput {
        template,
        ..StarterInput::default()
    });
    let start = html.find("<style>").expect("a stylesheet") + "<style>".len();
    html[start..start + html[start..].find("</style>").expect("closed")].to_string()
}

/// Text as the browser reads it: the five entities decoded, any other `&` refused.
fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let (entity, c) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#39;", '\''),
        ]
        .into_iter()
        .find(|(e, _)| rest.starts_with(e))
        .unwrap_or_else(|| {
            panic!(
                "bare & before {:?}",
                rest.chars().take(12).collect::<String>()
            )
        });
        out.push(c);
        rest = &rest[entity.len()..];
    }
    out.push_str(rest);
    out
}

/// Scans the page: one document of the template's tags (see the module doc).
fn document(html: &str, input: &StarterInput) -> Scanned {
    let prefix = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n{CSP}",
        input.lang.tag()
    );
    assert!(
        html.starts_with(&prefix),
        "{:?}",
        html.chars().take(300).collect::<String>()
    );
    assert!(html.ends_with("</body>\n</html>\n"));
    assert!(!html.contains([
        '\0', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}'
    ]));
    let scripts = usize::from(input.template == Template::Business);
    assert_eq!(
        html.to_ascii_lowercase().matches("<script").count(),
        scripts
    );

    let allowed = allowed(input.template);
    let photo = safe_photo(&input.photo);
    let mut found = Scanned {
        h1: String::new(),
        hrefs: Vec::new(),
        json_ld: None,
    };
    let mut stack: Vec<String> = Vec::new();
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    let mut images = 0;
    let mut rest = &html["<!DOCTYPE html>\n".len()..];
    let mut in_h1 = false;
    loop {
        // Text up to the next tag.
        let lt = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..lt];
        assert!(!text.contains('>'), "raw > in text {text:?}");
        let decoded = decode(text);
        if in_h1 {
            found.h1.push_str(&decoded);
        }
        if lt == rest.len() {
            assert!(text.trim().is_empty(), "text after </html>: {text:?}");
            break;
        }
        rest = &rest[lt + 1..];
        let closing = rest.starts_with('/');
        if closing {
            rest = &rest[1..];
        }
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        assert!(
            name_len > 0,
            "stray < before {:?}",
            rest.chars().take(20).collect::<String>()
        );
        let name = rest[..name_len].to_string();
        rest = &rest[name_len..];
        assert!(
            allowed.contains(&name.as_str()),
            "<{name}> on {:?}",
            input.template
        );
        if closing {
            rest = rest.strip_prefix('>').expect("</name>");
            assert_eq!(stack.pop().as_deref(), Some(name.as_str()), "</{name}>");
            if name == "h1" {
                in_h1 = false;
            }
            continue;
        }
        let mut attrs: Vec<(String, String)> = Vec::new();
        loop {
            if let Some(after) = rest.strip_prefix('>') {
                rest = after;
                break;
            }
            rest = rest
                .strip_prefix(' ')
                .expect("one space before an attribute");
            let end = rest.find(['=', ' ', '>']).expect("unterminated tag");
            let attr = &rest[..end];
            assert!(ATTRIBUTES.contains(&attr), "attribute {attr:?} on <{name}>");
            assert!(!attr.starts_with("on"));
            rest = rest[end..]
                .strip_prefix("=\"")
                .expect("double-quoted value");
            let close = rest.find('"').expect("closed value");
            let raw = &rest[..close];
            assert!(!raw.contains(['<', '>']), "raw markup in {attr}={raw:?}");
            attrs.push((attr.to_string(), decode(raw)));
            rest = &rest[close + 1..];
        }
        let parent = stack.last().map(String::as_str);
        match name.as_str() {
            "meta" | "link" | "title" | "style" | "script" => {
                assert_eq!(parent, Some("head"), "<{name}> outside <head>")
            }
            "img" => assert_eq!(parent, Some("header"), "<img> outside <header>"),
            _ => {}
        }
        *counts.entry(name.clone()).or_default() += 1;
        for (attr, value) in &attrs {
            match (name.as_str(), attr.as_str()) {
                ("a", "href") => {
                    link(value);
                    found.hrefs.push(value.clone());
                }
                ("link", "href") => {
                    assert!(value.starts_with("data:image/svg+xml,%3Csvg"), "{value:?}");
                    assert!(
                        value
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b"%-._~:+,/".contains(&b)),
                        "icon {value:?}"
                    );
                }
                (_, "href") => panic!("href on <{name}>"),
                ("img", "src") => {
                    assert_eq!(Some(value.as_str()), photo, "the photo is the typed one");
                    images += 1;
                }
                (_, "src") => panic!("src on <{name}>"),
                ("html", "lang") => assert_eq!(value, input.lang.tag()),
                // Constants of the template: names, and for a class names apart.
                (_, "id" | "aria-labelledby" | "class") => assert!(
                    !value.is_empty()
                        && value.split(' ').all(|n| {
                            !n.is_empty()
                                && n.bytes().all(|b| {
                                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'
                                })
                        })
                        && (attr == "class" || !value.contains(' ')),
                    "{attr}={value:?}"
                ),
                _ => {}
            }
        }
        match name.as_str() {
            "style" => {
                let end = rest.find("</style>").expect("</style>");
                assert_eq!(
                    rest[..end],
                    stylesheet(input.template),
                    "typed text in <style>"
                );
                rest = &rest[end..];
            }
            "script" => {
                assert_eq!(
                    attrs,
                    [("type".to_string(), "application/ld+json".to_string())]
                );
                let end = rest.find("</script>").expect("</script>");
                found.json_ld = Some(rest[..end].to_string());
                rest = &rest[end..];
            }
            "h1" => in_h1 = true,
            _ => {}
        }
        if !VOID.contains(&name.as_str()) {
            stack.push(name);
        }
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    for name in ONCE {
        assert_eq!(counts.get(name), Some(&1), "<{name}>");
    }
    assert_eq!(
        images,
        usize::from(photo.is_some()),
        "the photo iff accepted"
    );
    assert_eq!(found.json_ld.is_some(), scripts == 1);
    assert_eq!(html.matches(LD_OPEN).count(), scripts);
    found
}

/// A link's address: `https://…`, `mailto:…`, or `tel:` and digits.
fn link(href: &str) {
    assert!(
        href.bytes().all(|b| b.is_ascii_graphic()),
        "href {href:?} is not printable ASCII without spaces"
    );
    if let Some(number) = href.strip_prefix("tel:") {
        let digits = number.strip_prefix('+').unwrap_or(number);
        assert!(
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()),
            "{href:?}"
        );
    } else {
        let host = href.strip_prefix("https://").map(|rest| {
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            &rest[..end]
        });
        assert!(
            host.is_some_and(|h| !h.is_empty())
                || (href.len() > "mailto:".len() && href.starts_with("mailto:")),
            "href {href:?}"
        );
    }
}

/// The business page's JSON-LD and its phone, Zalo and Facebook links.
fn business(input: &StarterInput, page: &Scanned) {
    let tel = tel_url(&input.business.phone);
    let tels: Vec<&String> = page
        .hrefs
        .iter()
        .filter(|h| h.starts_with("tel:"))
        .collect();
    let Some(json) = &page.json_ld else {
        assert!(tels.is_empty(), "a tel: link off the business page");
        return;
    };
    assert!(
        !json.contains(['<', '>', '&', '\'', '\u{2028}', '\u{2029}']),
        "{json}"
    );
    let ld: Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "LocalBusiness");
    assert_eq!(
        ld["name"].as_str(),
        Some(page.h1.as_str()),
        "name is the h1"
    );
    for key in ["url", "image"] {
        if let Some(url) = ld.get(key) {
            assert!(
                url.as_str().is_some_and(|u| u.starts_with("https://")),
                "{url}"
            );
        }
    }
    for url in ld
        .get("sameAs")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        assert!(
            url.as_str().is_some_and(|u| u.starts_with("https://")),
            "{url}"
        );
    }
    let telephone = ld.get("telephone").and_then(Value::as_str);
    assert_eq!(
        telephone.is_some(),
        tel.is_some(),
        "{telephone:?} / {tel:?}"
    );
    match &tel {
        // The action row's call button and the contact section's number.
        Some(tel) => {
            assert_eq!(tels.len(), 2, "{tels:?}");
            assert!(tels.iter().all(|h| h == &tel));
            let digits = |s: &str| s.bytes().filter(u8::is_ascii_digit).count();
            assert_eq!(digits(tel), digits(telephone.unwrap_or_default()));
        }
        None => assert!(tels.is_empty(), "{tels:?}"),
    }
    for accepted in [
        zalo_url(&input.business.zalo),
        facebook_url(&input.business.facebook),
    ]
    .into_iter()
    .flatten()
    {
        assert!(page.hrefs.contains(&accepted), "{accepted} not linked");
    }
}

/// The JSON Resume export.
fn resume(input: &StarterInput) {
    let json = json_resume(input);
    let value: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    let object = value.as_object().expect("an object");
    assert_eq!(value["meta"]["language"], input.lang.tag());
    let keys: &[&str] = match input.template {
        Template::Cv => &[
            "$schema",
            "basics",
            "work",
            "education",
            "certificates",
            "skills",
            "languages",
            "projects",
            "meta",
        ],
        Template::Contest => &["$schema", "basics", "projects", "meta"],
        Template::Blog | Template::Business => &["$schema", "basics", "meta"],
    };
    for key in object.keys() {
        assert!(
            keys.contains(&key.as_str()),
            "{key} in {:?}'s resume",
            input.template
        );
    }
    walk(&value);
}

/// Every address and date of a JSON Resume value.
fn walk(value: &Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("url" | "image", Value::String(url)) => {
                        assert!(
                            url.starts_with("https://") || url.starts_with("mailto:"),
                            "{key} {url:?}"
                        );
                        assert!(url.bytes().all(|b| b.is_ascii_graphic()), "{key} {url:?}");
                    }
                    ("startDate" | "endDate" | "date", Value::String(date)) => iso(date),
                    _ => walk(v),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(walk),
        _ => {}
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month 01–12 and a day 01–31.
fn iso(date: &str) {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize| {
        assert!(
            s.len() == len && s.bytes().all(|b| b.is_ascii_digit()),
            "date {date:?}"
        );
        s.parse::<u32>().unwrap_or_default()
    };
    assert!((1..=3).contains(&parts.len()), "date {date:?}");
    number(parts[0], 4);
    if let Some(month) = parts.get(1) {
        assert!((1..=12).contains(&number(month, 2)), "date {date:?}");
    }
    if let Some(day) = parts.get(2) {
        assert!((1..=31).contains(&number(day, 2)), "date {date:?}");
    }
}
