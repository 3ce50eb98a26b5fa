//! A host with a strict `style-src` styles the starter preview (a srcdoc frame, which
//! inherits the host's CSP) by listing the hashes of the pages' stylesheets. README
//! lists them; this test fails when a template's CSS changes and README does not.

use sha2::{Digest, Sha256};
use vn_domain_assistant::i18n::Lang;
use vn_domain_assistant::starter::{render, StarterInput, Template};

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(A[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn style_hash(template: Template, lang: Lang) -> String {
    let page = render(&StarterInput {
        template,
        lang,
        full_name: "An".into(),
        domain: "an.id.vn".into(),
        ..StarterInput::default()
    });
    let start = page.find("<style>").expect("a stylesheet") + "<style>".len();
    let end = page[start..].find("</style>").expect("closed") + start;
    format!("'sha256-{}'", base64(&Sha256::digest(&page[start..end])))
}

#[test]
fn readme_lists_the_style_hash_of_every_template_in_every_language() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for template in Template::ALL {
        let hash = style_hash(template, Lang::Vi);
        for lang in Lang::ALL {
            assert_eq!(
                style_hash(template, lang),
                hash,
                "{template:?}: the CSS must not depend on the language"
            );
        }
        assert!(
            readme.contains(&hash),
            "README.md must list {hash} ({template:?}) in the CSP section"
        );
    }
}

#[test]
fn base64_matches_the_standard_alphabet_and_padding() {
    assert_eq!(base64(b"Man"), "TWFu");
    assert_eq!(base64(b"Ma"), "TWE=");
    assert_eq!(base64(b"M"), "TQ==");
}
