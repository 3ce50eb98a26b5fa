//! Texts of assisted mode: one device, a helper, a queue of people.

use super::Lang;

#[derive(Debug)]
pub struct Assisted {
    pub next_person: &'static str,
    pub next_person_hint: &'static str,
    /// Announced after a wipe.
    pub wiped: &'static str,
    /// Contains `{n}` (seconds).
    pub idle_warning: &'static str,
    pub still_here: &'static str,
    pub tally_show: &'static str,
    pub tally_caption: &'static str,
    pub tally_programme: &'static str,
    pub tally_people: &'static str,
    pub tally_eligible: &'static str,
    pub tally_chosen: &'static str,
    pub tally_handoffs: &'static str,
    pub tally_total: &'static str,
    pub download_csv: &'static str,
    pub qr_show: &'static str,
    /// Contains `{domain}` and `{registrar}`: for a registrar whose link carries
    /// the name (`qr_title`) and one whose link does not (`qr_title_page`).
    pub qr_title: &'static str,
    pub qr_title_page: &'static str,
    pub qr_hint: &'static str,
    /// The printable slip: its button, the label above the name, the registrar
    /// line (contains `{registrar}`).
    pub slip_print: &'static str,
    pub slip_domain: &'static str,
    pub slip_registrar: &'static str,
}

impl Lang {
    pub fn assisted(self) -> &'static Assisted {
        self.pick(&VI, &EN, &KM)
    }
}

static VI: Assisted = Assisted {
    next_person: "Người tiếp theo",
    next_person_hint: "Xoá mọi thứ người vừa rồi đã nhập và bắt đầu lại.",
    wiped: "Đã xoá dữ liệu của người trước. Sẵn sàng cho người tiếp theo.",
    idle_warning: "Không ai thao tác: dữ liệu sẽ được xoá sau {n} giây.",
    still_here: "Tôi vẫn đang dùng",
    tally_show: "Thống kê phiên làm việc",
    tally_caption: "Số lượt trong phiên này (không có thông tin cá nhân)",
    tally_programme: "Chương trình",
    tally_people: "Người được hỗ trợ",
    tally_eligible: "Đủ điều kiện",
    tally_chosen: "Đã chọn tên",
    tally_handoffs: "Đã chuyển đến nhà đăng ký",
    tally_total: "Tổng",
    download_csv: "Tải bảng thống kê (CSV)",
    qr_show: "Mã QR và phiếu để tiếp tục trên điện thoại",
    qr_title: "Mã QR mở {registrar} với tên {domain}",
    qr_title_page: "Mã QR mở trang của {registrar}; trang này chưa điền sẵn tên: hãy nhập {domain} ở đó",
    qr_hint: "Quét bằng camera điện thoại. Mã chỉ chứa đường dẫn đến nhà đăng ký, không có thông tin nào về bạn.",
    slip_print: "In phiếu hướng dẫn",
    slip_domain: "Tên miền của bạn",
    slip_registrar: "Đăng ký tại {registrar}:",
};

static EN: Assisted = Assisted {
    next_person: "Next person",
    next_person_hint: "Wipes everything the last person typed and starts again.",
    wiped: "The previous person's data is wiped. Ready for the next person.",
    idle_warning: "Nobody is using this: everything will be wiped in {n} seconds.",
    still_here: "I am still here",
    tally_show: "Session tally",
    tally_caption: "Counts for this session (nothing personal)",
    tally_programme: "Programme",
    tally_people: "People helped",
    tally_eligible: "Eligible",
    tally_chosen: "Names chosen",
    tally_handoffs: "Sent to a registrar",
    tally_total: "Total",
    download_csv: "Download the tally (CSV)",
    qr_show: "QR code and slip to continue on a phone",
    qr_title: "QR code opening {registrar} with the name {domain}",
    qr_title_page:
        "QR code opening {registrar}'s page, which does not fill in the name: type {domain} there",
    qr_hint:
        "Scan it with a phone camera. It holds only the link to the registrar, nothing about you.",
    slip_print: "Print a slip",
    slip_domain: "Your domain name",
    slip_registrar: "Register it with {registrar}:",
};

// Khmer: a best-effort translation, to be reviewed by a native speaker.
static KM: Assisted = Assisted {
    next_person: "អ្នកបន្ទាប់",
    next_person_hint: "លុបអ្វីៗទាំងអស់ដែលអ្នកមុនបានវាយបញ្ចូល ហើយចាប់ផ្តើមម្តងទៀត។",
    wiped: "ទិន្នន័យរបស់អ្នកមុនត្រូវបានលុប។ រួចរាល់សម្រាប់អ្នកបន្ទាប់។",
    idle_warning: "គ្មាននរណាប្រើ៖ អ្វីៗនឹងត្រូវលុបក្នុងរយៈពេល {n} វិនាទី។",
    still_here: "ខ្ញុំនៅតែប្រើ",
    tally_show: "ស្ថិតិវគ្គ",
    tally_caption: "ចំនួនក្នុងវគ្គនេះ (គ្មានព័ត៌មានផ្ទាល់ខ្លួន)",
    tally_programme: "កម្មវិធី",
    tally_people: "មនុស្សដែលបានជួយ",
    tally_eligible: "មានលក្ខណៈសម្បត្តិ",
    tally_chosen: "បានជ្រើសឈ្មោះ",
    tally_handoffs: "បានបញ្ជូនទៅអ្នកចុះឈ្មោះ",
    tally_total: "សរុប",
    download_csv: "ទាញយកស្ថិតិ (CSV)",
    qr_show: "កូដ QR និងក្រដាស ដើម្បីបន្តលើទូរសព្ទ",
    qr_title: "កូដ QR បើក {registrar} ជាមួយឈ្មោះ {domain}",
    qr_title_page: "កូដ QR បើកទំព័ររបស់ {registrar} ដែលមិនបំពេញឈ្មោះជូន៖ សូមវាយ {domain} នៅទីនោះ",
    qr_hint: "ស្កេនដោយកាមេរ៉ាទូរសព្ទ។ វាមានតែតំណទៅអ្នកចុះឈ្មោះប៉ុណ្ណោះ គ្មានព័ត៌មានអំពីអ្នកទេ។",
    slip_print: "បោះពុម្ពក្រដាសណែនាំ",
    slip_domain: "ឈ្មោះដែនរបស់អ្នក",
    slip_registrar: "ចុះឈ្មោះនៅ {registrar}៖",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_text_with_its_placeholders() {
        for lang in Lang::ALL {
            let t = lang.assisted();
            assert!(t.idle_warning.contains("{n}"), "{lang:?}");
            for title in [t.qr_title, t.qr_title_page] {
                assert!(
                    title.contains("{domain}") && title.contains("{registrar}"),
                    "{lang:?}"
                );
            }
            assert!(t.slip_registrar.contains("{registrar}"), "{lang:?}");
            for s in [
                t.next_person,
                t.next_person_hint,
                t.wiped,
                t.still_here,
                t.tally_show,
                t.tally_caption,
                t.tally_programme,
                t.tally_people,
                t.tally_eligible,
                t.tally_chosen,
                t.tally_handoffs,
                t.tally_total,
                t.download_csv,
                t.qr_show,
                t.qr_hint,
                t.slip_print,
                t.slip_domain,
            ] {
                assert!(!s.trim().is_empty() && !s.contains('{'), "{lang:?}: {s}");
            }
        }
        for lang in [Lang::Vi, Lang::Km] {
            let (t, en) = (lang.assisted(), Lang::En.assisted());
            assert_ne!(t.next_person, en.next_person);
            assert_ne!(t.slip_print, en.slip_print);
            assert_ne!(t.slip_domain, en.slip_domain);
        }
    }
}
