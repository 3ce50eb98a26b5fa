//! The widget's view. Each step's logic lives in the core modules; this only wires
//! signals to elements.

use leptos::prelude::*;

use crate::attrs::Settings;
use crate::config;
use crate::i18n::Lang;
use crate::programme::Program;

#[component]
pub fn App(settings: Settings, inline_config: Option<String>) -> impl IntoView {
    let lang = settings.lang;
    let t = lang.shell();
    let program = RwSignal::new(settings.program);
    let fixed_program = settings.program.is_some();

    let config_error = inline_config
        .as_deref()
        .and_then(|text| config::parse_host(text).err());
    if let Some(e) = &config_error {
        web_sys::console::warn_1(
            &format!("<vn-domain-assistant>: configuration ignored: {e}").into(),
        );
    }

    view! {
        <section class="vnda" lang=lang.tag() aria-labelledby="vnda-title" part="panel">
            <h2 id="vnda-title" part="title">{t.title}</h2>
            <p class="intro">{t.intro}</p>
            {config_error.map(|e| view! {
                <div class="notice" role="alert" part="notice">
                    <p><strong>{t.config_problem}</strong>": "{e.to_string()}</p>
                    <p>{t.config_fallback}</p>
                </div>
            })}
            {if fixed_program {
                view! { <ProgrammeSummary lang program/> }.into_any()
            } else {
                view! { <ProgrammeChoice lang program/> }.into_any()
            }}
        </section>
    }
}

fn programme_texts(lang: Lang, p: Program) -> (&'static str, &'static str) {
    let t = lang.shell();
    match p {
        Program::Id => (t.id_name, t.id_desc),
        Program::Biz => (t.biz_name, t.biz_desc),
    }
}

/// The choice between id.vn and biz.vn: a native radio group, so keyboards and
/// screen readers get the behaviour they expect.
#[component]
fn ProgrammeChoice(lang: Lang, program: RwSignal<Option<Program>>) -> impl IntoView {
    let t = lang.shell();
    view! {
        <fieldset class="choice" part="programme-choice">
            <legend>{t.choose_programme}</legend>
            {Program::ALL.into_iter().map(|p| {
                let (name, desc) = programme_texts(lang, p);
                let id = format!("vnda-program-{}", p.code());
                let desc_id = format!("{id}-desc");
                view! {
                    <div class="option" class:selected=move || program.get() == Some(p)>
                        <input type="radio" name="vnda-program" id=id.clone() value=p.code()
                            aria-describedby=desc_id.clone()
                            prop:checked=move || program.get() == Some(p)
                            on:change=move |_| program.set(Some(p))/>
                        <label for=id>
                            <span class="option-name">{name}</span>
                            <span class="option-desc" id=desc_id>{desc}</span>
                        </label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// When the host fixed the programme with the `program` attribute: say which.
#[component]
fn ProgrammeSummary(lang: Lang, program: RwSignal<Option<Program>>) -> impl IntoView {
    move || {
        program.get().map(|p| {
            let (name, desc) = programme_texts(lang, p);
            view! {
                <div class="summary" part="programme-summary">
                    <p class="option-name">{name}</p>
                    <p class="option-desc">{desc}</p>
                </div>
            }
        })
    }
}
