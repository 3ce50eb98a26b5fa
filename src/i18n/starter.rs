//! Texts of the starter step: the form around the preview ([`StarterTexts`]), the
//! generated page itself ([`PageTexts`]) and the publishing guides ([`PublishTexts`]).
//!
//! Placeholders, replaced by `crate::starter`: `{file}` (the downloaded file's name),
//! `{domain}` (the chosen name), `{user}` (the GitHub account).

use super::Lang;

impl Lang {
    pub fn starter(self) -> &'static StarterTexts {
        self.pick(&VI, &EN, &KM)
    }
}

/// The form, buttons and notes of the step.
#[derive(Debug)]
pub struct StarterTexts {
    pub step_title: &'static str,
    pub step_intro: &'static str,
    pub template_label: &'static str,
    pub template_cv: &'static str,
    pub template_cv_desc: &'static str,
    pub template_blog: &'static str,
    pub template_blog_desc: &'static str,
    pub template_contest: &'static str,
    pub template_contest_desc: &'static str,
    pub field_headline: &'static str,
    pub field_headline_hint: &'static str,
    pub field_about: &'static str,
    pub field_organisation: &'static str,
    pub field_email: &'static str,
    pub field_education: &'static str,
    pub field_institution: &'static str,
    pub field_study: &'static str,
    pub field_start: &'static str,
    pub field_end: &'static str,
    pub field_dates_hint: &'static str,
    pub field_skills: &'static str,
    pub field_skills_hint: &'static str,
    /// The contest's label for `skills`.
    pub field_technologies: &'static str,
    pub field_projects: &'static str,
    pub field_project_name: &'static str,
    pub field_project_description: &'static str,
    pub field_project_url: &'static str,
    pub field_links: &'static str,
    pub field_link_label: &'static str,
    pub field_link_url: &'static str,
    pub field_post_title: &'static str,
    pub field_post_body: &'static str,
    pub field_team_name: &'static str,
    pub field_team: &'static str,
    pub field_member_name: &'static str,
    pub field_member_role: &'static str,
    pub field_entry_name: &'static str,
    pub field_entry_description: &'static str,
    pub field_entry_url: &'static str,
    /// The contest's label for `organisation`.
    pub field_school: &'static str,
    pub add: &'static str,
    pub remove: &'static str,
    /// Shown beside a URL that `starter::safe_url` refuses.
    pub url_rejected: &'static str,
    /// Shown beside an e-mail that `starter::valid_email` refuses.
    pub email_invalid: &'static str,
    pub preview: &'static str,
    /// The preview iframe's `title`.
    pub preview_frame_title: &'static str,
    /// The preview is skipped by Tab until the visitor opens it to the keyboard.
    pub preview_explore: &'static str,
    pub preview_explore_hint: &'static str,
    pub download_html: &'static str,
    pub download_json: &'static str,
    pub copy_html: &'static str,
    pub copied: &'static str,
    pub email_suggestion: &'static str,
    /// Goes with the suggested address: the registrar's e-mail service must be set up.
    pub email_note: &'static str,
    pub use_suggestion: &'static str,
    pub page: PageTexts,
    pub publish: PublishTexts,
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
}

/// The "how to publish" guides.
#[derive(Debug)]
pub struct PublishTexts {
    pub title: &'static str,
    /// Said once, before the guides: rename the file `{file}` to index.html.
    pub rename: &'static str,
    pub registrar: &'static str,
    pub github: &'static str,
    pub registrar_steps: &'static [&'static str],
    pub github_steps: &'static [&'static str],
    pub records: &'static str,
    pub record_type: &'static str,
    pub record_host: &'static str,
    pub record_value: &'static str,
    pub github_user_label: &'static str,
    /// Stands for the GitHub account in `<user>.github.io` until one is typed.
    pub github_user_placeholder: &'static str,
    /// Stands for the hosting's address in the registrar guide's A records.
    pub hosting_ip_placeholder: &'static str,
}

pub static VI: StarterTexts = StarterTexts {
    step_title: "Trang web đầu tiên cho tên miền của bạn",
    step_intro: "Chọn một mẫu, điền vài thông tin (đều không bắt buộc) và tải về một trang hoàn chỉnh để đưa lên tên miền mới. Mọi thứ chỉ nằm trong trình duyệt của bạn.",
    template_label: "Mẫu trang",
    template_cv: "CV trực tuyến",
    template_cv_desc: "Cho học sinh, sinh viên và người tìm việc; in đẹp trên khổ A4.",
    template_blog: "Blog cá nhân",
    template_blog_desc: "Bài viết đầu tiên và phần giới thiệu về bạn.",
    template_contest: "Bài dự thi",
    template_contest_desc: "Cho các cuộc thi thiết kế website ở trường: đội, dự án, trường và phần dành cho ban giám khảo.",
    field_headline: "Dòng giới thiệu ngắn",
    field_headline_hint: "Ví dụ: Sinh viên năm 3 ngành Công nghệ thông tin",
    field_about: "Giới thiệu bản thân",
    field_organisation: "Trường hoặc tổ chức",
    field_email: "E-mail",
    field_education: "Học vấn",
    field_institution: "Trường",
    field_study: "Ngành học",
    field_start: "Từ",
    field_end: "Đến",
    field_dates_hint: "Ví dụ: 9/2022, 2026 hoặc \"hiện tại\"",
    field_skills: "Kỹ năng",
    field_skills_hint: "Phân cách bằng dấu phẩy, hoặc mỗi dòng một kỹ năng",
    field_technologies: "Công nghệ sử dụng",
    field_projects: "Dự án",
    field_project_name: "Tên dự án",
    field_project_description: "Mô tả",
    field_project_url: "Địa chỉ (https://…)",
    field_links: "Liên kết",
    field_link_label: "Tên hiển thị",
    field_link_url: "Địa chỉ (https://… hoặc mailto:…)",
    field_post_title: "Tiêu đề bài viết",
    field_post_body: "Nội dung bài viết",
    field_team_name: "Tên đội",
    field_team: "Thành viên",
    field_member_name: "Họ và tên",
    field_member_role: "Vai trò",
    field_entry_name: "Tên dự án dự thi",
    field_entry_description: "Mô tả dự án",
    field_entry_url: "Địa chỉ bản chạy thử (https://…)",
    field_school: "Trường",
    add: "Thêm",
    remove: "Xoá",
    url_rejected: "Liên kết này sẽ không được đưa vào trang: chỉ nhận địa chỉ https:// hoặc mailto:.",
    email_invalid: "Địa chỉ e-mail này có vẻ chưa đúng nên sẽ không được đưa vào trang.",
    preview: "Xem trước",
    preview_frame_title: "Bản xem trước trang của bạn",
    preview_explore: "Duyệt bản xem trước bằng bàn phím",
    preview_explore_hint: "Phím Tab bỏ qua bản xem trước; bấm nút này để đi qua các liên kết trong đó.",
    download_html: "Tải về HTML",
    download_json: "Tải về JSON Resume",
    copy_html: "Sao chép HTML",
    copied: "Đã sao chép",
    email_suggestion: "Gợi ý e-mail theo tên miền",
    email_note: "Địa chỉ này chỉ hoạt động sau khi bạn đăng ký dịch vụ e-mail theo tên miền của nhà đăng ký (nhiều nơi có gói miễn phí hoặc giá rẻ). Trước đó, hãy dùng e-mail bạn đang có.",
    use_suggestion: "Dùng địa chỉ này",
    page: PageTexts {
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
    },
    publish: PublishTexts {
        title: "Khi tên miền đã là của bạn: cách đưa trang lên mạng",
        rename: "Trước hết, đổi tên tệp {file} vừa tải về thành index.html; rồi đưa lên theo một trong hai cách dưới đây.",
        registrar: "Hosting của nhà đăng ký",
        github: "GitHub Pages (miễn phí)",
        registrar_steps: &[
            "Đăng nhập trang quản trị hosting mà nhà đăng ký cấp cho {domain} (cPanel, DirectAdmin hoặc Plesk). Nếu gói của bạn chưa có hosting, hỏi nhà đăng ký về gói hosting kèm tên miền.",
            "Mở Quản lý tệp (File Manager), vào thư mục public_html (thư mục gốc của website), xoá trang mặc định nếu có và tải index.html lên.",
            "Nếu tên miền và hosting ở cùng nhà đăng ký, tên miền thường đã được trỏ sẵn. Nếu không, trong phần quản lý DNS của tên miền, thêm các bản ghi bên dưới với địa chỉ IP mà hosting cung cấp.",
            "Bật SSL miễn phí (Let's Encrypt hoặc AutoSSL) trong trang quản trị hosting, rồi mở https://{domain} để kiểm tra.",
        ],
        github_steps: &[
            "Trên GitHub, tạo một kho (repository) công khai và tải index.html lên nhánh main.",
            "Trong kho, vào Settings → Pages. Ở mục Source chọn \"Deploy from a branch\", nhánh main, thư mục / (root), rồi bấm Save.",
            "Cũng ở Settings → Pages, nhập {domain} vào ô Custom domain và bấm Save. GitHub thêm vào kho tệp CNAME chứa {domain}; đừng xoá tệp này.",
            "Trong phần quản lý DNS của tên miền ở nhà đăng ký, thêm các bản ghi bên dưới (xoá các bản ghi A, AAAA hoặc CNAME cũ trùng tên nếu có).",
            "Chờ DNS cập nhật (vài phút đến 24 giờ). Khi GitHub báo tên miền hợp lệ, chọn Enforce HTTPS rồi mở https://{domain}.",
        ],
        records: "Bản ghi DNS cần thêm",
        record_type: "Loại",
        record_host: "Tên (host)",
        record_value: "Giá trị",
        github_user_label: "Tên tài khoản GitHub của bạn",
        github_user_placeholder: "tên-tài-khoản",
        hosting_ip_placeholder: "IP của hosting",
    },
};

pub static EN: StarterTexts = StarterTexts {
    step_title: "A first website for your name",
    step_intro: "Choose a template, fill in a few details (all optional) and download a finished page to put on your new name. Everything stays in your browser.",
    template_label: "Template",
    template_cv: "Online CV",
    template_cv_desc: "For students and job seekers; prints well on A4.",
    template_blog: "Personal blog",
    template_blog_desc: "A first post and a page about you.",
    template_contest: "Contest entry",
    template_contest_desc: "For campus website-building contests: team, project, school and a section for the judges.",
    field_headline: "Short headline",
    field_headline_hint: "For example: Third-year Information Technology student",
    field_about: "About you",
    field_organisation: "School or organisation",
    field_email: "E-mail",
    field_education: "Education",
    field_institution: "School",
    field_study: "Field of study",
    field_start: "From",
    field_end: "To",
    field_dates_hint: "For example: 9/2022, 2026 or \"present\"",
    field_skills: "Skills",
    field_skills_hint: "Separated by commas, or one skill per line",
    field_technologies: "Technologies used",
    field_projects: "Projects",
    field_project_name: "Project name",
    field_project_description: "Description",
    field_project_url: "Address (https://…)",
    field_links: "Links",
    field_link_label: "Label",
    field_link_url: "Address (https://… or mailto:…)",
    field_post_title: "Post title",
    field_post_body: "Post text",
    field_team_name: "Team name",
    field_team: "Members",
    field_member_name: "Full name",
    field_member_role: "Role",
    field_entry_name: "Name of the entry",
    field_entry_description: "Project description",
    field_entry_url: "Demo address (https://…)",
    field_school: "School",
    add: "Add",
    remove: "Remove",
    url_rejected: "This link will be left out of the page: only https:// and mailto: addresses are accepted.",
    email_invalid: "This e-mail address does not look right, so it will be left out of the page.",
    preview: "Preview",
    preview_frame_title: "Preview of your page",
    preview_explore: "Explore the preview with the keyboard",
    preview_explore_hint: "Tab skips the preview; press this button to move through its links.",
    download_html: "Download HTML",
    download_json: "Download JSON Resume",
    copy_html: "Copy HTML",
    copied: "Copied",
    email_suggestion: "Suggested e-mail at your name",
    email_note: "This address only works once you set up the registrar's e-mail service for your name (many offer a free or low-cost plan). Until then, use the e-mail you already have.",
    use_suggestion: "Use this address",
    page: PageTexts {
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
    },
    publish: PublishTexts {
        title: "Once the name is yours: how to publish your page",
        rename: "First rename the downloaded file {file} to index.html; then publish it one of the two ways below.",
        registrar: "Your registrar's hosting",
        github: "GitHub Pages (free)",
        registrar_steps: &[
            "Sign in to the hosting control panel your registrar gives you for {domain} (cPanel, DirectAdmin or Plesk). If your plan has no hosting yet, ask the registrar for a hosting plan to go with the name.",
            "Open the File Manager, go to the public_html folder (the website's root folder), delete the default page if there is one, and upload index.html.",
            "If the name and the hosting are with the same registrar, the name usually points to the hosting already. If not, add the records below in the name's DNS management, with the IP address your hosting gives you.",
            "Turn on the free SSL certificate (Let's Encrypt or AutoSSL) in the hosting control panel, then open https://{domain} to check.",
        ],
        github_steps: &[
            "On GitHub, create a public repository and upload index.html to its main branch.",
            "In the repository, open Settings → Pages. Under Source choose \"Deploy from a branch\", branch main, folder / (root), and click Save.",
            "Still in Settings → Pages, type {domain} under Custom domain and click Save. GitHub adds a file named CNAME containing {domain} to the repository; do not delete it.",
            "In the name's DNS management at your registrar, add the records below (delete old A, AAAA or CNAME records with the same name, if any).",
            "Wait for DNS to update (a few minutes up to 24 hours). When GitHub reports the name as valid, tick Enforce HTTPS and open https://{domain}.",
        ],
        records: "DNS records to add",
        record_type: "Type",
        record_host: "Name (host)",
        record_value: "Value",
        github_user_label: "Your GitHub username",
        github_user_placeholder: "your-username",
        hosting_ip_placeholder: "your hosting's IP",
    },
};

pub static KM: StarterTexts = StarterTexts {
    step_title: "គេហទំព័រដំបូងសម្រាប់ឈ្មោះដែនរបស់អ្នក",
    step_intro: "ជ្រើសរើសគំរូមួយ បំពេញព័ត៌មានខ្លះៗ (មិនបង្ខំទេ) ហើយទាញយកទំព័រដែលរួចរាល់ ដើម្បីដាក់លើឈ្មោះដែនថ្មីរបស់អ្នក។ អ្វីៗទាំងអស់នៅតែក្នុងកម្មវិធីរុករករបស់អ្នកប៉ុណ្ណោះ។",
    template_label: "គំរូទំព័រ",
    template_cv: "ប្រវត្តិរូប (CV) តាមអ៊ីនធឺណិត",
    template_cv_desc: "សម្រាប់សិស្ស និស្សិត និងអ្នកស្វែងរកការងារ។ បោះពុម្ពបានស្អាតលើក្រដាស A4។",
    template_blog: "ប្លុកផ្ទាល់ខ្លួន",
    template_blog_desc: "អត្ថបទដំបូង និងផ្នែកអំពីអ្នក។",
    template_contest: "ស្នាដៃចូលរួមប្រកួត",
    template_contest_desc: "សម្រាប់ការប្រកួតបង្កើតគេហទំព័រនៅសាលា៖ ក្រុម គម្រោង សាលា និងផ្នែកសម្រាប់គណៈកម្មការវិនិច្ឆ័យ។",
    field_headline: "សេចក្តីណែនាំខ្លីមួយបន្ទាត់",
    field_headline_hint: "ឧទាហរណ៍៖ និស្សិតឆ្នាំទីបី ផ្នែកព័ត៌មានវិទ្យា",
    field_about: "អំពីខ្លួនអ្នក",
    field_organisation: "សាលា ឬស្ថាប័ន",
    field_email: "អ៊ីមែល",
    field_education: "ការសិក្សា",
    field_institution: "គ្រឹះស្ថានសិក្សា",
    field_study: "មុខជំនាញ",
    field_start: "ពី",
    field_end: "ដល់",
    field_dates_hint: "ឧទាហរណ៍៖ 9/2022, 2026 ឬ «បច្ចុប្បន្ន»",
    field_skills: "ជំនាញ",
    field_skills_hint: "បំបែកដោយសញ្ញាក្បៀស ឬមួយបន្ទាត់មួយជំនាញ",
    field_technologies: "បច្ចេកវិទ្យាដែលប្រើ",
    field_projects: "គម្រោង",
    field_project_name: "ឈ្មោះគម្រោង",
    field_project_description: "ការពិពណ៌នា",
    field_project_url: "អាសយដ្ឋាន (https://…)",
    field_links: "តំណភ្ជាប់",
    field_link_label: "ឈ្មោះបង្ហាញ",
    field_link_url: "អាសយដ្ឋាន (https://… ឬ mailto:…)",
    field_post_title: "ចំណងជើងអត្ថបទ",
    field_post_body: "ខ្លឹមសារអត្ថបទ",
    field_team_name: "ឈ្មោះក្រុម",
    field_team: "សមាជិក",
    field_member_name: "ឈ្មោះពេញ",
    field_member_role: "តួនាទី",
    field_entry_name: "ឈ្មោះគម្រោងប្រកួត",
    field_entry_description: "ការពិពណ៌នាគម្រោង",
    field_entry_url: "អាសយដ្ឋានកំណែសាកល្បង (https://…)",
    field_school: "សាលា",
    add: "បន្ថែម",
    remove: "លុប",
    url_rejected: "តំណនេះនឹងមិនត្រូវបានដាក់ក្នុងទំព័រទេ៖ ទទួលយកតែអាសយដ្ឋាន https:// ឬ mailto: ប៉ុណ្ណោះ។",
    email_invalid: "អាសយដ្ឋានអ៊ីមែលនេះហាក់ដូចជាមិនត្រឹមត្រូវ ដូច្នេះវានឹងមិនត្រូវបានដាក់ក្នុងទំព័រទេ។",
    preview: "មើលជាមុន",
    preview_frame_title: "ការមើលជាមុននៃទំព័ររបស់អ្នក",
    preview_explore: "រុករកការមើលជាមុនដោយក្តារចុច",
    preview_explore_hint: "គ្រាប់ចុច Tab រំលងការមើលជាមុន; ចុចប៊ូតុងនេះដើម្បីផ្លាស់ទីតាមតំណរបស់វា។",
    download_html: "ទាញយក HTML",
    download_json: "ទាញយក JSON Resume",
    copy_html: "ចម្លង HTML",
    copied: "បានចម្លងហើយ",
    email_suggestion: "អ៊ីមែលដែលបានណែនាំតាមឈ្មោះដែន",
    email_note: "អាសយដ្ឋាននេះដំណើរការបាន លុះត្រាតែអ្នកបានរៀបចំសេវាអ៊ីមែលតាមឈ្មោះដែនពីអ្នកចុះឈ្មោះដែន (កន្លែងខ្លះមានកញ្ចប់ឥតគិតថ្លៃ ឬតម្លៃថោក)។ មុននោះ សូមប្រើអ៊ីមែលដែលអ្នកមានស្រាប់។",
    use_suggestion: "ប្រើអាសយដ្ឋាននេះ",
    page: PageTexts {
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
    },
    publish: PublishTexts {
        title: "ពេលឈ្មោះជារបស់អ្នក៖ របៀបដាក់ទំព័ររបស់អ្នកលើអ៊ីនធឺណិត",
        rename: "ជាដំបូង ប្តូរឈ្មោះឯកសារ {file} ដែលបានទាញយក ទៅជា index.html រួចដាក់វាលើអ៊ីនធឺណិតតាមវិធីមួយក្នុងចំណោមវិធីពីរខាងក្រោម។",
        registrar: "Hosting របស់អ្នកចុះឈ្មោះដែន",
        github: "GitHub Pages (ឥតគិតថ្លៃ)",
        registrar_steps: &[
            "ចូលទៅផ្ទាំងគ្រប់គ្រង hosting ដែលអ្នកចុះឈ្មោះដែនផ្តល់ឱ្យសម្រាប់ {domain} (cPanel, DirectAdmin ឬ Plesk)។ ប្រសិនបើកញ្ចប់របស់អ្នកមិនទាន់មាន hosting សូមសួរអ្នកចុះឈ្មោះដែនអំពីកញ្ចប់ hosting ភ្ជាប់ជាមួយឈ្មោះដែន។",
            "បើក File Manager ចូលទៅថត public_html (ថតឫសរបស់គេហទំព័រ) លុបទំព័រលំនាំដើមប្រសិនបើមាន ហើយផ្ទុក index.html ឡើង។",
            "ប្រសិនបើឈ្មោះដែន និង hosting នៅអ្នកចុះឈ្មោះតែមួយ ជាធម្មតាឈ្មោះដែនត្រូវបានភ្ជាប់ទៅ hosting រួចហើយ។ បើមិនដូច្នោះទេ សូមបន្ថែមកំណត់ត្រាខាងក្រោមក្នុងផ្នែកគ្រប់គ្រង DNS នៃឈ្មោះដែន ជាមួយអាសយដ្ឋាន IP ដែល hosting ផ្តល់ឱ្យ។",
            "បើក SSL ឥតគិតថ្លៃ (Let's Encrypt ឬ AutoSSL) ក្នុងផ្ទាំងគ្រប់គ្រង hosting រួចបើក https://{domain} ដើម្បីពិនិត្យ។",
        ],
        github_steps: &[
            "នៅលើ GitHub បង្កើតឃ្លាំង (repository) សាធារណៈមួយ ហើយផ្ទុក index.html ឡើងទៅសាខា main។",
            "ក្នុងឃ្លាំង ចូលទៅ Settings → Pages។ នៅ Source ជ្រើសរើស \"Deploy from a branch\" សាខា main ថត / (root) រួចចុច Save។",
            "នៅ Settings → Pages ដដែល វាយ {domain} ក្នុងប្រអប់ Custom domain ហើយចុច Save។ GitHub នឹងបន្ថែមឯកសារឈ្មោះ CNAME ដែលមាន {domain} ទៅក្នុងឃ្លាំង។ កុំលុបឯកសារនេះ។",
            "ក្នុងផ្នែកគ្រប់គ្រង DNS នៃឈ្មោះដែននៅអ្នកចុះឈ្មោះដែន សូមបន្ថែមកំណត់ត្រាខាងក្រោម (លុបកំណត់ត្រា A, AAAA ឬ CNAME ចាស់ដែលមានឈ្មោះដូចគ្នា ប្រសិនបើមាន)។",
            "រង់ចាំ DNS ធ្វើបច្ចុប្បន្នភាព (ពីប៉ុន្មាននាទី ដល់ 24 ម៉ោង)។ នៅពេល GitHub បញ្ជាក់ថាឈ្មោះដែនត្រឹមត្រូវ សូមធីក Enforce HTTPS រួចបើក https://{domain}។",
        ],
        records: "កំណត់ត្រា DNS ដែលត្រូវបន្ថែម",
        record_type: "ប្រភេទ",
        record_host: "ឈ្មោះ (host)",
        record_value: "តម្លៃ",
        github_user_label: "ឈ្មោះគណនី GitHub របស់អ្នក",
        github_user_placeholder: "ឈ្មោះគណនី",
        hosting_ip_placeholder: "IP របស់ hosting",
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    fn all(t: &StarterTexts) -> Vec<&'static str> {
        let p = &t.page;
        let u = &t.publish;
        let mut v = vec![
            t.step_title,
            t.step_intro,
            t.template_label,
            t.template_cv,
            t.template_cv_desc,
            t.template_blog,
            t.template_blog_desc,
            t.template_contest,
            t.template_contest_desc,
            t.field_headline,
            t.field_headline_hint,
            t.field_about,
            t.field_organisation,
            t.field_email,
            t.field_education,
            t.field_institution,
            t.field_study,
            t.field_start,
            t.field_end,
            t.field_dates_hint,
            t.field_skills,
            t.field_skills_hint,
            t.field_technologies,
            t.field_projects,
            t.field_project_name,
            t.field_project_description,
            t.field_project_url,
            t.field_links,
            t.field_link_label,
            t.field_link_url,
            t.field_post_title,
            t.field_post_body,
            t.field_team_name,
            t.field_team,
            t.field_member_name,
            t.field_member_role,
            t.field_entry_name,
            t.field_entry_description,
            t.field_entry_url,
            t.field_school,
            t.add,
            t.remove,
            t.url_rejected,
            t.email_invalid,
            t.preview,
            t.preview_frame_title,
            t.preview_explore,
            t.preview_explore_hint,
            t.download_html,
            t.download_json,
            t.copy_html,
            t.copied,
            t.email_suggestion,
            t.email_note,
            t.use_suggestion,
            p.doc_cv,
            p.doc_blog,
            p.doc_contest,
            p.default_cv_name,
            p.default_blog_name,
            p.default_contest_name,
            p.about,
            p.about_me,
            p.education,
            p.skills,
            p.projects,
            p.links,
            p.contact,
            p.default_post_title,
            p.default_post_body,
            p.entry_kicker,
            p.team_prefix,
            p.project,
            p.team,
            p.school,
            p.judges,
            p.demo,
            p.technologies,
            p.judges_page,
            p.footer_fallback,
            u.title,
            u.rename,
            u.registrar,
            u.github,
            u.records,
            u.record_type,
            u.record_host,
            u.record_value,
            u.github_user_label,
            u.github_user_placeholder,
            u.hosting_ip_placeholder,
        ];
        v.extend(p.judges_checks);
        v.extend(u.registrar_steps);
        v.extend(u.github_steps);
        v
    }

    #[test]
    fn every_language_has_every_text_and_the_same_number_of_steps() {
        for lang in Lang::ALL {
            let t = lang.starter();
            for s in all(t) {
                assert!(!s.trim().is_empty(), "{lang:?} has an empty text");
                assert!(
                    !s.contains('<') && !s.contains('&'),
                    "{lang:?}: markup in {s:?}"
                );
            }
            assert_eq!(
                t.page.judges_checks.len(),
                VI.page.judges_checks.len(),
                "{lang:?}"
            );
            assert_eq!(
                t.publish.registrar_steps.len(),
                VI.publish.registrar_steps.len(),
                "{lang:?}"
            );
            assert_eq!(
                t.publish.github_steps.len(),
                VI.publish.github_steps.len(),
                "{lang:?}"
            );
        }
    }

    #[test]
    fn khmer_and_english_are_translations_not_copies() {
        let (vi, en, km) = (all(&VI), all(&EN), all(&KM));
        let khmer = |s: &str| s.chars().any(|c| ('\u{1780}'..='\u{17ff}').contains(&c));
        // Headings and labels a visitor reads are in Khmer script; only brand names
        // ("GitHub Pages", "HTML", "CV") may be shared.
        assert!(km.iter().filter(|s| khmer(s)).count() * 10 >= km.len() * 9);
        let same_as_vi = vi.iter().zip(&en).filter(|(a, b)| a == b).count();
        assert!(
            same_as_vi <= 4,
            "{same_as_vi} English texts equal the Vietnamese"
        );
    }

    #[test]
    fn publishing_steps_name_the_domain_and_the_file_where_they_should() {
        for lang in Lang::ALL {
            let u = &lang.starter().publish;
            assert!(
                u.rename.contains("{file}") && u.rename.contains("index.html"),
                "{lang:?}"
            );
            for steps in [u.registrar_steps, u.github_steps] {
                assert!(steps.iter().all(|s| !s.contains("{file}")), "said once");
                assert!(
                    steps.last().is_some_and(|s| s.contains("https://{domain}")),
                    "{lang:?}"
                );
            }
            assert!(
                u.github_steps
                    .iter()
                    .any(|s| s.contains("CNAME") && s.contains("{domain}")),
                "{lang:?}"
            );
        }
    }
}
