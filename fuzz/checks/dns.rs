//! Target `dns`: the DoH answer reader (`dns::parse`, `dns::classify`) on arbitrary
//! bytes, and the query builder (`dns::query`) on the names found in them.
//!
//! Invariants:
//! - `parse` reports the header as it is on the wire, a question exactly when
//!   QDCOUNT > 0, TTLs of at most 2^31 − 1 (RFC 2181), and a negative TTL only with
//!   an authority TTL no larger; bytes appended to a parsed message change nothing
//!   (the additional section is not read, and pointers only point backwards);
//! - `classify(name, msg)` gives a status only for a response (QR) with ID 0,
//!   standard opcode, one question, RCODE NOERROR (→ taken) or NXDOMAIN (→ likely
//!   available), and that question is, label for label (decoded again here, case
//!   folded), type NS and class IN, the question of `query(name)`: no status for a
//!   name that cannot be asked, nor from an answer to another question. Its cache
//!   time is within 30..=300 s. Any other RCODE is `Rcode`, never a status;
//! - for every name `query` accepts, its message parses back to that question, is
//!   refused by `classify` as not a response, and with the QR bit set reads as
//!   "taken" for the minimum cache time.

use vn_domain_assistant::dns::{
    self, Availability, DnsError, CLASS_IN, FLAG_QR, MAX_CACHE_SECS, MIN_CACHE_SECS, RCODE_NOERROR,
    RCODE_NXDOMAIN, TYPE_NS,
};

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
