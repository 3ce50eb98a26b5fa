//! The go-live check (issue 19): does a registered name serve a website and mail?
//! Which questions to ask over DoH, what each answer says ([`read_answer`]), what
//! they add up to ([`findings`]: one verdict per finding, host and mail service
//! recognised by data, `data/hosts.json`), and the records to add. The list of many
//! names (`mode="roster"`) is [`roster`].
//!
//! Honesty: only a definite answer (NXDOMAIN, no data) makes something missing;
//! whatever rests on an answer that did not come or could not be read is unknown.

mod domain;
mod hosts;
pub mod roster;

pub use domain::{read_domain, DomainError};
pub use hosts::{mail_records, records_to_add, Host, HostRef, Hosts, RecordLine};

use crate::dns::{self, RData, Record, FLAG_TC, RCODE_NXDOMAIN, TYPE_CNAME};

/// A question a check asks about a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// Is it registered (delegated)?
    Ns,
    ApexA,
    ApexAaaa,
    /// `A` of `www.<name>` (a CNAME chain comes with it).
    WwwA,
    Mx,
    /// For SPF.
    Txt,
}

/// Asked first.
pub const FIRST: [Question; 1] = [Question::Ns];
/// Asked, all at once, only when the first answer is not NXDOMAIN.
pub const THEN: [Question; 5] = [
    Question::ApexA,
    Question::ApexAaaa,
    Question::WwwA,
    Question::Mx,
    Question::Txt,
];

impl Question {
    /// The name asked about for `domain`.
    pub fn name(self, domain: &str) -> String {
        match self {
            Question::WwwA => format!("www.{domain}"),
            _ => domain.to_owned(),
        }
    }

    pub fn qtype(self) -> u16 {
        match self {
            Question::Ns => dns::TYPE_NS,
            Question::ApexA | Question::WwwA => dns::TYPE_A,
            Question::ApexAaaa => dns::TYPE_AAAA,
            Question::Mx => dns::TYPE_MX,
            Question::Txt => dns::TYPE_TXT,
        }
    }
}

/// What one answer says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The name does not exist.
    NxDomain,
    /// The name exists, without records of that type.
    NoData,
    /// Records of the type asked, with any CNAMEs leading to them.
    Records(Vec<Record>),
    /// No answer, but the name servers the name is delegated to (an authoritative
    /// server above the name answering, as the test stack's does).
    Referral(Vec<String>),
    /// No usable answer: an error, SERVFAIL, REFUSED, a cut or mismatched message,
    /// or (the shell's) a failed request.
    Unknown,
}

/// Reads the DoH response `msg` to `question` about `domain`.
pub fn read_answer(question: Question, domain: &str, msg: &[u8]) -> Answer {
    let Ok(response) = dns::reply(&question.name(domain), question.qtype(), msg) else {
        return Answer::Unknown;
    };
    if response.flags & FLAG_TC != 0 {
        return Answer::Unknown;
    }
    if response.rcode == RCODE_NXDOMAIN {
        return Answer::NxDomain;
    }
    let records: Vec<Record> = response
        .answers
        .into_iter()
        .filter(|r| {
            (r.rtype == question.qtype() || r.rtype == TYPE_CNAME) && r.data != RData::Other
        })
        .collect();
    if !records.is_empty() {
        Answer::Records(records)
    } else if !response.referral.is_empty() && response.negative_ttl.is_none() {
        Answer::Referral(response.referral)
    } else {
        Answer::NoData
    }
}

/// The answers of one check so far; `None`: not asked (or not answered yet).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    pub ns: Option<Answer>,
    pub apex_a: Option<Answer>,
    pub apex_aaaa: Option<Answer>,
    pub www_a: Option<Answer>,
    pub mx: Option<Answer>,
    pub txt: Option<Answer>,
}

impl Answers {
    pub fn get(&self, question: Question) -> Option<&Answer> {
        match question {
            Question::Ns => &self.ns,
            Question::ApexA => &self.apex_a,
            Question::ApexAaaa => &self.apex_aaaa,
            Question::WwwA => &self.www_a,
            Question::Mx => &self.mx,
            Question::Txt => &self.txt,
        }
        .as_ref()
    }

    pub fn set(&mut self, question: Question, answer: Answer) {
        let slot = match question {
            Question::Ns => &mut self.ns,
            Question::ApexA => &mut self.apex_a,
            Question::ApexAaaa => &mut self.apex_aaaa,
            Question::WwwA => &mut self.www_a,
            Question::Mx => &mut self.mx,
            Question::Txt => &mut self.txt,
        };
        *slot = Some(answer);
    }

    /// Whether every question the answers so far call for is answered: the first,
    /// and unless it was NXDOMAIN, the rest.
    pub fn complete(&self) -> bool {
        match &self.ns {
            None => false,
            Some(Answer::NxDomain) => true,
            Some(_) => THEN.iter().all(|&q| self.get(q).is_some()),
        }
    }
}

/// Whether anything answered `https://<name>/` (asked only on the visitor's request).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Https {
    NotAsked,
    Answered,
    NoAnswer,
}

impl Https {
    pub fn code(self) -> &'static str {
        match self {
            Https::NotAsked => "not-asked",
            Https::Answered => "answered",
            Https::NoAnswer => "no-answer",
        }
    }
}

/// How a finding stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    /// Definitely not there.
    Missing,
    /// There, but with something to fix.
    Attention,
    /// Not known: an answer on which it rests did not come.
    Unknown,
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Missing => "missing",
            Verdict::Attention => "attention",
            Verdict::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Registered {
    /// The name exists; its name servers if the answer named them.
    Yes {
        name_servers: Vec<String>,
        dns_host: Option<HostRef>,
    },
    No,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Website {
    /// Addresses or a CNAME on the name (`apex`) and/or on `www`.
    Host {
        /// `None`: a server we do not recognise.
        host: Option<HostRef>,
        apex: bool,
        www: bool,
        /// One of apex and www has no records and its answer did not come: whether
        /// it is missing is not known.
        partial: bool,
        /// Addresses and CNAME targets, as shown to the visitor, each once.
        targets: Vec<String>,
    },
    None,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mx {
    /// Mail exchangers, most preferred first.
    Found {
        hosts: Vec<String>,
        service: Option<HostRef>,
    },
    /// No MX record (or a null MX, RFC 7505: "no mail here").
    None,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spf {
    /// The `v=spf1` TXT record.
    Found(String),
    None,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    pub mx: Mx,
    pub spf: Spf,
}

/// What a check found about one name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Findings {
    pub domain: String,
    pub registered: Registered,
    pub website: Website,
    pub email: Email,
    pub https: Https,
}

/// The `vnda:check` event's detail and a roster row's codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Codes {
    pub domain: String,
    /// `yes`, `no`, `unknown`.
    pub registered: &'static str,
    /// A web host's id, `other` (a server we do not recognise), `none`, `unknown`.
    pub website: String,
    /// A mail service's id, `other`, `none`, `unknown`.
    pub email: String,
    /// `not-asked`, `answered`, `no-answer`.
    pub https: &'static str,
}

/// What `answers` say about `domain`.
pub fn findings(domain: &str, answers: &Answers, https: Https, hosts: &Hosts) -> Findings {
    let registered = match &answers.ns {
        Some(Answer::NxDomain) => Registered::No,
        Some(Answer::Records(records)) => registered(
            records
                .iter()
                .filter_map(|r| match &r.data {
                    RData::Ns(server) => Some(server.clone()),
                    _ => None,
                })
                .collect(),
            hosts,
        ),
        Some(Answer::Referral(servers)) => registered(servers.clone(), hosts),
        Some(Answer::NoData) => registered(Vec::new(), hosts),
        Some(Answer::Unknown) | None => Registered::Unknown,
    };
    let (website, email) = if registered == Registered::No {
        let email = Email {
            mx: Mx::None,
            spf: Spf::None,
        };
        (Website::None, email)
    } else {
        (website(answers, hosts), email(answers, hosts))
    };
    Findings {
        domain: domain.to_owned(),
        registered,
        website,
        email,
        https,
    }
}

fn registered(name_servers: Vec<String>, hosts: &Hosts) -> Registered {
    let dns_host = name_servers
        .iter()
        .find_map(|s| hosts.dns_host(s))
        .map(Host::to_ref);
    Registered::Yes {
        name_servers,
        dns_host,
    }
}

/// One side of a website (the name itself, or `www`).
enum Side<'a> {
    Found(Vec<&'a Record>),
    Absent,
    Unknown,
}

fn side<'a>(answers: &[&'a Option<Answer>]) -> Side<'a> {
    let found: Vec<&Record> = answers
        .iter()
        .filter_map(|a| match a {
            Some(Answer::Records(records)) => Some(records),
            _ => None,
        })
        .flatten()
        .collect();
    if !found.is_empty() {
        Side::Found(found)
    } else if answers
        .iter()
        .all(|a| matches!(a, Some(Answer::NoData | Answer::NxDomain)))
    {
        Side::Absent
    } else {
        Side::Unknown
    }
}

fn website(answers: &Answers, hosts: &Hosts) -> Website {
    let apex = side(&[&answers.apex_a, &answers.apex_aaaa]);
    let www = side(&[&answers.www_a]);
    let mut targets: Vec<String> = Vec::new();
    for side in [&apex, &www] {
        if let Side::Found(records) = side {
            for target in records.iter().filter_map(|r| target(&r.data)) {
                if !targets.contains(&target) {
                    targets.push(target);
                }
            }
        }
    }
    match (&apex, &www) {
        (Side::Absent, Side::Absent) => Website::None,
        (Side::Found(_), _) | (_, Side::Found(_)) => Website::Host {
            host: targets
                .iter()
                .find_map(|t| hosts.web_host(t))
                .map(Host::to_ref),
            apex: matches!(apex, Side::Found(_)),
            www: matches!(www, Side::Found(_)),
            partial: matches!(apex, Side::Unknown) || matches!(www, Side::Unknown),
            targets,
        },
        _ => Website::Unknown,
    }
}

/// An address or CNAME target as the visitor sees it (and as `hosts.json` lists it).
fn target(data: &RData) -> Option<String> {
    match data {
        RData::A([a, b, c, d]) => Some(format!("{a}.{b}.{c}.{d}")),
        RData::Aaaa(groups) => Some(ipv6(groups)),
        RData::Cname(name) => Some(name.clone()),
        _ => None,
    }
}

/// An IPv6 address in RFC 5952 form: lowercase, no leading zeros, the first
/// longest run of two or more zero groups as `::`.
fn ipv6(groups: &[u16; 8]) -> String {
    // The first longest run of zero groups: where it starts, how long it is.
    let (mut best, mut best_len, mut run) = (0, 0, 0);
    for (i, &g) in groups.iter().enumerate() {
        run = if g == 0 { run + 1 } else { 0 };
        if run > best_len {
            (best, best_len) = (i + 1 - run, run);
        }
    }
    let hex = |gs: &[u16]| {
        gs.iter()
            .map(|g| format!("{g:x}"))
            .collect::<Vec<_>>()
            .join(":")
    };
    if best_len < 2 {
        hex(groups)
    } else {
        format!(
            "{}::{}",
            hex(&groups[..best]),
            hex(&groups[best + best_len..])
        )
    }
}

fn email(answers: &Answers, hosts: &Hosts) -> Email {
    let mx = match &answers.mx {
        Some(Answer::Records(records)) => {
            let mut exchanges: Vec<(u16, &str)> = records
                .iter()
                .filter_map(|r| match &r.data {
                    RData::Mx {
                        preference,
                        exchange,
                    } => Some((*preference, exchange.as_str())),
                    _ => None,
                })
                .collect();
            crate::sort::sort_by(&mut exchanges, |a, b| a.0.cmp(&b.0));
            // A null MX (RFC 7505) is an empty exchange: no mail for this name.
            if exchanges.is_empty() || exchanges.iter().any(|(_, e)| e.is_empty()) {
                Mx::None
            } else {
                Mx::Found {
                    service: exchanges
                        .iter()
                        .find_map(|(_, e)| hosts.mail_service(e))
                        .map(Host::to_ref),
                    hosts: exchanges.into_iter().map(|(_, e)| e.to_owned()).collect(),
                }
            }
        }
        Some(Answer::NoData | Answer::NxDomain) => Mx::None,
        _ => Mx::Unknown,
    };
    let spf = match &answers.txt {
        Some(Answer::Records(records)) => records
            .iter()
            .find_map(|r| match &r.data {
                RData::Txt(text) if is_spf(text) => Some(Spf::Found(text.clone())),
                _ => None,
            })
            .unwrap_or(Spf::None),
        Some(Answer::NoData | Answer::NxDomain) => Spf::None,
        _ => Spf::Unknown,
    };
    Email { mx, spf }
}

/// `v=spf1` on its own or followed by a space (RFC 7208 §4.5), any case.
fn is_spf(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 6 && b[..6].eq_ignore_ascii_case(b"v=spf1") && b.get(6).is_none_or(|&c| c == b' ')
}

impl Findings {
    pub fn registered_verdict(&self) -> Verdict {
        match self.registered {
            Registered::Yes { .. } => Verdict::Ok,
            Registered::No => Verdict::Missing,
            Registered::Unknown => Verdict::Unknown,
        }
    }

    /// Ok on the name and on `www`; attention on only one of them; unknown when the
    /// other one's answer did not come.
    pub fn website_verdict(&self) -> Verdict {
        match self.website {
            Website::Host { partial: true, .. } => Verdict::Unknown,
            Website::Host {
                apex: true,
                www: true,
                ..
            } => Verdict::Ok,
            Website::Host { .. } => Verdict::Attention,
            Website::None => Verdict::Missing,
            Website::Unknown => Verdict::Unknown,
        }
    }

    /// Ok with MX and SPF; attention with MX and no SPF (mail sent from the name is
    /// likely to be taken for spam).
    pub fn email_verdict(&self) -> Verdict {
        match (&self.email.mx, &self.email.spf) {
            (Mx::Found { .. }, Spf::Found(_)) => Verdict::Ok,
            (Mx::Found { .. }, Spf::None) => Verdict::Attention,
            (Mx::None, _) => Verdict::Missing,
            _ => Verdict::Unknown,
        }
    }

    /// "Your site is live": the name is registered and a website answers on it or
    /// on `www` (mail is reported on its own; a site needs none).
    pub fn live(&self) -> bool {
        matches!(self.registered, Registered::Yes { .. })
            && matches!(self.website, Website::Host { .. })
    }

    pub fn codes(&self) -> Codes {
        let host_code = |host: &Option<HostRef>| {
            host.as_ref()
                .map_or_else(|| "other".to_owned(), |h| h.id.clone())
        };
        Codes {
            domain: self.domain.clone(),
            registered: match self.registered {
                Registered::Yes { .. } => "yes",
                Registered::No => "no",
                Registered::Unknown => "unknown",
            },
            website: match &self.website {
                Website::Host { host, .. } => host_code(host),
                Website::None => "none".to_owned(),
                Website::Unknown => "unknown".to_owned(),
            },
            email: match &self.email.mx {
                Mx::Found { service, .. } => host_code(service),
                Mx::None => "none".to_owned(),
                Mx::Unknown => "unknown".to_owned(),
            },
            https: self.https.code(),
        }
    }
}

#[cfg(test)]
mod tests;
