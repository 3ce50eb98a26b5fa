//! Texts of the go-live checks (`mode="check"`, `mode="roster"`): whether a
//! registered name serves a website and mail, and what to add. Worded honestly: an
//! answer the resolvers did not give is "we can't tell", never "missing".

use super::Lang;
use crate::check::roster::Totals;
use crate::check::{DomainError, Findings, HostRef, Https, Mx, Registered, Spf, Verdict, Website};

#[derive(Debug)]
pub struct Check {
    pub heading: &'static str,
    pub intro: &'static str,
    pub domain_label: &'static str,
    pub domain_hint: &'static str,
    pub check: &'static str,
    pub check_again: &'static str,
    /// `{domain}`; announced.
    pub checking: &'static str,
    /// `{domain}`; announced.
    pub checked: &'static str,
    /// The way back to the journey, when the journey brought the visitor here.
    pub back: &'static str,
    // Why a typed name is not a .vn domain name.
    pub err_empty: &'static str,
    pub err_not_vn: &'static str,
    pub err_no_name: &'static str,
    /// `{char}`.
    pub err_bad_char: &'static str,
    pub err_hyphen: &'static str,
    pub err_label_long: &'static str,
    pub err_too_long: &'static str,
    pub err_not_ascii: &'static str,
    pub err_empty_label: &'static str,
    // Verdicts.
    pub ok: &'static str,
    pub missing: &'static str,
    pub attention: &'static str,
    pub unknown: &'static str,
    // The findings' titles.
    pub registered_title: &'static str,
    pub website_title: &'static str,
    pub email_title: &'static str,
    pub https_title: &'static str,
    /// `{domain}`, `{ns}`.
    pub registered_yes: &'static str,
    /// `{domain}`: it exists, its name servers were not named.
    pub registered_exists: &'static str,
    /// `{host}`: who serves the name's DNS, when recognised.
    pub dns_host: &'static str,
    /// `{domain}`.
    pub registered_no: &'static str,
    pub cannot_tell: &'static str,
    /// `{domain}`, `{host}`, `{targets}`.
    pub website_host: &'static str,
    /// `{domain}`, `{targets}`.
    pub website_other: &'static str,
    /// `{domain}`.
    pub website_only_www: &'static str,
    /// `{domain}`.
    pub website_only_apex: &'static str,
    /// `{domain}`.
    pub website_none: &'static str,
    pub live: &'static str,
    /// `{domain}`.
    pub open_site: &'static str,
    /// `{service}`, `{hosts}`.
    pub mail_service: &'static str,
    /// `{hosts}`.
    pub mail_other: &'static str,
    pub mail_spf: &'static str,
    pub mail_no_spf: &'static str,
    pub mail_none: &'static str,
    /// `{domain}`: said before the button.
    pub https_note: &'static str,
    pub https_button: &'static str,
    pub https_asking: &'static str,
    pub https_answered: &'static str,
    pub https_none: &'static str,
    pub https_not_asked: &'static str,
    /// The records to add.
    pub setup_title: &'static str,
    pub host_label: &'static str,
    pub host_choose: &'static str,
    pub mail_choose: &'static str,
    pub registrar_hosting: &'static str,
    pub registrar_hosting_text: &'static str,
    pub site_label: &'static str,
    /// `{example}`.
    pub site_hint: &'static str,
    pub mail_label: &'static str,
    pub setup_intro: &'static str,
    pub col_name: &'static str,
    pub col_type: &'static str,
    pub col_value: &'static str,
    pub col_priority: &'static str,
    /// Under the mail records: the service's admin page has the exact values.
    pub mail_values_note: &'static str,
    pub copy_records: &'static str,
    pub copied: &'static str,
    pub after_setup: &'static str,
    // mode="roster".
    pub roster_heading: &'static str,
    pub roster_intro: &'static str,
    pub list_label: &'static str,
    pub list_hint: &'static str,
    pub open_file: &'static str,
    /// `{n}`, `{secs}`.
    pub list_ready: &'static str,
    /// `{n}`.
    pub merged: &'static str,
    /// `{n}`.
    pub over: &'static str,
    pub bad_title: &'static str,
    /// `{line}`, `{text}`, `{why}`.
    pub bad_line: &'static str,
    /// `{n}`: bad lines not listed.
    pub bad_more: &'static str,
    /// `{n}`.
    pub check_all: &'static str,
    pub stop: &'static str,
    /// `{done}`, `{n}`.
    pub progress: &'static str,
    /// `{done}`, `{n}`: announced when stopped.
    pub stopped: &'static str,
    /// `{names}`, `{registered}`, `{website}`, `{email}`.
    pub totals: &'static str,
    pub col_domain: &'static str,
    pub col_registered: &'static str,
    pub col_website: &'static str,
    pub col_https: &'static str,
    pub col_email: &'static str,
    /// `{column}`: the sort buttons' names.
    pub sort_by: &'static str,
    pub ask_https: &'static str,
    pub download_csv: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub other_server: &'static str,
    pub none: &'static str,
}

impl Lang {
    pub fn check(self) -> &'static Check {
        self.pick(&VI, &EN, &KM)
    }
}

/// Why a typed text is not a `.vn` name, and what to type.
pub fn domain_error(lang: Lang, e: &DomainError) -> String {
    let t = lang.check();
    match e {
        DomainError::Empty => t.err_empty.to_owned(),
        DomainError::NotVn => t.err_not_vn.to_owned(),
        DomainError::NoName => t.err_no_name.to_owned(),
        DomainError::BadCharacter(c) => {
            t.err_bad_char.replace("{char}", c.encode_utf8(&mut [0; 4]))
        }
        DomainError::BadHyphen => t.err_hyphen.to_owned(),
        DomainError::LabelTooLong => t.err_label_long.to_owned(),
        DomainError::TooLong => t.err_too_long.to_owned(),
        DomainError::NotAscii => t.err_not_ascii.to_owned(),
        DomainError::EmptyLabel => t.err_empty_label.to_owned(),
    }
}

/// A verdict's word.
pub fn verdict(lang: Lang, v: Verdict) -> &'static str {
    let t = lang.check();
    match v {
        Verdict::Ok => t.ok,
        Verdict::Missing => t.missing,
        Verdict::Attention => t.attention,
        Verdict::Unknown => t.unknown,
    }
}

/// The HTTPS probe's verdict: not asked yet is not known.
pub fn https_verdict(h: Https) -> Verdict {
    match h {
        Https::Answered => Verdict::Ok,
        Https::NoAnswer => Verdict::Missing,
        Https::NotAsked => Verdict::Unknown,
    }
}

pub fn https_text(lang: Lang, h: Https) -> &'static str {
    let t = lang.check();
    match h {
        Https::Answered => t.https_answered,
        Https::NoAnswer => t.https_none,
        Https::NotAsked => t.https_not_asked,
    }
}

/// One finding: `key` is its stable `data-finding` code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub key: &'static str,
    pub title: &'static str,
    pub verdict: Verdict,
    pub text: String,
}

/// Registration, website and e-mail, each with its verdict and what it means, in
/// plain words (the HTTPS probe is said apart: it comes on request).
pub fn lines(lang: Lang, f: &Findings) -> Vec<Line> {
    let t = lang.check();
    let d = f.domain.as_str();
    let join = |parts: &[&str]| {
        parts
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let registered = match &f.registered {
        Registered::Yes {
            name_servers,
            dns_host,
        } => {
            let first = if name_servers.is_empty() {
                t.registered_exists.replace("{domain}", d)
            } else {
                t.registered_yes
                    .replace("{domain}", d)
                    .replace("{ns}", &name_servers.join(", "))
            };
            let host = dns_host
                .as_ref()
                .map(|h| t.dns_host.replace("{host}", &h.name))
                .unwrap_or_default();
            join(&[&first, &host])
        }
        Registered::No => t.registered_no.replace("{domain}", d),
        Registered::Unknown => t.cannot_tell.to_owned(),
    };
    let website = match &f.website {
        Website::Host {
            host,
            apex,
            www,
            partial,
            targets,
        } => {
            let targets = targets.join(", ");
            let first = match host {
                Some(h) => t.website_host.replace("{host}", &h.name),
                None => t.website_other.to_owned(),
            }
            .replace("{domain}", d)
            .replace("{targets}", &targets);
            let second = match (apex, www, partial) {
                (_, _, true) => t.cannot_tell,
                (true, false, _) => t.website_only_apex,
                (false, true, _) => t.website_only_www,
                _ => "",
            }
            .replace("{domain}", d);
            join(&[&first, &second])
        }
        Website::None => t.website_none.replace("{domain}", d),
        Website::Unknown => t.cannot_tell.to_owned(),
    };
    let email = match &f.email.mx {
        Mx::Found { hosts, service } => {
            let hosts = hosts.join(", ");
            let first = match service {
                Some(s) => t.mail_service.replace("{service}", &s.name),
                None => t.mail_other.to_owned(),
            }
            .replace("{hosts}", &hosts);
            let spf = match f.email.spf {
                Spf::Found(_) => t.mail_spf,
                Spf::None => t.mail_no_spf,
                Spf::Unknown => t.cannot_tell,
            };
            join(&[&first, spf])
        }
        Mx::None => t.mail_none.to_owned(),
        Mx::Unknown => t.cannot_tell.to_owned(),
    };
    let mut out = vec![Line {
        key: "registered",
        title: t.registered_title,
        verdict: f.registered_verdict(),
        text: registered,
    }];
    // A name that does not exist (or is not known to) has no website or mail to speak of.
    if f.registered_verdict() == Verdict::Ok {
        out.push(Line {
            key: "website",
            title: t.website_title,
            verdict: f.website_verdict(),
            text: website,
        });
        out.push(Line {
            key: "email",
            title: t.email_title,
            verdict: f.email_verdict(),
            text: email,
        });
    }
    out
}

/// "412 names: 380 registered, 301 with a website, 97 with e-mail."
pub fn totals(lang: Lang, totals: &Totals) -> String {
    lang.check()
        .totals
        .replace("{names}", &totals.names.to_string())
        .replace("{registered}", &totals.registered.to_string())
        .replace("{website}", &totals.website.to_string())
        .replace("{email}", &totals.email.to_string())
}

/// A roster row's cells, as words, with their codes (`data-*` attributes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cells {
    pub registered: &'static str,
    pub website: String,
    pub https: &'static str,
    pub email: String,
}

pub fn cells(lang: Lang, f: &Findings) -> Cells {
    let t = lang.check();
    let host = |h: &Option<HostRef>| {
        h.as_ref()
            .map_or(t.other_server.to_owned(), |h| h.name.clone())
    };
    Cells {
        registered: match f.registered {
            Registered::Yes { .. } => t.yes,
            Registered::No => t.no,
            Registered::Unknown => t.unknown,
        },
        website: match &f.website {
            Website::Host { host: h, .. } => host(h),
            Website::None => t.none.to_owned(),
            Website::Unknown => t.unknown.to_owned(),
        },
        https: match f.https {
            Https::Answered => t.yes,
            Https::NoAnswer => t.no,
            Https::NotAsked => "",
        },
        email: match &f.email.mx {
            Mx::Found { service, .. } => host(service),
            Mx::None => t.none.to_owned(),
            Mx::Unknown => t.unknown.to_owned(),
        },
    }
}

static VI: Check = Check {
    heading: "Trang của bạn đã chạy chưa?",
    intro: "Gõ tên miền bạn đã đăng ký. Tiện ích hỏi hệ thống tên miền (DNS) xem tên đó trỏ tới đâu: website, thư điện tử. Chỉ tên miền được gửi đi để hỏi, không gì khác.",
    domain_label: "Tên miền",
    domain_hint: "Tên bạn đã đăng ký, ví dụ nguyenvanan.id.vn.",
    check: "Kiểm tra",
    check_again: "Kiểm tra lại",
    checking: "Đang hỏi DNS về {domain}…",
    checked: "Đã kiểm tra {domain}.",
    back: "Quay lại đăng ký tên miền",
    err_empty: "Hãy gõ tên miền, ví dụ nguyenvanan.id.vn.",
    err_not_vn: "Tiện ích này kiểm tra tên miền quốc gia .vn: tên phải kết thúc bằng .vn.",
    err_no_name: "Hãy gõ cả tên, ví dụ nguyenvanan.id.vn, không chỉ phần đuôi.",
    err_bad_char: "Tên miền không chứa được “{char}”: chỉ chữ a–z, chữ số và dấu gạch ngang.",
    err_hyphen: "Mỗi phần của tên miền không bắt đầu hay kết thúc bằng dấu gạch ngang.",
    err_label_long: "Mỗi phần giữa hai dấu chấm dài tối đa 63 ký tự.",
    err_too_long: "Tên miền dài tối đa 253 ký tự.",
    err_not_ascii: "Tên miền tiếng Việt có dấu được đăng ký ở dạng xn--…: hãy gõ dạng đó, như nhà đăng ký hiển thị.",
    err_empty_label: "Có hai dấu chấm liền nhau hoặc dấu chấm ở đầu: hãy xoá bớt.",
    ok: "Tốt",
    missing: "Chưa có",
    attention: "Cần sửa",
    unknown: "Chưa rõ",
    registered_title: "Đăng ký",
    website_title: "Website",
    email_title: "Thư điện tử",
    https_title: "HTTPS",
    registered_yes: "{domain} đã được đăng ký và trỏ tới máy chủ tên miền {ns}.",
    registered_exists: "{domain} đã có trong DNS.",
    dns_host: "DNS do {host} phục vụ.",
    registered_no: "{domain} chưa tồn tại trong DNS. Nếu bạn vừa đăng ký, hãy chờ nhà đăng ký xác nhận rồi kiểm tra lại; nếu chưa, hãy đăng ký trước.",
    cannot_tell: "Máy chủ DNS không trả lời nên chưa biết được. Hãy thử lại sau một phút.",
    website_host: "{domain} trỏ tới {host} ({targets}).",
    website_other: "{domain} trỏ tới một máy chủ chúng tôi không nhận ra ({targets}). Điều đó có thể đúng: hãy mở trang để xem.",
    website_only_www: "Chỉ www.{domain} có website; {domain} (không có www) chưa trỏ đi đâu. Hãy thêm bản ghi cho chính tên miền (@) bên dưới.",
    website_only_apex: "{domain} có website nhưng www.{domain} chưa trỏ đi đâu. Hãy thêm bản ghi www bên dưới.",
    website_none: "Chưa có website: {domain} chưa trỏ tới máy chủ nào. Chọn nơi đặt trang để xem các bản ghi cần thêm.",
    live: "Trang của bạn đã chạy!",
    open_site: "Mở https://{domain}/",
    mail_service: "Thư gửi tới {service} ({hosts}).",
    mail_other: "Thư gửi tới {hosts}, một máy chủ thư chúng tôi không nhận ra.",
    mail_spf: "Có bản ghi SPF cho biết ai được gửi thư thay tên miền.",
    mail_no_spf: "Chưa có bản ghi SPF (TXT bắt đầu bằng v=spf1): thư bạn gửi dễ bị xếp vào thư rác.",
    mail_none: "Chưa có thư điện tử: tên miền chưa có bản ghi MX.",
    https_note: "Nút này kết nối một lần tới chính trang của bạn, https://{domain}/. Không gửi gì khác; chỉ biết có máy chủ trả lời hay không.",
    https_button: "Trang có trả lời qua HTTPS không?",
    https_asking: "Đang hỏi trang qua HTTPS…",
    https_answered: "Có máy chủ trả lời qua HTTPS.",
    https_none: "Không có gì trả lời qua HTTPS. Nếu vừa trỏ tên miền, hãy chờ nơi đặt trang cấp chứng chỉ (thường vài phút đến một giờ).",
    https_not_asked: "Chưa hỏi.",
    setup_title: "Các bản ghi cần thêm ở trang quản lý DNS của nhà đăng ký",
    host_label: "Trang của bạn đặt ở đâu?",
    host_choose: "Chọn nơi đặt trang",
    mail_choose: "Chọn dịch vụ thư",
    registrar_hosting: "Hosting miễn phí của nhà đăng ký",
    registrar_hosting_text: "Nhà đăng ký bật hosting miễn phí đi kèm tên miền của chương trình và tự đặt bản ghi: hãy yêu cầu trong trang quản lý hoặc gọi tổng đài của họ.",
    site_label: "Địa chỉ trang của bạn ở nơi đặt trang",
    site_hint: "Ví dụ {example}.",
    mail_label: "Thư điện tử của bạn đặt ở đâu?",
    setup_intro: "Thêm từng dòng dưới đây ở trang quản lý DNS (tên “@” là chính tên miền). Bản ghi mới có hiệu lực sau vài phút đến vài giờ.",
    col_name: "Tên",
    col_type: "Loại",
    col_value: "Giá trị",
    col_priority: "Ưu tiên",
    mail_values_note: "Trang quản trị của dịch vụ thư ghi đúng các giá trị cho tên miền của bạn: nếu khác, hãy dùng giá trị ở đó.",
    copy_records: "Sao chép các bản ghi",
    copied: "Đã sao chép.",
    after_setup: "Thêm xong, hãy bấm “Kiểm tra lại”.",
    roster_heading: "Kiểm tra một danh sách tên miền",
    roster_intro: "Dán danh sách hoặc mở tệp văn bản, CSV (tối đa 5.000 tên). Chỉ các tên miền được hỏi qua DNS; danh sách ở lại trong thẻ này.",
    list_label: "Các tên miền",
    list_hint: "Mỗi dòng một tên, hoặc một cột của tệp CSV.",
    open_file: "Mở tệp văn bản hoặc CSV",
    list_ready: "{n} tên miền để kiểm tra, khoảng {secs} giây.",
    merged: "Đã gộp {n} tên trùng.",
    over: "Bỏ qua {n} dòng sau tên thứ 5.000.",
    bad_title: "Các dòng không phải tên miền .vn:",
    bad_line: "Dòng {line}: “{text}”: {why}",
    bad_more: "…và {n} dòng khác.",
    check_all: "Kiểm tra {n} tên miền",
    stop: "Dừng",
    progress: "Đã kiểm tra {done} / {n}",
    stopped: "Đã dừng sau {done} / {n} tên miền.",
    totals: "{names} tên miền: {registered} đã đăng ký, {website} có website, {email} có thư điện tử.",
    col_domain: "Tên miền",
    col_registered: "Đăng ký",
    col_website: "Website",
    col_https: "HTTPS",
    col_email: "Thư điện tử",
    sort_by: "Sắp xếp theo {column}",
    ask_https: "Hỏi từng trang có website qua HTTPS",
    download_csv: "Tải bảng (CSV)",
    yes: "Có",
    no: "Không",
    other_server: "máy chủ khác",
    none: "Chưa có",
};

static EN: Check = Check {
    heading: "Is your site live?",
    intro: "Type the name you registered. We ask the domain name system (DNS) where it points: a website, e-mail. Only the name is sent, to ask; nothing else.",
    domain_label: "Domain name",
    domain_hint: "The name you registered, e.g. nguyenvanan.id.vn.",
    check: "Check",
    check_again: "Check again",
    checking: "Asking the DNS about {domain}…",
    checked: "Checked {domain}.",
    back: "Back to registering a name",
    err_empty: "Type a domain name, e.g. nguyenvanan.id.vn.",
    err_not_vn: "This checks Vietnam's .vn names: the name must end in .vn.",
    err_no_name: "Type the whole name, e.g. nguyenvanan.id.vn, not only its ending.",
    err_bad_char: "A domain name cannot hold “{char}”: letters a–z, digits and hyphens only.",
    err_hyphen: "No part of a domain name starts or ends with a hyphen.",
    err_label_long: "Each part between two dots is at most 63 characters long.",
    err_too_long: "A domain name is at most 253 characters long.",
    err_not_ascii: "Names with Vietnamese letters are registered in their xn--… form: type that form, as your registrar shows it.",
    err_empty_label: "There are two dots in a row, or a dot at the start: remove one.",
    ok: "OK",
    missing: "Missing",
    attention: "Needs attention",
    unknown: "Unknown",
    registered_title: "Registered",
    website_title: "Website",
    email_title: "E-mail",
    https_title: "HTTPS",
    registered_yes: "{domain} is registered and delegated to the name servers {ns}.",
    registered_exists: "{domain} exists in the DNS.",
    dns_host: "Its DNS is served by {host}.",
    registered_no: "{domain} does not exist in the DNS yet. If you registered it just now, wait for the registrar to confirm and check again; if not, register it first.",
    cannot_tell: "The DNS resolvers did not answer, so we can't tell. Try again in a minute.",
    website_host: "{domain} points to {host} ({targets}).",
    website_other: "{domain} points to a server we do not recognise ({targets}). That can be right: open the site to see.",
    website_only_www: "Only www.{domain} has a website; {domain} without www points nowhere. Add the records for the name itself (@) below.",
    website_only_apex: "{domain} has a website but www.{domain} points nowhere. Add the www record below.",
    website_none: "No website yet: {domain} points to no server. Choose where your site is hosted to see the records to add.",
    live: "Your site is live!",
    open_site: "Open https://{domain}/",
    mail_service: "Mail goes to {service} ({hosts}).",
    mail_other: "Mail goes to {hosts}, a mail server we do not recognise.",
    mail_spf: "An SPF record says who may send mail for the name.",
    mail_no_spf: "There is no SPF record (a TXT starting v=spf1): mail you send may land in spam.",
    mail_none: "No e-mail yet: the name has no MX record.",
    https_note: "This button contacts your own site, https://{domain}/, once. Nothing else is sent; we only learn whether something answered.",
    https_button: "Does it answer over HTTPS?",
    https_asking: "Asking the site over HTTPS…",
    https_answered: "Something answered over HTTPS.",
    https_none: "Nothing answered over HTTPS. If you pointed the name just now, wait for the host to issue its certificate (minutes to an hour).",
    https_not_asked: "Not asked yet.",
    setup_title: "Records to add in your registrar's DNS manager",
    host_label: "Where is your site hosted?",
    host_choose: "Choose a host",
    mail_choose: "Choose a mail service",
    registrar_hosting: "Your registrar's free hosting",
    registrar_hosting_text: "Your registrar turns on the free hosting that comes with the programme's names and sets the records itself: ask for it in its control panel or on its hotline.",
    site_label: "Your site's address at the host",
    site_hint: "For example {example}.",
    mail_label: "Where is your e-mail hosted?",
    setup_intro: "Add each line below in the DNS manager (the name “@” is the domain itself). New records take effect within minutes to a few hours.",
    col_name: "Name",
    col_type: "Type",
    col_value: "Value",
    col_priority: "Priority",
    mail_values_note: "Your mail service's admin page shows the exact values for your name: where they differ, use those.",
    copy_records: "Copy the records",
    copied: "Copied.",
    after_setup: "Once they are added, press “Check again”.",
    roster_heading: "Check a list of domain names",
    roster_intro: "Paste a list or open a text or CSV file (up to 5,000 names). Only the domain names are asked about over DNS; the list stays in this tab.",
    list_label: "Domain names",
    list_hint: "One name per line, or a column of a CSV file.",
    open_file: "Open a text or CSV file",
    list_ready: "{n} names to check, about {secs} seconds.",
    merged: "{n} duplicates merged.",
    over: "{n} lines after the 5,000th name left out.",
    bad_title: "Lines that are not .vn domain names:",
    bad_line: "Line {line}: “{text}”: {why}",
    bad_more: "…and {n} more lines.",
    check_all: "Check {n} names",
    stop: "Stop",
    progress: "{done} of {n} checked",
    stopped: "Stopped after {done} of {n} names.",
    totals: "{names} names: {registered} registered, {website} with a website, {email} with e-mail.",
    col_domain: "Domain",
    col_registered: "Registered",
    col_website: "Website",
    col_https: "HTTPS",
    col_email: "E-mail",
    sort_by: "Sort by {column}",
    ask_https: "Ask each site with a website over HTTPS",
    download_csv: "Download the table (CSV)",
    yes: "Yes",
    no: "No",
    other_server: "other server",
    none: "None",
};

static KM: Check = Check {
    heading: "តើគេហទំព័ររបស់អ្នកដំណើរការហើយឬនៅ?",
    intro: "វាយឈ្មោះដែនដែលអ្នកបានចុះឈ្មោះ។ យើងសួរប្រព័ន្ធឈ្មោះដែន (DNS) ថាវាចង្អុលទៅណា៖ គេហទំព័រ អ៊ីមែល។ មានតែឈ្មោះដែនប៉ុណ្ណោះដែលត្រូវបានផ្ញើដើម្បីសួរ គ្មានអ្វីផ្សេងទៀតទេ។",
    domain_label: "ឈ្មោះដែន",
    domain_hint: "ឈ្មោះដែលអ្នកបានចុះឈ្មោះ ឧទាហរណ៍ nguyenvanan.id.vn។",
    check: "ពិនិត្យ",
    check_again: "ពិនិត្យម្ដងទៀត",
    checking: "កំពុងសួរ DNS អំពី {domain}…",
    checked: "បានពិនិត្យ {domain}។",
    back: "ត្រឡប់ទៅការចុះឈ្មោះដែន",
    err_empty: "សូមវាយឈ្មោះដែន ឧទាហរណ៍ nguyenvanan.id.vn។",
    err_not_vn: "ឧបករណ៍នេះពិនិត្យឈ្មោះដែន .vn របស់វៀតណាម៖ ឈ្មោះត្រូវបញ្ចប់ដោយ .vn។",
    err_no_name: "សូមវាយឈ្មោះទាំងមូល ឧទាហរណ៍ nguyenvanan.id.vn មិនមែនតែផ្នែកចុងទេ។",
    err_bad_char: "ឈ្មោះដែនមិនអាចមាន “{char}” បានទេ៖ មានតែអក្សរ a–z លេខ និងសញ្ញាដក។",
    err_hyphen: "គ្មានផ្នែកណាមួយនៃឈ្មោះដែនចាប់ផ្ដើម ឬបញ្ចប់ដោយសញ្ញាដកទេ។",
    err_label_long: "ផ្នែកនីមួយៗរវាងចំណុចពីរ វែងបំផុត 63 តួអក្សរ។",
    err_too_long: "ឈ្មោះដែនវែងបំផុត 253 តួអក្សរ។",
    err_not_ascii: "ឈ្មោះដែលមានអក្សរវៀតណាមត្រូវបានចុះឈ្មោះជាទម្រង់ xn--…៖ សូមវាយទម្រង់នោះ ដូចដែលអ្នកចុះឈ្មោះបង្ហាញ។",
    err_empty_label: "មានចំណុចពីរជាប់គ្នា ឬចំណុចនៅខាងដើម៖ សូមលុបមួយចេញ។",
    ok: "ល្អ",
    missing: "មិនទាន់មាន",
    attention: "ត្រូវកែ",
    unknown: "មិនដឹង",
    registered_title: "ការចុះឈ្មោះ",
    website_title: "គេហទំព័រ",
    email_title: "អ៊ីមែល",
    https_title: "HTTPS",
    registered_yes: "{domain} បានចុះឈ្មោះ ហើយចង្អុលទៅម៉ាស៊ីនមេឈ្មោះ {ns}។",
    registered_exists: "{domain} មាននៅក្នុង DNS។",
    dns_host: "DNS របស់វាដំណើរការដោយ {host}។",
    registered_no: "{domain} មិនទាន់មាននៅក្នុង DNS ទេ។ ប្រសិនបើអ្នកទើបចុះឈ្មោះ សូមរង់ចាំអ្នកចុះឈ្មោះបញ្ជាក់ ហើយពិនិត្យម្ដងទៀត។ បើមិនទាន់ សូមចុះឈ្មោះជាមុនសិន។",
    cannot_tell: "ម៉ាស៊ីនមេ DNS មិនបានឆ្លើយ ដូច្នេះយើងមិនដឹងទេ។ សូមព្យាយាមម្ដងទៀតក្នុងមួយនាទី។",
    website_host: "{domain} ចង្អុលទៅ {host} ({targets})។",
    website_other: "{domain} ចង្អុលទៅម៉ាស៊ីនមេដែលយើងមិនស្គាល់ ({targets})។ វាអាចត្រឹមត្រូវ៖ សូមបើកគេហទំព័រដើម្បីមើល។",
    website_only_www: "មានតែ www.{domain} ដែលមានគេហទំព័រ។ {domain} ដោយគ្មាន www មិនចង្អុលទៅណាទេ។ សូមបន្ថែមកំណត់ត្រាសម្រាប់ឈ្មោះខ្លួនវា (@) ខាងក្រោម។",
    website_only_apex: "{domain} មានគេហទំព័រ ប៉ុន្តែ www.{domain} មិនចង្អុលទៅណាទេ។ សូមបន្ថែមកំណត់ត្រា www ខាងក្រោម។",
    website_none: "មិនទាន់មានគេហទំព័រ៖ {domain} មិនចង្អុលទៅម៉ាស៊ីនមេណាទេ។ សូមជ្រើសកន្លែងដាក់គេហទំព័រ ដើម្បីមើលកំណត់ត្រាដែលត្រូវបន្ថែម។",
    live: "គេហទំព័ររបស់អ្នកដំណើរការហើយ!",
    open_site: "បើក https://{domain}/",
    mail_service: "អ៊ីមែលទៅកាន់ {service} ({hosts})។",
    mail_other: "អ៊ីមែលទៅកាន់ {hosts} ជាម៉ាស៊ីនមេអ៊ីមែលដែលយើងមិនស្គាល់។",
    mail_spf: "កំណត់ត្រា SPF ប្រាប់ថាអ្នកណាអាចផ្ញើអ៊ីមែលជំនួសឈ្មោះនេះ។",
    mail_no_spf: "មិនមានកំណត់ត្រា SPF (TXT ចាប់ផ្ដើមដោយ v=spf1)៖ អ៊ីមែលដែលអ្នកផ្ញើអាចធ្លាក់ទៅក្នុងសារឥតបានការ។",
    mail_none: "មិនទាន់មានអ៊ីមែល៖ ឈ្មោះនេះគ្មានកំណត់ត្រា MX ទេ។",
    https_note: "ប៊ូតុងនេះភ្ជាប់ទៅគេហទំព័ររបស់អ្នកផ្ទាល់ https://{domain}/ ម្ដង។ មិនផ្ញើអ្វីផ្សេងទៀតទេ។ យើងដឹងតែថាមានអ្វីឆ្លើយឬអត់។",
    https_button: "តើវាឆ្លើយតាម HTTPS ទេ?",
    https_asking: "កំពុងសួរគេហទំព័រតាម HTTPS…",
    https_answered: "មានម៉ាស៊ីនមេឆ្លើយតាម HTTPS។",
    https_none: "គ្មានអ្វីឆ្លើយតាម HTTPS ទេ។ បើអ្នកទើបចង្អុលឈ្មោះ សូមរង់ចាំកន្លែងដាក់គេហទំព័រចេញវិញ្ញាបនបត្រ (ពីប៉ុន្មាននាទីដល់មួយម៉ោង)។",
    https_not_asked: "មិនទាន់សួរ។",
    setup_title: "កំណត់ត្រាដែលត្រូវបន្ថែមក្នុងកម្មវិធីគ្រប់គ្រង DNS របស់អ្នកចុះឈ្មោះ",
    host_label: "តើគេហទំព័ររបស់អ្នកដាក់នៅឯណា?",
    host_choose: "ជ្រើសកន្លែងដាក់គេហទំព័រ",
    mail_choose: "ជ្រើសសេវាអ៊ីមែល",
    registrar_hosting: "ការបង្ហោះឥតគិតថ្លៃរបស់អ្នកចុះឈ្មោះ",
    registrar_hosting_text: "អ្នកចុះឈ្មោះបើកការបង្ហោះឥតគិតថ្លៃដែលភ្ជាប់មកជាមួយឈ្មោះរបស់កម្មវិធី ហើយកំណត់កំណត់ត្រាដោយខ្លួនឯង៖ សូមស្នើក្នុងផ្ទាំងគ្រប់គ្រង ឬតាមទូរសព្ទរបស់គេ។",
    site_label: "អាសយដ្ឋានគេហទំព័ររបស់អ្នកនៅកន្លែងដាក់",
    site_hint: "ឧទាហរណ៍ {example}។",
    mail_label: "តើអ៊ីមែលរបស់អ្នកដាក់នៅឯណា?",
    setup_intro: "សូមបន្ថែមបន្ទាត់នីមួយៗខាងក្រោមក្នុងកម្មវិធីគ្រប់គ្រង DNS (ឈ្មោះ “@” គឺឈ្មោះដែនខ្លួនវា)។ កំណត់ត្រាថ្មីមានប្រសិទ្ធភាពក្នុងរយៈពេលពីប៉ុន្មាននាទីដល់ប៉ុន្មានម៉ោង។",
    col_name: "ឈ្មោះ",
    col_type: "ប្រភេទ",
    col_value: "តម្លៃ",
    col_priority: "អាទិភាព",
    mail_values_note: "ទំព័រគ្រប់គ្រងនៃសេវាអ៊ីមែលរបស់អ្នកបង្ហាញតម្លៃពិតប្រាកដសម្រាប់ឈ្មោះរបស់អ្នក៖ ប្រសិនបើខុសគ្នា សូមប្រើតម្លៃទាំងនោះ។",
    copy_records: "ចម្លងកំណត់ត្រា",
    copied: "បានចម្លង។",
    after_setup: "បន្ទាប់ពីបន្ថែមរួច សូមចុច “ពិនិត្យម្ដងទៀត”។",
    roster_heading: "ពិនិត្យបញ្ជីឈ្មោះដែន",
    roster_intro: "បិទភ្ជាប់បញ្ជី ឬបើកឯកសារអត្ថបទ ឬ CSV (រហូតដល់ 5.000 ឈ្មោះ)។ មានតែឈ្មោះដែនប៉ុណ្ណោះដែលត្រូវបានសួរតាម DNS។ បញ្ជីនៅតែក្នុងផ្ទាំងនេះ។",
    list_label: "ឈ្មោះដែន",
    list_hint: "មួយឈ្មោះក្នុងមួយបន្ទាត់ ឬជួរឈរមួយនៃឯកសារ CSV។",
    open_file: "បើកឯកសារអត្ថបទ ឬ CSV",
    list_ready: "ឈ្មោះ {n} ដែលត្រូវពិនិត្យ ប្រហែល {secs} វិនាទី។",
    merged: "បានបញ្ចូលឈ្មោះស្ទួន {n}។",
    over: "បានទុកចោល {n} បន្ទាត់បន្ទាប់ពីឈ្មោះទី 5.000។",
    bad_title: "បន្ទាត់ដែលមិនមែនជាឈ្មោះដែន .vn៖",
    bad_line: "បន្ទាត់ {line}៖ “{text}”៖ {why}",
    bad_more: "…និង {n} បន្ទាត់ទៀត។",
    check_all: "ពិនិត្យឈ្មោះ {n}",
    stop: "ឈប់",
    progress: "បានពិនិត្យ {done} នៃ {n}",
    stopped: "បានឈប់បន្ទាប់ពី {done} នៃ {n} ឈ្មោះ។",
    totals: "ឈ្មោះ {names}៖ {registered} បានចុះឈ្មោះ {website} មានគេហទំព័រ {email} មានអ៊ីមែល។",
    col_domain: "ឈ្មោះដែន",
    col_registered: "ការចុះឈ្មោះ",
    col_website: "គេហទំព័រ",
    col_https: "HTTPS",
    col_email: "អ៊ីមែល",
    sort_by: "តម្រៀបតាម {column}",
    ask_https: "សួរគេហទំព័រនីមួយៗតាម HTTPS",
    download_csv: "ទាញយកតារាង (CSV)",
    yes: "បាទ/ចាស",
    no: "ទេ",
    other_server: "ម៉ាស៊ីនមេផ្សេង",
    none: "គ្មាន",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Email, HostRef};

    fn host(id: &str, name: &str) -> Option<HostRef> {
        Some(HostRef {
            id: id.into(),
            name: name.into(),
        })
    }

    fn findings(website: Website, mx: Mx, spf: Spf) -> Findings {
        Findings {
            domain: "an.id.vn".into(),
            registered: Registered::Yes {
                name_servers: vec!["ns1.example.vn".into(), "ns2.example.vn".into()],
                dns_host: None,
            },
            website,
            email: Email { mx, spf },
            https: Https::NotAsked,
        }
    }

    fn site(host: Option<HostRef>, apex: bool, www: bool, partial: bool) -> Website {
        Website::Host {
            host,
            apex,
            www,
            partial,
            targets: vec!["185.199.108.153".into()],
        }
    }

    #[test]
    fn a_live_site_with_mail_reads_as_such_in_every_language() {
        let f = findings(
            site(host("github-pages", "GitHub Pages"), true, true, false),
            Mx::Found {
                hosts: vec!["smtp.google.com".into()],
                service: host("google-workspace", "Google Workspace"),
            },
            Spf::Found("v=spf1 include:_spf.google.com ~all".into()),
        );
        let en = lines(Lang::En, &f);
        let got: Vec<_> = en
            .iter()
            .map(|l| (l.key, l.verdict, l.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("registered", Verdict::Ok, "an.id.vn is registered and delegated to the name servers ns1.example.vn, ns2.example.vn."),
                ("website", Verdict::Ok, "an.id.vn points to GitHub Pages (185.199.108.153)."),
                ("email", Verdict::Ok, "Mail goes to Google Workspace (smtp.google.com). An SPF record says who may send mail for the name."),
            ]
        );
        for lang in [Lang::Vi, Lang::Km] {
            let texts: Vec<_> = lines(lang, &f).into_iter().map(|l| l.text).collect();
            assert_eq!(texts.len(), 3);
            assert!(texts.iter().all(|t| !t.contains('{')), "{texts:?}");
            assert!(texts[1].contains("GitHub Pages") && texts[2].contains("Google Workspace"));
        }
    }

    #[test]
    fn half_a_site_says_which_half_and_an_unanswered_half_is_not_called_missing() {
        let only_www = findings(site(None, false, true, false), Mx::None, Spf::None);
        let w = &lines(Lang::En, &only_www)[1];
        assert_eq!(w.verdict, Verdict::Attention);
        assert!(w
            .text
            .starts_with("an.id.vn points to a server we do not recognise (185.199.108.153)."));
        assert!(w.text.ends_with("Only www.an.id.vn has a website; an.id.vn without www points nowhere. Add the records for the name itself (@) below."));
        let only_apex = findings(site(None, true, false, false), Mx::None, Spf::None);
        assert!(lines(Lang::En, &only_apex)[1]
            .text
            .ends_with("Add the www record below."));
        let partial = findings(site(None, true, false, true), Mx::None, Spf::None);
        let p = &lines(Lang::En, &partial)[1];
        assert_eq!(p.verdict, Verdict::Unknown);
        assert!(p.text.ends_with("we can't tell. Try again in a minute."));
    }

    #[test]
    fn mail_without_spf_needs_attention_and_says_why() {
        let f = findings(
            Website::None,
            Mx::Found {
                hosts: vec!["mx.zoho.com".into()],
                service: host("zoho", "Zoho Mail"),
            },
            Spf::None,
        );
        let l = lines(Lang::En, &f);
        assert_eq!(
            (l[1].verdict, l[2].verdict),
            (Verdict::Missing, Verdict::Attention)
        );
        assert_eq!(l[1].text, "No website yet: an.id.vn points to no server. Choose where your site is hosted to see the records to add.");
        assert!(l[2].text.ends_with(
            "There is no SPF record (a TXT starting v=spf1): mail you send may land in spam."
        ));
    }

    #[test]
    fn a_name_that_does_not_exist_or_did_not_answer_speaks_of_nothing_more() {
        let mut f = findings(Website::Unknown, Mx::Unknown, Spf::Unknown);
        f.registered = Registered::No;
        let l = lines(Lang::En, &f);
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].verdict, Verdict::Missing);
        f.registered = Registered::Unknown;
        let l = lines(Lang::En, &f);
        assert_eq!((l.len(), l[0].verdict), (1, Verdict::Unknown));
        assert_eq!(
            l[0].text,
            "The DNS resolvers did not answer, so we can't tell. Try again in a minute."
        );
    }

    #[test]
    fn each_verdict_and_https_answer_has_its_own_words_in_every_language() {
        use std::collections::HashSet;
        let verdicts = [
            Verdict::Ok,
            Verdict::Missing,
            Verdict::Attention,
            Verdict::Unknown,
        ];
        let answers = [Https::Answered, Https::NoAnswer, Https::NotAsked];
        for lang in Lang::ALL {
            let words = verdicts.map(|v| verdict(lang, v));
            let https = answers.map(|h| https_text(lang, h));
            for w in words.iter().chain(&https) {
                assert!(!w.trim().is_empty() && !w.contains('{'), "{lang:?}: {w:?}");
            }
            assert_eq!(words.iter().collect::<HashSet<_>>().len(), 4, "{words:?}");
            assert_eq!(https.iter().collect::<HashSet<_>>().len(), 3, "{https:?}");
        }
        assert_eq!(
            verdicts.map(|v| verdict(Lang::En, v)),
            ["OK", "Missing", "Needs attention", "Unknown"]
        );
        assert_eq!(
            verdicts.map(|v| verdict(Lang::Vi, v)),
            ["Tốt", "Chưa có", "Cần sửa", "Chưa rõ"]
        );
        assert_eq!(
            answers.map(|h| https_text(Lang::En, h)),
            [
                "Something answered over HTTPS.",
                "Nothing answered over HTTPS. If you pointed the name just now, wait for \
                 the host to issue its certificate (minutes to an hour).",
                "Not asked yet.",
            ]
        );
    }

    #[test]
    fn every_domain_error_is_explained_with_no_placeholder_left() {
        let errors = [
            DomainError::Empty,
            DomainError::NotVn,
            DomainError::NoName,
            DomainError::BadCharacter('_'),
            DomainError::BadHyphen,
            DomainError::LabelTooLong,
            DomainError::TooLong,
            DomainError::NotAscii,
            DomainError::EmptyLabel,
        ];
        for lang in [Lang::Vi, Lang::En, Lang::Km] {
            let texts: Vec<_> = errors.iter().map(|e| domain_error(lang, e)).collect();
            assert!(
                texts.iter().all(|t| !t.is_empty() && !t.contains('{')),
                "{texts:?}"
            );
            let distinct: std::collections::HashSet<_> = texts.iter().collect();
            assert_eq!(distinct.len(), errors.len(), "one explanation each");
        }
        assert_eq!(
            domain_error(Lang::En, &DomainError::BadCharacter('_')),
            "A domain name cannot hold “_”: letters a–z, digits and hyphens only."
        );
    }

    #[test]
    fn totals_and_cells_read_plainly() {
        let t = Totals {
            names: 412,
            registered: 380,
            website: 301,
            email: 97,
        };
        assert_eq!(
            totals(Lang::En, &t),
            "412 names: 380 registered, 301 with a website, 97 with e-mail."
        );
        let f = findings(site(None, true, true, false), Mx::None, Spf::None);
        let c = cells(Lang::En, &f);
        assert_eq!(
            (c.registered, c.website.as_str(), c.https, c.email.as_str()),
            ("Yes", "other server", "", "None")
        );
    }
}
