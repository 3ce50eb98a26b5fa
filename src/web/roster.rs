//! `mode="roster"`: a list of names (pasted or opened from a file), checked at most
//! [`PARALLEL`] questions at a time, with a progress bar, a stop button, totals, a
//! sortable table and a CSV download. Only the domains are asked about; the list
//! lives in the tab.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::check::roster::{self, Column, List};
use crate::check::{self, Answers, Findings, Https};
use crate::i18n::check as texts;

use super::check::Checker;
use super::net::{self, Round};

/// Questions in flight at most, for the whole list: each worker has one at a time.
const PARALLEL: usize = 8;
/// Bad lines listed; the rest are counted.
const BAD_SHOWN: usize = 50;
/// The round trip assumed for the time estimate (a public resolver from a phone).
const ROUND_TRIP_MS: u32 = 100;

#[component]
pub fn Roster(c: Checker) -> impl IntoView {
    let t = c.lang.check();
    let text = RwSignal::new(String::new());
    let list = Memo::new(move |_| text.with(|t| roster::read_list(t)));
    let rows = RwSignal::new(Vec::<Findings>::new());
    let total = RwSignal::new(0usize);
    let running = RwSignal::new(false);
    let stopped = RwSignal::new(false);
    let sort = RwSignal::new(None::<(Column, bool)>);
    let checked_at = RwSignal::new(String::new());
    let round = StoredValue::new_local(Round::default());
    on_cleanup(move || round.with_value(Round::cancel));

    let open_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            if let Ok(value) = JsFuture::from(file.text()).await {
                if let Some(s) = value.as_string() {
                    text.set(s);
                }
            }
        });
    };

    let start = move |_| {
        let domains = list.with_untracked(|l| l.domains.clone());
        round.with_value(Round::cancel);
        let fresh = Round::default();
        round.set_value(fresh.clone());
        rows.set(Vec::with_capacity(domains.len()));
        total.set(domains.len());
        stopped.set(false);
        running.set(true);
        checked_at.set(String::from(js_sys::Date::new_0().to_iso_string()));
        check_all(c, domains, fresh, rows, move || running.set(false));
    };
    let stop = move |_| {
        round.with_value(Round::cancel);
        running.set(false);
        stopped.set(true);
    };
    let ask_https = move |_| {
        let domains: Vec<String> = rows.with_untracked(|r| {
            r.iter()
                .filter(|f| {
                    f.website_verdict() != check::Verdict::Missing
                        && f.registered_verdict() == check::Verdict::Ok
                })
                .map(|f| f.domain.clone())
                .collect()
        });
        probe_all(domains, rows);
    };
    let download = move |_| {
        let csv = rows.with_untracked(|r| roster::to_csv(r, &checked_at.get_untracked()));
        let _ = super::starter::download("vnda-roster.csv", "text/csv;charset=utf-8", &csv);
    };
    let sorted = move || {
        let mut r = rows.get();
        if let Some((by, descending)) = sort.get() {
            roster::sort(&mut r, by, descending);
        }
        r
    };

    let summary = move || {
        list.with(|l: &List| {
            let n = l.domains.len();
            let mut out = Vec::new();
            if n > 0 {
                out.push(t.list_ready.replace("{n}", &n.to_string()).replace(
                    "{secs}",
                    &roster::expected_secs(n, ROUND_TRIP_MS).to_string(),
                ));
            }
            if l.merged > 0 {
                out.push(t.merged.replace("{n}", &l.merged.to_string()));
            }
            if l.over > 0 {
                out.push(t.over.replace("{n}", &l.over.to_string()));
            }
            out.join(" ")
        })
    };
    let bad = move || {
        list.with(|l| {
            (!l.bad.is_empty()).then(|| {
                let more = l.bad.len().saturating_sub(BAD_SHOWN);
                view! {
                    <div class="bad-lines">
                        <p>{t.bad_title}</p>
                        <ul>
                            {l.bad.iter().take(BAD_SHOWN).map(|b| view! {
                                <li data-line=b.line>{t.bad_line
                                    .replace("{line}", &b.line.to_string())
                                    .replace("{text}", &b.text)
                                    .replace("{why}", &texts::domain_error(c.lang, &b.error))}</li>
                            }).collect_view()}
                        </ul>
                        {(more > 0).then(|| view! { <p>{t.bad_more.replace("{n}", &more.to_string())}</p> })}
                    </div>
                }
            })
        })
    };
    let column = move |by: Column, name: &'static str| {
        view! {
            <th scope="col" aria-sort=move || match sort.get() {
                Some((b, false)) if b == by => "ascending",
                Some((b, true)) if b == by => "descending",
                _ => "none",
            }>
                <button type="button" class="link sort" aria-label=t.sort_by.replace("{column}", name)
                    on:click=move |_| sort.update(|s| {
                        *s = Some(match *s {
                            Some((b, descending)) if b == by => (by, !descending),
                            _ => (by, false),
                        })
                    })>{name}</button>
            </th>
        }
    };

    view! {
        <div class="field">
            <label for="vnda-roster-list">{t.list_label}</label>
            <p class="hint" id="vnda-roster-list-hint">{t.list_hint}</p>
            <textarea id="vnda-roster-list" rows="8" spellcheck="false" autocapitalize="none"
                aria-describedby="vnda-roster-list-hint vnda-roster-summary"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))></textarea>
        </div>
        <p class="file-pick">
            <label for="vnda-roster-file">{t.open_file}</label>
            <input id="vnda-roster-file" class="visually-hidden" type="file" accept=".txt,.csv,text/plain,text/csv" on:change=open_file/>
        </p>
        <p id="vnda-roster-summary">{summary}</p>
        {bad}
        <p>
            <button type="button" class="primary" disabled=move || running.get() || list.with(|l| l.domains.is_empty())
                on:click=start>
                {move || t.check_all.replace("{n}", &list.with(|l| l.domains.len()).to_string())}
            </button>
            {move || running.get().then(|| view! {
                " "<button type="button" class="secondary" on:click=stop>{t.stop}</button>
            })}
        </p>
        {move || (total.get() > 0).then(|| {
            let progress = move || t.progress
                .replace("{done}", &rows.with(Vec::len).to_string())
                .replace("{n}", &total.get().to_string());
            view! {
                <p class="progress-line">
                    <label for="vnda-roster-progress">{progress}</label>" "
                    <progress id="vnda-roster-progress" max=move || total.get() value=move || rows.with(Vec::len)></progress>
                </p>
            }
        })}
        // Said when the list is done or stopped; on screen, the totals line says it
        // (and the stop, below the progress bar).
        <div class="status visually-hidden" role="status" aria-live="polite">
            {move || {
                let n = total.get();
                let done = rows.with(Vec::len);
                if stopped.get() {
                    t.stopped.replace("{done}", &done.to_string()).replace("{n}", &n.to_string())
                } else if n > 0 && !running.get() {
                    rows.with(|r| texts::totals(c.lang, &roster::totals(r)))
                } else {
                    String::new()
                }
            }}
        </div>
        {move || stopped.get().then(|| view! {
            <p class="stopped" aria-hidden="true">{t.stopped
                .replace("{done}", &rows.with(Vec::len).to_string())
                .replace("{n}", &total.get().to_string())}</p>
        })}
        {move || (!rows.with(Vec::is_empty)).then(|| view! {
            <p class="totals" part="totals">{move || rows.with(|r| texts::totals(c.lang, &roster::totals(r)))}</p>
            <p>
                <button type="button" class="secondary" disabled=move || running.get() on:click=ask_https>{t.ask_https}</button>" "
                <button type="button" class="secondary" on:click=download>{t.download_csv}</button>
            </p>
            <div class="table-wrap" tabindex="0" role="region" aria-label=t.roster_heading>
                <table class="roster">
                    <thead><tr>
                        {column(Column::Domain, t.col_domain)}
                        {column(Column::Registered, t.col_registered)}
                        {column(Column::Website, t.col_website)}
                        {column(Column::Https, t.col_https)}
                        {column(Column::Email, t.col_email)}
                    </tr></thead>
                    <tbody>
                        // Keyed: a name's row is drawn once (again only when its HTTPS
                        // answer comes), not the whole table at each name done.
                        <For each=sorted key=|f| (f.domain.clone(), f.https.code()) let(f)>
                            {
                                let cells = texts::cells(c.lang, &f);
                                let codes = f.codes();
                                view! {
                                    <tr data-domain=codes.domain data-registered=codes.registered
                                        data-website=codes.website data-email=codes.email data-https=codes.https>
                                        <th scope="row">{f.domain.clone()}</th>
                                        <td>{cells.registered}</td>
                                        <td>{cells.website}</td>
                                        <td>{cells.https}</td>
                                        <td>{cells.email}</td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </div>
        })}
    }
}

/// Checks `domains` with [`PARALLEL`] workers, each asking one question at a time
/// (so at most that many are in flight): a name's first question, then, unless it
/// does not exist, the rest. Each name's findings are appended to `rows` when its
/// last answer is in; `done` runs when all are (not when the round is cancelled).
fn check_all(
    c: Checker,
    domains: Vec<String>,
    round: Round,
    rows: RwSignal<Vec<Findings>>,
    done: impl Fn() + 'static,
) {
    let queue = Rc::new(RefCell::new(VecDeque::from(domains)));
    let workers = PARALLEL.min(queue.borrow().len());
    if workers == 0 {
        done();
        return;
    }
    let running = Rc::new(Cell::new(workers));
    let done = Rc::new(done);
    for _ in 0..workers {
        let (queue, running, round, done) =
            (queue.clone(), running.clone(), round.clone(), done.clone());
        leptos::task::spawn_local(async move {
            let endpoints = c.doh.get_value();
            loop {
                let next = queue.borrow_mut().pop_front();
                let Some(domain) = next else { break };
                let mut answers = Answers::default();
                for q in check::FIRST {
                    answers.set(q, net::ask(&endpoints, q, &domain, &round).await);
                }
                if answers.ns != Some(check::Answer::NxDomain) {
                    for q in check::THEN {
                        if round.is_cancelled() {
                            return;
                        }
                        answers.set(q, net::ask(&endpoints, q, &domain, &round).await);
                    }
                }
                if round.is_cancelled() {
                    return;
                }
                let f = c
                    .hosts
                    .with_value(|h| check::findings(&domain, &answers, Https::NotAsked, h));
                rows.update(|r| r.push(f));
            }
            running.set(running.get() - 1);
            if running.get() == 0 && !round.is_cancelled() {
                done();
            }
        });
    }
}

/// The HTTPS probe of each of `domains`, [`PARALLEL`] at a time, on request only.
fn probe_all(domains: Vec<String>, rows: RwSignal<Vec<Findings>>) {
    let queue = Rc::new(RefCell::new(VecDeque::from(domains)));
    for _ in 0..PARALLEL {
        let queue = queue.clone();
        leptos::task::spawn_local(async move {
            loop {
                let next = queue.borrow_mut().pop_front();
                let Some(domain) = next else { break };
                let answered = net::probe_https(&domain).await;
                rows.update(|r| {
                    if let Some(f) = r.iter_mut().find(|f| f.domain == domain) {
                        f.https = if answered {
                            Https::Answered
                        } else {
                            Https::NoAnswer
                        };
                    }
                });
            }
        });
    }
}
