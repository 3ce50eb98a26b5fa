//! Record data read from real wire answers: NSD behind dnsdist, asked over DoH the
//! questions a check asks (`tests/dns_captures/capture.mjs` wrote the `.bin` files
//! and says which zone they come from).

use vn_domain_assistant::dns::{
    classify, parse, reply, Availability, DnsError, RData, Record, TYPE_A, TYPE_AAAA, TYPE_CNAME,
    TYPE_MX, TYPE_NS, TYPE_TXT,
};

macro_rules! capture {
    ($file:literal) => {
        include_bytes!(concat!("dns_captures/", $file, ".bin")).as_slice()
    };
}

/// Every capture, with the question it answers.
const CAPTURES: [(&str, u16, &[u8]); 12] = [
    ("ghpages.id.vn", TYPE_A, capture!("ghpages-a")),
    ("ghpages.id.vn", TYPE_AAAA, capture!("ghpages-aaaa")),
    ("ghpages.id.vn", TYPE_MX, capture!("ghpages-mx-nodata")),
    ("www.ghpages.id.vn", TYPE_A, capture!("www-ghpages-a-cname")),
    ("www.chain.id.vn", TYPE_A, capture!("www-chain-a")),
    ("mail.id.vn", TYPE_MX, capture!("mail-mx")),
    ("mail.id.vn", TYPE_TXT, capture!("mail-txt")),
    (
        "delegated.id.vn",
        TYPE_NS,
        capture!("delegated-ns-referral"),
    ),
    ("delegated.id.vn", TYPE_A, capture!("delegated-a-referral")),
    ("nothing.id.vn", TYPE_NS, capture!("nothing-ns-nxdomain")),
    ("id.vn", TYPE_NS, capture!("zone-ns")),
    ("example.com", TYPE_A, capture!("other-zone-a-refused")),
];

fn answers(name: &str, qtype: u16, msg: &[u8]) -> Vec<RData> {
    let r = reply(name, qtype, msg).unwrap();
    r.answers.into_iter().map(|r| r.data).collect()
}

#[test]
fn github_pages_addresses_read_as_published() {
    let msg = capture!("ghpages-a");
    let r = reply("ghpages.id.vn", TYPE_A, msg).unwrap();
    assert_eq!(
        r.answers[0],
        Record {
            name: "ghpages.id.vn".into(),
            rtype: TYPE_A,
            ttl: 300,
            data: RData::A([185, 199, 108, 153]),
        }
    );
    let a: Vec<_> = r.answers.iter().map(|r| r.data.clone()).collect();
    assert_eq!(
        a,
        (108..=111)
            .map(|n| RData::A([185, 199, n, 153]))
            .collect::<Vec<_>>()
    );
    // NSD adds its zone's NS to a positive answer: not a referral, there are answers.
    assert_eq!(r.referral, ["ns1.test"]);
    assert_eq!(
        answers("ghpages.id.vn", TYPE_AAAA, capture!("ghpages-aaaa")),
        (0x8000..=0x8003)
            .map(|n| RData::Aaaa([0x2606, 0x50c0, n, 0, 0, 0, 0, 0x153]))
            .collect::<Vec<_>>()
    );
}

#[test]
fn cname_targets_and_chains_are_read() {
    assert_eq!(
        answers("www.ghpages.id.vn", TYPE_A, capture!("www-ghpages-a-cname")),
        [RData::Cname("annguyen.github.io".into())]
    );
    // In-zone target: the chain and the address, the A record's owner a pointer
    // into the CNAME's data.
    let r = reply("www.chain.id.vn", TYPE_A, capture!("www-chain-a")).unwrap();
    assert_eq!(
        r.answers
            .iter()
            .map(|r| (r.name.as_str(), r.rtype, r.data.clone()))
            .collect::<Vec<_>>(),
        [
            (
                "www.chain.id.vn",
                TYPE_CNAME,
                RData::Cname("web.chain.id.vn".into())
            ),
            ("web.chain.id.vn", TYPE_A, RData::A([192, 0, 2, 10])),
        ]
    );
}

#[test]
fn mail_exchanges_and_txt_strings_are_read() {
    assert_eq!(
        answers("mail.id.vn", TYPE_MX, capture!("mail-mx")),
        [
            RData::Mx {
                preference: 1,
                exchange: "smtp.google.com".into()
            },
            RData::Mx {
                preference: 10,
                exchange: "mx2.mail.id.vn".into()
            },
        ]
    );
    // Character-strings are joined; UTF-8 bytes read as text.
    assert_eq!(
        answers("mail.id.vn", TYPE_TXT, capture!("mail-txt")),
        [
            RData::Txt("v=spf1 include:_spf.google.com ~all".into()),
            RData::Txt("google-site-verification=abc123Việt".into()),
        ]
    );
}

#[test]
fn a_referral_names_its_servers_and_has_no_answers() {
    for qtype in [TYPE_NS, TYPE_A] {
        let msg = if qtype == TYPE_NS {
            capture!("delegated-ns-referral")
        } else {
            capture!("delegated-a-referral")
        };
        let r = reply("delegated.id.vn", qtype, msg).unwrap();
        assert!(r.answers.is_empty());
        assert_eq!(r.referral, ["ns1.example-host.vn", "ns2.example-host.vn"]);
        assert_eq!(r.rcode, 0);
    }
    assert_eq!(
        classify("delegated.id.vn", capture!("delegated-ns-referral")).map(|v| v.availability),
        Ok(Availability::Taken)
    );
    // An authoritative NS answer (as a recursive resolver gives for a delegation).
    assert_eq!(
        answers("id.vn", TYPE_NS, capture!("zone-ns")),
        [RData::Ns("ns1.test".into())]
    );
}

#[test]
fn no_data_nxdomain_and_refused() {
    let nodata = reply("ghpages.id.vn", TYPE_MX, capture!("ghpages-mx-nodata")).unwrap();
    assert!(nodata.answers.is_empty() && nodata.referral.is_empty());
    assert_eq!((nodata.rcode, nodata.negative_ttl), (0, Some(60)));
    let nx = reply("nothing.id.vn", TYPE_NS, capture!("nothing-ns-nxdomain")).unwrap();
    assert_eq!((nx.rcode, nx.answers.len()), (3, 0));
    assert_eq!(
        reply("example.com", TYPE_A, capture!("other-zone-a-refused")).map(|r| r.rcode),
        Err(DnsError::Rcode(5))
    );
}

#[test]
fn an_answer_counts_only_for_its_own_name_and_type() {
    for (name, qtype, msg) in CAPTURES {
        assert!(
            matches!(reply(name, qtype, msg), Ok(_) | Err(DnsError::Rcode(5))),
            "{name} {qtype}"
        );
        for other in [TYPE_A, TYPE_AAAA, TYPE_NS, TYPE_MX, TYPE_TXT] {
            if other != qtype {
                assert_eq!(reply(name, other, msg).map(|_| ()), Err(DnsError::Mismatch));
            }
        }
        assert_eq!(
            reply(&format!("x.{name}"), qtype, msg).map(|_| ()),
            Err(DnsError::Mismatch)
        );
    }
}

#[test]
fn every_capture_cut_short_is_refused() {
    for (name, _, msg) in CAPTURES {
        assert!(parse(msg).is_ok(), "{name}");
        for len in 0..msg.len() {
            assert!(parse(&msg[..len]).is_err(), "{name} cut at {len}");
        }
    }
}

#[test]
fn queries_of_any_type_for_any_dotted_name() {
    use vn_domain_assistant::dns::{dns_param, dns_param_for, query, query_for};
    let q = query_for("WWW.AnNguyen.id.vn.", TYPE_AAAA).unwrap();
    assert_eq!(&q[..12], [0, 0, 0x01, 0x10, 0, 1, 0, 0, 0, 0, 0, 0]);
    assert_eq!(
        &q[12..],
        b"\x03www\x08annguyen\x02id\x02vn\x00\x00\x1c\x00\x01"
    );
    assert_eq!(query("an.id.vn"), query_for("an.id.vn", TYPE_NS));
    assert_eq!(dns_param("an.id.vn"), dns_param_for("an.id.vn", TYPE_NS));
    assert_eq!(
        dns_param_for("an.id.vn", TYPE_MX).unwrap(),
        "AAABEAABAAAAAAAAAmFuAmlkAnZuAAAPAAE"
    );
    assert_eq!(query_for("a b.vn", TYPE_A), Err(DnsError::BadName));
}

#[test]
fn record_data_must_end_within_its_length() {
    // The MX answer with its first record's RDLENGTH cut by one: the exchange name
    // runs past it.
    let mut msg = capture!("mail-mx").to_vec();
    let at = 12 + 16 + 10; // header, question, owner pointer + type/class/TTL
    assert_eq!(&msg[at..at + 2], [0, 0x13]);
    msg[at + 1] -= 1;
    assert_eq!(parse(&msg), Err(DnsError::Truncated));
}
