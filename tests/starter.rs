//! The starter pages as a visitor and an attacker see them: golden files for every
//! template × language, document structure, an XSS corpus in every field, and
//! property tests over arbitrary input.
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
    json_resume, render, Education, Link, Member, Project, StarterInput, Template,
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

/// Every tag name a template may write (opening tags only).
fn template_tags(template: Template) -> BTreeSet<&'static str> {
    let mut tags: BTreeSet<&str> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "p", "main",
        "section", "h2", "ul", "li", "a", "br", "footer",
    ]
    .into();
    tags.extend(match template {
        Template::Cv => &["h3"][..],
        Template::Blog => &["article"][..],
        Template::Contest => &["dl", "dt", "dd"][..],
    });
    tags
}

const ATTRIBUTES: [&str; 9] = [
    "lang",
    "charset",
    "http-equiv",
    "content",
    "name",
    "class",
    "id",
    "aria-labelledby",
    "href",
];
const CSP_META: &str = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data: https:\">";

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
    let allowed = template_tags(template);
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
            if attr == "href" {
                assert!(
                    value.starts_with("https://") || value.starts_with("mailto:"),
                    "href {value:?}"
                );
                assert!(
                    !value
                        .chars()
                        .any(|c| c.is_whitespace() || c.is_control() || !c.is_ascii()),
                    "href {value:?}"
                );
            }
        }
    }
    let lower = html.to_lowercase();
    // Typed `javascript:` may show as text; it never reaches an href (checked above).
    for forbidden in ["<script", "<iframe", "<img", "<svg", "<base", "<!--"] {
        assert!(!lower.contains(forbidden), "{forbidden} in output");
    }
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

/// A Trà Vinh University student, every field filled (also with a few characters
/// that must come out escaped).
fn sample(template: Template, lang: Lang) -> StarterInput {
    StarterInput {
        template,
        lang,
        full_name: "Nguyễn Văn An".into(),
        domain: "nguyenvanan.id.vn".into(),
        headline: "Sinh viên năm 3 ngành Công nghệ thông tin".into(),
        about: "Mình thích làm những trang web nhanh, dễ dùng cho mọi người.\n\nĐang tìm chỗ thực tập lập trình web tại Trà Vinh hoặc làm từ xa.".into(),
        organisation: "Trường Đại học Trà Vinh".into(),
        email: "an.nguyen@example.com".into(),
        education: vec![
            Education {
                institution: "Trường Đại học Trà Vinh".into(),
                study: "Công nghệ thông tin".into(),
                start: "9/2022".into(),
                end: "hiện tại".into(),
            },
            Education {
                institution: "Trường THPT Chuyên Trà Vinh".into(),
                study: String::new(),
                start: "2019".into(),
                end: "2022".into(),
            },
        ],
        skills: vec!["HTML & CSS".into(), "JavaScript".into(), "Rust".into(), "Figma".into()],
        projects: vec![
            Project {
                name: "Chợ nổi số".into(),
                description: "Bản đồ các chợ nổi miền Tây.\nVẽ bằng <canvas> & SVG.".into(),
                url: "https://github.com/nguyenvanan/cho-noi".into(),
            },
            Project { name: "Bàn phím Khmer".into(), description: "Bàn phím ảo tiếng Khmer cho điện thoại.".into(), url: String::new() },
        ],
        links: vec![
            Link { label: "GitHub".into(), url: "https://github.com/nguyenvanan".into() },
            Link { label: String::new(), url: "linkedin.com/in/nguyenvanan".into() },
        ],
        post_title: "Vì sao mình chọn tên miền .id.vn".into(),
        post_body: "Tên miền .id.vn miễn phí 2 năm cho người từ 18 đến 23 tuổi.\nĐăng ký chỉ mất vài phút.\n\nBài sau: đưa trang lên GitHub Pages.".into(),
        team_name: "Sao Khuê".into(),
        team: vec![
            Member { name: "Nguyễn Văn An".into(), role: "Trưởng nhóm, lập trình".into() },
            Member { name: "Thạch Thị Sô Phia".into(), role: "Thiết kế giao diện".into() },
            Member { name: "Lê Minh Khoa".into(), role: String::new() },
        ],
        entry: Project {
            name: "Chợ nổi số".into(),
            description: "Một bản đồ trực tuyến giúp du khách tìm chợ nổi, giờ họp chợ và món đặc sản.\nDữ liệu do chính người bán cập nhật.\n\nChạy tốt trên điện thoại, cả khi mạng yếu.".into(),
            url: "https://saokhue.github.io/cho-noi/".into(),
        },
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
}

#[test]
fn golden_json_resume_for_every_template() {
    for template in Template::ALL {
        let json = json_resume(&sample(template, Lang::Vi));
        check_golden(&format!("{}.resume.json", template.code()), &json);
    }
}

// ---------------------------------------------------------------------------
// What a visitor notices

#[test]
fn a_filled_page_uses_every_tag_of_its_template_and_is_well_structured() {
    for template in Template::ALL {
        for lang in Lang::ALL {
            let html = render(&sample(template, lang));
            let tags = assert_safe_page(&html, template, lang);
            let expected: BTreeSet<String> = template_tags(template)
                .into_iter()
                .map(String::from)
                .collect();
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

#[test]
fn headings_follow_the_language() {
    let cv = |lang| render(&sample(Template::Cv, lang));
    assert!(cv(Lang::Vi).contains(">Học vấn</h2>"));
    assert!(cv(Lang::En).contains(">Education</h2>"));
    assert!(cv(Lang::Km).contains(">ការសិក្សា</h2>"));
    let contest = |lang| render(&sample(Template::Contest, lang));
    assert!(contest(Lang::Vi).contains(">Dành cho ban giám khảo</h2>"));
    assert!(contest(Lang::En).contains(">For the judges</h2>"));
    assert!(contest(Lang::Km).contains(">សម្រាប់គណៈកម្មការវិនិច្ឆ័យ</h2>"));
    assert!(render(&sample(Template::Blog, Lang::Km)).contains(">អំពីខ្ញុំ</h2>"));
}

#[test]
fn the_cv_prints_on_a4_with_addresses_written_out() {
    let html = render(&sample(Template::Cv, Lang::Vi));
    assert!(html.contains("<title>Nguyễn Văn An — CV</title>"));
    assert!(html.contains("@page{size:A4;"));
    assert!(html.contains("@media print{"));
    assert!(html.contains("attr(href)"));
    assert!(html
        .contains("<a href=\"https://nguyenvanan.id.vn/\" class=\"bare\">nguyenvanan.id.vn</a>"));
    assert!(html.contains(
        "<a href=\"mailto:an.nguyen@example.com\" class=\"bare\">an.nguyen@example.com</a>"
    ));
    assert!(html.contains(
        "<a href=\"https://linkedin.com/in/nguyenvanan\" class=\"bare\">linkedin.com/in/nguyenvanan</a>"
    ));
    assert!(html.contains("<p class=\"meta\">Công nghệ thông tin · 9/2022 – hiện tại</p>"));
    assert!(html.contains("Vẽ bằng &lt;canvas&gt; &amp; SVG."));
    assert!(!render(&sample(Template::Blog, Lang::Vi)).contains("@page"));
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
            let body = &html[html.find("<body>").unwrap()..];
            assert!(!body.contains(['{', '}']), "unfilled placeholder:\n{body}");
            assert!(
                !body.contains("<p></p>")
                    && !body.contains("<li></li>")
                    && !body.contains("<ul>\n</ul>"),
                "{body}"
            );
            assert!(
                !body.contains("></h1>") && !body.contains("></h2>"),
                "empty heading:\n{body}"
            );
            let sections = opening(&tags).filter(|t| t.name == "section").count();
            let t = &lang.starter().page;
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
            }
            assert!(body.contains(t.footer_fallback));
        }
    }
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
];

/// An input with `text` in every text field and `url` in every address field
/// (e-mail and domain included), one entry in each list.
fn filled(template: Template, lang: Lang, text: &str, url: &str) -> StarterInput {
    let s = || text.to_string();
    StarterInput {
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
                    ("url", serde_json::Value::String(s)) => out.push(s),
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
        ])
        .prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

fn arbitrary_input() -> impl Strategy<Value = StarterInput> {
    let template = prop::sample::select(Template::ALL.to_vec());
    let lang = prop::sample::select(Lang::ALL.to_vec());
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
    (template, lang, texts, lists).prop_map(
        |(template, lang, t, (edu, skills, projects, links, team, entry))| StarterInput {
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
        let allowed: BTreeSet<String> = template_tags(input.template).into_iter().map(String::from).collect();
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
