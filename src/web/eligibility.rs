//! The eligibility step: the programme's form, judged in the tab by
//! `crate::eligibility`, and the outcome in a `role="status"` region.

use leptos::prelude::*;

use crate::eligibility::{
    judge_business, judge_citizen, window_outcome, Answer, BusinessKind, Field, NextStep, Outcome,
    Reason,
};
use crate::i18n::eligibility::{field_error, hint, label, outcome_text, texts};
use crate::i18n::offer;
use crate::programme::Program;

use super::events;
use super::state::{Journey, Step};

fn field_id(field: Field) -> String {
    format!("vnda-{}", field.code())
}

/// `aria-describedby` of a field: its hint and, when there is one, its error.
fn described_by(j: Journey, field: Field) -> impl Fn() -> Option<String> {
    move || {
        let mut ids = Vec::new();
        if hint(j.lang, field).is_some() {
            ids.push(format!("{}-hint", field_id(field)));
        }
        if error_of(j, field).is_some() {
            ids.push(format!("{}-error", field_id(field)));
        }
        if is_date(field) {
            ids.push(format!("{}-read", field_id(field)));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The message for `field` from the last judgement, if it found a problem there.
fn error_of(j: Journey, field: Field) -> Option<String> {
    j.outcome.with(|o| {
        o.as_ref().and_then(|o| {
            o.field_errors
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(f, e)| field_error(j.lang, *f, *e))
        })
    })
}

fn hint_view(j: Journey, field: Field) -> impl IntoView {
    hint(j.lang, field).map(|h| {
        view! { <p class="hint" id=format!("{}-hint", field_id(field))>{h}</p> }
    })
}

fn error_view(j: Journey, field: Field) -> impl IntoView {
    move || {
        error_of(j, field).map(|message| {
            view! {
                <p class="field-error" id=format!("{}-error", field_id(field))>
                    <span class="error-mark" aria-hidden="true">"! "</span>
                    {message}
                </p>
            }
        })
    }
}

fn is_date(field: Field) -> bool {
    matches!(field, Field::BirthDate | Field::Founded)
}

/// A labelled text input bound to one string of a form. A date is a text field too
/// (no date picker for a date people know by heart; the browser's picker also
/// speaks its own locale's order, not the page's), echoed in words as it is read.
fn input<F: Send + Sync + 'static>(
    j: Journey,
    form: RwSignal<F>,
    field: Field,
    kind: &'static str,
    autocomplete: &'static str,
    get: fn(&F) -> &String,
    set: fn(&mut F, String),
) -> impl IntoView {
    let id = field_id(field);
    let date = is_date(field);
    view! {
        <div class="field" class:invalid=move || error_of(j, field).is_some()>
            <label for=id.clone()>{label(j.lang, field)}</label>
            {hint_view(j, field)}
            <input
                id=id.clone()
                type=kind
                autocomplete=autocomplete
                inputmode=(date || field == Field::CitizenId || field == Field::TaxCode).then_some("numeric")
                placeholder=date.then_some("dd/mm/yyyy")
                spellcheck="false"
                aria-invalid=move || error_of(j, field).is_some().then_some("true")
                aria-describedby=described_by(j, field)
                prop:value=move || form.with(|f| get(f).clone())
                on:input:target=move |ev| form.update(|f| set(f, ev.target().value()))
            />
            {date.then(|| date_read(j, &id, move || form.with(|f| crate::date::Date::parse_typed(get(f)).ok())))}
            {(field == Field::Email).then(|| email_suggestion(j, move || form.with(|f| crate::email::did_you_mean(get(f))), move |v| form.update(|f| set(f, v))))}
            {error_view(j, field)}
        </div>
    }
}

/// "Did you mean …@gmail.com?" under the e-mail field: one press to accept,
/// never in the way (announced politely, not an error).
fn email_suggestion(
    j: Journey,
    meant: impl Fn() -> Option<String> + Send + Sync + 'static,
    set: impl Fn(String) + Copy + Send + Sync + 'static,
) -> AnyView {
    let t = texts(j.lang);
    view! {
        <div class="did-you-mean" aria-live="polite">
            {move || meant().map(|address| {
                let text = t.email_did_you_mean.replace("{address}", &address);
                view! {
                    <p>{text}" "
                        <button type="button" class="secondary" on:click=move |_| {
                            set(address.clone());
                            j.focus(&field_id(Field::Email));
                        }>{t.email_use}</button>
                    </p>
                }
            })}
        </div>
    }
    .into_any()
}

/// A typed date as it was read, in words ("Read as: 15 June 2007"); empty while
/// it cannot be read (the reason is told when the form is checked).
fn date_read(
    j: Journey,
    id: &str,
    value: impl Fn() -> Option<crate::date::Date> + Send + Sync + 'static,
) -> AnyView {
    let read = move || value().map(|d| crate::i18n::eligibility::date_read(d, j.lang));
    view! { <p class="date-read" id=format!("{id}-read")>{read}</p> }.into_any()
}

/// A group of radio buttons choosing one value of a form.
fn radios<F: Send + Sync + 'static, V: Copy + PartialEq + Send + Sync + 'static>(
    j: Journey,
    form: RwSignal<F>,
    field: Field,
    options: Vec<(V, &'static str, &'static str)>,
    get: fn(&F) -> Option<V>,
    set: fn(&mut F, V),
) -> impl IntoView {
    let id = field_id(field);
    view! {
        <fieldset
            class="field radios"
            id=id.clone()
            tabindex="-1"
            class:invalid=move || error_of(j, field).is_some()
            aria-describedby=described_by(j, field)
        >
            <legend>{label(j.lang, field)}</legend>
            {hint_view(j, field)}
            {options
                .into_iter()
                .map(|(value, code, text)| {
                    let option_id = format!("{id}-{code}");
                    view! {
                        <div class="radio">
                            <input
                                type="radio"
                                id=option_id.clone()
                                name=id.clone()
                                value=code
                                prop:checked=move || form.with(|f| get(f) == Some(value))
                                on:change=move |_| form.update(|f| set(f, value))
                            />
                            <label for=option_id>{text}</label>
                        </div>
                    }
                })
                .collect_view()}
            {error_view(j, field)}
        </fieldset>
    }
}

fn citizen_fields(j: Journey) -> impl IntoView {
    let form = j.citizen;
    let field = Field::Citizenship;
    let id = field_id(field);
    view! {
        {input(j, form, Field::FullName, "text", "name", |f| &f.full_name, |f, v| f.full_name = v)}
        {input(j, form, Field::BirthDate, "text", "bday", |f| &f.birth_date, |f, v| f.birth_date = v)}
        {input(j, form, Field::CitizenId, "text", "off", |f| &f.citizen_id, |f, v| f.citizen_id = v)}
        {input(j, form, Field::Email, "email", "email", |f| &f.email, |f, v| f.email = v)}
        <div class="field checkbox" class:invalid=move || error_of(j, field).is_some()>
            <input
                type="checkbox"
                id=id.clone()
                aria-invalid=move || error_of(j, field).is_some().then_some("true")
                aria-describedby=described_by(j, field)
                prop:checked=move || form.with(|f| f.citizenship_confirmed)
                on:change:target=move |ev| form.update(|f| f.citizenship_confirmed = ev.target().checked())
            />
            <label for=id>{label(j.lang, field)}</label>
            {hint_view(j, field)}
            {error_view(j, field)}
        </div>
    }
}

fn business_fields(j: Journey) -> impl IntoView {
    let t = texts(j.lang);
    let form = j.business;
    view! {
        {radios(
            j,
            form,
            Field::BusinessKind,
            vec![
                (BusinessKind::Enterprise, "enterprise", t.enterprise),
                (BusinessKind::Household, "household", t.household),
            ],
            |f| f.kind,
            |f, v| f.kind = Some(v),
        )}
        {input(j, form, Field::BusinessName, "text", "organization", |f| &f.business_name, |f, v| f.business_name = v)}
        {input(j, form, Field::TaxCode, "text", "off", |f| &f.code, |f, v| f.code = v)}
        {input(j, form, Field::Founded, "text", "off", |f| &f.founded, |f, v| f.founded = v)}
        {radios(
            j,
            form,
            Field::FirstBizName,
            vec![(Answer::Yes, "yes", t.yes), (Answer::No, "no", t.no), (Answer::NotSure, "not-sure", t.not_sure)],
            |f| f.first_biz_name,
            |f, v| f.first_biz_name = Some(v),
        )}
    }
}

/// Judges the form, shows the outcome, tells the host (codes only) and moves focus
/// to the first problem.
fn check(j: Journey, program: Program) {
    let programmes = j.config.with_untracked(|c| c.programmes.clone());
    let outcome = match program {
        Program::Id => j
            .citizen
            .with_untracked(|f| judge_citizen(f, &programmes, j.today)),
        Program::Biz => j
            .business
            .with_untracked(|f| judge_business(f, &programmes, j.today)),
    };
    announce(j, &outcome);
    let first_problem = outcome.field_errors.first().map(|(f, _)| *f);
    j.outcome.set(Some(outcome));
    // The outcome is drawn after this returns: move focus once it is on the page.
    let target = first_problem.map_or_else(|| "vnda-outcome-heading".to_owned(), field_id);
    j.focus_when_drawn(target);
}

fn announce(j: Journey, outcome: &Outcome) {
    let detail = [
        ("program", outcome.program.code()),
        ("outcome", outcome.kind.code()),
        ("reason", outcome.reason.code()),
    ];
    j.host
        .with_value(|host| events::dispatch(host, "vnda:eligibility", &detail));
    j.tally
        .update(|t| t.eligibility(outcome.program, outcome.kind));
}

fn outcome_view(j: Journey, outcome: &Outcome) -> impl IntoView {
    let text = outcome_text(j.lang, outcome);
    let can_continue = matches!(
        outcome.next_step(),
        NextStep::ChooseFreeName | NextStep::ChooseNameAtFee
    );
    // Outside the window the visitor confirms on the programme's own site.
    let program = outcome.program;
    let site = (outcome.reason == Reason::ProgrammeClosed)
        .then(|| {
            j.config
                .with_untracked(|c| c.programmes.get(program).site.clone())
        })
        .filter(|site| !site.is_empty());
    view! {
        <div class="outcome" data-outcome=outcome.kind.code() data-reason=outcome.reason.code() part="outcome">
            <h4 id="vnda-outcome-heading" tabindex="-1">{text.heading}</h4>
            {text.soon.map(|soon| view! { <p class="soon">{soon}</p> })}
            <p>{text.explanation}</p>
            {site.map(|site| view! {
                <p><a href=site data-site=program.code() target="_blank" rel="noopener noreferrer">{offer::official_site(j.lang, program)}</a></p>
            })}
            <p class="next">{text.next_step}</p>
            {(!text.notes.is_empty()).then(|| view! {
                <ul class="notes">{text.notes.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
            })}
            {can_continue.then(|| view! {
                <button type="button" class="primary" on:click=move |_| j.step.set(Step::Names)>
                    {j.lang.shell().continue_names}
                </button>
            })}
        </div>
    }
}

#[component]
pub fn EligibilityStep(program: Program) -> impl IntoView {
    let j = expect_context::<Journey>();
    let t = texts(j.lang);
    // A closed (or not yet open) window holds whatever is typed: say so first.
    let closed = Memo::new(move |_| {
        j.config
            .with(|c| window_outcome(program, &c.programmes, j.today))
    });
    Effect::new(move |announced: Option<bool>| {
        let closed = closed.get();
        if let (Some(o), false) = (&closed, announced.unwrap_or(false)) {
            announce(j, o);
        }
        closed.is_some()
    });
    let shown = move || {
        closed
            .get()
            .or_else(|| j.outcome.get().filter(|o| o.program == program))
    };

    view! {
        {move || closed.get().is_none().then(|| view! {
            <form class="form" novalidate on:submit=move |ev| {
                ev.prevent_default();
                check(j, program);
            }>
                {match program {
                    Program::Id => citizen_fields(j).into_any(),
                    Program::Biz => business_fields(j).into_any(),
                }}
                <button type="submit" class="primary">{t.check}</button>
            </form>
        })}
        <div class="status" role="status" aria-live="polite">
            {move || shown().map(|o| outcome_view(j, &o))}
        </div>
    }
}
