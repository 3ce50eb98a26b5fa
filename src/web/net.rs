//! The only network code: the optional `config` URL and DNS-over-HTTPS look-ups of
//! candidate names (RFC 8484 GET, `Accept: application/dns-message`, no other
//! header, so no CORS preflight; no referrer, no cookies). Nothing the visitor
//! typed is sent except the candidate label itself.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::Request;
use leptos::prelude::set_timeout;
use web_sys::{AbortController, ReferrerPolicy, RequestCredentials};

use crate::availability::{Backoff, Cache};
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
        let Ok(param) = dns::dns_param(domain) else {
            break;
        };
        let Ok(controller) = AbortController::new() else {
            break;
        };
        round.in_flight.borrow_mut().push(controller.clone());
        let timer = controller.clone();
        set_timeout(move || timer.abort(), TIMEOUT);
        let response = Request::get(&endpoint)
            .query([("dns", &param)])
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
                    Ok(body) => dns::classify(domain, &body).ok(),
                    Err(_) => None,
                }
            }
            _ => None,
        };
        round.in_flight.borrow_mut().retain(|c| c != &controller);
        if let Some(verdict) = answer {
            CACHE.with(|c| {
                c.borrow_mut()
                    .put(domain, verdict.availability, verdict.cache_secs, now())
            });
            return verdict.availability.into();
        }
    }
    Status::Unknown
}

fn is_dns_message(content_type: Option<&str>) -> bool {
    content_type.is_some_and(|t| {
        t.split(';')
            .next()
            .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/dns-message"))
    })
}
