//! The starter step: a CV / blog / contest page rendered by `crate::starter` from
//! what the visitor typed, previewed in an `<iframe sandbox="">` (no scripts, no
//! same-origin) and downloaded as real files.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::programme::Program;
use crate::starter::{
    html_file_name, json_file_name, json_resume, photo_file_name, publish_guide, render,
    render_preview, safe_url, sample, split_list, suggested_email, valid_email, Business,
    Certificate, Education, Experience, Hours, Language, Link, Offer, Project, PublishTarget,
    StarterInput, Template, Theme, MAX_PHOTO_BASE64,
};

use super::state::{Entry, EntryList, Journey, Kind, StarterFields};

/// The preview follows typing after this pause, so typing never waits for it.
const PREVIEW_DELAY: Duration = Duration::from_millis(250);

/// The photo's side at most, in pixels.
const PHOTO_SIDE: u32 = 400;

/// Takes a list's rows apart: each row's cells in its schema's order.
fn rows<T>(list: EntryList, make: fn(&mut Cells) -> T) -> Vec<T> {
    list.rows()
        .into_iter()
        .map(|r| make(&mut Cells(r.into_iter())))
        .collect()
}

/// One row's cells, taken in order.
struct Cells(std::vec::IntoIter<String>);

impl Cells {
    fn next(&mut self) -> String {
        self.0.next().unwrap_or_default()
    }
}

impl StarterFields {
    /// What the page is rendered from.
    fn input(&self, j: Journey, domain: &str) -> StarterInput {
        let template = self.template.get();
        let cv = template == Template::Cv;
        let business = template == Template::Business;
        let full_name = if business {
            self.business_name.get()
        } else {
            match j.program.get_untracked() {
                Some(Program::Biz) => j.business.with_untracked(|f| f.business_name.clone()),
                _ => j.citizen.with_untracked(|f| f.full_name.clone()),
            }
        };
        let link_url = self.link_url.get();
        let mut input = StarterInput {
            template,
            lang: j.lang,
            full_name,
            domain: domain.to_owned(),
            headline: self.headline.get(),
            about: self.about.get(),
            email: self.email.get(),
            links: (!link_url.trim().is_empty())
                .then(|| Link {
                    label: String::new(),
                    url: link_url,
                })
                .into_iter()
                .collect(),
            photo: self.photo.get(),
            theme: Theme::parse(&self.theme.get()).unwrap_or_default(),
            ..StarterInput::default()
        };
        match template {
            Template::Cv | Template::Blog | Template::Contest => {
                // Never the host's school on a business page.
                input.organisation = self.organisation.get();
                input.skills = split_list(&self.skills.get());
            }
            Template::Business => {}
        }
        if cv {
            input.education = rows(self.education, |c| Education {
                institution: c.next(),
                study: c.next(),
                start: c.next(),
                end: c.next(),
            });
            input.experience = rows(self.experience, |c| Experience {
                role: c.next(),
                organisation: c.next(),
                start: c.next(),
                end: c.next(),
                description: c.next(),
            });
            input.projects = rows(self.projects, |c| Project {
                name: c.next(),
                description: c.next(),
                url: c.next(),
            });
            input.languages = rows(self.languages, |c| Language {
                name: c.next(),
                fluency: c.next(),
            });
            input.certificates = rows(self.certificates, |c| Certificate {
                name: c.next(),
                issuer: c.next(),
                date: c.next(),
            });
        }
        match template {
            Template::Blog => {
                input.post_title = self.post_title.get();
                input.post_body = self.post_body.get();
            }
            Template::Contest => {
                input.team_name = self.team_name.get();
                input.entry = Project {
                    name: self.project_name.get(),
                    description: self.project_description.get(),
                    url: self.project_url.get(),
                };
            }
            Template::Business => {
                input.business = Business {
                    legal_name: self.legal_name.get(),
                    offers: rows(self.offers, |c| Offer {
                        name: c.next(),
                        price: c.next(),
                        description: c.next(),
                    }),
                    hours: (0..7u8)
                        .map(|day| Hours {
                            day,
                            opens: self.hours[usize::from(day) * 2].get(),
                            closes: self.hours[usize::from(day) * 2 + 1].get(),
                        })
                        .collect(),
                    address: self.address.get(),
                    phone: self.phone.get(),
                    zalo: self.zalo.get(),
                    facebook: self.facebook.get(),
                };
            }
            Template::Cv => {}
        }
        input
    }
}

/// Starts a real file download of `text` named `name` (a Blob URL on a temporary link).
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    download_url(name, &url)?;
    set_timeout(
        move || drop(web_sys::Url::revoke_object_url(&url)),
        Duration::from_secs(10),
    );
    Ok(())
}

/// Starts a download of what `url` (a Blob or data URL) holds, named `name`.
fn download_url(name: &str, url: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(url);
    a.set_download(name);
    a.click();
    Ok(())
}

/// Why a chosen file gave no photo.
enum PhotoError {
    NotImage,
    Unreadable,
}

/// The chosen file as the page's photo: decoded in the tab (`createImageBitmap`,
/// which no page CSP can refuse), its centre cropped square, at most
/// [`PHOTO_SIDE`] px, as a JPEG or WebP data URL (the smaller; WebP only where the
/// browser really encodes it). Nothing is sent anywhere.
async fn photo_from(file: web_sys::File) -> Result<String, PhotoError> {
    if !file.type_().starts_with("image/") {
        return Err(PhotoError::NotImage);
    }
    let unreadable = |_| PhotoError::Unreadable;
    let window = web_sys::window().ok_or(PhotoError::Unreadable)?;
    let promise = window
        .create_image_bitmap_with_blob(&file)
        .map_err(unreadable)?;
    let bitmap: web_sys::ImageBitmap = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(unreadable)?
        .dyn_into()
        .map_err(|_| PhotoError::Unreadable)?;
    let (w, h) = (bitmap.width(), bitmap.height());
    let side = w.min(h);
    if side == 0 {
        return Err(PhotoError::Unreadable);
    }
    let out = side.min(PHOTO_SIDE);
    let canvas: web_sys::HtmlCanvasElement = window
        .document()
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|c| c.dyn_into().ok())
        .ok_or(PhotoError::Unreadable)?;
    canvas.set_width(out);
    canvas.set_height(out);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or(PhotoError::Unreadable)?;
    // JPEG has no transparency: a transparent picture stands on white.
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, f64::from(out), f64::from(out));
    ctx.draw_image_with_image_bitmap_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
        &bitmap,
        f64::from((w - side) / 2),
        f64::from((h - side) / 2),
        f64::from(side),
        f64::from(side),
        0.0,
        0.0,
        f64::from(out),
        f64::from(out),
    )
    .map_err(unreadable)?;
    bitmap.close();
    // JPEG, not WebP even where it is smaller: the photo is also published beside
    // the page for link previews (og:image), and JPEG is what every crawler reads.
    // A lower quality if a busy picture comes out above what the page keeps.
    let mut best = String::new();
    for quality in [0.85, 0.7, 0.5] {
        best = canvas
            .to_data_url_with_type_and_encoder_options("image/jpeg", &JsValue::from_f64(quality))
            .unwrap_or_default();
        if best.len() <= MAX_PHOTO_BASE64 {
            break;
        }
    }
    if best.starts_with("data:image/") {
        Ok(best)
    } else {
        Err(PhotoError::Unreadable)
    }
}

/// What a field's value must pass, and what is said beside it when it does not.
type Check = (fn(&str) -> bool, &'static str);

/// A labelled one-line field; `check`: what a given value must pass, and what is
/// said beside the field when it does not; `hint`: the id of a hint it is
/// described by.
fn input_field(
    id: String,
    label: &'static str,
    value: RwSignal<String>,
    kind: &'static str,
    autocomplete: Option<&'static str>,
    check: Option<Check>,
    hint: Option<String>,
) -> AnyView {
    let error_id = format!("{id}-error");
    let rejected = move || {
        check.is_some_and(|(accepts, _)| {
            let v = value.get();
            !v.trim().is_empty() && !accepts(&v)
        })
    };
    let described = {
        let error_id = error_id.clone();
        move || {
            if rejected() {
                Some(
                    hint.as_ref()
                        .map_or(error_id.clone(), |h| format!("{h} {error_id}")),
                )
            } else {
                hint.clone()
            }
        }
    };
    view! {
        <div class="field" class:invalid=rejected>
            <label for=id.clone()>{label}</label>
            <input id=id type=kind autocomplete=autocomplete prop:value=move || value.get()
                aria-invalid=move || rejected().then_some("true")
                aria-describedby=described
                on:input:target=move |ev| value.set(ev.target().value())/>
            {move || rejected().then(|| view! {
                <p class="field-error" id=error_id.clone()>{check.map(|(_, m)| m)}</p>
            })}
        </div>
    }
    .into_any()
}

/// A labelled box of a few lines.
fn area_field(id: String, label: &'static str, value: RwSignal<String>) -> AnyView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <textarea id=id rows="3" prop:value=move || value.get()
                on:input:target=move |ev| value.set(ev.target().value())></textarea>
        </div>
    }
    .into_any()
}

fn url_ok(v: &str) -> bool {
    safe_url(v).is_some()
}

/// Says `message` in the step's polite live region (again, if it is what it said last).
fn say(announce: RwSignal<String>, message: String) {
    announce.update(|said| {
        *said = if *said == message {
            format!("{message}\u{a0}")
        } else {
            message
        }
    });
}

/// A text that follows what was typed (an entry's name in its buttons).
type Named = Arc<dyn Fn() -> String + Send + Sync>;
/// What a button does.
type Action = Arc<dyn Fn() + Send + Sync>;

/// One of an entry's buttons: `label` says which entry it acts on; `disabled`: at
/// that end already (still focusable, so focus can stay on it after a move).
fn entry_button(
    id: String,
    text: &'static str,
    label: Named,
    disabled: bool,
    act: Action,
) -> AnyView {
    view! {
        <button type="button" class="secondary small" id=id aria-label=move || label()
            aria-disabled=disabled.then_some("true") on:click=move |_| act()>{text}</button>
    }
    .into_any()
}

/// A repeatable list (education, experience, projects, languages, certificates,
/// products): its entries' fields as its schema says, and buttons to add, move and
/// remove entries, each naming the entry it acts on. Focus stays where the visitor
/// can go on; what happened is said politely. One function for every list.
fn entry_list(j: Journey, list: EntryList, announce: RwSignal<String>) -> AnyView {
    let t = j.lang.starter();
    let schema = list.schema;
    let key = schema.key;
    let noun = (schema.item)(t);
    let first_key = schema.columns.first().map_or("", |c| c.key);
    let hint_id = format!("vnda-{key}-hint");
    let has_dates = schema.columns.iter().any(|c| c.kind == Kind::Date);
    let add_id = format!("vnda-{key}-add");
    let (list_hint, add_button) = (hint_id.clone(), add_id.clone());
    // One entry, drawn at position `i` of `len` (the list is redrawn whole when an
    // entry comes, goes or moves, so both are fixed for the drawing).
    let row = move |i: usize, len: usize, e: Entry| {
        let id = e.id;
        let first = e.values.first().cloned();
        // "'Trường Đại học Trà Vinh'", or "education 2" while it has no name.
        let name: Named = Arc::new(move || {
            let typed = first.as_ref().map(|f| f.get()).unwrap_or_default();
            let typed = typed.trim();
            if typed.is_empty() {
                format!("{noun} {}", i + 1)
            } else {
                format!("'{typed}'")
            }
        });
        let fields = schema
            .columns
            .iter()
            .zip(e.values)
            .map(|(c, v)| {
                let fid = format!("vnda-{key}-{id}-{}", c.key);
                let label = (c.label)(t);
                let value = RwSignal::from(v);
                match c.kind {
                    Kind::Text => area_field(fid, label, value),
                    Kind::Url => input_field(
                        fid,
                        label,
                        value,
                        "url",
                        None,
                        Some((url_ok, t.url_rejected)),
                        None,
                    ),
                    Kind::Date => {
                        input_field(fid, label, value, "text", None, None, Some(hint_id.clone()))
                    }
                    Kind::Line => input_field(fid, label, value, "text", None, None, None),
                }
            })
            .collect_view();
        let label = |template: &'static str| -> Named {
            let name = name.clone();
            Arc::new(move || template.replace("{item}", &name()))
        };
        let button_id = move |what: &str| format!("vnda-{key}-{id}-{what}");
        let shift = |up: bool| -> Action {
            let name = name.clone();
            Arc::new(move || {
                if list.shift(id, up) {
                    let said = if up { t.moved_up } else { t.moved_down };
                    say(announce, said.replace("{item}", &name()));
                    j.focus_when_drawn(button_id(if up { "up" } else { "down" }));
                }
            })
        };
        let remove: Action = {
            let name = name.clone();
            let add_id = add_id.clone();
            Arc::new(move || {
                let said = t.removed.replace("{item}", &name());
                let before = list.remove(id);
                say(announce, said);
                j.focus_when_drawn(
                    before.map_or(add_id.clone(), |b| format!("vnda-{key}-{b}-{first_key}")),
                );
            })
        };
        view! {
            <li class="entry">
                {fields}
                <div class="entry-actions">
                    {entry_button(button_id("up"), t.up, label(t.move_up), i == 0, shift(true))}
                    {entry_button(button_id("down"), t.down, label(t.move_down), i + 1 == len, shift(false))}
                    {entry_button(button_id("remove"), t.remove, label(t.remove_item), false, remove)}
                </div>
            </li>
        }
    };
    let add = move |_| {
        let id = list.push();
        let n = list.entries.with_untracked(Vec::len);
        say(announce, t.added.replace("{item}", &format!("{noun} {n}")));
        j.focus_when_drawn(format!("vnda-{key}-{id}-{first_key}"));
    };
    view! {
        <fieldset class="field entries">
            <legend>{(schema.legend)(t)}</legend>
            // Only beside dates there are (not said twice on a new CV's page).
            {move || (has_dates && !list.entries.with(Vec::is_empty)).then(|| view! {
                <p class="hint" id=list_hint.clone()>{t.field_dates_hint}</p>
            })}
            <ol>
                // Redrawn whole when an entry comes, goes or moves (the values live in
                // the entries' signals; focus is put back by id): no keyed list's code.
                {move || {
                    let entries = list.entries.get();
                    let len = entries.len();
                    entries.into_iter().enumerate().map(|(i, e)| row(i, len, e)).collect_view()
                }}
            </ol>
            <button type="button" class="secondary" id=add_button on:click=add>
                {t.add}" "{noun}
            </button>
        </fieldset>
    }
    .into_any()
}

/// The business page's opening hours: a row per day, opens and closes as typed.
fn hours_table(j: Journey, hours: [RwSignal<String>; 14]) -> AnyView {
    let t = j.lang.starter();
    let cell = move |day: usize, end: usize, col: &'static str| {
        let value = hours[day * 2 + end];
        view! {
            <td><input type="text" id=format!("vnda-hours-{day}-{col}")
                aria-labelledby=format!("vnda-day-{day} vnda-hours-{col}")
                aria-describedby="vnda-hours-hint"
                prop:value=move || value.get()
                on:input:target=move |ev| value.set(ev.target().value())/></td>
        }
    };
    view! {
        <fieldset class="field hours">
            <legend>{t.field_hours}</legend>
            <p class="hint" id="vnda-hours-hint">{t.field_hours_hint}</p>
            <table>
                <thead><tr>
                    <th scope="col">{t.field_day}</th>
                    <th scope="col" id="vnda-hours-opens">{t.field_opens}</th>
                    <th scope="col" id="vnda-hours-closes">{t.field_closes}</th>
                </tr></thead>
                <tbody>{(0..7).map(|day| view! {
                    <tr>
                        <th scope="row" id=format!("vnda-day-{day}")>{t.days[day]}</th>
                        {cell(day, 0, "opens")}
                        {cell(day, 1, "closes")}
                    </tr>
                }).collect_view()}</tbody>
            </table>
            <button type="button" class="secondary" on:click=move |_| {
                for i in 2..14 {
                    hours[i].set(hours[i % 2].get_untracked());
                }
            }>{t.same_as_monday}</button>
        </fieldset>
    }
    .into_any()
}

#[component]
pub fn StarterStep(domain: String) -> impl IntoView {
    let j = expect_context::<Journey>();
    let t = j.lang.starter();
    let f = j.starter;
    // The e-mail typed in the eligibility step, unless one was typed here already;
    // the business's names likewise.
    let prefill = |field: RwSignal<String>, from: String| {
        if field.with_untracked(String::is_empty) {
            field.set(from);
        }
    };
    prefill(f.email, j.citizen.with_untracked(|c| c.email.clone()));
    if j.program.get_untracked() == Some(Program::Biz) {
        let name = j.business.with_untracked(|b| b.business_name.clone());
        prefill(f.business_name, name.clone());
        prefill(f.legal_name, name);
    }
    let domain = StoredValue::new(domain);
    // Until the visitor picks one, the programme's template: biz.vn, a business page.
    if !f.picked.get_untracked() {
        f.template.set(match j.program.get_untracked() {
            Some(Program::Biz) => Template::Business,
            _ => Template::Cv,
        });
    }
    let template = f.template;
    // No memo: the preview's pause already spares work, and a memo's comparison of
    // the whole input costs more wasm than it saves.
    let input = move || f.input(j, &domain.get_value());
    // The example instead of the visitor's page (their fields untouched).
    let example = RwSignal::new(false);

    // The preview (and the file) lag typing by PREVIEW_DELAY.
    let html = RwSignal::new(untrack(|| render_preview(&input())));
    // Whether the preview frame is in the Tab order (it is not until asked).
    let explore = RwSignal::new(false);
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        let next = if example.get() {
            sample(template.get(), j.lang)
        } else {
            input()
        };
        if first.is_none() {
            return;
        }
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        pending.set_value(
            set_timeout_with_handle(move || html.set(render_preview(&next)), PREVIEW_DELAY).ok(),
        );
    });
    // None: not tried yet; Some(false): the browser refused.
    let copied = RwSignal::new(None::<bool>);
    // What the lists' buttons did, said politely.
    let announce = RwSignal::new(String::new());
    let photo_error = RwSignal::new(String::new());

    let text = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        input_field(id.to_owned(), label, value, "text", None, None, None)
    };
    let area = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        area_field(id.to_owned(), label, value)
    };
    let url_field = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        input_field(
            id.to_owned(),
            label,
            value,
            "url",
            None,
            Some((url_ok, t.url_rejected)),
            None,
        )
    };
    let list = move |l: EntryList| entry_list(j, l, announce);
    let suggestion = suggested_email(&domain.get_value());

    let choose_photo =
        move |ev: leptos::ev::Targeted<web_sys::Event, web_sys::HtmlInputElement>| {
            let el = ev.target();
            let Some(file) = el.files().and_then(|l| l.get(0)) else {
                return;
            };
            // The same file chosen again is a change again.
            el.set_value("");
            leptos::task::spawn_local(async move {
                match photo_from(file).await {
                    Ok(url) => {
                        photo_error.set(String::new());
                        f.photo.set(url);
                    }
                    Err(PhotoError::NotImage) => photo_error.set(t.photo_not_image.to_owned()),
                    Err(PhotoError::Unreadable) => photo_error.set(t.photo_unreadable.to_owned()),
                }
            });
        };

    view! {
        <p>{t.step_intro}</p>
        <fieldset class="field radios">
            <legend>{t.template_label}</legend>
            {Template::ALL.into_iter().map(|tpl| {
                let (name, desc) = match tpl {
                    Template::Cv => (t.template_cv, t.template_cv_desc),
                    Template::Blog => (t.template_blog, t.template_blog_desc),
                    Template::Contest => (t.template_contest, t.template_contest_desc),
                    Template::Business => (t.template_business, t.template_business_desc),
                };
                let id = format!("vnda-template-{}", tpl.code());
                view! {
                    <div class="radio">
                        <input type="radio" name="vnda-template" id=id.clone() value=tpl.code()
                            prop:checked=move || template.get() == tpl
                            on:change=move |_| {
                                f.picked.set(true);
                                f.template.set(tpl);
                            }/>
                        <label for=id>{name}<span class="option-desc">" — "{desc}</span></label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
        <fieldset class="field radios themes">
            <legend>{t.theme_label}</legend>
            {Theme::ALL.into_iter().map(|theme| {
                let name = match theme {
                    Theme::Sea => t.theme_sea,
                    Theme::Forest => t.theme_forest,
                    Theme::Clay => t.theme_clay,
                };
                let id = format!("vnda-theme-{}", theme.code());
                view! {
                    <div class="radio">
                        <input type="radio" name="vnda-theme" id=id.clone() value=theme.code()
                            prop:checked=move || f.theme.with(|c| Theme::parse(c).unwrap_or_default()) == theme
                            on:change=move |_| f.theme.set(theme.code().to_owned())/>
                        <label for=id class=format!("swatch {}", theme.code())>{name}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
        <div class="starter-form">
            {move || match template.get() {
                Template::Cv => vec![
                    text("vnda-headline", t.field_headline, f.headline),
                    area("vnda-about", t.field_about, f.about),
                    text("vnda-organisation", t.field_organisation, f.organisation),
                    list(f.education),
                    list(f.experience),
                    list(f.projects),
                    text("vnda-skills", t.field_skills, f.skills),
                    list(f.languages),
                    list(f.certificates),
                ],
                Template::Blog => vec![
                    text("vnda-headline", t.field_headline, f.headline),
                    area("vnda-about", t.field_about, f.about),
                    text("vnda-post-title", t.field_post_title, f.post_title),
                    area("vnda-post-body", t.field_post_body, f.post_body),
                ],
                Template::Contest => vec![
                    text("vnda-entry-name", t.field_entry_name, f.project_name),
                    area("vnda-entry-description", t.field_entry_description, f.project_description),
                    url_field("vnda-entry-url", t.field_entry_url, f.project_url),
                    text("vnda-team-name", t.field_team_name, f.team_name),
                    text("vnda-school", t.field_school, f.organisation),
                    text("vnda-technologies", t.field_technologies, f.skills),
                ],
                Template::Business => vec![
                    input_field("vnda-business-name".into(), t.field_business_name, f.business_name, "text", Some("organization"), None, None),
                    text("vnda-legal-name", t.field_legal_name, f.legal_name),
                    text("vnda-headline", t.field_business_headline, f.headline),
                    area("vnda-about", t.field_business_about, f.about),
                    list(f.offers),
                    hours_table(j, f.hours),
                    input_field("vnda-address".into(), t.field_address, f.address, "text", Some("street-address"), None, None),
                    input_field("vnda-phone".into(), t.field_phone, f.phone, "tel", Some("tel"), None, None),
                    url_field("vnda-zalo", t.field_zalo, f.zalo),
                    url_field("vnda-facebook", t.field_facebook, f.facebook),
                ],
            }}
            <div class="field photo">
                <p class="file-pick">
                    <label for="vnda-photo">{t.field_photo}</label>
                    <input type="file" id="vnda-photo" class="visually-hidden" accept="image/*"
                        aria-describedby=move || if photo_error.with(String::is_empty) { "vnda-photo-hint" } else { "vnda-photo-hint vnda-photo-error" }
                        on:change:target=choose_photo/>
                </p>
                <p class="hint" id="vnda-photo-hint">{t.photo_hint}</p>
                {move || (!photo_error.with(String::is_empty)).then(|| view! { <p class="field-error" id="vnda-photo-error">{photo_error.get()}</p> })}
                {move || (!f.photo.with(String::is_empty)).then(|| {
                    let file = move || photo_file_name(&f.photo.get()).unwrap_or("photo.jpg");
                    view! {
                        <div class="photo-chosen">
                            <img class="thumb" src=move || f.photo.get() alt=t.photo_alt width="80" height="80"/>
                            <div class="actions">
                                <button type="button" class="secondary" on:click=move |_| {
                                    f.photo.set(String::new());
                                    j.focus_when_drawn("vnda-photo".to_owned());
                                }>{t.photo_remove}</button>
                                <button type="button" class="secondary" aria-describedby="vnda-photo-publish"
                                    on:click=move |_| { let _ = download_url(file(), &f.photo.get_untracked()); }>
                                    {t.photo_download}
                                </button>
                            </div>
                            <p class="hint" id="vnda-photo-publish">{move || t.photo_publish_hint.replace("{file}", file())}</p>
                        </div>
                    }
                })}
            </div>
            {input_field("vnda-email".into(), t.field_email, f.email, "email", Some("email"), Some((valid_email, t.email_invalid)), None)}
            {suggestion.map(|address| view! {
                <p class="hint suggestion">{t.email_suggestion}" "<strong>{address}</strong>". "{t.email_note}</p>
            })}
            <fieldset class="field">
                <legend>{t.field_links}</legend>
                {url_field("vnda-link-url", t.field_link_url, f.link_url)}
            </fieldset>
            <p class="visually-hidden" role="status" aria-live="polite">{move || announce.get()}</p>
        </div>

        // One labelled region: Tab skips the frame's links (inert) until the visitor
        // opens it to the keyboard.
        <section class="preview-region" aria-labelledby="vnda-preview-heading">
            <h4 id="vnda-preview-heading">{t.preview}</h4>
            <button type="button" class="secondary" id="vnda-example"
                on:click=move |_| example.update(|e| *e = !*e)>
                {move || if example.get() { t.sample_hide } else { t.sample_show }}
            </button>
            <p class="hint example-note" role="status">{move || example.get().then_some(t.sample_note)}</p>
            // Right before the frame: opened, the next Tab goes into it.
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
                let page = render(&input());
                let _ = download(&html_file_name(&domain.get_value()), "text/html;charset=utf-8", &page);
            }>{t.download_html}</button>
            <button type="button" class="secondary" on:click=move |_| {
                let resume = json_resume(&input());
                let _ = download(&json_file_name(&domain.get_value()), "application/json;charset=utf-8", &resume);
            }>{t.download_json}</button>
            <button type="button" class="secondary" on:click=move |_| {
                let page = render(&input());
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
        {move || f.photo.with(|p| crate::starter::photo_step(j.lang, p)).map(|s| view! { <p>{s}</p> })}
        {text("vnda-github-user", t.publish.github_user_label, f.github_user)}
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
