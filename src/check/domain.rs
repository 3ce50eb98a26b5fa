//! The domain a visitor types or pastes into a check: a name, a web address, a
//! line of a list. Read into the plain name a check asks about.

/// The generic names directly under `.vn` (`abc.com.vn`, `annguyen.id.vn`): on
/// their own, or as all that is left after `www.`, they are not a registered name.
const SECOND_LEVEL: [&str; 13] = [
    "ac", "biz", "com", "edu", "gov", "health", "id", "info", "int", "name", "net", "org", "pro",
];

/// Why a typed text is not a `.vn` name a check can ask about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DomainError {
    Empty,
    /// The last label is not `vn`.
    NotVn,
    /// Only `vn` or a second-level name (`id.vn`): no name of one's own before it.
    NoName,
    /// A character other than `a-z 0-9 -` in a label.
    BadCharacter(char),
    /// A label starts or ends with `-`.
    BadHyphen,
    /// A label longer than 63 characters.
    LabelTooLong,
    /// More than 253 characters.
    TooLong,
    /// Letters outside ASCII (a Vietnamese name written with its accents): DNS asks
    /// the `xn--` form.
    NotAscii,
    /// Two dots in a row, or a dot at the start.
    EmptyLabel,
}

impl DomainError {
    /// A stable code (texts and events name errors by it).
    pub fn code(self) -> &'static str {
        match self {
            DomainError::Empty => "empty",
            DomainError::NotVn => "not-vn",
            DomainError::NoName => "no-name",
            DomainError::BadCharacter(_) => "bad-character",
            DomainError::BadHyphen => "bad-hyphen",
            DomainError::LabelTooLong => "label-too-long",
            DomainError::TooLong => "too-long",
            DomainError::NotAscii => "not-ascii",
            DomainError::EmptyLabel => "empty-label",
        }
    }
}

/// Reads a `.vn` name from what was typed or pasted: surrounding space, an
/// `http://` or `https://` address (its path, query, fragment and port), capitals,
/// a final dot and a leading `www.` (when a name of one's own is left) go; what
/// remains must be LDH labels of 1–63 characters (no hyphen at either end), at most
/// 253 in all, ending in `.vn` with a name before it and any second-level name.
pub fn read_domain(input: &str) -> Result<String, DomainError> {
    let mut s = input.trim();
    for scheme in ["https://", "http://"] {
        if s.len() >= scheme.len()
            && s.as_bytes()[..scheme.len()].eq_ignore_ascii_case(scheme.as_bytes())
        {
            s = &s[scheme.len()..];
        }
    }
    let s = s.split(['/', '?', '#', ':']).next().unwrap_or("");
    let s = s.strip_suffix('.').unwrap_or(s);
    if s.is_empty() {
        return Err(DomainError::Empty);
    }
    if !s.is_ascii() {
        return Err(DomainError::NotAscii);
    }
    let name = s.to_ascii_lowercase();
    let labels: Vec<&str> = name.split('.').collect();
    if labels.last() != Some(&"vn") {
        return Err(DomainError::NotVn);
    }
    if name.len() > 253 {
        return Err(DomainError::TooLong);
    }
    for label in &labels {
        if label.is_empty() {
            return Err(DomainError::EmptyLabel);
        }
        if label.len() > 63 {
            return Err(DomainError::LabelTooLong);
        }
        if let Some(c) = label
            .chars()
            .find(|c| !c.is_ascii_alphanumeric() && *c != '-')
        {
            return Err(DomainError::BadCharacter(c));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(DomainError::BadHyphen);
        }
    }
    if !has_name(&labels) {
        return Err(DomainError::NoName);
    }
    match name.strip_prefix("www.") {
        Some(rest) if has_name(&labels[1..]) => Ok(rest.to_owned()),
        _ => Ok(name),
    }
}

/// Whether `labels` (ending in `vn`) hold a name before the suffix.
fn has_name(labels: &[&str]) -> bool {
    match labels {
        [_vn] => false,
        [second, _vn] => !SECOND_LEVEL.contains(second),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_as_people_paste_them_are_read() {
        for (typed, want) in [
            ("abc.vn", "abc.vn"),
            ("abc.com.vn", "abc.com.vn"),
            ("  AnNguyen.ID.vn  ", "annguyen.id.vn"),
            ("shop.biz.vn.", "shop.biz.vn"),
            (
                "https://www.annguyen.id.vn/cv/index.html?x=1#top",
                "annguyen.id.vn",
            ),
            ("HTTP://shop.biz.vn:8080", "shop.biz.vn"),
            ("www.abc.vn", "abc.vn"),
            ("www.abc.com.vn", "abc.com.vn"),
            ("blog.annguyen.id.vn", "blog.annguyen.id.vn"),
            ("xn--nguyn-cwa.id.vn", "xn--nguyn-cwa.id.vn"),
            // `www` is the name itself here: nothing of one's own would be left.
            ("www.id.vn", "www.id.vn"),
            ("www.vn", "www.vn"),
            ("a-b.vn", "a-b.vn"),
        ] {
            assert_eq!(read_domain(typed).as_deref(), Ok(want), "{typed:?}");
        }
    }

    #[test]
    fn each_mistake_has_its_own_error() {
        for (typed, want) in [
            ("", DomainError::Empty),
            ("   ", DomainError::Empty),
            ("https://", DomainError::Empty),
            (".", DomainError::Empty),
            ("annguyen.com", DomainError::NotVn),
            ("annguyen", DomainError::NotVn),
            ("vn", DomainError::NoName),
            ("id.vn", DomainError::NoName),
            ("com.vn", DomainError::NoName),
            ("https://biz.vn/", DomainError::NoName),
            ("an_nguyen.id.vn", DomainError::BadCharacter('_')),
            ("an nguyen.id.vn", DomainError::BadCharacter(' ')),
            ("an@nguyen.id.vn", DomainError::BadCharacter('@')),
            ("-an.id.vn", DomainError::BadHyphen),
            ("an-.id.vn", DomainError::BadHyphen),
            ("nguyễn.id.vn", DomainError::NotAscii),
            ("an..id.vn", DomainError::EmptyLabel),
            (".an.id.vn", DomainError::EmptyLabel),
        ] {
            assert_eq!(read_domain(typed), Err(want), "{typed:?}");
        }
        let long_label = format!("{}.vn", "a".repeat(64));
        assert_eq!(read_domain(&long_label), Err(DomainError::LabelTooLong));
        assert!(read_domain(&format!("{}.vn", "a".repeat(63))).is_ok());
        let long = format!("{}.vn", vec!["a".repeat(62); 4].join("."));
        assert_eq!(long.len(), 254);
        assert_eq!(read_domain(&long), Err(DomainError::TooLong));
        // 253 characters, the most a name can have, is fine.
        assert_eq!(read_domain(&long[1..]).map(|d| d.len()), Ok(253));
    }

    #[test]
    fn codes_are_stable_and_distinct() {
        let all = [
            DomainError::Empty,
            DomainError::NotVn,
            DomainError::NoName,
            DomainError::BadCharacter('_'),
            DomainError::BadHyphen,
            DomainError::LabelTooLong,
            DomainError::TooLong,
            DomainError::NotAscii,
            DomainError::EmptyLabel,
        ];
        let mut codes: Vec<_> = all.iter().map(|e| e.code()).collect();
        assert_eq!(codes[3], "bad-character");
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all.len());
    }
}
