//! Assisted mode (`mode="assisted"`): a helper serves a queue of people on one
//! device. "Next person" wipes everything the last one typed (fields, answer,
//! chosen name, preview, the page-wide DoH answers, the clipboard text the widget
//! put there) and starts again; so does a countdown after an idle time. A tally of
//! counts, nothing personal, is kept in memory for the helper's report.

use std::time::Duration;

use leptos::prelude::*;

use crate::assisted::{Counts, Tally};
use crate::programme::Program;

use super::state::Journey;

/// The countdown shows for this long before the wipe.
const WARN_SECONDS: u64 = 30;
/// The "wiped, ready for the next person" line stays this long on screen.
const WIPED_SHOWN: Duration = Duration::from_secs(6);

/// Whether the screen holds nothing of anyone: the first step, no programme chosen
/// (unless the host fixed it) and empty forms. There is nothing to wipe then, so
/// no idle countdown runs.
fn untouched(j: Journey) -> bool {
    j.step.get_untracked() == j.first_step()
        && (j.program_fixed || j.program.get_untracked().is_none())
        && j.citizen.with_untracked(|f| *f == Default::default())
        && j.business.with_untracked(|f| *f == Default::default())
}

/// Asks the element (`js/vn-domain-assistant.js`) to print only this widget's slip
/// (`on`), or to take its print marks off the page (`!on`: the slip is gone).
pub fn print(j: Journey, on: bool) {
    use wasm_bindgen::JsCast;
    let method = if on { "vndaPrint" } else { "vndaEndPrint" };
    // The host may be gone already when the widget is unmounted; the element then
    // takes the marks off itself.
    let _ = j.host.try_with_value(|host| {
        js_sys::Reflect::get(host, &method.into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .map(|f| f.call0(host))
    });
}

/// Everything of the previous person goes; the tally stays.
pub fn next_person(j: Journey, announce: RwSignal<&'static str>) {
    // The tally counts the person who just left if anything happened in their visit.
    j.tally.update(|t| {
        t.person_finished();
        t.person_started();
    });
    super::draft::wipe(j);
    super::net::forget_answers();
    leptos::task::spawn_local(super::clipboard::clear_ours());
    announce.set(j.lang.assisted().wiped);
    // Seen, not only heard: on screen for a few seconds, then gone.
    set_timeout(
        move || {
            let _ = announce.try_set("");
        },
        WIPED_SHOWN,
    );
}

#[component]
pub fn AssistedBar() -> impl IntoView {
    let j = expect_context::<Journey>();
    let t = j.lang.assisted();
    let announce = RwSignal::new("");
    let idle = j.config.with_untracked(|c| c.assisted.idle_seconds);

    // Seconds since the last keystroke, click or input anywhere in the widget (the
    // panel's own handlers record it in `j.last_activity`).
    let left = RwSignal::new(idle);
    let touch = move || {
        j.last_activity.set_value(js_sys::Date::now());
        left.set(idle);
    };
    let tick = set_interval_with_handle(
        move || {
            if untouched(j) {
                // Nobody is being served: the idle time starts with the first touch.
                touch();
                return;
            }
            let elapsed = ((js_sys::Date::now() - j.last_activity.get_value()) / 1000.0) as u64;
            let remaining = idle.saturating_sub(elapsed);
            left.set(remaining);
            if remaining == 0 {
                next_person(j, announce);
                touch();
            }
        },
        Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        if let Some(h) = tick {
            h.clear();
        }
    });

    let show_tally = RwSignal::new(false);

    view! {
        <div class="assisted-bar" part="assisted">
            <button type="button" class="primary next-person" aria-describedby="vnda-next-hint"
                on:click=move |_| next_person(j, announce)>
                {t.next_person}
            </button>
            <p class="hint" id="vnda-next-hint">{t.next_person_hint}</p>
            <p class="wiped" role="status">{move || announce.get()}</p>
            {move || (left.get() <= WARN_SECONDS).then(|| view! {
                <div class="notice idle" role="alert">
                    <p>{t.idle_warning.replace("{n}", &left.get().to_string())}</p>
                    <button type="button" class="secondary" on:click=move |_| touch()>{t.still_here}</button>
                </div>
            })}
            <button type="button" class="link" aria-expanded=move || show_tally.get().to_string()
                on:click=move |_| show_tally.update(|s| *s = !*s)>
                {t.tally_show}
            </button>
            {move || show_tally.get().then(|| view! { <TallyTable/> })}
        </div>
    }
}

#[component]
fn TallyTable() -> impl IntoView {
    let j = expect_context::<Journey>();
    let t = j.lang.assisted();
    let download = move |_| {
        let csv = j.tally.with_untracked(Tally::csv);
        let _ = super::starter::download("vnda-tally.csv", "text/csv;charset=utf-8", &csv);
    };
    view! {
        <table class="tally">
            <caption>{t.tally_caption}</caption>
            <thead><tr>
                <th scope="col">{t.tally_programme}</th>
                <th scope="col">{t.tally_people}</th>
                <th scope="col">{t.tally_eligible}</th>
                <th scope="col">{t.tally_chosen}</th>
                <th scope="col">{t.tally_handoffs}</th>
            </tr></thead>
            <tbody>
                {move || {
                    let tally = j.tally.get();
                    let rows: Vec<(&'static str, Counts)> = Program::ALL
                        .into_iter()
                        .map(|p| (p.zone(), tally.counts(p)))
                        .chain([(t.tally_total, tally.total())])
                        .collect();
                    rows.into_iter().map(|(label, c)| view! {
                        <tr>
                            <th scope="row">{label}</th>
                            <td>{c.people}</td>
                            <td>{c.eligible}</td>
                            <td>{c.chosen}</td>
                            <td>{c.handoffs}</td>
                        </tr>
                    }).collect_view()
                }}
            </tbody>
        </table>
        <button type="button" class="secondary" on:click=download>{t.download_csv}</button>
    }
}
