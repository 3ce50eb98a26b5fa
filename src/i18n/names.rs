//! Texts of the name step: suggestions, their statuses, why a name cannot be used.
//! Availability is worded honestly: DNS can only show a name is unused, the
//! registrar confirms it is free.

use super::Lang;
use crate::label::Reason;
use crate::names::Status;

#[derive(Debug)]
pub struct Names {
    pub heading: &'static str,
    pub no_suggestions: &'static str,
    pub nickname_label: &'static str,
    pub nickname_hint: &'static str,
    pub word_label: &'static str,
    /// Examples for id.vn (school, field).
    pub word_hint_id: &'static str,
    /// Examples for biz.vn (place, trade).
    pub word_hint_biz: &'static str,
    pub own_label: &'static str,
    pub own_hint: &'static str,
    pub show_more: &'static str,
    /// Above the optional fields that change the suggestions (after the list).
    pub refine: &'static str,
    pub choose: &'static str,
    /// Beside an unknown status, and once for every unknown name.
    pub retry: &'static str,
    pub retry_all: &'static str,
    pub checking: &'static str,
    pub taken: &'static str,
    pub likely_available: &'static str,
    pub unknown: &'static str,
    pub invalid: &'static str,
    /// Announced once per batch (`aria-live="polite"`).
    pub checking_announce: &'static str,
    pub checked_announce: &'static str,
    pub reason_empty: &'static str,
    pub reason_bad_char: &'static str,
    pub reason_leading_hyphen: &'static str,
    pub reason_trailing_hyphen: &'static str,
    pub reason_double_hyphen: &'static str,
    pub reason_too_long: &'static str,
    pub reason_auction: &'static str,
    pub reason_offensive: &'static str,
    pub reason_protected: &'static str,
}

impl Names {
    /// The short status shown next to a name.
    pub fn status(&self, status: Status) -> &'static str {
        match status {
            Status::Checking => self.checking,
            Status::Taken => self.taken,
            Status::LikelyAvailable => self.likely_available,
            Status::Unknown => self.unknown,
            Status::Invalid(_) => self.invalid,
        }
    }

    /// What rule is broken and what to do.
    pub fn reason(&self, reason: Reason) -> &'static str {
        match reason {
            Reason::Empty => self.reason_empty,
            Reason::BadChar => self.reason_bad_char,
            Reason::LeadingHyphen => self.reason_leading_hyphen,
            Reason::TrailingHyphen => self.reason_trailing_hyphen,
            Reason::DoubleHyphen => self.reason_double_hyphen,
            Reason::TooLong => self.reason_too_long,
            Reason::Auction => self.reason_auction,
            Reason::Offensive => self.reason_offensive,
            Reason::Protected => self.reason_protected,
        }
    }
}

impl Lang {
    pub fn names(self) -> &'static Names {
        self.pick(&VI, &EN, &KM)
    }
}

pub static VI: Names = Names {
    heading: "Tên miền gợi ý",
    no_suggestions: "Nhập tên đầy đủ để xem các tên miền gợi ý.",
    nickname_label: "Biệt danh (không bắt buộc)",
    nickname_hint: "Ví dụ: Bin, Tí",
    word_label: "Từ thêm (không bắt buộc)",
    word_hint_id: "Tên trường hoặc ngành, ví dụ: tvu, dev, design",
    word_hint_biz: "Địa danh hoặc ngành nghề, ví dụ: travinh, cafe",
    own_label: "Hoặc tự nhập tên bạn muốn",
    own_hint: "Chỉ gồm chữ a–z, số 0–9 và dấu gạch ngang (-); dấu tiếng Việt sẽ được bỏ.",
    show_more: "Xem thêm tên",
    refine: "Chưa ưng ý? Đổi gợi ý",
    retry: "Thử lại",
    retry_all: "Thử lại mọi tên chưa rõ",
    choose: "Chọn tên này",
    checking: "Đang kiểm tra…",
    taken: "Đã có người dùng",
    likely_available: "Có thể còn trống — nhà đăng ký sẽ xác nhận",
    unknown: "Chưa kiểm tra được — hãy thử lại hoặc hỏi nhà đăng ký",
    invalid: "Không dùng được",
    checking_announce: "Đang kiểm tra các tên miền gợi ý…",
    checked_announce: "Đã kiểm tra xong các tên miền gợi ý.",
    reason_empty: "Hãy nhập tên bạn muốn dùng: chữ a–z, số 0–9 và dấu gạch ngang.",
    reason_bad_char: "Tên chỉ được có chữ a–z không dấu, số 0–9 và dấu gạch ngang (-). Hãy bỏ các ký tự khác như dấu chấm, gạch dưới hay @.",
    reason_leading_hyphen: "Tên không được bắt đầu bằng dấu gạch ngang. Hãy bỏ dấu “-” ở đầu.",
    reason_trailing_hyphen: "Tên không được kết thúc bằng dấu gạch ngang. Hãy bỏ dấu “-” ở cuối.",
    reason_double_hyphen: "Tên không được có hai dấu gạch ngang liền nhau. Hãy chỉ dùng một dấu “-”.",
    reason_too_long: "Tên dài quá 63 ký tự. Hãy rút ngắn, ví dụ dùng chữ viết tắt.",
    reason_auction: "Tên 1–2 ký tự được bán đấu giá, không thuộc chương trình miễn phí. Hãy chọn tên từ 3 ký tự trở lên.",
    reason_offensive: "Tên này có thể bị hiểu là thô tục, nhất là khi viết không dấu. Hãy chọn tên khác.",
    reason_protected: "Tên này trùng tên được bảo vệ (cơ quan Đảng, Nhà nước, tổ chức chính trị – xã hội, biên giới, hải đảo, di sản). Nhà đăng ký quyết định nhưng thường không cấp; hãy chọn tên khác.",
};

pub static EN: Names = Names {
    heading: "Suggested domain names",
    no_suggestions: "Enter the full name to see suggested domain names.",
    nickname_label: "Nickname (optional)",
    nickname_hint: "For example: Bin, Tí",
    word_label: "Extra word (optional)",
    word_hint_id: "Your school or field, for example: tvu, dev, design",
    word_hint_biz: "A place or trade, for example: travinh, cafe",
    own_label: "Or type the name you want",
    own_hint: "Only letters a–z, digits 0–9 and hyphens (-); Vietnamese diacritics are removed.",
    show_more: "Show more names",
    refine: "Not quite right? Change the suggestions",
    retry: "Try again",
    retry_all: "Try again for every unknown name",
    choose: "Choose this name",
    checking: "Checking…",
    taken: "Already in use",
    likely_available: "Probably free — the registrar confirms",
    unknown: "Could not check — try again or ask the registrar",
    invalid: "Cannot be used",
    checking_announce: "Checking the suggested domain names…",
    checked_announce: "Finished checking the suggested domain names.",
    reason_empty: "Type the name you want to use: letters a–z, digits 0–9 and hyphens.",
    reason_bad_char: "A name may only contain letters a–z without diacritics, digits 0–9 and hyphens (-). Remove other characters such as dots, underscores or @.",
    reason_leading_hyphen: "A name cannot start with a hyphen. Remove the “-” at the start.",
    reason_trailing_hyphen: "A name cannot end with a hyphen. Remove the “-” at the end.",
    reason_double_hyphen: "A name cannot have two hyphens in a row. Use a single “-”.",
    reason_too_long: "The name is longer than 63 characters. Shorten it, for example with initials.",
    reason_auction: "Names of 1 or 2 characters are sold at auction and are not part of the free offer. Choose a name of 3 characters or more.",
    reason_offensive: "This name may read as vulgar, especially without diacritics. Choose another name.",
    reason_protected: "This name matches a protected name (Party or State bodies, socio-political organisations, border areas, islands, heritage sites). The registrar decides but usually refuses it; choose another name.",
};

pub static KM: Names = Names {
    heading: "ឈ្មោះដែនដែលបានណែនាំ",
    no_suggestions: "សូមបញ្ចូលឈ្មោះពេញ ដើម្បីមើលឈ្មោះដែនដែលបានណែនាំ។",
    nickname_label: "ឈ្មោះហៅក្រៅ (ស្រេចចិត្ត)",
    nickname_hint: "ឧទាហរណ៍៖ Bin, Tí",
    word_label: "ពាក្យបន្ថែម (ស្រេចចិត្ត)",
    word_hint_id: "សាលា ឬជំនាញរបស់អ្នក ឧទាហរណ៍៖ tvu, dev, design",
    word_hint_biz: "ទីកន្លែង ឬមុខរបរ ឧទាហរណ៍៖ travinh, cafe",
    own_label: "ឬវាយបញ្ចូលឈ្មោះដែលអ្នកចង់បាន",
    own_hint: "មានតែអក្សរ a–z លេខ 0–9 និងសញ្ញាភ្ជាប់ (-) ប៉ុណ្ណោះ។ វណ្ណយុត្តិភាសាវៀតណាមនឹងត្រូវលុបចេញ។",
    show_more: "បង្ហាញឈ្មោះបន្ថែម",
    refine: "មិនទាន់ពេញចិត្ត? ប្ដូរការណែនាំ",
    retry: "ព្យាយាមម្តងទៀត",
    retry_all: "ព្យាយាមម្តងទៀតសម្រាប់ឈ្មោះដែលមិនទាន់ដឹងទាំងអស់",
    choose: "ជ្រើសរើសឈ្មោះនេះ",
    checking: "កំពុងពិនិត្យ…",
    taken: "មានគេប្រើរួចហើយ",
    likely_available: "ប្រហែលជានៅទំនេរ — អ្នកចុះឈ្មោះនឹងបញ្ជាក់",
    unknown: "មិនអាចពិនិត្យបានទេ — សូមព្យាយាមម្តងទៀត ឬសួរអ្នកចុះឈ្មោះ",
    invalid: "មិនអាចប្រើបានទេ",
    checking_announce: "កំពុងពិនិត្យឈ្មោះដែនដែលបានណែនាំ…",
    checked_announce: "បានពិនិត្យឈ្មោះដែនដែលបានណែនាំរួចរាល់។",
    reason_empty: "សូមវាយបញ្ចូលឈ្មោះដែលអ្នកចង់ប្រើ៖ អក្សរ a–z លេខ 0–9 និងសញ្ញាភ្ជាប់។",
    reason_bad_char: "ឈ្មោះអាចមានតែអក្សរ a–z គ្មានវណ្ណយុត្តិ លេខ 0–9 និងសញ្ញាភ្ជាប់ (-) ប៉ុណ្ណោះ។ សូមលុបតួអក្សរផ្សេងទៀត ដូចជា ចំណុច សញ្ញាគូសក្រោម ឬ @។",
    reason_leading_hyphen: "ឈ្មោះមិនអាចចាប់ផ្តើមដោយសញ្ញាភ្ជាប់បានទេ។ សូមលុប “-” នៅខាងដើម។",
    reason_trailing_hyphen: "ឈ្មោះមិនអាចបញ្ចប់ដោយសញ្ញាភ្ជាប់បានទេ។ សូមលុប “-” នៅខាងចុង។",
    reason_double_hyphen: "ឈ្មោះមិនអាចមានសញ្ញាភ្ជាប់ពីរជាប់គ្នាបានទេ។ សូមប្រើ “-” តែមួយ។",
    reason_too_long: "ឈ្មោះវែងជាង 63 តួអក្សរ។ សូមកាត់ឱ្យខ្លី ឧទាហរណ៍ ដោយប្រើអក្សរកាត់។",
    reason_auction: "ឈ្មោះដែលមាន 1 ឬ 2 តួអក្សរ ត្រូវលក់ដេញថ្លៃ ហើយមិនស្ថិតក្នុងកម្មវិធីឥតគិតថ្លៃទេ។ សូមជ្រើសរើសឈ្មោះដែលមាន 3 តួអក្សរឡើងទៅ។",
    reason_offensive: "ឈ្មោះនេះអាចត្រូវបានយល់ថាអាសអាភាស ជាពិសេសនៅពេលសរសេរគ្មានវណ្ណយុត្តិ។ សូមជ្រើសរើសឈ្មោះផ្សេង។",
    reason_protected: "ឈ្មោះនេះដូចនឹងឈ្មោះដែលត្រូវបានការពារ (ស្ថាប័នបក្ស និងរដ្ឋ អង្គការនយោបាយ-សង្គម តំបន់ព្រំដែន កោះ បេតិកភណ្ឌ)។ អ្នកចុះឈ្មោះជាអ្នកសម្រេច ប៉ុន្តែជាធម្មតាមិនផ្តល់ឱ្យទេ។ សូមជ្រើសរើសឈ្មោះផ្សេង។",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn all(t: &Names) -> Vec<&'static str> {
        let mut texts = vec![
            t.heading,
            t.no_suggestions,
            t.nickname_label,
            t.nickname_hint,
            t.word_label,
            t.word_hint_id,
            t.word_hint_biz,
            t.own_label,
            t.own_hint,
            t.show_more,
            t.refine,
            t.choose,
            t.retry,
            t.retry_all,
            t.checking_announce,
            t.checked_announce,
        ];
        texts.extend(
            [
                Status::Checking,
                Status::Taken,
                Status::LikelyAvailable,
                Status::Unknown,
            ]
            .map(|s| t.status(s)),
        );
        texts.extend(Reason::ALL.map(|r| t.reason(r)));
        texts.push(t.status(Status::Invalid(Reason::Empty)));
        texts
    }

    #[test]
    fn every_language_has_every_text_and_each_reason_its_own() {
        for lang in Lang::ALL {
            let texts = all(lang.names());
            assert!(
                texts.iter().all(|s| !s.trim().is_empty()),
                "{lang:?} has an empty text"
            );
            let mut reasons: Vec<_> = Reason::ALL.map(|r| lang.names().reason(r)).to_vec();
            reasons.sort_unstable();
            reasons.dedup();
            assert_eq!(
                reasons.len(),
                Reason::ALL.len(),
                "{lang:?} repeats a reason text"
            );
        }
        assert_ne!(all(&VI), all(&EN));
        assert_ne!(all(&KM), all(&EN));
        // Khmer texts are Khmer script, not copies of another language.
        assert!(all(&KM)
            .iter()
            .all(|s| s.chars().any(|c| ('\u{1780}'..='\u{17FF}').contains(&c))));
    }

    #[test]
    fn availability_is_never_promised() {
        for lang in Lang::ALL {
            let t = lang.names();
            assert_ne!(t.likely_available, t.taken);
            assert_ne!(t.unknown, t.likely_available);
        }
        assert!(EN.likely_available.contains("registrar"));
        assert!(VI.likely_available.contains("nhà đăng ký"));
        assert!(KM.likely_available.contains("អ្នកចុះឈ្មោះ"));
    }
}
