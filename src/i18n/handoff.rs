//! Texts of the last step: handing the visitor to a registrar with the chosen name.

use super::Lang;
use crate::programme::Program;

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
    /// The starter step's way on.
    pub continue_register: &'static str,
    /// The host's survey link, once a registrar was opened.
    pub survey: &'static str,
}

impl Lang {
    pub fn handoff(self) -> &'static Handoff {
        self.pick(&VI, &EN, &KM)
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
    continue_register: "Tiếp tục: đăng ký tên miền",
    survey: "Đăng ký xong? Cho chúng tôi biết bạn thấy thế nào (khảo sát ngắn, mở trong thẻ mới)",
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
    continue_register: "Continue: register the name",
    survey: "Registered? Tell us how it went (a short survey, opens in a new tab)",
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
    continue_register: "បន្ត៖ ចុះឈ្មោះដែន",
    survey: "ចុះឈ្មោះរួចហើយ? ប្រាប់យើងពីបទពិសោធន៍របស់អ្នក (ការស្ទង់មតិខ្លី បើកក្នុងផ្ទាំងថ្មី)",
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
                t.continue_register,
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
}
