//! DNS codec: responses built for our own query parse back (round trips), and
//! malformed messages are refused without panicking.

use proptest::prelude::*;
use vn_domain_assistant::dns::{
    cache_secs, classify, parse, query, Availability, DnsError, RData, Verdict, MAX_CACHE_SECS,
    MAX_RECORDS, MIN_CACHE_SECS, TYPE_A, TYPE_AAAA, TYPE_NS, TYPE_SOA,
};

const NAME: &str = "annguyen.id.vn";
/// Offset of the question name in every message: right after the header.
const QNAME_PTR: [u8; 2] = [0xC0, 12];

/// A resource record whose owner is a pointer to the question name.
fn rr(rtype: u16, ttl: u32, rdata: &[u8]) -> Vec<u8> {
    let mut out = QNAME_PTR.to_vec();
    out.extend_from_slice(&rtype.to_be_bytes());
    out.extend_from_slice(&1u16.to_be_bytes());
    out.extend_from_slice(&ttl.to_be_bytes());
    out.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
    out.extend_from_slice(rdata);
    out
}

/// SOA rdata with compressed MNAME/RNAME (pointing into the question) and MINIMUM.
fn soa(minimum: u32) -> Vec<u8> {
    let mut out = vec![0xC0, 21, 3, b'n', b's', b'1', 0xC0, 21];
    for n in [2_024_010_101u32, 3600, 600, 86400, minimum] {
        out.extend_from_slice(&n.to_be_bytes());
    }
    out
}

/// The response a server would send to `query(NAME)`.
fn response(rcode: u8, answers: &[Vec<u8>], authority: &[Vec<u8>]) -> Vec<u8> {
    let mut msg = query(NAME).unwrap();
    msg[2] |= 0x80; // QR
    msg[3] = (msg[3] & 0xF0) | 0x80 | rcode; // RA + RCODE
    msg[6..8].copy_from_slice(&(answers.len() as u16).to_be_bytes());
    msg[8..10].copy_from_slice(&(authority.len() as u16).to_be_bytes());
    for r in answers.iter().chain(authority) {
        msg.extend_from_slice(r);
    }
    msg
}

fn ns_rdata() -> Vec<u8> {
    vec![3, b'n', b's', b'1', 0xC0, 21]
}

#[test]
fn noerror_with_answers_is_taken_for_the_lowest_ttl() {
    let msg = response(
        0,
        &[rr(TYPE_NS, 200, &ns_rdata()), rr(TYPE_NS, 120, &ns_rdata())],
        &[],
    );
    let parsed = parse(&msg).unwrap();
    assert!(parsed.is_response());
    assert_eq!(
        (
            parsed.rcode,
            parsed.ancount,
            parsed.nscount,
            parsed.answer_ttl
        ),
        (0, 2, 0, Some(120))
    );
    assert_eq!(
        parsed.question.as_ref().map(|q| (q.name.as_str(), q.qtype)),
        Some((NAME, TYPE_NS))
    );
    assert_eq!(
        classify(NAME, &msg),
        Ok(Verdict {
            availability: Availability::Taken,
            cache_secs: 120
        })
    );
    // The question is matched case-insensitively and with or without the final dot.
    assert!(classify("AnNguyen.ID.vn.", &msg).is_ok());
}

#[test]
fn noerror_referral_or_nodata_is_taken_too() {
    let referral = response(0, &[], &[rr(TYPE_NS, 3600, &ns_rdata())]);
    assert_eq!(
        classify(NAME, &referral),
        Ok(Verdict {
            availability: Availability::Taken,
            cache_secs: MAX_CACHE_SECS
        })
    );
    // A name with only A records: NOERROR, no answer, SOA in authority.
    let nodata = response(0, &[], &[rr(TYPE_SOA, 3600, &soa(60))]);
    assert_eq!(
        classify(NAME, &nodata),
        Ok(Verdict {
            availability: Availability::Taken,
            cache_secs: 60
        })
    );
}

#[test]
fn nxdomain_is_likely_available_cached_per_rfc_2308() {
    let msg = response(3, &[], &[rr(TYPE_SOA, 900, &soa(120))]);
    assert_eq!(parse(&msg).unwrap().negative_ttl, Some(120));
    // The NSEC records a signed zone sends beside its SOA say nothing about it.
    let nsec = rr(47, 30, &ns_rdata());
    let msg = response(3, &[], &[nsec.clone(), rr(TYPE_SOA, 900, &soa(120)), nsec]);
    assert_eq!(parse(&msg).unwrap().negative_ttl, Some(120));
    assert_eq!(
        classify(NAME, &msg),
        Ok(Verdict {
            availability: Availability::LikelyAvailable,
            cache_secs: 120
        })
    );
    // SOA TTL lower than MINIMUM: the TTL wins.
    let msg = response(3, &[], &[rr(TYPE_SOA, 45, &soa(3600))]);
    assert_eq!(classify(NAME, &msg).unwrap().cache_secs, 45);
    // Both huge: capped. No SOA at all: the floor.
    let msg = response(3, &[], &[rr(TYPE_SOA, 86400, &soa(86400))]);
    assert_eq!(classify(NAME, &msg).unwrap().cache_secs, MAX_CACHE_SECS);
    let msg = response(3, &[], &[]);
    assert_eq!(classify(NAME, &msg).unwrap().cache_secs, MIN_CACHE_SECS);
    // A TTL with the top bit set means zero (RFC 2181), clamped up to the floor.
    let msg = response(3, &[], &[rr(TYPE_SOA, 0x8000_0000, &soa(600))]);
    assert_eq!(parse(&msg).unwrap().negative_ttl, Some(0));
    assert_eq!(cache_secs(Some(0)), MIN_CACHE_SECS);
    // The largest TTL it allows is kept as it is.
    let msg = response(0, &[rr(TYPE_NS, 0x7FFF_FFFF, &ns_rdata())], &[]);
    assert_eq!(parse(&msg).unwrap().answer_ttl, Some(0x7FFF_FFFF));
}

#[test]
fn other_rcodes_are_errors_never_available() {
    for rcode in [1u8, 2, 4, 5, 9, 15] {
        let msg = response(rcode, &[], &[]);
        assert_eq!(
            classify(NAME, &msg),
            Err(DnsError::Rcode(rcode)),
            "rcode {rcode}"
        );
    }
}

#[test]
fn answers_to_other_questions_are_refused() {
    // Our own query echoed back: QR clear.
    assert_eq!(
        classify(NAME, &query(NAME).unwrap()),
        Err(DnsError::NotResponse)
    );
    let ok = response(3, &[], &[]);
    assert_eq!(classify("other.id.vn", &ok), Err(DnsError::Mismatch));
    let mut wrong_id = ok.clone();
    wrong_id[1] = 7;
    assert_eq!(classify(NAME, &wrong_id), Err(DnsError::Mismatch));
    let mut wrong_type = ok.clone();
    let n = wrong_type.len();
    wrong_type[n - 3] = 1; // A instead of NS
    assert_eq!(classify(NAME, &wrong_type), Err(DnsError::Mismatch));
    let mut wrong_opcode = ok.clone();
    wrong_opcode[2] |= 0x10;
    assert_eq!(classify(NAME, &wrong_opcode), Err(DnsError::Mismatch));
    let mut no_question = ok;
    no_question[5] = 0;
    assert_eq!(classify(NAME, &no_question[..12]), Err(DnsError::Mismatch));
}

/// The NXDOMAIN answer `response(3, …)` with its question's name replaced by these
/// wire bytes.
fn nxdomain_for(qname: &[u8]) -> Vec<u8> {
    let mut msg = response(3, &[], &[]);
    msg.truncate(12);
    msg.extend_from_slice(qname);
    msg.extend_from_slice(&[0, 2, 0, 1]);
    msg
}

#[test]
fn only_the_very_question_asked_gets_a_status() {
    // Found by the `dns` fuzz target: the question's name is compared on the wire, not
    // as dotted text, so none of these pass for a question that was asked.
    // A label holding a dot reads "annguyen.id.vn" as text, but is two labels.
    let dotted = nxdomain_for(b"\x0bannguyen.id\x02vn\x00");
    assert_eq!(parse(&dotted).unwrap().question.unwrap().name, NAME);
    assert_eq!(classify(NAME, &dotted), Err(DnsError::Mismatch));
    // A byte outside ASCII reads as a Latin-1 letter: no such name can be asked, so no
    // answer about it is one.
    let latin1 = nxdomain_for(b"\x04tr\xb3n\x02id\x02vn\x00");
    assert_eq!(parse(&latin1).unwrap().question.unwrap().name, "tr³n.id.vn");
    assert_eq!(classify("tr³n.id.vn", &latin1), Err(DnsError::BadName));
    let pipe = nxdomain_for(b"\x08annguyen\x02id\x02|n\x00");
    assert_eq!(classify("annguyen.id.|n", &pipe), Err(DnsError::BadName));
    // The root: an empty name is not a name to ask about.
    let root = nxdomain_for(b"\x00");
    assert_eq!(classify("", &root), Err(DnsError::BadName));
    assert_eq!(classify(".", &root), Err(DnsError::BadName));
    // A question compressed to a pointer into the header is not the question asked.
    let pointer = nxdomain_for(b"\xc0\x00");
    assert_eq!(parse(&pointer).unwrap().question.unwrap().name, "");
    assert_eq!(classify(NAME, &pointer), Err(DnsError::Mismatch));
    // Case is still ignored (resolvers may echo a 0x20-randomised question).
    let mixed = nxdomain_for(b"\x08AnNgUyEn\x02iD\x02VN\x00");
    assert_eq!(
        classify(NAME, &mixed).map(|v| v.availability),
        Ok(Availability::LikelyAvailable)
    );
}

#[test]
fn truncated_messages_are_refused_at_every_length() {
    let full = response(
        3,
        &[rr(TYPE_NS, 60, &ns_rdata())],
        &[rr(TYPE_SOA, 900, &soa(120))],
    );
    assert!(classify(NAME, &full).is_ok());
    for len in 0..full.len() {
        assert!(
            classify(NAME, &full[..len]).is_err(),
            "accepted {len} of {} bytes",
            full.len()
        );
    }
}

#[test]
fn malformed_names_and_records_are_refused() {
    let base = response(3, &[], &[]);
    // A pointer to itself in the question.
    let mut self_loop = base[..12].to_vec();
    self_loop.extend_from_slice(&[0xC0, 12, 0, 2, 0, 1]);
    assert_eq!(parse(&self_loop), Err(DnsError::MalformedName));
    // Two records pointing at each other: each pointer must point backwards.
    let mut ping_pong = response(0, &[], &[]);
    ping_pong[7] = 1;
    let at = ping_pong.len();
    ping_pong.extend_from_slice(&[0xC0, (at + 2) as u8, 0xC0, at as u8]);
    assert_eq!(parse(&ping_pong), Err(DnsError::MalformedName));
    // A pointer past the end.
    let mut far = base[..12].to_vec();
    far.extend_from_slice(&[0xFF, 0xFF, 0, 2, 0, 1]);
    assert_eq!(parse(&far), Err(DnsError::MalformedName));
    // Reserved label types 0x40 and 0x80.
    for kind in [0x40u8, 0x80] {
        let mut reserved = base[..12].to_vec();
        reserved.extend_from_slice(&[kind | 1, b'a', 0, 0, 2, 0, 1]);
        assert_eq!(parse(&reserved), Err(DnsError::MalformedName));
    }
    // A name of 255 bytes on the wire is the longest there is (RFC 1035 §2.3.4).
    let name_of = |last: usize| {
        let mut msg = base[..12].to_vec();
        for len in [63, 63, 63, last] {
            msg.push(len as u8);
            msg.extend(std::iter::repeat_n(b'a', len));
        }
        msg.extend_from_slice(&[0, 0, 2, 0, 1]);
        msg
    };
    let longest = parse(&name_of(61)).unwrap().question.unwrap().name;
    assert_eq!(longest.len(), 253);
    assert_eq!(parse(&name_of(62)), Err(DnsError::MalformedName));
    // An RDLENGTH beyond the message, and an SOA shorter than its fixed fields.
    let mut overlong = response(0, &[rr(TYPE_NS, 60, &ns_rdata())], &[]);
    let n = overlong.len();
    overlong[n - ns_rdata().len() - 1] = 200;
    assert_eq!(parse(&overlong), Err(DnsError::Truncated));
    let short_soa = response(3, &[], &[rr(TYPE_SOA, 60, &soa(60)[..20])]);
    assert_eq!(parse(&short_soa), Err(DnsError::Truncated));
    // Huge counts with no records behind them.
    let mut huge = base;
    huge[4..12].copy_from_slice(&[0xFF; 8]);
    assert_eq!(parse(&huge), Err(DnsError::Truncated));
}

#[test]
fn an_address_of_the_wrong_length_is_no_address_but_the_rest_is_read() {
    let msg = response(
        0,
        &[
            rr(TYPE_AAAA, 60, &[1, 2, 3, 4]),
            rr(TYPE_A, 60, &[192, 0, 2, 7]),
        ],
        &[],
    );
    let answers = parse(&msg).unwrap().answers;
    assert_eq!(answers[0].data, RData::Other);
    assert_eq!(answers[1].data, RData::A([192, 0, 2, 7]));
}

#[test]
fn only_the_first_16_records_are_kept_but_every_ttl_counts() {
    let many: Vec<Vec<u8>> = (0..20).map(|i| rr(TYPE_NS, 600 - i, &ns_rdata())).collect();
    let parsed = parse(&response(0, &many, &many)).unwrap();
    assert_eq!(parsed.answers.len(), MAX_RECORDS);
    assert_eq!(parsed.referral.len(), MAX_RECORDS);
    assert_eq!(parsed.referral[0], "ns1.id.vn");
    assert_eq!(parsed.answer_ttl, Some(581));
    assert_eq!(parsed.authority_ttl, Some(581));
}

/// A response whose third record's owner is reached through `hops` compression
/// pointers: a chain of one-letter labels, each pointing at the one before and the
/// first at the question, lying past byte 255 so that pointers need both bytes.
fn pointer_chain(hops: usize) -> Vec<u8> {
    let padding = rr(99, 60, &[0; 300]);
    let start = query(NAME).unwrap().len() + padding.len() + 12;
    let mut chain = Vec::new();
    let mut prev = 12usize;
    for i in 0..hops - 1 {
        chain.extend_from_slice(&[1, b'x', 0xC0 | (prev >> 8) as u8, prev as u8]);
        prev = start + 4 * i;
    }
    let mut owner = vec![0xC0 | (prev >> 8) as u8, prev as u8];
    owner.extend_from_slice(&rr(99, 60, &[])[2..]);
    response(0, &[padding, rr(99, 60, &chain), owner], &[])
}

#[test]
fn names_are_followed_through_32_pointers_and_no_more() {
    // Real answers reach a name through a few backward pointers, anywhere in the
    // message; a longer chain only makes a decoder work (more hops than any real
    // message needs), so it is refused.
    for hops in [1, 2, 32] {
        let owner = format!("{}{NAME}", "x.".repeat(hops - 1));
        let parsed = parse(&pointer_chain(hops)).unwrap();
        assert_eq!(parsed.answers[2].name, owner, "{hops} hops");
    }
    for hops in [33, 40] {
        let parsed = parse(&pointer_chain(hops));
        assert_eq!(parsed, Err(DnsError::MalformedName), "{hops} hops");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = parse(&bytes);
        let _ = classify(NAME, &bytes);
    }

    #[test]
    fn corrupting_a_real_response_never_panics(pos in 0usize..200, byte in any::<u8>(), cut in 0usize..200) {
        let mut msg = response(3, &[rr(TYPE_NS, 60, &ns_rdata())], &[rr(TYPE_SOA, 900, &soa(120))]);
        let len = msg.len();
        msg[pos % len] = byte;
        msg.truncate(len - cut % len);
        if let Ok(v) = classify(NAME, &msg) {
            prop_assert!((MIN_CACHE_SECS..=MAX_CACHE_SECS).contains(&v.cache_secs));
        }
    }

    #[test]
    fn valid_names_round_trip_through_query_and_parse(labels in prop::collection::vec("[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?", 1..4)) {
        let name = labels.join(".");
        let q = query(&name).unwrap();
        let parsed = parse(&q).unwrap();
        prop_assert!(!parsed.is_response());
        prop_assert_eq!(parsed.question.map(|q| q.name), Some(name));
    }
}
