//! The starter pages as a visitor and an attacker see them: golden files for every
//! template × language (and a themed page with a photo), document structure, what
//! link previews and search engines read, the size budget, an XSS corpus in every
//! field, and property tests over arbitrary input.
//!
//! Golden files live in `tests/golden/starter/` and are compared byte for byte.
//! After an intended change to a template or a text, regenerate them with
//!     UPDATE_GOLDEN=1 cargo test --test starter
//! and review the diff before committing.

use std::collections::BTreeSet;
use std::path::PathBuf;

use proptest::prelude::*;
use vn_domain_assistant::i18n::Lang;
use vn_domain_assistant::starter::{
    json_resume, photo_file_name, render, safe_photo, sample, Business, Certificate, Education,
    Experience, Hours, Language, Link, Member, Offer, Project, StarterInput, Template, Theme,
};

// ---------------------------------------------------------------------------
// A tiny tag scanner. Every `<` the renderer writes starts a tag (typed text has
// its `<` escaped, the CSS has none), so scanning tags is parsing the page's markup.

#[derive(Debug, Clone, PartialEq, Eq)]
struct Tag {
    name: String,
    closing: bool,
    attrs: Vec<(String, String)>,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The tags of `html`, or what is malformed. Attribute values must be double-quoted
/// (the renderer's rule); values are returned with entities decoded.
fn scan(html: &str) -> Result<Vec<Tag>, String> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt + 1..];
        let closing = rest.starts_with('/');
        if closing {
            rest = &rest[1..];
        }
        if let Some(doctype) = rest.strip_prefix('!') {
            let end = doctype.find('>').ok_or("unterminated <!")?;
            if &doctype[..end] != "DOCTYPE html" {
                return Err(format!("unexpected <!{}>", &doctype[..end]));
            }
            tags.push(Tag {
                name: "!doctype".into(),
                closing: false,
                attrs: Vec::new(),
            });
            rest = &doctype[end + 1..];
            continue;
        }
        let name_len = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        if name_len == 0 {
            return Err(format!(
                "stray '<' before {:?}",
                &rest[..rest.len().min(20)]
            ));
        }
        let name = rest[..name_len].to_string();
        rest = &rest[name_len..];
        let mut attrs = Vec::new();
        loop {
            rest = rest.trim_start_matches([' ', '\n']);
            if let Some(after) = rest.strip_prefix('>') {
                rest = after;
                break;
            }
            let attr_len = rest.find(['=', ' ', '>', '\n']).ok_or("unterminated tag")?;
            if attr_len == 0 {
                return Err(format!("malformed attribute in <{name}>"));
            }
            let attr = rest[..attr_len].to_string();
            rest = &rest[attr_len..];
            let value = if let Some(after) = rest.strip_prefix("=\"") {
                let end = after.find('"').ok_or("unterminated attribute value")?;
                rest = &after[end + 1..];
                unescape(&after[..end])
            } else if rest.starts_with('=') {
                return Err(format!("unquoted value of {attr} in <{name}>"));
            } else {
                String::new()
            };
            attrs.push((attr, value));
        }
        tags.push(Tag {
            name,
            closing,
            attrs,
        });
    }
    Ok(tags)
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Every tag name a template writes for its sample page without photo (opening
/// tags only); with a photo, `img` too, and `br` wherever a text has a line break.
fn template_tags(template: Template) -> BTreeSet<&'static str> {
    let mut tags: BTreeSet<&str> = [
        "!doctype", "html", "head", "meta", "title", "link", "style", "body", "header", "h1", "p",
        "main", "section", "h2", "ul", "li", "a", "footer",
    ]
    .into();
    tags.extend(match template {
        Template::Cv => &["h3"][..],
        Template::Blog => &["article"][..],
        Template::Contest => &["dl", "dt", "dd", "br"][..],
        Template::Business => &["h3", "dl", "dt", "dd", "script"][..],
    });
    tags
}

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
const CSP_META: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">";
const LD_OPEN: &str = "<script type=\"application/ld+json\">";

/// The JSON-LD of a business page, parsed (it is JSON as written: `\u003c` and the
/// like are JSON escapes, and a data block's text is not HTML-decoded).
fn json_ld(html: &str) -> serde_json::Value {
    let start = html.find(LD_OPEN).expect("JSON-LD") + LD_OPEN.len();
    let end = start + html[start..].find("</script>").expect("closed");
    let text = &html[start..end];
    assert!(!text.contains(['<', '>', '&', '\'']), "{text}");
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn opening(tags: &[Tag]) -> impl Iterator<Item = &Tag> {
    tags.iter().filter(|t| !t.closing)
}

fn tag_names(tags: &[Tag]) -> BTreeSet<String> {
    opening(tags).map(|t| t.name.clone()).collect()
}

/// What must hold for every page, whatever was typed: well-formed tags from the
/// template's set only, known attributes only (no `on…` handler), addresses only
/// `https:`/`mailto:`, the CSP first in `<head>`, one `h1`, the three landmarks.
fn assert_safe_page(html: &str, template: Template, lang: Lang) -> Vec<Tag> {
    let tags = scan(html).unwrap_or_else(|e| panic!("{e} in:\n{html}"));
    let mut allowed = template_tags(template);
    allowed.extend(["img", "br"]);
    for tag in opening(&tags) {
        assert!(
            allowed.contains(tag.name.as_str()),
            "unexpected <{}>",
            tag.name
        );
        for (attr, value) in &tag.attrs {
            assert!(
                ATTRIBUTES.contains(&attr.as_str()),
                "unexpected attribute {attr} on <{}>",
                tag.name
            );
            assert!(!attr.starts_with("on"), "event handler {attr}");
            if attr == "href" && tag.name == "link" {
                assert_eq!(tag.attr("rel"), Some("icon"));
                assert!(value.starts_with("data:image/svg+xml,%3Csvg"), "{value:?}");
                assert!(
                    value
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"%-._~:+,/".contains(&b)),
                    "icon {value:?}"
                );
            } else if attr == "href" {
                let tel = value
                    .strip_prefix("tel:")
                    .map(|n| n.strip_prefix('+').unwrap_or(n));
                assert!(
                    value.starts_with("https://")
                        || value.starts_with("mailto:")
                        || tel.is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())),
                    "href {value:?}"
                );
                assert!(
                    !value
                        .chars()
                        .any(|c| c.is_whitespace() || c.is_control() || !c.is_ascii()),
                    "href {value:?}"
                );
            }
            if attr == "src" {
                assert_eq!(tag.name, "img");
                assert_eq!(safe_photo(value), Some(&value[..]), "src {value:?}");
            }
        }
    }
    let lower = html.to_lowercase();
    // Typed `javascript:` may show as text; it never reaches an href (checked above).
    for forbidden in [
        "<iframe", "<svg", "<base", "<!--", "<object", "<embed", "<form",
    ] {
        assert!(!lower.contains(forbidden), "{forbidden} in output");
    }
    // The one script is the business page's JSON-LD data block, in the head.
    let scripts = usize::from(template == Template::Business);
    assert_eq!(lower.matches("<script").count(), scripts, "scripts");
    assert_eq!(html.matches(LD_OPEN).count(), scripts, "JSON-LD");
    if scripts == 1 {
        assert!(html.find(LD_OPEN) < html.find("</head>"));
        json_ld(html);
    }
    assert!(lower.matches("<img").count() <= 1, "one photo at most");
    assert!(!html
        .contains(['\0', '\u{202e}', '\u{202d}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']));
    assert_eq!(html.matches(CSP_META).count(), 1, "CSP meta");
    assert!(html.starts_with(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n{CSP_META}\n",
        lang.tag()
    )));
    assert!(
        html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    );
    for (name, count) in [
        ("h1", 1),
        ("header", 1),
        ("main", 1),
        ("footer", 1),
        ("title", 1),
        ("style", 1),
    ] {
        assert_eq!(
            opening(&tags).filter(|t| t.name == name).count(),
            count,
            "<{name}>"
        );
    }
    tags
}

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/starter")
}

/// Compares `actual` with the golden file, or rewrites it when UPDATE_GOLDEN=1.
fn check_golden(file: &str, actual: &str) {
    let path = golden_dir().join(file);
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(golden_dir()).expect("create golden dir");
        std::fs::write(&path, actual).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{file} differs from the golden file at line {}:\n  expected: {:?}\n  actual:   {:?}\n(UPDATE_GOLDEN=1 regenerates it)",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

/// A 96 × 96 px JPEG (1.3 KB) as a data URL, as the widget's canvas makes it.
const PHOTO: &str = include_str!("golden/starter/photo.dataurl");

/// The library's sample with a photo.
fn with_photo(template: Template, lang: Lang) -> StarterInput {
    StarterInput {
        photo: PHOTO.into(),
        ..sample(template, lang)
    }
}

// ---------------------------------------------------------------------------
// Golden output

#[test]
fn golden_pages_for_every_template_and_language() {
    for template in Template::ALL {
        for lang in Lang::ALL {
            let html = render(&sample(template, lang));
            check_golden(&format!("{}.{}.html", template.code(), lang.tag()), &html);
        }
    }
    // A themed page with a photo, and the business page in another theme.
    let cv = StarterInput {
        theme: Theme::Forest,
        ..with_photo(Template::Cv, Lang::Vi)
    };
    check_golden("cv.forest.photo.vi.html", &render(&cv));
    let shop = StarterInput {
        theme: Theme::Sea,
        ..with_photo(Template::Business, Lang::Km)
    };
    check_golden("business.sea.photo.km.html", &render(&shop));
}

#[test]
fn golden_json_resume_for_every_template() {
    for template in Template::ALL {
        let json = json_resume(&with_photo(template, Lang::Vi));
        check_golden(&format!("{}.resume.json", template.code()), &json);
    }
}

// ---------------------------------------------------------------------------
// What a visitor notices

#[test]
fn a_filled_page_uses_every_tag_of_its_template_and_is_well_structured() {
    for template in Template::ALL {
        for lang in Lang::ALL {
            for (input, photo) in [
                (sample(template, lang), false),
                (with_photo(template, lang), true),
            ] {
                let html = render(&input);
                let tags = assert_safe_page(&html, template, lang);
                let mut expected: BTreeSet<String> = template_tags(template)
                    .into_iter()
                    .map(String::from)
                    .collect();
                if photo {
                    expected.insert("img".into());
                }
                assert_eq!(tag_names(&tags), expected, "{template:?} {lang:?}");
                // Headings never skip a level, and each section is named by its own h2.
                let mut level = 0;
                for t in opening(&tags).filter(|t| matches!(t.name.as_str(), "h1" | "h2" | "h3")) {
                    let l = t.name[1..].parse::<i32>().unwrap();
                    assert!(l <= level + 1, "{template:?}: <{}> after h{level}", t.name);
                    level = l;
                }
                let ids: Vec<&str> = opening(&tags).filter_map(|t| t.attr("id")).collect();
                assert_eq!(
                    ids.iter().collect::<BTreeSet<_>>().len(),
                    ids.len(),
                    "duplicate id"
                );
                for labelled in opening(&tags).filter_map(|t| t.attr("aria-labelledby")) {
                    assert!(
                        ids.contains(&labelled),
                        "aria-labelledby={labelled} names nothing"
                    );
                }
            }
        }
    }
}

#[test]
fn every_sample_page_weighs_at_most_30_kb_in_every_theme() {
    let mut sizes = Vec::new();
    for template in Template::ALL {
        for lang in Lang::ALL {
            for theme in Theme::ALL {
                let input = StarterInput {
                    theme,
                    ..sample(template, lang)
                };
                let html = render(&input);
                assert!(
                    html.len() <= 30 * 1024,
                    "{template:?} {lang:?} {theme:?}: {} B",
                    html.len()
                );
                sizes.push(html.len());
            }
        }
    }
    eprintln!("sample page sizes: {sizes:?}");
}

#[test]
fn samples_are_realistic_in_every_language() {
    let khmer = |s: &str| s.chars().any(|c| ('\u{1780}'..='\u{17ff}').contains(&c));
    for template in Template::ALL {
        let vi = sample(template, Lang::Vi);
        let en = sample(template, Lang::En);
        let km = sample(template, Lang::Km);
        assert!(vi.photo.is_empty() && en.photo.is_empty() && km.photo.is_empty());
        let main = |i: &StarterInput| match template {
            Template::Contest => i.entry.description.clone(),
            Template::Blog => i.post_body.clone(),
            _ => i.headline.clone(),
        };
        assert!(!main(&vi).is_empty());
        assert_ne!(main(&vi), main(&en), "{template:?}");
        assert!(khmer(&main(&km)), "{template:?}: {}", main(&km));
        assert!(!khmer(&main(&en)));
    }
    let cv = sample(Template::Cv, Lang::En);
    assert_eq!(
        (
            cv.education.len(),
            cv.experience.len(),
            cv.projects.len(),
            cv.languages.len(),
            cv.certificates.len()
        ),
        (2, 2, 2, 2, 2)
    );
    assert!(cv.certificates.iter().any(|c| c.name == "TOEIC 750"));
    assert!(cv.skills.len() >= 4);
    let shop = sample(Template::Business, Lang::Vi);
    assert_eq!(shop.domain, "banhtetcoba.biz.vn");
    assert!(shop.business.address.contains("Trà Vinh"));
    assert!(shop
        .business
        .offers
        .iter()
        .any(|o| o.name.contains("Bánh tét")));
    assert_eq!(shop.business.hours.len(), 7);
    assert!(shop.organisation.is_empty());
    let km = sample(Template::Business, Lang::Km);
    assert!(km.business.offers.iter().all(|o| khmer(&o.description)));
}

#[test]
fn headings_follow_the_language() {
    let cv = |lang| render(&sample(Template::Cv, lang));
    assert!(cv(Lang::Vi).contains(">Học vấn</h2>"));
    assert!(cv(Lang::En).contains(">Education</h2>"));
    assert!(cv(Lang::Km).contains(">ការសិក្សា</h2>"));
    assert!(cv(Lang::Vi).contains(">Kinh nghiệm</h2>"));
    assert!(cv(Lang::En).contains(">Certificates</h2>"));
    assert!(cv(Lang::Km).contains(">ភាសា</h2>"));
    let contest = |lang| render(&sample(Template::Contest, lang));
    assert!(contest(Lang::Vi).contains(">Dành cho ban giám khảo</h2>"));
    assert!(contest(Lang::En).contains(">For the judges</h2>"));
    assert!(contest(Lang::Km).contains(">សម្រាប់គណៈកម្មការវិនិច្ឆ័យ</h2>"));
    assert!(render(&sample(Template::Blog, Lang::Km)).contains(">អំពីខ្ញុំ</h2>"));
    let shop = |lang| render(&sample(Template::Business, lang));
    assert!(shop(Lang::Vi).contains("<dt>Chủ nhật</dt>\n<dd>06:00–11:00</dd>"));
    assert!(shop(Lang::En).contains("<dt>Monday</dt>\n<dd>06:00–20:00</dd>"));
    assert!(shop(Lang::Km).contains(">ម៉ោងបើក</h2>"));
}

#[test]
fn the_cv_prints_on_a4_with_addresses_written_out() {
    let html = render(&sample(Template::Cv, Lang::Vi));
    assert!(html.contains("<title>Nguyễn Văn An — CV</title>"));
    assert!(html.contains("@page{size:A4;"));
    assert!(html.contains("@media print{"));
    assert!(html.contains("attr(href)"));
    assert!(html.contains("li{break-inside:avoid}"));
    assert!(html.contains("grid-template-columns:1fr 1fr"));
    assert!(html
        .contains("<a href=\"https://nguyenvanan.id.vn/\" class=\"bare\">nguyenvanan.id.vn</a>"));
    assert!(html.contains(
        "<a href=\"mailto:lienhe@nguyenvanan.id.vn\" class=\"bare\">lienhe@nguyenvanan.id.vn</a>"
    ));
    assert!(html.contains("<p class=\"meta\">Công nghệ thông tin · 9/2022 – hiện tại</p>"));
    assert!(html.contains(
        "<h3>Thực tập sinh lập trình web</h3>\n<p class=\"meta\">Công ty TNHH Phần mềm Cửu Long · 6/2025 – 8/2025</p>"
    ));
    assert!(html.contains("<li>TOEIC 750 · IIG Việt Nam · 2025</li>"));
    assert!(html.contains("<li>Tiếng Anh · B1: đọc tài liệu kỹ thuật, giao tiếp hằng ngày</li>"));
    assert!(!render(&sample(Template::Blog, Lang::Vi)).contains("@page"));
}

#[test]
fn pages_are_ready_to_share() {
    for template in Template::ALL {
        for lang in Lang::ALL {
            let input = with_photo(template, lang);
            let html = render(&input);
            let tags = scan(&html).unwrap();
            let meta = |attr: &str, key: &str| -> Option<String> {
                opening(&tags)
                    .find(|t| t.name == "meta" && t.attr(attr) == Some(key))
                    .and_then(|t| t.attr("content").map(String::from))
            };
            let site = format!("https://{}/", input.domain);
            let description = meta("name", "description").expect("description");
            assert!(!description.is_empty() && description.chars().count() <= 160);
            assert_eq!(meta("property", "og:description"), Some(description));
            assert_eq!(meta("property", "og:url"), Some(site.clone()));
            assert_eq!(meta("property", "og:site_name"), Some(input.domain.clone()));
            assert_eq!(
                meta("property", "og:image"),
                Some(format!("{site}photo.jpg"))
            );
            assert_eq!(
                meta("property", "og:type").as_deref(),
                Some(if template == Template::Cv {
                    "profile"
                } else {
                    "website"
                })
            );
            assert_eq!(
                meta("property", "og:locale").as_deref(),
                Some(
                    ["vi_VN", "en_US", "km_KH"][Lang::ALL.iter().position(|&l| l == lang).unwrap()]
                )
            );
            assert!(meta("property", "og:title").is_some_and(|t| !t.is_empty()));
            assert_eq!(meta("name", "twitter:card").as_deref(), Some("summary"));
            assert_eq!(meta("name", "color-scheme").as_deref(), Some("light dark"));
            assert_eq!(
                opening(&tags)
                    .filter(|t| t.name == "meta" && t.attr("name") == Some("theme-color"))
                    .count(),
                2
            );
            let icon = opening(&tags).find(|t| t.name == "link").unwrap();
            assert_eq!(icon.attr("rel"), Some("icon"));
            let img = opening(&tags).find(|t| t.name == "img").unwrap();
            assert_eq!(img.attr("src"), Some(PHOTO));
            assert!(img.attr("alt").is_some_and(|a| !a.is_empty()));
            assert_eq!(
                (img.attr("width"), img.attr("height")),
                (Some("128"), Some("128"))
            );
            // Without a photo, no image; without a domain, no absolute address at all.
            let plain = render(&sample(template, lang));
            assert!(!plain.contains("<img") && !plain.contains("og:image"));
            let nowhere = render(&StarterInput {
                domain: String::new(),
                ..input
            });
            assert!(nowhere.contains("<img") && !nowhere.contains("og:image"));
            assert!(!nowhere.contains("og:url"));
        }
    }
    let long = render(&StarterInput {
        headline: "Dài ".repeat(100),
        ..Default::default()
    });
    assert!(long.contains(&format!(
        "<meta name=\"description\" content=\"{}…\">",
        "Dài ".repeat(40).trim_end()
    )));
}

#[test]
fn the_photo_is_a_jpeg_or_webp_data_url_or_nothing() {
    assert_eq!(safe_photo(PHOTO), Some(PHOTO));
    assert_eq!(photo_file_name(PHOTO), Some("photo.jpg"));
    let webp = "data:image/webp;base64,UklGRhwAAABXRUJQVlA4TBAAAAAvAAAAEAcQERGIiP4HAA==";
    assert_eq!(safe_photo(webp), Some(webp));
    assert_eq!(photo_file_name(webp), Some("photo.webp"));
    let big = format!("data:image/jpeg;base64,/9j/{}", "A".repeat(200_000));
    for bad in [
        "",
        "javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
        "data:image/svg+xml,<svg onload=alert(1)>",
        "data:image/png;base64,iVBORw0KGgo=",
        "DATA:IMAGE/JPEG;BASE64,/9j/4AAQ",
        "data:image/jpeg,/9j/4AAQ",
        "data:image/jpeg;charset=utf-8;base64,/9j/4AAQ",
        "data:image/jpeg;base64,/9j/4AAQ\" onerror=\"alert(1)",
        "data:image/jpeg;base64,/9j/4AAQ'><script>alert(1)</script>",
        "data:image/jpeg;base64,/9j/ 4AAQ",
        "data:image/jpeg;base64,/9j/4AAQ\n",
        " data:image/jpeg;base64,/9j/4AAQ",
        "data:image/jpeg;base64,/9j/4AA",
        "data:image/jpeg;base64,/9j/4A===",
        "data:image/jpeg;base64,/9j/4A=A",
        "data:image/jpeg;base64,",
        "data:image/jpeg;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
        "data:image/webp;base64,/9j/4AAQ",
        "data:image/jpeg;base64,/9j/4AAQ#x",
        "https://example.com/photo.jpg",
        &big,
    ] {
        assert_eq!(safe_photo(bad), None, "{bad:?}");
        assert_eq!(photo_file_name(bad), None);
        let html = render(&StarterInput {
            photo: bad.to_string(),
            domain: "an.id.vn".into(),
            ..Default::default()
        });
        assert!(
            !html.contains("<img") && !html.contains("og:image"),
            "{bad:?}"
        );
    }
}

#[test]
fn the_business_page_shows_hours_prices_phone_and_directions() {
    let input = sample(Template::Business, Lang::Vi);
    let html = render(&input);
    assert!(html.contains("<title>Bánh tét Cô Ba</title>"));
    assert!(html.contains("<h1>Bánh tét Cô Ba</h1>\n<p class=\"lead\">Bánh tét, bánh pía nhà làm ở Trà Vinh</p>\n<p class=\"meta\">Hộ kinh doanh Trần Thị Ba</p>"));
    assert!(html.contains("<h3>Bánh tét lá cẩm</h3>\n<p class=\"price\">60.000 đ/đòn</p>"));
    assert!(html.contains("<dt>Thứ Hai</dt>\n<dd>06:00–20:00</dd>"));
    assert!(html.contains("<body class=\"clay\">"));
    let maps = "https://www.google.com/maps/search/?api=1&amp;query=12%20Ph%E1%BA%A1m%20Th%C3%A1i%20B%C6%B0%E1%BB%9Dng%2C%20ph%C6%B0%E1%BB%9Dng%20Tr%C3%A0%20Vinh%2C%20t%E1%BB%89nh%20V%C4%A9nh%20Long";
    // The action row closes the header, so a phone shows it on the first screen:
    // call (the number's spaces non-breaking, as the word's), directions, Zalo,
    // Facebook.
    assert!(html.contains(&format!(
        "<p class=\"meta\">Hộ kinh doanh Trần Thị Ba</p>\n<ul class=\"actions\">\n\
         <li><a href=\"tel:+84901234567\">Gọi\u{a0}0901\u{a0}234\u{a0}567</a></li>\n\
         <li><a href=\"{maps}\">Chỉ đường</a></li>\n\
         <li><a href=\"https://zalo.me/0901234567\">Nhắn tin Zalo</a></li>\n\
         <li><a href=\"https://facebook.com/banhtetcoba\">Facebook</a></li>\n\
         </ul>\n</header>\n"
    )));
    // The contact section names the same addresses by what they are.
    assert!(html.contains(&format!(
        "<dt>Địa chỉ</dt>\n<dd><a href=\"{maps}\">12 Phạm Thái Bường, phường Trà Vinh, tỉnh Vĩnh Long</a></dd>"
    )));
    assert!(html.contains("<a href=\"tel:+84901234567\">0901\u{a0}234\u{a0}567</a>"));
    assert!(html
        .contains("<a href=\"https://zalo.me/0901234567\" class=\"bare\">zalo.me/0901234567</a>"));
    assert!(html.contains(
        "<a href=\"https://facebook.com/banhtetcoba\" class=\"bare\">facebook.com/banhtetcoba</a>"
    ));
    assert!(html.contains("@media print{.actions{display:none}}"));
    // None of the CV's sections, none of the host's preset.
    for absent in [
        "Học vấn",
        "Kinh nghiệm",
        "Kỹ năng",
        "Ngoại ngữ",
        "Chứng chỉ",
        "Trường Đại học Trà Vinh",
        "@page",
    ] {
        assert!(!html.contains(absent), "{absent}");
    }
    let preset = render(&StarterInput {
        organisation: "Trường Đại học Trà Vinh".into(),
        education: vec![Education {
            institution: "Trường Đại học Trà Vinh".into(),
            ..Default::default()
        }],
        skills: vec!["Rust".into()],
        ..input.clone()
    });
    assert!(!preset.contains("Trường Đại học Trà Vinh") && !preset.contains("Rust"));

    let ld = json_ld(&html);
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "LocalBusiness");
    assert_eq!(ld["name"], "Bánh tét Cô Ba");
    assert_eq!(ld["legalName"], "Hộ kinh doanh Trần Thị Ba");
    assert_eq!(ld["description"], "Bánh tét, bánh pía nhà làm ở Trà Vinh");
    assert_eq!(ld["url"], "https://banhtetcoba.biz.vn/");
    assert_eq!(ld["telephone"], "+84901234567");
    assert_eq!(ld["address"]["@type"], "PostalAddress");
    assert_eq!(ld["address"]["addressCountry"], "VN");
    assert_eq!(
        ld["address"]["streetAddress"],
        "12 Phạm Thái Bường, phường Trà Vinh, tỉnh Vĩnh Long"
    );
    let hours = ld["openingHoursSpecification"].as_array().unwrap();
    assert_eq!(hours.len(), 7);
    assert_eq!(
        hours[6],
        serde_json::json!({"@type": "OpeningHoursSpecification", "dayOfWeek": "Sunday", "opens": "06:00", "closes": "11:00"})
    );
    assert_eq!(
        ld["sameAs"],
        serde_json::json!([
            "https://facebook.com/banhtetcoba",
            "https://zalo.me/0901234567"
        ])
    );
    assert!(ld.get("image").is_none());
    assert_eq!(
        json_ld(&render(&with_photo(Template::Business, Lang::Vi)))["image"],
        "https://banhtetcoba.biz.vn/photo.jpg"
    );

    // Closed days, several spans, a legal name equal to the name, refused links.
    let other = render(&StarterInput {
        template: Template::Business,
        lang: Lang::En,
        full_name: "Tiệm Ba".into(),
        business: Business {
            legal_name: "tiệm ba".into(),
            hours: vec![
                Hours {
                    day: 0,
                    opens: "6h".into(),
                    closes: "11h".into(),
                },
                Hours {
                    day: 0,
                    opens: "2 pm".into(),
                    closes: "8pm".into(),
                },
                Hours {
                    day: 1,
                    opens: String::new(),
                    closes: String::new(),
                },
                Hours {
                    day: 2,
                    opens: "sáng".into(),
                    closes: "trưa".into(),
                },
                // Only the opening time typed: shown as far as it goes.
                Hours {
                    day: 4,
                    opens: "7h".into(),
                    closes: String::new(),
                },
            ],
            phone: "0901 234 567 (bấm 2)".into(),
            zalo: "https://evil.example/zalo".into(),
            facebook: "https://facebook.com.evil.example/x".into(),
            ..Default::default()
        },
        ..Default::default()
    });
    assert!(other.contains("<dt>Monday</dt>\n<dd>06:00–11:00, 14:00–20:00</dd>"));
    assert!(other.contains("<dt>Tuesday</dt>\n<dd>Closed</dd>"));
    assert!(other.contains("<dt>Wednesday</dt>\n<dd>sáng–trưa</dd>"));
    assert!(other.contains("<dt>Friday</dt>\n<dd>07:00–</dd>"));
    assert!(!other.contains("Thursday"));
    assert!(
        !other.contains("<p class=\"meta\">"),
        "legal name equal to the name"
    );
    assert!(!other.contains("tel:") && !other.contains("evil"));
    assert!(
        !other.contains("<ul class=\"actions\">"),
        "no action to offer"
    );
    let ld = json_ld(&other);
    assert_eq!(ld["openingHoursSpecification"].as_array().unwrap().len(), 2);
    assert!(ld.get("telephone").is_none() && ld.get("legalName").is_none());
}

/// The `<a>` elements of a page: (address, text), entities decoded.
fn links(html: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<a href=\"") {
        rest = &rest[at + 9..];
        let href = unescape(&rest[..rest.find('"').unwrap()]);
        rest = &rest[rest.find('>').unwrap() + 1..];
        let end = rest.find("</a>").unwrap();
        found.push((href, unescape(&rest[..end])));
        rest = &rest[end..];
    }
    found
}

#[test]
fn every_link_of_the_business_page_has_its_own_name() {
    // The action row and the contact section link the same addresses: a screen
    // reader's list of links must still tell each apart (and say where it goes).
    for lang in Lang::ALL {
        let html = render(&sample(Template::Business, lang));
        let all = links(&html);
        assert!(all.len() >= 9, "{lang:?}: {all:?}");
        let names: BTreeSet<&str> = all.iter().map(|(_, text)| text.trim()).collect();
        assert_eq!(names.len(), all.len(), "{lang:?}: {all:?}");
        assert!(names.iter().all(|n| !n.is_empty()));
        let t = lang.page();
        let actions =
            &html[html.find("<ul class=\"actions\">").unwrap()..html.find("</header>").unwrap()];
        let row: Vec<String> = links(actions).into_iter().map(|(_, text)| text).collect();
        assert_eq!(
            row,
            [
                format!("{}\u{a0}0901\u{a0}234\u{a0}567", t.call),
                t.directions.to_string(),
                t.zalo_chat.to_string(),
                "Facebook".to_string()
            ],
            "{lang:?}"
        );
    }
    // Only the actions given, in the same order; the first one is the filled one.
    let only = |business: Business| {
        let html = render(&StarterInput {
            template: Template::Business,
            full_name: "Tiệm".into(),
            business,
            ..Default::default()
        });
        html.find("<ul class=\"actions\">")
            .map(|at| links(&html[at..html.find("</header>").unwrap()]))
            .unwrap_or_default()
    };
    assert_eq!(
        only(Business {
            facebook: "@tiem".into(),
            address: "Chợ Trà Vinh".into(),
            ..Default::default()
        }),
        [
            (
                "https://www.google.com/maps/search/?api=1&query=Ch%E1%BB%A3%20Tr%C3%A0%20Vinh"
                    .to_string(),
                "Chỉ đường".to_string()
            ),
            (
                "https://www.facebook.com/tiem".to_string(),
                "Facebook".to_string()
            )
        ]
    );
    assert_eq!(
        only(Business {
            zalo: "0901234567".into(),
            ..Default::default()
        }),
        [(
            "https://zalo.me/0901234567".to_string(),
            "Nhắn tin Zalo".to_string()
        )]
    );
    assert!(only(Business {
        legal_name: "Hộ kinh doanh Tiệm".into(),
        phone: "gọi cô Ba".into(),
        ..Default::default()
    })
    .is_empty());
    let css = render(&sample(Template::Business, Lang::Km));
    assert!(css.contains(".actions a{display:inline-flex;align-items:center;justify-content:center;min-height:2.75rem;min-width:2.75rem;"));
    assert!(css.contains(".actions li:first-child a{background:var(--ac);color:var(--cd)}"));
    // A long price drops under the product's name rather than squeezing it.
    assert!(css.contains(".offers li{display:flex;flex-wrap:wrap;"));
    assert!(css.contains(".offers h3{flex:1 1 10rem}"));
    // Khmer's stacked marks need room in headings too, not only in the text.
    assert!(css.contains(":lang(km) h1,:lang(km) h2,:lang(km) h3{line-height:1.5}"));
}

#[test]
fn themes_change_the_class_not_the_stylesheet() {
    let style = |html: &str| {
        let start = html.find("<style>").unwrap();
        html[start..html.find("</style>").unwrap()].to_string()
    };
    for template in Template::ALL {
        let sea = render(&StarterInput {
            template,
            theme: Theme::Sea,
            ..Default::default()
        });
        assert!(sea.contains("<body>\n"));
        for theme in [Theme::Forest, Theme::Clay] {
            let html = render(&StarterInput {
                template,
                theme,
                ..Default::default()
            });
            assert!(html.contains(&format!("<body class=\"{}\">", theme.code())));
            assert_eq!(style(&html), style(&sea), "{template:?} {theme:?}");
        }
        let css = style(&sea);
        assert!(css.contains("@media (prefers-color-scheme:dark)"));
        assert!(css.contains("@media print{body,.forest,.clay{--bg:#fff"));
        assert!(!css.contains("@font-face") && !css.contains("url("));
    }
}

#[test]
fn empty_input_leaves_no_empty_section_and_no_placeholder() {
    for template in Template::ALL {
        for lang in Lang::ALL {
            let input = StarterInput {
                template,
                lang,
                ..Default::default()
            };
            let html = render(&input);
            let tags = assert_safe_page(&html, template, lang);
            let body = &html[html.find("<body").unwrap()..];
            assert!(!body.contains(['{', '}']), "unfilled placeholder:\n{body}");
            assert!(
                !body.contains("<p></p>")
                    && !body.contains("<li></li>")
                    && !body.contains("<ul>\n</ul>")
                    && !body.contains("<dl>\n</dl>"),
                "{body}"
            );
            assert!(
                !body.contains("></h1>") && !body.contains("></h2>"),
                "empty heading:\n{body}"
            );
            let sections = opening(&tags).filter(|t| t.name == "section").count();
            let t = lang.page();
            match template {
                Template::Cv => {
                    assert_eq!(sections, 0, "{body}");
                    assert!(body.contains(&format!("<h1>{}</h1>", t.default_cv_name)));
                }
                Template::Blog => {
                    // The first post is required: a welcome post in the language.
                    assert_eq!(sections, 0, "{body}");
                    assert!(body.contains(&format!(">{}</h2>", t.default_post_title)));
                    assert_eq!(
                        opening(&tags).filter(|t| t.name == "p").count(),
                        3,
                        "two paragraphs and the footer"
                    );
                }
                Template::Contest => {
                    // The judges' section is required: it lists what the page does.
                    assert_eq!(sections, 1, "{body}");
                    assert!(body.contains(t.judges));
                    assert!(t.judges_checks.iter().all(|c| body.contains(c)));
                }
                Template::Business => {
                    assert_eq!(sections, 0, "{body}");
                    assert!(body.contains(&format!("<h1>{}</h1>", t.default_business_name)));
                    let ld = json_ld(&html);
                    assert_eq!(ld["name"], t.default_business_name);
                }
            }
            assert!(body.contains(t.footer_fallback));
        }
    }
}

#[test]
fn rows_left_blank_go_and_half_filled_rows_stay() {
    // The form keeps every row a visitor added. A row with nothing that names it
    // (only a year, only spaces) says nothing and goes; a row with only its first
    // or only its second naming field stays, titled by what there is.
    let input = StarterInput {
        lang: Lang::En,
        education: vec![
            Education {
                institution: "Tra Vinh University".into(),
                ..Default::default()
            },
            Education {
                study: "Informatics".into(),
                ..Default::default()
            },
            Education {
                start: "2019".into(),
                ..Default::default()
            },
        ],
        experience: vec![
            Experience {
                role: "Intern".into(),
                ..Default::default()
            },
            Experience {
                organisation: "FPT Software".into(),
                ..Default::default()
            },
            Experience {
                start: "2022".into(),
                description: "Helped.".into(),
                ..Default::default()
            },
        ],
        projects: vec![Project {
            name: "  ".into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    let html = render(&input);
    let body = &html[html.find("<body").unwrap()..];
    for title in [
        "Tra Vinh University",
        "Informatics",
        "Intern",
        "FPT Software",
    ] {
        assert!(
            body.contains(&format!("<h3>{title}</h3>")),
            "{title}:\n{body}"
        );
    }
    for gone in ["2019", "2022", "Helped."] {
        assert!(!body.contains(gone), "{gone}:\n{body}");
    }
    let tags = scan(&html).unwrap();
    let sections: Vec<_> = opening(&tags)
        .filter(|t| t.name == "section")
        .filter_map(|t| t.attr("aria-labelledby"))
        .collect();
    assert_eq!(sections, ["education", "experience"], "{body}");
    assert_eq!(opening(&tags).filter(|t| t.name == "li").count(), 4);
}

/// Fills something in a form.
type Fill<'a> = &'a dyn Fn(&mut StarterInput);

/// An otherwise empty English form of `template` with one thing filled.
fn only(template: Template, fill: Fill) -> StarterInput {
    let mut input = StarterInput {
        template,
        lang: Lang::En,
        ..Default::default()
    };
    fill(&mut input);
    input
}

/// The page such a form makes.
fn with_only(template: Template, fill: Fill) -> String {
    render(&only(template, fill))
}

/// The page's footer, to its end.
fn footer(html: &str) -> &str {
    &html[html.find("<footer>").unwrap()..]
}

fn link(label: &str, url: &str) -> Link {
    Link {
        label: label.into(),
        url: url.into(),
    }
}

#[test]
fn any_one_way_to_reach_a_shop_gets_its_find_us_section() {
    let ways: [(&str, Fill); 6] = [
        ("Address", &|i| {
            i.business.address = "12 Nguyen Dang, Tra Vinh".into()
        }),
        ("Phone", &|i| i.business.phone = "0901 234 567".into()),
        ("Zalo", &|i| {
            i.business.zalo = "https://zalo.me/0901234567".into()
        }),
        ("Facebook", &|i| {
            i.business.facebook = "https://facebook.com/tiemba".into()
        }),
        ("E-mail", &|i| i.email = "tiemba@example.vn".into()),
        ("Links", &|i| {
            i.links = vec![link("Shopee", "https://shopee.vn/tiemba")]
        }),
    ];
    for (name, fill) in ways {
        let html = with_only(Template::Business, fill);
        let contact = html
            .find("aria-labelledby=\"contact\"")
            .map(|at| &html[at..])
            .unwrap_or_else(|| panic!("{name}: no contact section"));
        assert!(
            contact.contains(&format!("<dt>{name}</dt>")),
            "{name}:\n{contact}"
        );
    }
    assert!(!with_only(Template::Business, &|_| {}).contains("aria-labelledby=\"contact\""));
}

#[test]
fn any_one_thing_said_about_a_blogger_or_an_entry_fills_its_section() {
    let about: [Fill; 4] = [
        &|i| i.about = "I write about Tra Vinh's pagodas.".into(),
        &|i| i.organisation = "Tra Vinh University".into(),
        &|i| i.email = "an@example.vn".into(),
        &|i| i.links = vec![link("GitHub", "https://github.com/an")],
    ];
    for (n, fill) in about.iter().enumerate() {
        let html = with_only(Template::Blog, fill);
        assert!(html.contains(">About me</h2>"), "blog, way {n}:\n{html}");
    }
    assert!(!with_only(Template::Blog, &|_| {}).contains(">About me</h2>"));

    // The judges' facts about a contest entry: any one of them makes the list.
    let facts: [(&str, Fill); 4] = [
        ("Live demo", &|i| {
            i.entry.url = "https://demo.example.vn".into()
        }),
        ("School", &|i| i.organisation = "Tra Vinh University".into()),
        ("Technologies used", &|i| i.skills = vec!["Rust".into()]),
        ("Links", &|i| {
            i.links = vec![
                link("Code", "https://github.com/an/web"),
                link("Video", "https://youtu.be/x"),
            ]
        }),
    ];
    for (term, fill) in facts {
        let html = with_only(Template::Contest, fill);
        assert!(
            html.contains(&format!("<dt>{term}</dt>")),
            "{term}:\n{html}"
        );
    }
    let two = with_only(Template::Contest, facts[3].1);
    assert!(two.contains("Code</a> · <a "), "{two}");
    assert!(!with_only(Template::Contest, &|_| {}).contains("<dl>"));
}

#[test]
fn a_contest_entry_is_a_json_resume_project_once_anything_is_said_of_it() {
    let projects = |fill: Fill| {
        let json = json_resume(&only(Template::Contest, fill));
        let resume: serde_json::Value = serde_json::from_str(&json).unwrap();
        resume["projects"].as_array().map_or(0, Vec::len)
    };
    assert_eq!(projects(&|i| i.entry.name = "Green Campus".into()), 1);
    assert_eq!(projects(&|i| i.skills = vec!["Rust".into()]), 1);
    assert_eq!(projects(&|_| {}), 0);
}

#[test]
fn the_footer_names_who_the_page_is_by() {
    // A contest page gives a contact line with the name or the address alone.
    let ways: [Fill; 2] = [&|i| i.full_name = "Nguyen Van An".into(), &|i| {
        i.email = "an@example.vn".into()
    }];
    for fill in ways {
        let html = with_only(Template::Contest, fill);
        assert!(footer(&html).contains("<p>Contact: "), "{html}");
    }
    let html = with_only(Template::Contest, &|_| {});
    assert!(!footer(&html).contains("Contact:"));
    // A CV with a name and no domain yet is signed with the name.
    let html = with_only(Template::Cv, &|i| i.full_name = "Nguyen Van An".into());
    let footer = footer(&html);
    assert!(footer.contains("Nguyen Van An"), "{footer}");
    assert!(
        !footer.contains(Lang::En.page().footer_fallback),
        "{footer}"
    );
}

#[test]
fn a_shop_offer_needs_a_name_or_a_description() {
    // A price alone says nothing about what is sold: that row goes.
    let offer = |name: &str, price: &str, description: &str| Offer {
        name: name.into(),
        price: price.into(),
        description: description.into(),
    };
    let input = StarterInput {
        template: Template::Business,
        lang: Lang::En,
        business: Business {
            offers: vec![
                offer("Iced milk coffee", "", ""),
                offer("", "", "Fresh sugarcane juice, pressed to order."),
                offer("", "25,000 VND", ""),
                offer(" ", "", ""),
            ],
            ..Default::default()
        },
        ..Default::default()
    };
    let html = render(&input);
    let body = &html[html.find("<body").unwrap()..];
    assert!(body.contains("<h3>Iced milk coffee</h3>"), "{body}");
    assert!(
        body.contains("Fresh sugarcane juice, pressed to order."),
        "{body}"
    );
    assert!(!body.contains("25,000"), "{body}");
    let tags = scan(&html).unwrap();
    assert_eq!(
        opening(&tags).filter(|t| t.name == "li").count(),
        2,
        "{body}"
    );
}

#[test]
fn the_domain_names_the_page_when_no_name_is_given() {
    let input = StarterInput {
        domain: "an.id.vn".into(),
        lang: Lang::En,
        ..Default::default()
    };
    let html = render(&input);
    assert!(html.contains("<title>an.id.vn — CV</title>"));
    assert!(html.contains("<h1>an.id.vn</h1>"));
}

#[test]
fn refused_links_and_addresses_are_left_out() {
    let input = StarterInput {
        email: "an@@example".into(),
        links: vec![
            Link {
                label: "Evil".into(),
                url: "javascript:alert(1)".into(),
            },
            Link {
                label: "Plain http".into(),
                url: "http://example.com".into(),
            },
        ],
        projects: vec![Project {
            name: "Named".into(),
            description: String::new(),
            url: "data:text/html,x".into(),
        }],
        ..Default::default()
    };
    let html = render(&input);
    assert!(
        !html.contains("Evil") && !html.contains("Plain http") && !html.contains("an@@example")
    );
    assert!(!html.contains("<a "), "{html}");
    assert!(
        html.contains("<h3>Named</h3>"),
        "the project stays, without its link"
    );
}

#[test]
fn text_is_escaped_in_content_and_in_attributes() {
    let input = StarterInput {
        template: Template::Blog,
        full_name: "</title><b>An</b>".into(),
        headline: "\"quoted\" & 'single' </style>".into(),
        ..Default::default()
    };
    let html = render(&input);
    assert!(html.contains("<title>&lt;/title&gt;&lt;b&gt;An&lt;/b&gt; — Blog</title>"));
    assert!(html.contains("<meta name=\"description\" content=\"&quot;quoted&quot; &amp; &#39;single&#39; &lt;/style&gt;\">"));
    assert_eq!(html.matches("</style>").count(), 1);
    assert_eq!(html.matches("</title>").count(), 1);
}

// ---------------------------------------------------------------------------
// The XSS corpus, in every field of every template

const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "' onmouseover='alert(1)",
    "\" onfocus=\"alert(1)\" autofocus=\"",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.domain)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u{1}javascript:alert(1)",
    " javascript\u{0}:alert(1)",
    "javascript&#58;alert(1)",
    "&#106;&#97;vascript:alert(1)",
    "&#x6A;avascript&colon;alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "</style><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "<!-- x --><script>alert(1)</script>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "https://example.com/\"><script>alert(1)</script>",
    "https://example.com/' onclick='alert(1)",
    "mailto:a@b.vn?body=<script>alert(1)</script>",
    "<style>body{display:none}</style>",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<base href=\"https://evil.example/\">",
    "\u{202e}lmth.exe\u{202c} <b>x</b>",
    "\u{2066}<i>\u{2069}isolate",
    "a\u{0}b<script>alert(1)</script>",
    "＜script＞alert(1)＜/script＞",
    "ｊａｖａｓｃｒｉｐｔ：alert(1)",
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "\r\n<h1>second heading</h1>\n\n<h2 id=about>x</h2>",
    "{{constructor.constructor('alert(1)')()}}",
    // JSON-LD breakouts: ending the data block, an HTML comment, JS line separators.
    "</script><script>alert(1)</script>",
    "</SCRIPT ><script>alert(1)</script>",
    "<!--<script>",
    "\u{2028}\u{2029}</script>",
    "\\u003c/script\\u003e\"}]},{\"@type\":\"x",
    // A photo's breakouts.
    "data:image/jpeg;base64,/9j/\" onerror=\"alert(1)",
    "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
];

/// An input with `text` in every text field (hours included) and `url` in every
/// address field (e-mail, domain, phone, Zalo, Facebook and photo included), one
/// entry in each list; the theme follows the text's length.
fn filled(template: Template, lang: Lang, text: &str, url: &str) -> StarterInput {
    let s = || text.to_string();
    StarterInput {
        experience: vec![Experience {
            role: s(),
            organisation: s(),
            start: s(),
            end: s(),
            description: s(),
        }],
        languages: vec![Language {
            name: s(),
            fluency: s(),
        }],
        certificates: vec![Certificate {
            name: s(),
            issuer: s(),
            date: s(),
        }],
        business: Business {
            legal_name: s(),
            offers: vec![Offer {
                name: s(),
                price: s(),
                description: s(),
            }],
            hours: vec![Hours {
                day: 0,
                opens: s(),
                closes: s(),
            }],
            address: s(),
            phone: url.into(),
            zalo: url.into(),
            facebook: url.into(),
        },
        photo: url.into(),
        theme: Theme::ALL[text.len() % 3],
        template,
        lang,
        full_name: s(),
        domain: url.into(),
        headline: s(),
        about: s(),
        organisation: s(),
        email: url.into(),
        education: vec![Education {
            institution: s(),
            study: s(),
            start: s(),
            end: s(),
        }],
        skills: vec![s()],
        projects: vec![Project {
            name: s(),
            description: s(),
            url: url.into(),
        }],
        links: vec![Link {
            label: s(),
            url: url.into(),
        }],
        post_title: s(),
        post_body: s(),
        team_name: s(),
        team: vec![Member {
            name: s(),
            role: s(),
        }],
        entry: Project {
            name: s(),
            description: s(),
            url: url.into(),
        },
    }
}

/// Tag names and attribute names in order: the page's structure.
fn structure(tags: &[Tag]) -> Vec<(String, bool, Vec<String>)> {
    tags.iter()
        .map(|t| {
            (
                t.name.clone(),
                t.closing,
                t.attrs.iter().map(|(n, _)| n.clone()).collect(),
            )
        })
        .collect()
}

#[test]
fn xss_corpus_in_every_field_changes_nothing_but_text() {
    assert!(PAYLOADS.len() >= 20);
    for payload in PAYLOADS {
        // The same input with the markup characters of the text fields made harmless:
        // whatever the payload, the page must have exactly the same tags.
        let benign = payload.replace(['<', '>', '"', '\'', '&'], "x");
        for template in Template::ALL {
            for lang in Lang::ALL {
                for url in [*payload, "https://example.com/ok"] {
                    let html = render(&filled(template, lang, payload, url));
                    let tags = assert_safe_page(&html, template, lang);
                    if template == Template::Business {
                        // The data block parses as JSON and gives back what was typed.
                        let ld = json_ld(&html);
                        let name = ld["name"].as_str().unwrap();
                        assert!(!name.is_empty());
                        let plain = payload.chars().all(|c| {
                            c == ' '
                                || !(c.is_whitespace()
                                    || c.is_control()
                                    || ('\u{200e}'..='\u{206f}').contains(&c))
                        });
                        if plain {
                            assert_eq!(name, payload.trim(), "{payload:?}");
                        }
                    }
                    let twin = scan(&render(&filled(template, lang, &benign, url))).unwrap();
                    assert_eq!(
                        structure(&tags),
                        structure(&twin),
                        "{payload:?} changed the structure of {template:?}"
                    );
                    if payload.contains(['<', '>', '"', '\'']) {
                        assert!(!html.contains(payload), "{payload:?} appears unescaped");
                    }
                }
            }
        }
    }
}

#[test]
fn xss_corpus_as_json_resume_stays_data() {
    for payload in PAYLOADS {
        for template in Template::ALL {
            let json = json_resume(&filled(template, Lang::Vi, payload, payload));
            let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
            let mut urls = Vec::new();
            collect_urls(&value, &mut urls);
            for url in urls {
                assert!(
                    url.starts_with("https://") || url.starts_with("mailto:"),
                    "{payload:?} gave url {url:?}"
                );
            }
        }
    }
}

fn collect_urls<'a>(v: &'a serde_json::Value, out: &mut Vec<&'a str>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("url" | "image", serde_json::Value::String(s)) => out.push(s),
                    _ => collect_urls(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_urls(v, out)),
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// Arbitrary input

/// Strings mixing arbitrary characters with the pieces attacks are made of.
fn nasty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        prop::sample::select(vec![
            "<",
            ">",
            "\"",
            "'",
            "&",
            "=",
            "/",
            ":",
            "@",
            ".",
            "#",
            "?",
            " ",
            "\n",
            "\t",
            "\r",
            "\0",
            "\u{202e}",
            "\u{2067}",
            "script",
            "style",
            "on",
            "onerror=",
            "javascript:",
            "JAVASCRIPT:",
            "data:",
            "https://",
            "https:",
            "mailto:",
            "&#58;",
            "&lt;",
            "a.vn",
            "id.vn",
            "</",
            "<!--",
            "]]>",
            "＜",
            "</script>",
            "\u{2028}",
            "\\u003c",
            "tel:",
            "+84",
            "0901",
            "zalo.me/",
            "facebook.com/",
            "6h",
            "20:30",
            "data:image/jpeg;base64,/9j/",
        ])
        .prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

fn arbitrary_input() -> impl Strategy<Value = StarterInput> {
    let template = prop::sample::select(Template::ALL.to_vec());
    let lang = prop::sample::select(Lang::ALL.to_vec());
    let theme = prop::sample::select(Theme::ALL.to_vec());
    let project = || {
        (nasty(), nasty(), nasty()).prop_map(|(name, description, url)| Project {
            name,
            description,
            url,
        })
    };
    let texts = prop::collection::vec(nasty(), 9);
    let lists = (
        prop::collection::vec((nasty(), nasty(), nasty(), nasty()), 0..3),
        prop::collection::vec(nasty(), 0..4),
        prop::collection::vec(project(), 0..3),
        prop::collection::vec((nasty(), nasty()), 0..3),
        prop::collection::vec((nasty(), nasty()), 0..3),
        project(),
    );
    let cv = (
        prop::collection::vec(prop::collection::vec(nasty(), 5), 0..3),
        prop::collection::vec((nasty(), nasty()), 0..3),
        prop::collection::vec((nasty(), nasty(), nasty()), 0..3),
    );
    let business = (
        prop::collection::vec(nasty(), 5),
        prop::collection::vec((nasty(), nasty(), nasty()), 0..3),
        prop::collection::vec((0u8..9, nasty(), nasty()), 0..9),
    )
        .prop_map(|(t, offers, hours)| Business {
            legal_name: t[0].clone(),
            address: t[1].clone(),
            phone: t[2].clone(),
            zalo: t[3].clone(),
            facebook: t[4].clone(),
            offers: offers
                .into_iter()
                .map(|(name, price, description)| Offer {
                    name,
                    price,
                    description,
                })
                .collect(),
            hours: hours
                .into_iter()
                .map(|(day, opens, closes)| Hours { day, opens, closes })
                .collect(),
        });
    let photo = prop_oneof![Just(PHOTO.to_string()), nasty()];
    let extra = (theme, cv, business, photo);
    (template, lang, texts, lists, extra).prop_map(
        |(
            template,
            lang,
            t,
            (edu, skills, projects, links, team, entry),
            (theme, (experience, languages, certificates), business, photo),
        )| StarterInput {
            template,
            lang,
            full_name: t[0].clone(),
            domain: t[1].clone(),
            headline: t[2].clone(),
            about: t[3].clone(),
            organisation: t[4].clone(),
            email: t[5].clone(),
            education: edu
                .into_iter()
                .map(|(institution, study, start, end)| Education {
                    institution,
                    study,
                    start,
                    end,
                })
                .collect(),
            experience: experience
                .into_iter()
                .map(|e| Experience {
                    role: e[0].clone(),
                    organisation: e[1].clone(),
                    start: e[2].clone(),
                    end: e[3].clone(),
                    description: e[4].clone(),
                })
                .collect(),
            languages: languages
                .into_iter()
                .map(|(name, fluency)| Language { name, fluency })
                .collect(),
            certificates: certificates
                .into_iter()
                .map(|(name, issuer, date)| Certificate { name, issuer, date })
                .collect(),
            skills,
            projects,
            links: links
                .into_iter()
                .map(|(label, url)| Link { label, url })
                .collect(),
            post_title: t[6].clone(),
            post_body: t[7].clone(),
            team_name: t[8].clone(),
            team: team
                .into_iter()
                .map(|(name, role)| Member { name, role })
                .collect(),
            entry,
            business,
            photo,
            theme,
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_input_gives_a_safe_page_with_only_the_templates_tags(input in arbitrary_input()) {
        let html = render(&input);
        let tags = assert_safe_page(&html, input.template, input.lang);
        let names = tag_names(&tags);
        let mut allowed: BTreeSet<String> = template_tags(input.template).into_iter().map(String::from).collect();
        allowed.extend(["img".into(), "br".into()]);
        prop_assert!(names.is_subset(&allowed), "{names:?}");
        for required in ["!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "main", "footer", "p"] {
            prop_assert!(names.contains(required), "missing <{required}>");
        }
        // Same input, same page: the preview and the download are the same bytes.
        prop_assert_eq!(render(&input), html);
    }

    #[test]
    fn any_input_gives_json_resume_with_safe_urls(input in arbitrary_input()) {
        let json = json_resume(&input);
        let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        prop_assert_eq!(&value["meta"]["language"], input.lang.tag());
        let mut urls = Vec::new();
        collect_urls(&value, &mut urls);
        for url in urls {
            prop_assert!(url.starts_with("https://") || url.starts_with("mailto:"), "{url:?}");
            prop_assert!(!url.chars().any(|c| c.is_whitespace() || !c.is_ascii()), "{url:?}");
        }
    }
}
