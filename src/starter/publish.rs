//! "How to publish": the steps and DNS records for putting the downloaded file on the
//! chosen name, as data the UI lays out (a numbered list and a records table).

use super::escape::{clean_domain, clean_line};
use super::{html_file_name, photo_file_name};
use crate::i18n::Lang;

/// GitHub Pages' addresses for an apex domain (docs.github.com, "Managing a custom
/// domain for your GitHub Pages site").
const GITHUB_PAGES_A: [&str; 4] = [
    "185.199.108.153",
    "185.199.109.153",
    "185.199.110.153",
    "185.199.111.153",
];
const GITHUB_PAGES_AAAA: [&str; 4] = [
    "2606:50c0:8000::153",
    "2606:50c0:8001::153",
    "2606:50c0:8002::153",
    "2606:50c0:8003::153",
];

/// Where the page is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PublishTarget {
    /// The hosting service of the registrar that registered the name.
    Registrar,
    GithubPages,
}

impl PublishTarget {
    pub const ALL: [PublishTarget; 2] = [PublishTarget::Registrar, PublishTarget::GithubPages];
}

/// One DNS record to add at the registrar, as a row of the records table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DnsRecord {
    /// `A`, `AAAA` or `CNAME`.
    pub kind: &'static str,
    /// `@` (the name itself, as Vietnamese registrars' DNS panels write it) or `www`.
    pub host: &'static str,
    pub value: String,
}

/// A guide: its title, the steps in order (plain text, the domain and file name
/// filled in) and the records the "DNS" step refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishGuide {
    pub target: PublishTarget,
    pub title: &'static str,
    pub steps: Vec<String>,
    pub records: Vec<DnsRecord>,
}

/// What comes before either guide, said once: rename the downloaded file.
pub fn rename_step(lang: Lang, domain: &str) -> String {
    lang.starter()
        .publish
        .rename
        .replace("{file}", &html_file_name(domain))
}

/// What comes after the upload of `index.html` in either guide when the page has a
/// photo: upload the photo too, as [`photo_file_name`], so that link previews (its
/// `og:image`, `https://<domain>/photo.jpg`) show it. `None` without an accepted
/// photo.
pub fn photo_step(lang: Lang, photo: &str) -> Option<String> {
    let file = photo_file_name(photo)?;
    Some(lang.page().publish_photo.replace("{photo}", file))
}

/// The guide for `target` in `lang`. `github_user` is the visitor's GitHub account
/// (may be empty: a placeholder in the language stands for it until it is typed).
pub fn publish_guide(
    lang: Lang,
    target: PublishTarget,
    domain: &str,
    github_user: &str,
) -> PublishGuide {
    let t = &lang.starter().publish;
    let domain_text = clean_domain(domain).unwrap_or_else(|| clean_line(domain));
    let file = html_file_name(domain);
    let user = github_account(github_user);
    let user = user.as_deref().unwrap_or(t.github_user_placeholder);
    let fill = |step: &&str| {
        step.replace("{file}", &file)
            .replace("{domain}", &domain_text)
            .replace("{user}", user)
    };
    let record = |kind, host, value: &str| DnsRecord {
        kind,
        host,
        value: value.to_string(),
    };
    match target {
        PublishTarget::Registrar => PublishGuide {
            target,
            title: t.registrar,
            steps: t.registrar_steps.iter().map(fill).collect(),
            records: vec![
                record("A", "@", t.hosting_ip_placeholder),
                record("CNAME", "www", &domain_text),
            ],
        },
        PublishTarget::GithubPages => {
            let mut records: Vec<DnsRecord> = GITHUB_PAGES_A
                .iter()
                .map(|ip| record("A", "@", ip))
                .collect();
            records.extend(GITHUB_PAGES_AAAA.iter().map(|ip| record("AAAA", "@", ip)));
            records.push(record("CNAME", "www", &format!("{user}.github.io")));
            PublishGuide {
                target,
                title: t.github,
                steps: t.github_steps.iter().map(fill).collect(),
                records,
            }
        }
    }
}

/// A GitHub account name (letters, digits, inner hyphens, at most 39), lower-cased as
/// host names are written.
fn github_account(raw: &str) -> Option<String> {
    let s = raw.trim().trim_start_matches('@');
    let ok = !s.is_empty()
        && s.len() <= 39
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    ok.then(|| s.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_pages_guide_lists_the_apex_and_www_records() {
        let g = publish_guide(
            Lang::En,
            PublishTarget::GithubPages,
            "nguyenvanan.id.vn",
            "@NguyenVanAn",
        );
        let a: Vec<&str> = g
            .records
            .iter()
            .filter(|r| r.kind == "A")
            .map(|r| r.value.as_str())
            .collect();
        assert_eq!(
            a,
            [
                "185.199.108.153",
                "185.199.109.153",
                "185.199.110.153",
                "185.199.111.153"
            ]
        );
        let aaaa: Vec<&str> = g
            .records
            .iter()
            .filter(|r| r.kind == "AAAA")
            .map(|r| r.value.as_str())
            .collect();
        assert_eq!(
            aaaa,
            [
                "2606:50c0:8000::153",
                "2606:50c0:8001::153",
                "2606:50c0:8002::153",
                "2606:50c0:8003::153"
            ]
        );
        assert!(g
            .records
            .iter()
            .filter(|r| r.kind != "CNAME")
            .all(|r| r.host == "@"));
        assert_eq!(
            g.records.last(),
            Some(&DnsRecord {
                kind: "CNAME",
                host: "www",
                value: "nguyenvanan.github.io".into()
            })
        );
        assert_eq!(
            rename_step(Lang::En, "nguyenvanan.id.vn"),
            "First rename the downloaded file nguyenvanan.id.vn.html to index.html; \
             then publish it one of the two ways below."
        );
        assert!(g.steps.iter().any(
            |s| s.contains("Custom domain") && s.contains("CNAME containing nguyenvanan.id.vn")
        ));
        assert!(g.steps.iter().all(|s| !s.contains('{')), "{:?}", g.steps);
    }

    #[test]
    fn the_photo_step_names_the_photo_file() {
        let jpeg = "data:image/jpeg;base64,/9j/4AAQ";
        for lang in Lang::ALL {
            let step = photo_step(lang, jpeg).unwrap();
            assert!(
                step.contains("photo.jpg") && step.contains("index.html"),
                "{step}"
            );
        }
        assert!(photo_step(Lang::En, "data:image/webp;base64,UklGRg==")
            .unwrap()
            .contains("photo.webp"));
        assert_eq!(photo_step(Lang::Vi, ""), None);
        assert_eq!(photo_step(Lang::Vi, "data:image/svg+xml,<svg>"), None);
    }

    #[test]
    fn a_missing_or_bad_github_account_shows_the_placeholder() {
        for user in ["", "not a name", "-x", "a/b"] {
            let g = publish_guide(Lang::Vi, PublishTarget::GithubPages, "an.id.vn", user);
            assert_eq!(
                g.records.last().map(|r| r.value.as_str()),
                Some("tên-tài-khoản.github.io"),
                "{user:?}"
            );
        }
    }

    #[test]
    fn registrar_guide_in_every_language_names_the_domain() {
        for lang in Lang::ALL {
            let g = publish_guide(lang, PublishTarget::Registrar, "NguyenVanAn.id.vn", "");
            assert_eq!(g.title, lang.starter().publish.registrar);
            assert!(
                g.steps
                    .last()
                    .is_some_and(|s| s.contains("https://nguyenvanan.id.vn")),
                "{lang:?}"
            );
            assert!(
                g.steps.iter().any(|s| s.contains("public_html")),
                "{lang:?}"
            );
            assert_eq!(
                g.records[1],
                DnsRecord {
                    kind: "CNAME",
                    host: "www",
                    value: "nguyenvanan.id.vn".into()
                }
            );
        }
    }
}
