//! Where a name's website, mail and DNS point, recognised from the records a check
//! reads (built-in `data/hosts.json`, each host with its source and the date it was
//! checked), and the records to add to point a name at a host.

use crate::date::Date;
use crate::json::{self, Fields, Json, ShapeError};

/// The built-in fingerprints, as JSON.
pub const BUILTIN_JSON: &str = include_str!("../../data/hosts.json");

/// The record types a setup may ask for.
const TYPES: [&str; 5] = ["A", "AAAA", "CNAME", "MX", "TXT"];

/// Web hosts, mail services and DNS hosts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hosts {
    /// Where the data comes from, for the people who maintain it.
    pub comment: String,
    pub web: Vec<Host>,
    pub mail: Vec<Host>,
    pub dns: Vec<Host>,
}

/// One host. Keys: `id`, `name`, `source`, `checked`, `match` required; `seen`,
/// `example`, `records` optional; unknown keys refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    /// Stable id: the `website`/`email` code of `vnda:check` and the CSV.
    pub id: String,
    pub name: String,
    /// The host's documentation of the facts below (`https:`).
    pub source: String,
    /// Where the facts were read, for the people who maintain the list.
    pub seen: String,
    pub checked: Date,
    /// Addresses (dotted IPv4, RFC 5952 IPv6) and names a record of this
    /// host points at; a name starting with `.` matches any name ending with it.
    pub matches: Vec<String>,
    /// What the host calls a site, as the visitor would type it (`{site}`).
    pub example: String,
    /// The records to add (for mail, MX and SPF), with `{site}`, `{domain}`,
    /// `{dashed}` in values.
    pub records: Vec<RecordLine>,
}

/// A host as a finding names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostRef {
    pub id: String,
    pub name: String,
}

/// One record to add at the DNS host (the registrar's panel).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordLine {
    /// `@` (the name itself) or `www`.
    pub name: String,
    /// `A`, `AAAA`, `CNAME`, `MX` or `TXT`.
    pub rtype: &'static str,
    pub value: String,
    /// The MX preference (panels have a field of its own); `None` for other types.
    pub priority: Option<u16>,
}

impl Hosts {
    pub fn builtin() -> Hosts {
        json::parse(BUILTIN_JSON)
            .ok()
            .and_then(|v| Hosts::from_json(&v, "hosts").ok())
            .unwrap_or_default()
    }

    pub fn from_json(value: &Json, path: &str) -> Result<Hosts, ShapeError> {
        let f = Fields::new(value, path, &["comment", "web", "mail", "dns"])?;
        let list = |key| f.or_default(key, |v, p| json::array(v, p, Host::from_json));
        Ok(Hosts {
            comment: f.or_default("comment", json::string)?,
            web: list("web")?,
            mail: list("mail")?,
            dns: list("dns")?,
        })
    }

    /// The web host an address or CNAME target belongs to.
    pub fn web_host(&self, target: &str) -> Option<&Host> {
        find(&self.web, target)
    }

    /// The mail service a mail exchanger belongs to.
    pub fn mail_service(&self, exchange: &str) -> Option<&Host> {
        find(&self.mail, exchange)
    }

    /// The DNS host a name server belongs to.
    pub fn dns_host(&self, server: &str) -> Option<&Host> {
        find(&self.dns, server)
    }

    /// The web hosts a name can be pointed at by records, in listed order.
    pub fn setups(&self) -> impl Iterator<Item = &Host> {
        self.web.iter().filter(|h| !h.records.is_empty())
    }

    /// The mail services whose records are known, in listed order.
    pub fn mail_services(&self) -> impl Iterator<Item = &Host> {
        self.mail.iter().filter(|h| !h.records.is_empty())
    }
}

fn find<'a>(hosts: &'a [Host], value: &str) -> Option<&'a Host> {
    hosts.iter().find(|h| {
        h.matches.iter().any(|m| {
            if m.starts_with('.') {
                value.ends_with(m.as_str())
            } else {
                value == m
            }
        })
    })
}

impl Host {
    pub fn from_json(value: &Json, path: &str) -> Result<Host, ShapeError> {
        let f = Fields::new(
            value,
            path,
            &[
                "id", "name", "source", "seen", "checked", "match", "example", "records",
            ],
        )?;
        Ok(Host {
            id: f.required("id", json::string)?,
            name: f.required("name", json::string)?,
            source: f.required("source", json::https_url)?,
            seen: f.or_default("seen", json::string)?,
            checked: f.required("checked", crate::programme::date)?,
            matches: f.required("match", json::strings)?,
            example: f.or_default("example", json::string)?,
            records: f.or_default("records", |v, p| json::array(v, p, record))?,
        })
    }

    pub fn to_ref(&self) -> HostRef {
        HostRef {
            id: self.id.clone(),
            name: self.name.clone(),
        }
    }
}

/// A record template: `name`, `type`, `value`, and `priority` for (only) an MX.
fn record(value: &Json, path: &str) -> Result<RecordLine, ShapeError> {
    let f = Fields::new(value, path, &["name", "type", "value", "priority"])?;
    let rtype = f.required("type", |v, p| {
        let t = json::string(v, p)?;
        TYPES
            .into_iter()
            .find(|&known| known == t)
            .ok_or_else(|| json::expected(v, p, "A, AAAA, CNAME, MX or TXT"))
    })?;
    let priority = f.optional("priority", |v, p| json::uint(v, p, 65_535))?;
    if priority.is_some() != (rtype == "MX") {
        return Err(json::expected(
            value,
            path,
            "a priority with an MX record, and only there",
        ));
    }
    Ok(RecordLine {
        name: f.required("name", json::string)?,
        rtype,
        value: f.required("value", json::string)?,
        priority: priority.map(|p| p as u16),
    })
}

/// The records that point `domain` at the web host `host_id`, for the visitor's
/// `site` there (`annguyen.github.io`; typed as an address or a name, it is
/// cleaned). Empty for an unknown host.
pub fn records_to_add(hosts: &Hosts, host_id: &str, domain: &str, site: &str) -> Vec<RecordLine> {
    let site = site.trim();
    let site = site
        .strip_prefix("https://")
        .or_else(|| site.strip_prefix("http://"))
        .unwrap_or(site);
    let site = site.split('/').next().unwrap_or("");
    let site = site.strip_suffix('.').unwrap_or(site).to_ascii_lowercase();
    fill(hosts.setups().find(|h| h.id == host_id), domain, &site)
}

/// The MX and SPF records of the mail service `service_id` for `domain`.
pub fn mail_records(hosts: &Hosts, service_id: &str, domain: &str) -> Vec<RecordLine> {
    fill(
        hosts.mail_services().find(|h| h.id == service_id),
        domain,
        "",
    )
}

fn fill(host: Option<&Host>, domain: &str, site: &str) -> Vec<RecordLine> {
    let dashed = domain.replace('.', "-");
    host.map_or(&[][..], |h| &h.records)
        .iter()
        .map(|r| RecordLine {
            value: r
                .value
                .replace("{site}", site)
                .replace("{domain}", domain)
                .replace("{dashed}", &dashed),
            ..r.clone()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Hosts, ShapeError> {
        Hosts::from_json(&json::parse(text).unwrap(), "hosts")
    }

    #[test]
    fn the_builtin_data_reads_and_every_host_says_where_it_comes_from() {
        let hosts = Hosts::builtin();
        assert_eq!(read(BUILTIN_JSON), Ok(hosts.clone()));
        assert!(!hosts.comment.is_empty());
        let ids = |list: &[Host]| list.iter().map(|h| h.id.clone()).collect::<Vec<_>>();
        assert_eq!(
            ids(&hosts.web),
            [
                "github-pages",
                "netlify",
                "vercel",
                "cloudflare-pages",
                "firebase"
            ]
        );
        assert_eq!(
            ids(&hosts.mail),
            ["google-workspace", "microsoft-365", "zoho"]
        );
        assert_eq!(ids(&hosts.dns), ["cloudflare"]);
        let all = hosts.web.iter().chain(&hosts.mail).chain(&hosts.dns);
        for h in all {
            assert!(h.source.starts_with("https://"), "{}", h.id);
            assert!(!h.seen.is_empty() && !h.matches.is_empty(), "{}", h.id);
            assert!(h.checked >= Date::new(2026, 12, 3).unwrap(), "{}", h.id);
        }
        assert_eq!(hosts.setups().count(), 5);
        assert_eq!(hosts.mail_services().count(), 3);
    }

    #[test]
    fn hosts_are_recognised_by_address_and_by_name() {
        let hosts = Hosts::builtin();
        let web = |t: &str| hosts.web_host(t).map(|h| h.id.as_str());
        assert_eq!(web("185.199.110.153"), Some("github-pages"));
        assert_eq!(web("2606:50c0:8003::153"), Some("github-pages"));
        assert_eq!(web("annguyen.github.io"), Some("github-pages"));
        assert_eq!(web("75.2.60.5"), Some("netlify"));
        assert_eq!(web("an.netlify.app"), Some("netlify"));
        assert_eq!(web("cname.vercel-dns.com"), Some("vercel"));
        assert_eq!(web("d1d4.vercel-dns.com"), Some("vercel"));
        assert_eq!(web("an.pages.dev"), Some("cloudflare-pages"));
        assert_eq!(web("an.web.app"), Some("firebase"));
        assert_eq!(web("an.firebaseapp.com"), Some("firebase"));
        assert_eq!(web("199.36.158.100"), Some("firebase"));
        // A suffix matches whole labels only, and not the bare host.
        assert_eq!(web("github.io"), None);
        assert_eq!(web("evilgithub.io"), None);
        assert_eq!(web("185.199.108.1"), None);
        let mail = |t: &str| hosts.mail_service(t).map(|h| h.id.as_str());
        assert_eq!(mail("smtp.google.com"), Some("google-workspace"));
        assert_eq!(mail("aspmx.l.google.com"), Some("google-workspace"));
        assert_eq!(mail("alt1.aspmx.l.google.com"), Some("google-workspace"));
        assert_eq!(mail("aspmx2.googlemail.com"), Some("google-workspace"));
        assert_eq!(
            mail("annguyen-id-vn.mail.protection.outlook.com"),
            Some("microsoft-365")
        );
        assert_eq!(mail("mx2.zoho.com"), Some("zoho"));
        assert_eq!(mail("mail.annguyen.id.vn"), None);
        assert_eq!(
            hosts.dns_host("ada.ns.cloudflare.com").map(|h| h.to_ref()),
            Some(HostRef {
                id: "cloudflare".into(),
                name: "Cloudflare".into()
            })
        );
    }

    fn lines(records: &[RecordLine]) -> Vec<String> {
        records
            .iter()
            .map(|r| match r.priority {
                Some(p) => format!("{} {} {p} {}", r.name, r.rtype, r.value),
                None => format!("{} {} {}", r.name, r.rtype, r.value),
            })
            .collect()
    }

    #[test]
    fn github_pages_gets_four_a_four_aaaa_and_a_www_cname() {
        let hosts = Hosts::builtin();
        let records = records_to_add(
            &hosts,
            "github-pages",
            "annguyen.id.vn",
            "annguyen.github.io",
        );
        assert_eq!(
            lines(&records),
            [
                "@ A 185.199.108.153",
                "@ A 185.199.109.153",
                "@ A 185.199.110.153",
                "@ A 185.199.111.153",
                "@ AAAA 2606:50c0:8000::153",
                "@ AAAA 2606:50c0:8001::153",
                "@ AAAA 2606:50c0:8002::153",
                "@ AAAA 2606:50c0:8003::153",
                "www CNAME annguyen.github.io",
            ]
        );
        // The site as pasted from the browser's address bar.
        assert_eq!(
            records_to_add(
                &hosts,
                "github-pages",
                "annguyen.id.vn",
                " https://AnNguyen.github.io/cv/ "
            ),
            records
        );
        assert_eq!(
            lines(&records_to_add(
                &hosts,
                "netlify",
                "shop.biz.vn",
                "shop.netlify.app"
            )),
            ["@ A 75.2.60.5", "www CNAME shop.netlify.app"]
        );
        assert_eq!(
            lines(&records_to_add(
                &hosts,
                "cloudflare-pages",
                "an.id.vn",
                "an.pages.dev"
            )),
            ["www CNAME an.pages.dev"]
        );
        assert_eq!(
            lines(&records_to_add(&hosts, "firebase", "an.id.vn", "an-cv")),
            ["@ A 199.36.158.100", "@ TXT hosting-site=an-cv"]
        );
        assert!(records_to_add(&hosts, "registrar", "an.id.vn", "x").is_empty());
    }

    #[test]
    fn mail_services_get_their_mx_and_spf() {
        let hosts = Hosts::builtin();
        assert_eq!(
            lines(&mail_records(&hosts, "google-workspace", "an.id.vn")),
            [
                "@ MX 1 smtp.google.com",
                "@ TXT v=spf1 include:_spf.google.com ~all"
            ]
        );
        assert_eq!(
            lines(&mail_records(&hosts, "microsoft-365", "shop.biz.vn")),
            [
                "@ MX 0 shop-biz-vn.mail.protection.outlook.com",
                "@ TXT v=spf1 include:spf.protection.outlook.com -all"
            ]
        );
        assert_eq!(mail_records(&hosts, "zoho", "an.id.vn").len(), 4);
        assert!(mail_records(&hosts, "nope", "an.id.vn").is_empty());
    }

    #[test]
    fn wrong_data_is_refused_with_its_path() {
        let host = |records: &str| {
            format!(
                r#"{{"web": [{{"id": "x", "name": "X", "source": "https://x.example/", "checked": "2026-12-03", "match": ["1.2.3.4"], "records": {records}}}]}}"#
            )
        };
        let err = |text: &str| read(text).unwrap_err().to_string();
        assert_eq!(
            err(&host(r#"[{"name": "@", "type": "SRV", "value": "x"}]"#)),
            "hosts.web[0].records[0].type: expected A, AAAA, CNAME, MX or TXT, got \"SRV\""
        );
        assert!(err(&host(r#"[{"name": "@", "type": "MX", "value": "x"}]"#))
            .starts_with("hosts.web[0].records[0]: expected a priority with an MX record"));
        assert!(err(&host(
            r#"[{"name": "@", "type": "A", "value": "x", "priority": 1}]"#
        ))
        .starts_with("hosts.web[0].records[0]: expected a priority"));
        assert!(read(&host("[]")).is_ok());
        assert_eq!(
            err(r#"{"web": [{"id": "x"}]}"#),
            "hosts.web[0].name: missing; this key is required"
        );
        assert!(err(r#"{"dns": [], "css": []}"#).starts_with("hosts.css: unknown key"));
    }
}
