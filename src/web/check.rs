//! The go-live checks' frame and `mode="check"`: one registered name, asked about
//! over DoH (`net::ask`), read by `crate::check`, worded by `i18n::check`. The
//! list of names (`mode="roster"`) is in `roster.rs`.

use leptos::prelude::*;
use web_sys::HtmlElement;

use crate::attrs::{Mode, Settings};
use crate::check::{self, Answer, Answers, Findings, Hosts, Https};
use crate::i18n::check as texts;
use crate::i18n::Lang;

use super::net::{self, Round};

/// What every part of a check needs.
#[derive(Clone, Copy)]
pub struct Checker {
    pub lang: Lang,
    pub doh: StoredValue<Vec<String>>,
    pub hosts: StoredValue<Hosts>,
    pub host: StoredValue<HtmlElement, LocalStorage>,
}

#[component]
pub fn CheckApp(settings: Settings, host: HtmlElement) -> impl IntoView {
    let lang = settings.lang;
    let t = lang.check();
    let c = Checker {
        lang,
        doh: StoredValue::new(settings.doh.clone()),
        hosts: StoredValue::new(Hosts::builtin()),
        host: StoredValue::new_local(host.clone()),
    };
    let roster = settings.mode == Mode::Roster;
    // Brought here by the journey's "Already registered?": the way back to it.
    let back = host.has_attribute("data-vnda-back").then(|| {
        view! {
            <p>
                <button type="button" class="link" on:click=move |_| {
                    c.host.with_value(|h| {
                        let _ = h.remove_attribute("data-vnda-back");
                        let _ = h.remove_attribute("mode");
                    });
                }>{t.back}</button>
            </p>
        }
    });
    view! {
        <section class="vnda check" lang=lang.tag() aria-labelledby="vnda-title" part="panel">
            <h2 id="vnda-title" part="title">{if roster { t.roster_heading } else { t.heading }}</h2>
            <p class="intro">{if roster { t.roster_intro } else { t.intro }}</p>
            <slot name="logo"></slot>
            {back}
            {if roster {
                view! { <super::roster::Roster c/> }.into_any()
            } else {
                view! { <OneName c/> }.into_any()
            }}
        </section>
    }
}

/// Asks `domain`'s questions: the first (is it registered?), then, unless the name
/// does not exist, the rest at once. Each answer lands in `answers` as it comes.
pub fn ask_all(c: Checker, domain: String, round: Round, answers: RwSignal<Answers>) {
    leptos::task::spawn_local(async move {
        let endpoints = c.doh.get_value();
        for q in check::FIRST {
            let a = net::ask(&endpoints, q, &domain, &round).await;
            if round.is_cancelled() {
                return;
            }
            answers.update(|s| s.set(q, a));
        }
        if answers.with_untracked(|s| s.ns == Some(Answer::NxDomain)) {
            return;
        }
        for q in check::THEN {
            let (endpoints, domain, round) = (endpoints.clone(), domain.clone(), round.clone());
            leptos::task::spawn_local(async move {
                let a = net::ask(&endpoints, q, &domain, &round).await;
                if !round.is_cancelled() {
                    answers.update(|s| s.set(q, a));
                }
            });
        }
    });
}

/// Tells the host page what was found: codes only.
pub fn dispatch_check(c: Checker, findings: &Findings) {
    let codes = findings.codes();
    c.host.with_value(|h| {
        super::events::dispatch(
            h,
            "vnda:check",
            &[
                ("domain", &codes.domain),
                ("registered", codes.registered),
                ("website", &codes.website),
                ("email", &codes.email),
                ("https", codes.https),
            ],
        )
    });
}

/// `mode="check"`: one name, its findings, and what to add.
#[component]
fn OneName(c: Checker) -> impl IntoView {
    let t = c.lang.check();
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<check::DomainError>);
    let domain = RwSignal::new(None::<String>);
    let answers = RwSignal::new(Answers::default());
    let https = RwSignal::new(Https::NotAsked);
    let probing = RwSignal::new(false);
    let round = StoredValue::new_local(Round::default());
    on_cleanup(move || round.with_value(Round::cancel));

    let start = move |d: String| {
        round.with_value(Round::cancel);
        let fresh = Round::default();
        round.set_value(fresh.clone());
        answers.set(Answers::default());
        https.set(Https::NotAsked);
        domain.set(Some(d.clone()));
        ask_all(c, d, fresh, answers);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match check::read_domain(&typed.get_untracked()) {
            Ok(d) => {
                error.set(None);
                typed.set(d.clone());
                start(d);
            }
            Err(e) => {
                error.set(Some(e));
                domain.set(None);
            }
        }
    };
    let findings = Memo::new(move |_| {
        let d = domain.get()?;
        answers.with(|a| {
            a.complete().then(|| {
                c.hosts
                    .with_value(|h| check::findings(&d, a, https.get(), h))
            })
        })
    });
    // The host page hears of each completed check (and of the HTTPS answer).
    Effect::new(move |_| {
        if let Some(f) = findings.get() {
            dispatch_check(c, &f);
        }
    });
    let status = move || match (domain.get(), findings.with(Option::is_some)) {
        (Some(d), false) => t.checking.replace("{domain}", &d),
        (Some(d), true) => t.checked.replace("{domain}", &d),
        (None, _) => String::new(),
    };
    let probe = move |_| {
        let Some(d) = domain.get_untracked() else {
            return;
        };
        probing.set(true);
        leptos::task::spawn_local(async move {
            let answered = net::probe_https(&d).await;
            probing.set(false);
            if domain.get_untracked().as_deref() == Some(d.as_str()) {
                https.set(if answered {
                    Https::Answered
                } else {
                    Https::NoAnswer
                });
            }
        });
    };

    view! {
        <form class="form check-form" novalidate on:submit=submit>
            <div class="field" class:invalid=move || error.with(Option::is_some)>
                <label for="vnda-check-domain">{t.domain_label}</label>
                <p class="hint" id="vnda-check-domain-hint">{t.domain_hint}</p>
                <input id="vnda-check-domain" type="text" inputmode="url" autocomplete="url"
                    autocapitalize="none" spellcheck="false"
                    aria-describedby=move || if error.with(Option::is_some) {
                        "vnda-check-domain-hint vnda-check-domain-error"
                    } else {
                        "vnda-check-domain-hint"
                    }
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))/>
                {move || error.get().map(|e| view! {
                    <p class="field-error" id="vnda-check-domain-error">
                        <span class="error-mark" aria-hidden="true">"! "</span>
                        {texts::domain_error(c.lang, &e)}
                    </p>
                })}
            </div>
            <button type="submit" class="primary">
                {move || if findings.with(Option::is_some) { t.check_again } else { t.check }}
            </button>
        </form>
        <div class="status" role="status" aria-live="polite">{status}</div>
        {move || findings.get().map(|f| view! { <Report c f https probing probe/> })}
    }
}

/// The findings of one name: a verdict and a sentence each, "your site is live"
/// when it is, the HTTPS probe, and the records to add for what is missing.
#[component]
fn Report(
    c: Checker,
    f: Findings,
    https: RwSignal<Https>,
    probing: RwSignal<bool>,
    probe: impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
) -> impl IntoView {
    let t = c.lang.check();
    let lines = texts::lines(c.lang, &f);
    let live = f.live().then(|| {
        let href = format!("https://{}/", f.domain);
        view! {
            <p class="live" part="live">
                <strong>{t.live}</strong>" "
                <a href=href target="_blank" rel="noopener noreferrer">{t.open_site.replace("{domain}", &f.domain)}</a>
            </p>
        }
    });
    let website_to_fix = f.website_verdict() != check::Verdict::Ok
        && f.website_verdict() != check::Verdict::Unknown
        && f.registered_verdict() == check::Verdict::Ok;
    let mail_to_fix = f.email_verdict() != check::Verdict::Ok
        && f.email_verdict() != check::Verdict::Unknown
        && f.registered_verdict() == check::Verdict::Ok;
    let domain = f.domain.clone();
    let registered = f.registered_verdict() == check::Verdict::Ok;
    // A host or mail service already recognised is the one to complete.
    let web_host = match &f.website {
        check::Website::Host { host: Some(h), .. } => h.id.clone(),
        _ => String::new(),
    };
    let mail_service = match &f.email.mx {
        check::Mx::Found {
            service: Some(s), ..
        } => s.id.clone(),
        _ => String::new(),
    };
    view! {
        {live}
        <ul class="findings">
            {lines.into_iter().map(|l| view! {
                <li data-finding=l.key data-verdict=l.verdict.code()>
                    <span class="finding-title">{l.title}</span>" "
                    <span class="verdict">{texts::verdict(c.lang, l.verdict)}</span>
                    <p>{l.text}</p>
                </li>
            }).collect_view()}
            {registered.then(|| view! {
                <li data-finding="https" data-verdict=move || texts::https_verdict(https.get()).code()>
                    <span class="finding-title">{t.https_title}</span>" "
                    <span class="verdict">{move || texts::verdict(c.lang, texts::https_verdict(https.get()))}</span>
                    <p>{move || texts::https_text(c.lang, https.get())}</p>
                    <p class="hint">{t.https_note.replace("{domain}", &domain)}</p>
                    <button type="button" class="secondary" disabled=move || probing.get() on:click=probe>
                        {move || if probing.get() { t.https_asking } else { t.https_button }}
                    </button>
                </li>
            })}
        </ul>
        {(website_to_fix || mail_to_fix).then(|| view! {
            <div class="setup">
                <h4>{t.setup_title}</h4>
                <p>{t.setup_intro}</p>
                {website_to_fix.then(|| view! { <WebsiteSetup c domain=f.domain.clone() found=web_host/> })}
                {mail_to_fix.then(|| view! { <MailSetup c domain=f.domain.clone() found=mail_service/> })}
                <p>{t.after_setup}</p>
            </div>
        })}
    }
}

/// The records to add for the host the visitor picks.
#[component]
fn WebsiteSetup(c: Checker, domain: String, found: String) -> impl IntoView {
    let t = c.lang.check();
    let chosen = RwSignal::new(found);
    let site = RwSignal::new(String::new());
    let options = c.hosts.with_value(|h| {
        h.setups()
            .map(|s| (s.id.clone(), s.name.clone(), s.example.clone()))
            .collect::<Vec<_>>()
    });
    let example = {
        let options = options.clone();
        move || {
            let id = chosen.get();
            options
                .iter()
                .find(|o| o.0 == id)
                .map(|o| o.2.clone())
                .unwrap_or_default()
        }
    };
    let example_for_hint = example.clone();
    let records = {
        let domain = domain.clone();
        move || {
            let id = chosen.get();
            let typed = site.get();
            let site = if typed.trim().is_empty() {
                example()
            } else {
                typed.trim().to_ascii_lowercase()
            };
            c.hosts
                .with_value(|h| check::records_to_add(h, &id, &domain, &site))
        }
    };
    view! {
        <div data-setup="website">
            <div class="field">
                <label for="vnda-check-host">{t.host_label}</label>
                <select id="vnda-check-host" on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">{t.host_choose}</option>
                    {options.iter().map(|(id, name, _)| {
                        let selected = chosen.get_untracked() == *id;
                        view! { <option value=id.clone() selected=selected>{name.clone()}</option> }
                    }).collect_view()}
                    <option value="registrar">{t.registrar_hosting}</option>
                </select>
            </div>
            {move || match chosen.get().as_str() {
                "" => ().into_any(),
                "registrar" => view! { <p>{t.registrar_hosting_text}</p> }.into_any(),
                _ => {
                    let example = example_for_hint.clone();
                    let records = records.clone();
                    view! {
                        <div class="field">
                            <label for="vnda-check-site">{t.site_label}</label>
                            <p class="hint" id="vnda-check-site-hint">{move || t.site_hint.replace("{example}", &example())}</p>
                            <input id="vnda-check-site" type="text" autocapitalize="none" spellcheck="false"
                                aria-describedby="vnda-check-site-hint"
                                prop:value=move || site.get()
                                on:input=move |ev| site.set(event_target_value(&ev))/>
                        </div>
                        <Records c label=format!("{} ({})", t.setup_title, t.website_title) records/>
                    }.into_any()
                }
            }}
        </div>
    }
}

/// The MX and SPF records for the mail service the visitor picks.
#[component]
fn MailSetup(c: Checker, domain: String, found: String) -> impl IntoView {
    let t = c.lang.check();
    let chosen = RwSignal::new(found);
    let options = c.hosts.with_value(|h| {
        h.mail_services()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect::<Vec<_>>()
    });
    view! {
        <div data-setup="email">
            <div class="field">
                <label for="vnda-check-mail">{t.mail_label}</label>
                <select id="vnda-check-mail" on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">{t.mail_choose}</option>
                    {options.into_iter().map(|(id, name)| {
                        let selected = chosen.get_untracked() == id;
                        view! { <option value=id selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
            {move || {
                let id = chosen.get();
                let domain = domain.clone();
                (!id.is_empty()).then(|| view! {
                    <Records c label=format!("{} ({})", t.setup_title, t.email_title) records=move || c.hosts.with_value(|h| check::mail_records(h, &id, &domain))/>
                    <p class="hint">{t.mail_values_note}</p>
                })
            }}
        </div>
    }
}

/// A table of records to add, and one button that copies them all.
#[component]
fn Records(
    c: Checker,
    /// Names the table's scrolling region (a TXT value can be wider than a phone).
    label: String,
    records: impl Fn() -> Vec<check::RecordLine> + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let t = c.lang.check();
    let copied = RwSignal::new(None::<bool>);
    let rows = records.clone();
    let priorities = {
        let records = records.clone();
        move || records().iter().any(|r| r.priority.is_some())
    };
    let priority = |r: &check::RecordLine| r.priority.map(|p| p.to_string()).unwrap_or_default();
    let copy = move |_| {
        let text = records()
            .iter()
            .map(|r| match r.priority {
                Some(p) => format!("{}\t{}\t{p}\t{}", r.name, r.rtype, r.value),
                None => format!("{}\t{}\t{}", r.name, r.rtype, r.value),
            })
            .collect::<Vec<_>>()
            .join("\n");
        leptos::task::spawn_local(async move {
            copied.set(Some(super::clipboard::copy(&text).await));
        });
    };
    view! {
        {move || {
            let with_priority = priorities();
            view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=label.clone()>
                <table class="records">
                    <thead><tr>
                        <th scope="col">{t.col_name}</th>
                        <th scope="col">{t.col_type}</th>
                        {with_priority.then(|| view! { <th scope="col">{t.col_priority}</th> })}
                        <th scope="col">{t.col_value}</th>
                    </tr></thead>
                    <tbody>
                        {rows().into_iter().map(|r| view! {
                            <tr data-type=r.rtype>
                                <td>{r.name.clone()}</td>
                                <td>{r.rtype}</td>
                                {with_priority.then(|| view! { <td>{priority(&r)}</td> })}
                                <td class="value">{r.value.clone()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
                </div>
            }
        }}
        <p>
            <button type="button" class="secondary" on:click=copy>{t.copy_records}</button>
            <span role="status" aria-live="polite">{move || copied.get().map(|ok| if ok { t.copied } else { c.lang.shell().copy_failed })}</span>
        </p>
    }
}
