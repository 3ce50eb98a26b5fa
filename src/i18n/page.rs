//! Texts written into the generated page (`crate::starter`): its section headings,
//! the default texts where a page needs content. The sample pages' texts are in
//! `starter/sample.rs`.

impl super::Lang {
    /// The generated page's texts in this language.
    pub fn page(self) -> &'static PageTexts {
        self.pick(&VI, &EN, &KM)
    }
}

/// Texts written into the generated page.
#[derive(Debug)]
pub struct PageTexts {
    /// Appended to the document title: "Nguyễn Văn An — CV".
    pub doc_cv: &'static str,
    pub doc_blog: &'static str,
    pub doc_contest: &'static str,
    /// Main headings when the visitor gave no name (and no domain).
    pub default_cv_name: &'static str,
    pub default_blog_name: &'static str,
    pub default_contest_name: &'static str,
    pub about: &'static str,
    pub about_me: &'static str,
    pub education: &'static str,
    pub skills: &'static str,
    pub projects: &'static str,
    pub links: &'static str,
    /// Put before the contest's contact person, with its colon: "Liên hệ:".
    pub contact: &'static str,
    pub default_post_title: &'static str,
    /// A blank line separates paragraphs.
    pub default_post_body: &'static str,
    pub entry_kicker: &'static str,
    /// Put before the team's name: "Đội Sao Khuê".
    pub team_prefix: &'static str,
    pub project: &'static str,
    pub team: &'static str,
    pub school: &'static str,
    pub judges: &'static str,
    pub demo: &'static str,
    pub technologies: &'static str,
    pub judges_page: &'static str,
    pub judges_checks: &'static [&'static str],
    pub footer_fallback: &'static str,
    pub experience: &'static str,
    pub languages: &'static str,
    pub certificates: &'static str,
    /// The business page's main heading when it has no name (and no domain).
    pub default_business_name: &'static str,
    pub offers: &'static str,
    pub hours: &'static str,
    /// Monday first.
    pub days: [&'static str; 7],
    /// A day without opening hours.
    pub closed: &'static str,
    /// The business page's contact section.
    pub find_us: &'static str,
    pub address: &'static str,
    /// The action row's link to a map search for the address (the contact section
    /// links the address itself to the same search).
    pub directions: &'static str,
    pub phone: &'static str,
    /// The Zalo button's text in the business page's action row.
    pub zalo_chat: &'static str,
    /// Put before the number on the business page's call button: "Gọi 0294 3855 246"
    /// (its spaces are made non-breaking there, as the number's are).
    pub call: &'static str,
    /// The publish guides' step for the photo (`crate::starter::photo_step`):
    /// `{photo}` is its file name. Kept here until it joins `PublishTexts`.
    pub publish_photo: &'static str,
}

pub static VI: PageTexts = PageTexts {
    doc_cv: "CV",
    doc_blog: "Blog",
    doc_contest: "Bài dự thi",
    default_cv_name: "Hồ sơ cá nhân",
    default_blog_name: "Blog của tôi",
    default_contest_name: "Dự án dự thi",
    about: "Giới thiệu",
    about_me: "Về tôi",
    education: "Học vấn",
    skills: "Kỹ năng",
    projects: "Dự án",
    links: "Liên kết",
    contact: "Liên hệ:",
    default_post_title: "Xin chào!",
    default_post_body: "Chào mừng bạn đến với trang web mới của mình. Đây là bài viết đầu tiên, trên chính tên miền quốc gia .vn của mình.\n\nSắp tới mình sẽ chia sẻ về việc học, các dự án và những điều mình quan tâm. Hẹn gặp lại!",
    entry_kicker: "Bài dự thi",
    team_prefix: "Đội",
    project: "Giới thiệu dự án",
    team: "Thành viên nhóm",
    school: "Trường",
    judges: "Dành cho ban giám khảo",
    demo: "Bản chạy thử",
    technologies: "Công nghệ sử dụng",
    judges_page: "Về kỹ thuật của trang này:",
    judges_checks: &[
        "Một tệp HTML5 duy nhất, CSS viết ngay trong trang, không tải tài nguyên nào từ bên ngoài.",
        "Bố cục đáp ứng: đọc tốt trên điện thoại, máy tính bảng và máy tính.",
        "Một tiêu đề chính, các tiêu đề mục theo thứ tự và các vùng header, main, footer cho trình đọc màn hình.",
        "Không có JavaScript; chính sách bảo mật nội dung (CSP) chặn mọi tài nguyên bên ngoài.",
    ],
    footer_fallback: "Trang web trên tên miền quốc gia .vn",
    experience: "Kinh nghiệm",
    languages: "Ngoại ngữ",
    certificates: "Chứng chỉ",
    default_business_name: "Cửa hàng của chúng tôi",
    offers: "Sản phẩm và giá",
    hours: "Giờ mở cửa",
    days: ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"],
    closed: "Nghỉ",
    find_us: "Địa chỉ và liên hệ",
    address: "Địa chỉ",
    directions: "Chỉ đường",
    phone: "Điện thoại",
    zalo_chat: "Nhắn tin Zalo",
    call: "Gọi",
    publish_photo: "Trang có ảnh: tải thêm tệp {photo} ở đây và đưa lên cùng thư mục với index.html, để khi chia sẻ đường link trên Zalo hay Facebook thì ảnh hiện ra.",
};

pub static EN: PageTexts = PageTexts {
    doc_cv: "CV",
    doc_blog: "Blog",
    doc_contest: "Contest entry",
    default_cv_name: "Curriculum vitae",
    default_blog_name: "My blog",
    default_contest_name: "Our contest entry",
    about: "Profile",
    about_me: "About me",
    education: "Education",
    skills: "Skills",
    projects: "Projects",
    links: "Links",
    contact: "Contact:",
    default_post_title: "Hello!",
    default_post_body: "Welcome to my new website. This is my first post, on my very own .vn national domain name.\n\nSoon I will write about my studies, my projects and the things I care about. See you again!",
    entry_kicker: "Contest entry",
    team_prefix: "Team",
    project: "About the project",
    team: "Team members",
    school: "School",
    judges: "For the judges",
    demo: "Live demo",
    technologies: "Technologies used",
    judges_page: "About this page, technically:",
    judges_checks: &[
        "One HTML5 file with its CSS inline; it loads nothing from anywhere else.",
        "Responsive layout: reads well on phones, tablets and computers.",
        "One main heading, section headings in order, and header, main and footer regions for screen readers.",
        "No JavaScript; a Content Security Policy blocks every outside resource.",
    ],
    footer_fallback: "A website on a .vn national domain name",
    experience: "Experience",
    languages: "Languages",
    certificates: "Certificates",
    default_business_name: "Our shop",
    offers: "Products and prices",
    hours: "Opening hours",
    days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    closed: "Closed",
    find_us: "Find us",
    address: "Address",
    directions: "Directions",
    phone: "Phone",
    zalo_chat: "Chat on Zalo",
    call: "Call",
    publish_photo: "Your page has a photo: also download {photo} here and upload it to the same folder as index.html, so that links shared on Zalo or Facebook show it.",
};

pub static KM: PageTexts = PageTexts {
    doc_cv: "ប្រវត្តិរូប",
    doc_blog: "ប្លុក",
    doc_contest: "ស្នាដៃប្រកួត",
    default_cv_name: "ប្រវត្តិរូបសង្ខេប",
    default_blog_name: "ប្លុករបស់ខ្ញុំ",
    default_contest_name: "គម្រោងចូលរួមប្រកួតរបស់យើង",
    about: "សេចក្តីណែនាំ",
    about_me: "អំពីខ្ញុំ",
    education: "ការសិក្សា",
    skills: "ជំនាញ",
    projects: "គម្រោង",
    links: "តំណភ្ជាប់",
    contact: "ទំនាក់ទំនង៖",
    default_post_title: "សួស្តី!",
    default_post_body: "សូមស្វាគមន៍មកកាន់គេហទំព័រថ្មីរបស់ខ្ញុំ។ នេះជាអត្ថបទដំបូង នៅលើឈ្មោះដែនជាតិ .vn ផ្ទាល់ខ្លួនរបស់ខ្ញុំ។\n\nនាពេលខាងមុខ ខ្ញុំនឹងចែករំលែកអំពីការសិក្សា គម្រោង និងអ្វីៗដែលខ្ញុំចាប់អារម្មណ៍។ ជួបគ្នាឆាប់ៗ!",
    entry_kicker: "ស្នាដៃចូលរួមប្រកួត",
    team_prefix: "ក្រុម",
    project: "អំពីគម្រោង",
    team: "សមាជិកក្រុម",
    school: "សាលា",
    judges: "សម្រាប់គណៈកម្មការវិនិច្ឆ័យ",
    demo: "កំណែសាកល្បង",
    technologies: "បច្ចេកវិទ្យាដែលប្រើ",
    judges_page: "ផ្នែកបច្ចេកទេសនៃទំព័រនេះ៖",
    judges_checks: &[
        "ឯកសារ HTML5 តែមួយ ដែលមាន CSS នៅក្នុងទំព័រ និងមិនទាញយកធនធានណាមួយពីខាងក្រៅឡើយ។",
        "ប្លង់ឆ្លើយតប៖ អានបានល្អលើទូរស័ព្ទ ថេប្លេត និងកុំព្យូទ័រ។",
        "ចំណងជើងធំតែមួយ ចំណងជើងផ្នែកតាមលំដាប់ និងតំបន់ header, main, footer សម្រាប់កម្មវិធីអានអេក្រង់។",
        "គ្មាន JavaScript ទេ។ គោលការណ៍សុវត្ថិភាពខ្លឹមសារ (CSP) រារាំងរាល់ធនធានពីខាងក្រៅ។",
    ],
    footer_fallback: "គេហទំព័រនៅលើឈ្មោះដែនជាតិ .vn",
    experience: "បទពិសោធន៍ការងារ",
    languages: "ភាសា",
    certificates: "វិញ្ញាបនបត្រ",
    default_business_name: "ហាងរបស់យើង",
    offers: "ផលិតផល និងតម្លៃ",
    hours: "ម៉ោងបើក",
    days: ["ថ្ងៃចន្ទ", "ថ្ងៃអង្គារ", "ថ្ងៃពុធ", "ថ្ងៃព្រហស្បតិ៍", "ថ្ងៃសុក្រ", "ថ្ងៃសៅរ៍", "ថ្ងៃអាទិត្យ"],
    closed: "បិទ",
    find_us: "អាសយដ្ឋាន និងទំនាក់ទំនង",
    address: "អាសយដ្ឋាន",
    directions: "មើលផ្លូវ",
    phone: "ទូរស័ព្ទ",
    zalo_chat: "ផ្ញើសារតាម Zalo",
    call: "ហៅទូរស័ព្ទ",
    publish_photo: "ទំព័ររបស់អ្នកមានរូបថត៖ សូមទាញយកឯកសារ {photo} នៅទីនេះ ហើយផ្ទុកវាឡើងទៅថតតែមួយជាមួយ index.html ដើម្បីឱ្យរូបថតបង្ហាញ នៅពេលចែករំលែកតំណលើ Zalo ឬ Facebook។",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// The texts added for issue 21 (the older ones are checked with the starter
    /// step's texts in `starter.rs`).
    fn added(t: &PageTexts) -> Vec<&'static str> {
        let mut v = vec![
            t.experience,
            t.languages,
            t.certificates,
            t.default_business_name,
            t.offers,
            t.hours,
            t.closed,
            t.find_us,
            t.address,
            t.directions,
            t.phone,
            t.zalo_chat,
            t.call,
            t.publish_photo,
        ];
        v.extend(t.days);
        v
    }

    #[test]
    fn every_language_has_the_page_texts_translated() {
        let khmer = |s: &str| s.chars().any(|c| ('\u{1780}'..='\u{17ff}').contains(&c));
        for lang in Lang::ALL {
            let t = lang.page();
            for s in added(t) {
                assert!(!s.trim().is_empty(), "{lang:?}: empty text");
                assert!(!s.contains(['<', '&']), "{lang:?}: markup in {s:?}");
                assert_eq!(lang == Lang::Km, khmer(s), "{lang:?}: {s:?}");
            }
            let days: std::collections::BTreeSet<_> = t.days.iter().collect();
            assert_eq!(days.len(), 7, "{lang:?}");
            assert!(
                t.publish_photo.contains("{photo}") && t.publish_photo.contains("index.html"),
                "{lang:?}"
            );
        }
        assert_ne!(added(&VI), added(&EN));
    }
}
