//! The security core of the starters: cleaning what the visitor typed, escaping it for
//! where it lands, and the URL policy.
//!
//! Two contexts only exist in the generated pages, and one escape serves both:
//! - text content: `&`, `<`, `>` and both quotes are escaped (quotes are not needed in
//!   text, escaping them costs nothing and keeps one function);
//! - attribute values: always written double-quoted by the templates, with the same
//!   five characters escaped, so a value can neither end the attribute nor the tag.
//!
//! Nothing typed ever lands in `<style>`, `<title>`'s raw-text parsing is harmless once
//! `<` is escaped, and the pages carry no script and no event attribute at all.
//!
//! URLs (only `https:` and `mailto:`) are decided on the *typed* text, before escaping:
//! an entity such as `javascript&#58;…` is therefore never a scheme (the `&` is later
//! written as `&amp;`, so the browser never decodes it either) and is refused as a
//! malformed address.

use crate::date::days_in_month;

/// Appends `s` escaped for text content and double-quoted attribute values.
pub(crate) fn push_escaped(out: &mut String, s: &str) {
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        out.push_str(entity);
        start = i + 1;
    }
    out.push_str(&s[start..]);
}

/// Characters removed from every typed value: controls (except line breaks, handled
/// by the callers), bidi embeddings/overrides/isolates and marks that can reorder or
/// disguise the text, the byte-order mark, and Unicode noncharacters. Zero-width
/// (non-)joiners and the zero-width space stay: Khmer and other scripts use them.
fn is_removed(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' | '\u{feff}' | '\u{fdd0}'..='\u{fdef}')
        || (c as u32) & 0xfffe == 0xfffe
}

/// A single-line value: unwanted characters removed, line breaks and tabs turned into
/// spaces, runs of spaces collapsed, trimmed. Decomposed Vietnamese is kept as typed:
/// browsers' text shaping composes it for display, and composing here would link
/// Unicode's composition tables into the wasm for no visible gain.
pub(crate) fn clean_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|&c| !is_removed(c)) {
        let c = if c.is_whitespace() { ' ' } else { c };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out
}

/// A multi-line value: as [`clean_line`] for each line, with line breaks kept
/// (`\r\n`, `\r`, U+2028 and U+2029 all become `\n`) and blank lines made empty, so
/// that a blank line reliably separates paragraphs.
pub(crate) fn clean_text(s: &str) -> String {
    let unified = s.replace("\r\n", "\n");
    let lines: Vec<String> = unified
        .split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}'])
        .map(clean_line)
        .collect();
    lines.join("\n").trim_matches('\n').to_string()
}

/// The address a link may point to, or `None` if it must be dropped.
///
/// Follows what browsers do to an `href` before reading its scheme (remove tabs and
/// line breaks anywhere, trim controls and spaces, case-fold the scheme), and also
/// removes every other control, bidi and invisible character. Accepted:
/// - `https://host…` (at least a host), the scheme written in lower case;
/// - `mailto:…` (something after the colon);
/// - a bare host such as `github.com/an`, read as `https://github.com/an`;
/// - a bare e-mail address, read as `mailto:`.
///
/// Everything else is refused: other schemes (`javascript:`, `data:`, `vbscript:`,
/// `http:`, `file:`…), entity- or full-width-disguised schemes, relative paths.
/// Spaces, quotes, `<`, `>` and non-ASCII characters are percent-encoded, so the
/// result is a valid URI (JSON Resume checks `format: uri`).
pub fn safe_url(raw: &str) -> Option<String> {
    let kept: String = raw
        .chars()
        .filter(|&c| !is_removed(c) && !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let s = kept.trim();
    if s.is_empty() {
        return None;
    }
    // Anything before a colon is a scheme (or a host with a port, or junk): only
    // https and mailto pass, both spelt with letters alone.
    if let Some(colon) = s.find(':') {
        let (scheme, rest) = (&s[..colon], &s[colon + 1..]);
        return if scheme.eq_ignore_ascii_case("https") {
            let after = rest.strip_prefix("//")?;
            let host_end = after.find(['/', '?', '#']).unwrap_or(after.len());
            let host = &after[..host_end];
            if host.is_empty() || host.contains(char::is_whitespace) {
                return None;
            }
            Some(percent_encode("https://", after))
        } else if scheme.eq_ignore_ascii_case("mailto") && !rest.trim().is_empty() {
            Some(percent_encode("mailto:", rest.trim()))
        } else {
            None
        };
    }
    if valid_email(s) {
        return Some(format!("mailto:{s}"));
    }
    let host_end = s.find(['/', '?', '#']).unwrap_or(s.len());
    is_hostname(&s[..host_end]).then(|| percent_encode("https://", s))
}

/// `prefix` followed by `rest` with every character that is not allowed in a URI
/// percent-encoded (as UTF-8), and `%` not starting an escape written `%25`.
fn percent_encode(prefix: &str, rest: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(prefix.len() + rest.len());
    out.push_str(prefix);
    let bytes = rest.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let escaped_percent = b == b'%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
        let keep = b.is_ascii_graphic()
            && !matches!(
                b,
                b'"' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}' | b'%'
            )
            || escaped_percent;
        if keep {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// `s` percent-encoded as one URI component: every byte but the unreserved
/// `A-Z a-z 0-9 - . _ ~` is written `%XX` (UTF-8), so the result can stand in a query
/// value or a `data:` URL and holds no character that HTML or a URL treats specially.
pub(crate) fn encode_component(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

/// The longest photo accepted, in base64 characters (about 146 KB of image): the
/// widget makes a ≤ 400 px JPEG or WebP, typically 20–60 KB.
pub const MAX_PHOTO_BASE64: usize = 200_000;

/// The photo as it may be embedded, or `None` if it must be dropped: exactly
/// `data:image/jpeg;base64,` or `data:image/webp;base64,` (lower case, as
/// `canvas.toDataURL` writes it) followed by canonical base64 (`A-Z a-z 0-9 + /`, a
/// length that is a multiple of 4, at most two `=` at the end, no space or line
/// break), at most [`MAX_PHOTO_BASE64`] characters, whose first bytes are a JPEG
/// (`FF D8 FF`) or a WebP (`RIFF`) file as the type says. Nothing else reaches the
/// page: no other scheme or type (SVG can carry script), no quote, no parameter.
pub fn safe_photo(raw: &str) -> Option<&str> {
    let (data, magic) = if let Some(d) = raw.strip_prefix("data:image/jpeg;base64,") {
        (d, "/9j/")
    } else {
        (raw.strip_prefix("data:image/webp;base64,")?, "UklGR")
    };
    let body = data.trim_end_matches('=');
    let ok = data.len() <= MAX_PHOTO_BASE64
        && data.len() % 4 == 0
        && data.len() - body.len() <= 2
        && data.starts_with(magic)
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/');
    ok.then_some(raw)
}

/// A DNS host name in ASCII: two or more labels of letters, digits and inner hyphens,
/// each at most 63 characters, at most 253 in all, not ending in an all-digit label.
pub(crate) fn is_hostname(s: &str) -> bool {
    let labels: Vec<&str> = s.split('.').collect();
    s.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        && labels
            .last()
            .is_some_and(|tld| !tld.bytes().all(|b| b.is_ascii_digit()))
}

/// The chosen domain in lower case, if it is a host name (`nguyenvanan.id.vn`).
pub(crate) fn clean_domain(raw: &str) -> Option<String> {
    let s = clean_line(raw).to_ascii_lowercase();
    let s = s.strip_suffix('.').unwrap_or(&s);
    is_hostname(s).then(|| s.to_string())
}

/// Whether an e-mail address is plain enough to link with `mailto:` and to pass the
/// JSON Resume `format: email` check: `local@host` with the local part made of ASCII
/// letters, digits and `. _ + -` (no leading, trailing or double dot).
pub fn valid_email(s: &str) -> bool {
    let Some((local, host)) = s.split_once('@') else {
        return false;
    };
    s.len() <= 254
        && !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-'))
        && is_hostname(host)
}

/// A date as typed (`2022`, `2022-09`, `2022-09-05`, `9/2022`, `05/09/2022`, `.` also
/// accepted as separator in the day-first forms) in the ISO 8601 form JSON Resume
/// requires (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); `None` for anything else, such as
/// "hiện tại" / "present", which JSON Resume expresses by leaving the date out.
pub(crate) fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    let num = |p: &str| -> Option<u32> {
        if !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()) {
            p.parse().ok()
        } else {
            None
        }
    };
    let (year, month, day) = if s.contains('-') {
        let parts: Vec<&str> = s.split('-').collect();
        if parts.iter().skip(1).any(|p| p.len() != 2) {
            return None;
        }
        match parts[..] {
            [y, m] => (y, Some(m), None),
            [y, m, d] => (y, Some(m), Some(d)),
            _ => return None,
        }
    } else {
        let parts: Vec<&str> = s.split(['/', '.']).collect();
        match parts[..] {
            [y] => (y, None, None),
            [m, y] => (y, Some(m), None),
            [d, m, y] => (y, Some(m), Some(d)),
            _ => return None,
        }
    };
    if year.len() != 4 {
        return None;
    }
    let y = num(year).filter(|y| (1000..=2999).contains(y))?;
    let Some(month) = month else {
        return Some(format!("{y:04}"));
    };
    let m = num(month).filter(|m| (1..=12).contains(m))?;
    let Some(day) = day else {
        return Some(format!("{y:04}-{m:02}"));
    };
    let max = days_in_month(y as i32, m as u8);
    let d = num(day).filter(|d| (1..=u32::from(max)).contains(d))?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str) -> String {
        let mut out = String::new();
        push_escaped(&mut out, s);
        out
    }

    #[test]
    fn escapes_the_five_markup_characters() {
        assert_eq!(
            escaped(r#"<a href="x" title='y'>&amp;</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;"
        );
        assert_eq!(escaped("Nguyễn Văn An"), "Nguyễn Văn An");
    }

    #[test]
    fn cleaning_removes_controls_and_bidi_overrides_but_keeps_khmer_joiners() {
        assert_eq!(
            clean_line("  a\u{0}b\u{202e}c\u{2066}d\u{feff}  \t e\n f "),
            "abcd e f"
        );
        assert_eq!(clean_line("ស្វា\u{200b}គមន៍"), "ស្វា\u{200b}គមន៍");
        // Unicode's noncharacters, in every plane: not text, gone.
        assert_eq!(
            clean_line("a\u{fffe}b\u{ffff}c\u{1fffe}d\u{10ffff}"),
            "abcd"
        );
        // Combining marks of decomposed Vietnamese are text, not controls: kept.
        assert_eq!(clean_line("Nguye\u{302}\u{303}n"), "Nguye\u{302}\u{303}n");
    }

    #[test]
    fn multi_line_text_keeps_paragraphs() {
        assert_eq!(
            clean_text("\r\n one\r\ntwo \r\n  \r\n\r\nthree\u{2028}four\n\n"),
            "one\ntwo\n\n\nthree\nfour"
        );
    }

    #[test]
    fn accepts_https_mailto_bare_hosts_and_addresses() {
        assert_eq!(
            safe_url(" https://github.com/an "),
            Some("https://github.com/an".into())
        );
        assert_eq!(
            safe_url("HTTPS://Example.com"),
            Some("https://Example.com".into())
        );
        assert_eq!(
            safe_url("MailTo:an@example.com"),
            Some("mailto:an@example.com".into())
        );
        assert_eq!(
            safe_url("github.com/an?tab=repos"),
            Some("https://github.com/an?tab=repos".into())
        );
        assert_eq!(
            safe_url("an@example.com"),
            Some("mailto:an@example.com".into())
        );
        assert_eq!(
            safe_url("https://vi.wikipedia.org/wiki/Trà Vinh"),
            Some("https://vi.wikipedia.org/wiki/Tr%C3%A0%20Vinh".into())
        );
        assert_eq!(
            safe_url("https://x.vn/a%20b%zz"),
            Some("https://x.vn/a%20b%25zz".into())
        );
        assert_eq!(
            safe_url("https://x.vn/\"><script>"),
            Some("https://x.vn/%22%3E%3Cscript%3E".into())
        );
        // Pasted across lines or with invisible marks: as a browser reads the href.
        assert_eq!(
            safe_url("https://git\thub.com/a\r\nn\u{202e}\u{feff}"),
            Some("https://github.com/an".into())
        );
    }

    #[test]
    fn refuses_every_other_scheme_however_disguised() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            " \u{1}javascript:alert(1)",
            "javascript\u{0}:alert(1)",
            "\u{202e}javascript:alert(1)",
            "javascript&#58;alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;avascript&colon;alert(1)",
            "ｊａｖａｓｃｒｉｐｔ：alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "http://example.com",
            "file:///etc/passwd",
            "https:example.com",
            "https:///path",
            "//evil.example",
            "/relative/path",
            "example",
            "mailto:",
            "",
            "   ",
        ] {
            assert_eq!(safe_url(bad), None, "{bad:?} was accepted");
        }
    }

    #[test]
    fn domains_and_emails() {
        assert_eq!(
            clean_domain(" NguyenVanAn.id.vn. "),
            Some("nguyenvanan.id.vn".into())
        );
        assert_eq!(clean_domain("nguyễn.id.vn"), None);
        assert_eq!(clean_domain("a..vn"), None);
        assert_eq!(clean_domain("-a.id.vn"), None);
        assert_eq!(clean_domain("localhost"), None);
        assert!(valid_email("lien.he+cv@nguyenvanan.id.vn"));
        for bad in [
            "an",
            "@x.vn",
            "an@",
            "an@x",
            ".an@x.vn",
            "a..n@x.vn",
            "a n@x.vn",
            "a\"@x.vn",
            "a@b@x.vn",
        ] {
            assert!(!valid_email(bad), "{bad:?}");
        }
    }

    #[test]
    fn dates_become_iso_8601_or_nothing() {
        assert_eq!(iso_date("2022"), Some("2022".into()));
        assert_eq!(iso_date("2022-09"), Some("2022-09".into()));
        assert_eq!(iso_date("2024-02-29"), Some("2024-02-29".into()));
        assert_eq!(iso_date("9/2022"), Some("2022-09".into()));
        assert_eq!(iso_date("05.09.2022"), Some("2022-09-05".into()));
        for bad in [
            "",
            "hiện tại",
            "present",
            "22",
            "2023-02-29",
            "2022-13",
            "2022-9",
            "31/4/2022",
            "0/2022",
            "3022",
            "2022/09",
            // Digits only, as many as a day or month can have.
            "+5/09/2022",
            "05/+9/2022",
            "00005/09/2022",
        ] {
            assert_eq!(iso_date(bad), None, "{bad:?}");
        }
    }
}
