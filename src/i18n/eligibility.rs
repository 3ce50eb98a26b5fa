//! Texts of the eligibility step: field labels and hints, per-field messages that
//! say what to do, and for each outcome a heading that is the answer, one short
//! explanation and the next step. Templates carry `{placeholders}` filled from the
//! [`Outcome`]; the functions below return finished strings.
//!
//! Dates and amounts are written the way each language writes them: `31/12/2025`
//! and `10.000 ₫` in Vietnamese, `31 December 2025` and `10,000 ₫` in English,
//! `31 ធ្នូ 2025` and `10.000 ₫` in Khmer (no-break space before ₫).

use super::Lang;
use crate::cccd::CccdError;
use crate::date::{Date, DateError};
use crate::eligibility::{Field, FieldError, NextStep, Outcome, Reason, Warning};
use crate::programme::LegalSource;
use crate::taxcode::{HouseholdCodeError, TaxCodeError};

macro_rules! texts {
    ($($field:ident),* $(,)?) => {
        /// All texts of the step in one language.
        #[derive(Debug)]
        pub struct Texts {
            $(pub $field: &'static str,)*
        }

        #[cfg(test)]
        impl Texts {
            fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($field), self.$field)),*]
            }
        }
    };
}

texts! {
    // Labels and hints.
    full_name, birth_date, citizen_id, citizen_id_hint, email, email_hint,
    citizenship, citizenship_hint, business_kind, enterprise, household,
    business_name, tax_code, tax_code_hint, founded, founded_hint,
    first_biz_name, first_biz_name_hint, yes, no, not_sure, check,
    // Field messages.
    too_long, name_missing, name_invalid, business_name_missing, business_name_invalid,
    birth_missing, founded_missing, date_format, date_short_year, date_no_such_month,
    date_not_in_month, date_no_such_day, birth_future,
    founded_future, date_before_1900, id_missing, id_not_digits, id_length, id_old_cmnd,
    id_province, id_mismatch_id, id_mismatch_birth, email_invalid, citizenship_unticked,
    kind_missing, code_missing, tax_not_digits, tax_length, tax_typo, tax_zero_branch,
    household_id_invalid, household_unrecognised, first_biz_missing,
    // Outcomes.
    eligible_heading, eligible_text, likely_heading, likely_text, age_heading,
    too_young_text, too_young_late_text, too_old_text, not_citizen_heading,
    not_citizen_text, closed_heading, closed_text, closed_published_heading,
    closed_published_text, not_started_heading, not_started_text,
    enterprise_old_heading, enterprise_old_text, not_first_heading, not_first_text,
    missing_heading, invalid_name_heading, invalid_date_heading, future_date_heading,
    invalid_id_heading, old_cmnd_heading, mismatch_heading, invalid_email_heading,
    invalid_tax_heading, fix_text, old_cmnd_text, mismatch_text,
    // Next steps.
    next_free, next_fee, next_fix, next_come_back, next_too_young_late, next_not_citizen,
    // Notes.
    warn_age, warn_old_certificate, warn_first_unsure, province, province_same, source,
    year_one, year_many, months, date_pattern, date_words, date_read, date_hint,
    email_did_you_mean, email_use,
}

pub fn texts(lang: Lang) -> &'static Texts {
    lang.pick(&VI, &EN, &KM)
}

/// The field's label (its accessible name).
pub fn label(lang: Lang, field: Field) -> &'static str {
    let t = texts(lang);
    match field {
        Field::FullName => t.full_name,
        Field::BirthDate => t.birth_date,
        Field::CitizenId => t.citizen_id,
        Field::Email => t.email,
        Field::Citizenship => t.citizenship,
        Field::BusinessKind => t.business_kind,
        Field::BusinessName => t.business_name,
        Field::TaxCode => t.tax_code,
        Field::Founded => t.founded,
        Field::FirstBizName => t.first_biz_name,
    }
}

/// A plain explanation shown under the field, if it has one.
pub fn hint(lang: Lang, field: Field) -> Option<&'static str> {
    let t = texts(lang);
    match field {
        Field::BirthDate => Some(t.date_hint),
        Field::CitizenId => Some(t.citizen_id_hint),
        Field::Email => Some(t.email_hint),
        Field::Citizenship => Some(t.citizenship_hint),
        Field::TaxCode => Some(t.tax_code_hint),
        Field::Founded => Some(t.founded_hint),
        Field::FirstBizName => Some(t.first_biz_name_hint),
        _ => None,
    }
}

/// Replaces each `{key}` of `template` with its value; unknown keys stay as typed.
pub(super) fn fill(template: &str, vars: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after
            .find('}')
            .and_then(|close| Some((close, vars.iter().find(|(k, _)| *k == &after[..close])?)))
        {
            Some((close, (_, value))) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// An amount in đồng: `10.000 ₫` (vi, km) or `10,000 ₫` (en), with a no-break
/// space so the sign never wraps away from the number.
pub fn vnd(amount: u64, lang: Lang) -> String {
    let separator = lang.pick('.', ',', '.');
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out.push_str("\u{a0}₫");
    out
}

/// A date as the language writes it: `31/12/2025`, `31 December 2025`, `31 ធ្នូ 2025`.
pub fn date(d: Date, lang: Lang) -> String {
    date_as(texts(lang).date_pattern, d, lang)
}

/// A typed date echoed in words, so the visitor sees how it was read:
/// "Đã hiểu: 15 tháng 6 năm 2007", "Read as: 15 June 2007".
pub fn date_read(d: Date, lang: Lang) -> String {
    let t = texts(lang);
    fill(t.date_read, &[("date", date_as(t.date_words, d, lang))])
}

fn month_name(month: u8, lang: Lang) -> &'static str {
    texts(lang)
        .months
        .split(',')
        .nth(usize::from(month).saturating_sub(1))
        .unwrap_or("")
}

fn date_as(pattern: &str, d: Date, lang: Lang) -> String {
    let vars = [
        ("day", d.day.to_string()),
        ("dd", format!("{:02}", d.day)),
        ("month", month_name(d.month, lang).to_owned()),
        ("mm", format!("{:02}", d.month)),
        ("year", d.year.to_string()),
    ];
    fill(pattern, &vars)
}

/// `2 years`, `1 year`, `2 năm`, `2 ឆ្នាំ`.
pub fn years(n: u32, lang: Lang) -> String {
    let t = texts(lang);
    fill(
        if n == 1 { t.year_one } else { t.year_many },
        &[("n", n.to_string())],
    )
}

/// The legal sources in one line, "Source:" once: "Source: Thông tư 20/2023/TT-BTC
/// (1 June 2023); Thông tư 64/2025/TT-BTC (30 June 2025)".
pub fn sources_line(lang: Lang, sources: &[LegalSource]) -> String {
    let list = sources
        .iter()
        .map(|s| format!("{} ({})", s.title, date(s.date, lang)))
        .collect::<Vec<_>>()
        .join("; ");
    if list.is_empty() {
        return list;
    }
    fill(texts(lang).source, &[("list", list)])
}

/// What to tell the visitor about one field's problem: what to do, in plain words.
pub fn field_error(lang: Lang, field: Field, error: FieldError) -> String {
    let t = texts(lang);
    let count = |n: usize| vec![("count", n.to_string())];
    let (template, vars) = match error {
        FieldError::Missing => (
            match field {
                Field::FullName => t.name_missing,
                Field::BirthDate => t.birth_missing,
                Field::CitizenId => t.id_missing,
                Field::Email => t.email_invalid,
                Field::Citizenship => t.citizenship_unticked,
                Field::BusinessKind => t.kind_missing,
                Field::BusinessName => t.business_name_missing,
                Field::TaxCode => t.code_missing,
                Field::Founded => t.founded_missing,
                Field::FirstBizName => t.first_biz_missing,
            },
            vec![],
        ),
        FieldError::TooLong => (t.too_long, vec![]),
        FieldError::Invalid => (
            match field {
                Field::Email => t.email_invalid,
                Field::BusinessName => t.business_name_invalid,
                _ => t.name_invalid,
            },
            vec![],
        ),
        FieldError::Date(e) => (
            match e {
                DateError::Format => t.date_format,
                DateError::ShortYear => t.date_short_year,
                DateError::NoSuchMonth(n) => {
                    return fill(t.date_no_such_month, &[("n", n.to_string())])
                }
                DateError::DayNotInMonth { month, year } => {
                    let days = crate::date::days_in_month(year, month);
                    let vars = [
                        ("month", month_name(month, lang).to_owned()),
                        ("year", year.to_string()),
                        ("days", days.to_string()),
                    ];
                    return fill(t.date_not_in_month, &vars);
                }
                DateError::NoSuchDay => t.date_no_such_day,
                DateError::Future if field == Field::BirthDate => t.birth_future,
                DateError::Future => t.founded_future,
                DateError::Before1900 => t.date_before_1900,
            },
            vec![],
        ),
        FieldError::Id(e) | FieldError::HouseholdCode(HouseholdCodeError::PersonalId(e)) => {
            match (e, error) {
                (CccdError::OldCmnd, _) => (t.id_old_cmnd, vec![]),
                (CccdError::Empty, _) => (t.id_missing, vec![]),
                (_, FieldError::HouseholdCode(_)) => (t.household_id_invalid, vec![]),
                (CccdError::NotDigits, _) => (t.id_not_digits, vec![]),
                (CccdError::Length(n), _) => (t.id_length, count(n)),
                (CccdError::UnknownProvince, _) => (t.id_province, vec![]),
            }
        }
        FieldError::IdBirthMismatch(m) => (
            if field == Field::CitizenId {
                t.id_mismatch_id
            } else {
                t.id_mismatch_birth
            },
            vec![("year", m.id_year.to_string())],
        ),
        FieldError::TaxCode(e) | FieldError::HouseholdCode(HouseholdCodeError::TaxCode(e)) => {
            match e {
                TaxCodeError::Empty => (t.code_missing, vec![]),
                TaxCodeError::NotDigits => (t.tax_not_digits, vec![]),
                TaxCodeError::Length(n) => (t.tax_length, count(n)),
                TaxCodeError::ZeroSerial | TaxCodeError::CheckDigit => (t.tax_typo, vec![]),
                TaxCodeError::ZeroBranch => (t.tax_zero_branch, vec![]),
            }
        }
        FieldError::HouseholdCode(HouseholdCodeError::Empty) => (t.code_missing, vec![]),
        FieldError::HouseholdCode(HouseholdCodeError::Unrecognised) => {
            (t.household_unrecognised, vec![])
        }
        FieldError::NotConfirmed => (t.citizenship_unticked, vec![]),
    };
    fill(template, &vars)
}

/// An outcome in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeText {
    /// The answer itself.
    pub heading: String,
    /// One short explanation.
    pub explanation: String,
    /// What to do next.
    pub next_step: String,
    /// Near the end of the offer (eligible outcomes): how many days are left and
    /// why to register now.
    pub soon: Option<String>,
    /// Warnings and the province of the ID number, one line each.
    pub notes: Vec<String>,
}

pub fn outcome_text(lang: Lang, outcome: &Outcome) -> OutcomeText {
    let t = texts(lang);
    let d = &outcome.details;
    let when = |day: Option<Date>| day.map(|day| date(day, lang)).unwrap_or_default();
    let (min, max) = d.age_bounds.map_or((0, 0), |b| (b.min, b.max));
    // The visitor's last free day; "as last published" when it is the window's
    // unconfirmed end.
    let until = match d.free_until {
        Some(day) if day < d.window.until => date(day, lang),
        _ => super::offer::end_date(lang, d.window.until, d.window.until_confirmed),
    };
    let soon = d
        .days_left
        .and_then(crate::programme::countdown)
        .map(|n| super::offer::soon(lang, n, &until));
    let vars = [
        ("zone", outcome.program.zone().to_owned()),
        ("until", until),
        ("from", when(d.eligible_from)),
        ("start", date(d.window.from, lang)),
        ("ends", date(d.window.until, lang)),
        ("min", min.to_string()),
        ("max", max.to_string()),
        ("years", years(u32::from(d.free_years), lang)),
        (
            "limit",
            years(d.enterprise_max_age_years.unwrap_or(0), lang),
        ),
        ("fee", vnd(d.fee.registration, lang)),
        ("yearly", vnd(d.fee.yearly, lang)),
    ];
    let too_young_soon = d.eligible_from.is_some();
    let (heading, explanation) = match outcome.reason {
        Reason::Eligible => (t.eligible_heading, t.eligible_text),
        Reason::LikelyEligible => (t.likely_heading, t.likely_text),
        Reason::TooYoung if too_young_soon => (t.age_heading, t.too_young_text),
        Reason::TooYoung => (t.age_heading, t.too_young_late_text),
        Reason::TooOld => (t.age_heading, t.too_old_text),
        Reason::NotCitizen => (t.not_citizen_heading, t.not_citizen_text),
        Reason::ProgrammeClosed if d.window.until_confirmed => (t.closed_heading, t.closed_text),
        Reason::ProgrammeClosed => (t.closed_published_heading, t.closed_published_text),
        Reason::ProgrammeNotStarted => (t.not_started_heading, t.not_started_text),
        Reason::EnterpriseTooOld => (t.enterprise_old_heading, t.enterprise_old_text),
        Reason::NotFirstBizName => (t.not_first_heading, t.not_first_text),
        Reason::MissingField => (t.missing_heading, t.fix_text),
        Reason::InvalidName => (t.invalid_name_heading, t.fix_text),
        Reason::InvalidDate => (t.invalid_date_heading, t.fix_text),
        Reason::FutureDate => (t.future_date_heading, t.fix_text),
        Reason::InvalidId => (t.invalid_id_heading, t.fix_text),
        Reason::OldCmnd => (t.old_cmnd_heading, t.old_cmnd_text),
        Reason::IdBirthMismatch => (t.mismatch_heading, t.mismatch_text),
        Reason::InvalidEmail => (t.invalid_email_heading, t.fix_text),
        Reason::InvalidTaxCode => (t.invalid_tax_heading, t.fix_text),
    };
    let next = match outcome.next_step() {
        NextStep::ChooseFreeName => t.next_free,
        NextStep::ChooseNameAtFee => t.next_fee,
        NextStep::FixFields => t.next_fix,
        NextStep::NoName if outcome.reason == Reason::NotCitizen => t.next_not_citizen,
        NextStep::NoName if too_young_soon => t.next_come_back,
        NextStep::NoName => t.next_too_young_late,
    };
    let mut notes: Vec<String> = d
        .warnings
        .iter()
        .map(|w| match *w {
            Warning::AgeLimitUnconfirmed { from } => fill(
                t.warn_age,
                &[("from", date(from, lang)), ("max", max.to_string())],
            ),
            Warning::OldCertificate => t.warn_old_certificate.to_owned(),
            Warning::FirstBizNameUnsure => t.warn_first_unsure.to_owned(),
        })
        .collect();
    // The province coded in the ID number helps only where the number and the date
    // of birth disagree (it says which digits were read), not as news about oneself.
    if let Some(p) = d
        .province
        .filter(|_| outcome.reason == Reason::IdBirthMismatch)
    {
        let template = if p.name == p.current {
            t.province_same
        } else {
            t.province
        };
        notes.push(fill(
            template,
            &[
                ("name", p.name.to_owned()),
                ("current", p.current.to_owned()),
            ],
        ));
    }
    OutcomeText {
        heading: fill(heading, &vars),
        explanation: fill(explanation, &vars),
        next_step: fill(next, &vars),
        soon,
        notes,
    }
}

pub static VI: Texts = Texts {
    full_name: "Họ và tên",
    birth_date: "Ngày sinh",
    citizen_id: "Số định danh cá nhân (số CCCD)",
    citizen_id_hint: "12 chữ số trên thẻ căn cước hoặc trong ứng dụng VNeID. Số này chỉ được kiểm tra trên máy của bạn, không gửi đi đâu.",
    email: "Thư điện tử",
    email_hint: "Không bắt buộc.",
    citizenship: "Tôi là công dân Việt Nam",
    citizenship_hint: "Tên miền id.vn chỉ dành cho công dân Việt Nam. Tiện ích này không kiểm tra quốc tịch; nhà đăng ký sẽ xác minh danh tính khi bạn đăng ký.",
    business_kind: "Loại hình kinh doanh",
    enterprise: "Doanh nghiệp",
    household: "Hộ kinh doanh",
    business_name: "Tên doanh nghiệp hoặc hộ kinh doanh",
    tax_code: "Mã số thuế",
    tax_code_hint: "Doanh nghiệp: mã số doanh nghiệp 10 chữ số (chi nhánh: 13 chữ số). Hộ kinh doanh: số định danh cá nhân 12 chữ số của người đại diện, mã số thuế, hoặc số giấy chứng nhận đăng ký hộ kinh doanh.",
    founded: "Ngày thành lập",
    founded_hint: "Ngày cấp giấy chứng nhận đăng ký doanh nghiệp lần đầu, dạng ngày/tháng/năm (ví dụ 15/06/2025). Hộ kinh doanh có thể để trống.",
    first_biz_name: "Đây có phải tên miền biz.vn đầu tiên của doanh nghiệp hoặc hộ kinh doanh không?",
    first_biz_name_hint: "Chỉ tên miền biz.vn đăng ký mới đầu tiên được miễn phí.",
    yes: "Đúng, đây là tên miền biz.vn đầu tiên",
    no: "Không, đã có tên miền biz.vn",
    not_sure: "Tôi không chắc",
    check: "Kiểm tra",

    too_long: "Nội dung quá dài. Vui lòng kiểm tra lại những gì đã nhập.",
    name_missing: "Nhập họ và tên như trên thẻ căn cước.",
    name_invalid: "Họ và tên chỉ gồm chữ cái và dấu cách, như trên thẻ căn cước.",
    business_name_missing: "Nhập tên doanh nghiệp hoặc hộ kinh doanh.",
    business_name_invalid: "Tên cần có ít nhất một chữ cái hoặc chữ số.",
    birth_missing: "Nhập ngày sinh của bạn, dạng ngày/tháng/năm (ví dụ 15/06/2007).",
    founded_missing: "Nhập ngày thành lập ghi trên giấy chứng nhận đăng ký doanh nghiệp.",
    date_format: "Không đọc được ngày này. Nhập theo dạng ngày/tháng/năm, ví dụ 15/06/2007 (hoặc 15062007).",
    date_short_year: "Nhập năm đủ 4 chữ số, ví dụ 15/06/2007.",
    date_no_such_month: "Không có tháng {n}. Nhập ngày trước, rồi tháng, rồi năm: ví dụ 15/06/2007.",
    date_not_in_month: "Tháng {month} năm {year} chỉ có {days} ngày. Kiểm tra lại ngày.",
    date_no_such_day: "Ngày này không có trong lịch. Kiểm tra lại ngày và tháng.",
    birth_future: "Ngày sinh không thể ở tương lai. Kiểm tra lại năm sinh.",
    founded_future: "Ngày thành lập không thể ở tương lai. Kiểm tra lại ngày trên giấy chứng nhận.",
    date_before_1900: "Năm này trước năm 1900. Kiểm tra lại năm.",
    id_missing: "Nhập 12 chữ số của số định danh cá nhân (trên thẻ căn cước hoặc trong VNeID).",
    id_not_digits: "Chỉ nhập chữ số: số định danh cá nhân gồm 12 chữ số.",
    id_length: "Bạn đã nhập {count} chữ số; số định danh cá nhân có 12 chữ số. Đối chiếu lại với thẻ căn cước.",
    id_old_cmnd: "Đây là số chứng minh nhân dân 9 chữ số, đã hết giá trị. Nhập số định danh cá nhân 12 chữ số trên thẻ căn cước hoặc trong VNeID.",
    id_province: "Ba chữ số đầu không phải mã tỉnh, thành phố nào. Đối chiếu lại với thẻ căn cước.",
    id_mismatch_id: "Chữ số thứ 4 đến thứ 6 của số này cho biết năm sinh {year}, không khớp với ngày sinh. Kiểm tra lại các chữ số này.",
    id_mismatch_birth: "Số định danh cá nhân cho biết bạn sinh năm {year}. Kiểm tra lại năm sinh.",
    email_invalid: "Nhập địa chỉ thư điện tử dạng ten@example.vn, hoặc để trống.",
    citizenship_unticked: "Đánh dấu ô này nếu bạn là công dân Việt Nam.",
    kind_missing: "Chọn Doanh nghiệp hoặc Hộ kinh doanh.",
    code_missing: "Nhập mã số thuế hoặc mã số hộ kinh doanh.",
    tax_not_digits: "Chỉ nhập chữ số, ví dụ 0312345678 hoặc 0312345678-001.",
    tax_length: "Bạn đã nhập {count} chữ số; mã số thuế có 10 chữ số (chi nhánh: 13 chữ số). Đối chiếu lại với giấy chứng nhận.",
    tax_typo: "Mã số này không tồn tại, có thể đã gõ nhầm một chữ số. Đối chiếu lại với giấy chứng nhận đăng ký.",
    tax_zero_branch: "Ba chữ số cuối (mã chi nhánh) không thể là 000. Kiểm tra lại, hoặc chỉ nhập 10 chữ số đầu.",
    household_id_invalid: "Số 12 chữ số này không phải số định danh cá nhân hợp lệ. Kiểm tra lại ba chữ số đầu.",
    household_unrecognised: "Nhập mã số hộ kinh doanh: số định danh cá nhân 12 chữ số của người đại diện, mã số thuế 10 hoặc 13 chữ số, hoặc số trên giấy chứng nhận (ví dụ 01R8017431).",
    first_biz_missing: "Chọn một câu trả lời.",

    eligible_heading: "Bạn có thể nhận tên miền {zone} miễn phí đến hết ngày {until}",
    eligible_text: "Hãy đăng ký trước thời hạn này: tên miền được miễn phí {years} kể từ ngày cấp, sau đó phí duy trì là {yearly} mỗi năm.",
    likely_heading: "Nhiều khả năng bạn được nhận tên miền {zone} miễn phí đến hết ngày {until}",
    likely_text: "Ưu đãi dành cho người từ đủ {min} đến {max} tuổi. Người đã tròn {max} tuổi có còn được miễn phí không thì chưa được xác nhận: nhà đăng ký sẽ kiểm tra khi bạn đăng ký.",
    age_heading: "Ưu đãi này dành cho người từ {min} đến {max} tuổi",
    too_young_text: "Bạn tròn {min} tuổi vào ngày {from}. Từ ngày đó đến hết ngày {ends}, bạn có thể nhận tên miền id.vn miễn phí.",
    too_young_late_text: "Ưu đãi kết thúc vào ngày {ends}, trước khi bạn tròn {min} tuổi.",
    too_old_text: "Theo ngày sinh bạn đã nhập, vào ngày được xét bạn đã quá {max} tuổi.",
    not_citizen_heading: "Tên miền id.vn dành cho công dân Việt Nam",
    not_citizen_text: "Nếu bạn là công dân Việt Nam, hãy đánh dấu vào ô xác nhận.",
    closed_heading: "Ưu đãi miễn phí đã kết thúc vào ngày {ends}",
    closed_text: "Tên miền {zone} được miễn phí từ ngày {start} đến hết ngày {ends}. Nếu có ưu đãi mới, trang chính thức của chương trình và các nhà đăng ký sẽ thông báo: hãy kiểm tra ở đó trước khi trả phí.",
    closed_published_heading: "Theo thông tin công bố gần nhất, ưu đãi miễn phí kết thúc vào ngày {ends}",
    closed_published_text: "Tên miền {zone} được miễn phí từ ngày {start} đến hết ngày {ends} theo thông tin công bố gần nhất. Tiện ích này không biết ưu đãi đã được gia hạn hay chưa: hãy hỏi nhà đăng ký hoặc xem trang chính thức của chương trình trước khi trả phí.",
    not_started_heading: "Ưu đãi miễn phí bắt đầu từ ngày {start}",
    not_started_text: "Từ ngày đó, bạn có thể kiểm tra lại và nhận tên miền {zone} miễn phí.",
    enterprise_old_heading: "Ưu đãi dành cho doanh nghiệp thành lập trong vòng {limit}",
    enterprise_old_text: "Tính đến hôm nay, doanh nghiệp của bạn đã thành lập hơn {limit}.",
    not_first_heading: "Chỉ tên miền biz.vn đầu tiên được miễn phí",
    not_first_text: "Ưu đãi chỉ áp dụng cho tên miền biz.vn đăng ký mới đầu tiên của mỗi doanh nghiệp, hộ kinh doanh.",
    missing_heading: "Còn thiếu một vài thông tin",
    invalid_name_heading: "Vui lòng kiểm tra lại tên",
    invalid_date_heading: "Vui lòng kiểm tra lại ngày",
    future_date_heading: "Ngày đã nhập nằm ở tương lai",
    invalid_id_heading: "Vui lòng kiểm tra lại số định danh cá nhân",
    old_cmnd_heading: "Hãy dùng số định danh cá nhân 12 chữ số",
    mismatch_heading: "Số định danh cá nhân và ngày sinh không khớp nhau",
    invalid_email_heading: "Vui lòng kiểm tra lại địa chỉ thư điện tử",
    invalid_tax_heading: "Vui lòng kiểm tra lại mã số",
    fix_text: "Cách sửa được ghi ngay dưới từng ô cần sửa.",
    old_cmnd_text: "Chứng minh nhân dân 9 số không còn giá trị từ ngày 01/01/2025. Số định danh cá nhân 12 chữ số có trên thẻ căn cước và trong ứng dụng VNeID.",
    mismatch_text: "Chữ số thứ 4 đến thứ 6 của số định danh cá nhân cho biết thế kỷ và năm sinh, nên phải khớp với ngày sinh.",

    next_free: "Bước tiếp theo: chọn tên miền của bạn.",
    next_fee: "Bạn vẫn có thể tiếp tục chọn và đăng ký tên miền {zone} với phí thông thường: {fee} khi đăng ký, sau đó {yearly} mỗi năm.",
    next_fix: "Sửa các ô được đánh dấu rồi kiểm tra lại.",
    next_come_back: "Hãy quay lại từ ngày {from}.",
    next_too_young_late: "Khi đủ {min} tuổi, bạn có thể đăng ký tên miền id.vn với phí thông thường.",
    next_not_citizen: "Các tên miền .vn khác có thể đăng ký qua các nhà đăng ký tên miền.",

    warn_age: "Từ ngày {from} (khi bạn tròn {max} tuổi), nhà đăng ký sẽ xác nhận bạn còn được miễn phí hay không.",
    warn_old_certificate: "Đây có vẻ là số giấy chứng nhận cũ. Nhà đăng ký có thể đề nghị mã số hộ kinh doanh hiện tại (số định danh cá nhân của người đại diện).",
    warn_first_unsure: "Chỉ tên miền biz.vn đầu tiên được miễn phí; nhà đăng ký sẽ kiểm tra doanh nghiệp của bạn đã có tên miền biz.vn chưa.",
    province: "Ba chữ số đầu của số bạn nhập là mã của {name} (nay thuộc {current}). Nếu đó không phải nơi bạn đăng ký khai sinh, có thể số đã bị nhập nhầm.",
    province_same: "Ba chữ số đầu của số bạn nhập là mã của {name}. Nếu đó không phải nơi bạn đăng ký khai sinh, có thể số đã bị nhập nhầm.",
    source: "Căn cứ: {list}",
    year_one: "{n} năm",
    year_many: "{n} năm",
    months: "1,2,3,4,5,6,7,8,9,10,11,12",
    date_pattern: "{dd}/{mm}/{year}",
    date_words: "{day} tháng {month} năm {year}",
    date_read: "Đã hiểu: {date}",
    date_hint: "Ngày/tháng/năm, ví dụ 15/06/2007.",
    email_did_you_mean: "Có phải bạn muốn nhập {address}?",
    email_use: "Dùng địa chỉ này",
};

pub static EN: Texts = Texts {
    full_name: "Full name",
    birth_date: "Date of birth",
    citizen_id: "Citizen ID number",
    citizen_id_hint: "The 12 digits on your citizen ID card or in the VNeID app. The number is checked on your device only and sent nowhere.",
    email: "E-mail",
    email_hint: "Optional.",
    citizenship: "I am a Vietnamese citizen",
    citizenship_hint: "id.vn names are only for Vietnamese citizens. This assistant cannot check citizenship; the registrar verifies your identity when you register.",
    business_kind: "Type of business",
    enterprise: "Enterprise",
    household: "Household business",
    business_name: "Business name",
    tax_code: "Tax code",
    tax_code_hint: "Enterprise: the 10-digit enterprise code (a branch has 13 digits). Household business: the representative's 12-digit personal ID number, the tax code, or the household business certificate number.",
    founded: "Date of establishment",
    founded_hint: "The date of the first enterprise registration certificate, as day/month/year (for example 15/06/2025). Household businesses may leave this empty.",
    first_biz_name: "Is this the business's first biz.vn name?",
    first_biz_name_hint: "Only the first newly registered biz.vn name is free.",
    yes: "Yes, it is the first",
    no: "No, it already has a biz.vn name",
    not_sure: "I am not sure",
    check: "Check",

    too_long: "This is far too long. Please check what you typed.",
    name_missing: "Type your full name as on your citizen ID card.",
    name_invalid: "Use letters and spaces only, as on your citizen ID card.",
    business_name_missing: "Type the name of the enterprise or household business.",
    business_name_invalid: "The name needs at least one letter or digit.",
    birth_missing: "Type your date of birth as day/month/year (for example 15/06/2007).",
    founded_missing: "Type the date of establishment shown on the enterprise registration certificate.",
    date_format: "This date could not be read. Type it as day/month/year, for example 15/06/2007 (or 15062007).",
    date_short_year: "Type the year with all 4 digits, for example 15/06/2007.",
    date_no_such_month: "There is no month {n}. Type the day first, then the month, then the year: for example 15/06/2007.",
    date_not_in_month: "{month} {year} has only {days} days. Check the day.",
    date_no_such_day: "This day is not in the calendar. Check the day and the month.",
    birth_future: "A date of birth cannot be in the future. Check the year.",
    founded_future: "A date of establishment cannot be in the future. Check the date on the certificate.",
    date_before_1900: "This year is before 1900. Check the year.",
    id_missing: "Type the 12 digits of your personal ID number (on your citizen ID card or in VNeID).",
    id_not_digits: "Type digits only: the personal ID number has 12 digits.",
    id_length: "You typed {count} digits; the personal ID number has 12. Compare it with your card.",
    id_old_cmnd: "This is an old 9-digit identity card number, which is no longer valid. Type the 12-digit number on your citizen ID card or in VNeID.",
    id_province: "The first three digits are not a province code. Compare them with your card.",
    id_mismatch_id: "Digits 4 to 6 of this number say you were born in {year}, which does not match your date of birth. Check these digits.",
    id_mismatch_birth: "Your ID number says you were born in {year}. Check the year of your date of birth.",
    email_invalid: "Type an e-mail address such as name@example.vn, or leave this empty.",
    citizenship_unticked: "Tick this box if you are a Vietnamese citizen.",
    kind_missing: "Choose Enterprise or Household business.",
    code_missing: "Type the tax code or the household business code.",
    tax_not_digits: "Type digits only, for example 0312345678 or 0312345678-001.",
    tax_length: "You typed {count} digits; a tax code has 10 digits (13 for a branch). Compare it with the certificate.",
    tax_typo: "This code does not exist; a digit is probably mistyped. Compare it with the registration certificate.",
    tax_zero_branch: "The last three digits (the branch number) cannot be 000. Check them, or type only the first 10 digits.",
    household_id_invalid: "This 12-digit number is not a valid personal ID number. Check the first three digits.",
    household_unrecognised: "Type the household business code: the representative's 12-digit personal ID number, a 10- or 13-digit tax code, or the number on the certificate (for example 01R8017431).",
    first_biz_missing: "Choose an answer.",

    eligible_heading: "You can get a free {zone} name until {until}",
    eligible_text: "Register by then: the name is free for {years} from the day it is granted, then costs {yearly} a year.",
    likely_heading: "You can probably get a free {zone} name until {until}",
    likely_text: "The offer is for people aged {min} to {max}. Whether it still covers people who have turned {max} is not confirmed: the registrar checks when you register.",
    age_heading: "This offer is for people aged {min} to {max}",
    too_young_text: "You turn {min} on {from}. From that day until {ends} you can get a free id.vn name.",
    too_young_late_text: "The offer ends on {ends}, before you turn {min}.",
    too_old_text: "By the date of birth you typed, you are past {max} on the day checked.",
    not_citizen_heading: "id.vn names are for Vietnamese citizens",
    not_citizen_text: "If you are a Vietnamese citizen, tick the confirmation box.",
    closed_heading: "The free offer ended on {ends}",
    closed_text: "{zone} names were free from {start} to {ends}. A new offer would be announced on the programme's official site and by the registrars: check there before you pay.",
    closed_published_heading: "The free offer was last published to end on {ends}",
    closed_published_text: "{zone} names were free from {start} to {ends}, as last published. Whether it has been extended is not known here: ask the registrar or check the programme's official site before you pay.",
    not_started_heading: "The free offer starts on {start}",
    not_started_text: "From that day you can check again and get a free {zone} name.",
    enterprise_old_heading: "The offer is for enterprises founded within {limit}",
    enterprise_old_text: "Your enterprise was founded more than {limit} ago.",
    not_first_heading: "Only a business's first biz.vn name is free",
    not_first_text: "The offer covers one newly registered biz.vn name per enterprise or household business: the first.",
    missing_heading: "A few details are missing",
    invalid_name_heading: "Please check the name",
    invalid_date_heading: "Please check the date",
    future_date_heading: "A date is in the future",
    invalid_id_heading: "Please check the citizen ID number",
    old_cmnd_heading: "Please use your 12-digit personal ID number",
    mismatch_heading: "The ID number and the date of birth do not match",
    invalid_email_heading: "Please check the e-mail address",
    invalid_tax_heading: "Please check the code",
    fix_text: "What to change is written under each marked field.",
    old_cmnd_text: "The 9-digit identity card number has not been valid since 1 January 2025. Your 12-digit personal ID number is on your citizen ID card and in the VNeID app.",
    mismatch_text: "Digits 4 to 6 of a personal ID number give the century and year of birth, so they must match the date of birth.",

    next_free: "Next: choose your name.",
    next_fee: "You can still go on and register a name under {zone} at the normal fee: {fee} to register, then {yearly} a year.",
    next_fix: "Correct the marked fields, then check again.",
    next_come_back: "Come back on {from}.",
    next_too_young_late: "Once you are {min}, you can register an id.vn name at the normal fee.",
    next_not_citizen: "Other .vn names can be registered through a domain name registrar.",

    warn_age: "From {from} (when you turn {max}), the registrar confirms whether you still qualify.",
    warn_old_certificate: "This looks like an old certificate number. The registrar may ask for the current household business code (the representative's personal ID number).",
    warn_first_unsure: "Only the first biz.vn name is free; the registrar checks whether your business already has one.",
    province: "The first three digits you typed are the code of {name} (now part of {current}). If that is not where your birth was registered, the number may be mistyped.",
    province_same: "The first three digits you typed are the code of {name}. If that is not where your birth was registered, the number may be mistyped.",
    source: "Source: {list}",
    year_one: "{n} year",
    year_many: "{n} years",
    months: "January,February,March,April,May,June,July,August,September,October,November,December",
    date_pattern: "{day} {month} {year}",
    date_words: "{day} {month} {year}",
    date_read: "Read as: {date}",
    date_hint: "Day/month/year, for example 15/06/2007.",
    email_did_you_mean: "Did you mean {address}?",
    email_use: "Use this address",
};

pub static KM: Texts = Texts {
    full_name: "ឈ្មោះពេញ",
    birth_date: "ថ្ងៃខែឆ្នាំកំណើត",
    citizen_id: "លេខអត្តសញ្ញាណប័ណ្ណពលរដ្ឋ",
    citizen_id_hint: "លេខ 12 ខ្ទង់នៅលើអត្តសញ្ញាណប័ណ្ណពលរដ្ឋ ឬក្នុងកម្មវិធី VNeID។ លេខនេះត្រូវបានពិនិត្យតែនៅលើឧបករណ៍របស់អ្នកប៉ុណ្ណោះ ហើយមិនត្រូវបានផ្ញើទៅណាទេ។",
    email: "អ៊ីមែល",
    email_hint: "ស្រេចចិត្ត។",
    citizenship: "ខ្ញុំជាពលរដ្ឋវៀតណាម",
    citizenship_hint: "ឈ្មោះដែន id.vn សម្រាប់តែពលរដ្ឋវៀតណាមប៉ុណ្ណោះ។ កម្មវិធីជំនួយនេះមិនអាចពិនិត្យសញ្ជាតិបានទេ អ្នកចុះឈ្មោះនឹងផ្ទៀងផ្ទាត់អត្តសញ្ញាណរបស់អ្នកនៅពេលចុះឈ្មោះ។",
    business_kind: "ប្រភេទអាជីវកម្ម",
    enterprise: "សហគ្រាស",
    household: "អាជីវកម្មគ្រួសារ",
    business_name: "ឈ្មោះអាជីវកម្ម",
    tax_code: "លេខអត្តសញ្ញាណកម្មសារពើពន្ធ",
    tax_code_hint: "សហគ្រាស៖ លេខកូដសហគ្រាស 10 ខ្ទង់ (សាខាមាន 13 ខ្ទង់)។ អាជីវកម្មគ្រួសារ៖ លេខអត្តសញ្ញាណ 12 ខ្ទង់របស់អ្នកតំណាង លេខពន្ធ ឬលេខវិញ្ញាបនបត្រចុះបញ្ជីអាជីវកម្មគ្រួសារ។",
    founded: "ថ្ងៃបង្កើត",
    founded_hint: "ថ្ងៃចេញវិញ្ញាបនបត្រចុះបញ្ជីសហគ្រាសលើកដំបូង ជាទម្រង់ ថ្ងៃ/ខែ/ឆ្នាំ (ឧទាហរណ៍ 15/06/2025)។ អាជីវកម្មគ្រួសារអាចទុកទទេបាន។",
    first_biz_name: "តើនេះជាឈ្មោះដែន biz.vn ដំបូងរបស់អាជីវកម្មនេះឬទេ?",
    first_biz_name_hint: "មានតែឈ្មោះដែន biz.vn ដែលចុះឈ្មោះថ្មីដំបូងប៉ុណ្ណោះដែលឥតគិតថ្លៃ។",
    yes: "បាទ/ចាស នេះជាឈ្មោះដំបូង",
    no: "ទេ មានឈ្មោះដែន biz.vn រួចហើយ",
    not_sure: "ខ្ញុំមិនប្រាកដទេ",
    check: "ពិនិត្យ",

    too_long: "អត្ថបទនេះវែងពេក។ សូមពិនិត្យអ្វីដែលអ្នកបានវាយម្តងទៀត។",
    name_missing: "សូមវាយឈ្មោះពេញរបស់អ្នកដូចនៅលើអត្តសញ្ញាណប័ណ្ណ។",
    name_invalid: "សូមប្រើតែអក្សរ និងដកឃ្លា ដូចនៅលើអត្តសញ្ញាណប័ណ្ណ។",
    business_name_missing: "សូមវាយឈ្មោះសហគ្រាស ឬអាជីវកម្មគ្រួសារ។",
    business_name_invalid: "ឈ្មោះត្រូវមានអក្សរ ឬលេខយ៉ាងហោចណាស់មួយ។",
    birth_missing: "សូមវាយថ្ងៃខែឆ្នាំកំណើតរបស់អ្នក ជាទម្រង់ ថ្ងៃ/ខែ/ឆ្នាំ (ឧទាហរណ៍ 15/06/2007)។",
    founded_missing: "សូមវាយថ្ងៃបង្កើតដែលមាននៅលើវិញ្ញាបនបត្រចុះបញ្ជីសហគ្រាស។",
    date_format: "មិនអាចអានកាលបរិច្ឆេទនេះបានទេ។ សូមវាយជាទម្រង់ ថ្ងៃ/ខែ/ឆ្នាំ ឧទាហរណ៍ 15/06/2007 (ឬ 15062007)។",
    date_short_year: "សូមវាយឆ្នាំឲ្យគ្រប់ 4 ខ្ទង់ ឧទាហរណ៍ 15/06/2007។",
    date_no_such_month: "គ្មានខែទី {n} ទេ។ សូមវាយថ្ងៃមុន បន្ទាប់មកខែ រួចឆ្នាំ៖ ឧទាហរណ៍ 15/06/2007។",
    date_not_in_month: "ខែ{month} ឆ្នាំ {year} មានតែ {days} ថ្ងៃប៉ុណ្ណោះ។ សូមពិនិត្យថ្ងៃម្តងទៀត។",
    date_no_such_day: "ថ្ងៃនេះមិនមាននៅក្នុងប្រតិទិនទេ។ សូមពិនិត្យថ្ងៃ និងខែម្តងទៀត។",
    birth_future: "ថ្ងៃខែឆ្នាំកំណើតមិនអាចនៅពេលអនាគតបានទេ។ សូមពិនិត្យឆ្នាំម្តងទៀត។",
    founded_future: "ថ្ងៃបង្កើតមិនអាចនៅពេលអនាគតបានទេ។ សូមពិនិត្យថ្ងៃនៅលើវិញ្ញាបនបត្រម្តងទៀត។",
    date_before_1900: "ឆ្នាំនេះមុនឆ្នាំ 1900។ សូមពិនិត្យឆ្នាំម្តងទៀត។",
    id_missing: "សូមវាយលេខអត្តសញ្ញាណ 12 ខ្ទង់ (នៅលើអត្តសញ្ញាណប័ណ្ណពលរដ្ឋ ឬក្នុង VNeID)។",
    id_not_digits: "សូមវាយតែលេខប៉ុណ្ណោះ៖ លេខអត្តសញ្ញាណមាន 12 ខ្ទង់។",
    id_length: "អ្នកបានវាយ {count} ខ្ទង់ ប៉ុន្តែលេខអត្តសញ្ញាណមាន 12 ខ្ទង់។ សូមផ្ទៀងផ្ទាត់ជាមួយប័ណ្ណរបស់អ្នក។",
    id_old_cmnd: "នេះជាលេខអត្តសញ្ញាណប័ណ្ណចាស់ 9 ខ្ទង់ ដែលលែងមានសុពលភាពហើយ។ សូមវាយលេខ 12 ខ្ទង់នៅលើអត្តសញ្ញាណប័ណ្ណពលរដ្ឋ ឬក្នុង VNeID។",
    id_province: "លេខបីខ្ទង់ដំបូងមិនមែនជាលេខកូដខេត្តទេ។ សូមផ្ទៀងផ្ទាត់ជាមួយប័ណ្ណរបស់អ្នក។",
    id_mismatch_id: "ខ្ទង់ទី 4 ដល់ទី 6 នៃលេខនេះបង្ហាញថាអ្នកកើតនៅឆ្នាំ {year} ដែលមិនត្រូវនឹងថ្ងៃខែឆ្នាំកំណើតទេ។ សូមពិនិត្យខ្ទង់ទាំងនេះម្តងទៀត។",
    id_mismatch_birth: "លេខអត្តសញ្ញាណរបស់អ្នកបង្ហាញថាអ្នកកើតនៅឆ្នាំ {year}។ សូមពិនិត្យឆ្នាំកំណើតម្តងទៀត។",
    email_invalid: "សូមវាយអាសយដ្ឋានអ៊ីមែលដូចជា name@example.vn ឬទុកទទេ។",
    citizenship_unticked: "សូមធីកប្រអប់នេះ ប្រសិនបើអ្នកជាពលរដ្ឋវៀតណាម។",
    kind_missing: "សូមជ្រើសរើស សហគ្រាស ឬ អាជីវកម្មគ្រួសារ។",
    code_missing: "សូមវាយលេខពន្ធ ឬលេខកូដអាជីវកម្មគ្រួសារ។",
    tax_not_digits: "សូមវាយតែលេខប៉ុណ្ណោះ ឧទាហរណ៍ 0312345678 ឬ 0312345678-001។",
    tax_length: "អ្នកបានវាយ {count} ខ្ទង់ ប៉ុន្តែលេខពន្ធមាន 10 ខ្ទង់ (សាខាមាន 13 ខ្ទង់)។ សូមផ្ទៀងផ្ទាត់ជាមួយវិញ្ញាបនបត្រ។",
    tax_typo: "លេខនេះមិនមានទេ ប្រហែលជាវាយខុសមួយខ្ទង់។ សូមផ្ទៀងផ្ទាត់ជាមួយវិញ្ញាបនបត្រចុះបញ្ជី។",
    tax_zero_branch: "លេខបីខ្ទង់ចុងក្រោយ (លេខសាខា) មិនអាចជា 000 បានទេ។ សូមពិនិត្យម្តងទៀត ឬវាយតែ 10 ខ្ទង់ដំបូង។",
    household_id_invalid: "លេខ 12 ខ្ទង់នេះមិនមែនជាលេខអត្តសញ្ញាណត្រឹមត្រូវទេ។ សូមពិនិត្យលេខបីខ្ទង់ដំបូងម្តងទៀត។",
    household_unrecognised: "សូមវាយលេខកូដអាជីវកម្មគ្រួសារ៖ លេខអត្តសញ្ញាណ 12 ខ្ទង់របស់អ្នកតំណាង លេខពន្ធ 10 ឬ 13 ខ្ទង់ ឬលេខនៅលើវិញ្ញាបនបត្រ (ឧទាហរណ៍ 01R8017431)។",
    first_biz_missing: "សូមជ្រើសរើសចម្លើយមួយ។",

    eligible_heading: "អ្នកអាចទទួលបានឈ្មោះដែន {zone} ឥតគិតថ្លៃរហូតដល់ថ្ងៃ {until}",
    eligible_text: "សូមចុះឈ្មោះមុនថ្ងៃនោះ៖ ឈ្មោះដែននឹងឥតគិតថ្លៃរយៈពេល {years} គិតពីថ្ងៃដែលវាត្រូវបានផ្តល់ឱ្យ បន្ទាប់មកតម្លៃ {yearly} ក្នុងមួយឆ្នាំ។",
    likely_heading: "អ្នកប្រហែលជាអាចទទួលបានឈ្មោះដែន {zone} ឥតគិតថ្លៃរហូតដល់ថ្ងៃ {until}",
    likely_text: "ការផ្តល់ជូននេះសម្រាប់អ្នកដែលមានអាយុពី {min} ដល់ {max} ឆ្នាំ។ មិនទាន់មានការបញ្ជាក់ថាអ្នកដែលមានអាយុគ្រប់ {max} ឆ្នាំហើយនៅតែមានសិទ្ធិឬទេ៖ អ្នកចុះឈ្មោះនឹងពិនិត្យនៅពេលអ្នកចុះឈ្មោះ។",
    age_heading: "ការផ្តល់ជូននេះសម្រាប់អ្នកដែលមានអាយុពី {min} ដល់ {max} ឆ្នាំ",
    too_young_text: "អ្នកនឹងមានអាយុគ្រប់ {min} ឆ្នាំនៅថ្ងៃ {from}។ ចាប់ពីថ្ងៃនោះរហូតដល់ថ្ងៃ {ends} អ្នកអាចទទួលបានឈ្មោះដែន id.vn ឥតគិតថ្លៃ។",
    too_young_late_text: "ការផ្តល់ជូននេះបញ្ចប់នៅថ្ងៃ {ends} មុនពេលអ្នកមានអាយុគ្រប់ {min} ឆ្នាំ។",
    too_old_text: "តាមថ្ងៃខែឆ្នាំកំណើតដែលអ្នកបានវាយ អ្នកមានអាយុលើស {max} ឆ្នាំនៅថ្ងៃដែលបានពិនិត្យ។",
    not_citizen_heading: "ឈ្មោះដែន id.vn សម្រាប់ពលរដ្ឋវៀតណាម",
    not_citizen_text: "ប្រសិនបើអ្នកជាពលរដ្ឋវៀតណាម សូមធីកប្រអប់បញ្ជាក់។",
    closed_heading: "ការផ្តល់ជូនឥតគិតថ្លៃបានបញ្ចប់នៅថ្ងៃ {ends}",
    closed_text: "ឈ្មោះដែន {zone} ឥតគិតថ្លៃពីថ្ងៃ {start} ដល់ថ្ងៃ {ends}។ ប្រសិនបើមានការផ្តល់ជូនថ្មី គេហទំព័រផ្លូវការរបស់កម្មវិធី និងអ្នកចុះឈ្មោះនឹងប្រកាស៖ សូមពិនិត្យនៅទីនោះមុនពេលបង់ប្រាក់។",
    closed_published_heading: "តាមការប្រកាសចុងក្រោយ ការផ្តល់ជូនឥតគិតថ្លៃបញ្ចប់នៅថ្ងៃ {ends}",
    closed_published_text: "ឈ្មោះដែន {zone} ឥតគិតថ្លៃពីថ្ងៃ {start} ដល់ថ្ងៃ {ends} តាមការប្រកាសចុងក្រោយ។ យើងមិនដឹងថាវាត្រូវបានពន្យារឬអត់ទេ៖ សូមសួរអ្នកចុះឈ្មោះ ឬពិនិត្យគេហទំព័រផ្លូវការរបស់កម្មវិធីមុនពេលបង់ប្រាក់។",
    not_started_heading: "ការផ្តល់ជូនឥតគិតថ្លៃចាប់ផ្តើមនៅថ្ងៃ {start}",
    not_started_text: "ចាប់ពីថ្ងៃនោះ អ្នកអាចពិនិត្យម្តងទៀត ហើយទទួលបានឈ្មោះដែន {zone} ឥតគិតថ្លៃ។",
    enterprise_old_heading: "ការផ្តល់ជូននេះសម្រាប់សហគ្រាសដែលបានបង្កើតក្នុងរយៈពេល {limit}",
    enterprise_old_text: "សហគ្រាសរបស់អ្នកត្រូវបានបង្កើតលើសពី {limit} មកហើយ។",
    not_first_heading: "មានតែឈ្មោះដែន biz.vn ដំបូងរបស់អាជីវកម្មប៉ុណ្ណោះដែលឥតគិតថ្លៃ",
    not_first_text: "ការផ្តល់ជូននេះអនុវត្តចំពោះឈ្មោះដែន biz.vn ដែលចុះឈ្មោះថ្មីដំបូងតែមួយគត់ របស់សហគ្រាស ឬអាជីវកម្មគ្រួសារនីមួយៗ។",
    missing_heading: "នៅខ្វះព័ត៌មានមួយចំនួន",
    invalid_name_heading: "សូមពិនិត្យឈ្មោះម្តងទៀត",
    invalid_date_heading: "សូមពិនិត្យកាលបរិច្ឆេទម្តងទៀត",
    future_date_heading: "កាលបរិច្ឆេទមួយស្ថិតនៅពេលអនាគត",
    invalid_id_heading: "សូមពិនិត្យលេខអត្តសញ្ញាណម្តងទៀត",
    old_cmnd_heading: "សូមប្រើលេខអត្តសញ្ញាណ 12 ខ្ទង់របស់អ្នក",
    mismatch_heading: "លេខអត្តសញ្ញាណ និងថ្ងៃខែឆ្នាំកំណើតមិនត្រូវគ្នាទេ",
    invalid_email_heading: "សូមពិនិត្យអាសយដ្ឋានអ៊ីមែលម្តងទៀត",
    invalid_tax_heading: "សូមពិនិត្យលេខកូដម្តងទៀត",
    fix_text: "របៀបកែត្រូវបានសរសេរនៅក្រោមប្រអប់នីមួយៗដែលបានសម្គាល់។",
    old_cmnd_text: "លេខអត្តសញ្ញាណប័ណ្ណចាស់ 9 ខ្ទង់លែងមានសុពលភាពចាប់ពីថ្ងៃទី 1 ខែមករា ឆ្នាំ 2025។ លេខអត្តសញ្ញាណ 12 ខ្ទង់មាននៅលើអត្តសញ្ញាណប័ណ្ណពលរដ្ឋ និងក្នុងកម្មវិធី VNeID។",
    mismatch_text: "ខ្ទង់ទី 4 ដល់ទី 6 នៃលេខអត្តសញ្ញាណបង្ហាញសតវត្ស និងឆ្នាំកំណើត ដូច្នេះត្រូវតែត្រូវនឹងថ្ងៃខែឆ្នាំកំណើត។",

    next_free: "ជំហានបន្ទាប់៖ ជ្រើសរើសឈ្មោះដែនរបស់អ្នក។",
    next_fee: "អ្នកនៅតែអាចបន្ត ហើយចុះឈ្មោះឈ្មោះដែន {zone} ក្នុងតម្លៃធម្មតា៖ {fee} ពេលចុះឈ្មោះ បន្ទាប់មក {yearly} ក្នុងមួយឆ្នាំ។",
    next_fix: "សូមកែប្រអប់ដែលបានសម្គាល់ រួចពិនិត្យម្តងទៀត។",
    next_come_back: "សូមត្រឡប់មកវិញនៅថ្ងៃ {from}។",
    next_too_young_late: "នៅពេលអ្នកមានអាយុគ្រប់ {min} ឆ្នាំ អ្នកអាចចុះឈ្មោះឈ្មោះដែន id.vn ក្នុងតម្លៃធម្មតា។",
    next_not_citizen: "ឈ្មោះដែន .vn ផ្សេងទៀតអាចចុះឈ្មោះបានតាមរយៈអ្នកចុះឈ្មោះឈ្មោះដែន។",

    warn_age: "ចាប់ពីថ្ងៃ {from} (នៅពេលអ្នកមានអាយុគ្រប់ {max} ឆ្នាំ) អ្នកចុះឈ្មោះនឹងបញ្ជាក់ថាតើអ្នកនៅតែមានសិទ្ធិឬទេ។",
    warn_old_certificate: "នេះហាក់ដូចជាលេខវិញ្ញាបនបត្រចាស់។ អ្នកចុះឈ្មោះអាចស្នើសុំលេខកូដអាជីវកម្មគ្រួសារបច្ចុប្បន្ន (លេខអត្តសញ្ញាណរបស់អ្នកតំណាង)។",
    warn_first_unsure: "មានតែឈ្មោះដែន biz.vn ដំបូងប៉ុណ្ណោះដែលឥតគិតថ្លៃ អ្នកចុះឈ្មោះនឹងពិនិត្យថាតើអាជីវកម្មរបស់អ្នកមានឈ្មោះដែន biz.vn រួចហើយឬនៅ។",
    province: "លេខបីខ្ទង់ដំបូងដែលអ្នកបានវាយ គឺជាលេខកូដរបស់ {name} (ឥឡូវជាផ្នែកនៃ {current})។ បើនោះមិនមែនជាកន្លែងដែលកំណើតរបស់អ្នកបានចុះបញ្ជីទេ លេខនេះប្រហែលជាវាយខុស។",
    province_same: "លេខបីខ្ទង់ដំបូងដែលអ្នកបានវាយ គឺជាលេខកូដរបស់ {name}។ បើនោះមិនមែនជាកន្លែងដែលកំណើតរបស់អ្នកបានចុះបញ្ជីទេ លេខនេះប្រហែលជាវាយខុស។",
    source: "ប្រភព៖ {list}",
    year_one: "{n} ឆ្នាំ",
    year_many: "{n} ឆ្នាំ",
    months: "មករា,កុម្ភៈ,មីនា,មេសា,ឧសភា,មិថុនា,កក្កដា,សីហា,កញ្ញា,តុលា,វិច្ឆិកា,ធ្នូ",
    date_pattern: "{day} {month} {year}",
    date_words: "ថ្ងៃទី {day} ខែ{month} ឆ្នាំ {year}",
    date_read: "យល់ថា៖ {date}",
    date_hint: "ថ្ងៃ/ខែ/ឆ្នាំ ឧទាហរណ៍ 15/06/2007។",
    email_did_you_mean: "តើអ្នកចង់មានន័យថា {address} មែនទេ?",
    email_use: "ប្រើអាសយដ្ឋាននេះ",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cccd::{BirthMismatch, Suspect};
    use crate::eligibility::{
        judge_business, judge_citizen, BusinessForm, CitizenForm, OutcomeKind,
    };
    use crate::programme::builtin;

    fn day(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    fn placeholders(s: &str) -> Vec<&str> {
        let mut keys: Vec<&str> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(k, _)| k))
            .collect();
        keys.sort_unstable();
        keys
    }

    #[test]
    fn english_labels_are_the_contracts_accessible_names() {
        let en = |f| label(Lang::En, f);
        assert_eq!(en(Field::FullName), "Full name");
        assert_eq!(en(Field::BirthDate), "Date of birth");
        assert_eq!(en(Field::CitizenId), "Citizen ID number");
        assert_eq!(en(Field::Email), "E-mail");
        assert_eq!(en(Field::BusinessName), "Business name");
        assert_eq!(en(Field::TaxCode), "Tax code");
        assert_eq!(en(Field::Founded), "Date of establishment");
        assert_eq!(
            (EN.enterprise, EN.household),
            ("Enterprise", "Household business")
        );
    }

    #[test]
    fn every_language_has_every_text_with_the_same_placeholders() {
        let (vi, en, km) = (VI.all(), EN.all(), KM.all());
        for ((name, v), ((_, e), (_, k))) in vi.iter().zip(en.iter().zip(km.iter())) {
            for text in [v, e, k] {
                assert!(!text.trim().is_empty(), "{name} is empty");
            }
            if !["date_pattern", "date_words"].contains(name) {
                assert_eq!(placeholders(v), placeholders(e), "{name}: en placeholders");
                assert_eq!(placeholders(v), placeholders(k), "{name}: km placeholders");
            }
            let khmer = k.chars().any(|c| ('\u{1780}'..='\u{17FF}').contains(&c));
            assert!(
                khmer || *name == "date_pattern",
                "{name} is not translated into Khmer"
            );
            assert!(
                !e.to_lowercase().contains("error"),
                "{name}: no \"Error\" in texts"
            );
        }
        assert_eq!(VI.months.split(',').count(), 12);
        assert_eq!(EN.months.split(',').count(), 12);
        assert_eq!(KM.months.split(',').count(), 12);
    }

    #[test]
    fn a_typed_date_is_echoed_in_words_and_refusals_say_what_is_wrong() {
        let june = day("2007-06-15");
        assert_eq!(date_read(june, Lang::Vi), "Đã hiểu: 15 tháng 6 năm 2007");
        assert_eq!(date_read(june, Lang::En), "Read as: 15 June 2007");
        assert_eq!(date_read(june, Lang::Km), "យល់ថា៖ ថ្ងៃទី 15 ខែមិថុនា ឆ្នាំ 2007");
        let said = |lang, typed| {
            let e = Date::parse_typed(typed).unwrap_err();
            field_error(lang, Field::BirthDate, FieldError::Date(e))
        };
        assert_eq!(
            said(Lang::En, "29/02/2023"),
            "February 2023 has only 28 days. Check the day."
        );
        assert_eq!(
            said(Lang::Vi, "31/04/2007"),
            "Tháng 4 năm 2007 chỉ có 30 ngày. Kiểm tra lại ngày."
        );
        assert!(
            said(Lang::En, "06/15/2007").starts_with("There is no month 15. Type the day first")
        );
        assert!(said(Lang::Km, "06/15/2007").starts_with("គ្មានខែទី 15 ទេ"));
        assert!(said(Lang::Vi, "15/06/07").contains("4 chữ số"));
        assert!(said(Lang::En, "June 15").contains("day/month/year"));
    }

    #[test]
    fn amounts_and_dates_are_written_the_local_way() {
        assert_eq!(vnd(10_000, Lang::Vi), "10.000\u{a0}₫");
        assert_eq!(vnd(10_000, Lang::En), "10,000\u{a0}₫");
        assert_eq!(vnd(250_000, Lang::Km), "250.000\u{a0}₫");
        assert_eq!(vnd(1_234_567, Lang::Vi), "1.234.567\u{a0}₫");
        assert_eq!(vnd(0, Lang::En), "0\u{a0}₫");
        assert_eq!(vnd(999, Lang::En), "999\u{a0}₫");
        assert_eq!(date(day("2025-12-31"), Lang::Vi), "31/12/2025");
        assert_eq!(date(day("2023-06-01"), Lang::Vi), "01/06/2023");
        assert_eq!(date(day("2023-06-01"), Lang::En), "1 June 2023");
        assert_eq!(date(day("2025-12-31"), Lang::Km), "31 ធ្នូ 2025");
        let sources = &builtin().id.sources;
        let line = sources_line(Lang::En, sources);
        assert!(
            line.starts_with("Source: Thông tư 20/2023/TT-BTC (1 June 2023); "),
            "{line}"
        );
        assert_eq!(line.matches("Source").count(), 1, "said once: {line}");
        assert_eq!(line.matches("; ").count(), sources.len() - 1);
        assert_eq!(sources_line(Lang::Vi, &[]), "");
    }

    #[test]
    fn placeholders_are_filled_and_stray_braces_kept() {
        let vars = [("a", "1".to_owned())];
        assert_eq!(fill("{a} and {b} and {", &vars), "1 and {b} and {");
        assert_eq!(fill("{a}{a}}", &vars), "11}");
    }

    #[test]
    fn headings_are_the_answer() {
        let rules = builtin();
        let form = |birth: &str, id: &str| CitizenForm {
            full_name: "Nguyễn Văn An".into(),
            birth_date: birth.into(),
            citizen_id: id.into(),
            email: String::new(),
            citizenship_confirmed: true,
        };
        // A 21-year-old on 3 December 2026, with no date attribute: the built-in
        // data (TT 64/2025/TT-BTC) keeps id.vn free to the end of 2026.
        let o = judge_citizen(
            &form("2005-03-10", "084205001234"),
            &rules,
            day("2026-12-03"),
        );
        let t = outcome_text(Lang::En, &o);
        assert_eq!(
            t.heading,
            "You can get a free id.vn name until 31 December 2026"
        );
        assert_eq!(t.explanation, "Register by then: the name is free for 2 years from the day it is granted, then costs 50,000\u{a0}₫ a year.");
        assert_eq!(
            t.soon.as_deref(),
            Some(
                "28 days left: the name must be granted by 31 December 2026 to be free. \
                 Identity checks (eKYC) at the registrar take time, so register now."
            )
        );
        // The province coded in the number is no news here: only with a mismatch.
        assert!(t.notes.is_empty(), "{:?}", t.notes);
        let mismatch = judge_citizen(
            &form("2005-03-10", "084204001234"),
            &rules,
            day("2026-12-03"),
        );
        assert_eq!(
            outcome_text(Lang::En, &mismatch).notes,
            ["The first three digits you typed are the code of Trà Vinh (now part of Vĩnh Long). \
              If that is not where your birth was registered, the number may be mistyped."]
        );
        assert_eq!(
            outcome_text(Lang::Vi, &o).heading,
            "Bạn có thể nhận tên miền id.vn miễn phí đến hết ngày 31/12/2026"
        );
        // Not near the end: no countdown.
        let o = judge_citizen(
            &form("2005-03-10", "084205001234"),
            &rules,
            day("2025-11-24"),
        );
        assert_eq!(outcome_text(Lang::En, &o).soon, None);

        let o = judge_citizen(
            &form("2001-11-24", "084201001234"),
            &rules,
            day("2025-11-24"),
        );
        let t = outcome_text(Lang::En, &o);
        assert_eq!(t.heading, "This offer is for people aged 18 to 23");
        assert_eq!(t.next_step, "You can still go on and register a name under id.vn at the normal fee: 10,000\u{a0}₫ to register, then 50,000\u{a0}₫ a year.");

        // biz.vn's end is only as last published: said so, and where to confirm.
        let o = judge_business(&BusinessForm::default(), &rules, day("2026-12-03"));
        assert_eq!(
            outcome_text(Lang::Vi, &o).heading,
            "Theo thông tin công bố gần nhất, ưu đãi miễn phí kết thúc vào ngày 31/12/2025"
        );
        let en = outcome_text(Lang::En, &o);
        assert_eq!(
            en.heading,
            "The free offer was last published to end on 31 December 2025"
        );
        assert_eq!(en.explanation, "biz.vn names were free from 1 June 2023 to 31 December 2025, as last published. Whether it has been extended is not known here: ask the registrar or check the programme's official site before you pay.");
        assert!(!en.explanation.contains("announced"));
        assert!(outcome_text(Lang::Vi, &o)
            .next_step
            .contains("100.000\u{a0}₫ khi đăng ký, sau đó 250.000\u{a0}₫ mỗi năm"));
    }

    #[test]
    fn the_outcome_counts_down_the_last_45_days_then_says_the_offer_ended() {
        let rules = builtin();
        let form = CitizenForm {
            full_name: "Nguyễn Văn An".into(),
            birth_date: "2005-03-10".into(),
            citizen_id: "084205001234".into(),
            email: String::new(),
            citizenship_confirmed: true,
        };
        let at = |today: &str| judge_citizen(&form, &rules, day(today));
        for (today, starts) in [
            ("2026-11-16", ["Còn 45 ngày", "45 days left", "នៅសល់ 45 ថ្ងៃ"]),
            ("2026-12-30", ["Còn 1 ngày", "1 day left", "នៅសល់ 1 ថ្ងៃ"]),
            (
                "2026-12-31",
                [
                    "Hôm nay, 31/12/2026",
                    "Today, 31 December 2026",
                    "ថ្ងៃនេះ 31 ធ្នូ 2026",
                ],
            ),
        ] {
            let o = at(today);
            assert_eq!(o.reason, Reason::Eligible, "{today}");
            for (lang, start) in Lang::ALL.into_iter().zip(starts) {
                let soon = outcome_text(lang, &o).soon.unwrap_or_default();
                assert!(soon.starts_with(start), "{lang:?} {today}: {soon}");
                assert!(soon.contains("eKYC"), "{lang:?} {today}: {soon}");
            }
        }
        assert_eq!(outcome_text(Lang::En, &at("2026-11-15")).soon, None);
        // The day after: the window's end was confirmed, so it ended; the normal fee.
        let o = at("2027-01-01");
        assert_eq!(o.reason, Reason::ProgrammeClosed);
        let t = outcome_text(Lang::En, &o);
        assert_eq!(t.heading, "The free offer ended on 31 December 2026");
        assert_eq!(t.soon, None);
        assert!(t.explanation.contains("official site"), "{}", t.explanation);
        assert!(t.next_step.contains("normal fee"), "{}", t.next_step);
        // A visitor whose age limit comes first counts down to their own last day.
        let older = CitizenForm {
            birth_date: "2002-12-20".into(),
            citizen_id: "084202001234".into(),
            ..form.clone()
        };
        let o = judge_citizen(&older, &rules, day("2026-12-03"));
        assert_eq!(o.details.free_until, Some(day("2026-12-19")));
        let soon = outcome_text(Lang::En, &o).soon.unwrap();
        assert!(
            soon.starts_with("16 days left: the name must be granted by 19 December 2026"),
            "{soon}"
        );
    }

    #[test]
    fn the_too_young_hear_when_to_come_back_and_non_citizens_what_else_there_is() {
        let rules = builtin();
        let form = |birth: &str, id: &str, citizen: bool| CitizenForm {
            full_name: "Nguyễn Văn An".into(),
            birth_date: birth.into(),
            citizen_id: id.into(),
            email: String::new(),
            citizenship_confirmed: citizen,
        };
        let said = |f: CitizenForm| {
            let o = judge_citizen(&f, &rules, day("2026-12-03"));
            let t = outcome_text(Lang::En, &o);
            (o.reason, t.explanation, t.next_step)
        };
        // 18 on 20 December 2026, before the offer ends: come back then.
        assert_eq!(
            said(form("2008-12-20", "084208001234", true)),
            (
                Reason::TooYoung,
                "You turn 18 on 20 December 2026. From that day until 31 December 2026 \
                 you can get a free id.vn name."
                    .into(),
                "Come back on 20 December 2026.".into()
            )
        );
        // 18 only after it ends: the normal fee then.
        assert_eq!(
            said(form("2009-05-01", "084209001234", true)),
            (
                Reason::TooYoung,
                "The offer ends on 31 December 2026, before you turn 18.".into(),
                "Once you are 18, you can register an id.vn name at the normal fee.".into()
            )
        );
        assert_eq!(
            said(form("2005-03-10", "084205001234", false)),
            (
                Reason::NotCitizen,
                "If you are a Vietnamese citizen, tick the confirmation box.".into(),
                "Other .vn names can be registered through a domain name registrar.".into()
            )
        );
    }

    #[test]
    fn a_last_free_day_that_is_the_windows_unconfirmed_end_is_said_as_published() {
        // A new enterprise in December 2025: free to biz.vn's end, which is only as
        // last published, so every date of it says so.
        let form = BusinessForm {
            kind: Some(crate::eligibility::BusinessKind::Enterprise),
            business_name: "Công ty TNHH Ví Dụ".into(),
            code: "0314409058".into(),
            founded: "2025-03-01".into(),
            first_biz_name: Some(crate::eligibility::Answer::Yes),
        };
        let o = judge_business(&form, &builtin(), day("2025-12-03"));
        assert_eq!(o.details.free_until, Some(o.details.window.until));
        let t = outcome_text(Lang::En, &o);
        assert_eq!(
            t.heading,
            "You can get a free biz.vn name until 31 December 2025 (as last published)"
        );
        assert!(t.soon.unwrap().starts_with(
            "28 days left: the name must be granted by 31 December 2025 (as last \
                 published) to be free."
        ));
    }

    #[test]
    fn each_field_has_its_own_hint_and_its_own_words_for_a_problem() {
        use std::collections::HashSet;
        use Field::*;
        let hinted = [
            BirthDate,
            CitizenId,
            Email,
            Citizenship,
            TaxCode,
            Founded,
            FirstBizName,
        ];
        for lang in Lang::ALL {
            let hints: Vec<&str> = hinted
                .iter()
                .map(|&f| hint(lang, f).unwrap_or(""))
                .collect();
            assert!(
                hints.iter().all(|h| !h.trim().is_empty()),
                "{lang:?} {hints:?}"
            );
            assert_eq!(hints.iter().collect::<HashSet<_>>().len(), hinted.len());
            // The name fields and the kind of business need no explanation.
            for field in [FullName, BusinessKind, BusinessName] {
                assert_eq!(hint(lang, field), None, "{lang:?} {field:?}");
            }
        }
        assert_eq!(hint(Lang::En, Email), Some("Optional."));
        assert_eq!(
            hint(Lang::En, BirthDate),
            Some("Day/month/year, for example 15/06/2007.")
        );
        // The same problem, told in the words of the field it is in.
        for (field, error, said) in [
            (
                Email,
                FieldError::Invalid,
                "Type an e-mail address such as name@example.vn, or leave this empty.",
            ),
            (
                BusinessName,
                FieldError::Invalid,
                "The name needs at least one letter or digit.",
            ),
            (
                FullName,
                FieldError::Invalid,
                "Use letters and spaces only, as on your citizen ID card.",
            ),
            (
                BirthDate,
                FieldError::Date(DateError::Future),
                "A date of birth cannot be in the future. Check the year.",
            ),
            (
                Founded,
                FieldError::Date(DateError::Future),
                "A date of establishment cannot be in the future. Check the date on the \
                 certificate.",
            ),
        ] {
            assert_eq!(field_error(Lang::En, field, error), said, "{field:?}");
        }
    }

    #[test]
    fn every_reason_and_field_problem_reads_completely_in_every_language() {
        let rules = builtin();
        let base = judge_citizen(
            &CitizenForm {
                full_name: "An".into(),
                birth_date: "2005-03-10".into(),
                citizen_id: "084205001234".into(),
                email: String::new(),
                citizenship_confirmed: true,
            },
            &rules,
            day("2025-11-24"),
        );
        let mut outcomes = Vec::new();
        for reason in Reason::ALL {
            for from in [None, Some(day("2025-12-01"))] {
                let mut o = base.clone();
                o.reason = reason;
                o.kind = reason.kind();
                o.details.eligible_from = from;
                o.details.enterprise_max_age_years = Some(1);
                o.details.warnings = vec![
                    Warning::AgeLimitUnconfirmed {
                        from: day("2025-12-01"),
                    },
                    Warning::OldCertificate,
                    Warning::FirstBizNameUnsure,
                ];
                outcomes.push(o);
            }
        }
        let mismatch = BirthMismatch {
            id_year: 2004,
            suspect: Suspect::Either,
        };
        let errors = [
            FieldError::Missing,
            FieldError::TooLong,
            FieldError::Invalid,
            FieldError::Date(DateError::Format),
            FieldError::Date(DateError::NoSuchDay),
            FieldError::Date(DateError::ShortYear),
            FieldError::Date(DateError::NoSuchMonth(13)),
            FieldError::Date(DateError::DayNotInMonth {
                month: 2,
                year: 2023,
            }),
            FieldError::Date(DateError::Future),
            FieldError::Date(DateError::Before1900),
            FieldError::Id(CccdError::NotDigits),
            FieldError::Id(CccdError::OldCmnd),
            FieldError::Id(CccdError::Length(11)),
            FieldError::Id(CccdError::UnknownProvince),
            FieldError::IdBirthMismatch(mismatch),
            FieldError::TaxCode(TaxCodeError::NotDigits),
            FieldError::TaxCode(TaxCodeError::Length(9)),
            FieldError::TaxCode(TaxCodeError::ZeroSerial),
            FieldError::TaxCode(TaxCodeError::ZeroBranch),
            FieldError::TaxCode(TaxCodeError::CheckDigit),
            FieldError::HouseholdCode(HouseholdCodeError::Empty),
            FieldError::HouseholdCode(HouseholdCodeError::Unrecognised),
            FieldError::HouseholdCode(HouseholdCodeError::PersonalId(CccdError::OldCmnd)),
            FieldError::HouseholdCode(HouseholdCodeError::PersonalId(CccdError::UnknownProvince)),
            FieldError::HouseholdCode(HouseholdCodeError::TaxCode(TaxCodeError::CheckDigit)),
            FieldError::NotConfirmed,
        ];
        let fields = [
            Field::FullName,
            Field::BirthDate,
            Field::CitizenId,
            Field::Email,
            Field::Citizenship,
            Field::BusinessKind,
            Field::BusinessName,
            Field::TaxCode,
            Field::Founded,
            Field::FirstBizName,
        ];
        for lang in Lang::ALL {
            for o in &outcomes {
                let t = outcome_text(lang, o);
                for s in [&t.heading, &t.explanation, &t.next_step]
                    .into_iter()
                    .chain(&t.soon)
                    .chain(&t.notes)
                {
                    assert!(
                        !s.trim().is_empty() && !s.contains('{'),
                        "{lang:?} {:?}: {s:?}",
                        o.reason
                    );
                }
                if o.kind == OutcomeKind::NeedsInfo {
                    assert_eq!(t.next_step, texts(lang).next_fix);
                }
            }
            for field in fields {
                assert!(!label(lang, field).is_empty());
                for error in errors {
                    let s = field_error(lang, field, error);
                    assert!(
                        !s.trim().is_empty() && !s.contains('{'),
                        "{lang:?} {field:?} {error:?}: {s:?}"
                    );
                }
            }
        }
        assert_eq!(
            field_error(
                Lang::En,
                Field::CitizenId,
                FieldError::Id(CccdError::Length(11))
            ),
            "You typed 11 digits; the personal ID number has 12. Compare it with your card."
        );
        assert_eq!(
            field_error(
                Lang::En,
                Field::BirthDate,
                FieldError::IdBirthMismatch(mismatch)
            ),
            "Your ID number says you were born in 2004. Check the year of your date of birth."
        );
    }
}
