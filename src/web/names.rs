//! The names step: suggestions from `crate::names`, each looked up over DoH by
//! `net`, the visitor's own label validated as they type.

use std::collections::HashMap;
use std::time::Duration;

use leptos::prelude::*;

use crate::eligibility::Field;
use crate::i18n::eligibility::label as field_label;
use crate::names::{own_label, suggest_biz, suggest_id, BizInput, Candidate, NameInput, Status};
use crate::programme::Program;

use super::events;
use super::net::{self, Round};
use super::state::{Journey, Step};

/// How many suggestions are shown at first, and added by "show more".
const PAGE: usize = 8;
/// At most this many look-ups in flight per widget: one page of suggestions, so
/// a page of new names takes one round trip (public resolvers speak HTTP/2).
/// Politeness comes from the debounce, the answer cache and the 429 back-off.
const PARALLEL: usize = PAGE;
/// Typing settles after this long without a keystroke.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// What the suggestions are built from, as last settled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Query {
    name: String,
    nickname: String,
    word: String,
    own: String,
}

fn candidates(j: Journey, program: Program, q: &Query) -> (Option<Candidate>, Vec<Candidate>) {
    let opt = |s: &str| (!s.trim().is_empty()).then(|| s.to_owned());
    j.config.with(|c| {
        let rules = &c.names;
        let own = (!q.own.trim().is_empty()).then(|| own_label(&q.own, program, rules));
        let list = match program {
            Program::Id => {
                let birth_year = j
                    .citizen
                    .with_untracked(|f| f.birth_date.get(..4).and_then(|y| y.parse().ok()));
                suggest_id(
                    &NameInput {
                        full_name: q.name.clone(),
                        birth_year,
                        nickname: opt(&q.nickname),
                        word: opt(&q.word),
                    },
                    rules,
                )
            }
            Program::Biz => suggest_biz(
                &BizInput {
                    name: q.name.clone(),
                    word: opt(&q.word),
                },
                rules,
            ),
        };
        (own, list)
    })
}

/// Looks `domains` up, at most [`PARALLEL`] at a time, writing each answer into
/// `statuses`; `done` runs once all have an answer (not when the round is cancelled).
/// Each worker starts in a task of its own, after the one that drew the new list:
/// starting a fetch costs the main thread a millisecond or two, and neither the
/// keystroke's suggestions nor the next frame should wait for six of them.
fn look_up_all(
    endpoints: Vec<String>,
    domains: Vec<String>,
    round: Round,
    statuses: RwSignal<HashMap<String, Status>>,
    done: impl Fn() + 'static,
) {
    use std::cell::{Cell, RefCell};
    use std::collections::VecDeque;
    use std::rc::Rc;

    let queue = Rc::new(RefCell::new(VecDeque::from(domains)));
    let workers = PARALLEL.min(queue.borrow().len());
    let running = Rc::new(Cell::new(workers));
    let endpoints = Rc::new(endpoints);
    let done = Rc::new(done);
    for _ in 0..workers {
        let (queue, running, endpoints, round, done) = (
            queue.clone(),
            running.clone(),
            endpoints.clone(),
            round.clone(),
            done.clone(),
        );
        let worker = async move {
            loop {
                if round.is_cancelled() {
                    return;
                }
                let next = queue.borrow_mut().pop_front();
                let Some(domain) = next else { break };
                let status = net::look_up(&endpoints, &domain, &round).await;
                if round.is_cancelled() {
                    return;
                }
                statuses.update(|s| {
                    s.insert(domain, status);
                });
            }
            running.set(running.get() - 1);
            if running.get() == 0 && !round.is_cancelled() {
                done();
            }
        };
        set_timeout(move || leptos::task::spawn_local(worker), Duration::ZERO);
    }
}

#[component]
pub fn NamesStep(program: Program, endpoints: Vec<String>) -> impl IntoView {
    let j = expect_context::<Journey>();
    let t = j.lang.names();
    let lang = j.lang;

    // Typed values, kept in the Journey so leaving the step loses nothing. The name
    // is the eligibility form's own: edited here, it is edited there.
    let name = RwSignal::new(match program {
        Program::Id => j.citizen.with_untracked(|f| f.full_name.clone()),
        Program::Biz => j.business.with_untracked(|f| f.business_name.clone()),
    });
    Effect::new(move |_| {
        let n = name.get();
        match program {
            Program::Id if j.citizen.with_untracked(|f| f.full_name != n) => {
                j.citizen.update(|f| f.full_name = n)
            }
            Program::Biz if j.business.with_untracked(|f| f.business_name != n) => {
                j.business.update(|f| f.business_name = n)
            }
            _ => {}
        }
    });
    let (nickname, word, own) = (
        j.name_extras.nickname,
        j.name_extras.word,
        j.name_extras.own,
    );
    let typed = move || Query {
        name: name.get(),
        nickname: nickname.get(),
        word: word.get(),
        own: own.get(),
    };
    let query = RwSignal::new(typed());
    let pending = StoredValue::new_local(None::<leptos::prelude::TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        let q = typed();
        if first.is_none() {
            return;
        }
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(move || query.set(q), DEBOUNCE).ok();
        pending.set_value(handle);
    });

    let shown = RwSignal::new(PAGE);
    let lists = Memo::new(move |_| candidates(j, program, &query.get()));
    let visible = Memo::new(move |_| {
        lists.with(|(own, list)| {
            own.iter()
                .chain(list.iter().take(shown.get()))
                .cloned()
                .collect::<Vec<_>>()
        })
    });

    // Statuses by domain; a new list cancels the round still looking up the old one.
    let statuses = RwSignal::new(HashMap::<String, Status>::new());
    let announcement = RwSignal::new(String::new());
    let round = StoredValue::new_local(Round::default());
    Effect::new(move |_| {
        let list = visible.get();
        round.with_value(Round::cancel);
        let mut to_ask = Vec::new();
        statuses.update(|s| {
            for c in &list {
                let status = match c.initial_status() {
                    Status::Checking => net::cached(&c.domain).unwrap_or_else(|| {
                        to_ask.push(c.domain.clone());
                        Status::Checking
                    }),
                    invalid => invalid,
                };
                s.insert(c.domain.clone(), status);
            }
        });
        if to_ask.is_empty() {
            return;
        }
        let fresh = Round::default();
        round.set_value(fresh.clone());
        announcement.set(t.checking_announce.to_owned());
        let summary = move || announcement.set(t.checked_announce.to_owned());
        look_up_all(endpoints.clone(), to_ask, fresh, statuses, summary);
    });
    on_cleanup(move || round.with_value(Round::cancel));

    // "Try again": asks the resolvers once more about unknown names (`only`: that
    // one), in the round of the list on screen. Still honest: an answer that fails
    // again stays unknown.
    let retry = move |only: Option<String>| {
        let again: Vec<String> = statuses.with_untracked(|s| {
            visible.with_untracked(|v| {
                v.iter()
                    .map(|c| c.domain.clone())
                    .filter(|d| only.as_ref().is_none_or(|o| o == d))
                    .filter(|d| s.get(d) == Some(&Status::Unknown))
                    .collect()
            })
        });
        if again.is_empty() {
            return;
        }
        statuses.update(|s| {
            for d in &again {
                s.insert(d.clone(), Status::Checking);
            }
        });
        announcement.set(t.checking_announce.to_owned());
        let summary = move || announcement.set(t.checked_announce.to_owned());
        let current = round.get_value();
        look_up_all(j.doh.get_value(), again, current, statuses, summary);
    };
    let any_unknown = move || {
        statuses.with(|s| {
            visible.with(|v| {
                v.iter()
                    .filter(|c| s.get(&c.domain) == Some(&Status::Unknown))
                    .count()
            })
        }) > 1
    };

    let choose = move |c: &Candidate| {
        let status =
            statuses.with_untracked(|s| s.get(&c.domain).copied().unwrap_or(Status::Unknown));
        let detail = [("domain", c.domain.as_str()), ("status", status.code())];
        j.host
            .with_value(|host| events::dispatch(host, "vnda:select", &detail));
        j.tally.update(|t| t.chosen(program));
        j.chosen.set(Some(c.domain.clone()));
        j.step.set(Step::Handoff);
    };

    let text_field = move |id: &'static str,
                           label: &'static str,
                           hint: Option<&'static str>,
                           value: RwSignal<String>| {
        let hint_id = format!("{id}-hint");
        view! {
            <div class="field">
                <label for=id>{label}</label>
                {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
                <input id=id type="text" spellcheck="false" autocomplete="off"
                    aria-describedby=hint.map(|_| hint_id.clone())
                    prop:value=move || value.get()
                    on:input:target=move |ev| value.set(ev.target().value())/>
            </div>
        }
    };
    let name_label = match program {
        Program::Id => field_label(lang, Field::FullName),
        Program::Biz => field_label(lang, Field::BusinessName),
    };
    let word_hint = match program {
        Program::Id => t.word_hint_id,
        Program::Biz => t.word_hint_biz,
    };

    // The list first, where a phone's first screen shows it; what changes it after.
    view! {
        <p class="visually-hidden" role="status" aria-live="polite">{move || announcement.get()}</p>
        {move || visible.with(|v| v.is_empty()).then(|| view! { <p class="empty">{t.no_suggestions}</p> })}
        <ul class="names" part="names">
            <For each=move || visible.get() key=|c| c.domain.clone() let:c>
                {
                    let domain = c.domain.clone();
                    let status = Memo::new({
                        let domain = domain.clone();
                        move |_| statuses.with(|s| s.get(&domain).copied().unwrap_or(Status::Checking))
                    });
                    let c2 = c.clone();
                    view! {
                        <li class="name" data-domain=domain.clone()
                            data-status=move || status.get().code()
                            data-reason=move || status.get().reason_code()>
                            <span class="domain">{domain.clone()}</span>
                            <span class="status">{move || t.status(status.get())}</span>
                            {move || match status.get() {
                                Status::Invalid(reason) => Some(view! { <span class="why">{t.reason(reason)}</span> }.into_any()),
                                known @ (Status::LikelyAvailable | Status::Unknown) => {
                                    let c3 = c2.clone();
                                    let label = format!("{} {}", t.choose, c3.domain);
                                    // An unknown status can be asked again.
                                    let again = (known == Status::Unknown).then(|| {
                                        let domain = c3.domain.clone();
                                        let label = format!("{} {}", t.retry, domain);
                                        view! {
                                            <button type="button" class="secondary retry" aria-label=label
                                                on:click=move |_| retry(Some(domain.clone()))>
                                                {t.retry}
                                            </button>
                                        }
                                    });
                                    Some(view! {
                                        <button type="button" class="secondary" on:click=move |_| choose(&c3)
                                            aria-label=label>
                                            {t.choose}
                                        </button>
                                        {again}
                                    }.into_any())
                                }
                                Status::Checking | Status::Taken => None,
                            }}
                        </li>
                    }
                }
            </For>
        </ul>
        {move || any_unknown().then(|| view! {
            <button type="button" class="secondary retry-all" on:click=move |_| retry(None)>{t.retry_all}</button>
        })}
        {move || lists.with(|(_, list)| list.len() > shown.get()).then(|| view! {
            <button type="button" class="secondary" on:click=move |_| shown.update(|n| *n += PAGE)>{t.show_more}</button>
        })}
        <div class="names-form">
            <h4>{t.refine}</h4>
            {text_field("vnda-names-name", name_label, None, name)}
            {(program == Program::Id).then(|| text_field("vnda-names-nickname", t.nickname_label, Some(t.nickname_hint), nickname))}
            {text_field("vnda-names-word", t.word_label, Some(word_hint), word)}
            {text_field("vnda-names-own", t.own_label, Some(t.own_hint), own)}
        </div>
    }
}
