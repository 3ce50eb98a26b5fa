//! The starter step: a CV / blog / contest page rendered by `crate::starter` from
//! what the visitor typed, previewed in an `<iframe sandbox="">` (no scripts, no
//! same-origin) and downloaded as real files.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::starter::{
    html_file_name, json_file_name, json_resume, publish_guide, render, safe_url, split_list,
    suggested_email, valid_email, Education, Link, Project, PublishTarget, StarterInput, Template,
};

use super::state::{Journey, StarterFields};

/// The preview follows typing after this pause, so typing never waits for it.
const PREVIEW_DELAY: Duration = Duration::from_millis(250);

impl StarterFields {
    /// What the page is rendered from.
    fn input(&self, j: Journey, domain: &str) -> StarterInput {
        let template = self.template.get();
        let project = Project {
            name: self.project_name.get(),
            description: self.project_description.get(),
            url: self.project_url.get(),
        };
        let has_project = !project.name.trim().is_empty();
        let full_name = match j.program.get_untracked() {
            Some(crate::programme::Program::Biz) => {
                j.business.with_untracked(|f| f.business_name.clone())
            }
            _ => j.citizen.with_untracked(|f| f.full_name.clone()),
        };
        let link_url = self.link_url.get();
        StarterInput {
            template,
            lang: j.lang,
            full_name,
            domain: domain.to_owned(),
            headline: self.headline.get(),
            about: self.about.get(),
            organisation: self.organisation.get(),
            // The school is the education entry of a CV, with what and when.
            education: (template == Template::Cv && !self.organisation.get().trim().is_empty())
                .then(|| Education {
                    institution: self.organisation.get(),
                    study: self.study.get(),
                    start: self.study_start.get(),
                    end: self.study_end.get(),
                })
                .into_iter()
                .collect(),
            email: self.email.get(),
            skills: split_list(&self.skills.get()),
            projects: (template != Template::Contest && has_project)
                .then(|| project.clone())
                .into_iter()
                .collect(),
            links: (!link_url.trim().is_empty())
                .then(|| Link {
                    label: String::new(),
                    url: link_url,
                })
                .into_iter()
                .collect(),
            post_title: self.post_title.get(),
            post_body: self.post_body.get(),
            team_name: self.team_name.get(),
            entry: if template == Template::Contest {
                project
            } else {
                Project::default()
            },
            ..StarterInput::default()
        }
    }
}

/// Starts a real file download of `text` named `name` (a Blob URL on a temporary link).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    set_timeout(
        move || drop(web_sys::Url::revoke_object_url(&url)),
        Duration::from_secs(10),
    );
    Ok(())
}

#[component]
pub fn StarterStep(domain: String) -> impl IntoView {
    let j = expect_context::<Journey>();
    let t = j.lang.starter();
    let f = j.starter;
    // The e-mail typed in the eligibility step, unless one was typed here already.
    if f.email.with_untracked(String::is_empty) {
        f.email.set(j.citizen.with_untracked(|c| c.email.clone()));
    }
    let domain = StoredValue::new(domain);
    let input = Memo::new(move |_| f.input(j, &domain.get_value()));

    // The preview (and the file) lag typing by PREVIEW_DELAY.
    let html = RwSignal::new(input.with_untracked(render));
    // Whether the preview frame is in the Tab order (it is not until asked).
    let explore = RwSignal::new(false);
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        let next = input.get();
        if first.is_none() {
            return;
        }
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        pending.set_value(
            set_timeout_with_handle(move || html.set(render(&next)), PREVIEW_DELAY).ok(),
        );
    });
    // None: not tried yet; Some(false): the browser refused.
    let copied = RwSignal::new(None::<bool>);

    let text = move |id: &'static str,
                     label: &'static str,
                     value: RwSignal<String>,
                     kind: &'static str| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type=kind prop:value=move || value.get()
                    aria-describedby=id.starts_with("vnda-study-").then_some("vnda-dates-hint")
                    on:input:target=move |ev| value.set(ev.target().value())/>
            </div>
        }
    };
    let area = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <textarea id=id rows="4" prop:value=move || value.get() on:input:target=move |ev| value.set(ev.target().value())></textarea>
            </div>
        }
    };
    // A field whose value, when given, must pass `accepts`; otherwise `message`
    // says so next to it.
    let checked_field = move |id: &'static str,
                              label: &'static str,
                              value: RwSignal<String>,
                              kind: &'static str,
                              autocomplete: Option<&'static str>,
                              accepts: fn(&str) -> bool,
                              message: &'static str| {
        let error_id = format!("{id}-error");
        let rejected = move || {
            let v = value.get();
            !v.trim().is_empty() && !accepts(&v)
        };
        view! {
            <div class="field" class:invalid=rejected>
                <label for=id>{label}</label>
                <input id=id type=kind autocomplete=autocomplete prop:value=move || value.get()
                    aria-invalid=move || rejected().then_some("true")
                    aria-describedby=move || rejected().then(|| error_id.clone())
                    on:input:target=move |ev| value.set(ev.target().value())/>
                {move || rejected().then(|| view! { <p class="field-error" id=format!("{id}-error")>{message}</p> })}
            </div>
        }
    };
    let url_field = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        checked_field(
            id,
            label,
            value,
            "url",
            None,
            |v| safe_url(v).is_some(),
            t.url_rejected,
        )
    };
    let suggestion = suggested_email(&domain.get_value());

    view! {
        <p>{t.step_intro}</p>
        <fieldset class="field radios">
            <legend>{t.template_label}</legend>
            {Template::ALL.into_iter().map(|tpl| {
                let (name, desc) = match tpl {
                    Template::Cv => (t.template_cv, t.template_cv_desc),
                    Template::Blog => (t.template_blog, t.template_blog_desc),
                    Template::Contest => (t.template_contest, t.template_contest_desc),
                };
                let id = format!("vnda-template-{}", tpl.code());
                view! {
                    <div class="radio">
                        <input type="radio" name="vnda-template" id=id.clone() value=tpl.code()
                            prop:checked=move || f.template.get() == tpl
                            on:change=move |_| f.template.set(tpl)/>
                        <label for=id>{name}<span class="option-desc">" — "{desc}</span></label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
        <div class="starter-form">
            {move || match f.template.get() {
                Template::Cv => view! {
                    {text("vnda-headline", t.field_headline, f.headline, "text")}
                    {area("vnda-about", t.field_about, f.about)}
                    {text("vnda-organisation", t.field_organisation, f.organisation, "text")}
                    <fieldset class="field">
                        <legend>{t.field_education}</legend>
                        {text("vnda-study", t.field_study, f.study, "text")}
                        {text("vnda-study-start", t.field_start, f.study_start, "text")}
                        {text("vnda-study-end", t.field_end, f.study_end, "text")}
                        <p class="hint" id="vnda-dates-hint">{t.field_dates_hint}</p>
                    </fieldset>
                    {text("vnda-skills", t.field_skills, f.skills, "text")}
                    <fieldset class="field">
                        <legend>{t.field_projects}</legend>
                        {text("vnda-project-name", t.field_project_name, f.project_name, "text")}
                        {area("vnda-project-description", t.field_project_description, f.project_description)}
                        {url_field("vnda-project-url", t.field_project_url, f.project_url)}
                    </fieldset>
                }.into_any(),
                Template::Blog => view! {
                    {text("vnda-headline", t.field_headline, f.headline, "text")}
                    {area("vnda-about", t.field_about, f.about)}
                    {text("vnda-post-title", t.field_post_title, f.post_title, "text")}
                    {area("vnda-post-body", t.field_post_body, f.post_body)}
                }.into_any(),
                Template::Contest => view! {
                    {text("vnda-entry-name", t.field_entry_name, f.project_name, "text")}
                    {area("vnda-entry-description", t.field_entry_description, f.project_description)}
                    {url_field("vnda-entry-url", t.field_entry_url, f.project_url)}
                    {text("vnda-team-name", t.field_team_name, f.team_name, "text")}
                    {text("vnda-school", t.field_school, f.organisation, "text")}
                    {text("vnda-technologies", t.field_technologies, f.skills, "text")}
                }.into_any(),
            }}
            {checked_field("vnda-email", t.field_email, f.email, "email", Some("email"), valid_email, t.email_invalid)}
            {suggestion.map(|address| view! {
                <p class="hint suggestion">{t.email_suggestion}" "<strong>{address}</strong>". "{t.email_note}</p>
            })}
            <fieldset class="field">
                <legend>{t.field_links}</legend>
                {url_field("vnda-link-url", t.field_link_url, f.link_url)}
            </fieldset>
        </div>

        // One labelled region: Tab skips the frame's links (inert) until the visitor
        // opens it to the keyboard.
        <section class="preview-region" aria-labelledby="vnda-preview-heading">
            <h4 id="vnda-preview-heading">{t.preview}</h4>
            <p class="hint" id="vnda-preview-hint">{t.preview_explore_hint}</p>
            <button type="button" class="secondary" aria-describedby="vnda-preview-hint"
                aria-pressed=move || explore.get().to_string()
                on:click=move |_| explore.update(|e| *e = !*e)>
                {t.preview_explore}
            </button>
            <iframe class="preview" sandbox="" title=t.preview_frame_title srcdoc=move || html.get() part="preview"
                inert=move || !explore.get()></iframe>
        </section>
        <div class="actions">
            <button type="button" class="primary" on:click=move |_| {
                let page = render(&input.get_untracked());
                let _ = download(&html_file_name(&domain.get_value()), "text/html;charset=utf-8", &page);
            }>{t.download_html}</button>
            <button type="button" class="secondary" on:click=move |_| {
                let resume = json_resume(&input.get_untracked());
                let _ = download(&json_file_name(&domain.get_value()), "application/json;charset=utf-8", &resume);
            }>{t.download_json}</button>
            <button type="button" class="secondary" on:click=move |_| {
                let page = render(&input.get_untracked());
                leptos::task::spawn_local(async move {
                    copied.set(Some(super::clipboard::copy(&page).await));
                });
            }>{t.copy_html}</button>
            <span role="status" class="copied">
                {move || copied.get().map(|ok| if ok { t.copied } else { j.lang.shell().copy_failed })}
            </span>
        </div>

        <h4>{t.publish.title}</h4>
        <p>{move || crate::starter::rename_step(j.lang, &domain.get_value())}</p>
        {text("vnda-github-user", t.publish.github_user_label, f.github_user, "text")}
        {move || PublishTarget::ALL.into_iter().map(|target| {
            let guide = publish_guide(j.lang, target, &domain.get_value(), &f.github_user.get());
            view! {
                <section class="guide">
                    <h5>{guide.title}</h5>
                    <ol>{guide.steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
                    {(!guide.records.is_empty()).then(|| view! {
                        <table>
                            <caption>{t.publish.records}</caption>
                            <thead><tr>
                                <th scope="col">{t.publish.record_type}</th>
                                <th scope="col">{t.publish.record_host}</th>
                                <th scope="col">{t.publish.record_value}</th>
                            </tr></thead>
                            <tbody>{guide.records.into_iter().map(|r| view! {
                                <tr><td>{r.kind}</td><td>{r.host}</td><td>{r.value}</td></tr>
                            }).collect_view()}</tbody>
                        </table>
                    })}
                </section>
            }
        }).collect_view()}
    }
}
