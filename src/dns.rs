//! A small DNS message codec (RFC 1035) for DNS-over-HTTPS GET requests (RFC 8484):
//! build a query (`NS` for `<label>.<zone>` in the names step; `A`, `AAAA`, `MX`,
//! `TXT` in the check), encode it for `?dns=`, and read the answer's RCODE, its
//! records (A, AAAA, CNAME, NS, MX, TXT data), a referral's name servers, and the
//! TTLs that say how long to cache it (RFC 2308 for negative answers). Hand-written: a few KB of wasm where a general DNS crate
//! costs tens to hundreds.
//!
//! Untrusted input: every read is bounds-checked, compression pointers may only
//! point backwards and are followed a bounded number of times, and no count from the
//! message sizes an allocation. Nothing here panics.

/// Record and query types.
pub const TYPE_A: u16 = 1;
pub const TYPE_NS: u16 = 2;
pub const TYPE_CNAME: u16 = 5;
pub const TYPE_SOA: u16 = 6;
pub const TYPE_MX: u16 = 15;
pub const TYPE_TXT: u16 = 16;
pub const TYPE_AAAA: u16 = 28;
/// Class `IN`.
pub const CLASS_IN: u16 = 1;

/// Header flag bits (second and third header bytes, as one `u16`).
pub const FLAG_QR: u16 = 0x8000;
/// TC: the answer was cut to fit (never over DoH; unusable if it happens).
pub const FLAG_TC: u16 = 0x0200;
pub const FLAG_RD: u16 = 0x0100;
pub const FLAG_CD: u16 = 0x0010;

pub const RCODE_NOERROR: u8 = 0;
pub const RCODE_NXDOMAIN: u8 = 3;

/// Cache bounds, in seconds. Answers are cached for their TTL (negative ones for
/// min(SOA TTL, SOA MINIMUM)), but at most five minutes, so a name registered
/// meanwhile shows up soon, and at least thirty seconds (also when the answer
/// carries no TTL), so re-typing a name never costs another request. This is a
/// cache of what the visitor was shown, not a resolver's cache.
pub const MAX_CACHE_SECS: u32 = 300;
pub const MIN_CACHE_SECS: u32 = 30;

const HEADER_LEN: usize = 12;
/// Longest name on the wire (RFC 1035 §3.1).
const MAX_NAME_WIRE: usize = 255;
/// Compression pointers followed per name; more is a loop or an attack.
const MAX_POINTERS: usize = 32;
/// Records kept per section (all are read, for their TTLs): a check needs a few.
pub const MAX_RECORDS: usize = 16;

/// Why a query could not be built or an answer not be used. Every variant means
/// `unknown` for the name: try the next resolver.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DnsError {
    /// The name to query is not a DNS name of `a-z 0-9 -` labels.
    BadName,
    /// The message ends inside a header, name or record.
    Truncated,
    /// A name uses a reserved label type, a forward or looping pointer, or is too long.
    MalformedName,
    /// QR bit clear: a query, not a response.
    NotResponse,
    /// Not the ID, opcode or question that was asked.
    Mismatch,
    /// A well-formed answer with an RCODE other than NOERROR/NXDOMAIN (SERVFAIL,
    /// REFUSED…).
    Rcode(u8),
}

/// Builds the wire query for `name` (`label.zone`, any case, optional final dot):
/// ID 0 (so HTTP caches can share it), RD and CD set (CD so that a DNSSEC failure
/// does not read as SERVFAIL), one question `NS IN`.
pub fn query(name: &str) -> Result<Vec<u8>, DnsError> {
    query_for(name, TYPE_NS)
}

/// [`query`] with the question type `qtype` (`TYPE_A`, `TYPE_MX`, …).
pub fn query_for(name: &str, qtype: u16) -> Result<Vec<u8>, DnsError> {
    let name = name.strip_suffix('.').unwrap_or(name);
    let mut msg = Vec::with_capacity(HEADER_LEN + name.len() + 6);
    msg.extend_from_slice(&[0, 0]);
    msg.extend_from_slice(&(FLAG_RD | FLAG_CD).to_be_bytes());
    msg.extend_from_slice(&[0, 1, 0, 0, 0, 0, 0, 0]);
    for label in name.split('.') {
        let ok = (1..=63).contains(&label.len())
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !ok {
            return Err(DnsError::BadName);
        }
        msg.push(label.len() as u8);
        msg.extend(label.bytes().map(|b| b.to_ascii_lowercase()));
    }
    msg.push(0);
    if msg.len() - HEADER_LEN > MAX_NAME_WIRE {
        return Err(DnsError::BadName);
    }
    msg.extend_from_slice(&qtype.to_be_bytes());
    msg.extend_from_slice(&CLASS_IN.to_be_bytes());
    Ok(msg)
}

/// Base64url without padding (RFC 4648 §5), as RFC 8484 wants for `?dns=`.
pub fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// The value of the `dns` GET parameter (RFC 8484 §4.1) asking about `name`.
pub fn dns_param(name: &str) -> Result<String, DnsError> {
    dns_param_for(name, TYPE_NS)
}

/// The value of the `dns` GET parameter asking `qtype` about `name`.
pub fn dns_param_for(name: &str, qtype: u16) -> Result<String, DnsError> {
    Ok(base64url(&query_for(name, qtype)?))
}

/// The question of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Dotted, lowercase, no final dot.
    pub name: String,
    pub qtype: u16,
    pub qclass: u16,
}

/// What a response says, as far as this widget needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub id: u16,
    pub flags: u16,
    /// Header byte 3 & 0x0F.
    pub rcode: u8,
    pub qdcount: u16,
    pub ancount: u16,
    pub nscount: u16,
    pub arcount: u16,
    /// The first question, if any.
    pub question: Option<Question>,
    /// The answer section's first [`MAX_RECORDS`] records.
    pub answers: Vec<Record>,
    /// The name servers of the authority section's NS records (a referral), at most
    /// [`MAX_RECORDS`].
    pub referral: Vec<String>,
    /// Lowest TTL in the answer section.
    pub answer_ttl: Option<u32>,
    /// Lowest TTL in the authority section (an SOA counting min(TTL, MINIMUM)).
    pub authority_ttl: Option<u32>,
    /// min(SOA TTL, SOA MINIMUM) of the authority section's SOA records: how long a
    /// negative answer may be cached (RFC 2308 §5).
    pub negative_ttl: Option<u32>,
}

impl Response {
    pub fn is_response(&self) -> bool {
        self.flags & FLAG_QR != 0
    }

    pub fn opcode(&self) -> u8 {
        ((self.flags >> 11) & 0x0F) as u8
    }
}

/// A resource record of the answer section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Owner name: dotted, lowercase, no final dot.
    pub name: String,
    pub rtype: u16,
    pub ttl: u32,
    pub data: RData,
}

/// Record data, for the types a check reads; names dotted, lowercase, no final dot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RData {
    A([u8; 4]),
    Aaaa([u16; 8]),
    Cname(String),
    Ns(String),
    Mx {
        preference: u16,
        exchange: String,
    },
    /// The character-strings joined, as UTF-8 (invalid bytes replaced).
    Txt(String),
    /// Any other type, or an A/AAAA record of the wrong length.
    Other,
}

/// A bounds-checked reader over a message.
struct Reader<'m> {
    msg: &'m [u8],
    pos: usize,
}

impl Reader<'_> {
    fn bytes(&mut self, n: usize) -> Result<&[u8], DnsError> {
        let end = self.pos.checked_add(n).ok_or(DnsError::Truncated)?;
        let slice = self.msg.get(self.pos..end).ok_or(DnsError::Truncated)?;
        self.pos = end;
        Ok(slice)
    }

    fn u16(&mut self) -> Result<u16, DnsError> {
        let b = self.bytes(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    fn u32(&mut self) -> Result<u32, DnsError> {
        let b = self.bytes(4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A TTL; values with the top bit set mean zero (RFC 2181 §8).
    fn ttl(&mut self) -> Result<u32, DnsError> {
        let ttl = self.u32()?;
        Ok(if ttl > i32::MAX as u32 { 0 } else { ttl })
    }

    /// Reads a possibly compressed name, leaving the reader after it.
    fn name(&mut self) -> Result<String, DnsError> {
        let mut name = String::new();
        let mut wire_len = 1;
        let mut at = self.pos;
        let mut resume = None;
        let mut pointers = 0;
        loop {
            let len = *self.msg.get(at).ok_or(DnsError::Truncated)?;
            match len & 0xC0 {
                0x00 if len == 0 => {
                    self.pos = resume.unwrap_or(at + 1);
                    return Ok(name);
                }
                0x00 => {
                    let label = self
                        .msg
                        .get(at + 1..at + 1 + len as usize)
                        .ok_or(DnsError::Truncated)?;
                    wire_len += 1 + label.len();
                    if wire_len > MAX_NAME_WIRE {
                        return Err(DnsError::MalformedName);
                    }
                    if !name.is_empty() {
                        name.push('.');
                    }
                    name.extend(label.iter().map(|&b| char::from(b.to_ascii_lowercase())));
                    at += 1 + label.len();
                }
                0xC0 => {
                    let low = *self.msg.get(at + 1).ok_or(DnsError::Truncated)?;
                    let target = (usize::from(len & 0x3F) << 8) | usize::from(low);
                    pointers += 1;
                    if target >= at || pointers > MAX_POINTERS {
                        return Err(DnsError::MalformedName);
                    }
                    resume.get_or_insert(at + 2);
                    at = target;
                }
                _ => return Err(DnsError::MalformedName),
            }
        }
    }

    /// Reads one resource record; returns it and the TTL to count (for an SOA,
    /// min(TTL, MINIMUM)). Its data must end within its RDLENGTH.
    fn record(&mut self) -> Result<(Record, u32), DnsError> {
        let name = self.name()?;
        let rtype = self.u16()?;
        let _class = self.u16()?;
        let ttl = self.ttl()?;
        let rdlength = usize::from(self.u16()?);
        let rdata_end = self.pos.checked_add(rdlength).ok_or(DnsError::Truncated)?;
        if rdata_end > self.msg.len() {
            return Err(DnsError::Truncated);
        }
        let mut ttl_to_count = ttl;
        let data = match rtype {
            TYPE_A if rdlength == 4 => {
                let b = self.bytes(4)?;
                RData::A([b[0], b[1], b[2], b[3]])
            }
            TYPE_AAAA if rdlength == 16 => {
                let mut groups = [0; 8];
                for g in &mut groups {
                    *g = self.u16()?;
                }
                RData::Aaaa(groups)
            }
            TYPE_CNAME => RData::Cname(self.name()?),
            TYPE_NS => RData::Ns(self.name()?),
            TYPE_MX => RData::Mx {
                preference: self.u16()?,
                exchange: self.name()?,
            },
            TYPE_TXT => {
                let mut text = Vec::new();
                while self.pos < rdata_end {
                    let len = self.bytes(1)?[0];
                    text.extend_from_slice(self.bytes(usize::from(len))?);
                }
                RData::Txt(String::from_utf8_lossy(&text).into_owned())
            }
            TYPE_SOA => {
                self.name()?; // MNAME
                self.name()?; // RNAME
                self.bytes(16)?; // SERIAL REFRESH RETRY EXPIRE
                ttl_to_count = ttl.min(self.u32()?);
                RData::Other
            }
            _ => RData::Other,
        };
        if self.pos > rdata_end {
            return Err(DnsError::Truncated);
        }
        self.pos = rdata_end;
        let record = Record {
            name,
            rtype,
            ttl,
            data,
        };
        Ok((record, ttl_to_count))
    }
}

fn min_opt(a: Option<u32>, b: u32) -> Option<u32> {
    Some(a.map_or(b, |a| a.min(b)))
}

/// Parses the header, the questions, the answer and authority sections of a
/// message. The additional section is not needed and not read.
pub fn parse(msg: &[u8]) -> Result<Response, DnsError> {
    let mut r = Reader { msg, pos: 0 };
    let id = r.u16()?;
    let flags = r.u16()?;
    let qdcount = r.u16()?;
    let ancount = r.u16()?;
    let nscount = r.u16()?;
    let arcount = r.u16()?;
    let mut question = None;
    for _ in 0..qdcount {
        let name = r.name()?;
        let qtype = r.u16()?;
        let qclass = r.u16()?;
        question.get_or_insert(Question {
            name,
            qtype,
            qclass,
        });
    }
    let mut answer_ttl = None;
    let mut answers = Vec::new();
    for _ in 0..ancount {
        let (record, ttl) = r.record()?;
        answer_ttl = min_opt(answer_ttl, ttl);
        if answers.len() < MAX_RECORDS {
            answers.push(record);
        }
    }
    let mut authority_ttl = None;
    let mut negative_ttl = None;
    let mut referral = Vec::new();
    for _ in 0..nscount {
        let (record, ttl) = r.record()?;
        authority_ttl = min_opt(authority_ttl, ttl);
        match record.data {
            RData::Ns(server) if referral.len() < MAX_RECORDS => referral.push(server),
            _ if record.rtype == TYPE_SOA => negative_ttl = min_opt(negative_ttl, ttl),
            _ => {}
        }
    }
    Ok(Response {
        id,
        flags,
        rcode: (flags & 0x0F) as u8,
        qdcount,
        ancount,
        nscount,
        arcount,
        question,
        answers,
        referral,
        answer_ttl,
        authority_ttl,
        negative_ttl,
    })
}

/// What an answer says about a name. `unknown` is the absence of an answer: an
/// [`Err`] from [`classify`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Availability {
    /// NOERROR: the name exists (with NS records, a referral, or other data).
    Taken,
    /// NXDOMAIN: no such name. Only the registrar can confirm it is free.
    LikelyAvailable,
}

/// A usable answer and how long to keep it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub availability: Availability,
    /// Seconds to cache, see [`cache_secs`].
    pub cache_secs: u32,
}

/// Reads the response to [`query`]`(name)`: it must be a response (QR), with ID 0,
/// standard opcode and the very question asked. NOERROR → taken, cached for the
/// answer TTL (or the authority TTL of a referral or no-data answer); NXDOMAIN →
/// likely available, cached per RFC 2308. Any other RCODE or a malformed message is
/// an error: the caller tries the next resolver and otherwise shows `unknown`. A
/// `name` that [`query`] refuses has no answer ([`DnsError::BadName`]).
pub fn classify(name: &str, msg: &[u8]) -> Result<Verdict, DnsError> {
    let response = reply(name, TYPE_NS, msg)?;
    match response.rcode {
        RCODE_NOERROR => Ok(Verdict {
            availability: Availability::Taken,
            cache_secs: cache_secs(response.answer_ttl.or(response.authority_ttl)),
        }),
        _ => Ok(Verdict {
            availability: Availability::LikelyAvailable,
            cache_secs: cache_secs(response.negative_ttl),
        }),
    }
}

/// The response to [`query_for`]`(name, qtype)`, checked: a response (QR) with ID 0,
/// standard opcode, the very question asked, and RCODE NOERROR or NXDOMAIN (any
/// other is [`DnsError::Rcode`]).
pub fn reply(name: &str, qtype: u16, msg: &[u8]) -> Result<Response, DnsError> {
    let asked = query_for(name, qtype)?;
    let response = parse(msg)?;
    if !response.is_response() {
        return Err(DnsError::NotResponse);
    }
    // The question as it is on the wire, byte for byte but for ASCII case (resolvers
    // may echo a 0x20-randomised name): as dotted text, a label holding a dot
    // (`annguyen.id` + `vn`) or a byte outside ASCII could pass for a name that was
    // asked. The question is the first name of a message, so a real one is never
    // compressed. Only the name's letters fold (label lengths, ≤ 63, are below
    // `A`); type and class are compared exactly.
    let question = &asked[HEADER_LEN..];
    let (qname, type_class) = question.split_at(question.len() - 4);
    let same_question = msg
        .get(HEADER_LEN..HEADER_LEN + question.len())
        .is_some_and(|q| q[..qname.len()].eq_ignore_ascii_case(qname) && q.ends_with(type_class));
    if response.id != 0 || response.opcode() != 0 || response.qdcount != 1 || !same_question {
        return Err(DnsError::Mismatch);
    }
    match response.rcode {
        RCODE_NOERROR | RCODE_NXDOMAIN => Ok(response),
        rcode => Err(DnsError::Rcode(rcode)),
    }
}

/// A TTL clamped to [`MIN_CACHE_SECS`]..=[`MAX_CACHE_SECS`]; no TTL at all counts as
/// the minimum.
pub fn cache_secs(ttl: Option<u32>) -> u32 {
    ttl.unwrap_or(MIN_CACHE_SECS)
        .clamp(MIN_CACHE_SECS, MAX_CACHE_SECS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_matches_rfc_8484_example_shape() {
        let q = query("AnNguyen.id.vn.").unwrap();
        let want: &[u8] = &[
            0, 0, 0x01, 0x10, 0, 1, 0, 0, 0, 0, 0, 0, //
            8, b'a', b'n', b'n', b'g', b'u', b'y', b'e', b'n', 2, b'i', b'd', 2, b'v', b'n',
            0, //
            0, 2, 0, 1,
        ];
        assert_eq!(q, want);
    }

    #[test]
    fn bad_names_are_refused() {
        for bad in [
            "",
            ".",
            "a..vn",
            "nguyễn.id.vn",
            "a b.id.vn",
            "a_b.id.vn",
            &"a".repeat(64),
        ] {
            assert_eq!(query(bad), Err(DnsError::BadName), "{bad:?}");
        }
        let long = vec!["a".repeat(63); 4].join(".");
        assert_eq!(query(&long), Err(DnsError::BadName));
        assert!(query(&long[..long.len() - 2]).is_ok());
    }

    #[test]
    fn base64url_matches_rfc_4648_vectors_without_padding() {
        for (input, want) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url(input.as_bytes()), want);
        }
        assert_eq!(base64url(&[0xFB, 0xFF, 0xBF]), "-_-_");
    }

    #[test]
    fn rfc_8484_example_query_encodes_as_published() {
        // RFC 8484 §4.1.1: www.example.com A, ID 0, RD.
        let mut q = query("www.example.com").unwrap();
        q[3] = 0x00; // no CD in the RFC's example
        let n = q.len();
        q[n - 3] = 1; // QTYPE A
        assert_eq!(
            base64url(&q),
            "AAABAAABAAAAAAAAA3d3dwdleGFtcGxlA2NvbQAAAQAB"
        );
    }

    #[test]
    fn dns_param_is_the_query_in_base64url() {
        assert_eq!(
            dns_param("an.id.vn").unwrap(),
            "AAABEAABAAAAAAAAAmFuAmlkAnZuAAACAAE"
        );
        assert_eq!(dns_param("bad name"), Err(DnsError::BadName));
    }

    #[test]
    fn cache_is_clamped() {
        assert_eq!(cache_secs(None), MIN_CACHE_SECS);
        assert_eq!(cache_secs(Some(0)), MIN_CACHE_SECS);
        assert_eq!(cache_secs(Some(120)), 120);
        assert_eq!(cache_secs(Some(86_400)), MAX_CACHE_SECS);
    }
}
