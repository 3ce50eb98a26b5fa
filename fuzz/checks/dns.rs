//! Target `dns`: the DoH answer reader (`dns::parse`, `dns::classify`, `dns::reply`,
//! the go-live check's `check::read_answer`) on arbitrary bytes, and the query
//! builder (`dns::query_for`) on the names found in them.
//!
//! Invariants:
//! - `parse` reports the header as it is on the wire, a question exactly when
//!   QDCOUNT > 0, TTLs of at most 2^31 − 1 (RFC 2181), and a negative TTL only with
//!   an authority TTL no larger; bytes appended to a parsed message change nothing
//!   (the additional section is not read, and pointers only point backwards);
//! - its records are the answer section's first `MAX_RECORDS`, each with data of
//!   its type equal to the record's RDATA as decoded again here (A and AAAA bytes,
//!   MX preference, TXT strings joined), names of at most 253 characters; the
//!   referral's servers are at most the authority section's NS records;
//! - `reply(name, qtype, msg)` accepts only what `classify` would for NS: a
//!   response with ID 0, opcode 0, one question that is the very question of
//!   `query_for(name, qtype)` (its type compared exactly), RCODE NOERROR or
//!   NXDOMAIN; `read_answer` is anything but unknown only then, and its records
//!   are of the type asked or CNAMEs;
//! - `classify(name, msg)` gives a status only for a response (QR) with ID 0,
//!   standard opcode, one question, RCODE NOERROR (→ taken) or NXDOMAIN (→ likely
//!   available), and that question is, label for label (decoded again here, case
//!   folded), type NS and class IN, the question of `query(name)`: no status for a
//!   name that cannot be asked, nor from an answer to another question. Its cache
//!   time is within 30..=300 s. Any other RCODE is `Rcode`, never a status;
//! - for every name `query` accepts, its message parses back to that question, is
//!   refused by `classify` as not a response, and with the QR bit set reads as
//!   "taken" for the minimum cache time; so for every type `query_for` asks.

use vn_domain_assistant::check::{self, Answer};
use vn_domain_assistant::dns::{
    self, Availability, DnsError, RData, Response, CLASS_IN, FLAG_QR, MAX_CACHE_SECS, MAX_RECORDS,
    MIN_CACHE_SECS, RCODE_NOERROR, RCODE_NXDOMAIN, TYPE_A, TYPE_AAAA, TYPE_CNAME, TYPE_MX, TYPE_NS,
    TYPE_TXT,
};

/// The types a check asks.
const TYPES: [u16; 5] = [TYPE_NS, TYPE_A, TYPE_AAAA, TYPE_MX, TYPE_TXT];

/// A name asked in every run; the question found in the input is asked too.
const NAME: &str = "annguyen.id.vn";

pub fn check(data: &[u8]) {
    let parsed = dns::parse(data);
    if let Ok(r) = &parsed {
        let be = |i: usize| u16::from_be_bytes([data[i], data[i + 1]]);
        assert_eq!(
            (r.id, r.flags, r.qdcount, r.ancount, r.nscount, r.arcount),
            (be(0), be(2), be(4), be(6), be(8), be(10))
        );
        assert_eq!(r.rcode, data[3] & 0x0F);
        assert_eq!(r.question.is_some(), r.qdcount > 0);
        for ttl in [r.answer_ttl, r.authority_ttl, r.negative_ttl]
            .into_iter()
            .flatten()
        {
            assert!(ttl <= i32::MAX as u32, "{ttl}");
        }
        if let Some(negative) = r.negative_ttl {
            assert!(r.authority_ttl.is_some_and(|a| a <= negative));
        }
        let mut longer = data.to_vec();
        longer.extend_from_slice(&[0xC0, 0xFF, 0x3F, 0]);
        assert_eq!(dns::parse(&longer).as_ref(), Ok(r), "appended bytes");
        records(data, r);
    }

    let mut names = vec![NAME.to_owned()];
    if let Some(q) = parsed.as_ref().ok().and_then(|r| r.question.as_ref()) {
        names.push(q.name.clone());
        names.push(format!("{}.", q.name.to_ascii_uppercase()));
    }
    for name in &names {
        classify(name, data);
        round_trip(name);
    }
    // Every type, about the name the input asks (or the fixed one); the query
    // round trip for the type it asks.
    let name = &names[names.len().min(2) - 1];
    for qtype in TYPES {
        reply(name, qtype, data);
    }
    let asked = parsed.as_ref().ok().and_then(|r| r.question.as_ref());
    round_trip_for(name, asked.map_or(TYPE_A, |q| q.qtype));
    read_answers(name, data);
}

/// The answer section's records against their RDATA, found again on the wire.
fn records(msg: &[u8], r: &Response) {
    assert_eq!(r.answers.len(), usize::from(r.ancount).min(MAX_RECORDS));
    assert!(r.referral.len() <= usize::from(r.nscount).min(MAX_RECORDS));
    let wire = wire_records(msg, r.qdcount, r.answers.len()).expect("a parsed message walks");
    for (record, (rtype, rdata)) in r.answers.iter().zip(wire) {
        assert_eq!(record.rtype, rtype);
        assert!(record.ttl <= i32::MAX as u32);
        let ok = match &record.data {
            RData::A(octets) => rtype == TYPE_A && rdata == octets,
            RData::Aaaa(groups) => {
                let bytes: Vec<u8> = groups.iter().flat_map(|g| g.to_be_bytes()).collect();
                rtype == TYPE_AAAA && rdata == bytes
            }
            RData::Cname(name) | RData::Ns(name) => {
                assert!(name.chars().count() <= 253);
                rtype == TYPE_CNAME || rtype == TYPE_NS
            }
            RData::Mx {
                preference,
                exchange,
            } => {
                assert!(exchange.chars().count() <= 253);
                rtype == TYPE_MX && rdata.get(..2) == Some(&preference.to_be_bytes()[..])
            }
            RData::Txt(text) => rtype == TYPE_TXT && *text == txt(rdata),
            RData::Other => ![TYPE_CNAME, TYPE_NS, TYPE_MX, TYPE_TXT].contains(&rtype),
        };
        assert!(ok, "{record:?} from type {rtype} data {rdata:?}");
        assert!(record.name.chars().count() <= 253, "{:?}", record.name);
    }
}

/// The first `count` answer records' types and RDATA, walking names without
/// decoding them (a pointer ends a name).
fn wire_records(msg: &[u8], qdcount: u16, count: usize) -> Option<Vec<(u16, &[u8])>> {
    fn skip_name(msg: &[u8], mut at: usize) -> Option<usize> {
        loop {
            let len = *msg.get(at)?;
            match len >> 6 {
                0 if len == 0 => return Some(at + 1),
                0 => at += 1 + usize::from(len),
                3 => return Some(at + 2),
                _ => return None,
            }
        }
    }
    let be = |at: usize| Some(u16::from_be_bytes([*msg.get(at)?, *msg.get(at + 1)?]));
    let mut at = 12;
    for _ in 0..qdcount {
        at = skip_name(msg, at)? + 4;
    }
    let mut out = Vec::new();
    for _ in 0..count {
        at = skip_name(msg, at)?;
        let rtype = be(at)?;
        let len = usize::from(be(at + 8)?);
        out.push((rtype, msg.get(at + 10..at + 10 + len)?));
        at += 10 + len;
    }
    Some(out)
}

/// TXT RDATA's character-strings joined, as text.
fn txt(rdata: &[u8]) -> String {
    let mut bytes = Vec::new();
    let mut rest = rdata;
    while let Some((&len, tail)) = rest.split_first() {
        let (string, after) = tail.split_at(usize::from(len).min(tail.len()));
        bytes.extend_from_slice(string);
        rest = after;
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// `reply` accepts only the response to the very question of `query_for`.
fn reply(name: &str, qtype: u16, msg: &[u8]) {
    let Ok(r) = dns::reply(name, qtype, msg) else {
        return;
    };
    assert!(r.flags & FLAG_QR != 0, "a reply from a query");
    assert_eq!((r.id, r.opcode(), r.qdcount), (0, 0, 1));
    assert!(r.rcode == RCODE_NOERROR || r.rcode == RCODE_NXDOMAIN);
    let asked = dns::query_for(name, qtype).expect("a reply for a name that cannot be asked");
    let (asked_labels, _) = question(&asked).expect("our own query");
    let (labels, at) = question(msg).expect("a reply with an unreadable question");
    let lower =
        |ls: &[Vec<u8>]| -> Vec<Vec<u8>> { ls.iter().map(|l| l.to_ascii_lowercase()).collect() };
    assert_eq!(
        lower(&labels),
        lower(&asked_labels),
        "{name:?}: another name"
    );
    let be = |i: usize| u16::from_be_bytes([msg[i], msg[i + 1]]);
    assert_eq!((be(at - 4), be(at - 2)), (qtype, CLASS_IN));
}

/// The check's reading of the message as the answer to each of its questions about
/// the domain `name` is (or, for `www.`, the domain under it).
fn read_answers(name: &str, msg: &[u8]) {
    let name = name.strip_suffix('.').unwrap_or(name);
    let domain = name.strip_prefix("www.").unwrap_or(name);
    for q in check::FIRST.into_iter().chain(check::THEN) {
        let answer = check::read_answer(q, domain, msg);
        if answer == Answer::Unknown {
            continue;
        }
        let r = dns::reply(&q.name(domain), q.qtype(), msg).expect("an answer without a reply");
        match answer {
            Answer::NxDomain => assert_eq!(r.rcode, RCODE_NXDOMAIN),
            Answer::Records(records) => {
                assert!(!records.is_empty() && records.len() <= MAX_RECORDS);
                for rec in records {
                    assert!(rec.rtype == q.qtype() || rec.rtype == TYPE_CNAME);
                }
            }
            Answer::Referral(servers) => assert_eq!(servers, r.referral),
            _ => assert_eq!(r.rcode, RCODE_NOERROR),
        }
    }
}

fn round_trip_for(name: &str, qtype: u16) {
    let Ok(mut q) = dns::query_for(name, qtype) else {
        return;
    };
    let r = dns::parse(&q).expect("our own query parses");
    assert_eq!(r.question.map(|q| q.qtype), Some(qtype));
    assert_eq!(
        dns::reply(name, qtype, &q).map(|_| ()),
        Err(DnsError::NotResponse)
    );
    q[2] |= 0x80;
    let r = dns::reply(name, qtype, &q).expect("our own query, answered");
    assert!(r.answers.is_empty() && r.referral.is_empty());
    let other = if qtype == TYPE_A { TYPE_AAAA } else { TYPE_A };
    assert_eq!(
        dns::reply(name, other, &q).map(|_| ()),
        Err(DnsError::Mismatch)
    );
}

fn classify(name: &str, msg: &[u8]) {
    let verdict = dns::classify(name, msg);
    let Ok(v) = verdict else {
        if let Err(DnsError::Rcode(rcode)) = verdict {
            assert!(rcode != RCODE_NOERROR && rcode != RCODE_NXDOMAIN);
            assert_eq!(dns::parse(msg).map(|r| r.rcode), Ok(rcode));
        }
        return;
    };
    assert!((MIN_CACHE_SECS..=MAX_CACHE_SECS).contains(&v.cache_secs));
    let r = dns::parse(msg).expect("a status from a message that does not parse");
    assert!(r.flags & FLAG_QR != 0, "a status from a query");
    assert_eq!((r.id, r.opcode(), r.qdcount), (0, 0, 1));
    let want = match r.rcode {
        RCODE_NOERROR => Availability::Taken,
        RCODE_NXDOMAIN => Availability::LikelyAvailable,
        other => panic!("a status from RCODE {other}"),
    };
    assert_eq!(v.availability, want);

    let asked = dns::query(name)
        .unwrap_or_else(|e| panic!("a status for {name:?}, which cannot be asked ({e:?})"));
    let (asked_labels, at) = question(&asked).expect("our own query");
    assert_eq!(at, asked.len());
    let (labels, at) = question(msg).expect("a status from an unreadable question");
    let lower =
        |ls: &[Vec<u8>]| -> Vec<Vec<u8>> { ls.iter().map(|l| l.to_ascii_lowercase()).collect() };
    assert_eq!(
        lower(&labels),
        lower(&asked_labels),
        "a status for {name:?} from an answer to another question"
    );
    let be = |i: usize| u16::from_be_bytes([msg[i], msg[i + 1]]);
    assert_eq!((be(at - 4), be(at - 2)), (TYPE_NS, CLASS_IN));
}

/// The first question's labels, decoded independently of the crate (pointers
/// followed at most 64 times, in any direction), and the offset after QTYPE/QCLASS.
fn question(msg: &[u8]) -> Option<(Vec<Vec<u8>>, usize)> {
    let mut labels = Vec::new();
    let mut at = 12;
    let mut end = None;
    for _ in 0..256 {
        let len = *msg.get(at)?;
        match len >> 6 {
            0 if len == 0 => {
                let after = end.unwrap_or(at + 1) + 4;
                return (after <= msg.len()).then_some((labels, after));
            }
            0 => {
                labels.push(msg.get(at + 1..at + 1 + usize::from(len))?.to_vec());
                at += 1 + usize::from(len);
            }
            3 => {
                let low = *msg.get(at + 1)?;
                end.get_or_insert(at + 2);
                at = (usize::from(len & 0x3F) << 8) | usize::from(low);
            }
            _ => return None,
        }
    }
    None
}

fn round_trip(name: &str) {
    let Ok(mut q) = dns::query(name) else { return };
    let r = dns::parse(&q).expect("our own query parses");
    let question = r.question.expect("our own query has a question");
    let want = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
    assert_eq!(
        (question.name.as_str(), question.qtype, question.qclass),
        (want.as_str(), TYPE_NS, CLASS_IN)
    );
    assert_eq!(dns::classify(name, &q), Err(DnsError::NotResponse));
    q[2] |= 0x80;
    let v = dns::classify(name, &q).expect("our own query, answered");
    assert_eq!(
        (v.availability, v.cache_secs),
        (Availability::Taken, MIN_CACHE_SECS)
    );
}
