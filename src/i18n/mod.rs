//! Hand-rolled translations: one struct of `&'static str` per language, chosen by
//! [`Lang`]. Costs next to nothing in wasm (measured: ~0 KB, where `fluent` costs
//! ~51 KB brotli). Each step of the widget has its own table in a submodule.
//!
//! Vietnamese is the default and the reference text; English and Khmer follow it.

pub mod assisted;
pub mod check;
pub mod eligibility;
pub mod handoff;
pub mod names;
pub mod offer;
pub mod page;
pub mod starter;

#[cfg(any(
    all(feature = "only-vi", feature = "only-en"),
    all(feature = "only-vi", feature = "only-km"),
    all(feature = "only-en", feature = "only-km"),
))]
compile_error!(
    "the features only-vi, only-en and only-km each build one language: choose at most one"
);

/// The widget's languages, from the `lang` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    Vi,
    En,
    Km,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Vi, Lang::En, Lang::Km];

    /// Reads a BCP 47 tag leniently (`vi`, `vi-VN`, `EN`, `km-KH`); anything else is
    /// `None` so the caller can fall back to Vietnamese.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            "km" => Some(Lang::Km),
            _ => None,
        }
    }

    /// The tag written to the widget's `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
            Lang::Km => "km",
        }
    }

    /// Picks this language's entry from a per-language triple of tables.
    ///
    /// A wasm built with one of the features `only-vi`, `only-en`, `only-km` holds
    /// that language's texts alone: every pick returns it, so the match folds away
    /// and the linker drops the other tables (measured: 13-15 KB gzip less per
    /// visitor). The element module loads the wasm of the language its `lang`
    /// attribute asks for, so `self` is that language there. Native builds and
    /// tests have all three.
    pub fn pick<T>(self, vi: T, en: T, km: T) -> T {
        let lang = if cfg!(feature = "only-vi") {
            Lang::Vi
        } else if cfg!(feature = "only-en") {
            Lang::En
        } else if cfg!(feature = "only-km") {
            Lang::Km
        } else {
            self
        };
        match lang {
            Lang::Vi => vi,
            Lang::En => en,
            Lang::Km => km,
        }
    }

    pub fn shell(self) -> &'static Shell {
        self.pick(&shell::VI, &shell::EN, &shell::KM)
    }
}

/// Texts of the frame around the steps: title, programme choice, configuration notice.
#[derive(Debug)]
pub struct Shell {
    pub title: &'static str,
    pub intro: &'static str,
    pub choose_programme: &'static str,
    pub id_name: &'static str,
    pub id_desc: &'static str,
    pub biz_name: &'static str,
    pub biz_desc: &'static str,
    /// The programme cards and panel: each card says what the programme is for,
    /// then the offer on the day (`offer::card`).
    pub config_problem: &'static str,
    pub config_fallback: &'static str,
    /// The progress indicator's name and its steps.
    pub steps: &'static str,
    pub step_programme: &'static str,
    pub step_eligibility: &'static str,
    pub step_names: &'static str,
    pub step_starter: &'static str,
    pub step_handoff: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub continue_names: &'static str,
    /// When the browser refuses to copy.
    pub copy_failed: &'static str,
    /// The programme information panel.
    pub about_title: &'static str,
    pub about_text: &'static str,
    /// One line per programme while its offer runs (`offer::lines`): `{zone}`,
    /// `{until}`, `{years}`, `{registration}`, `{yearly}`.
    pub about_offer: &'static str,
    pub about_materials: &'static str,
    /// Keeping a draft in the tab's sessionStorage, only on request.
    pub keep_draft: &'static str,
    pub keep_draft_hint: &'static str,
    pub draft_kept: &'static str,
    pub forget_draft: &'static str,
    /// The first step's way to the go-live check (`mode="check"`).
    pub check_site: &'static str,
}

mod shell {
    use super::Shell;

    pub static VI: Shell = Shell {
        title: "Tên miền quốc gia .vn miễn phí",
        intro: "Kiểm tra bạn có được nhận tên miền miễn phí không, chọn tên và đăng ký với nhà đăng ký.",
        choose_programme: "Bạn đăng ký cho ai?",
        id_name: "id.vn — cho công dân từ 18 đến 23 tuổi",
        id_desc: "Cho trang cá nhân, CV trực tuyến, blog.",
        biz_name: "biz.vn — cho doanh nghiệp mới và hộ kinh doanh",
        biz_desc: "Cho doanh nghiệp thành lập trong vòng 1 năm và hộ kinh doanh.",
        config_problem: "Cấu hình của trang này có lỗi",
        config_fallback: "Tiện ích đang dùng cấu hình mặc định.",
        steps: "Các bước",
        step_programme: "Chương trình",
        step_eligibility: "Điều kiện",
        step_names: "Chọn tên",
        step_starter: "Trang của bạn (tuỳ chọn)",
        step_handoff: "Đăng ký",
        back: "Quay lại",
        next: "Tiếp tục",
        continue_names: "Tiếp tục: chọn tên miền",
        copy_failed: "Trình duyệt không cho sao chép. Hãy chọn và sao chép bằng tay.",
        about_title: "Về chương trình tên miền miễn phí",
        about_text: "Nhà nước khuyến khích người dân và doanh nghiệp có mặt trên mạng bằng tên miền quốc gia .vn. Trong thời gian ưu đãi, người trẻ được miễn phí tên miền id.vn để làm trang cá nhân, CV hoặc blog; doanh nghiệp mới và hộ kinh doanh được miễn phí tên miền biz.vn. Bạn đăng ký và xác minh danh tính tại một nhà đăng ký tên miền.",
        about_offer: "{zone}: miễn phí {years} kể từ ngày cấp, cho tên đăng ký đến hết {until}. Sau đó: {registration} phí đăng ký và {yearly} mỗi năm.",
        about_materials: "Tài liệu chính thức của chương trình",
        keep_draft: "Giữ câu trả lời trong thẻ này",
        keep_draft_hint: "Giữ những gì bạn đã nhập (họ tên, ngày sinh, số định danh, tên miền đã chọn, trang của bạn) chỉ trong thẻ trình duyệt này, trên máy này, cho đến khi bạn đóng thẻ hoặc bấm “Xoá ngay”. Không gửi đi đâu.",
        draft_kept: "Câu trả lời của bạn (họ tên, ngày sinh, số định danh, tên miền đã chọn, trang của bạn) đang được giữ trong thẻ này, trên máy này, cho đến khi bạn đóng thẻ.",
        forget_draft: "Xoá ngay",
        check_site: "Đã đăng ký tên miền? Kiểm tra trang của bạn",
    };

    pub static EN: Shell = Shell {
        title: "Free .vn national domain names",
        intro: "Check whether you can get a free domain name, choose a name and register with a registrar.",
        choose_programme: "Who are you registering for?",
        id_name: "id.vn — for citizens aged 18 to 23",
        id_desc: "For a personal site, online CV or blog.",
        biz_name: "biz.vn — for new businesses and household businesses",
        biz_desc: "For enterprises founded within 1 year and household businesses.",
        config_problem: "This page's configuration has a problem",
        config_fallback: "The assistant is using its built-in configuration.",
        steps: "Steps",
        step_programme: "Programme",
        step_eligibility: "Eligibility",
        step_names: "Name",
        step_starter: "Your page (optional)",
        step_handoff: "Register",
        back: "Back",
        next: "Continue",
        continue_names: "Continue: choose a name",
        copy_failed: "The browser did not allow copying. Select and copy it by hand.",
        about_title: "About the free domain name offer",
        about_text: "Vietnam encourages people and businesses to be online under the national .vn domain. While the offer runs, young people get a free id.vn name for a personal site, CV or blog, and new enterprises and household businesses a free biz.vn name. You register and verify your identity with a domain registrar.",
        about_offer: "{zone}: free for {years} from the day it is granted, for names registered until {until}. After that: {registration} to register and {yearly} a year.",
        about_materials: "The programme's official materials",
        keep_draft: "Keep my answers in this tab",
        keep_draft_hint: "Keeps what you typed (name, date of birth, ID number, the name you chose, your page) in this browser tab only, on this device, until you close the tab or press “Forget now”. Nothing is sent anywhere.",
        draft_kept: "Your answers (name, date of birth, ID number, the name you chose, your page) are kept in this tab, on this device, until you close the tab.",
        forget_draft: "Forget now",
        check_site: "Already registered? Check your site",
    };

    pub static KM: Shell = Shell {
        title: "ឈ្មោះដែនជាតិ .vn ឥតគិតថ្លៃ",
        intro: "ពិនិត្យមើលថាតើអ្នកអាចទទួលបានឈ្មោះដែនឥតគិតថ្លៃឬទេ ជ្រើសរើសឈ្មោះ ហើយចុះឈ្មោះជាមួយអ្នកចុះឈ្មោះ។",
        choose_programme: "តើអ្នកចុះឈ្មោះសម្រាប់នរណា?",
        id_name: "id.vn — សម្រាប់ពលរដ្ឋអាយុពី 18 ដល់ 23 ឆ្នាំ",
        id_desc: "សម្រាប់គេហទំព័រផ្ទាល់ខ្លួន CV តាមអ៊ីនធឺណិត ឬប្លុក។",
        biz_name: "biz.vn — សម្រាប់សហគ្រាសថ្មី និងអាជីវកម្មគ្រួសារ",
        biz_desc: "សម្រាប់សហគ្រាសដែលបង្កើតក្នុងរយៈពេល 1 ឆ្នាំ និងអាជីវកម្មគ្រួសារ។",
        config_problem: "ការកំណត់របស់ទំព័រនេះមានបញ្ហា",
        config_fallback: "កម្មវិធីជំនួយកំពុងប្រើការកំណត់លំនាំដើម។",
        steps: "ជំហាន",
        step_programme: "កម្មវិធី",
        step_eligibility: "លក្ខខណ្ឌ",
        step_names: "ជ្រើសឈ្មោះ",
        step_starter: "ទំព័ររបស់អ្នក (ស្រេចចិត្ត)",
        step_handoff: "ចុះឈ្មោះ",
        back: "ត្រឡប់ក្រោយ",
        next: "បន្ត",
        continue_names: "បន្ត៖ ជ្រើសរើសឈ្មោះដែន",
        copy_failed: "កម្មវិធីរុករកមិនអនុញ្ញាតឱ្យចម្លងទេ។ សូមជ្រើសរើស ហើយចម្លងដោយដៃ។",
        about_title: "អំពីកម្មវិធីឈ្មោះដែនឥតគិតថ្លៃ",
        about_text: "រដ្ឋលើកទឹកចិត្តប្រជាជន និងអាជីវកម្មឱ្យមានវត្តមានតាមអ៊ីនធឺណិតដោយប្រើឈ្មោះដែនជាតិ .vn។ ក្នុងអំឡុងពេលអនុគ្រោះ យុវជនទទួលបានឈ្មោះ id.vn ឥតគិតថ្លៃសម្រាប់គេហទំព័រផ្ទាល់ខ្លួន CV ឬប្លុក ហើយសហគ្រាសថ្មី និងអាជីវកម្មគ្រួសារទទួលបានឈ្មោះ biz.vn ឥតគិតថ្លៃ។ អ្នកចុះឈ្មោះ និងផ្ទៀងផ្ទាត់អត្តសញ្ញាណនៅអ្នកចុះឈ្មោះដែន។",
        about_offer: "{zone}៖ ឥតគិតថ្លៃ {years} ចាប់ពីថ្ងៃផ្តល់ សម្រាប់ឈ្មោះដែលចុះបញ្ជីរហូតដល់ {until}។ បន្ទាប់មក៖ {registration} ថ្លៃចុះឈ្មោះ និង {yearly} ក្នុងមួយឆ្នាំ។",
        about_materials: "ឯកសារផ្លូវការរបស់កម្មវិធី",
        keep_draft: "រក្សាចម្លើយរបស់ខ្ញុំក្នុងផ្ទាំងនេះ",
        keep_draft_hint: "រក្សាអ្វីដែលអ្នកបានវាយ (ឈ្មោះ ថ្ងៃខែឆ្នាំកំណើត លេខអត្តសញ្ញាណ ឈ្មោះដែនដែលបានជ្រើស ទំព័ររបស់អ្នក) តែក្នុងផ្ទាំងកម្មវិធីរុករកនេះ លើឧបករណ៍នេះ រហូតដល់អ្នកបិទផ្ទាំង ឬចុច “លុបឥឡូវ”។ មិនផ្ញើទៅណាទេ។",
        draft_kept: "ចម្លើយរបស់អ្នក (ឈ្មោះ ថ្ងៃខែឆ្នាំកំណើត លេខអត្តសញ្ញាណ ឈ្មោះដែនដែលបានជ្រើស ទំព័ររបស់អ្នក) កំពុងរក្សាទុកក្នុងផ្ទាំងនេះ លើឧបករណ៍នេះ រហូតដល់អ្នកបិទផ្ទាំង។",
        forget_draft: "លុបឥឡូវ",
        check_site: "បានចុះឈ្មោះរួចហើយ? ពិនិត្យគេហទំព័ររបស់អ្នក",
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_language_tags_leniently() {
        assert_eq!(Lang::parse("vi"), Some(Lang::Vi));
        assert_eq!(Lang::parse("vi-VN"), Some(Lang::Vi));
        assert_eq!(Lang::parse(" EN "), Some(Lang::En));
        assert_eq!(Lang::parse("km_KH"), Some(Lang::Km));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn every_language_has_every_shell_text() {
        for lang in Lang::ALL {
            let t = lang.shell();
            for s in [
                t.title,
                t.intro,
                t.choose_programme,
                t.id_name,
                t.id_desc,
                t.biz_name,
                t.biz_desc,
                t.config_problem,
                t.config_fallback,
                t.steps,
                t.step_programme,
                t.step_eligibility,
                t.step_names,
                t.step_starter,
                t.step_handoff,
                t.back,
                t.next,
                t.continue_names,
                t.copy_failed,
                t.about_title,
                t.about_text,
                t.about_offer,
                t.about_materials,
                t.keep_draft,
                t.keep_draft_hint,
                t.draft_kept,
                t.forget_draft,
            ] {
                assert!(!s.trim().is_empty(), "{lang:?} has an empty text");
            }
        }
        for lang in Lang::ALL {
            let offer = lang.shell().about_offer;
            for key in ["{zone}", "{until}", "{years}", "{registration}", "{yearly}"] {
                assert!(offer.contains(key), "{lang:?} about_offer lacks {key}");
            }
        }
        assert_ne!(Lang::Vi.shell().title, Lang::En.shell().title);
        assert_ne!(Lang::Km.shell().title, Lang::En.shell().title);
    }
}
