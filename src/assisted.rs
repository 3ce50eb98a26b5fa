//! Assisted mode's pure core: the "continue on your own phone" QR code and the
//! helper's tally (issue 9).
//!
//! Community digital teams and one-stop counters serve a queue of people on one
//! device. Two things here need no browser:
//!
//! - [`qr_svg`] draws a QR code as a self-contained inline SVG (no network, no
//!   canvas), for the registrar link carrying the chosen name;
//! - [`Tally`] counts people helped, eligible outcomes, names chosen and handoffs
//!   per programme, for the helper's quarterly report, and writes them as CSV.
//!   It holds only counters: no method takes anything the visitor typed;
//! - [`slip`] says what goes on the printable one-page slip: the chosen name, the
//!   registrar and its link, what to bring and the offer's end; nothing personal.

use crate::date::Date;
use crate::eligibility::OutcomeKind;
use crate::handoff::Registrar;
use crate::i18n::{self, Lang};
use crate::programme::{Program, Programmes};
use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write as _;

/// Light modules around the symbol, as the QR specification asks (ISO/IEC 18004 §6.3.8).
pub const QUIET_ZONE: i32 = 4;

/// `text` as a QR code, drawn as an inline SVG, or `None` when it is too long for
/// any QR version (about 2,300 bytes at level M; a registrar URL is far below).
///
/// Error correction is level M, raised by the encoder to Q or H when that fits in
/// the same version (same size, more robust to a glare on a tablet screen).
///
/// The SVG is one line:
///
/// ```text
/// <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 N N" role="img" shape-rendering="crispEdges">
///   <title>TITLE</title><rect width="N" height="N" fill="#fff"/><path fill="#000" d="M4 4h7v1h-7z…"/>
/// </svg>
/// ```
///
/// where `N` is the symbol's module count plus a [`QUIET_ZONE`] on each side, one
/// user unit per module. It has no `width`/`height`: the page sizes it with CSS. The
/// white `rect` keeps the code readable on a dark theme; the one `path` holds every
/// dark module, as one `M x y h w v1 h-w z` rectangle per horizontal run.
///
/// `title` (the accessible name, e.g. "QR code: open Registrar with name.id.vn") is
/// the only caller text in the output, escaped for XML (`& < > " '`), with
/// characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE,
/// U+FFFF) dropped. `text` itself never appears in the SVG, only its modules; so
/// the result is safe to set as `innerHTML`.
pub fn qr_svg(text: &str, title: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    Some(svg_of(&qr, title))
}

fn svg_of(qr: &QrCode, title: &str) -> String {
    let size = qr.size();
    let side = size + 2 * QUIET_ZONE;
    let mut svg = String::with_capacity(256 + (size * size) as usize);
    // Writing to a String cannot fail.
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" role="img" shape-rendering="crispEdges"><title>"##
    );
    escape_xml_into(&mut svg, title);
    let _ = write!(
        svg,
        r##"</title><rect width="{side}" height="{side}" fill="#fff"/><path fill="#000" d=""##
    );
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && qr.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            let _ = write!(
                svg,
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            );
        }
    }
    svg.push_str(r#""/></svg>"#);
    svg
}

/// Appends `text` escaped for XML character data and attribute values.
fn escape_xml_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

/// The printable slip a visitor takes home from the counter: everything needed to
/// register on their own, on one page.
///
/// [`slip`] builds it from the configuration, the chosen domain, the registrar and
/// the day only: it takes nothing the visitor typed about themselves, so no name,
/// birth date, ID number or e-mail can reach the paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slip {
    /// What the paper is about (the widget's title).
    pub title: &'static str,
    /// "Your domain name", above [`domain`](Self::domain).
    pub domain_label: &'static str,
    pub domain: String,
    /// "Register it with {registrar}:", above [`link`](Self::link).
    pub registrar: String,
    /// The registrar's link for the domain, printed as text and as the QR code.
    pub link: String,
    /// The QR code's accessible name (as beside the registrar link on screen).
    pub qr_title: String,
    /// What the QR code holds.
    pub qr_hint: &'static str,
    pub checklist_title: &'static str,
    /// What to bring for the programme (the handoff step's checklist).
    pub checklist: &'static [&'static str],
    /// "What happens next" and its steps, as the handoff step ends with them.
    pub next_title: &'static str,
    pub next: Vec<String>,
    /// The offer on the day: while it runs, its last day and the fee after the
    /// free years; once ended (or not yet begun), that it has, and the normal fee.
    pub offer: Vec<String>,
}

impl Slip {
    /// The QR code of [`link`](Self::link), as [`qr_svg`] draws it.
    pub fn qr(&self) -> Option<String> {
        qr_svg(&self.link, &self.qr_title)
    }

    /// The slip as markup for the widget's `<div class="slip">` (one fragment, so
    /// the wasm carries no view code for it; styled by `style/widget.css`):
    ///
    /// ```text
    /// <p class="slip-title">…</p><p class="slip-label">…</p><p class="slip-domain">…</p>
    /// <p class="slip-label">…</p><p class="slip-link">…</p><div class="qr-image"><svg …/></div>
    /// <p class="hint">…</p><h4>…</h4><ul class="checklist"><li>…</li>…</ul><p class="slip-offer">…</p>…
    /// ```
    ///
    /// Every text is escaped (`& < > " '`, as [`qr_svg`]'s title), so the result
    /// is safe to set as `innerHTML` whatever the configuration's registrar name or
    /// link holds; it is well-formed XML too.
    pub fn html(&self) -> String {
        fn tag(out: &mut String, open: &str, text: &str) {
            let name = open.split(' ').next().unwrap_or(open);
            let _ = write!(out, "<{open}>");
            escape_xml_into(out, text);
            let _ = write!(out, "</{name}>");
        }
        let mut out = String::with_capacity(4096);
        let o = &mut out;
        tag(o, r#"p class="slip-title""#, self.title);
        tag(o, r#"p class="slip-label""#, self.domain_label);
        tag(o, r#"p class="slip-domain""#, &self.domain);
        tag(o, r#"p class="slip-label""#, &self.registrar);
        tag(o, r#"p class="slip-link""#, &self.link);
        let qr = self.qr().unwrap_or_default();
        let _ = write!(o, r#"<div class="qr-image">{qr}</div>"#);
        tag(o, r#"p class="hint""#, self.qr_hint);
        tag(o, "h4", self.next_title);
        o.push_str("<ol>");
        for step in &self.next {
            tag(o, "li", step);
        }
        o.push_str("</ol>");
        tag(o, "h4", self.checklist_title);
        o.push_str(r#"<ul class="checklist">"#);
        for item in self.checklist {
            tag(o, "li", item);
        }
        o.push_str("</ul>");
        for line in &self.offer {
            tag(o, r#"p class="slip-offer""#, line);
        }
        out
    }
}

/// The slip for `domain` at `registrar` under `program`, in `lang`, on `today`.
pub fn slip(
    lang: Lang,
    program: Program,
    programmes: &Programmes,
    today: Date,
    registrar: &Registrar,
    domain: &str,
) -> Slip {
    let a = lang.assisted();
    let h = lang.handoff();
    // The information panel's words: the end date (or that it has passed, in the
    // eligibility outcome's words) and the countdown near it.
    let offer = i18n::offer::lines(lang, program, programmes, today);
    // The caption says the name is in the link only where it is.
    let qr_title = if registrar.takes_domain() {
        a.qr_title
    } else {
        a.qr_title_page
    };
    Slip {
        title: lang.shell().title,
        domain_label: a.slip_domain,
        domain: domain.to_owned(),
        registrar: a.slip_registrar.replace("{registrar}", &registrar.name),
        link: registrar.link(domain),
        qr_title: qr_title
            .replace("{registrar}", &registrar.name)
            .replace("{domain}", domain),
        qr_hint: a.qr_hint,
        checklist_title: h.checklist_title,
        checklist: h.checklist(program),
        next_title: h.next_title,
        next: lang.what_next(program, programmes, today, domain),
        offer,
    }
}

/// The counts of one row of the tally: people, not clicks (a visitor who opens two
/// registrars is one handoff).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// People helped: in a programme's row, those who had their eligibility
    /// checked, chose a name or were handed off under it; in the total, every
    /// person with any activity.
    pub people: u32,
    /// Of them, those whose last eligibility check said eligible.
    pub eligible: u32,
    /// Of them, those who chose a name.
    pub chosen: u32,
    /// Of them, those who went on to a registrar.
    pub handoffs: u32,
}

impl Counts {
    fn add(&mut self, person: &Mark) {
        self.people = self.people.saturating_add(1);
        self.eligible = self.eligible.saturating_add(u32::from(person.eligible));
        self.chosen = self.chosen.saturating_add(u32::from(person.chosen));
        self.handoffs = self.handoffs.saturating_add(u32::from(person.handoff));
    }
}

/// What happened to the person at the counter, under one programme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Mark {
    touched: bool,
    eligible: bool,
    chosen: bool,
    handoff: bool,
}

impl Mark {
    /// The person under either programme, for the total row (`touched` is left
    /// out: a visit is only counted when it was active).
    fn or(self, other: Mark) -> Mark {
        Mark {
            eligible: self.eligible || other.eligible,
            chosen: self.chosen || other.chosen,
            handoff: self.handoff || other.handoff,
            ..Mark::default()
        }
    }
}

/// The person being helped now: one [`Mark`] per programme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Visit {
    id: Mark,
    biz: Mark,
}

impl Visit {
    fn mark(&mut self, program: Program) -> &mut Mark {
        match program {
            Program::Id => &mut self.id,
            Program::Biz => &mut self.biz,
        }
    }

    fn active(&self) -> bool {
        self.id.touched || self.biz.touched
    }
}

/// The helper's tally for the session: kept in memory only, counts only.
///
/// Call it on the moments the widget already marks:
///
/// | moment                                     | call                                  |
/// |--------------------------------------------|---------------------------------------|
/// | `vnda:eligibility` dispatched              | [`eligibility(program, kind)`](Self::eligibility) |
/// | `vnda:select` dispatched                   | [`chosen(program)`](Self::chosen)     |
/// | `vnda:handoff` dispatched                  | [`handoff(program)`](Self::handoff)   |
/// | "Next person" pressed, or the idle wipe    | [`person_finished()`](Self::person_finished), then [`person_started()`](Self::person_started) |
///
/// A person is counted once, when finished, and only if something happened
/// during the visit: an idle tablet wiping itself every three minutes adds no one.
/// Within a visit every column counts the person at most once per programme (a
/// visitor who corrects a typo and checks again is one person; the *last* check
/// decides "eligible"). Events before the first `person_started` belong to a
/// first visit opened implicitly. The counts shown ([`total`](Self::total),
/// [`counts`](Self::counts), [`csv`](Self::csv)) include the person being helped
/// now if anything happened yet, so the helper need not press "Next person"
/// before reading the tally at the end of the day.
///
/// Nothing personal can get in: the state is counters and booleans, and every
/// method takes only a [`Program`] or an [`OutcomeKind`], never a string.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    id: Counts,
    biz: Counts,
    total: Counts,
    current: Visit,
}

impl Tally {
    pub fn new() -> Tally {
        Tally::default()
    }

    /// A new person steps up. Finishes the previous one first if that was not
    /// done, so calling both on "Next person", or only this, counts the same.
    pub fn person_started(&mut self) {
        self.person_finished();
    }

    /// The person at the counter is done (or the idle wipe ran). Returns whether
    /// they were counted: `false` when nothing happened during the visit.
    pub fn person_finished(&mut self) -> bool {
        let visit = std::mem::take(&mut self.current);
        if !visit.active() {
            return false;
        }
        Self::add_visit(&mut self.id, &mut self.biz, &mut self.total, &visit);
        true
    }

    /// An eligibility check gave `kind` (the `vnda:eligibility` moment). The last
    /// check of the visit for `program` decides whether the person counts as eligible.
    pub fn eligibility(&mut self, program: Program, kind: OutcomeKind) {
        let mark = self.current.mark(program);
        mark.touched = true;
        mark.eligible = kind == OutcomeKind::Eligible;
    }

    /// A name was chosen (the `vnda:select` moment).
    pub fn chosen(&mut self, program: Program) {
        let mark = self.current.mark(program);
        mark.touched = true;
        mark.chosen = true;
    }

    /// The person went on to a registrar (the `vnda:handoff` moment).
    pub fn handoff(&mut self, program: Program) {
        let mark = self.current.mark(program);
        mark.touched = true;
        mark.handoff = true;
    }

    /// One programme's row, including the person being helped now.
    pub fn counts(&self, program: Program) -> Counts {
        self.with_current().row(program)
    }

    /// The total row: distinct people, including those helped under both
    /// programmes. So it is not always the sum of the programme rows: a person
    /// eligible for both id.vn and biz.vn counts once in each row and once here.
    pub fn total(&self) -> Counts {
        self.with_current().total
    }

    /// The tally as CSV (RFC 4180, CRLF line ends, the last line ended too):
    ///
    /// ```text
    /// programme,people,eligible,chosen,handoffs
    /// id,3,2,2,1
    /// biz,2,1,1,1
    /// total,5,3,3,2
    /// ```
    ///
    /// One row per programme (its [`Program::code`]) in [`Program::ALL`] order, then
    /// `total` (see [`total`](Self::total)). Only ASCII codes and numbers: no field
    /// ever needs quoting, and there is nothing personal to leak.
    pub fn csv(&self) -> String {
        let now = self.with_current();
        let mut out = String::from("programme,people,eligible,chosen,handoffs\r\n");
        let rows = Program::ALL
            .iter()
            .map(|&p| (p.code(), now.row(p)))
            .chain([("total", now.total)]);
        for (code, c) in rows {
            let _ = write!(
                out,
                "{code},{},{},{},{}\r\n",
                c.people, c.eligible, c.chosen, c.handoffs
            );
        }
        out
    }

    fn row(&self, program: Program) -> Counts {
        match program {
            Program::Id => self.id,
            Program::Biz => self.biz,
        }
    }

    /// The counts as if the current visit were finished now.
    fn with_current(&self) -> Tally {
        let mut now = *self;
        now.person_finished();
        now
    }

    fn add_visit(id: &mut Counts, biz: &mut Counts, total: &mut Counts, visit: &Visit) {
        if visit.id.touched {
            id.add(&visit.id);
        }
        if visit.biz.touched {
            biz.add(&visit.biz);
        }
        total.add(&visit.id.or(visit.biz));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://www.pavietnam.vn/vn/ten-mien.html?domain=nguyen-van-an.id.vn";

    /// The dark modules the SVG's path draws, as a `side`×`side` grid (quiet zone
    /// included), read back from the SVG text alone.
    fn modules_of(svg: &str) -> (usize, Vec<Vec<bool>>) {
        let doc = roxmltree::Document::parse(svg).expect("well-formed XML");
        let root = doc.root_element();
        let view_box: Vec<usize> = root
            .attribute("viewBox")
            .unwrap()
            .split(' ')
            .map(|n| n.parse().unwrap())
            .collect();
        assert_eq!(view_box[..2], [0, 0]);
        assert_eq!(view_box[2], view_box[3]);
        let side = view_box[2];
        let mut grid = vec![vec![false; side]; side];
        let path = root.descendants().find(|n| n.has_tag_name("path")).unwrap();
        let d = path.attribute("d").unwrap();
        for cmd in d.split('z').filter(|s| !s.is_empty()) {
            // M{x} {y}h{w}v1h-{w}
            let rest = cmd.strip_prefix('M').unwrap();
            let (x, rest) = rest.split_once(' ').unwrap();
            let (y, rest) = rest.split_once('h').unwrap();
            let (w, rest) = rest.split_once('v').unwrap();
            assert_eq!(rest, format!("1h-{w}"));
            let (x, y, w): (usize, usize, usize) =
                (x.parse().unwrap(), y.parse().unwrap(), w.parse().unwrap());
            for cell in &mut grid[y][x..x + w] {
                assert!(!*cell, "each module drawn once");
                *cell = true;
            }
        }
        (side, grid)
    }

    #[test]
    fn svg_is_well_formed_with_one_path_and_an_escaped_title() {
        let title = r#"QR: <b>"Tom" & 'Jerry'</b>"#;
        let svg = qr_svg(URL, title).unwrap();
        let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(
            root.tag_name().namespace(),
            Some("http://www.w3.org/2000/svg")
        );
        assert_eq!(root.attribute("role"), Some("img"));
        assert_eq!(root.attribute("shape-rendering"), Some("crispEdges"));
        let count = |tag: &str| doc.descendants().filter(|n| n.has_tag_name(tag)).count();
        assert_eq!(count("svg"), 1);
        assert_eq!(count("path"), 1);
        assert_eq!(count("title"), 1);
        assert_eq!(count("rect"), 1);
        assert_eq!(doc.descendants().filter(|n| n.is_element()).count(), 4);
        // The title is the first child (SVG's accessible name) and reads back verbatim.
        let first = root.first_element_child().unwrap();
        assert_eq!(first.tag_name().name(), "title");
        assert_eq!(first.text(), Some(title));
        assert!(svg.contains(
            "<title>QR: &lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;</title>"
        ));
        // Nothing from the encoded text reaches the markup.
        assert!(!svg.contains("pavietnam"));
        assert_eq!(svg.matches('<').count(), 6);
    }

    #[test]
    fn title_drops_characters_xml_forbids() {
        let svg = qr_svg("x", "a\u{0}b\u{1b}c\u{FFFF}d\te").unwrap();
        assert!(svg.contains("<title>abcd\te</title>"));
        roxmltree::Document::parse(&svg).unwrap();
    }

    #[test]
    fn module_count_matches_qrcodegen_and_draws_exactly_its_dark_modules() {
        for text in ["", "a", URL, &"https://x.vn/?n=".repeat(30)] {
            let qr = QrCode::encode_text(text, QrCodeEcc::Medium).unwrap();
            let (side, grid) = modules_of(&qr_svg(text, "t").unwrap());
            let size = qr.size() as usize;
            assert_eq!(side, size + 8, "{text}");
            for (y, row) in grid.iter().enumerate() {
                for (x, &dark) in row.iter().enumerate() {
                    let (qx, qy) = (x as i32 - QUIET_ZONE, y as i32 - QUIET_ZONE);
                    // get_module is false outside the symbol: the quiet zone is light.
                    assert_eq!(dark, qr.get_module(qx, qy), "{text} ({x},{y})");
                }
            }
        }
    }

    #[test]
    fn level_is_at_least_m() {
        let qr = QrCode::encode_text(URL, QrCodeEcc::Medium).unwrap();
        assert!(matches!(
            qr.error_correction_level(),
            QrCodeEcc::Medium | QrCodeEcc::Quartile | QrCodeEcc::High
        ));
    }

    #[test]
    fn finder_patterns_sit_in_three_corners_inside_the_quiet_zone() {
        let (side, grid) = modules_of(&qr_svg(URL, "t").unwrap());
        // A finder: 7×7 dark ring, light ring, 3×3 dark core; its 1-module separator light.
        let finder_at = |left: usize, top: usize| {
            (0..9).all(|dy| {
                (0..9).all(|dx| {
                    // (dx, dy) over the 9×9 box of separator + finder, finder at 1..=7.
                    let (x, y) = (left + dx - 1, top + dy - 1);
                    let ring = |v: usize| v.abs_diff(4);
                    let expected = match ring(dx).max(ring(dy)) {
                        4 => false, // separator (or quiet zone)
                        3 => true,  // outer dark ring
                        2 => false, // light ring
                        _ => true,  // core
                    };
                    grid[y][x] == expected
                })
            })
        };
        let q = QUIET_ZONE as usize;
        let far = side - q - 7;
        assert!(finder_at(q, q), "top left");
        assert!(finder_at(far, q), "top right");
        assert!(finder_at(q, far), "bottom left");
        assert!(!finder_at(far, far), "no finder bottom right");
        // Quiet zone all light.
        for (y, row) in grid.iter().enumerate() {
            for (x, &dark) in row.iter().enumerate() {
                let inside = (q..side - q).contains(&x) && (q..side - q).contains(&y);
                assert!(inside || !dark, "({x},{y}) in the quiet zone");
            }
        }
    }

    /// Draws the SVG's modules at `scale` pixels each and decodes them with rqrr.
    fn decode(svg: &str, scale: usize) -> String {
        let (side, grid) = modules_of(svg);
        let px = side * scale;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| {
            if grid[y / scale][x / scale] {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_meta, content) = grids[0].decode().expect("decodes");
        content
    }

    #[test]
    fn the_svg_decodes_to_exactly_the_input() {
        let long = format!(
            "{URL}&registrar=nhan-hoa&utm_source=mot-cua-tra-vinh&pad={}",
            "x".repeat(200)
        );
        for text in [
            URL,
            "https://id.vn/",
            "HTTPS://A.VN/ABC",
            "0123456789",
            "https://đăng-ký.vn/?tên=Nguyễn Văn An",
            long.as_str(),
        ] {
            let svg = qr_svg(text, "t").unwrap();
            assert_eq!(decode(&svg, 4), text);
        }
    }

    #[test]
    fn too_long_is_none() {
        assert!(qr_svg(&"a".repeat(2331), "t").is_some());
        assert_eq!(qr_svg(&"a".repeat(3000), "t"), None);
    }

    fn registrar(name: &str, url: &str) -> Registrar {
        Registrar {
            id: "r".into(),
            name: name.into(),
            url: url.into(),
            programmes: vec!["id".into(), "biz".into()],
            logo: String::new(),
            seen: String::new(),
            checked: None,
        }
    }

    fn day(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    /// Every text of a slip, in reading order.
    fn all_text(s: &Slip) -> Vec<String> {
        let mut v = vec![
            s.title.to_owned(),
            s.domain_label.to_owned(),
            s.domain.clone(),
            s.registrar.clone(),
            s.link.clone(),
            s.qr_title.clone(),
            s.qr_hint.to_owned(),
            s.next_title.to_owned(),
        ];
        v.extend(s.next.iter().cloned());
        v.push(s.checklist_title.to_owned());
        v.extend(s.checklist.iter().map(|c| (*c).to_owned()));
        v.extend(s.offer.iter().cloned());
        v
    }

    const OPEN: &str = "2025-06-01";
    const SEARCH: &str = "https://reg.example.vn/?domain={domain}";

    /// The slip under the built-in programme rules on `today`.
    fn at(lang: Lang, program: Program, today: &str, r: &Registrar, domain: &str) -> Slip {
        slip(
            lang,
            program,
            &crate::programme::builtin(),
            day(today),
            r,
            domain,
        )
    }

    #[test]
    fn slip_has_the_name_the_registrar_its_link_what_to_bring_and_the_end_date() {
        let r = registrar("Search Registrar", SEARCH);
        let s = at(Lang::En, Program::Id, OPEN, &r, "annguyen.id.vn");
        assert_eq!(s.title, "Free .vn national domain names");
        assert_eq!(s.domain_label, "Your domain name");
        assert_eq!(s.domain, "annguyen.id.vn");
        assert_eq!(s.registrar, "Register it with Search Registrar:");
        assert_eq!(s.link, "https://reg.example.vn/?domain=annguyen.id.vn");
        assert_eq!(
            s.qr_title,
            "QR code opening Search Registrar with the name annguyen.id.vn"
        );
        // The QR code holds exactly the printed link.
        assert_eq!(decode(&s.qr().unwrap(), 4), s.link);
        // What to bring: the handoff step's checklist, CCCD for eKYC, e-mail, phone.
        assert_eq!(s.checklist_title, "Have these ready");
        assert_eq!(s.checklist, Lang::En.handoff().checklist_id);
        let bring = s.checklist.join("\n");
        for thing in ["CCCD", "eKYC", "e-mail", "phone"] {
            assert!(bring.contains(thing), "{thing} in {bring}");
        }
        assert!(!bring.contains("certificate"));
        assert_eq!(
            s.offer,
            [
                "id.vn: free for 2 years from the day it is granted, for names registered \
              until 31 December 2026. After that: 10,000\u{a0}₫ to register and \
              50,000\u{a0}₫ a year."
            ]
        );
        // A registrar whose link does not take the name: its address as configured,
        // and a caption that does not claim the name is in it.
        let home = registrar("Home", "https://home.example.vn/");
        let s = at(Lang::En, Program::Id, OPEN, &home, "a.id.vn");
        assert_eq!(s.link, "https://home.example.vn/");
        assert_eq!(decode(&s.qr().unwrap(), 4), "https://home.example.vn/");
        assert_eq!(
            s.qr_title,
            "QR code opening Home's page, which does not fill in the name: type a.id.vn there"
        );
    }

    #[test]
    fn a_biz_slip_asks_for_the_business_certificate_and_tax_code() {
        let r = registrar("R", SEARCH);
        let words = [
            (Lang::Vi, ["Giấy chứng nhận đăng ký", "mã số thuế", "eKYC"]),
            (Lang::En, ["registration certificate", "tax code", "eKYC"]),
            (Lang::Km, ["វិញ្ញាបនបត្រចុះបញ្ជី", "សារពើពន្ធ", "eKYC"]),
        ];
        for (lang, expected) in words {
            let s = at(lang, Program::Biz, OPEN, &r, "coba.biz.vn");
            assert_eq!(s.checklist, lang.handoff().checklist_biz);
            let bring = s.checklist.join("\n");
            for w in expected {
                assert!(bring.contains(w), "{lang:?}: {w} in {bring}");
            }
            let id = at(lang, Program::Id, OPEN, &r, "a.id.vn");
            assert!(!id.checklist.join("\n").contains(expected[0]), "{lang:?}");
            assert!(s.offer[0].starts_with("biz.vn"), "{lang:?}: {:?}", s.offer);
        }
    }

    #[test]
    fn the_end_date_is_written_as_each_language_writes_dates() {
        let r = registrar("R", SEARCH);
        for (lang, until) in [
            (Lang::Vi, "31/12/2026"),
            (Lang::En, "31 December 2026"),
            (Lang::Km, "31 ធ្នូ 2026"),
        ] {
            let s = at(lang, Program::Id, OPEN, &r, "a.id.vn");
            assert_eq!(s.offer.len(), 1);
            assert!(s.offer[0].contains(until), "{lang:?}: {:?}", s.offer);
            assert_eq!(s.title, lang.shell().title);
            assert_eq!(
                s.registrar,
                lang.assisted().slip_registrar.replace("{registrar}", "R")
            );
        }
        // A host that extends the window gets its own date on the slip.
        let mut extended = crate::programme::builtin();
        extended.id.free_window.until = day("2027-06-30");
        let s = slip(
            Lang::Vi,
            Program::Id,
            &extended,
            day("2027-03-01"),
            &r,
            "a.id.vn",
        );
        assert!(s.offer[0].contains("30/06/2027"), "{:?}", s.offer);
    }

    #[test]
    fn after_the_window_the_slip_says_it_ended_and_gives_the_normal_fee() {
        let r = registrar("R", SEARCH);
        let s = at(Lang::En, Program::Id, "2027-01-15", &r, "a.id.vn");
        assert_eq!(
            s.offer,
            [
                "The free offer ended on 31 December 2026",
                "id.vn names were free from 1 June 2023 to 31 December 2026. A new offer \
                 would be announced on the programme's official site and by the \
                 registrars: check there before you pay.",
                "You can still go on and register a name under id.vn at the normal fee: \
                 10,000\u{a0}₫ to register, then 50,000\u{a0}₫ a year."
            ]
        );
        // biz.vn's end is only as last published: the slip says so, not "ended".
        let vi = at(Lang::Vi, Program::Biz, "2026-01-01", &r, "a.biz.vn");
        assert_eq!(
            vi.offer[0],
            "Theo thông tin công bố gần nhất, ưu đãi miễn phí kết thúc vào ngày 31/12/2025"
        );
        assert!(vi.offer[2].contains("100.000\u{a0}₫"), "{:?}", vi.offer);
        // The last day of the window is still inside it, and says so.
        let last = at(Lang::En, Program::Id, "2026-12-31", &r, "a.id.vn");
        assert!(last.offer[0].contains("registered until 31 December 2026"));
        assert!(last.offer[1].starts_with("Today, 31 December 2026, is the last day"));
        // Not begun yet: says when it starts, and the normal fee.
        let early = at(Lang::En, Program::Id, "2023-01-01", &r, "a.id.vn");
        assert_eq!(early.offer[0], "The free offer starts on 1 June 2023");
        assert!(early.offer[2].contains("normal fee"));
        for lang in Lang::ALL {
            let s = at(lang, Program::Id, "2027-01-15", &r, "a.id.vn");
            assert_eq!(s.offer.len(), 3, "{lang:?}");
            assert!(s
                .offer
                .iter()
                .all(|l| !l.trim().is_empty() && !l.contains('{')));
        }
    }

    #[test]
    fn in_the_last_45_days_the_slip_counts_down_in_every_language() {
        let r = registrar("R", SEARCH);
        for (today, left) in [
            ("2026-11-16", "45"),
            ("2026-12-03", "28"),
            ("2026-12-30", "1"),
        ] {
            for lang in Lang::ALL {
                let s = at(lang, Program::Id, today, &r, "a.id.vn");
                assert_eq!(s.offer.len(), 2, "{lang:?} {today}: {:?}", s.offer);
                assert!(s.offer[1].contains(left), "{lang:?} {today}: {:?}", s.offer);
                assert!(s.offer[1].contains("eKYC"), "{lang:?}: {:?}", s.offer);
                assert!(s.html().contains(&s.offer[1]), "{lang:?}");
            }
        }
        assert_eq!(
            at(Lang::En, Program::Id, "2026-11-15", &r, "a.id.vn")
                .offer
                .len(),
            1
        );
    }

    #[test]
    fn the_html_is_every_text_in_order_escaped_with_the_qr_code() {
        let r = registrar(r#"<b>"A&B"</b> 'Reg'"#, SEARCH);
        let s = at(Lang::En, Program::Biz, "2026-02-01", &r, "coba.biz.vn");
        let html = s.html();
        // One fragment: wrapped, it is a well-formed XML document.
        let wrapped = format!("<div>{html}</div>");
        let doc = roxmltree::Document::parse(&wrapped).expect("well-formed");
        let root = doc.root_element();
        let texts: Vec<String> = root
            .children()
            .filter(|n| {
                n.is_element()
                    && !n.has_tag_name("div")
                    && !n.has_tag_name("ul")
                    && !n.has_tag_name("ol")
            })
            .map(|n| n.text().unwrap_or("").to_owned())
            .collect();
        let mut expected = all_text(&s);
        expected.retain(|t| {
            *t != s.qr_title && !s.checklist.contains(&t.as_str()) && !s.next.contains(t)
        });
        assert_eq!(texts, expected);
        let items: Vec<&str> = root
            .descendants()
            .filter(|n| n.has_tag_name("li"))
            .filter_map(|n| n.text())
            .collect();
        let listed: Vec<&str> = s
            .next
            .iter()
            .map(String::as_str)
            .chain(s.checklist.iter().copied())
            .collect();
        assert_eq!(items, listed);
        // The registrar's name stays text, however it is spelt.
        assert!(html.contains("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; &apos;Reg&apos;"));
        assert!(!html.contains("<b>"));
        // The QR code is the one of the printed link.
        let svg = root
            .descendants()
            .find(|n| n.has_tag_name("svg"))
            .expect("a QR code");
        assert_eq!(svg.parent().unwrap().attribute("class"), Some("qr-image"));
        let svg_text = &wrapped[svg.range()];
        assert_eq!(decode(svg_text, 4), s.link);
        assert_eq!(
            root.descendants()
                .filter(|n| n.attribute("class") == Some("slip-offer"))
                .count(),
            3
        );
    }

    #[test]
    fn nothing_but_the_domain_and_the_registrar_varies_so_nothing_personal_gets_on() {
        // `slip` takes no field of the forms; and what it takes besides the
        // configuration shows only where expected: with the domain and the
        // registrar masked, two visitors' slips read the same, word for word.
        for lang in Lang::ALL {
            for program in Program::ALL {
                let masked = |name: &str, domain: &str| {
                    let r = registrar(name, SEARCH);
                    let s = at(lang, program, OPEN, &r, domain);
                    let link = r.link(domain);
                    all_text(&s)
                        .iter()
                        .map(|t| {
                            t.replace(&link, "<link>")
                                .replace(domain, "<domain>")
                                .replace(name, "<registrar>")
                        })
                        .collect::<Vec<_>>()
                };
                let one = masked("Nhân Hòa", "nguyenvanan.id.vn");
                assert_eq!(one, masked("PA Việt Nam", "tranthibinh2004.id.vn"));
                assert!(one.iter().any(|t| t == "<domain>"));
                assert!(one.iter().any(|t| t == "<link>"));
                assert!(one.iter().all(|t| !t.contains('{')), "{one:?}");
            }
        }
    }

    #[test]
    fn a_queue_of_five_is_counted() {
        use OutcomeKind::*;
        use Program::*;
        let mut t = Tally::new();
        // Before anyone: nothing, and an idle wipe on an empty screen counts no one.
        assert_eq!(t.total(), Counts::default());
        t.person_started();
        assert!(!t.person_finished());
        t.person_started();

        // 1. A student, eligible for id.vn, chooses a name, opens two registrars.
        t.eligibility(Id, Eligible);
        t.chosen(Id);
        t.handoff(Id);
        t.handoff(Id);
        assert!(t.person_finished());
        t.person_started();

        // 2. Typo first (eligible), corrected: 24 years old, not eligible; takes a
        //    name at the fee anyway, leaves without a handoff.
        t.eligibility(Id, NeedsInfo);
        t.eligibility(Id, Eligible);
        t.eligibility(Id, NotEligible);
        t.chosen(Id);
        t.person_started(); // "Next person" calling only person_started

        // 3. A household business, eligible, chooses, hands off; and checks id.vn
        //    for the owner's child, who is eligible too.
        t.eligibility(Biz, Eligible);
        t.chosen(Biz);
        t.handoff(Biz);
        t.eligibility(Id, Eligible);
        t.person_finished();
        t.person_finished(); // a double press adds no one
        t.person_started();

        // 4. An enterprise founded three years ago: not eligible, leaves.
        t.eligibility(Biz, NotEligible);
        t.person_finished();
        // Idle wipes while nobody is there.
        t.person_started();
        t.person_finished();
        t.person_started();

        // 5. A student who does not know their date of birth's format yet.
        t.eligibility(Id, NeedsInfo);
        // Not finished yet: the tally still shows them.

        assert_eq!(
            t.counts(Id),
            Counts {
                people: 4,
                eligible: 2,
                chosen: 2,
                handoffs: 1
            }
        );
        assert_eq!(
            t.counts(Biz),
            Counts {
                people: 2,
                eligible: 1,
                chosen: 1,
                handoffs: 1
            }
        );
        assert_eq!(
            t.total(),
            Counts {
                people: 5,
                eligible: 2,
                chosen: 3,
                handoffs: 2
            }
        );
        let csv = "programme,people,eligible,chosen,handoffs\r\n\
                   id,4,2,2,1\r\n\
                   biz,2,1,1,1\r\n\
                   total,5,2,3,2\r\n";
        assert_eq!(t.csv(), csv);
        // Reading the tally does not count anyone twice; finishing the fifth keeps it.
        assert_eq!(t.csv(), csv);
        assert!(t.person_finished());
        assert_eq!(t.csv(), csv);
    }

    #[test]
    fn csv_is_only_codes_and_numbers() {
        let mut t = Tally::new();
        for _ in 0..3 {
            t.eligibility(Program::Biz, OutcomeKind::Eligible);
            t.person_started();
        }
        for line in t.csv().split_terminator("\r\n").skip(1) {
            let mut fields = line.split(',');
            let code = fields.next().unwrap();
            assert!(["id", "biz", "total"].contains(&code));
            assert_eq!(fields.filter(|f| f.parse::<u32>().is_ok()).count(), 4);
        }
        assert_eq!(t.csv().matches('\n').count(), 4);
        assert_eq!(t.csv().matches("\r\n").count(), 4);
    }
}
