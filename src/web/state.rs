//! One widget's state: what the visitor typed and where they are, kept in signals
//! for the whole journey so going back never loses anything. Provided as context.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::config::Config;
use crate::date::Date;
use crate::eligibility::{BusinessForm, CitizenForm, Outcome};
use crate::i18n::Lang;
use crate::programme::Program;
use crate::starter::Template;

/// The steps of the journey, in order: the name first, then the registrars, and
/// the visitor's page last (optional: built while the name is being granted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Programme,
    Eligibility,
    Names,
    Handoff,
    Starter,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Programme,
        Step::Eligibility,
        Step::Names,
        Step::Handoff,
        Step::Starter,
    ];

    /// Where the journey starts: the programme choice, unless the host fixed it.
    pub fn first(program_fixed: bool) -> Step {
        if program_fixed {
            Step::Eligibility
        } else {
            Step::Programme
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        let t = lang.shell();
        match self {
            Step::Programme => t.step_programme,
            Step::Eligibility => t.step_eligibility,
            Step::Names => t.step_names,
            Step::Starter => t.step_starter,
            Step::Handoff => t.step_handoff,
        }
    }
}

/// What the names step adds to the person's name.
#[derive(Clone, Copy)]
pub struct NameExtras {
    pub nickname: RwSignal<String>,
    pub word: RwSignal<String>,
    /// A label the visitor typed themselves.
    pub own: RwSignal<String>,
}

impl NameExtras {
    pub fn new() -> NameExtras {
        NameExtras {
            nickname: RwSignal::new(String::new()),
            word: RwSignal::new(String::new()),
            own: RwSignal::new(String::new()),
        }
    }

    /// By a stable name (for a kept draft).
    pub fn texts(&self) -> [(&'static str, RwSignal<String>); 3] {
        [
            ("nickname", self.nickname),
            ("word", self.word),
            ("ownLabel", self.own),
        ]
    }
}

#[derive(Clone, Copy)]
pub struct Journey {
    pub lang: Lang,
    /// The day eligibility is judged on.
    pub today: Date,
    /// Whether the host fixed the programme (the `program` attribute).
    pub program_fixed: bool,
    pub config: RwSignal<Config>,
    pub program: RwSignal<Option<Program>>,
    pub step: RwSignal<Step>,
    pub citizen: RwSignal<CitizenForm>,
    pub business: RwSignal<BusinessForm>,
    /// The last judgement, per programme form.
    pub outcome: RwSignal<Option<Outcome>>,
    /// The names step's optional inputs.
    pub name_extras: NameExtras,
    /// The domain chosen in the names step.
    pub chosen: RwSignal<Option<String>>,
    /// Whether the visitor asked to keep a draft in this tab.
    pub keeping: RwSignal<bool>,
    /// `mode="assisted"` was asked for: read it through [`Journey::assisted`].
    pub mode_assisted: bool,
    /// When the visitor last typed or clicked in the widget (ms since the epoch).
    pub last_activity: StoredValue<f64>,
    /// Counts for the helper's report (nothing personal), for this session.
    pub tally: RwSignal<crate::assisted::Tally>,
    /// The starter page's fields.
    pub starter: StarterFields,
    /// RFC 8484 endpoints, tried in order.
    pub doh: StoredValue<Vec<String>>,
    /// The element the widget renders into (for focus and look-ups by id).
    pub root: StoredValue<HtmlElement, LocalStorage>,
    /// The host element, where events are dispatched.
    pub host: StoredValue<HtmlElement, LocalStorage>,
}

#[cfg(all(feature = "without-assisted", feature = "only-assisted"))]
compile_error!("the features without-assisted and only-assisted exclude each other");

impl Journey {
    /// `mode="assisted"`: one device, a queue of people.
    ///
    /// tools/build.sh builds each language twice, and the element module loads the
    /// build that matches the element's `mode`: the visitor's journey (feature
    /// `without-assisted`) and assisted mode (feature `only-assisted`). There this
    /// is a constant, so the linker drops the other mode's code: assisted mode's QR
    /// encoder, slip and tally from the journey; the kept draft from assisted mode.
    /// Native builds and tests have both, chosen at run time.
    pub fn assisted(&self) -> bool {
        if cfg!(feature = "without-assisted") {
            false
        } else if cfg!(feature = "only-assisted") {
            true
        } else {
            self.mode_assisted
        }
    }

    /// The steps this visitor goes through (no programme step when the host fixed it;
    /// no page step in assisted mode, where the visitor builds it on their own phone).
    pub fn steps(&self) -> Vec<Step> {
        Step::ALL
            .into_iter()
            .filter(|s| *s != Step::Programme || !self.program_fixed)
            .filter(|s| *s != Step::Starter || !self.assisted())
            .collect()
    }

    pub fn first_step(&self) -> Step {
        Step::first(self.program_fixed)
    }

    /// Moves focus to the element with this id once the frame being drawn is on
    /// the screen, unless the visitor has moved focus in the meantime: a keyboard
    /// user who already tabbed to the next button and pressed Enter must not have
    /// the key land on a heading that took focus under them.
    pub fn focus_when_drawn(self, id: String) {
        let focused = move || {
            self.root
                .with_value(|root| root.query_selector(":focus").ok().flatten())
        };
        let before = focused();
        request_animation_frame(move || {
            let now = focused();
            if now.is_none() || now == before {
                self.focus(&id);
            }
        });
    }

    /// Moves focus to the element with this id inside the widget, if it exists.
    pub fn focus(&self, id: &str) {
        let found = self
            .root
            .with_value(|root| root.query_selector(&format!("#{id}")).ok().flatten());
        if let Some(el) = found.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
            let _ = el.focus();
        }
    }
}

/// Today's date on this device (local time), for when the host sets no `today`.
pub fn device_today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
    .unwrap_or(Date {
        year: 2026,
        month: 1,
        day: 1,
    })
}

/// What the visitor typed for their page (the optional last step), kept in
/// [`Journey`] so going back and forth loses nothing; `web::starter` renders it.
#[derive(Clone, Copy)]
pub struct StarterFields {
    pub(super) template: RwSignal<Template>,
    pub(super) headline: RwSignal<String>,
    pub(super) about: RwSignal<String>,
    pub(super) organisation: RwSignal<String>,
    pub(super) study: RwSignal<String>,
    pub(super) study_start: RwSignal<String>,
    pub(super) study_end: RwSignal<String>,
    pub(super) email: RwSignal<String>,
    pub(super) skills: RwSignal<String>,
    pub(super) project_name: RwSignal<String>,
    pub(super) project_description: RwSignal<String>,
    pub(super) project_url: RwSignal<String>,
    pub(super) link_url: RwSignal<String>,
    pub(super) post_title: RwSignal<String>,
    pub(super) post_body: RwSignal<String>,
    pub(super) team_name: RwSignal<String>,
    pub(super) github_user: RwSignal<String>,
}

impl StarterFields {
    /// The text fields by a stable name (for a kept draft).
    pub fn texts(&self) -> [(&'static str, RwSignal<String>); 16] {
        [
            ("headline", self.headline),
            ("about", self.about),
            ("organisation", self.organisation),
            ("study", self.study),
            ("studyStart", self.study_start),
            ("studyEnd", self.study_end),
            ("email", self.email),
            ("skills", self.skills),
            ("projectName", self.project_name),
            ("projectDescription", self.project_description),
            ("projectUrl", self.project_url),
            ("linkUrl", self.link_url),
            ("postTitle", self.post_title),
            ("postBody", self.post_body),
            ("teamName", self.team_name),
            ("githubUser", self.github_user),
        ]
    }

    pub fn template(&self) -> RwSignal<Template> {
        self.template
    }

    /// Empty fields; the e-mail and school come from what the host and visitor gave.
    pub fn new(organisation: String) -> StarterFields {
        StarterFields {
            template: RwSignal::new(Template::Cv),
            headline: RwSignal::new(String::new()),
            about: RwSignal::new(String::new()),
            organisation: RwSignal::new(organisation),
            study: RwSignal::new(String::new()),
            study_start: RwSignal::new(String::new()),
            study_end: RwSignal::new(String::new()),
            email: RwSignal::new(String::new()),
            skills: RwSignal::new(String::new()),
            project_name: RwSignal::new(String::new()),
            project_description: RwSignal::new(String::new()),
            project_url: RwSignal::new(String::new()),
            link_url: RwSignal::new(String::new()),
            post_title: RwSignal::new(String::new()),
            post_body: RwSignal::new(String::new()),
            team_name: RwSignal::new(String::new()),
            github_user: RwSignal::new(String::new()),
        }
    }
}
