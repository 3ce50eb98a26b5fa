//! The offer in words, one source for every screen that speaks of it: the programme
//! cards, the information panel, the eligibility outcome and assisted mode's slip.
//! Each takes where the day stands from [`ProgrammeRules::offer_on`], so none says
//! "free" where the eligibility outcome would not, and each writes the same end date,
//! with "as last published" when no source confirms it.

use super::eligibility::{self as el, date, fill, years};
use super::Lang;
use crate::date::Date;
use crate::eligibility::window_outcome;
use crate::programme::{Offer, Program, Programmes};

#[derive(Debug)]
pub struct Texts {
    /// `{date}` followed by "as last published".
    pub as_published: &'static str,
    /// The programme cards: `{years}`, `{until}`; `{from}`.
    pub card_free: &'static str,
    pub card_ended: &'static str,
    pub card_ended_published: &'static str,
    pub card_not_started: &'static str,
    /// The countdown in the last days, short (cards): `{n}`.
    pub left_many: &'static str,
    pub left_one: &'static str,
    pub left_today: &'static str,
    /// The countdown in full (outcome, panel, slip): `{n}`, `{until}`.
    pub soon_many: &'static str,
    pub soon_one: &'static str,
    pub soon_today: &'static str,
    /// Why not to wait.
    pub soon_why: &'static str,
    /// The link to a programme's official site: `{zone}`.
    pub official_site: &'static str,
}

pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&VI, &EN, &KM)
}

/// The window's last day as the language writes it, with "as last published" when
/// no source confirms it.
pub fn end_date(lang: Lang, until: Date, confirmed: bool) -> String {
    let day = date(until, lang);
    if confirmed {
        day
    } else {
        fill(texts(lang).as_published, &[("date", day)])
    }
}

/// The countdown, said from [`ENDING_SOON_DAYS`](crate::programme::ENDING_SOON_DAYS)
/// days before `until` (already written out) to its last day: how many days are
/// left, that the name must be granted by then, and to register now.
pub fn soon(lang: Lang, days_left: i64, until: &str) -> String {
    let t = texts(lang);
    let template = by_days(days_left, t.soon_today, t.soon_one, t.soon_many);
    let line = fill(
        template,
        &[("n", days_left.to_string()), ("until", until.to_owned())],
    );
    format!("{line} {}", t.soon_why)
}

/// The countdown's wording for `days_left`: the last day, one day, or `{n}` days.
fn by_days(
    days_left: i64,
    today: &'static str,
    one: &'static str,
    many: &'static str,
) -> &'static str {
    match days_left {
        0 => today,
        1 => one,
        _ => many,
    }
}

/// One programme card's line about the offer on `today`.
pub fn card(lang: Lang, program: Program, programmes: &Programmes, today: Date) -> String {
    let t = texts(lang);
    let rules = programmes.get(program);
    match rules.offer_on(today) {
        Offer::NotStarted { from } => fill(t.card_not_started, &[("from", date(from, lang))]),
        Offer::Ended { until, confirmed } => fill(
            if confirmed {
                t.card_ended
            } else {
                t.card_ended_published
            },
            &[("until", date(until, lang))],
        ),
        offer @ Offer::Open {
            until, confirmed, ..
        } => {
            let mut line = fill(
                t.card_free,
                &[
                    ("years", years(u32::from(rules.free_years), lang)),
                    ("until", end_date(lang, until, confirmed)),
                ],
            );
            if let Some(n) = offer.ending_soon() {
                let left = by_days(n, t.left_today, t.left_one, t.left_many);
                line.push(' ');
                line.push_str(&fill(left, &[("n", n.to_string())]));
            }
            line
        }
    }
}

/// The offer on `today`, a line each (the information panel, the printed slip):
/// while it runs, how long names stay free, its end and the fee after it, and the
/// countdown near the end; before or after it, the eligibility outcome's own words
/// (what it was, what is and is not known, the normal fee).
pub fn lines(lang: Lang, program: Program, programmes: &Programmes, today: Date) -> Vec<String> {
    if let Some(outcome) = window_outcome(program, programmes, today) {
        let t = el::outcome_text(lang, &outcome);
        return vec![t.heading, t.explanation, t.next_step];
    }
    let rules = programmes.get(program);
    let offer = rules.offer_on(today);
    let w = rules.free_window;
    let until = end_date(lang, w.until, w.until_confirmed);
    let mut out = vec![lang
        .shell()
        .about_offer
        .replace("{zone}", program.zone())
        .replace("{years}", &years(u32::from(rules.free_years), lang))
        .replace("{until}", &until)
        .replace("{registration}", &el::vnd(rules.fee.registration, lang))
        .replace("{yearly}", &el::vnd(rules.fee.yearly, lang))];
    if let Some(n) = offer.ending_soon() {
        out.push(soon(lang, n, &until));
    }
    out
}

/// The words of a link to `program`'s official site.
pub fn official_site(lang: Lang, program: Program) -> String {
    texts(lang).official_site.replace("{zone}", program.zone())
}

pub static VI: Texts = Texts {
    as_published: "{date} (theo thông tin công bố gần nhất)",
    card_free: "Miễn phí {years} cho tên đăng ký đến hết {until}.",
    card_ended: "Ưu đãi miễn phí đã kết thúc ngày {until}; đăng ký với phí thông thường.",
    card_ended_published: "Miễn phí đến hết {until} theo thông tin công bố gần nhất; chưa rõ có gia hạn không: nhà đăng ký sẽ xác nhận.",
    card_not_started: "Miễn phí từ ngày {from}.",
    left_many: "Còn {n} ngày.",
    left_one: "Còn 1 ngày.",
    left_today: "Hôm nay là ngày cuối.",
    soon_many: "Còn {n} ngày: tên miền phải được cấp trước hết ngày {until} mới được miễn phí.",
    soon_one: "Còn 1 ngày: tên miền phải được cấp trước hết ngày mai, {until}, mới được miễn phí.",
    soon_today: "Hôm nay, {until}, là ngày cuối cùng: tên miền phải được cấp trong hôm nay mới được miễn phí.",
    soon_why: "Xác thực danh tính (eKYC) tại nhà đăng ký cần thời gian, vì vậy hãy đăng ký ngay.",
    official_site: "Trang chính thức của chương trình {zone}",
};

pub static EN: Texts = Texts {
    as_published: "{date} (as last published)",
    card_free: "Free for {years} for names registered until {until}.",
    card_ended: "The free offer ended on {until}; names at the normal fee.",
    card_ended_published: "Free until {until} as last published; whether it was extended is not known: the registrar confirms.",
    card_not_started: "Free from {from}.",
    left_many: "{n} days left.",
    left_one: "1 day left.",
    left_today: "Today is the last day.",
    soon_many: "{n} days left: the name must be granted by {until} to be free.",
    soon_one: "1 day left: the name must be granted by tomorrow, {until}, to be free.",
    soon_today: "Today, {until}, is the last day: the name must be granted today to be free.",
    soon_why: "Identity checks (eKYC) at the registrar take time, so register now.",
    official_site: "The {zone} programme's official site",
};

// Khmer: a best-effort translation, to be reviewed by a native speaker.
pub static KM: Texts = Texts {
    as_published: "{date} (តាមការប្រកាសចុងក្រោយ)",
    card_free: "ឥតគិតថ្លៃ {years} សម្រាប់ឈ្មោះដែលចុះបញ្ជីរហូតដល់ {until}។",
    card_ended: "ការផ្តល់ជូនឥតគិតថ្លៃបានបញ្ចប់នៅថ្ងៃ {until}។ ចុះឈ្មោះតាមតម្លៃធម្មតា។",
    card_ended_published:
        "ឥតគិតថ្លៃរហូតដល់ {until} តាមការប្រកាសចុងក្រោយ។ មិនដឹងថាត្រូវបានពន្យារឬអត់ទេ៖ អ្នកចុះឈ្មោះនឹងបញ្ជាក់។",
    card_not_started: "ឥតគិតថ្លៃចាប់ពីថ្ងៃ {from}។",
    left_many: "នៅសល់ {n} ថ្ងៃ។",
    left_one: "នៅសល់ 1 ថ្ងៃ។",
    left_today: "ថ្ងៃនេះជាថ្ងៃចុងក្រោយ។",
    soon_many: "នៅសល់ {n} ថ្ងៃ៖ ឈ្មោះត្រូវតែបានផ្តល់ត្រឹមថ្ងៃ {until} ទើបឥតគិតថ្លៃ។",
    soon_one: "នៅសល់ 1 ថ្ងៃ៖ ឈ្មោះត្រូវតែបានផ្តល់ត្រឹមថ្ងៃស្អែក {until} ទើបឥតគិតថ្លៃ។",
    soon_today: "ថ្ងៃនេះ {until} ជាថ្ងៃចុងក្រោយ៖ ឈ្មោះត្រូវតែបានផ្តល់នៅថ្ងៃនេះ ទើបឥតគិតថ្លៃ។",
    soon_why: "ការផ្ទៀងផ្ទាត់អត្តសញ្ញាណ (eKYC) នៅអ្នកចុះឈ្មោះត្រូវការពេលវេលា ដូច្នេះសូមចុះឈ្មោះឥឡូវនេះ។",
    official_site: "គេហទំព័រផ្លូវការរបស់កម្មវិធី {zone}",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::builtin;

    fn day(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn every_language_has_every_text_with_its_placeholders() {
        for lang in Lang::ALL {
            let t = texts(lang);
            let with = |s: &str, keys: &[&str]| {
                for k in keys {
                    assert!(s.contains(k), "{lang:?}: {k} in {s}");
                }
            };
            with(t.as_published, &["{date}"]);
            with(t.card_free, &["{years}", "{until}"]);
            with(t.card_ended, &["{until}"]);
            with(t.card_ended_published, &["{until}"]);
            with(t.card_not_started, &["{from}"]);
            with(t.left_many, &["{n}"]);
            with(t.soon_many, &["{n}", "{until}"]);
            with(t.soon_one, &["{until}"]);
            with(t.soon_today, &["{until}"]);
            with(t.official_site, &["{zone}"]);
            for s in [t.left_one, t.left_today, t.soon_why] {
                assert!(!s.trim().is_empty() && !s.contains('{'), "{lang:?}: {s}");
            }
        }
    }

    #[test]
    fn the_official_site_link_names_its_programme() {
        assert_eq!(
            official_site(Lang::En, Program::Id),
            "The id.vn programme's official site"
        );
        assert_eq!(
            official_site(Lang::Vi, Program::Biz),
            "Trang chính thức của chương trình biz.vn"
        );
        assert!(official_site(Lang::Km, Program::Biz).ends_with(" biz.vn"));
    }

    /// The built-in data on the day this was written: id.vn free until 31/12/2026
    /// (confirmed by TT 64/2025/TT-BTC), biz.vn's end only as last published.
    #[test]
    fn on_3_december_2026_id_vn_is_free_for_28_more_days_and_biz_vn_is_not_known() {
        let p = builtin();
        let today = day("2026-12-03");
        assert_eq!(
            card(Lang::En, Program::Id, &p, today),
            "Free for 2 years for names registered until 31 December 2026. 28 days left."
        );
        assert_eq!(
            lines(Lang::En, Program::Id, &p, today),
            [
                "id.vn: free for 2 years from the day it is granted, for names registered \
                 until 31 December 2026. After that: 10,000\u{a0}₫ to register and \
                 50,000\u{a0}₫ a year.",
                "28 days left: the name must be granted by 31 December 2026 to be free. \
                 Identity checks (eKYC) at the registrar take time, so register now."
            ]
        );
        assert_eq!(
            card(Lang::En, Program::Biz, &p, today),
            "Free until 31 December 2025 as last published; whether it was extended is \
             not known: the registrar confirms."
        );
        let biz = lines(Lang::En, Program::Biz, &p, today);
        assert_eq!(
            biz[0],
            "The free offer was last published to end on 31 December 2025"
        );
        assert!(biz[1].contains("not known here"), "{biz:?}");
        assert!(biz[1].contains("official site"), "{biz:?}");
        assert!(biz[2].contains("normal fee"), "{biz:?}");
        for lang in Lang::ALL {
            for program in Program::ALL {
                for line in lines(lang, program, &p, today) {
                    assert!(!line.contains('{') && !line.trim().is_empty(), "{line}");
                }
            }
        }
    }

    #[test]
    fn the_countdown_runs_45_days_to_the_last_day_in_every_language() {
        let p = builtin();
        // (day, days left, what each language says)
        let cases = [
            ("2026-11-15", None, ["", "", ""]),
            (
                "2026-11-16",
                Some(45),
                ["Còn 45 ngày", "45 days left", "នៅសល់ 45 ថ្ងៃ"],
            ),
            (
                "2026-12-30",
                Some(1),
                ["Còn 1 ngày", "1 day left", "នៅសល់ 1 ថ្ងៃ"],
            ),
            (
                "2026-12-31",
                Some(0),
                [
                    "Hôm nay, 31/12/2026, là ngày cuối",
                    "Today, 31 December 2026, is the last day",
                    "ថ្ងៃនេះ 31 ធ្នូ 2026 ជាថ្ងៃចុងក្រោយ",
                ],
            ),
        ];
        for (today, left, words) in cases {
            let today = day(today);
            assert_eq!(p.id.offer_on(today).ending_soon(), left, "{today}");
            for (lang, word) in Lang::ALL.into_iter().zip(words) {
                let l = lines(lang, Program::Id, &p, today);
                match left {
                    None => assert_eq!(l.len(), 1, "{lang:?} {today}: {l:?}"),
                    Some(_) => {
                        assert_eq!(l.len(), 2, "{lang:?} {today}: {l:?}");
                        assert!(l[1].starts_with(word), "{lang:?} {today}: {l:?}");
                        assert!(l[1].contains("eKYC"), "{lang:?}: {l:?}");
                        assert!(card(lang, Program::Id, &p, today).contains(
                            match left {
                                Some(0) => texts(lang).left_today.to_owned(),
                                Some(1) => texts(lang).left_one.to_owned(),
                                Some(n) => texts(lang).left_many.replace("{n}", &n.to_string()),
                                None => unreachable!(),
                            }
                            .as_str()
                        ));
                    }
                }
            }
        }
        // The day after: ended, said as the eligibility outcome says it, and no
        // screen calls it free.
        let after = day("2027-01-01");
        assert_eq!(p.id.offer_on(after).ending_soon(), None);
        for lang in Lang::ALL {
            let l = lines(lang, Program::Id, &p, after);
            let outcome = window_outcome(Program::Id, &p, after).unwrap();
            assert_eq!(l[0], el::outcome_text(lang, &outcome).heading);
            assert!(l[0].contains(&date(day("2026-12-31"), lang)), "{l:?}");
            assert_eq!(
                card(lang, Program::Id, &p, after),
                texts(lang)
                    .card_ended
                    .replace("{until}", &date(day("2026-12-31"), lang))
            );
        }
    }

    #[test]
    fn an_end_no_source_confirms_is_said_as_last_published_wherever_it_shows() {
        let mut p = builtin();
        p.id.free_window.until_confirmed = false;
        let today = day("2026-06-01");
        assert!(card(Lang::En, Program::Id, &p, today)
            .contains("until 31 December 2026 (as last published)"));
        assert!(lines(Lang::Vi, Program::Id, &p, today)[0]
            .contains("31/12/2026 (theo thông tin công bố gần nhất)"));
        p.id.free_window.until_confirmed = true;
        assert!(!card(Lang::En, Program::Id, &p, today).contains("published"));
    }

    #[test]
    fn before_the_window_nothing_is_called_free_yet() {
        let p = builtin();
        let early = day("2023-01-01");
        assert_eq!(
            card(Lang::En, Program::Id, &p, early),
            "Free from 1 June 2023."
        );
        let l = lines(Lang::En, Program::Id, &p, early);
        assert_eq!(l[0], "The free offer starts on 1 June 2023");
    }
}
