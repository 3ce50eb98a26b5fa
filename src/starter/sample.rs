//! A realistic example page per template and language ([`sample`]): what the UI can
//! show before anything is typed, and what the tests and the size budget are measured
//! on. A student of Trà Vinh University (CV, blog), a student team (contest) and a
//! household bakery in Trà Vinh (business), each in plain words in vi, en and km.
//! Proper names (people, the shop, the street address the directions link searches
//! for) stay as they are written in Vietnamese. Samples carry no photo.
//!
//! Each language is its own table, picked with `Lang::pick`, so a one-language wasm
//! holds one language's samples.

use super::{
    Business, Certificate, Education, Experience, Hours, Language, Link, Member, Offer, Project,
    StarterInput, Template, Theme,
};
use crate::i18n::Lang;

/// One language's sample texts.
struct Texts {
    cv_headline: &'static str,
    cv_about: &'static str,
    university: &'static str,
    /// (institution, study, start, end) ×2.
    education: [(&'static str, &'static str, &'static str, &'static str); 2],
    /// (role, organisation, start, end, description) ×2.
    experience: [(
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    ); 2],
    /// (name, description) ×2; the first has a GitHub address.
    projects: [(&'static str, &'static str); 2],
    languages: [(&'static str, &'static str); 2],
    certificates: [(&'static str, &'static str, &'static str); 2],
    blog_headline: &'static str,
    blog_about: &'static str,
    post_title: &'static str,
    post_body: &'static str,
    team_roles: [&'static str; 3],
    entry_name: &'static str,
    entry_description: &'static str,
    shop_headline: &'static str,
    shop_about: &'static str,
    /// (name, price, description) ×4.
    offers: [(&'static str, &'static str, &'static str); 4],
}

static VI: Texts = Texts {
    cv_headline: "Sinh viên năm 3 ngành Công nghệ thông tin",
    cv_about: "Mình thích làm những trang web nhanh, dễ dùng cho mọi người, kể cả trên điện thoại cũ và mạng yếu.\n\nĐang tìm chỗ thực tập lập trình web tại Trà Vinh hoặc làm từ xa.",
    university: "Trường Đại học Trà Vinh",
    education: [
        ("Trường Đại học Trà Vinh", "Công nghệ thông tin", "9/2022", "hiện tại"),
        ("Trường THPT Chuyên Nguyễn Thiện Thành", "Lớp chuyên Tin", "2019", "2022"),
    ],
    experience: [
        (
            "Thực tập sinh lập trình web",
            "Công ty TNHH Phần mềm Cửu Long",
            "6/2025",
            "8/2025",
            "Làm trang đặt lịch khám cho một phòng khám bằng HTML, CSS và JavaScript; trang mở được trong chưa tới 1 giây trên điện thoại.",
        ),
        (
            "Trợ giảng tin học (tình nguyện)",
            "Câu lạc bộ Tin học, Trường Đại học Trà Vinh",
            "2023",
            "2024",
            "Hướng dẫn 30 bạn sinh viên năm nhất làm trang web cá nhân đầu tiên.",
        ),
    ],
    projects: [
        ("Chợ nổi số", "Bản đồ các chợ nổi miền Tây: giờ họp chợ, món đặc sản; chạy tốt cả khi mạng yếu."),
        ("Bàn phím Khmer", "Bàn phím ảo tiếng Khmer cho điện thoại, làm cùng các bạn người Khmer ở Trà Vinh."),
    ],
    languages: [
        ("Tiếng Việt", "tiếng mẹ đẻ"),
        ("Tiếng Anh", "B1: đọc tài liệu kỹ thuật, giao tiếp hằng ngày"),
    ],
    certificates: [
        ("TOEIC 750", "IIG Việt Nam", "2025"),
        ("Ứng dụng công nghệ thông tin cơ bản", "Trường Đại học Trà Vinh", "2023"),
    ],
    blog_headline: "Ghi chép của một sinh viên công nghệ thông tin ở Trà Vinh",
    blog_about: "Mình là An, sinh viên năm 3 Trường Đại học Trà Vinh. Ở đây mình viết về chuyện học lập trình và làm web.",
    post_title: "Vì sao mình có tên miền riêng",
    post_body: "Mình vừa đăng ký tên miền .id.vn, chỉ mất vài phút.\n\nCó tên miền riêng, mình gửi CV cho nhà tuyển dụng bằng một đường link dễ nhớ thay vì một tệp PDF. Bạn bè cũng tìm thấy các dự án của mình dễ hơn.\n\nBài sau: đưa trang web lên GitHub Pages miễn phí.",
    team_roles: ["Trưởng nhóm, lập trình", "Thiết kế giao diện", "Nội dung và kiểm thử"],
    entry_name: "Chợ nổi số",
    entry_description: "Một bản đồ trực tuyến giúp du khách tìm chợ nổi, giờ họp chợ và món đặc sản.\nDữ liệu do chính người bán cập nhật.\n\nChạy tốt trên điện thoại, cả khi mạng yếu.",
    shop_headline: "Bánh tét, bánh pía nhà làm ở Trà Vinh",
    shop_about: "Tiệm nhỏ của gia đình, ngày nào cũng làm bánh mới theo cách má dạy. Bánh gói lá chuối, không chất bảo quản.\n\nNhận đặt bánh làm quà, đám tiệc, cúng giỗ.",
    offers: [
        ("Bánh tét lá cẩm", "60.000 đ/đòn", "Nếp màu tím tự nhiên từ lá cẩm, nhân đậu xanh, thịt mỡ; nấu 8 tiếng."),
        ("Bánh tét chuối", "40.000 đ/đòn", "Nhân chuối xiêm chín, ăn chay được."),
        ("Bánh pía sầu riêng trứng muối", "75.000 đ/hộp 4 cái", "Vỏ ngàn lớp, nhân đậu xanh, sầu riêng và trứng muối."),
        ("Đặt bánh làm quà, đám tiệc", "Liên hệ", "Đặt từ 10 đòn, báo trước 2 ngày; giao tận nơi trong phường."),
    ],
};

static EN: Texts = Texts {
    cv_headline: "Third-year Information Technology student",
    cv_about: "I like building fast web pages that are easy for everyone to use, even on old phones and slow networks.\n\nLooking for a web development internship in Trà Vinh or a remote one.",
    university: "Tra Vinh University",
    education: [
        ("Tra Vinh University", "Information Technology", "9/2022", "present"),
        ("Nguyen Thien Thanh High School for the Gifted", "Computer science class", "2019", "2022"),
    ],
    experience: [
        (
            "Web development intern",
            "Cuu Long Software Co., Ltd.",
            "6/2025",
            "8/2025",
            "Built a clinic's appointment booking page in HTML, CSS and JavaScript; it opens in under a second on a phone.",
        ),
        (
            "IT teaching assistant (volunteer)",
            "IT Club, Tra Vinh University",
            "2023",
            "2024",
            "Helped 30 first-year students build their first personal website.",
        ),
    ],
    projects: [
        ("Digital floating market", "A map of the Mekong Delta's floating markets: market hours and local food; works on slow networks."),
        ("Khmer keyboard", "An on-screen Khmer keyboard for phones, built with Khmer friends in Trà Vinh."),
    ],
    languages: [
        ("Vietnamese", "native"),
        ("English", "B1: reads technical documents, everyday conversation"),
    ],
    certificates: [
        ("TOEIC 750", "IIG Vietnam", "2025"),
        ("Basic IT Skills", "Tra Vinh University", "2023"),
    ],
    blog_headline: "Notes of an IT student in Trà Vinh",
    blog_about: "I'm An, a third-year student at Tra Vinh University. Here I write about learning to code and building websites.",
    post_title: "Why I got my own domain name",
    post_body: "I have just registered my .id.vn domain name; it took a few minutes.\n\nWith my own name, I send employers my CV as a link that is easy to remember instead of a PDF file. Friends find my projects more easily too.\n\nNext post: putting the website on GitHub Pages for free.",
    team_roles: ["Team lead, programming", "Interface design", "Content and testing"],
    entry_name: "Digital floating market",
    entry_description: "An online map that helps visitors find floating markets, their hours and local specialities.\nThe sellers keep the data up to date themselves.\n\nWorks well on phones, even on slow networks.",
    shop_headline: "Home-made bánh tét and bánh pía in Trà Vinh",
    shop_about: "A small family shop that makes fresh cakes every day, the way our mother taught us. Wrapped in banana leaves, no preservatives.\n\nWe take orders for gifts, parties and family ceremonies.",
    offers: [
        ("Purple sticky rice cake (bánh tét lá cẩm)", "60,000 VND a roll", "Naturally purple sticky rice, mung bean and pork filling; boiled for 8 hours."),
        ("Banana sticky rice cake (bánh tét chuối)", "40,000 VND a roll", "Ripe banana filling; vegetarian."),
        ("Durian and salted egg pastry (bánh pía)", "75,000 VND a box of 4", "Flaky layered pastry, mung bean, durian and salted egg yolk."),
        ("Orders for gifts and parties", "Ask us", "From 10 rolls, two days ahead; delivered nearby."),
    ],
};

static KM: Texts = Texts {
    cv_headline: "និស្សិតឆ្នាំទី៣ ផ្នែកព័ត៌មានវិទ្យា",
    cv_about: "ខ្ញុំចូលចិត្តបង្កើតគេហទំព័រដែលលឿន និងងាយស្រួលប្រើសម្រាប់មនុស្សគ្រប់គ្នា សូម្បីតែលើទូរស័ព្ទចាស់ និងអ៊ីនធឺណិតយឺត។\n\nកំពុងស្វែងរកកម្មសិក្សាផ្នែកសរសេរកម្មវិធីគេហទំព័រ នៅត្រាវិញ ឬធ្វើការពីចម្ងាយ។",
    university: "សាកលវិទ្យាល័យត្រាវិញ",
    education: [
        ("សាកលវិទ្យាល័យត្រាវិញ", "ព័ត៌មានវិទ្យា", "9/2022", "បច្ចុប្បន្ន"),
        ("វិទ្យាល័យឯកទេស Nguyễn Thiện Thành", "ថ្នាក់ឯកទេសព័ត៌មានវិទ្យា", "2019", "2022"),
    ],
    experience: [
        (
            "កម្មសិក្សាការីសរសេរកម្មវិធីគេហទំព័រ",
            "ក្រុមហ៊ុនកម្មវិធី Cửu Long",
            "6/2025",
            "8/2025",
            "បង្កើតទំព័រកក់ពេលពិនិត្យជំងឺសម្រាប់គ្លីនិកមួយ ដោយប្រើ HTML, CSS និង JavaScript។ ទំព័របើកបានក្នុងរយៈពេលតិចជាងមួយវិនាទីលើទូរស័ព្ទ។",
        ),
        (
            "ជំនួយការបង្រៀនព័ត៌មានវិទ្យា (ស្ម័គ្រចិត្ត)",
            "ក្លឹបព័ត៌មានវិទ្យា សាកលវិទ្យាល័យត្រាវិញ",
            "2023",
            "2024",
            "ណែនាំនិស្សិតឆ្នាំទី១ ចំនួន ៣០ នាក់ ឱ្យបង្កើតគេហទំព័រផ្ទាល់ខ្លួនដំបូងរបស់ពួកគេ។",
        ),
    ],
    projects: [
        ("ផ្សារបណ្តែតទឹកឌីជីថល", "ផែនទីផ្សារបណ្តែតទឹកនៅដីសណ្តទន្លេមេគង្គ៖ ម៉ោងផ្សារ និងម្ហូបល្បីៗ។ ដំណើរការល្អ ទោះបីអ៊ីនធឺណិតយឺតក៏ដោយ។"),
        ("ក្តារចុចខ្មែរ", "ក្តារចុចខ្មែរលើអេក្រង់សម្រាប់ទូរស័ព្ទ បង្កើតជាមួយមិត្តភក្តិខ្មែរនៅត្រាវិញ។"),
    ],
    languages: [
        ("ភាសាវៀតណាម", "ភាសាកំណើត"),
        ("ភាសាអង់គ្លេស", "B1៖ អានឯកសារបច្ចេកទេស និងសន្ទនាប្រចាំថ្ងៃ"),
    ],
    certificates: [
        ("TOEIC 750", "IIG វៀតណាម", "2025"),
        ("ជំនាញព័ត៌មានវិទ្យាមូលដ្ឋាន", "សាកលវិទ្យាល័យត្រាវិញ", "2023"),
    ],
    blog_headline: "កំណត់ត្រារបស់និស្សិតព័ត៌មានវិទ្យាម្នាក់នៅត្រាវិញ",
    blog_about: "ខ្ញុំឈ្មោះ អាន ជានិស្សិតឆ្នាំទី៣ នៃសាកលវិទ្យាល័យត្រាវិញ។ នៅទីនេះ ខ្ញុំសរសេរអំពីការរៀនសរសេរកម្មវិធី និងការបង្កើតគេហទំព័រ។",
    post_title: "ហេតុអ្វីខ្ញុំមានឈ្មោះដែនផ្ទាល់ខ្លួន",
    post_body: "ខ្ញុំទើបតែចុះឈ្មោះដែន .id.vn ដែលចំណាយពេលតែប៉ុន្មាននាទីប៉ុណ្ណោះ។\n\nដោយមានឈ្មោះដែនផ្ទាល់ខ្លួន ខ្ញុំផ្ញើប្រវត្តិរូបទៅនិយោជកជាតំណដែលងាយចាំ ជំនួសឱ្យឯកសារ PDF។ មិត្តភក្តិក៏រកឃើញគម្រោងរបស់ខ្ញុំកាន់តែងាយស្រួលដែរ។\n\nអត្ថបទបន្ទាប់៖ ដាក់គេហទំព័រលើ GitHub Pages ដោយឥតគិតថ្លៃ។",
    team_roles: ["ប្រធានក្រុម អ្នកសរសេរកម្មវិធី", "អ្នករចនាចំណុចប្រទាក់", "ខ្លឹមសារ និងការសាកល្បង"],
    entry_name: "ផ្សារបណ្តែតទឹកឌីជីថល",
    entry_description: "ផែនទីតាមអ៊ីនធឺណិតដែលជួយភ្ញៀវទេសចរស្វែងរកផ្សារបណ្តែតទឹក ម៉ោងផ្សារ និងម្ហូបល្បីៗ។\nអ្នកលក់ធ្វើបច្ចុប្បន្នភាពទិន្នន័យដោយខ្លួនឯង។\n\nដំណើរការល្អលើទូរស័ព្ទ ទោះបីអ៊ីនធឺណិតយឺតក៏ដោយ។",
    shop_headline: "នំអន្សម និងនំ bánh pía ធ្វើដោយដៃនៅត្រាវិញ",
    shop_about: "ហាងតូចរបស់គ្រួសារ ដែលធ្វើនំថ្មីៗរៀងរាល់ថ្ងៃ តាមរបៀបដែលម្តាយបានបង្រៀន។ ខ្ចប់ដោយស្លឹកចេក គ្មានសារធាតុថែរក្សា។\n\nទទួលកុម្ម៉ង់នំសម្រាប់ជាកាដូ ពិធីជប់លៀង និងពិធីបុណ្យគ្រួសារ។",
    offers: [
        ("នំអន្សមពណ៌ស្វាយ (bánh tét lá cẩm)", "60.000 ដុង/ដើម", "អង្ករដំណើបពណ៌ស្វាយពីធម្មជាតិ ស្នូលសណ្តែកបាយ និងសាច់ជ្រូក ស្ងោរ ៨ ម៉ោង។"),
        ("នំអន្សមចេក (bánh tét chuối)", "40.000 ដុង/ដើម", "ស្នូលចេកទុំ សម្រាប់អ្នកតមសាច់។"),
        ("នំ bánh pía ធូរេន និងពងទាប្រៃ", "75.000 ដុង/ប្រអប់ ៤ គ្រាប់", "សំបកស្រទាប់ៗ ស្នូលសណ្តែកបាយ ធូរេន និងពងទាប្រៃ។"),
        ("កុម្ម៉ង់នំសម្រាប់ជាកាដូ និងពិធីជប់លៀង", "សូមទាក់ទង", "ចាប់ពី ១០ ដើមឡើងទៅ សូមប្រាប់មុន ២ ថ្ងៃ។ ដឹកជូនដល់ផ្ទះនៅក្បែរនោះ។"),
    ],
};

/// The example page for `template` in `lang`, every field its template uses filled
/// in (no photo; the default theme, but Clay for the bakery).
pub fn sample(template: Template, lang: Lang) -> StarterInput {
    let t: &Texts = lang.pick(&VI, &EN, &KM);
    let s = |x: &str| x.to_string();
    let base = StarterInput {
        template,
        lang,
        full_name: s("Nguyễn Văn An"),
        domain: s("nguyenvanan.id.vn"),
        email: s("lienhe@nguyenvanan.id.vn"),
        organisation: s(t.university),
        ..Default::default()
    };
    match template {
        Template::Cv => StarterInput {
            headline: s(t.cv_headline),
            about: s(t.cv_about),
            education: t
                .education
                .iter()
                .map(|&(institution, study, start, end)| Education {
                    institution: s(institution),
                    study: s(study),
                    start: s(start),
                    end: s(end),
                })
                .collect(),
            experience: t
                .experience
                .iter()
                .map(
                    |&(role, organisation, start, end, description)| Experience {
                        role: s(role),
                        organisation: s(organisation),
                        start: s(start),
                        end: s(end),
                        description: s(description),
                    },
                )
                .collect(),
            projects: t
                .projects
                .iter()
                .zip(["https://github.com/nguyenvanan/cho-noi", ""])
                .map(|(&(name, description), url)| Project {
                    name: s(name),
                    description: s(description),
                    url: s(url),
                })
                .collect(),
            skills: ["HTML", "CSS", "JavaScript", "Rust", "Git", "Figma"]
                .map(s)
                .to_vec(),
            languages: t
                .languages
                .iter()
                .map(|&(name, fluency)| Language {
                    name: s(name),
                    fluency: s(fluency),
                })
                .collect(),
            certificates: t
                .certificates
                .iter()
                .map(|&(name, issuer, date)| Certificate {
                    name: s(name),
                    issuer: s(issuer),
                    date: s(date),
                })
                .collect(),
            links: vec![Link {
                label: s("GitHub"),
                url: s("https://github.com/nguyenvanan"),
            }],
            ..base
        },
        Template::Blog => StarterInput {
            headline: s(t.blog_headline),
            about: s(t.blog_about),
            post_title: s(t.post_title),
            post_body: s(t.post_body),
            links: vec![Link {
                label: s("GitHub"),
                url: s("https://github.com/nguyenvanan"),
            }],
            ..base
        },
        Template::Contest => StarterInput {
            domain: s("saokhue.id.vn"),
            team_name: s("Sao Khuê"),
            team: ["Nguyễn Văn An", "Thạch Thị Sô Phia", "Lê Minh Khoa"]
                .iter()
                .zip(t.team_roles)
                .map(|(name, role)| Member {
                    name: s(name),
                    role: s(role),
                })
                .collect(),
            entry: Project {
                name: s(t.entry_name),
                description: s(t.entry_description),
                url: s("https://saokhue.github.io/cho-noi/"),
            },
            skills: ["HTML", "CSS", "SVG"].map(s).to_vec(),
            links: vec![Link {
                label: s("GitHub"),
                url: s("https://github.com/saokhue/cho-noi"),
            }],
            ..base
        },
        Template::Business => {
            let hours = |day, opens: &str, closes: &str| Hours {
                day,
                opens: s(opens),
                closes: s(closes),
            };
            let mut week: Vec<Hours> = (0..6).map(|day| hours(day, "6h", "20h")).collect();
            week.push(hours(6, "6h", "11h"));
            StarterInput {
                full_name: s("Bánh tét Cô Ba"),
                domain: s("banhtetcoba.biz.vn"),
                email: s("lienhe@banhtetcoba.biz.vn"),
                organisation: String::new(),
                headline: s(t.shop_headline),
                about: s(t.shop_about),
                business: Business {
                    legal_name: s("Hộ kinh doanh Trần Thị Ba"),
                    offers: t
                        .offers
                        .iter()
                        .map(|&(name, price, description)| Offer {
                            name: s(name),
                            price: s(price),
                            description: s(description),
                        })
                        .collect(),
                    hours: week,
                    address: s("12 Phạm Thái Bường, phường Trà Vinh, tỉnh Vĩnh Long"),
                    phone: s("0901 234 567"),
                    zalo: s("0901 234 567"),
                    facebook: s("facebook.com/banhtetcoba"),
                },
                theme: Theme::Clay,
                ..base
            }
        }
    }
}
