//! Keeping a draft, only when the visitor asks: everything typed is written to this
//! tab's sessionStorage (one key per widget) on every change, read back when the
//! page is reloaded in the same tab, and wiped — storage and fields — by "forget".

use leptos::prelude::*;

use crate::draft::Draft;
use crate::eligibility::{Answer, BusinessForm, BusinessKind, CitizenForm};
use crate::programme::Program;
use crate::starter::Template;

/// At most this many entries of a list are read back from a draft.
const MAX_ENTRIES: usize = 50;

use super::state::{Journey, Step};

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// One key per widget: the host element's id tells instances apart.
fn key(j: Journey) -> String {
    format!("vnda-draft:{}", j.host.with_value(|h| h.id()))
}

/// Each step's code in a draft. The page step was "starter" while it came before
/// the registrars: a draft saved there (a name chosen, no registrar opened yet)
/// resumes at the registrars, which now come first; the page step is "page".
const STEPS: [(Step, &str); 6] = [
    (Step::Programme, "programme"),
    (Step::Eligibility, "eligibility"),
    (Step::Names, "names"),
    (Step::Handoff, "handoff"),
    (Step::Starter, "page"),
    (Step::Handoff, "starter"),
];
const KINDS: [(BusinessKind, &str); 2] = [
    (BusinessKind::Enterprise, "enterprise"),
    (BusinessKind::Household, "household"),
];
const ANSWERS: [(Answer, &str); 3] = [
    (Answer::Yes, "yes"),
    (Answer::No, "no"),
    (Answer::NotSure, "not-sure"),
];

fn code_of<T: PartialEq + Copy>(table: &[(T, &'static str)], value: Option<T>) -> &'static str {
    table
        .iter()
        .find(|(v, _)| Some(*v) == value)
        .map_or("", |(_, c)| c)
}

fn value_of<T: Copy>(table: &[(T, &'static str)], code: &str) -> Option<T> {
    table.iter().find(|(_, c)| *c == code).map(|(v, _)| *v)
}

/// Everything typed, read from the signals (tracked: an Effect re-runs on change).
fn capture(j: Journey) -> Draft {
    let mut d = Draft::default();
    d.set("program", j.program.get().map_or("", Program::code));
    d.set("step", code_of(&STEPS, Some(j.step.get())));
    j.citizen.with(|f| {
        d.set("fullName", f.full_name.clone());
        d.set("birthDate", f.birth_date.clone());
        d.set("citizenId", f.citizen_id.clone());
        d.set("email", f.email.clone());
        d.set("citizen", if f.citizenship_confirmed { "yes" } else { "" });
    });
    j.business.with(|f| {
        d.set("businessKind", code_of(&KINDS, f.kind));
        d.set("businessName", f.business_name.clone());
        d.set("code", f.code.clone());
        d.set("founded", f.founded.clone());
        d.set("firstBizName", code_of(&ANSWERS, f.first_biz_name));
    });
    for (name, signal) in j.name_extras.texts() {
        d.set(name, signal.get());
    }
    d.set("chosen", j.chosen.get().unwrap_or_default());
    let picked = j.starter.picked().get();
    d.set(
        "template",
        if picked {
            j.starter.template().get().code()
        } else {
            ""
        },
    );
    for (name, signal) in j.starter.texts() {
        d.set(&format!("starter.{name}"), signal.get());
    }
    // Lists by index: "starter.education.0.institution", with their lengths.
    for list in j.starter.lists() {
        let key = list.schema.key;
        let rows = list.rows();
        d.set(&format!("starter.{key}.count"), rows.len().to_string());
        for (i, row) in rows.into_iter().enumerate() {
            for (c, value) in list.schema.columns.iter().zip(row) {
                d.set(&format!("starter.{key}.{i}.{}", c.key), value);
            }
        }
    }
    d
}

/// Puts a draft's values back into the signals.
fn apply(j: Journey, d: &Draft) {
    if !j.program_fixed {
        j.program.set(Program::parse(d.get("program")));
    }
    j.citizen.set(CitizenForm {
        full_name: d.get("fullName").to_owned(),
        birth_date: d.get("birthDate").to_owned(),
        citizen_id: d.get("citizenId").to_owned(),
        email: d.get("email").to_owned(),
        citizenship_confirmed: d.get("citizen") == "yes",
    });
    j.business.set(BusinessForm {
        kind: value_of(&KINDS, d.get("businessKind")),
        business_name: d.get("businessName").to_owned(),
        code: d.get("code").to_owned(),
        founded: d.get("founded").to_owned(),
        first_biz_name: value_of(&ANSWERS, d.get("firstBizName")),
    });
    for (name, signal) in j.name_extras.texts() {
        signal.set(d.get(name).to_owned());
    }
    let chosen = Some(d.get("chosen").to_owned()).filter(|c| !c.is_empty());
    j.chosen.set(chosen.clone());
    let template = Template::parse(d.get("template"));
    j.starter.picked().set(template.is_some());
    j.starter.template().set(template.unwrap_or_default());
    for (name, signal) in j.starter.texts() {
        signal.set(d.get(&format!("starter.{name}")).to_owned());
    }
    for list in j.starter.lists() {
        let key = list.schema.key;
        // No length kept: as a new form.
        let count = d
            .get(&format!("starter.{key}.count"))
            .parse::<usize>()
            .map_or(list.schema.initial, |n| n.min(MAX_ENTRIES));
        let rows = (0..count)
            .map(|i| {
                list.schema
                    .columns
                    .iter()
                    .map(|c| d.get(&format!("starter.{key}.{i}.{}", c.key)).to_owned())
                    .collect()
            })
            .collect();
        list.set_rows(rows);
    }
    // Back to the step the visitor was on, as far as what was restored allows.
    let step = value_of(&STEPS, d.get("step")).unwrap_or(Step::Programme);
    let reachable = match step {
        Step::Starter | Step::Handoff if chosen.is_none() => Step::Names,
        s => s,
    };
    let reachable = if j.program.get_untracked().is_none() {
        Step::Programme
    } else {
        reachable.max(j.first_step())
    };
    j.step.set(reachable);
}

/// Restores this widget's draft if the visitor kept one in this tab; `true` if so.
pub fn restore(j: Journey) -> bool {
    let stored = storage().and_then(|s| s.get_item(&key(j)).ok().flatten());
    match stored.as_deref().and_then(Draft::from_json) {
        Some(d) => {
            apply(j, &d);
            true
        }
        None => false,
    }
}

/// Forgets everything the visitor typed: the kept draft (storage and flag), every
/// field, the answer and the chosen name; back to the first step. The host's
/// presets (the school) come back.
pub fn wipe(j: Journey) {
    j.keeping.set(false);
    if let Some(s) = storage() {
        let _ = s.remove_item(&key(j));
    }
    apply(j, &Draft::default());
    j.outcome.set(None);
    j.starter
        .organisation
        .set(j.config.with_untracked(|c| c.starter.organisation.clone()));
    j.starter.preset_school();
    j.step.set(j.first_step());
    j.focus_when_drawn("vnda-step-heading".to_owned());
}

#[component]
pub fn DraftControls() -> impl IntoView {
    let j = expect_context::<Journey>();
    let t = j.lang.shell();
    let keeping = j.keeping;
    // While keeping, every change is written through.
    Effect::new(move |_| {
        if keeping.get() {
            let text = capture(j).to_json();
            if let Some(s) = storage() {
                let _ = s.set_item(&key(j), &text);
            }
        }
    });
    let forget = move |_| wipe(j);
    view! {
        <div class="draft" part="draft">
            {move || if keeping.get() {
                view! {
                    <p role="status">{t.draft_kept}</p>
                    <button type="button" class="secondary" on:click=forget>{t.forget_draft}</button>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="link" aria-describedby="vnda-draft-hint"
                        on:click=move |_| keeping.set(true)>{t.keep_draft}</button>
                    <p class="hint" id="vnda-draft-hint">{t.keep_draft_hint}</p>
                }.into_any()
            }}
        </div>
    }
}
