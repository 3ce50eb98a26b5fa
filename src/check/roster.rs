//! A list of names (`mode="roster"`): the list as pasted or opened (one name a
//! line, or a spreadsheet's CSV/TSV export), the totals, the sortable table and its
//! CSV download. Domains only: nothing personal is read from the list.

use std::cmp::Ordering;
use std::collections::HashSet;

use super::{read_domain, DomainError, Findings, Https, Mx, Registered, Spf, Verdict, Website};

/// The most names one list holds (a province's whole target: Trà Vinh's is 4,026).
pub const MAX_NAMES: usize = 5000;
/// Questions in flight at once, as the names step.
const IN_FLIGHT: u64 = 8;
/// Questions for a registered name (NS, then A, AAAA, www A, MX, TXT).
const QUESTIONS: u64 = 6;
/// The characters of a bad line kept to show.
const SHOWN_CHARS: usize = 80;

/// A list as read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct List {
    /// Each name once, in the order first seen, at most [`MAX_NAMES`].
    pub domains: Vec<String>,
    pub bad: Vec<BadLine>,
    /// Lines naming a domain already in the list.
    pub merged: usize,
    /// Names beyond [`MAX_NAMES`], left out.
    pub over: usize,
}

/// A line with no usable name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    /// 1-based, as an editor numbers it.
    pub line: usize,
    /// The line as written (its first 80 characters).
    pub text: String,
    pub error: DomainError,
}

/// Reads a list: one name a line, or a row of cells separated by tabs, semicolons
/// or commas (a spreadsheet's export; the first cell holding a name counts, quotes
/// around a cell go). Blank lines, a UTF-8 BOM and CRLF line ends are fine; a first
/// row with no dotted cell is a header and skipped. Every other line without a
/// name is reported with its number and the reason for its most name-like cell.
pub fn read_list(text: &str) -> List {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut list = List::default();
    let mut seen = HashSet::new();
    let mut first = true;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let header = std::mem::replace(&mut first, false);
        let cells = cells(line);
        match pick(&cells) {
            Ok(domain) if seen.contains(&domain) => list.merged += 1,
            Ok(_) if list.domains.len() >= MAX_NAMES => list.over += 1,
            Ok(domain) => {
                seen.insert(domain.clone());
                list.domains.push(domain);
            }
            Err(_) if header && !cells.iter().any(|c| c.contains('.')) => {}
            Err(error) => list.bad.push(BadLine {
                line: i + 1,
                text: line.chars().take(SHOWN_CHARS).collect(),
                error,
            }),
        }
    }
    list
}

fn cells(line: &str) -> Vec<&str> {
    let separator = ['\t', ';', ','].into_iter().find(|&c| line.contains(c));
    let split: Vec<&str> = match separator {
        Some(c) => line.split(c).collect(),
        None => vec![line],
    };
    split
        .into_iter()
        .map(|cell| {
            let cell = cell.trim();
            let cell = cell.strip_prefix('"').unwrap_or(cell);
            cell.strip_suffix('"').unwrap_or(cell).trim()
        })
        .collect()
}

/// The first cell holding a name, or why the most name-like one (the first with a
/// dot, else the first non-empty) does not.
fn pick(cells: &[&str]) -> Result<String, DomainError> {
    if let Some(domain) = cells.iter().find_map(|c| read_domain(c).ok()) {
        return Ok(domain);
    }
    let likely = cells
        .iter()
        .find(|c| c.contains('.'))
        .or_else(|| cells.iter().find(|c| !c.is_empty()))
        .copied()
        .unwrap_or("");
    read_domain(likely)
}

/// The counts shown above the table ("412 names, 301 with a website, 97 with
/// e-mail").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub names: usize,
    pub registered: usize,
    pub website: usize,
    pub email: usize,
}

pub fn totals(rows: &[Findings]) -> Totals {
    let count = |f: fn(&Findings) -> bool| rows.iter().filter(|r| f(r)).count();
    Totals {
        names: rows.len(),
        registered: count(|r| matches!(r.registered, Registered::Yes { .. })),
        website: count(|r| matches!(r.website, Website::Host { .. })),
        email: count(|r| matches!(r.email.mx, Mx::Found { .. })),
    }
}

/// The table as CSV (RFC 4180, CRLF): a header row, then one row of codes per name
/// and the time of the check. A cell that a spreadsheet would run as a formula
/// (starting `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`.
pub fn to_csv(rows: &[Findings], checked_at: &str) -> String {
    let mut out = String::from(
        "domain,registered,website,website_host,https,email,email_service,spf,checked_at\r\n",
    );
    for row in rows {
        let codes = row.codes();
        let spf = match row.email.spf {
            Spf::Found(_) => "found",
            Spf::None => "none",
            Spf::Unknown => "unknown",
        };
        let cells = [
            codes.domain.as_str(),
            codes.registered,
            row.website_verdict().code(),
            &codes.website,
            codes.https,
            row.email_verdict().code(),
            &codes.email,
            spf,
            checked_at,
        ];
        for (i, value) in cells.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_cell(&mut out, value);
        }
        out.push_str("\r\n");
    }
    out
}

fn push_cell(out: &mut String, value: &str) {
    let guard = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = value.contains([',', '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    out.push_str(&value.replace('"', "\"\""));
    if quote {
        out.push('"');
    }
}

/// A sortable column of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Domain,
    Registered,
    Website,
    Https,
    Email,
}

/// Sorts the table by `by` (verdicts best first, then by host or service;
/// `descending` the other way); rows that tie keep their order.
pub fn sort(rows: &mut [Findings], by: Column, descending: bool) {
    let keys: Vec<(u8, String)> = rows
        .iter()
        .map(|r| match by {
            Column::Domain => (0, r.domain.clone()),
            Column::Registered => (rank(r.registered_verdict()), String::new()),
            Column::Website => (rank(r.website_verdict()), r.codes().website),
            Column::Https => (
                match r.https {
                    Https::Answered => 0,
                    Https::NoAnswer => 1,
                    Https::NotAsked => 2,
                },
                String::new(),
            ),
            Column::Email => (rank(r.email_verdict()), r.codes().email),
        })
        .collect();
    let order = crate::sort::positions(rows.len(), &mut |a, b| {
        let o: Ordering = keys[a].cmp(&keys[b]);
        if descending {
            o.reverse()
        } else {
            o
        }
    });
    // Move row order[k] to position k, keeping track of where each row is.
    let mut at: Vec<usize> = (0..rows.len()).collect();
    let mut who = at.clone();
    for (k, &want) in order.iter().enumerate() {
        let from = at[want];
        rows.swap(k, from);
        let displaced = who[k];
        (who[from], at[displaced]) = (displaced, from);
        (who[k], at[want]) = (want, k);
    }
}

/// Best first: ok, needs attention, missing, unknown.
fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Ok => 0,
        Verdict::Attention => 1,
        Verdict::Missing => 2,
        Verdict::Unknown => 3,
    }
}

/// Seconds a check of `names` should take with `round_trip_ms` per question:
/// every name counted as registered (six questions; one for a name that does not
/// exist), eight questions in flight, and at least the two rounds one name needs.
pub fn expected_secs(names: usize, round_trip_ms: u32) -> u32 {
    if names == 0 {
        return 0;
    }
    let rounds = (names as u64)
        .saturating_mul(QUESTIONS)
        .div_ceil(IN_FLIGHT)
        .max(2);
    let ms = rounds.saturating_mul(u64::from(round_trip_ms));
    u32::try_from(ms.div_ceil(1000)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::super::{findings, Answer, Answers, Hosts, Question, THEN};
    use super::*;
    use crate::dns::{RData, Record};

    #[test]
    fn one_name_a_line_with_bad_lines_numbered_and_duplicates_merged() {
        let list = read_list(
            "\u{feff}annguyen.id.vn\r\n\r\nhttps://www.shop.biz.vn/\r\nAnNguyen.id.vn\r\nnguyễn.id.vn\r\n  abc.vn  \r\nan_b.id.vn\r\nid.vn",
        );
        assert_eq!(list.domains, ["annguyen.id.vn", "shop.biz.vn", "abc.vn"]);
        assert_eq!(list.merged, 1);
        assert_eq!(list.over, 0);
        let bad: Vec<_> = list
            .bad
            .iter()
            .map(|b| (b.line, b.text.as_str(), b.error))
            .collect();
        assert_eq!(
            bad,
            [
                (5, "nguyễn.id.vn", DomainError::NotAscii),
                (7, "an_b.id.vn", DomainError::BadCharacter('_')),
                (8, "id.vn", DomainError::NoName),
            ]
        );
    }

    #[test]
    fn a_spreadsheet_export_gives_its_domain_column() {
        let csv = "STT,Họ tên,Tên miền,Ghi chú\n1,Nguyễn An,annguyen.id.vn,\n2,\"Trần, Bình\",\"binhtran.id.vn\",x\n3,Lê C,,chưa có\n4,Phạm D,pham d.id.vn,\n";
        let list = read_list(csv);
        assert_eq!(list.domains, ["annguyen.id.vn", "binhtran.id.vn"]);
        let bad: Vec<_> = list.bad.iter().map(|b| (b.line, b.error)).collect();
        assert_eq!(
            bad,
            [(4, DomainError::NotVn), (5, DomainError::BadCharacter(' '))]
        );
        let tsv = "domain\tname\nan.id.vn\tAn\n";
        assert_eq!(read_list(tsv).domains, ["an.id.vn"]);
        assert!(read_list(tsv).bad.is_empty());
        let semicolons = "Tên miền;Đơn vị\nshop.biz.vn;Xã A\n";
        assert_eq!(read_list(semicolons).domains, ["shop.biz.vn"]);
        // Only the first row may be a header.
        assert_eq!(read_list("an.id.vn\ndomain\n").bad.len(), 1);
        assert_eq!(read_list("").domains.len(), 0);
        // A long bad line is kept short.
        let long = "x".repeat(500);
        assert_eq!(read_list(&format!("a.vn\n{long}")).bad[0].text.len(), 80);
    }

    #[test]
    fn five_thousand_and_one_names_keep_five_thousand() {
        let text: String = (0..=MAX_NAMES).map(|i| format!("ten{i}.id.vn\n")).collect();
        let list = read_list(&text);
        assert_eq!((list.domains.len(), list.over), (5000, 1));
        assert_eq!(list.domains[4999], "ten4999.id.vn");
        // A name already in the list is merged, not over.
        let again = format!("{text}ten1.id.vn\n");
        assert_eq!((read_list(&again).over, read_list(&again).merged), (1, 1));
    }

    fn row(domain: &str, ns: Answer, site: Option<&str>, mail: bool) -> Findings {
        let mut answers = Answers::default();
        answers.set(Question::Ns, ns);
        for q in THEN {
            answers.set(q, Answer::NoData);
        }
        let record = |rtype, data| Record {
            name: domain.into(),
            rtype,
            ttl: 60,
            data,
        };
        if let Some(target) = site {
            let records = vec![record(5, RData::Cname(target.into()))];
            answers.set(Question::WwwA, Answer::Records(records.clone()));
            answers.set(Question::ApexA, Answer::Records(records));
        }
        if mail {
            let mx = RData::Mx {
                preference: 1,
                exchange: "smtp.google.com".into(),
            };
            answers.set(Question::Mx, Answer::Records(vec![record(15, mx)]));
        }
        findings(domain, &answers, Https::NotAsked, &Hosts::builtin())
    }

    fn rows() -> Vec<Findings> {
        let yes = || Answer::Referral(vec!["ns1.x.vn".into()]);
        vec![
            row("c.id.vn", yes(), Some("c.github.io"), true),
            row("a.id.vn", Answer::NxDomain, None, false),
            row("d.id.vn", Answer::Unknown, None, false),
            row("b.id.vn", yes(), Some("b.example.net"), false),
        ]
    }

    #[test]
    fn totals_count_what_the_table_shows() {
        assert_eq!(
            totals(&rows()),
            Totals {
                names: 4,
                registered: 2,
                website: 2,
                email: 1
            }
        );
    }

    #[test]
    fn the_csv_has_a_header_codes_and_the_check_time() {
        let csv = to_csv(&rows()[..2], "2026-12-03 14:05");
        assert_eq!(
            csv,
            "domain,registered,website,website_host,https,email,email_service,spf,checked_at\r\n\
             c.id.vn,yes,ok,github-pages,not-asked,attention,google-workspace,none,2026-12-03 14:05\r\n\
             a.id.vn,no,missing,none,not-asked,missing,none,none,2026-12-03 14:05\r\n"
        );
    }

    #[test]
    fn csv_cells_are_quoted_and_safe_from_formulas() {
        let mut out = String::new();
        for value in [
            "plain",
            "a,b",
            "say \"hi\"",
            "=1+1",
            "+1",
            "-1",
            "@SUM(A1)",
            "\tx",
            "=a,b",
            "two\nlines",
        ] {
            push_cell(&mut out, value);
            out.push('|');
        }
        assert_eq!(
            out,
            "plain|\"a,b\"|\"say \"\"hi\"\"\"|'=1+1|'+1|'-1|'@SUM(A1)|'\tx|\"'=a,b\"|\"two\nlines\"|"
        );
        // The time is the one cell the shell writes: it is guarded too.
        assert!(to_csv(&rows()[..1], "=cmd|' /C calc'!A0").ends_with(",'=cmd|' /C calc'!A0\r\n"));
    }

    fn domains(rows: &[Findings]) -> Vec<&str> {
        rows.iter().map(|r| r.domain.as_str()).collect()
    }

    #[test]
    fn the_table_sorts_by_each_column_both_ways_keeping_ties_in_order() {
        let mut table = rows();
        sort(&mut table, Column::Domain, false);
        assert_eq!(
            domains(&table),
            ["a.id.vn", "b.id.vn", "c.id.vn", "d.id.vn"]
        );
        sort(&mut table, Column::Domain, true);
        assert_eq!(
            domains(&table),
            ["d.id.vn", "c.id.vn", "b.id.vn", "a.id.vn"]
        );
        // Registered first, then not, then unknown; ties in their previous order.
        sort(&mut table, Column::Registered, false);
        assert_eq!(
            domains(&table),
            ["c.id.vn", "b.id.vn", "a.id.vn", "d.id.vn"]
        );
        // Website: ok (both on GitHub Pages / another server; by host code), then
        // missing, then unknown.
        sort(&mut table, Column::Website, false);
        assert_eq!(
            domains(&table),
            ["c.id.vn", "b.id.vn", "a.id.vn", "d.id.vn"]
        );
        // E-mail, worst first: three without mail (in their order), then c's.
        sort(&mut table, Column::Email, true);
        assert_eq!(
            domains(&table),
            ["b.id.vn", "a.id.vn", "d.id.vn", "c.id.vn"]
        );
        // HTTPS: those that answered first.
        table[2].https = Https::Answered;
        sort(&mut table, Column::Https, false);
        assert_eq!(
            domains(&table),
            ["d.id.vn", "b.id.vn", "a.id.vn", "c.id.vn"]
        );
    }

    #[test]
    fn sorting_many_rows_agrees_with_a_stable_sort() {
        let base = rows();
        let mut seed = 0x9e37_79b9_u32;
        let mut table: Vec<Findings> = (0..300)
            .map(|i| {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                let mut r = base[(seed % 4) as usize].clone();
                r.domain = format!("{i:03}.id.vn");
                r
            })
            .collect();
        for (by, descending) in [(Column::Registered, false), (Column::Website, true)] {
            let key = |r: &Findings| match by {
                Column::Registered => (rank(r.registered_verdict()), String::new()),
                _ => (rank(r.website_verdict()), r.codes().website),
            };
            let mut expected = table.clone();
            if descending {
                expected.sort_by_key(|r| std::cmp::Reverse(key(r)));
            } else {
                expected.sort_by_key(key);
            }
            sort(&mut table, by, descending);
            assert_eq!(domains(&table), domains(&expected));
        }
    }

    #[test]
    fn expected_time_counts_eight_questions_a_round_trip() {
        assert_eq!(expected_secs(0, 100), 0);
        // One name: two rounds (NS, then the rest).
        assert_eq!(expected_secs(1, 100), 1);
        // 500 names × 6 questions / 8 in flight = 375 round trips of 100 ms.
        assert_eq!(expected_secs(500, 100), 38);
        assert_eq!(expected_secs(5000, 250), 938);
        assert_eq!(expected_secs(usize::MAX / 8, u32::MAX), u32::MAX);
    }
}
