//! The widget's frame: heading, configuration notice, progress indicator and the
//! current step. Each step's logic lives in the core modules; this only wires
//! signals to elements.

use leptos::prelude::*;
use web_sys::HtmlElement;

use crate::attrs::Settings;
use crate::config::{self, Config, ConfigError};
use crate::i18n::eligibility as texts;
use crate::i18n::{offer, Lang};
use crate::programme::Program;

use super::eligibility::EligibilityStep;
use super::handoff::HandoffStep;
use super::names::NamesStep;
use super::starter::StarterStep;
use super::state::{device_today, Journey, Step};

/// Reads the inline configuration now; the `config` URL, if any, is fetched and
/// applied when it arrives. Problems land in `errors`.
fn load_config(
    settings: &Settings,
    inline: Option<&str>,
    config: RwSignal<Config>,
    errors: RwSignal<Vec<String>>,
) {
    let report = move |e: ConfigError| {
        web_sys::console::warn_1(
            &format!("<vn-domain-assistant>: configuration ignored: {e}").into(),
        );
        errors.update(|v| v.push(e.to_string()));
    };
    let inline_value = match inline.map(config::parse_host) {
        Some(Ok(v)) => Some(v),
        Some(Err(e)) => {
            report(e);
            None
        }
        None => None,
    };
    if let Some(v) = &inline_value {
        match Config::with_host(std::slice::from_ref(v)) {
            Ok(c) => config.set(c),
            Err(e) => report(e),
        }
    }
    if let Some(url) = settings.config_url.clone() {
        leptos::task::spawn_local(async move {
            let fetched = super::net::fetch_text(&url)
                .await
                .map_err(|detail| ConfigError::Fetch {
                    url: url.clone(),
                    detail,
                });
            let applied = fetched
                .and_then(|text| config::parse_host(&text))
                .and_then(|v| {
                    Config::with_host(&[v].into_iter().chain(inline_value).collect::<Vec<_>>())
                });
            match applied {
                Ok(c) => config.set(c),
                Err(e) => report(e),
            }
        });
    }
}

#[component]
pub fn App(
    settings: Settings,
    inline_config: Option<String>,
    root: HtmlElement,
    host: HtmlElement,
) -> impl IntoView {
    let lang = settings.lang;
    let t = lang.shell();
    let config = RwSignal::new(Config::builtin());
    let config_errors = RwSignal::new(Vec::new());
    load_config(&settings, inline_config.as_deref(), config, config_errors);

    let j = Journey {
        lang,
        today: settings.today.unwrap_or_else(device_today),
        program_fixed: settings.program.is_some(),
        config,
        program: RwSignal::new(settings.program),
        step: RwSignal::new(Step::first(settings.program.is_some())),
        citizen: RwSignal::new(Default::default()),
        business: RwSignal::new(Default::default()),
        outcome: RwSignal::new(None),
        chosen: RwSignal::new(None),
        name_extras: super::state::NameExtras::new(),
        keeping: RwSignal::new(false),
        mode_assisted: settings.mode == crate::attrs::Mode::Assisted,
        tally: RwSignal::new(Default::default()),
        last_activity: StoredValue::new(js_sys::Date::now()),
        starter: super::state::StarterFields::new(
            config.with_untracked(|c| c.starter.organisation.clone()),
        ),
        doh: StoredValue::new(settings.doh.clone()),
        root: StoredValue::new_local(root),
        host: StoredValue::new_local(host),
    };
    provide_context(j);
    // A draft the visitor kept in this tab comes back; nothing is kept unless asked.
    // (Not in assisted mode: there the next person must never see it.)
    if !j.assisted() && super::draft::restore(j) {
        j.keeping.set(true);
    }

    // Focus follows the step (not on first render: the page, not the widget, owns
    // focus when it loads).
    Effect::new(move |previous: Option<Step>| {
        let step = j.step.get();
        if previous.is_some_and(|p| p != step) {
            j.focus_when_drawn("vnda-step-heading".to_owned());
        }
        step
    });

    view! {
        // After the first step the header is one line (the current step): on a
        // phone the step itself starts on the first screen.
        <section class="vnda" class:assisted=j.assisted() class:compact=move || j.step.get() != j.first_step()
            lang=lang.tag() aria-labelledby="vnda-title" part="panel"
            on:input=move |_| j.last_activity.set_value(js_sys::Date::now())
            on:click=move |_| j.last_activity.set_value(js_sys::Date::now())
            on:keydown=move |_| j.last_activity.set_value(js_sys::Date::now())>
            <h2 id="vnda-title" part="title">{t.title}</h2>
            <p class="intro">{t.intro}</p>
            // Already registered: the go-live check (another build, loaded by the
            // element for mode="check"), with the way back to this journey.
            {(!j.assisted()).then(|| view! {
                <p class="check-entry">
                    <button type="button" class="link" on:click=move |_| j.host.with_value(|h| {
                        let _ = h.set_attribute("data-vnda-back", "");
                        let _ = h.set_attribute("mode", "check");
                    })>{t.check_site}</button>
                </p>
            })}
            // A host's logo: <img slot="logo" src="…" alt="…"> as a child of the element.
            <slot name="logo"></slot>
            <About/>
            {move || {
                let errors = config_errors.get();
                (!errors.is_empty()).then(|| view! {
                    <div class="notice" role="alert" part="notice">
                        {errors.into_iter().map(|e| view! { <p><strong>{t.config_problem}</strong>": "{e}</p> }).collect_view()}
                        <p>{t.config_fallback}</p>
                    </div>
                })
            }}
            <Progress/>
            {j.assisted().then(|| view! { <super::assisted::AssistedBar/> })}
            {move || step_view(j, j.step.get())}
            // What a kept draft is, after the step: the step comes first.
            {(!j.assisted()).then(|| view! { <super::draft::DraftControls/> })}
        </section>
    }
}

/// What the offer is on the day (its end, the countdown near it, or that it has
/// passed), its legal sources, the fee after it, and the official sites: of the
/// chosen programme, or of both until one is chosen.
#[component]
fn About() -> impl IntoView {
    let j = expect_context::<Journey>();
    let lang = j.lang;
    let t = lang.shell();
    let shown = move || j.program.get().map_or(Program::ALL.to_vec(), |p| vec![p]);
    let lines = move || {
        j.config.with(|c| {
            shown()
                .into_iter()
                .map(|p| {
                    let rules = c.programmes.get(p);
                    // A line each (white-space: pre-line): a closed offer's heading
                    // has no full stop of its own.
                    let offer = offer::lines(lang, p, &c.programmes, j.today).join("\n");
                    let sources = texts::sources_line(lang, &rules.sources);
                    let site = (!rules.site.is_empty()).then(|| {
                        view! {
                            " "<a href=rules.site.clone() data-site=p.code() target="_blank" rel="noopener noreferrer">
                                {offer::official_site(lang, p)}
                            </a>
                        }
                    });
                    view! { <li data-program=p.code()>{offer}" "<span class="sources">{sources}</span>{site}</li> }
                })
                .collect_view()
        })
    };
    view! {
        <details class="about" part="about">
            <summary>{t.about_title}</summary>
            <p>{t.about_text}</p>
            <ul>{lines}</ul>
            <p>
                <a href=MATERIALS target="_blank" rel="noopener noreferrer">
                    {t.about_materials}
                </a>
            </p>
        </details>
    }
}

/// The programme's materials page, as the provincial plan gives it.
const MATERIALS: &str = "https://hiendienonline.tenmien.vn/tai-lieu-truyen-thong";

/// "Step 2 of 3" and the list of steps; steps already passed can be revisited.
#[component]
fn Progress() -> impl IntoView {
    let j = expect_context::<Journey>();
    let t = j.lang.shell();
    let steps = j.steps();
    view! {
        <nav class="progress" aria-label=t.steps part="progress">
            <ol>
                {steps.into_iter().enumerate().map(|(i, step)| {
                    // The visible text is the accessible name (WCAG 2.5.3); the list
                    // itself tells screen readers "n of N". In the one-line header a
                    // passed step shows its number only, which its name begins with.
                    let number = (i + 1).to_string();
                    let label = format!("{number}. {}", step.name(j.lang));
                    let rest = format!(". {}", step.name(j.lang));
                    view! {
                        <li
                            class:current=move || j.step.get() == step
                            class:done=move || { j.step.get() > step }
                            aria-current=move || (j.step.get() == step).then_some("step")
                        >
                            {move || if j.step.get() > step {
                                view! {
                                    <button type="button" class="link" aria-label=label.clone() on:click=move |_| j.step.set(step)>
                                        {number.clone()}<span class="rest">{rest.clone()}</span>
                                    </button>
                                }.into_any()
                            } else {
                                view! {
                                    <span>{label.clone()}</span>
                                }.into_any()
                            }}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}

fn step_view(j: Journey, step: Step) -> AnyView {
    let program = j.program.get_untracked();
    let heading = |text: String| view! { <h3 id="vnda-step-heading" tabindex="-1">{text}</h3> };
    let back = move |to: Step| {
        view! { <button type="button" class="secondary back" on:click=move |_| j.step.set(to)>{j.lang.shell().back}</button> }
    };
    match (step, program) {
        (Step::Programme, _) | (_, None) => view! {
            {heading(j.lang.shell().choose_programme.to_owned())}
            <ProgrammeChoice/>
        }
        .into_any(),
        (Step::Eligibility, Some(p)) => view! {
            {heading(programme_texts(j.lang, p).0.to_owned())}
            {j.program_fixed.then(|| view! { <p class="option-desc">{programme_texts(j.lang, p).1}" "{move || card(j, p)}</p> })}
            <EligibilityStep program=p/>
            {(!j.program_fixed).then(|| back(Step::Programme))}
        }
        .into_any(),
        (Step::Names, Some(p)) => view! {
            {heading(j.lang.names().heading.replace("{zone}", p.zone()))}
            <NamesStep program=p endpoints=j.doh.get_value()/>
            {back(Step::Eligibility)}
        }
        .into_any(),
        (Step::Handoff | Step::Starter, Some(p)) => match j.chosen.get_untracked() {
            Some(domain) if step == Step::Handoff => view! {
                {heading(j.lang.handoff().heading.replace("{domain}", &domain))}
                <HandoffStep program=p domain/>
                // The page is optional and comes after: offered, never in the way.
                // Not in assisted mode: on a shared device the visitor leaves with the
                // QR code or slip and builds their page on their own phone.
                {(!j.assisted()).then(|| view! {
                    <p class="page-offer">
                        <button type="button" class="secondary" on:click=move |_| j.step.set(Step::Starter)>
                            {j.lang.handoff().build_page}
                        </button>
                    </p>
                })}
                {back(Step::Names)}
            }
            .into_any(),
            Some(domain) if !j.assisted() => view! {
                {heading(j.lang.starter().step_title.to_owned())}
                <StarterStep domain/>
                {back(Step::Handoff)}
            }
            .into_any(),
            Some(_) => {
                j.step.set(Step::Handoff);
                ().into_any()
            }
            None => {
                j.step.set(Step::Names);
                ().into_any()
            }
        },
    }
}

/// The offer on the day, for a programme card: the same data and day as the
/// eligibility outcome (tracked: a `config` URL that arrives later updates it).
fn card(j: Journey, p: Program) -> String {
    j.config
        .with(|c| offer::card(j.lang, p, &c.programmes, j.today))
}

fn programme_texts(lang: Lang, p: Program) -> (&'static str, &'static str) {
    let t = lang.shell();
    match p {
        Program::Id => (t.id_name, t.id_desc),
        Program::Biz => (t.biz_name, t.biz_desc),
    }
}

/// The choice between id.vn and biz.vn: a native radio group, so keyboards and
/// screen readers get the behaviour they expect; moving on is a separate button
/// (choosing must not change the context by itself, WCAG 3.2.2).
#[component]
fn ProgrammeChoice() -> impl IntoView {
    let j = expect_context::<Journey>();
    let t = j.lang.shell();
    let program = j.program;
    view! {
        <fieldset class="choice" part="programme-choice">
            <legend class="visually-hidden">{t.choose_programme}</legend>
            {Program::ALL.into_iter().map(|p| {
                let (name, desc) = programme_texts(j.lang, p);
                let id = format!("vnda-program-{}", p.code());
                let desc_id = format!("{id}-desc");
                view! {
                    <div class="option" class:selected=move || program.get() == Some(p)>
                        <input type="radio" name="vnda-program" id=id.clone() value=p.code()
                            aria-describedby=desc_id.clone()
                            prop:checked=move || program.get() == Some(p)
                            on:change=move |_| {
                                if program.get_untracked() != Some(p) {
                                    j.outcome.set(None);
                                }
                                program.set(Some(p));
                            }/>
                        <label for=id>
                            <span class="option-name">{name}</span>
                            <span class="option-desc" id=desc_id>{desc}" "<span class="offer" data-offer=p.code()>{move || card(j, p)}</span></span>
                        </label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
        <button type="button" class="primary" disabled=move || program.get().is_none()
            on:click=move |_| j.step.set(Step::Eligibility)>
            {t.next}
        </button>
    }
}
