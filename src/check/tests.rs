//! The check as a visitor sees it: real answers of NSD behind dnsdist
//! (`tests/dns_captures/`) and answers written out here.

use super::*;
use crate::dns::TYPE_A;

macro_rules! capture {
    ($file:literal) => {
        include_bytes!(concat!("../../tests/dns_captures/", $file, ".bin")).as_slice()
    };
}

fn a(name: &str, octets: [u8; 4]) -> Record {
    Record {
        name: name.into(),
        rtype: TYPE_A,
        ttl: 300,
        data: RData::A(octets),
    }
}

fn cname(name: &str, target: &str) -> Record {
    Record {
        name: name.into(),
        rtype: TYPE_CNAME,
        ttl: 300,
        data: RData::Cname(target.into()),
    }
}

fn mx(preference: u16, exchange: &str) -> Record {
    Record {
        name: "an.id.vn".into(),
        rtype: dns::TYPE_MX,
        ttl: 300,
        data: RData::Mx {
            preference,
            exchange: exchange.into(),
        },
    }
}

fn txt(text: &str) -> Record {
    Record {
        name: "an.id.vn".into(),
        rtype: dns::TYPE_TXT,
        ttl: 300,
        data: RData::Txt(text.into()),
    }
}

fn delegated() -> Answer {
    Answer::Referral(vec!["ns1.example-host.vn".into()])
}

/// Every answer the same, after a delegation.
fn all(answer: Answer) -> Answers {
    let mut answers = Answers::default();
    answers.set(Question::Ns, delegated());
    for q in THEN {
        answers.set(q, answer.clone());
    }
    answers
}

fn check(domain: &str, answers: &Answers) -> Findings {
    findings(domain, answers, Https::NotAsked, &Hosts::builtin())
}

#[test]
fn questions_ask_the_name_and_www_with_their_types() {
    assert_eq!(Question::WwwA.name("an.id.vn"), "www.an.id.vn");
    assert_eq!(Question::Mx.name("an.id.vn"), "an.id.vn");
    let types: Vec<u16> = FIRST.iter().chain(&THEN).map(|q| q.qtype()).collect();
    assert_eq!(types, [2, 1, 28, 1, 15, 16]);
}

#[test]
fn a_github_pages_site_is_recognised_from_its_a_records() {
    let domain = "ghpages.id.vn";
    let mut answers = Answers::default();
    answers.set(Question::Ns, delegated());
    for (q, msg) in [
        (Question::ApexA, capture!("ghpages-a")),
        (Question::ApexAaaa, capture!("ghpages-aaaa")),
        (Question::WwwA, capture!("www-ghpages-a-cname")),
        (Question::Mx, capture!("ghpages-mx-nodata")),
    ] {
        answers.set(q, read_answer(q, domain, msg));
    }
    assert_eq!(answers.mx, Some(Answer::NoData));
    assert!(!answers.complete());
    answers.set(Question::Txt, Answer::NoData);
    assert!(answers.complete());

    let f = check(domain, &answers);
    let Website::Host {
        host,
        apex,
        www,
        partial,
        targets,
    } = &f.website
    else {
        panic!("{:?}", f.website)
    };
    assert_eq!(host.as_ref().map(|h| h.name.as_str()), Some("GitHub Pages"));
    assert!(*apex && *www && !partial);
    assert_eq!(targets.len(), 9);
    assert_eq!(targets[0], "185.199.108.153");
    assert_eq!(targets[4], "2606:50c0:8000::153");
    assert_eq!(targets[8], "annguyen.github.io");
    assert_eq!(f.website_verdict(), Verdict::Ok);
    assert!(f.live());
    // No mail: missing, which does not stop the site from being live.
    assert_eq!(f.email_verdict(), Verdict::Missing);
    assert_eq!(
        f.codes(),
        Codes {
            domain: domain.into(),
            registered: "yes",
            website: "github-pages".into(),
            email: "none".into(),
            https: "not-asked",
        }
    );
}

#[test]
fn a_site_only_on_www_is_recognised_from_its_cname_and_needs_attention() {
    let mut answers = all(Answer::NoData);
    answers.set(
        Question::WwwA,
        Answer::Records(vec![
            cname("www.an.id.vn", "an.github.io"),
            a("an.github.io", [185, 199, 111, 153]),
        ]),
    );
    let f = check("an.id.vn", &answers);
    assert_eq!(
        f.website,
        Website::Host {
            host: Some(HostRef {
                id: "github-pages".into(),
                name: "GitHub Pages".into()
            }),
            apex: false,
            www: true,
            partial: false,
            targets: vec!["an.github.io".into(), "185.199.111.153".into()],
        }
    );
    assert_eq!(f.website_verdict(), Verdict::Attention);
    assert!(f.live());
    // A chain through a resolver, read from a real answer.
    let chain = read_answer(Question::WwwA, "chain.id.vn", capture!("www-chain-a"));
    let Answer::Records(records) = &chain else {
        panic!("{chain:?}")
    };
    assert_eq!(records.len(), 2);
}

#[test]
fn an_address_we_do_not_know_is_another_server_not_an_error() {
    let mut answers = all(Answer::NoData);
    answers.set(
        Question::ApexA,
        Answer::Records(vec![a("an.id.vn", [203, 0, 113, 7])]),
    );
    answers.set(
        Question::WwwA,
        Answer::Records(vec![a("www.an.id.vn", [203, 0, 113, 7])]),
    );
    let f = check("an.id.vn", &answers);
    assert!(matches!(
        &f.website,
        Website::Host { host: None, targets, .. } if targets == &["203.0.113.7"]
    ));
    assert_eq!(f.website_verdict(), Verdict::Ok);
    assert_eq!(f.codes().website, "other");
}

#[test]
fn a_resolver_that_is_down_gives_unknown_never_missing() {
    let down = check("an.id.vn", &all(Answer::Unknown));
    assert_eq!(down.registered_verdict(), Verdict::Ok);
    assert_eq!(down.website, Website::Unknown);
    assert_eq!(down.website_verdict(), Verdict::Unknown);
    assert_eq!(down.email_verdict(), Verdict::Unknown);
    assert!(!down.live());
    let codes = down.codes();
    assert_eq!(
        (codes.website.as_str(), codes.email.as_str()),
        ("unknown", "unknown")
    );

    let mut nothing = Answers::default();
    nothing.set(Question::Ns, Answer::Unknown);
    let f = check("an.id.vn", &nothing);
    assert_eq!(f.registered, Registered::Unknown);
    for v in [
        f.registered_verdict(),
        f.website_verdict(),
        f.email_verdict(),
    ] {
        assert_eq!(v, Verdict::Unknown);
    }

    // A site on the name whose www answer did not come: not "only on the name".
    let mut half = all(Answer::NoData);
    half.set(
        Question::ApexA,
        Answer::Records(vec![a("an.id.vn", [75, 2, 60, 5])]),
    );
    half.set(Question::WwwA, Answer::Unknown);
    let f = check("an.id.vn", &half);
    assert!(matches!(f.website, Website::Host { partial: true, .. }));
    assert_eq!(f.website_verdict(), Verdict::Unknown);
    assert!(f.live());

    // MX found, SPF not known: not "needs attention".
    let mut mail = all(Answer::NoData);
    mail.set(
        Question::Mx,
        Answer::Records(vec![mx(1, "smtp.google.com")]),
    );
    mail.set(Question::Txt, Answer::Unknown);
    assert_eq!(check("an.id.vn", &mail).email_verdict(), Verdict::Unknown);

    // A referral for an address question says nothing about the website.
    let referral = read_answer(
        Question::ApexA,
        "delegated.id.vn",
        capture!("delegated-a-referral"),
    );
    assert!(matches!(referral, Answer::Referral(_)));
    assert_eq!(check("an.id.vn", &all(referral)).website, Website::Unknown);
}

#[test]
fn a_name_that_does_not_exist_asks_nothing_more() {
    let nx = read_answer(
        Question::Ns,
        "nothing.id.vn",
        capture!("nothing-ns-nxdomain"),
    );
    assert_eq!(nx, Answer::NxDomain);
    let mut answers = Answers::default();
    assert!(!answers.complete());
    answers.set(Question::Ns, nx);
    assert!(answers.complete());
    let f = check("nothing.id.vn", &answers);
    assert_eq!(f.registered, Registered::No);
    assert_eq!(f.registered_verdict(), Verdict::Missing);
    assert!(!f.live());
    let codes = f.codes();
    assert_eq!(
        (
            codes.registered,
            codes.website.as_str(),
            codes.email.as_str()
        ),
        ("no", "none", "none")
    );
}

#[test]
fn registration_from_a_referral_or_an_ns_answer_with_the_dns_host() {
    let referral = read_answer(
        Question::Ns,
        "delegated.id.vn",
        capture!("delegated-ns-referral"),
    );
    let mut answers = Answers::default();
    answers.set(Question::Ns, referral);
    assert_eq!(
        check("delegated.id.vn", &answers).registered,
        Registered::Yes {
            name_servers: vec!["ns1.example-host.vn".into(), "ns2.example-host.vn".into()],
            dns_host: None
        }
    );
    let ns = read_answer(Question::Ns, "id.vn", capture!("zone-ns"));
    assert!(matches!(&ns, Answer::Records(r) if r.len() == 1));
    let cloudflare = Answer::Records(vec![Record {
        name: "an.id.vn".into(),
        rtype: dns::TYPE_NS,
        ttl: 300,
        data: RData::Ns("ada.ns.cloudflare.com".into()),
    }]);
    answers.set(Question::Ns, cloudflare);
    let Registered::Yes { dns_host, .. } = check("an.id.vn", &answers).registered else {
        panic!()
    };
    assert_eq!(dns_host.map(|h| h.id), Some("cloudflare".to_owned()));
    // The name exists but answers NS with no data: registered, servers not named.
    answers.set(Question::Ns, Answer::NoData);
    assert!(matches!(
        check("an.id.vn", &answers).registered,
        Registered::Yes { ref name_servers, .. } if name_servers.is_empty()
    ));
}

#[test]
fn mail_with_spf_is_ok_and_without_it_needs_attention() {
    let domain = "mail.id.vn";
    let mut answers = all(Answer::NoData);
    answers.set(
        Question::Mx,
        read_answer(Question::Mx, domain, capture!("mail-mx")),
    );
    answers.set(
        Question::Txt,
        read_answer(Question::Txt, domain, capture!("mail-txt")),
    );
    let f = check(domain, &answers);
    assert_eq!(
        f.email,
        Email {
            mx: Mx::Found {
                hosts: vec!["smtp.google.com".into(), "mx2.mail.id.vn".into()],
                service: Some(HostRef {
                    id: "google-workspace".into(),
                    name: "Google Workspace".into()
                }),
            },
            spf: Spf::Found("v=spf1 include:_spf.google.com ~all".into()),
        }
    );
    assert_eq!(f.email_verdict(), Verdict::Ok);
    assert_eq!(f.codes().email, "google-workspace");
    // Mail is not a website.
    assert!(!f.live());

    answers.set(
        Question::Txt,
        Answer::Records(vec![txt("google-site-verification=x")]),
    );
    let f = check(domain, &answers);
    assert_eq!(f.email.spf, Spf::None);
    assert_eq!(f.email_verdict(), Verdict::Attention);

    // Exchanges most preferred first; an unknown service is "other".
    answers.set(
        Question::Mx,
        Answer::Records(vec![mx(20, "mx2.an.id.vn"), mx(10, "mx1.an.id.vn")]),
    );
    let f = check(domain, &answers);
    assert!(matches!(
        &f.email.mx,
        Mx::Found { hosts, service: None } if hosts == &["mx1.an.id.vn", "mx2.an.id.vn"]
    ));
    assert_eq!(f.codes().email, "other");
    // A null MX says "no mail here".
    answers.set(Question::Mx, Answer::Records(vec![mx(0, "")]));
    assert_eq!(check(domain, &answers).email.mx, Mx::None);
}

#[test]
fn spf_is_v_spf1_on_its_own_or_with_a_space() {
    assert!(is_spf("v=spf1 -all"));
    assert!(is_spf("V=SPF1"));
    assert!(!is_spf("v=spf10 -all"));
    assert!(!is_spf("v=spf"));
    assert!(!is_spf(" v=spf1"));
}

#[test]
fn unusable_answers_are_unknown() {
    let refused = read_answer(
        Question::ApexA,
        "example.com",
        capture!("other-zone-a-refused"),
    );
    assert_eq!(refused, Answer::Unknown);
    // An answer to another question, a cut one, garbage, a truncated (TC) one.
    let msg = capture!("ghpages-a");
    assert_eq!(
        read_answer(Question::ApexAaaa, "ghpages.id.vn", msg),
        Answer::Unknown
    );
    assert_eq!(
        read_answer(Question::ApexA, "other.id.vn", msg),
        Answer::Unknown
    );
    assert_eq!(
        read_answer(Question::ApexA, "ghpages.id.vn", &msg[..40]),
        Answer::Unknown
    );
    assert_eq!(
        read_answer(Question::ApexA, "ghpages.id.vn", b"<html>"),
        Answer::Unknown
    );
    let mut cut = msg.to_vec();
    cut[2] |= 0x02;
    assert_eq!(
        read_answer(Question::ApexA, "ghpages.id.vn", &cut),
        Answer::Unknown
    );
    assert!(matches!(
        read_answer(Question::ApexA, "ghpages.id.vn", msg),
        Answer::Records(r) if r.len() == 4
    ));
}

#[test]
fn a_registered_name_with_no_address_anywhere_has_no_website() {
    let mut answers = all(Answer::NoData);
    answers.set(Question::Ns, delegated());
    let f = check("an.id.vn", &answers);
    assert_eq!(f.website, Website::None);
    assert_eq!(f.website_verdict(), Verdict::Missing);
    assert_eq!(f.codes().website, "none");
}

#[test]
fn an_empty_answer_without_its_soa_is_no_data() {
    // Some resolvers leave the SOA out of a NODATA answer: no records and no name
    // servers still means "no mail server", not a delegation to nobody.
    let mut msg = capture!("ghpages-mx-nodata").to_vec();
    msg[8..12].fill(0); // no authority, no additional records
    msg.truncate(12 + "ghpages.id.vn".len() + 2 + 4);
    let mx = read_answer(Question::Mx, "ghpages.id.vn", &msg);
    assert_eq!(mx, Answer::NoData);
    let mut answers = all(Answer::NoData);
    answers.set(Question::Mx, mx);
    assert_eq!(
        check("ghpages.id.vn", &answers).email_verdict(),
        Verdict::Missing
    );
}

#[test]
fn only_records_of_the_type_asked_and_cnames_count() {
    // The A answer of ghpages.id.vn with its second record turned into an MX of
    // the same length (preference 0xB9C7, exchange a pointer to the question name)
    // and its third into a 4-byte record of an unknown type.
    let mut msg = capture!("ghpages-a").to_vec();
    let second = 12 + 19 + 16;
    assert_eq!(&msg[second..second + 4], [0xC0, 12, 0, 1]);
    msg[second + 3] = 15;
    msg[second + 14..second + 16].copy_from_slice(&[0xC0, 12]);
    let third = second + 16;
    msg[third + 3] = 99;
    let Answer::Records(records) = read_answer(Question::ApexA, "ghpages.id.vn", &msg) else {
        panic!()
    };
    let types: Vec<u16> = records.iter().map(|r| r.rtype).collect();
    assert_eq!(types, [TYPE_A, TYPE_A]);
    // Asked as MX, the same message is an answer to another question.
    assert_eq!(
        read_answer(Question::Mx, "ghpages.id.vn", &msg),
        Answer::Unknown
    );
}

#[test]
fn the_https_answer_is_passed_through() {
    let mut f = check("an.id.vn", &all(Answer::NoData));
    assert_eq!(f.codes().https, "not-asked");
    f.https = Https::Answered;
    assert_eq!(f.codes().https, "answered");
    assert_eq!(Https::NoAnswer.code(), "no-answer");
    assert_eq!(
        [
            Verdict::Ok,
            Verdict::Missing,
            Verdict::Attention,
            Verdict::Unknown
        ]
        .map(Verdict::code),
        ["ok", "missing", "attention", "unknown"]
    );
}

#[test]
fn ipv6_addresses_are_written_as_rfc_5952_says() {
    for (groups, want) in [
        (
            [0x2606, 0x50c0, 0x8000, 0, 0, 0, 0, 0x153],
            "2606:50c0:8000::153",
        ),
        ([0, 0, 0, 0, 0, 0, 0, 1], "::1"),
        ([1, 0, 0, 0, 0, 0, 0, 0], "1::"),
        ([0; 8], "::"),
        ([1, 0, 1, 0, 1, 0, 1, 0], "1:0:1:0:1:0:1:0"),
        ([0x2001, 0xdb8, 0, 0, 1, 0, 0, 1], "2001:db8::1:0:0:1"),
        ([0x2001, 0xdb8, 0, 1, 0, 0, 0, 1], "2001:db8:0:1::1"),
        ([0xABCD, 0x0ef, 1, 2, 3, 4, 5, 6], "abcd:ef:1:2:3:4:5:6"),
    ] {
        assert_eq!(ipv6(&groups), want);
    }
}
