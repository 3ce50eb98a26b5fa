//! "Did you mean …@gmail.com?": a mail domain that is one or two slips away from a
//! common provider's (`gmial.com`, `gmail.con`, `yahoo.com.vm`) gets a suggestion.
//! Only a suggestion: the visitor accepts it with one press or keeps what they
//! typed, and the form never blocks on it. Addresses at other real providers
//! (`ymail.com`, `mail.com`) and at schools and agencies are left alone.

/// The providers most students and households in Vietnam use.
const COMMON: [&str; 6] = [
    "gmail.com",
    "yahoo.com",
    "yahoo.com.vn",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
];

/// Real domains close to a common one, never "corrected".
const ALSO_REAL: [&str; 8] = [
    "ymail.com",
    "mail.com",
    "gmx.com",
    "email.com",
    "outlook.com.vn",
    "hotmail.com.vn",
    "googlemail.com",
    "yahoo.co",
];

/// The address with its domain replaced by the common one it was most likely meant
/// to be, or `None` when the domain is fine (or too far from any to guess).
pub fn did_you_mean(address: &str) -> Option<String> {
    let (local, domain) = address.trim().rsplit_once('@')?;
    let domain = domain.to_ascii_lowercase();
    if local.is_empty() || ALSO_REAL.contains(&domain.as_str()) {
        return None;
    }
    // The nearest common domain, one slip away (two for the longer names); the
    // first of equals. A common domain itself is no slip; a school's or an
    // agency's (`tvu.edu.vn`, `travinh.gov.vn`) or a short one is too far from
    // every common name to be taken for one (the tests hold both).
    let (best, distance) = COMMON
        .iter()
        .map(|c| (*c, slips(&domain, c)))
        .min_by_key(|&(_, d)| d)?;
    let allowed = if best.len() >= 10 { 2 } else { 1 };
    (distance >= 1 && distance <= allowed).then(|| format!("{local}@{best}"))
}

/// Optimal string alignment distance: insertions, deletions, substitutions and
/// swaps of two neighbours (`gmial`), each one slip.
fn slips(a: &str, b: &str) -> usize {
    // Bytes: the common domains are ASCII, so any other letter is a slip anyway.
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            d[i * w + j] = if i == 0 || j == 0 {
                i + j
            } else {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[(i - 1) * w + j] + 1)
                    .min(d[i * w + j - 1] + 1)
                    .min(d[(i - 1) * w + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[(i - 2) * w + j - 2] + 1);
                }
                v
            };
        }
    }
    d[a.len() * w + b.len()]
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    /// Each typed address gets the suggestion beside it, or none.
    fn suggests(table: &[(&str, Option<&str>)]) {
        for (typed, meant) in table {
            assert_eq!(did_you_mean(typed).as_deref(), *meant, "{typed}");
        }
    }

    #[test]
    fn common_slips_in_a_providers_name_get_a_suggestion() {
        for (typed, meant) in [
            ("an@gmial.com", "an@gmail.com"),
            ("an@gmal.com", "an@gmail.com"),
            ("an@gmail.con", "an@gmail.com"),
            ("an@gmail.co", "an@gmail.com"),
            ("an@gamil.com", "an@gmail.com"),
            ("an@GMIAL.COM", "an@gmail.com"),
            (" an.nguyen@yaho.com ", "an.nguyen@yahoo.com"),
            ("an@yahoo.com.vm", "an@yahoo.com.vn"),
            ("an@hotmial.com", "an@hotmail.com"),
            ("an@outlok.com", "an@outlook.com"),
            ("an@iclod.com", "an@icloud.com"),
        ] {
            assert_eq!(did_you_mean(typed).as_deref(), Some(meant), "{typed}");
        }
    }

    #[test]
    fn two_slips_are_forgiven_only_in_the_longer_names() {
        // Two slips from "gmail.com" already reach other people's domains
        // ("gnail.con"), so the short names get one; the long ones get two.
        suggests(&[
            ("an@hotmial.con", Some("an@hotmail.com")),
            ("an@outlok.co", Some("an@outlook.com")),
            ("an@yahooo.com.vm", Some("an@yahoo.com.vn")),
            ("an@gnail.con", None),
            ("an@gmial.co", None),
            ("an@yaho.con", None),
        ]);
    }

    #[test]
    fn each_kind_of_slip_counts_once_wherever_it_is() {
        // What a thumb does on a phone keyboard: a letter dropped, doubled, changed or
        // two swapped, at the start, inside or at the end of the domain.
        suggests(&[
            ("an@mail.com", None), // a real provider, not gmail with "g" dropped
            ("an@gail.com", Some("an@gmail.com")),
            ("an@ggmail.com", Some("an@gmail.com")),
            ("an@gmail.comm", Some("an@gmail.com")),
            ("an@gmail.cm", Some("an@gmail.com")),
            ("an@fmail.com", Some("an@gmail.com")),
            ("an@gmail.cpm", Some("an@gmail.com")),
            ("an@mgail.com", Some("an@gmail.com")),
            ("an@gmail.ocm", Some("an@gmail.com")),
            ("an@gmail.cmo", Some("an@gmail.com")),
            ("an@icluod.com", Some("an@icloud.com")),
            // two slips in a short name: swapped and changed, or dropped twice
            ("an@mgial.com", None),
            ("an@gmil.cm", None),
            // a swap of letters that are not neighbours is two slips
            ("an@gliam.com", None),
        ]);
    }

    #[test]
    fn right_or_other_real_addresses_are_left_alone() {
        for typed in [
            "an@gmail.com",
            "an@yahoo.com.vn",
            "an@ymail.com",
            "an@mail.com",
            "an@gmx.com",
            "an@tvu.edu.vn",
            "an@travinh.gov.vn",
            "an@hcmute.edu.vn",
            "an@ctu.edu.vn",
            "an@vn.vn",
            "an@g.co",
            "an@example.vn",
            "an@fpt.vn",
            "an@gmaaaail.com",
            "@gmial.com",
            "an",
            "",
        ] {
            assert_eq!(did_you_mean(typed), None, "{typed}");
        }
    }
}
