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

/// The steps of the journey, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Programme,
    Eligibility,
    Names,
    Starter,
    Handoff,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Programme,
        Step::Eligibility,
        Step::Names,
        Step::Starter,
        Step::Handoff,
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
    pub starter: super::starter::Fields,
    /// RFC 8484 endpoints, tried in order.
    pub doh: StoredValue<Vec<String>>,
    /// The element the widget renders into (for focus and look-ups by id).
    pub root: StoredValue<HtmlElement, LocalStorage>,
    /// The host element, where events are dispatched.
    pub host: StoredValue<HtmlElement, LocalStorage>,
}

/// Whether this wasm holds assisted mode (its QR codes, slip, tally table, idle
/// wipe). The visitor's journey is also built without it (feature
/// `without-assisted`, tools/build.sh): the element module loads that wasm for
/// every widget that is not `mode="assisted"`, and the linker drops assisted
/// mode's code from it, since every use sits behind [`Journey::assisted`].
const ASSISTED_BUILT: bool = !cfg!(feature = "without-assisted");

impl Journey {
    /// `mode="assisted"`: one device, a queue of people. A constant `false` in a
    /// build without assisted mode, so its code is compiled out.
    pub fn assisted(&self) -> bool {
        ASSISTED_BUILT && self.mode_assisted
    }

    /// The steps this visitor goes through (no programme step when the host fixed it).
    pub fn steps(&self) -> Vec<Step> {
        Step::ALL
            .into_iter()
            .filter(|s| *s != Step::Programme || !self.program_fixed)
            .collect()
    }

    pub fn first_step(&self) -> Step {
        Step::first(self.program_fixed)
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
