//! Folding Vietnamese text to the ASCII a label is made of.
//!
//! Input arrives composed (Unikey) or decomposed (Windows keyboard, macOS), with tone
//! marks in old (`hoà`, `thuỷ`) or new (`hòa`, `thủy`) positions: combining marks are
//! dropped and every precomposed Latin letter is replaced by the ASCII letter its
//! canonical decomposition (NFD) starts with, so all spellings meet in the same ASCII.
//! That letter comes from two small tables ([`ascii_base`]) rather than Unicode's
//! decomposition tables, which would cost the wasm ~35 KB; a test checks the tables
//! against canonical decomposition for every code point. `đ/Đ` has no decomposition
//! and is mapped explicitly. Full-width forms are narrowed by arithmetic rather than
//! NFKD, whose compatibility tables would cost wasm bytes for this one use.

/// Longest input considered, in characters: far beyond any name, and it bounds the
/// work a pasted novel can cause.
pub const MAX_INPUT_CHARS: usize = 256;

/// What one input character becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    /// Ends a word: spaces of every kind, punctuation.
    Break,
    /// A dash of any kind.
    Hyphen,
    /// Vanishes without ending the word: zero-width and bidi controls, apostrophes
    /// (`H'Hen`), combining marks, letters with no ASCII form.
    Nothing,
}

/// Invisible formatting characters seen in pasted names.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}')
}

fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

fn is_hyphen(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`' | '\u{00B4}' | '\u{02B9}'..='\u{02BC}' | '\u{2018}' | '\u{2019}'
    )
}

/// The lowercase ASCII base of each letter U+00C0–U+024F (Latin-1 Supplement, Latin
/// Extended-A and -B), by offset, one line per row of the Unicode chart (U+00C0–U+00CF
/// first); `.` where its canonical decomposition does not start with an ASCII letter
/// (`Æ`, `Ø`, `Þ`, `ß`, `Ł`, `Ŋ`, `Ɓ`…). Checked by a test, not by eye.
const LATIN: &[u8; 0x250 - 0xC0] = b"\
    aaaaaa.ceeeeiiii\
    .nooooo..uuuuy..\
    aaaaaa.ceeeeiiii\
    .nooooo..uuuuy.y\
    aaaaaaccccccccdd\
    ..eeeeeeeeeegggg\
    gggghh..iiiiiiii\
    i...jjkk.llllll.\
    ...nnnnnn...oooo\
    oo..rrrrrrssssss\
    sstttt..uuuuuuuu\
    uuuuwwyyyzzzzzz.\
    ................\
    ................\
    oo.............u\
    u...............\
    .............aai\
    ioouuuuuuuuuu.aa\
    aa....ggkkoooo..\
    j...gg..nnaa....\
    aaaaeeeeiiiioooo\
    rrrruuuusstt..hh\
    ......aaeeoooooo\
    ooyy............\
    ................";

/// The same for U+1E00–U+1EFF (Latin Extended Additional, where most Vietnamese
/// letters with two marks live).
const LATIN_ADDITIONAL: &[u8; 0x100] = b"\
    aabbbbbbccdddddd\
    ddddeeeeeeeeeeff\
    gghhhhhhhhhhiiii\
    kkkkkkllllllllmm\
    mmmmnnnnnnnnoooo\
    oooopppprrrrrrrr\
    sssssssssstttttt\
    ttuuuuuuuuuuvvvv\
    wwwwwwwwwwxxxxyy\
    zzzzzzhtwy......\
    aaaaaaaaaaaaaaaa\
    aaaaaaaaeeeeeeee\
    eeeeeeeeiiiioooo\
    oooooooooooooooo\
    oooouuuuuuuuuuuu\
    uuyyyyyyyy......";

/// The lowercase ASCII letter a precomposed letter is built on: the first character
/// of its canonical decomposition, when that is an ASCII letter. Outside the two
/// tables only the Kelvin and Angstrom signs decompose to ASCII.
fn ascii_base(c: char) -> Option<char> {
    let u = u32::from(c);
    let base = match u {
        0xC0..=0x24F => LATIN[(u - 0xC0) as usize],
        0x1E00..=0x1EFF => LATIN_ADDITIONAL[(u - 0x1E00) as usize],
        0x212A => b'k',
        0x212B => b'a',
        _ => return None,
    };
    (base != b'.').then_some(char::from(base))
}

/// Lowercases a letter with no ASCII form, for a typed label that shows it back:
/// Latin-1, Latin Extended-A, Greek and Cyrillic capitals by arithmetic, anything
/// else as typed. (`char::to_lowercase` would link ~12 KB of case tables for this.)
fn lowercase(c: char) -> char {
    let u = u32::from(c);
    let lower = match u {
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 0x3F,
        0x391..=0x3AB if u != 0x3A2 => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if u % 2 == 0 => u + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Narrows full-width ASCII (U+FF01–FF5E). (The ideographic space needs nothing:
/// it is whitespace, so it ends a word as it is.)
fn narrow(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// Folds one character: pushes its lowercase ASCII letters and digits to `out`, or
/// tells what else it is. `keep_other` keeps characters with no ASCII form (as
/// themselves) instead of dropping them, so a typed label can be told what is wrong.
fn fold_char(c: char, out: &mut String, keep_other: bool) -> Option<Piece> {
    let c = narrow(c);
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
        return None;
    }
    if matches!(c, 'đ' | 'Đ' | 'ð' | 'Ð' | 'ɖ' | 'Ɖ') {
        out.push('d');
        return None;
    }
    if is_hyphen(c) {
        return Some(Piece::Hyphen);
    }
    if c.is_whitespace() {
        return Some(Piece::Break);
    }
    if is_invisible(c) || is_apostrophe(c) || is_combining(c) {
        return Some(Piece::Nothing);
    }
    if c.is_ascii() {
        if keep_other {
            out.push(c);
            return None;
        }
        return Some(Piece::Break);
    }
    if let Some(base) = ascii_base(c) {
        out.push(base);
        None
    } else if keep_other {
        out.push(lowercase(c));
        None
    } else if c.is_alphanumeric() {
        // Letters of other scripts vanish inside the word; symbols end it.
        Some(Piece::Nothing)
    } else {
        Some(Piece::Break)
    }
}

/// The words of a name or business name, folded to lowercase ASCII letters and
/// digits. Dashes and punctuation separate words; what cannot be spelt in ASCII
/// disappears. `"  Nguyễn\u{00A0}Văn  AN "` → `["nguyen", "van", "an"]`.
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in text.chars().take(MAX_INPUT_CHARS) {
        match fold_char(c, &mut word, false) {
            Some(Piece::Break | Piece::Hyphen) if !word.is_empty() => {
                words.push(std::mem::take(&mut word));
            }
            _ => {}
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Folds text to ASCII with no spaces at all: how a list entry (`"Mặt trận Tổ
/// quốc"`) or a label's letters are compared.
pub fn squash(text: &str) -> String {
    words(text).concat()
}

/// A label as the visitor typed it, made as label-like as honesty allows: case and
/// diacritics folded, spaces and invisible characters removed, dashes made `-`, and a
/// trailing `.zone` (or dot) cut off. Anything else (`_`, `.`, other scripts) is kept
/// so that validation names the problem.
pub fn typed_label(text: &str, zone: &str) -> String {
    let mut label = String::new();
    for c in text.chars().take(MAX_INPUT_CHARS) {
        if fold_char(c, &mut label, true) == Some(Piece::Hyphen) {
            label.push('-');
        }
    }
    if let Some(stem) = label.strip_suffix(zone).and_then(|s| s.strip_suffix('.')) {
        label.truncate(stem.len());
    }
    if label.ends_with('.') {
        label.pop();
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::char::decompose_canonical;

    /// Every scalar value.
    fn all_chars() -> impl Iterator<Item = char> {
        (0..=u32::from(char::MAX)).filter_map(char::from_u32)
    }

    /// What the tables stand for: the first character of the canonical decomposition,
    /// lowercased, if it is an ASCII letter.
    fn nfd_base(c: char) -> Option<char> {
        let mut first = None;
        decompose_canonical(c, |d| {
            first.get_or_insert(d);
        });
        first
            .filter(char::is_ascii_alphabetic)
            .map(|d| d.to_ascii_lowercase())
    }

    #[test]
    fn tables_equal_canonical_decomposition() {
        for c in ('\u{00C0}'..='\u{024F}').chain('\u{1E00}'..='\u{1EFF}') {
            assert_eq!(ascii_base(c), nfd_base(c), "U+{:04X}", u32::from(c));
        }
        // And nothing else decomposes to ASCII letters or digits.
        for c in all_chars().filter(|c| !c.is_ascii()) {
            let mut ascii = String::new();
            decompose_canonical(c, |d| ascii.extend(d.is_ascii_alphanumeric().then_some(d)));
            let expected = nfd_base(c).map(String::from).unwrap_or_default();
            assert_eq!(
                ascii.to_ascii_lowercase(),
                expected,
                "U+{:04X}",
                u32::from(c)
            );
            assert_eq!(ascii_base(c), nfd_base(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn lowercase_agrees_with_unicode() {
        let covered = |u: u32| matches!(u, 0xC0..=0x17F | 0x386..=0x3AB | 0x400..=0x52F);
        for c in all_chars() {
            let lower = lowercase(c);
            let unicode: String = c.to_lowercase().collect();
            if lower != c || (covered(u32::from(c)) && unicode.chars().count() == 1) {
                assert_eq!(lower.to_string(), unicode, "U+{:04X}", u32::from(c));
            }
        }
    }

    #[test]
    fn composed_and_decomposed_meet() {
        let composed = "Nguyễn Thị Thuỷ Đoàn";
        let decomposed = "Nguye\u{0302}\u{0303}n Thi\u{0323} Thuy\u{0309} \u{0110}oa\u{0300}n";
        assert_eq!(words(composed), ["nguyen", "thi", "thuy", "doan"]);
        assert_eq!(
            words("Nguye\u{0302}\u{0303}n Thi\u{0323}"),
            ["nguyen", "thi"]
        );
        // Đ has no decomposition; U+0110 and the eth look-alike both map to d.
        assert_eq!(words("Đặng ĐỨC Ðạt"), ["dang", "duc", "dat"]);
        assert_eq!(words(decomposed), words(composed));
    }

    #[test]
    fn old_and_new_tone_positions_fold_alike() {
        assert_eq!(words("Hoà Thuỷ Khoẻ"), words("Hòa Thủy Khỏe"));
        // Tone before the circumflex in a decomposed sequence.
        assert_eq!(words("Nguye\u{0303}\u{0302}n"), ["nguyen"]);
    }

    #[test]
    fn invisible_and_odd_spacing_is_cleaned() {
        assert_eq!(
            words("\u{FEFF}  Lê\u{00A0}\u{00A0}Na\u{200B}m \u{202E}Anh\u{202C}  "),
            ["le", "nam", "anh"]
        );
        assert_eq!(
            words("Ｎｇｕｙễｎ　Ａｎ ２００５"),
            ["nguyen", "an", "2005"]
        );
        assert_eq!(words("H'Hen Niê"), ["hhen", "nie"]);
        assert_eq!(words("Trần–Văn—Bình (Bin)"), ["tran", "van", "binh", "bin"]);
        assert_eq!(words("阮文安 ថាច់"), Vec::<String>::new());
        assert_eq!(words(""), Vec::<String>::new());
    }

    #[test]
    fn squash_joins_folded_words() {
        assert_eq!(squash("Mặt trận Tổ quốc"), "mattrantoquoc");
        assert_eq!(squash("Hội LHPN"), "hoilhpn");
    }

    #[test]
    fn typed_labels_keep_what_is_wrong() {
        assert_eq!(typed_label("Nguyễn Văn An", "id.vn"), "nguyenvanan");
        assert_eq!(typed_label(" annguyen.id.vn ", "id.vn"), "annguyen");
        assert_eq!(typed_label("AN–NGUYEN.", "id.vn"), "an-nguyen");
        assert_eq!(typed_label("an_nguyen", "id.vn"), "an_nguyen");
        assert_eq!(typed_label("shop.biz.vn", "id.vn"), "shop.biz.vn");
        assert_eq!(typed_label("ថាច់", "id.vn"), "ថាច់");
        assert_eq!(typed_label("Ａｎ\u{200D}", "id.vn"), "an");
    }
}
