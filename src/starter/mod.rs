//! Starter pages for a freshly chosen name: a CV, a blog, a contest entry or a
//! business page, rendered from what the visitor typed into one self-contained HTML5
//! file (inline CSS, a `<meta>` CSP, no executable script, no request of any kind
//! when opened: `img-src data:` only), plus a JSON Resume export, the steps to
//! publish the file, and a realistic [`sample`] per template and language.
//!
//! Safety design: [`StarterInput`] is first turned into a cleaned [`Page`] (controls,
//! bidi overrides and NUL removed, spaces collapsed, links kept only if
//! [`safe_url`] accepts them, e-mail and domain kept only if well-formed, the photo
//! only if [`safe_photo`] accepts it, phone, Zalo and Facebook as `business.rs`
//! decides), and the templates write every value through one escape (see
//! `escape.rs`). Nothing typed reaches `<style>`, a tag name or an attribute name;
//! the output's tags are the template's. The business page's schema.org JSON-LD is
//! serialised by serde_json with `<`, `>`, `&`, `'`, U+2028 and U+2029 written as
//! `\u` escapes, so no typed text can end its `<script type="application/ld+json">`.
//!
//! The business page puts what a customer does next first: an action row at the end
//! of its header (call, directions, Zalo, Facebook; buttons of at least 44 × 44 px),
//! before what it sells, its hours and the contact section, which names the same
//! addresses by what they are (the number, the address, the Zalo and Facebook
//! addresses), so no two links of the page share a name.
//!
//! Empty sections are left out. Where a page needs content to make sense (the main
//! heading, the blog's first post, the contest's section for the judges) it gets a
//! default text in the page's language, never a placeholder to fill in.
//!
//! Ready to share: every page has a description (≤ 160 characters), Open Graph and
//! Twitter `summary` tags with the page's own address `https://<domain>/` (and
//! `og:image` `https://<domain>/photo.jpg` when there is a photo: link previews need
//! an absolute address, so the photo is published beside the page, see
//! [`photo_file_name`] and [`photo_step`]), a favicon of the initials (inline SVG),
//! `color-scheme` and `theme-color`.
//!
//! Look: three [`Theme`]s, each a light and a `prefers-color-scheme: dark` palette of
//! CSS custom properties meeting WCAG AA (a unit test in `html.rs` computes the
//! ratios); system fonts only. Every template's stylesheet holds all three themes and
//! the page picks one with a class on `<body>`, so a template's stylesheet (and its
//! CSP hash) does not depend on the theme or the language.
//!
//! Printing: every page prints black on white. The CV is made for A4: `@page` A4
//! with 12 × 14 mm margins, 9.5 pt text at 1.35 line height (1.55 for Khmer, whose
//! headings also get 1.5 on paper and screen: its stacked marks need the room), tight
//! headings and gaps, the short sections (skills, languages, certificates, links)
//! side by side in two columns, no list entry split across pages, the photo at
//! 26 mm, link addresses written out after their text, no footer. A typical CV (the
//! sample: two entries each of education, experience and projects, two languages
//! and certificates, six skills, a photo) fills about four fifths of one page (vi
//! and en 78–81 %, km 88 % of the printable height; measured in Chromium, whose
//! print to PDF `tests/e2e/pages.test.mjs` counts as one page).

mod business;
mod escape;
mod html;
mod publish;
mod resume;
mod sample;

pub use escape::{safe_photo, safe_url, valid_email, MAX_PHOTO_BASE64};
pub use publish::{photo_step, publish_guide, rename_step, DnsRecord, PublishGuide, PublishTarget};
pub use resume::json_resume;
pub use sample::sample;

/// What a host presets in the starter form (configuration key `starter`), e.g. a
/// university's name for its students' pages. Every key may be left out; unknown
/// keys are refused.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StarterPreset {
    /// Prefills "School or organisation", e.g. "Trường Đại học Trà Vinh".
    pub organisation: String,
}

impl StarterPreset {
    /// The built-in preset ([`PRESET_JSON`]; empty should it fail to read).
    pub fn builtin() -> StarterPreset {
        crate::json::parse(PRESET_JSON)
            .ok()
            .and_then(|v| StarterPreset::from_json(&v, "starter").ok())
            .unwrap_or_default()
    }

    /// Reads the `starter` key (at `path`) of a configuration.
    pub fn from_json(
        value: &crate::json::Json,
        path: &str,
    ) -> Result<StarterPreset, crate::json::ShapeError> {
        let f = crate::json::Fields::new(value, path, &["organisation"])?;
        Ok(StarterPreset {
            organisation: f.or_default("organisation", crate::json::string)?,
        })
    }
}

/// The built-in preset, as JSON (the shape of the `starter` configuration key).
pub const PRESET_JSON: &str = include_str!("../../data/starter.json");

use crate::i18n::Lang;

use business::CleanBusiness;
use escape::{clean_domain, clean_line, clean_text};

/// Which starter page to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Template {
    /// A one-page CV for students and job seekers, readable printed on A4.
    #[default]
    Cv,
    /// A personal blog: the first post and an "about me".
    Blog,
    /// An entry page for a campus website-building competition.
    Contest,
    /// A shop or company page: what it sells and for how much, opening hours, where
    /// it is, how to call; schema.org `LocalBusiness` for search engines. The default
    /// for biz.vn.
    Business,
}

impl Template {
    pub const ALL: [Template; 4] = [
        Template::Cv,
        Template::Blog,
        Template::Contest,
        Template::Business,
    ];

    /// A stable code for the UI's choice and for file names of tests.
    pub fn code(self) -> &'static str {
        match self {
            Template::Cv => "cv",
            Template::Blog => "blog",
            Template::Contest => "contest",
            Template::Business => "business",
        }
    }

    pub fn parse(code: &str) -> Option<Template> {
        Template::ALL
            .into_iter()
            .find(|t| t.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// The page's look: colours and type. Every theme meets WCAG AA contrast in its
/// light and its dark (`prefers-color-scheme: dark`) form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Theme {
    /// Blue, sans-serif: the look of the first pages.
    #[default]
    Sea,
    /// Green, serif headings.
    Forest,
    /// Warm red-brown, rounded: shops and food.
    Clay,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Sea, Theme::Forest, Theme::Clay];

    pub fn code(self) -> &'static str {
        match self {
            Theme::Sea => "sea",
            Theme::Forest => "forest",
            Theme::Clay => "clay",
        }
    }

    pub fn parse(code: &str) -> Option<Theme> {
        Theme::ALL
            .into_iter()
            .find(|t| t.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// One line of the CV's education section. Dates are free text as typed ("2022",
/// "9/2022", "hiện tại"); ISO-like forms are also exported to JSON Resume.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Education {
    pub institution: String,
    /// Field of study or programme, e.g. "Công nghệ thông tin".
    pub study: String,
    pub start: String,
    pub end: String,
}

/// A job, internship or volunteer role on the CV. Dates as for [`Education`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Experience {
    /// What the visitor did, e.g. "Thực tập sinh lập trình".
    pub role: String,
    pub organisation: String,
    pub start: String,
    pub end: String,
    /// A few sentences on what was done.
    pub description: String,
}

/// A language the visitor speaks, e.g. "Tiếng Anh" with "B1" or "giao tiếp tốt".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Language {
    pub name: String,
    pub fluency: String,
}

/// A certificate, e.g. "TOEIC 750" issued by "IIG Việt Nam" in "2025".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Certificate {
    pub name: String,
    pub issuer: String,
    pub date: String,
}

/// A product or service of a business page, e.g. "Bánh tét lá cẩm" at "60.000 đ".
/// The price is free text as typed ("60.000 đ", "từ 20.000 đ", "liên hệ").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Offer {
    pub name: String,
    pub price: String,
    pub description: String,
}

/// One day's opening hours on a business page: `day` 0 = Monday … 6 = Sunday;
/// `opens`/`closes` as typed ("6:00", "06:00", "6h", "20h30", shown as `HH:MM`
/// where they read as a time); both empty = closed. Several entries with the same
/// `day` are several spans (06:00–11:00, 14:00–20:00); a day without an entry is not
/// shown; no time at all leaves the hours out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hours {
    pub day: u8,
    pub opens: String,
    pub closes: String,
}

/// What only a business page has. Its name is [`StarterInput::full_name`] (the
/// business name typed in eligibility) and its one line [`StarterInput::headline`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Business {
    /// The registered name if it differs from the trading name, e.g.
    /// "Hộ kinh doanh Trần Thị Bích" (as typed in eligibility).
    pub legal_name: String,
    pub offers: Vec<Offer>,
    pub hours: Vec<Hours>,
    /// The street address as typed; a "directions" link is built from its text (a
    /// link only: the page asks no map service anything).
    pub address: String,
    /// As typed, e.g. "0294 3855 246" or "+84 294 3855 246"; shown as a `tel:` link.
    pub phone: String,
    /// A Zalo link or phone number (`https://zalo.me/…`; a number becomes
    /// `https://zalo.me/<number>`).
    pub zalo: String,
    /// A Facebook page address (on facebook.com, fb.com or fb.me) or page name.
    pub facebook: String,
}

/// A project; `url` is shown only if [`safe_url`] accepts it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Project {
    pub name: String,
    pub description: String,
    pub url: String,
}

/// A link such as a GitHub or LinkedIn profile; dropped unless [`safe_url`] accepts
/// the URL. An empty label shows the address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Link {
    pub label: String,
    pub url: String,
}

/// A contest team member.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Member {
    pub name: String,
    pub role: String,
}

/// Everything a starter is built from, as typed: every string may be empty, any
/// list may be empty or hold empty entries. Which fields a template uses:
///
/// | field | CV | blog | contest | business |
/// | --- | --- | --- | --- | --- |
/// | `full_name`, `domain`, `email`, `links` | ✓ | ✓ | ✓ (contact, links for the judges) | ✓ (`full_name` = the business name) |
/// | `headline` | ✓ | ✓ | | ✓ (what it does) |
/// | `organisation` | ✓ | ✓ | the school | never (the host's preset is a school) |
/// | `about` | ✓ | ✓ | | ✓ |
/// | `education`, `experience`, `projects`, `languages`, `certificates` | ✓ | | | |
/// | `skills` | ✓ | | ✓ (technologies used) | |
/// | `post_title`, `post_body` | | ✓ | | |
/// | `team_name`, `team`, `entry` | | | ✓ | |
/// | `business` | | | | ✓ |
/// | `photo`, `theme` | ✓ | ✓ | ✓ | ✓ |
///
/// The JSON Resume export follows the same table (a business page exports `basics`
/// only; the photo is exported as its published address, see `resume.rs`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StarterInput {
    pub template: Template,
    /// The widget's language: the page's `lang` and its section headings.
    pub lang: Lang,
    pub full_name: String,
    /// The chosen name, e.g. `nguyenvanan.id.vn`.
    pub domain: String,
    /// A one-line description, e.g. "Sinh viên Công nghệ thông tin".
    pub headline: String,
    /// A few sentences; a blank line starts a new paragraph.
    pub about: String,
    /// School or organisation, e.g. the host's preset "Trường Đại học Trà Vinh".
    pub organisation: String,
    /// The visitor's own address (see [`suggested_email`] for one at the new name).
    pub email: String,
    pub education: Vec<Education>,
    pub experience: Vec<Experience>,
    pub languages: Vec<Language>,
    pub certificates: Vec<Certificate>,
    pub skills: Vec<String>,
    pub projects: Vec<Project>,
    pub links: Vec<Link>,
    /// The blog's first post; a welcome post in the page's language if both are empty.
    pub post_title: String,
    pub post_body: String,
    pub team_name: String,
    pub team: Vec<Member>,
    /// The contest entry itself: its name (the page's main heading), description
    /// and demo address.
    pub entry: Project,
    pub business: Business,
    /// The visitor's photo, cropped and resized in the tab: a `data:image/jpeg` or
    /// `data:image/webp` base64 URL, embedded in the page (128 × 128 CSS px in the
    /// header); anything [`safe_photo`] refuses is dropped.
    pub photo: String,
    pub theme: Theme,
}

/// Renders the starter page: one complete HTML5 document.
pub fn render(input: &StarterInput) -> String {
    html::render(&Page::from_input(input))
}

/// The page as the widget's preview frame shows it: [`render`]'s without the
/// favicon, which a frame never shows and a strict host CSP (inherited by a
/// `srcdoc` frame) would report as a blocked image.
pub fn render_preview(input: &StarterInput) -> String {
    html::render(&Page {
        preview: true,
        ..Page::from_input(input)
    })
}

/// The `tel:` address the business page links a typed phone number to
/// (`tel:+84901234567`), or `None` if it is not a phone number and is left out of
/// the page (the UI can say so beside the field). Rules in `business.rs`.
pub fn tel_url(raw: &str) -> Option<String> {
    business::phone(raw).map(|p| p.href())
}

/// The Zalo link of a typed phone number or zalo.me address, or `None` if it is
/// left out of the page.
pub fn zalo_url(raw: &str) -> Option<String> {
    business::zalo(raw)
}

/// The Facebook link of a typed address (facebook.com, fb.com, fb.me) or page name,
/// or `None` if it is left out of the page.
pub fn facebook_url(raw: &str) -> Option<String> {
    business::facebook(raw)
}

/// A typed opening or closing time as the page shows it (`"6h"` → `"06:00"`), or
/// `None` if it does not read as a time (the page then shows the text as typed).
pub fn opening_time(raw: &str) -> Option<String> {
    business::hhmm(raw)
}

/// The name under which the photo is published beside the page, `photo.jpg` or
/// `photo.webp` (the page's `og:image` is `https://<domain>/<that name>`, since
/// link previews need an absolute address and cannot read the embedded copy), or
/// `None` if [`safe_photo`] drops the photo. The UI offers the photo for download
/// under this name, and [`photo_step`] says where to put it.
pub fn photo_file_name(photo: &str) -> Option<&'static str> {
    let photo = safe_photo(photo)?;
    Some(if photo.starts_with("data:image/jpeg") {
        "photo.jpg"
    } else {
        "photo.webp"
    })
}

/// An address at the new name to suggest, e.g. `lienhe@nguyenvanan.id.vn` (the UI
/// shows it with `StarterTexts::email_note`: it only works once the registrar's
/// e-mail service is set up). `None` if the domain is not a host name.
pub fn suggested_email(domain: &str) -> Option<String> {
    clean_domain(domain).map(|d| format!("lienhe@{d}"))
}

/// The download name of the HTML file: `<domain>.html`, or `website.html` if the
/// domain is not a host name (so no path, quote or control character can get in).
pub fn html_file_name(domain: &str) -> String {
    format!(
        "{}.html",
        clean_domain(domain).as_deref().unwrap_or("website")
    )
}

/// The download name of the JSON Resume file: `<domain>.resume.json`, or `resume.json`.
pub fn json_file_name(domain: &str) -> String {
    match clean_domain(domain) {
        Some(d) => format!("{d}.resume.json"),
        None => "resume.json".to_string(),
    }
}

/// Splits a list typed in one box ("HTML, CSS; Rust" or one item per line) into its
/// items, trimmed, empty ones left out.
pub fn split_list(s: &str) -> Vec<String> {
    s.split([',', ';', '\n', '\u{3001}'])
        .map(clean_line)
        .filter(|item| !item.is_empty())
        .collect()
}

/// The cleaned input the templates and the JSON Resume export read: every string
/// cleaned, every URL safe, empty entries gone.
#[derive(Debug)]
struct Page {
    /// Drawn in the widget's preview frame, not a file: no favicon (a frame has no
    /// tab to show it in, and a `srcdoc` frame inherits the host's CSP, where a
    /// strict `img-src` would refuse it).
    preview: bool,
    template: Template,
    lang: Lang,
    name: String,
    domain: Option<String>,
    headline: String,
    about: String,
    organisation: String,
    email: Option<String>,
    education: Vec<CleanEducation>,
    experience: Vec<CleanExperience>,
    languages: Vec<Language>,
    certificates: Vec<Certificate>,
    skills: Vec<String>,
    projects: Vec<CleanProject>,
    links: Vec<CleanLink>,
    post_title: String,
    post_body: String,
    team_name: String,
    team: Vec<Member>,
    entry: CleanProject,
    business: CleanBusiness,
    /// Accepted by [`safe_photo`].
    photo: Option<String>,
    theme: Theme,
}

#[derive(Debug)]
struct CleanExperience {
    role: String,
    organisation: String,
    start: String,
    end: String,
    description: String,
}

#[derive(Debug)]
struct CleanEducation {
    institution: String,
    study: String,
    start: String,
    end: String,
}

#[derive(Debug)]
struct CleanProject {
    name: String,
    description: String,
    url: Option<String>,
}

#[derive(Debug)]
struct CleanLink {
    label: String,
    url: String,
}

impl CleanProject {
    fn from_input(p: &Project) -> CleanProject {
        CleanProject {
            name: clean_line(&p.name),
            description: clean_text(&p.description),
            url: safe_url(&p.url),
        }
    }

    fn is_empty(&self) -> bool {
        self.name.is_empty() && self.description.is_empty() && self.url.is_none()
    }
}

impl Page {
    fn from_input(input: &StarterInput) -> Page {
        let education = input
            .education
            .iter()
            .map(|e| CleanEducation {
                institution: clean_line(&e.institution),
                study: clean_line(&e.study),
                start: clean_line(&e.start),
                end: clean_line(&e.end),
            })
            .filter(|e| !e.institution.is_empty() || !e.study.is_empty())
            .collect();
        let links = input
            .links
            .iter()
            .filter_map(|l| {
                Some(CleanLink {
                    label: clean_line(&l.label),
                    url: safe_url(&l.url)?,
                })
            })
            .collect();
        let team = input
            .team
            .iter()
            .map(|m| Member {
                name: clean_line(&m.name),
                role: clean_line(&m.role),
            })
            .filter(|m| !m.name.is_empty())
            .collect();
        let experience = input
            .experience
            .iter()
            .map(|e| CleanExperience {
                role: clean_line(&e.role),
                organisation: clean_line(&e.organisation),
                start: clean_line(&e.start),
                end: clean_line(&e.end),
                description: clean_text(&e.description),
            })
            .filter(|e| !e.role.is_empty() || !e.organisation.is_empty())
            .collect();
        let languages = input
            .languages
            .iter()
            .map(|l| Language {
                name: clean_line(&l.name),
                fluency: clean_line(&l.fluency),
            })
            .filter(|l| !l.name.is_empty())
            .collect();
        let certificates = input
            .certificates
            .iter()
            .map(|c| Certificate {
                name: clean_line(&c.name),
                issuer: clean_line(&c.issuer),
                date: clean_line(&c.date),
            })
            .filter(|c| !c.name.is_empty())
            .collect();
        let email = clean_line(&input.email);
        let name = clean_line(&input.full_name);
        let business = CleanBusiness::from_input(&input.business, &name);
        Page {
            preview: false,
            template: input.template,
            lang: input.lang,
            name,
            domain: clean_domain(&input.domain),
            headline: clean_line(&input.headline),
            about: clean_text(&input.about),
            // The host's preset (a university) is never a business's organisation.
            organisation: if input.template == Template::Business {
                String::new()
            } else {
                clean_line(&input.organisation)
            },
            email: valid_email(&email).then_some(email),
            education,
            experience,
            languages,
            certificates,
            skills: input
                .skills
                .iter()
                .map(|s| clean_line(s))
                .filter(|s| !s.is_empty())
                .collect(),
            projects: input
                .projects
                .iter()
                .map(CleanProject::from_input)
                .filter(|p| !p.is_empty())
                .collect(),
            links,
            post_title: clean_line(&input.post_title),
            post_body: clean_text(&input.post_body),
            team_name: clean_line(&input.team_name),
            team,
            entry: CleanProject::from_input(&input.entry),
            business,
            photo: safe_photo(&input.photo).map(str::to_string),
            theme: input.theme,
        }
    }

    /// Where the photo is published beside the page, e.g.
    /// `https://nguyenvanan.id.vn/photo.jpg` (needs both a photo and a domain).
    fn photo_url(&self) -> Option<String> {
        let file = photo_file_name(self.photo.as_deref()?)?;
        Some(format!("https://{}/{file}", self.domain.as_deref()?))
    }

    /// The domain as an `https:` address, e.g. `https://nguyenvanan.id.vn/`.
    fn site_url(&self) -> Option<String> {
        self.domain.as_ref().map(|d| format!("https://{d}/"))
    }
}

/// What a link shows when it has no label: the address without its scheme.
fn link_text(url: &str) -> &str {
    let bare = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("mailto:"))
        .unwrap_or(url);
    bare.strip_suffix('/').unwrap_or(bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_is_the_file_without_its_favicon() {
        for template in Template::ALL {
            let input = sample(template, Lang::Vi);
            let (file, preview) = (render(&input), render_preview(&input));
            let icon = file
                .find("<link rel=\"icon\"")
                .expect("the file has a favicon");
            let end = icon + file[icon..].find('\n').unwrap() + 1;
            assert_eq!(format!("{}{}", &file[..icon], &file[end..]), preview);
        }
    }

    #[test]
    fn file_names_come_from_the_domain_or_a_safe_default() {
        assert_eq!(
            html_file_name("nguyenvanan.id.vn"),
            "nguyenvanan.id.vn.html"
        );
        assert_eq!(html_file_name(" An.ID.vn "), "an.id.vn.html");
        assert_eq!(html_file_name("../../etc/passwd"), "website.html");
        assert_eq!(html_file_name("a\"b.id.vn"), "website.html");
        assert_eq!(json_file_name("an.id.vn"), "an.id.vn.resume.json");
        assert_eq!(json_file_name(""), "resume.json");
    }

    #[test]
    fn suggests_a_contact_address_at_the_new_name() {
        assert_eq!(
            suggested_email("nguyenvanan.id.vn").as_deref(),
            Some("lienhe@nguyenvanan.id.vn")
        );
        assert_eq!(suggested_email("not a domain"), None);
    }

    #[test]
    fn splits_typed_lists() {
        assert_eq!(
            split_list("HTML, CSS;Rust\n\n  Figma ,"),
            ["HTML", "CSS", "Rust", "Figma"]
        );
        assert!(split_list(" , ;\n").is_empty());
    }

    #[test]
    fn business_field_checks_for_the_ui() {
        assert_eq!(
            tel_url("0294 3855 246").as_deref(),
            Some("tel:+842943855246")
        );
        assert_eq!(tel_url("gọi cô Ba"), None);
        assert_eq!(
            zalo_url("0901234567").as_deref(),
            Some("https://zalo.me/0901234567")
        );
        assert_eq!(
            facebook_url("@banhtetcoba").as_deref(),
            Some("https://www.facebook.com/banhtetcoba")
        );
        assert_eq!(facebook_url("https://example.com/banhtetcoba"), None);
        assert_eq!(opening_time("20h30").as_deref(), Some("20:30"));
        assert_eq!(opening_time("sáng"), None);
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.code()), Some(theme));
        }
        assert_eq!(Theme::parse("Forest "), Some(Theme::Forest));
        assert_eq!(Theme::parse("dark"), None);
    }

    #[test]
    fn templates_round_trip_their_codes() {
        for t in Template::ALL {
            assert_eq!(Template::parse(t.code()), Some(t));
        }
        assert_eq!(Template::parse(" BLOG "), Some(Template::Blog));
        assert_eq!(Template::parse("resume"), None);
    }

    #[test]
    fn cleaning_drops_unsafe_links_and_empty_entries() {
        let input = StarterInput {
            email: "not an address".into(),
            links: vec![
                Link {
                    label: "x".into(),
                    url: "javascript:alert(1)".into(),
                },
                Link {
                    label: String::new(),
                    url: "github.com/an".into(),
                },
            ],
            education: vec![Education {
                start: "2020".into(),
                ..Default::default()
            }],
            skills: vec!["  ".into(), "Rust".into()],
            ..Default::default()
        };
        let page = Page::from_input(&input);
        assert_eq!(page.email, None);
        assert_eq!(page.links.len(), 1);
        assert_eq!(page.links[0].url, "https://github.com/an");
        assert_eq!(link_text(&page.links[0].url), "github.com/an");
        assert!(page.education.is_empty());
        assert_eq!(page.skills, ["Rust"]);
    }
}
