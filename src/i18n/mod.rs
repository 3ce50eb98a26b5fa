//! Hand-rolled translations: one struct of `&'static str` per language, chosen by
//! [`Lang`]. Costs next to nothing in wasm (measured: ~0 KB, where `fluent` costs
//! ~51 KB brotli). Each step of the widget has its own table in a submodule.
//!
//! Vietnamese is the default and the reference text; English and Khmer follow it.

pub mod eligibility;
pub mod handoff;
pub mod names;
pub mod starter;

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
    pub fn pick<T>(self, vi: T, en: T, km: T) -> T {
        match self {
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
    pub config_problem: &'static str,
    pub config_fallback: &'static str,
    /// The progress indicator's name and its steps.
    pub steps: &'static str,
    pub step_programme: &'static str,
    pub step_eligibility: &'static str,
    pub step_names: &'static str,
    pub step_starter: &'static str,
    pub step_handoff: &'static str,
    /// "Step {n} of {total}" before the current step's name, for screen readers.
    pub step_of: &'static str,
    pub back: &'static str,
    pub next: &'static str,
    pub continue_names: &'static str,
    /// When the browser refuses to copy.
    pub copy_failed: &'static str,
}

mod shell {
    use super::Shell;

    pub static VI: Shell = Shell {
        title: "Tên miền quốc gia .vn miễn phí",
        intro: "Kiểm tra bạn có được nhận tên miền miễn phí không, chọn tên và đăng ký với nhà đăng ký.",
        choose_programme: "Bạn đăng ký cho ai?",
        id_name: "id.vn — cho công dân từ 18 đến 23 tuổi",
        id_desc: "Miễn phí 2 năm cho trang cá nhân, CV trực tuyến, blog.",
        biz_name: "biz.vn — cho doanh nghiệp mới và hộ kinh doanh",
        biz_desc: "Miễn phí 2 năm cho doanh nghiệp thành lập trong vòng 1 năm và hộ kinh doanh.",
        config_problem: "Cấu hình của trang này có lỗi",
        config_fallback: "Tiện ích đang dùng cấu hình mặc định.",
        steps: "Các bước",
        step_programme: "Chương trình",
        step_eligibility: "Điều kiện",
        step_names: "Chọn tên",
        step_starter: "Trang web",
        step_handoff: "Đăng ký",
        step_of: "Bước {n}/{total}",
        back: "Quay lại",
        next: "Tiếp tục",
        continue_names: "Tiếp tục: chọn tên miền",
        copy_failed: "Trình duyệt không cho sao chép. Hãy chọn và sao chép bằng tay.",
    };

    pub static EN: Shell = Shell {
        title: "Free .vn national domain names",
        intro: "Check whether you can get a free domain name, choose a name and register with a registrar.",
        choose_programme: "Who are you registering for?",
        id_name: "id.vn — for citizens aged 18 to 23",
        id_desc: "Free for 2 years, for a personal site, online CV or blog.",
        biz_name: "biz.vn — for new businesses and household businesses",
        biz_desc: "Free for 2 years, for enterprises founded within 1 year and household businesses.",
        config_problem: "This page's configuration has a problem",
        config_fallback: "The assistant is using its built-in configuration.",
        steps: "Steps",
        step_programme: "Programme",
        step_eligibility: "Eligibility",
        step_names: "Name",
        step_starter: "Web page",
        step_handoff: "Register",
        step_of: "Step {n} of {total}",
        back: "Back",
        next: "Continue",
        continue_names: "Continue: choose a name",
        copy_failed: "The browser did not allow copying. Select and copy it by hand.",
    };

    pub static KM: Shell = Shell {
        title: "ឈ្មោះដែនជាតិ .vn ឥតគិតថ្លៃ",
        intro: "ពិនិត្យមើលថាតើអ្នកអាចទទួលបានឈ្មោះដែនឥតគិតថ្លៃឬទេ ជ្រើសរើសឈ្មោះ ហើយចុះឈ្មោះជាមួយអ្នកចុះឈ្មោះ។",
        choose_programme: "តើអ្នកចុះឈ្មោះសម្រាប់នរណា?",
        id_name: "id.vn — សម្រាប់ពលរដ្ឋអាយុពី 18 ដល់ 23 ឆ្នាំ",
        id_desc: "ឥតគិតថ្លៃ 2 ឆ្នាំ សម្រាប់គេហទំព័រផ្ទាល់ខ្លួន CV តាមអ៊ីនធឺណិត ឬប្លុក។",
        biz_name: "biz.vn — សម្រាប់សហគ្រាសថ្មី និងអាជីវកម្មគ្រួសារ",
        biz_desc: "ឥតគិតថ្លៃ 2 ឆ្នាំ សម្រាប់សហគ្រាសដែលបង្កើតក្នុងរយៈពេល 1 ឆ្នាំ និងអាជីវកម្មគ្រួសារ។",
        config_problem: "ការកំណត់របស់ទំព័រនេះមានបញ្ហា",
        config_fallback: "កម្មវិធីជំនួយកំពុងប្រើការកំណត់លំនាំដើម។",
        steps: "ជំហាន",
        step_programme: "កម្មវិធី",
        step_eligibility: "លក្ខខណ្ឌ",
        step_names: "ជ្រើសឈ្មោះ",
        step_starter: "គេហទំព័រ",
        step_handoff: "ចុះឈ្មោះ",
        step_of: "ជំហាន {n} នៃ {total}",
        back: "ត្រឡប់ក្រោយ",
        next: "បន្ត",
        continue_names: "បន្ត៖ ជ្រើសរើសឈ្មោះដែន",
        copy_failed: "កម្មវិធីរុករកមិនអនុញ្ញាតឱ្យចម្លងទេ។ សូមជ្រើសរើស ហើយចម្លងដោយដៃ។",
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
            ] {
                assert!(!s.trim().is_empty(), "{lang:?} has an empty text");
            }
        }
        for lang in Lang::ALL {
            let step_of = lang.shell().step_of;
            assert!(
                step_of.contains("{n}") && step_of.contains("{total}"),
                "{lang:?}: {step_of}"
            );
        }
        assert_ne!(Lang::Vi.shell().title, Lang::En.shell().title);
        assert_ne!(Lang::Km.shell().title, Lang::En.shell().title);
    }
}
