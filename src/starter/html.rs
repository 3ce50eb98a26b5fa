//! The four templates, written by hand into one `String`.
//!
//! Rules every line here keeps: typed values only ever go through [`Out::text`]
//! (escaped) or [`Out::link`] (an address already accepted by `safe_url` or built
//! here from checked parts, escaped); attribute values are double-quoted; tag and
//! attribute names, `<style>` and `id`s are constants. The one exception to "no
//! script" is the business page's JSON-LD data block, written by
//! `business::json_ld`, which holds no `<` at all.
//!
//! Colours are CSS custom properties set per theme ([`THEMES`]): the stylesheet
//! holds all three themes, light and dark, and the page picks one with a class on
//! `<body>`. So a template's stylesheet is the same bytes whatever the theme and
//! language, and a host with a strict `style-src` lists one hash per template.

use super::business::{self, About, CleanBusiness};
use super::escape::{encode_component, push_escaped};
use super::{link_text, CleanLink, CleanProject, Page, Template, Theme};
use crate::i18n::page::PageTexts;
use crate::i18n::Lang;

/// No script, no request of any kind: styles inline, images only `data:` (the
/// photo and the favicon are embedded; `og:image` is a `<meta>` that only link
/// previews read). The business page's `<script type="application/ld+json">` is a
/// data block, which browsers never execute, so `default-src 'none'` (which covers
/// `script-src`) neither blocks it nor is weakened by it; search engines read it
/// from the markup.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// One look's colours in one scheme: page background, card background, text,
/// muted text, accent (headings, links, prices), the rule under headings, the tag
/// chips' background. Every text colour meets WCAG AA (4.5:1) on both backgrounds
/// it is used on (tested below).
pub(super) struct Palette {
    pub bg: &'static str,
    pub card: &'static str,
    pub fg: &'static str,
    pub muted: &'static str,
    pub accent: &'static str,
    pub line: &'static str,
    pub tag: &'static str,
}

/// A theme: its selector, corner radius, light and dark palettes.
pub(super) struct Look {
    pub theme: Theme,
    pub selector: &'static str,
    pub radius: &'static str,
    pub light: Palette,
    pub dark: Palette,
}

pub(super) const THEMES: [Look; 3] = [
    Look {
        theme: Theme::Sea,
        selector: "body",
        radius: ".75rem",
        light: Palette {
            bg: "#f4f6f9",
            card: "#ffffff",
            fg: "#1b1f24",
            muted: "#4d5560",
            accent: "#0a4f96",
            line: "#d5e2f1",
            tag: "#e6eef8",
        },
        dark: Palette {
            bg: "#0f1720",
            card: "#18222e",
            fg: "#e6edf3",
            muted: "#a9b4c0",
            accent: "#7cb8f5",
            line: "#2b3a4c",
            tag: "#223244",
        },
    },
    Look {
        theme: Theme::Forest,
        selector: ".forest",
        radius: ".3rem",
        light: Palette {
            bg: "#f2f5f1",
            card: "#ffffff",
            fg: "#1c2420",
            muted: "#4f5a53",
            accent: "#23653a",
            line: "#cfe2d3",
            tag: "#e3efe5",
        },
        dark: Palette {
            bg: "#0f1712",
            card: "#17221b",
            fg: "#e4ede6",
            muted: "#a7b7ab",
            accent: "#7fcf98",
            line: "#2a3d30",
            tag: "#213328",
        },
    },
    Look {
        theme: Theme::Clay,
        selector: ".clay",
        radius: "1.25rem",
        light: Palette {
            bg: "#faf5f0",
            card: "#ffffff",
            fg: "#2a1f1a",
            muted: "#5e5048",
            accent: "#9a3f1c",
            line: "#efd9c9",
            tag: "#f6e6da",
        },
        dark: Palette {
            bg: "#1c1410",
            card: "#271c17",
            fg: "#f2e8e1",
            muted: "#c2b0a4",
            accent: "#f0a37c",
            line: "#43302a",
            tag: "#3a2a22",
        },
    },
];

fn look(theme: Theme) -> &'static Look {
    THEMES
        .iter()
        .find(|l| l.theme == theme)
        .unwrap_or(&THEMES[0])
}

/// Writes the custom properties of every theme, light then dark.
fn theme_css(out: &mut Out) {
    let vars = |out: &mut Out, selector: &str, p: &Palette, radius: &str| {
        out.raw(selector);
        for (name, value) in [
            ("{--bg:", p.bg),
            (";--cd:", p.card),
            (";--fg:", p.fg),
            (";--mu:", p.muted),
            (";--ac:", p.accent),
            (";--ln:", p.line),
            (";--tg:", p.tag),
        ] {
            out.raw(name);
            out.raw(value);
        }
        if !radius.is_empty() {
            out.raw(";--r:");
            out.raw(radius);
        }
        out.raw("}\n");
    };
    for l in &THEMES {
        vars(out, l.selector, &l.light, l.radius);
    }
    out.raw("@media (prefers-color-scheme:dark){\n");
    for l in &THEMES {
        vars(out, l.selector, &l.dark, "");
    }
    out.raw("}\n");
}

const BASE_CSS: &str = "\
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"Noto Sans Khmer\",\"Khmer OS System\",Arial,sans-serif;color:var(--fg);background:var(--bg)}
:lang(km) body{line-height:1.9}
:lang(km) h1,:lang(km) h2,:lang(km) h3{line-height:1.5}
.forest h1,.forest h2,.forest h3{font-family:Georgia,\"Noto Serif\",\"Noto Serif Khmer\",serif}
.clay h1,.clay h2,.clay h3{font-family:ui-rounded,system-ui,sans-serif}
header,main,footer{max-width:46rem;margin:0 auto;padding:1.25rem}
header{padding-top:2.5rem}
header::after{content:\"\";display:block;clear:both}
header img{float:right;width:min(8rem,30%);height:auto;aspect-ratio:1;object-fit:cover;border-radius:var(--r);margin:0 0 .75rem 1rem}
h1{font-size:clamp(1.8rem,6vw,2.6rem);line-height:1.2;margin:0 0 .4rem}
h2{font-size:1.2rem;line-height:1.3;margin:0 0 .75rem;padding-bottom:.3rem;color:var(--ac);border-bottom:2px solid var(--ln)}
h3{font-size:1.05rem;line-height:1.35;margin:0}
p{margin:0 0 .75rem}
section>:last-child,article>:last-child{margin-bottom:0}
section,article{background:var(--cd);border-radius:var(--r);padding:1.25rem 1.5rem;margin:0 0 1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.1)}
a{color:var(--ac);overflow-wrap:anywhere}
ul{margin:0;padding-left:1.25rem}
li{margin:.2rem 0}
.lead{font-size:1.15rem}
.meta{color:var(--mu);margin:.15rem 0 0}
.entries{list-style:none;padding:0}
.entries li+li{margin-top:1rem}
.tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.tags li{margin:0;padding:.15rem .75rem;border-radius:1rem;background:var(--tg)}
footer{color:var(--mu);font-size:.9rem;text-align:center;padding-bottom:2.5rem}
@media (max-width:30rem){section,article{padding:1rem}header{padding-top:1.5rem}}
@media print{body,.forest,.clay{--bg:#fff;--cd:#fff;--fg:#000;--mu:#333;--ac:#000;--ln:#999;--tg:#fff}section,article{box-shadow:none}}
";

/// The CV must read well on paper and fit one A4 sheet when typical (two entries of
/// education, experience and projects, two languages and certificates, a photo):
/// 9.5 pt text, tight spacing, the short sections (skills, languages, certificates,
/// links) side by side in two columns, no entry split across pages, addresses
/// written out.
const PRINT_CSS: &str = "\
@page{size:A4;margin:12mm 14mm}
@media print{
body{font-size:9.5pt;line-height:1.35}
:lang(km) body{line-height:1.55}
header,main{max-width:none;padding:0}
header{margin-bottom:4mm}
header img{width:26mm;margin:0 0 2mm 4mm}
h1{font-size:20pt;margin:0}
.lead{font-size:11pt;margin:0}
main{display:grid;grid-template-columns:1fr 1fr;column-gap:8mm}
section{grid-column:1/-1;border-radius:0;padding:0;margin:0 0 3.5mm}
[aria-labelledby=skills],[aria-labelledby=languages],[aria-labelledby=certificates],[aria-labelledby=links]{grid-column:auto}
h2{font-size:11.5pt;margin:0 0 1.5mm;padding-bottom:.5mm;break-after:avoid}
h3{font-size:10pt}
p{margin:0 0 1mm}
li{break-inside:avoid}
.entries li+li{margin-top:2mm}
a{color:inherit;text-decoration:none}
main a[href^=\"https:\"]:not(.bare)::after{content:\" (\" attr(href) \")\";color:#333;font-size:8.5pt}
.tags{gap:1mm 1.5mm}
.tags li{padding:0 2mm;border:1px solid #999}
footer{display:none}
}
";

/// Definition lists: the contest's facts for the judges, the business's hours and
/// contact.
const DL_CSS: &str = "\
dl{margin:0 0 1rem;display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem}
dt{font-weight:600}
dd{margin:0}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}
";

const CONTEST_CSS: &str = "\
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.85rem;font-weight:600;color:var(--ac);margin:0 0 .4rem}
";

/// The business page. The action row: links as buttons of at least 44 × 44 px, 12 px apart, wrapping
/// onto as many rows as the screen needs. Products: the price stands right of the
/// name when both fit (the name keeps at least 10rem), else it drops under the
/// name, so a long price ("75.000 ដុង/ប្រអប់ ៤ គ្រាប់") never squeezes the name into
/// a column of single words on a phone.
const BUSINESS_CSS: &str = "\
.actions{list-style:none;padding:0;margin:1rem 0 0;display:flex;flex-wrap:wrap;gap:.75rem;clear:both}
.actions li{margin:0}
.actions a{display:inline-flex;align-items:center;justify-content:center;min-height:2.75rem;min-width:2.75rem;padding:.3rem 1.1rem;border:2px solid var(--ac);border-radius:var(--r);background:var(--cd);font-weight:600;text-decoration:none}
.actions li:first-child a{background:var(--ac);color:var(--cd)}
.offers li{display:flex;flex-wrap:wrap;align-items:baseline;column-gap:1rem}
.offers h3{flex:1 1 10rem}
.offers .price{flex:0 1 auto;font-weight:700;color:var(--ac);margin:0}
.offers p{flex-basis:100%;margin:.2rem 0 0}
.hours{grid-template-columns:max-content 1fr}
@media print{.actions{display:none}}
";

/// The document being written.
struct Out(String);

impl Out {
    fn raw(&mut self, markup: &str) {
        self.0.push_str(markup);
    }

    fn text(&mut self, value: &str) {
        push_escaped(&mut self.0, value);
    }

    /// `<a href="…">text</a>`; `url` comes from `safe_url`, is the site's own
    /// `https://domain/`, or is built by `business` from checked parts (`tel:` with
    /// digits, a map search with the address percent-encoded), so only `https:`,
    /// `mailto:` and `tel:` reach an `href`. A link
    /// without text shows its address and is marked `bare`, so that the printed CV
    /// does not write the address twice.
    fn link(&mut self, url: &str, text: &str) {
        self.raw("<a href=\"");
        self.text(url);
        if text.is_empty() {
            self.raw("\" class=\"bare\">");
            self.text(link_text(url));
        } else {
            self.raw("\">");
            self.text(text);
        }
        self.raw("</a>");
    }

    /// `<meta {attr}="{key}" content="{value}">`.
    fn meta(&mut self, attr: &str, key: &str, value: &str) {
        self.raw("<meta ");
        self.raw(attr);
        self.raw("=\"");
        self.raw(key);
        self.raw("\" content=\"");
        self.text(value);
        self.raw("\">\n");
    }

    /// Paragraphs of a multi-line value: a blank line starts a paragraph, a single
    /// line break becomes `<br>`.
    fn paragraphs(&mut self, text: &str) {
        for para in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
            self.raw("<p>");
            for (i, line) in para.trim_matches('\n').split('\n').enumerate() {
                if i > 0 {
                    self.raw("<br>\n");
                }
                self.text(line);
            }
            self.raw("</p>\n");
        }
    }

    /// Opens a titled section: `<section aria-labelledby="id"><h2 id="id">…</h2>`.
    fn section(&mut self, id: &str, heading: &str) {
        self.raw("<section aria-labelledby=\"");
        self.raw(id);
        self.raw("\">\n<h2 id=\"");
        self.raw(id);
        self.raw("\">");
        self.text(heading);
        self.raw("</h2>\n");
    }

    fn links_list(&mut self, links: &[CleanLink]) {
        self.raw("<ul>\n");
        for l in links {
            self.raw("<li>");
            self.link(&l.url, &l.label);
            self.raw("</li>\n");
        }
        self.raw("</ul>\n");
    }

    fn tags(&mut self, items: &[String]) {
        self.raw("<ul class=\"tags\">\n");
        for item in items {
            self.raw("<li>");
            self.text(item);
            self.raw("</li>\n");
        }
        self.raw("</ul>\n");
    }

    /// A `<p>` joining the parts that exist with " · "; nothing if none exists.
    fn joined(&mut self, class: &str, parts: &[Part<'_>]) {
        if parts.iter().all(Part::is_empty) {
            return;
        }
        self.raw("<p");
        if !class.is_empty() {
            self.raw(" class=\"");
            self.raw(class);
            self.raw("\"");
        }
        self.raw(">");
        self.inline(parts);
        self.raw("</p>\n");
    }

    /// The parts that exist, joined with " · ".
    fn inline(&mut self, parts: &[Part<'_>]) {
        for (i, part) in parts.iter().filter(|p| !p.is_empty()).enumerate() {
            if i > 0 {
                self.raw(" · ");
            }
            match part {
                Part::Text(t) => self.text(t),
                Part::Link(Some(url), t) => self.link(url, t),
                Part::Link(None, _) => {}
            }
        }
    }
}

/// A piece of a [`Out::joined`] line.
enum Part<'a> {
    Text(&'a str),
    /// An accepted address and its text (empty: the address).
    Link(Option<&'a str>, &'a str),
}

impl Part<'_> {
    fn is_empty(&self) -> bool {
        match self {
            Part::Text(t) => t.is_empty(),
            Part::Link(url, _) => url.is_none(),
        }
    }
}

/// Renders the page for the template and language of `p`.
pub(super) fn render(p: &Page) -> String {
    let t = p.lang.page();
    let mut out = Out(String::with_capacity(12 * 1024));
    let site = p.site_url();
    let own = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let name = own(&p.name).or_else(|| p.domain.clone());
    let about = p.about.split("\n\n").next().unwrap_or_default();
    match p.template {
        Template::Cv => {
            let heading = name.as_deref().unwrap_or(t.default_cv_name);
            let description = if p.headline.is_empty() {
                about
            } else {
                &p.headline
            };
            head(&mut out, p, heading, t.doc_cv, description, &[PRINT_CSS]);
            body(&mut out, p, None);
            cv(&mut out, p, t, heading, site.as_deref());
        }
        Template::Blog => {
            let heading = name.as_deref().unwrap_or(t.default_blog_name);
            let description = [&p.headline[..], about, &p.post_body]
                .into_iter()
                .find(|s| !s.is_empty())
                .unwrap_or(t.default_post_body);
            head(&mut out, p, heading, t.doc_blog, description, &[]);
            body(&mut out, p, None);
            blog(&mut out, p, t, heading);
        }
        Template::Contest => {
            let heading = own(&p.entry.name).unwrap_or_else(|| t.default_contest_name.to_string());
            head(
                &mut out,
                p,
                &heading,
                t.doc_contest,
                &p.entry.description,
                &[DL_CSS, CONTEST_CSS],
            );
            body(&mut out, p, None);
            contest(&mut out, p, t, &heading);
        }
        Template::Business => {
            let heading = name.as_deref().unwrap_or(t.default_business_name);
            let description = if p.headline.is_empty() {
                about
            } else {
                &p.headline
            };
            head(
                &mut out,
                p,
                heading,
                "",
                description,
                &[DL_CSS, BUSINESS_CSS],
            );
            let photo_url = p.photo_url();
            let ld = business::json_ld(
                &p.business,
                &About {
                    name: heading,
                    description,
                    url: site.as_deref(),
                    image: photo_url.as_deref(),
                    email: p.email.as_deref(),
                },
            );
            body(&mut out, p, Some(&ld));
            shop(&mut out, p, t, heading);
        }
    }
    footer(&mut out, p, t, site.as_deref());
    out.0
}

/// What link previews and search results show: the first line of `text`'s
/// meaning, at most 160 characters (cut on a character boundary, with "…").
fn summary(text: &str) -> String {
    let line = super::escape::clean_line(text);
    match line.char_indices().nth(159) {
        Some((cut, _)) if line.chars().count() > 160 => {
            format!("{}…", line[..cut].trim_end())
        }
        _ => line,
    }
}

/// The favicon: the initials (first letters of the first and last word, with their
/// combining marks; one letter for a one-word name) in white on the theme's accent,
/// as an SVG `data:` URL percent-encoded whole, so that nothing typed is markup in
/// it or in the attribute.
fn favicon(name: &str, colour: &str) -> String {
    let words: Vec<&str> = name
        .split(' ')
        .filter(|w| w.starts_with(char::is_alphanumeric))
        .collect();
    let ends = match words[..] {
        [] => Vec::new(),
        [one] => vec![one],
        [first, .., last] => vec![first, last],
    };
    let mut letters = String::new();
    for word in ends {
        let mut chars = word.chars();
        letters.extend(chars.next().into_iter().flat_map(char::to_uppercase));
        letters.extend(chars.take_while(|c| ('\u{300}'..='\u{36f}').contains(c)));
    }
    let mut svg = String::from("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'><rect width='64' height='64' rx='14' fill='");
    svg.push_str(colour);
    svg.push_str("'/><text x='32' y='43' font-family='system-ui,sans-serif' font-size='28' font-weight='700' fill='#fff' text-anchor='middle'>");
    push_escaped(&mut svg, &letters);
    svg.push_str("</text></svg>");
    let mut url = String::from("data:image/svg+xml,");
    encode_component(&mut url, &svg);
    url
}

/// From the doctype to the end of the stylesheet: charset first (within the first
/// 1024 bytes), the CSP, the viewport, the title, what link previews read
/// (description, Open Graph, Twitter card), colour scheme and theme colour, the
/// favicon, the style sheet (every theme's colours, the base, `css`).
fn head(out: &mut Out, p: &Page, title: &str, doc: &str, description: &str, css: &[&str]) {
    let look = look(p.theme);
    out.raw("<!DOCTYPE html>\n<html lang=\"");
    out.raw(p.lang.tag());
    out.raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"");
    out.raw(CSP);
    out.raw(
        "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    out.text(title);
    if !doc.is_empty() {
        out.raw(" — ");
        out.text(doc);
    }
    out.raw("</title>\n");
    let summary = summary(description);
    if !summary.is_empty() {
        out.meta("name", "description", &summary);
    }
    out.meta("name", "color-scheme", "light dark");
    for (scheme, colour) in [("light", look.light.accent), ("dark", look.dark.bg)] {
        out.raw("<meta name=\"theme-color\" media=\"(prefers-color-scheme: ");
        out.raw(scheme);
        out.raw(")\" content=\"");
        out.raw(colour);
        out.raw("\">\n");
    }
    if !p.preview {
        out.raw("<link rel=\"icon\" href=\"");
        out.text(&favicon(title, look.light.accent));
        out.raw("\">\n");
    }
    let og_type = if p.template == Template::Cv {
        "profile"
    } else {
        "website"
    };
    out.meta("property", "og:type", og_type);
    out.meta("property", "og:title", title);
    if !summary.is_empty() {
        out.meta("property", "og:description", &summary);
    }
    if let (Some(site), Some(domain)) = (p.site_url(), &p.domain) {
        out.meta("property", "og:url", &site);
        out.meta("property", "og:site_name", domain);
    }
    out.meta(
        "property",
        "og:locale",
        match p.lang {
            Lang::Vi => "vi_VN",
            Lang::En => "en_US",
            Lang::Km => "km_KH",
        },
    );
    if let Some(image) = p.photo_url() {
        out.meta("property", "og:image", &image);
        out.meta("property", "og:image:alt", title);
    }
    // A small square photo: the `summary` card shows it whole, where
    // `summary_large_image` would crop it to 2:1.
    out.meta("name", "twitter:card", "summary");
    out.raw("<style>\n");
    theme_css(out);
    out.raw(BASE_CSS);
    for part in css {
        out.raw(part);
    }
    out.raw("</style>\n");
}

/// The end of `<head>` (with the business page's JSON-LD) and `<body>`, with its
/// theme's class.
fn body(out: &mut Out, p: &Page, json_ld: Option<&str>) {
    if let Some(json) = json_ld {
        out.raw("<script type=\"application/ld+json\">");
        out.raw(json);
        out.raw("</script>\n");
    }
    out.raw("</head>\n<body");
    if p.theme != Theme::Sea {
        out.raw(" class=\"");
        out.raw(p.theme.code());
        out.raw("\"");
    }
    out.raw(">\n");
}

/// Opens `<header>` with the photo, if any.
fn header(out: &mut Out, p: &Page, alt: &str) {
    out.raw("<header>\n");
    if let Some(photo) = &p.photo {
        out.raw("<img src=\"");
        out.text(photo);
        out.raw("\" alt=\"");
        out.text(alt);
        out.raw("\" width=\"128\" height=\"128\">\n");
    }
}

/// "start – end", or whichever exists.
fn period(start: &str, end: &str) -> String {
    match (start.is_empty(), end.is_empty()) {
        (false, false) => format!("{start} – {end}"),
        _ => format!("{start}{end}"),
    }
}

fn cv(out: &mut Out, p: &Page, t: &PageTexts, heading: &str, site: Option<&str>) {
    header(out, p, heading);
    out.raw("<h1>");
    out.text(heading);
    out.raw("</h1>\n");
    out.joined("lead", &[Part::Text(&p.headline)]);
    out.joined("meta", &[Part::Text(&p.organisation)]);
    out.joined(
        "meta",
        &[
            Part::Link(site, ""),
            Part::Link(p.email.as_deref().map(mailto).as_deref(), ""),
        ],
    );
    out.raw("</header>\n<main>\n");
    if !p.about.is_empty() {
        out.section("about", t.about);
        out.paragraphs(&p.about);
        out.raw("</section>\n");
    }
    if !p.education.is_empty() {
        out.section("education", t.education);
        out.raw("<ul class=\"entries\">\n");
        for e in &p.education {
            let (title, study) = if e.institution.is_empty() {
                (&e.study, "")
            } else {
                (&e.institution, &e.study[..])
            };
            out.raw("<li>\n<h3>");
            out.text(title);
            out.raw("</h3>\n");
            out.joined(
                "meta",
                &[Part::Text(study), Part::Text(&period(&e.start, &e.end))],
            );
            out.raw("</li>\n");
        }
        out.raw("</ul>\n</section>\n");
    }
    if !p.experience.is_empty() {
        out.section("experience", t.experience);
        out.raw("<ul class=\"entries\">\n");
        for e in &p.experience {
            let (title, organisation) = if e.role.is_empty() {
                (&e.organisation, "")
            } else {
                (&e.role, &e.organisation[..])
            };
            out.raw("<li>\n<h3>");
            out.text(title);
            out.raw("</h3>\n");
            out.joined(
                "meta",
                &[
                    Part::Text(organisation),
                    Part::Text(&period(&e.start, &e.end)),
                ],
            );
            out.paragraphs(&e.description);
            out.raw("</li>\n");
        }
        out.raw("</ul>\n</section>\n");
    }
    if !p.projects.is_empty() {
        out.section("projects", t.projects);
        out.raw("<ul class=\"entries\">\n");
        for project in &p.projects {
            out.raw("<li>\n");
            project_body(out, project);
            out.raw("</li>\n");
        }
        out.raw("</ul>\n</section>\n");
    }
    if !p.skills.is_empty() {
        out.section("skills", t.skills);
        out.tags(&p.skills);
        out.raw("</section>\n");
    }
    if !p.languages.is_empty() {
        out.section("languages", t.languages);
        out.raw("<ul>\n");
        for l in &p.languages {
            out.raw("<li>");
            out.inline(&[Part::Text(&l.name), Part::Text(&l.fluency)]);
            out.raw("</li>\n");
        }
        out.raw("</ul>\n</section>\n");
    }
    if !p.certificates.is_empty() {
        out.section("certificates", t.certificates);
        out.raw("<ul>\n");
        for c in &p.certificates {
            out.raw("<li>");
            out.inline(&[
                Part::Text(&c.name),
                Part::Text(&c.issuer),
                Part::Text(&c.date),
            ]);
            out.raw("</li>\n");
        }
        out.raw("</ul>\n</section>\n");
    }
    if !p.links.is_empty() {
        out.section("links", t.links);
        out.links_list(&p.links);
        out.raw("</section>\n");
    }
    out.raw("</main>\n");
}

/// The business page: what it sells and for how much, when it is open, where it is
/// and how to reach it. None of the CV's sections.
fn shop(out: &mut Out, p: &Page, t: &PageTexts, heading: &str) {
    let b = &p.business;
    header(out, p, heading);
    out.raw("<h1>");
    out.text(heading);
    out.raw("</h1>\n");
    out.joined("lead", &[Part::Text(&p.headline)]);
    out.joined("meta", &[Part::Text(&b.legal_name)]);
    let directions = b.directions();
    actions(out, b, t, directions.as_deref());
    out.raw("</header>\n<main>\n");
    if !p.about.is_empty() {
        out.section("about", t.about);
        out.paragraphs(&p.about);
        out.raw("</section>\n");
    }
    if !b.offers.is_empty() {
        out.section("offers", t.offers);
        out.raw("<ul class=\"entries offers\">\n");
        for o in &b.offers {
            out.raw("<li>\n");
            if !o.name.is_empty() {
                out.raw("<h3>");
                out.text(&o.name);
                out.raw("</h3>\n");
            }
            out.joined("price", &[Part::Text(&o.price)]);
            out.paragraphs(&o.description);
            out.raw("</li>\n");
        }
        out.raw("</ul>\n</section>\n");
    }
    if let Some(week) = &b.week {
        out.section("hours", t.hours);
        out.raw("<dl class=\"hours\">\n");
        for (day, spans) in t.days.iter().zip(week) {
            let Some(spans) = spans else { continue };
            definition(out, day, |out| {
                if spans.is_empty() {
                    out.text(t.closed);
                }
                for (i, s) in spans.iter().enumerate() {
                    if i > 0 {
                        out.raw(", ");
                    }
                    out.text(&s.opens);
                    out.raw("–");
                    out.text(&s.closes);
                }
            });
        }
        out.raw("</dl>\n</section>\n");
    }
    let email = p.email.as_deref().map(mailto);
    let has_contact = !b.address.is_empty()
        || b.phone.is_some()
        || b.zalo.is_some()
        || b.facebook.is_some()
        || email.is_some()
        || !p.links.is_empty();
    if has_contact {
        out.section("contact", t.find_us);
        out.raw("<dl>\n");
        // The action row has "Directions", "Call …" and "Chat on Zalo": here the
        // same addresses are named by what they are (the address, the number, the
        // Zalo address), so no two links of the page share a name.
        if let Some(directions) = &directions {
            definition(out, t.address, |out| out.link(directions, &b.address));
        }
        if let Some(phone) = &b.phone {
            definition(out, t.phone, |out| out.link(&phone.href(), &phone.text()));
        }
        if let Some(zalo) = &b.zalo {
            definition(out, "Zalo", |out| out.link(zalo, ""));
        }
        if let Some(facebook) = &b.facebook {
            definition(out, "Facebook", |out| out.link(facebook, ""));
        }
        if let Some(email) = &email {
            definition(out, "E-mail", |out| out.link(email, ""));
        }
        if !p.links.is_empty() {
            definition(out, t.links, |out| {
                out.inline(
                    &p.links
                        .iter()
                        .map(|l| Part::Link(Some(&l.url), &l.label))
                        .collect::<Vec<_>>(),
                );
            });
        }
        out.raw("</dl>\n</section>\n");
    }
    out.raw("</main>\n");
}

/// The business page's action row, at the end of its header: call, directions,
/// Zalo, Facebook (those given), each a tap target of at least 44 × 44 px, so that a
/// phone shows them on the first screen rather than after the hours. The first one
/// is filled. Hidden in print, where the contact section says the same.
fn actions(out: &mut Out, b: &CleanBusiness, t: &PageTexts, directions: Option<&str>) {
    // html-validate's tel-non-breaking: the call button never wraps in the number.
    let call = b.phone.as_ref().map(|p| {
        (
            p.href(),
            format!("{}\u{a0}{}", t.call.replace(' ', "\u{a0}"), p.text()),
        )
    });
    let links = [
        call.as_ref().map(|(href, text)| (&href[..], &text[..])),
        directions.map(|d| (d, t.directions)),
        b.zalo.as_deref().map(|z| (z, t.zalo_chat)),
        b.facebook.as_deref().map(|f| (f, "Facebook")),
    ];
    if links.iter().all(Option::is_none) {
        return;
    }
    out.raw("<ul class=\"actions\">\n");
    for (href, text) in links.into_iter().flatten() {
        out.raw("<li>");
        out.link(href, text);
        out.raw("</li>\n");
    }
    out.raw("</ul>\n");
}

/// A project's heading (its name, linked if it has an address) and description.
fn project_body(out: &mut Out, project: &CleanProject) {
    if !project.name.is_empty() || project.url.is_some() {
        out.raw("<h3>");
        match &project.url {
            Some(url) => out.link(url, &project.name),
            None => out.text(&project.name),
        }
        out.raw("</h3>\n");
    }
    out.paragraphs(&project.description);
}

fn blog(out: &mut Out, p: &Page, t: &PageTexts, heading: &str) {
    header(out, p, heading);
    out.raw("<h1>");
    out.text(heading);
    out.raw("</h1>\n");
    out.joined("lead", &[Part::Text(&p.headline)]);
    out.raw("</header>\n<main>\n<article aria-labelledby=\"post\">\n<h2 id=\"post\">");
    out.text(if p.post_title.is_empty() {
        t.default_post_title
    } else {
        &p.post_title
    });
    out.raw("</h2>\n");
    out.paragraphs(if p.post_body.is_empty() {
        t.default_post_body
    } else {
        &p.post_body
    });
    out.raw("</article>\n");
    let email = p.email.as_deref().map(mailto);
    if !p.about.is_empty() || !p.organisation.is_empty() || email.is_some() || !p.links.is_empty() {
        out.section("about", t.about_me);
        out.paragraphs(&p.about);
        out.joined(
            "meta",
            &[
                Part::Text(&p.organisation),
                Part::Link(email.as_deref(), ""),
            ],
        );
        if !p.links.is_empty() {
            out.links_list(&p.links);
        }
        out.raw("</section>\n");
    }
    out.raw("</main>\n");
}

fn contest(out: &mut Out, p: &Page, t: &PageTexts, heading: &str) {
    header(out, p, heading);
    out.raw("<p class=\"kicker\">");
    out.text(t.entry_kicker);
    if !p.organisation.is_empty() {
        out.raw(" · ");
        out.text(&p.organisation);
    }
    out.raw("</p>\n<h1>");
    out.text(heading);
    out.raw("</h1>\n");
    if !p.team_name.is_empty() {
        out.raw("<p class=\"lead\">");
        out.text(t.team_prefix);
        out.raw(" ");
        out.text(&p.team_name);
        out.raw("</p>\n");
    }
    out.raw("</header>\n<main>\n");
    if !p.entry.description.is_empty() {
        out.section("project", t.project);
        out.paragraphs(&p.entry.description);
        out.raw("</section>\n");
    }
    if !p.team.is_empty() {
        out.section("team", t.team);
        out.raw("<ul>\n");
        for m in &p.team {
            out.raw("<li>");
            out.text(&m.name);
            if !m.role.is_empty() {
                out.raw(" — ");
                out.text(&m.role);
            }
            out.raw("</li>\n");
        }
        out.raw("</ul>\n</section>\n");
    }
    out.section("judges", t.judges);
    let has_facts = p.entry.url.is_some()
        || !p.organisation.is_empty()
        || !p.skills.is_empty()
        || !p.links.is_empty();
    if has_facts {
        out.raw("<dl>\n");
        if let Some(url) = &p.entry.url {
            definition(out, t.demo, |out| out.link(url, ""));
        }
        if !p.organisation.is_empty() {
            definition(out, t.school, |out| out.text(&p.organisation));
        }
        if !p.skills.is_empty() {
            definition(out, t.technologies, |out| out.text(&p.skills.join(", ")));
        }
        if !p.links.is_empty() {
            definition(out, t.links, |out| {
                for (i, l) in p.links.iter().enumerate() {
                    if i > 0 {
                        out.raw(" · ");
                    }
                    out.link(&l.url, &l.label);
                }
            });
        }
        out.raw("</dl>\n");
    }
    out.raw("<p>");
    out.text(t.judges_page);
    out.raw("</p>\n<ul>\n");
    for check in t.judges_checks {
        out.raw("<li>");
        out.text(check);
        out.raw("</li>\n");
    }
    out.raw("</ul>\n</section>\n</main>\n");
}

fn definition(out: &mut Out, term: &str, value: impl FnOnce(&mut Out)) {
    out.raw("<dt>");
    out.text(term);
    out.raw("</dt>\n<dd>");
    value(out);
    out.raw("</dd>\n");
}

/// The footer: who and where (the contest adds a contact line), or a neutral line.
fn footer(out: &mut Out, p: &Page, t: &PageTexts, site: Option<&str>) {
    out.raw("<footer>\n");
    let email = p.email.as_deref().map(mailto);
    if p.template == Template::Contest && (!p.name.is_empty() || email.is_some()) {
        out.raw("<p>");
        out.text(t.contact);
        out.raw(" ");
        out.inline(&[Part::Text(&p.name), Part::Link(email.as_deref(), "")]);
        out.raw("</p>\n");
    }
    let who = if p.template == Template::Contest {
        &p.team_name
    } else {
        &p.name
    };
    if who.is_empty() && site.is_none() {
        out.raw("<p>");
        out.text(t.footer_fallback);
        out.raw("</p>\n");
    } else {
        out.joined("", &[Part::Text(who), Part::Link(site, "")]);
    }
    out.raw("</footer>\n</body>\n</html>\n");
}

fn mailto(email: &str) -> String {
    format!("mailto:{email}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 relative luminance of `#rrggbb`.
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        assert!(hex.len() == 7 && hex.starts_with('#'), "{hex}");
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (a, b) = (luminance(a), luminance(b));
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    #[test]
    fn contrast_formula_matches_known_values() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
        assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
    }

    #[test]
    fn every_theme_meets_wcag_aa_in_light_and_dark() {
        for look in &THEMES {
            for (scheme, p) in [("light", &look.light), ("dark", &look.dark)] {
                // Every text colour on every background it is used on: body text on
                // the page, the cards and the tag chips; muted text (meta lines,
                // footer) and the accent (headings, links, prices, the contest's
                // kicker) on the page and the cards. All normal-size text: 4.5:1.
                for (what, fg, bg) in [
                    ("text/page", p.fg, p.bg),
                    ("text/card", p.fg, p.card),
                    ("text/tag", p.fg, p.tag),
                    ("muted/page", p.muted, p.bg),
                    ("muted/card", p.muted, p.card),
                    ("accent/page", p.accent, p.bg),
                    ("accent/card", p.accent, p.card),
                ] {
                    let ratio = contrast(fg, bg);
                    assert!(
                        ratio >= 4.5,
                        "{:?} {scheme} {what}: {fg} on {bg} is {ratio:.2}:1",
                        look.theme
                    );
                }
            }
            // The favicon's initials, white on the light accent: large text, 3:1.
            assert!(contrast("#ffffff", look.light.accent) >= 3.0);
        }
        for theme in Theme::ALL {
            assert_eq!(look(theme).theme, theme);
        }
    }

    #[test]
    fn the_stylesheet_holds_every_theme_light_and_dark() {
        let mut out = Out(String::new());
        theme_css(&mut out);
        let css = out.0;
        let dark = css.find("@media (prefers-color-scheme:dark)").unwrap();
        for look in &THEMES {
            let light_at = css.find(&format!("{}{{--bg:{}", look.selector, look.light.bg));
            let dark_at = css.rfind(&format!("{}{{--bg:{}", look.selector, look.dark.bg));
            assert!(light_at.is_some_and(|i| i < dark), "{css}");
            assert!(dark_at.is_some_and(|i| i > dark), "{css}");
        }
        for rule in [BASE_CSS, PRINT_CSS, DL_CSS, CONTEST_CSS, BUSINESS_CSS] {
            assert!(!rule.contains("@font-face") && !rule.contains("url("));
        }
    }

    #[test]
    fn summaries_are_one_line_of_at_most_160_characters() {
        assert_eq!(summary(" Một dòng\nhai dòng "), "Một dòng hai dòng");
        let long = "ắ".repeat(200);
        let s = summary(&long);
        assert_eq!(s.chars().count(), 160);
        assert!(s.ends_with('…'));
        assert_eq!(summary(&"a".repeat(160)), "a".repeat(160));
    }

    #[test]
    fn the_favicon_shows_the_initials_encoded() {
        let url = favicon("Nguyễn Văn An", "#0a4f96");
        assert!(url.starts_with("data:image/svg+xml,%3Csvg"));
        assert!(url.contains("%23fff"));
        assert!(url.contains("%3ENA%3C%2Ftext%3E"), "{url}");
        assert!(url
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"%-._~:+,/".contains(&b)));
        assert!(favicon("Ánh", "#000000").contains("%3E%C3%81%3C"));
        // Decomposed: the mark stays with its letter.
        assert!(favicon("e\u{301}m", "#000000").contains("%3EE%CC%81%3C"));
        assert!(favicon("\"><script>", "#000000").contains("%3E%3C%2Ftext"));
        assert!(favicon("", "#000000").contains("%3E%3C%2Ftext"));
    }
}
