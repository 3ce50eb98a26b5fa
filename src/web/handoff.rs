//! The last step: what to have ready, and the registrars serving the programme,
//! each a link that opens in a new tab. Those whose page takes the name from the
//! link come first, with it filled in; the others follow under a line that says
//! why their page opens without it, beside a "copy name" button.

use leptos::prelude::*;

use crate::programme::Program;

use super::events;
use super::state::Journey;

#[component]
pub fn HandoffStep(program: Program, domain: String) -> impl IntoView {
    let j = expect_context::<Journey>();
    let t = j.lang.handoff();
    // None: not tried yet; Some(false): the browser refused.
    let copied = RwSignal::new(None::<bool>);
    let opened = RwSignal::new(false);
    let survey = j.config.with_untracked(|c| c.registrars.survey_url.clone());
    let registrars: Vec<_> = j
        .config
        .with_untracked(|c| c.registrars.for_program(program).cloned().collect());
    let checklist = t.checklist(program);
    let next = j
        .config
        .with_untracked(|c| j.lang.what_next(program, &c.programmes, j.today, &domain));
    // Assisted mode: the markup of the slip last printed (`assisted::Slip::html`).
    // It goes with the step (next person, idle wipe, back), and so do the page's
    // print marks.
    let slip = RwSignal::new(String::new());
    if j.assisted() {
        on_cleanup(move || super::assisted::print(j, false));
    }
    let copy = {
        let domain = domain.clone();
        move |_| {
            let domain = domain.clone();
            leptos::task::spawn_local(async move {
                copied.set(Some(super::clipboard::copy(&domain).await));
            });
        }
    };
    let link = {
        let domain = domain.clone();
        move |r: crate::handoff::Registrar| {
            let href = r.link(&domain);
            let detail_domain = domain.clone();
            let id = r.id.clone();
            let on_click = move |_| {
                opened.set(true);
                j.tally.update(|t| t.handoff(program));
                j.host.with_value(|host| {
                    events::dispatch(
                        host,
                        "vnda:handoff",
                        &[
                            ("domain", detail_domain.as_str()),
                            ("registrar", id.as_str()),
                        ],
                    )
                })
            };
            // Assisted mode: the same link as a QR code, to go on on one's own phone,
            // and a one-page slip with it to print. They carry the registrar's
            // address and the domain, nothing else.
            let qr_id = r.id.clone();
            let qr = j.assisted().then(|| {
                let a = j.lang.assisted();
                let paper = j.config.with_untracked(|c| {
                    crate::assisted::slip(j.lang, program, &c.programmes, j.today, &r, &domain)
                });
                let svg = paper.qr().unwrap_or_default();
                let shown = RwSignal::new(false);
                // A slip printed or a QR code shown hands the person over as a
                // link opened does (the tally counts people, not clicks).
                let html = paper.html();
                let print = move |_| {
                    j.tally.update(|t| t.handoff(program));
                    slip.set(html.clone());
                    // The slip is in the DOM once this frame renders; then print.
                    request_animation_frame(move || super::assisted::print(j, true));
                };
                view! {
                    <button type="button" class="secondary qr-toggle" aria-expanded=move || shown.get().to_string()
                        on:click=move |_| {
                            shown.update(|s| *s = !*s);
                            if shown.get_untracked() {
                                j.tally.update(|t| t.handoff(program));
                            }
                        }>
                        {a.qr_show}
                    </button>
                    // The slip with it: behind the same disclosure, so each registrar
                    // shows the helper two controls, its link first.
                    {move || shown.get().then(|| {
                        let print = print.clone();
                        view! {
                            <div class="qr" data-qr=qr_id.clone()>
                                <div class="qr-image" inner_html=svg.clone()></div>
                                <p class="hint">{a.qr_hint}</p>
                                <button type="button" class="secondary print-slip" on:click=print>{a.slip_print}</button>
                            </div>
                        }
                    })}
                }
            });
            view! {
                <li>
                    <a href=href data-registrar=r.id.clone() target="_blank" rel="noopener noreferrer" on:click=on_click>
                        {(!r.logo.is_empty()).then(|| view! { <img class="logo" src=r.logo.clone() alt="" width="24" height="24"/> })}
                        {r.name.clone()}
                        <span class="new-tab">" "{t.new_tab}</span>
                    </a>
                    {qr}
                </li>
            }
        }
    };
    let (with_name, without_name): (Vec<_>, Vec<_>) =
        registrars.into_iter().partition(|r| r.takes_domain());
    let with_name = (!with_name.is_empty()).then(|| {
        view! {
            <p>{t.with_name.replace("{domain}", &domain)}</p>
            <ul class="registrar-list" data-carries-name="true">{with_name.into_iter().map(link.clone()).collect_view()}</ul>
        }
    });
    let without_name = (!without_name.is_empty()).then(|| {
        view! {
            <p class="hint">{t.paste_note}</p>
            <button type="button" class="secondary" on:click=copy>{t.copy_name.replace("{domain}", &domain)}</button>
            <span role="status">
                {move || copied.get().map(|ok| if ok { t.copied } else { j.lang.shell().copy_failed })}
            </span>
            <ul class="registrar-list" data-carries-name="false">{without_name.into_iter().map(link).collect_view()}</ul>
        }
    });

    view! {
        <p>{t.intro}</p>
        <h4>{t.checklist_title}</h4>
        <ul class="checklist">{checklist.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ul>
        <div class="registrars" part="registrars">{with_name}{without_name}</div>
        {move || j.config.with(|c| c.registrars.for_program(program).next().is_none()).then(|| view! { <p>{t.no_registrars}</p> })}
        {move || (opened.get() && !survey.is_empty()).then(|| view! {
            <p class="survey"><a href=survey.clone() target="_blank" rel="noopener noreferrer">{t.survey}</a></p>
        })}
        <h4>{t.next_title}</h4>
        <ol class="what-next">{next.into_iter().map(|step| view! { <li>{step}</li> }).collect_view()}</ol>
        // Assisted mode's slip, once printed (empty otherwise): hidden on screen,
        // alone on the page in print (style/widget.css).
        <div class="slip" inner_html=move || slip.get()></div>
    }
}
