//! Texts of the last step: handing the visitor to a registrar with the chosen name.

use super::eligibility::{vnd, years};
use super::Lang;
use crate::date::Date;
use crate::programme::{Offer, Program, Programmes};

#[derive(Debug)]
pub struct Handoff {
    /// Contains `{domain}`.
    pub heading: &'static str,
    pub intro: &'static str,
    /// Said after each registrar link, for screen readers and everyone.
    pub new_tab: &'static str,
    /// Contains `{domain}`.
    pub copy_name: &'static str,
    pub copied: &'static str,
    /// Above the registrars whose page opens with the name filled in.
    pub with_name: &'static str,
    /// Above the others: why their page does not hold the name, and what to do.
    pub paste_note: &'static str,
    pub checklist_title: &'static str,
    pub checklist_id: &'static [&'static str],
    pub checklist_biz: &'static [&'static str],
    pub no_registrars: &'static str,
    /// The way on to the optional page step.
    pub build_page: &'static str,
    /// The host's survey link, once a registrar was opened.
    pub survey: &'static str,
    /// "What happens next": the title, then the steps (`what_next`).
    pub next_title: &'static str,
    /// `{domain}`.
    pub next_open: &'static str,
    pub next_prove_id: &'static str,
    pub next_prove_biz: &'static str,
    /// While the offer runs: `{years}`; after it: `{registration}`, `{yearly}`.
    pub next_free: &'static str,
    pub next_fee: &'static str,
    /// `{domain}`.
    pub next_wait: &'static str,
    pub next_page: &'static str,
}

impl Lang {
    pub fn handoff(self) -> &'static Handoff {
        self.pick(&VI, &EN, &KM)
    }
}

impl Lang {
    /// What happens after the registrar opens, in order (the end of the step and
    /// the slip): open it, prove who you are, what you pay (nothing for the free
    /// years while the offer runs; the normal fee otherwise), wait for the name to
    /// be granted, then build the page.
    pub fn what_next(
        self,
        program: Program,
        programmes: &Programmes,
        today: Date,
        domain: &str,
    ) -> Vec<String> {
        let (t, lang) = (self.handoff(), self);
        let rules = programmes.get(program);
        let pay = match rules.offer_on(today) {
            Offer::Open { .. } => t
                .next_free
                .replace("{years}", &years(u32::from(rules.free_years), lang)),
            _ => t
                .next_fee
                .replace("{registration}", &vnd(rules.fee.registration, lang))
                .replace("{yearly}", &vnd(rules.fee.yearly, lang)),
        };
        vec![
            t.next_open.replace("{domain}", domain),
            match program {
                Program::Id => t.next_prove_id,
                Program::Biz => t.next_prove_biz,
            }
            .to_owned(),
            pay,
            t.next_wait.replace("{domain}", domain),
            t.next_page.to_owned(),
        ]
    }
}

impl Handoff {
    /// What to have ready to register under `program` (the step and the slip).
    pub fn checklist(&self, program: Program) -> &'static [&'static str] {
        match program {
            Program::Id => self.checklist_id,
            Program::Biz => self.checklist_biz,
        }
    }
}

static VI: Handoff = Handoff {
    heading: "Đăng ký {domain}",
    intro: "Chọn một nhà đăng ký tên miền được VNNIC công nhận. Trang của họ mở trong thẻ mới; bạn đăng ký, xác minh danh tính và nhận tên miền ở đó.",
    new_tab: "(mở trong thẻ mới)",
    copy_name: "Sao chép tên {domain}",
    copied: "Đã sao chép tên miền.",
    with_name: "Mở trang đã điền sẵn tên {domain}:",
    paste_note: "Các nhà đăng ký sau không nhận tên qua đường dẫn, nên trang của họ mở mà chưa có tên: sao chép tên rồi dán vào ô tìm tên miền của họ.",
    checklist_title: "Chuẩn bị trước khi đăng ký",
    checklist_id: &[
        "Thẻ căn cước (CCCD) để chụp ảnh hai mặt và xác thực khuôn mặt (eKYC)",
        "Địa chỉ e-mail bạn đang dùng",
        "Số điện thoại để nhận mã xác nhận",
        "Thường mỗi người chỉ được một tên miền id.vn miễn phí; nhà đăng ký sẽ xác nhận",
    ],
    checklist_biz: &[
        "Giấy chứng nhận đăng ký doanh nghiệp hoặc đăng ký hộ kinh doanh (có mã số thuế)",
        "Căn cước (CCCD) của người đại diện để xác thực (eKYC)",
        "Địa chỉ e-mail và số điện thoại của doanh nghiệp",
    ],
    no_registrars: "Trang này chưa có danh sách nhà đăng ký. Xem danh sách chính thức tại vnnic.vn/nhadangky.",
    build_page: "Làm trang web của bạn trong lúc chờ cấp tên miền (không bắt buộc)",
    survey: "Đăng ký xong? Cho chúng tôi biết bạn thấy thế nào (khảo sát ngắn, mở trong thẻ mới)",
    next_title: "Các bước tiếp theo",
    next_open: "Mở trang một nhà đăng ký; nếu trang chưa có sẵn tên {domain}, hãy dán tên vào ô tìm kiếm của họ.",
    next_prove_id: "Xác minh danh tính theo hướng dẫn của nhà đăng ký: eKYC bằng thẻ căn cước (CCCD) và ảnh chụp khuôn mặt, hoặc bằng VNeID.",
    next_prove_biz: "Xác minh doanh nghiệp theo hướng dẫn của nhà đăng ký: giấy chứng nhận đăng ký và eKYC bằng căn cước (CCCD) của người đại diện.",
    next_free: "Không trả phí trong {years} đầu: theo ưu đãi, tên miền được miễn phí kể từ ngày cấp.",
    next_fee: "Trả phí thông thường cho nhà đăng ký: {registration} khi đăng ký, sau đó {yearly} mỗi năm.",
    next_wait: "Chờ nhà đăng ký báo tên miền {domain} đã được cấp.",
    next_page: "Sau đó, làm trang web của bạn và đưa lên tên miền mới.",
};

static EN: Handoff = Handoff {
    heading: "Register {domain}",
    intro: "Choose a registrar accredited by VNNIC. Their site opens in a new tab; you register, verify your identity and get the name there.",
    new_tab: "(opens in a new tab)",
    copy_name: "Copy the name {domain}",
    copied: "Name copied.",
    with_name: "These open a page with {domain} already filled in:",
    paste_note: "These registrars' pages do not take the name from a link, so they open without it: copy the name, then paste it into their domain search.",
    checklist_title: "Have these ready",
    checklist_id: &[
        "Your citizen ID card (CCCD), for photos of both sides and a face check (eKYC)",
        "An e-mail address you use",
        "A phone number for the confirmation code",
        "Usually one free id.vn name per person; the registrar confirms",
    ],
    checklist_biz: &[
        "The enterprise or household business registration certificate (with its tax code)",
        "The representative's citizen ID card (CCCD) for identity checks (eKYC)",
        "The business's e-mail address and phone number",
    ],
    no_registrars: "This page has no list of registrars yet. See the official list at vnnic.vn/nhadangky.",
    build_page: "Build your page while you wait for the name (optional)",
    survey: "Registered? Tell us how it went (a short survey, opens in a new tab)",
    next_title: "What happens next",
    next_open: "Open a registrar's page. Where it does not already show {domain}, paste the name into its search.",
    next_prove_id: "Prove who you are, as the registrar asks: eKYC with your citizen ID card (CCCD) and a photo of your face, or VNeID.",
    next_prove_biz: "Prove the business, as the registrar asks: its registration certificate, and eKYC with the representative's citizen ID card (CCCD).",
    next_free: "Pay nothing for the first {years}: under the offer the name is free from the day it is granted.",
    next_fee: "Pay the registrar's normal fee: {registration} to register, then {yearly} a year.",
    next_wait: "Wait for the registrar to tell you {domain} is granted.",
    next_page: "Then build your page and put it on your new name.",
};

static KM: Handoff = Handoff {
    heading: "ចុះឈ្មោះ {domain}",
    intro: "ជ្រើសរើសអ្នកចុះឈ្មោះដែនដែលទទួលស្គាល់ដោយ VNNIC។ គេហទំព័ររបស់ពួកគេបើកក្នុងផ្ទាំងថ្មី ហើយអ្នកចុះឈ្មោះ ផ្ទៀងផ្ទាត់អត្តសញ្ញាណ និងទទួលបានឈ្មោះនៅទីនោះ។",
    new_tab: "(បើកក្នុងផ្ទាំងថ្មី)",
    copy_name: "ចម្លងឈ្មោះ {domain}",
    copied: "បានចម្លងឈ្មោះដែន។",
    with_name: "ទាំងនេះបើកទំព័រដែលបានបំពេញ {domain} រួចហើយ៖",
    paste_note: "ទំព័ររបស់អ្នកចុះឈ្មោះខាងក្រោមមិនទទួលឈ្មោះតាមតំណទេ ដូច្នេះវាបើកដោយគ្មានឈ្មោះ៖ សូមចម្លងឈ្មោះ ហើយបិទភ្ជាប់ក្នុងប្រអប់ស្វែងរកដែនរបស់ពួកគេ។",
    checklist_title: "រៀបចំទុកមុនពេលចុះឈ្មោះ",
    checklist_id: &[
        "អត្តសញ្ញាណប័ណ្ណពលរដ្ឋ (CCCD) សម្រាប់ថតរូបទាំងពីរមុខ និងផ្ទៀងផ្ទាត់មុខ (eKYC)",
        "អាសយដ្ឋានអ៊ីមែលដែលអ្នកកំពុងប្រើ",
        "លេខទូរសព្ទសម្រាប់ទទួលលេខកូដបញ្ជាក់",
        "ជាធម្មតាមនុស្សម្នាក់ទទួលបានឈ្មោះ id.vn ឥតគិតថ្លៃតែមួយ៖ អ្នកចុះឈ្មោះនឹងបញ្ជាក់",
    ],
    checklist_biz: &[
        "វិញ្ញាបនបត្រចុះបញ្ជីសហគ្រាស ឬអាជីវកម្មគ្រួសារ (មានលេខអត្តសញ្ញាណកម្មសារពើពន្ធ)",
        "អត្តសញ្ញាណប័ណ្ណ (CCCD) របស់អ្នកតំណាង សម្រាប់ផ្ទៀងផ្ទាត់ (eKYC)",
        "អ៊ីមែល និងលេខទូរសព្ទរបស់អាជីវកម្ម",
    ],
    no_registrars: "ទំព័រនេះមិនទាន់មានបញ្ជីអ្នកចុះឈ្មោះទេ។ សូមមើលបញ្ជីផ្លូវការនៅ vnnic.vn/nhadangky។",
    build_page: "បង្កើតទំព័ររបស់អ្នក ពេលរង់ចាំឈ្មោះ (ស្រេចចិត្ត)",
    survey: "ចុះឈ្មោះរួចហើយ? ប្រាប់យើងពីបទពិសោធន៍របស់អ្នក (ការស្ទង់មតិខ្លី បើកក្នុងផ្ទាំងថ្មី)",
    next_title: "អ្វីដែលត្រូវធ្វើបន្ទាប់",
    next_open: "បើកទំព័ររបស់អ្នកចុះឈ្មោះ។ បើវាមិនទាន់បង្ហាញ {domain} សូមបិទភ្ជាប់ឈ្មោះក្នុងប្រអប់ស្វែងរករបស់ពួកគេ។",
    next_prove_id: "ផ្ទៀងផ្ទាត់អត្តសញ្ញាណតាមការណែនាំរបស់អ្នកចុះឈ្មោះ៖ eKYC ជាមួយអត្តសញ្ញាណប័ណ្ណ (CCCD) និងរូបថតមុខ ឬ VNeID។",
    next_prove_biz: "ផ្ទៀងផ្ទាត់អាជីវកម្មតាមការណែនាំរបស់អ្នកចុះឈ្មោះ៖ វិញ្ញាបនបត្រចុះបញ្ជី និង eKYC ជាមួយ CCCD របស់អ្នកតំណាង។",
    next_free: "មិនបង់ប្រាក់ក្នុង {years} ដំបូង៖ តាមការផ្តល់ជូន ឈ្មោះឥតគិតថ្លៃចាប់ពីថ្ងៃផ្តល់។",
    next_fee: "បង់ថ្លៃធម្មតាឱ្យអ្នកចុះឈ្មោះ៖ {registration} ពេលចុះឈ្មោះ បន្ទាប់មក {yearly} ក្នុងមួយឆ្នាំ។",
    next_wait: "រង់ចាំអ្នកចុះឈ្មោះប្រាប់ថា {domain} ត្រូវបានផ្តល់ហើយ។",
    next_page: "បន្ទាប់មក បង្កើតទំព័ររបស់អ្នក ហើយដាក់វាលើឈ្មោះថ្មី។",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_text_with_its_placeholders() {
        for lang in Lang::ALL {
            let t = lang.handoff();
            for s in [
                t.intro,
                t.new_tab,
                t.copied,
                t.paste_note,
                t.checklist_title,
                t.no_registrars,
                t.build_page,
                t.survey,
            ] {
                assert!(!s.trim().is_empty(), "{lang:?}");
                assert!(!s.contains('{'), "{lang:?}: {s}");
            }
            assert!(
                t.heading.contains("{domain}")
                    && t.copy_name.contains("{domain}")
                    && t.with_name.contains("{domain}"),
                "{lang:?}"
            );
            // CCCD for eKYC, e-mail, phone, and one free id.vn per person.
            assert_eq!(t.checklist_id.len(), 4, "{lang:?}");
            assert!(t.checklist_id[3].contains("id.vn"), "{lang:?}");
            assert_eq!(t.checklist_biz.len(), 3, "{lang:?}");
        }
        assert_ne!(Lang::Km.handoff().intro, Lang::En.handoff().intro);
    }

    #[test]
    fn what_happens_next_is_five_steps_that_say_what_is_paid_on_the_day() {
        let p = crate::programme::builtin();
        let day = |s| Date::parse_iso(s).unwrap();
        let open = Lang::En.what_next(Program::Id, &p, day("2026-12-03"), "an.id.vn");
        assert_eq!(
            open,
            [
                "Open a registrar's page. Where it does not already show an.id.vn, paste the name into its search.",
                "Prove who you are, as the registrar asks: eKYC with your citizen ID card (CCCD) and a photo of your face, or VNeID.",
                "Pay nothing for the first 2 years: under the offer the name is free from the day it is granted.",
                "Wait for the registrar to tell you an.id.vn is granted.",
                "Then build your page and put it on your new name.",
            ]
        );
        // After the window (biz.vn's as last published): the normal fee, never "nothing".
        let biz = Lang::Vi.what_next(Program::Biz, &p, day("2026-12-03"), "coba.biz.vn");
        assert!(biz[1].contains("giấy chứng nhận"), "{biz:?}");
        assert!(biz[2].contains("100.000\u{a0}₫"), "{biz:?}");
        for lang in Lang::ALL {
            for program in Program::ALL {
                let steps = lang.what_next(program, &p, day("2026-12-03"), "a.id.vn");
                assert_eq!(steps.len(), 5);
                assert!(
                    steps
                        .iter()
                        .all(|s| !s.contains('{') && !s.trim().is_empty()),
                    "{steps:?}"
                );
            }
        }
    }
}
