//! The three templates, written by hand into one `String`.
//!
//! Rules every line here keeps: typed values only ever go through [`Out::text`]
//! (escaped) or [`Out::href`] (an address already accepted by `safe_url`, escaped);
//! attribute values are double-quoted; tag and attribute names, `<style>` and `id`s
//! are constants.

use super::escape::push_escaped;
use super::{link_text, CleanLink, CleanProject, Page, Template};
use crate::i18n::starter::PageTexts;
use crate::i18n::Lang;

/// The policy the issue fixes: no script, no outside request but `https:` images.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:";

const BASE_CSS: &str = "\
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"Noto Sans Khmer\",\"Khmer OS System\",Arial,sans-serif;color:#1b1f24;background:#f4f6f9}
:lang(km) body{line-height:1.9}
header,main,footer{max-width:46rem;margin:0 auto;padding:1.25rem}
header{padding-top:2.5rem}
h1{font-size:clamp(1.8rem,6vw,2.6rem);line-height:1.2;margin:0 0 .4rem}
h2{font-size:1.2rem;line-height:1.3;margin:0 0 .75rem;padding-bottom:.3rem;color:#0a4f96;border-bottom:2px solid #d5e2f1}
h3{font-size:1.05rem;line-height:1.35;margin:0}
p{margin:0 0 .75rem}
section,article{background:#fff;border-radius:.75rem;padding:1.25rem 1.5rem;margin:0 0 1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.1)}
a{color:#0a4f96;overflow-wrap:anywhere}
ul{margin:0;padding-left:1.25rem}
li{margin:.2rem 0}
.lead{font-size:1.15rem;color:#333}
.meta{color:#555;margin:.15rem 0 0}
.entries{list-style:none;padding:0}
.entries li+li{margin-top:1rem}
.tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.tags li{margin:0;padding:.15rem .75rem;border-radius:1rem;background:#e6eef8}
footer{color:#555;font-size:.9rem;text-align:center;padding-bottom:2.5rem}
@media (max-width:30rem){section,article{padding:1rem}header{padding-top:1.5rem}}
";

/// The CV must read well on paper: A4, no backgrounds, addresses written out.
const PRINT_CSS: &str = "\
@page{size:A4;margin:16mm 15mm}
@media print{
body{background:#fff;font-size:10.5pt;line-height:1.45}
:lang(km) body{line-height:1.7}
header,main{max-width:none;padding:0}
header{margin-bottom:6mm}
h1{font-size:22pt}
section{box-shadow:none;border-radius:0;padding:0;margin:0 0 5mm;break-inside:avoid}
h2{font-size:12.5pt;break-after:avoid}
a{color:inherit;text-decoration:none}
main a[href^=\"https:\"]:not(.bare)::after{content:\" (\" attr(href) \")\";color:#555;font-size:9pt}
.tags li{background:none;border:1px solid #999}
footer{display:none}
}
";

const CONTEST_CSS: &str = "\
.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:.85rem;font-weight:600;color:#0a4f96;margin:0 0 .4rem}
dl{margin:0 0 1rem;display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem}
dt{font-weight:600}
dd{margin:0}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}
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

    /// `<a href="…">text</a>`; `url` comes from `safe_url` (or is the site's own
    /// `https://domain/`), so only `https:` and `mailto:` reach an `href`. A link
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
    let t = &p.lang.starter().page;
    let mut out = Out(String::with_capacity(8 * 1024));
    let site = p.site_url();
    let own = |s: &str| (!s.is_empty()).then(|| s.to_string());
    let name = own(&p.name).or_else(|| p.domain.clone());
    match p.template {
        Template::Cv => {
            let heading = name.as_deref().unwrap_or(t.default_cv_name);
            head(&mut out, p.lang, heading, t.doc_cv, &p.headline, PRINT_CSS);
            cv(&mut out, p, t, heading, site.as_deref());
        }
        Template::Blog => {
            let heading = name.as_deref().unwrap_or(t.default_blog_name);
            head(&mut out, p.lang, heading, t.doc_blog, &p.headline, "");
            blog(&mut out, p, t, heading);
        }
        Template::Contest => {
            let heading = own(&p.entry.name).unwrap_or_else(|| t.default_contest_name.to_string());
            head(
                &mut out,
                p.lang,
                &heading,
                t.doc_contest,
                &p.entry.description,
                CONTEST_CSS,
            );
            contest(&mut out, p, t, &heading);
        }
    }
    footer(&mut out, p, t, site.as_deref());
    out.0
}

/// From the doctype to `<body>`: charset first (within the first 1024 bytes), the
/// CSP, the viewport, the title, an optional description, the style sheet.
fn head(out: &mut Out, lang: Lang, title: &str, doc: &str, description: &str, css: &str) {
    out.raw("<!DOCTYPE html>\n<html lang=\"");
    out.raw(lang.tag());
    out.raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"");
    out.raw(CSP);
    out.raw(
        "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    out.text(title);
    out.raw(" — ");
    out.text(doc);
    out.raw("</title>\n");
    let summary = description.split('\n').next().unwrap_or_default();
    if !summary.is_empty() {
        out.raw("<meta name=\"description\" content=\"");
        out.text(summary);
        out.raw("\">\n");
    }
    out.raw("<style>\n");
    out.raw(BASE_CSS);
    out.raw(css);
    out.raw("</style>\n</head>\n<body>\n");
}

fn cv(out: &mut Out, p: &Page, t: &PageTexts, heading: &str, site: Option<&str>) {
    out.raw("<header>\n<h1>");
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
            out.raw("<li>\n<h3>");
            out.text(if e.institution.is_empty() {
                &e.study
            } else {
                &e.institution
            });
            out.raw("</h3>\n");
            let period = match (e.start.is_empty(), e.end.is_empty()) {
                (false, false) => format!("{} – {}", e.start, e.end),
                _ => format!("{}{}", e.start, e.end),
            };
            let study = if e.institution.is_empty() {
                ""
            } else {
                &e.study
            };
            out.joined("meta", &[Part::Text(study), Part::Text(&period)]);
            out.raw("</li>\n");
        }
        out.raw("</ul>\n</section>\n");
    }
    if !p.skills.is_empty() {
        out.section("skills", t.skills);
        out.tags(&p.skills);
        out.raw("</section>\n");
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
    if !p.links.is_empty() {
        out.section("links", t.links);
        out.links_list(&p.links);
        out.raw("</section>\n");
    }
    out.raw("</main>\n");
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
    out.raw("<header>\n<h1>");
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
    out.raw("<header>\n<p class=\"kicker\">");
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
