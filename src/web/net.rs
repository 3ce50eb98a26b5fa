//! The only network code: the optional `config` URL, DNS-over-HTTPS look-ups of
//! candidate names and, in the go-live checks, questions about the typed domains
//! (RFC 8484 GET, `Accept: application/dns-message`, no other header, so no CORS
//! preflight; no referrer, no cookies), and the one HTTPS probe of the visitor's
//! own site that they ask for. Nothing the visitor typed is sent except the
//! candidate label or the domain itself.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::Request;
use leptos::prelude::set_timeout;
use web_sys::{AbortController, ReferrerPolicy, RequestCache, RequestCredentials, RequestMode};

use crate::availability::{Backoff, Cache};
use crate::check::{read_answer, Answer, Question};
use crate::dns;
use crate::names::Status;

/// A resolver that has not answered in this long is given up on (then the next one).
const TIMEOUT: Duration = Duration::from_millis(3000);

thread_local! {
    // Shared by every widget on the page: one answer serves them all.
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
    static BACKOFF: RefCell<Backoff> = RefCell::new(Backoff::default());
}

fn now() -> f64 {
    js_sys::Date::now()
}

pub async fn fetch_text(url: &str) -> Result<String, String> {
    // The error's own text would need JsValue formatting in the wasm; the URL and
    // the HTTP status say enough to an integrator.
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| "network error".to_owned())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    response
        .text()
        .await
        .map_err(|_| "unreadable response".to_owned())
}

/// A round of look-ups. `cancel()` aborts every request still in flight and makes
/// the round's workers stop; answers that arrive afterwards are dropped.
#[derive(Clone, Default)]
pub struct Round {
    cancelled: Rc<Cell<bool>>,
    in_flight: Rc<RefCell<Vec<AbortController>>>,
}

impl Round {
    pub fn cancel(&self) {
        self.cancelled.set(true);
        for c in self.in_flight.borrow_mut().drain(..) {
            c.abort();
        }
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.get()
    }
}

/// Forgets every cached answer: they name candidates built from a person's name.
pub fn forget_answers() {
    CACHE.with(|c| *c.borrow_mut() = Cache::default());
}

/// The cached answer for `domain`, if there is a fresh one.
pub fn cached(domain: &str) -> Option<Status> {
    CACHE
        .with(|c| c.borrow().get(domain, now()))
        .map(Status::from)
}

/// Asks the resolvers in order until one gives a usable answer. Taken and likely
/// available come only from a well-formed answer to our question; every failure
/// (timeout, HTTP or CORS error, 429, wrong content type, SERVFAIL, garbage)
/// moves on to the next resolver and, when none is left, is `Unknown`.
pub async fn look_up(endpoints: &[String], domain: &str, round: &Round) -> Status {
    if let Some(status) = cached(domain) {
        return status;
    }
    let Ok(param) = dns::dns_param(domain) else {
        return Status::Unknown;
    };
    let verdict = first_usable(endpoints, &param, round, |body| {
        dns::classify(domain, body).ok()
    })
    .await;
    match verdict {
        Some(verdict) => {
            CACHE.with(|c| {
                c.borrow_mut()
                    .put(domain, verdict.availability, verdict.cache_secs, now())
            });
            verdict.availability.into()
        }
        None => Status::Unknown,
    }
}

/// One question of a go-live check about `domain`. Not cached: a check after the
/// visitor fixed a record must ask again (resolvers cache by the records' TTL).
/// An answer no resolver gave usably is `Unknown`, never "missing".
pub async fn ask(endpoints: &[String], question: Question, domain: &str, round: &Round) -> Answer {
    let Ok(param) = dns::dns_param_for(&question.name(domain), question.qtype()) else {
        return Answer::Unknown;
    };
    first_usable(endpoints, &param, round, |body| {
        Some(read_answer(question, domain, body)).filter(|a| *a != Answer::Unknown)
    })
    .await
    .unwrap_or(Answer::Unknown)
}

/// Sends the `?dns=` query `param` to each usable resolver in order until `read`
/// makes something of a well-formed DNS message. No other header than `Accept`
/// (so no CORS preflight), no referrer, no cookies; each request times out.
async fn first_usable<T>(
    endpoints: &[String],
    param: &str,
    round: &Round,
    read: impl Fn(&[u8]) -> Option<T>,
) -> Option<T> {
    let usable: Vec<String> = BACKOFF.with(|b| {
        b.borrow()
            .usable(endpoints, now())
            .into_iter()
            .map(str::to_owned)
            .collect()
    });
    for endpoint in usable {
        if round.is_cancelled() {
            break;
        }
        let Ok(controller) = AbortController::new() else {
            break;
        };
        round.in_flight.borrow_mut().push(controller.clone());
        let timer = controller.clone();
        set_timeout(move || timer.abort(), TIMEOUT);
        let response = Request::get(&endpoint)
            .query([("dns", param)])
            .header("Accept", "application/dns-message")
            .referrer_policy(ReferrerPolicy::NoReferrer)
            // Never the host's cookies, even from a resolver on the page's own origin.
            .credentials(RequestCredentials::Omit)
            .abort_signal(Some(&controller.signal()))
            .send()
            .await;
        let answer = match response {
            Ok(r) if r.status() == 429 => {
                let retry = r.headers().get("retry-after");
                BACKOFF.with(|b| b.borrow_mut().too_many(&endpoint, retry.as_deref(), now()));
                None
            }
            Ok(r) if r.ok() && is_dns_message(r.headers().get("content-type").as_deref()) => {
                match r.binary().await {
                    Ok(body) => read(&body),
                    Err(_) => None,
                }
            }
            _ => None,
        };
        round.in_flight.borrow_mut().retain(|c| c != &controller);
        if answer.is_some() {
            return answer;
        }
    }
    None
}

fn is_dns_message(content_type: Option<&str>) -> bool {
    content_type.is_some_and(|t| {
        t.split(';')
            .next()
            .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/dns-message"))
    })
}

/// How long the HTTPS probe waits for the visitor's site.
const PROBE_TIMEOUT: Duration = Duration::from_millis(10000);

/// The one HTTPS probe the visitor asks for: a `no-cors` GET of
/// `https://<domain>/` without cookies, referrer or cache. An (opaque) response
/// means something answered over HTTPS; an error (no server, no valid certificate,
/// a refused or timed-out connection) means nothing did. A page can learn nothing
/// more, and nothing more is claimed.
pub async fn probe_https(domain: &str) -> bool {
    let Ok(controller) = AbortController::new() else {
        return false;
    };
    let timer = controller.clone();
    set_timeout(move || timer.abort(), PROBE_TIMEOUT);
    Request::get(&format!("https://{domain}/"))
        .mode(RequestMode::NoCors)
        .credentials(RequestCredentials::Omit)
        .referrer_policy(ReferrerPolicy::NoReferrer)
        .cache(RequestCache::NoStore)
        .abort_signal(Some(&controller.signal()))
        .send()
        .await
        .is_ok()
}
