//! One widget's state: what the visitor typed and where they are, kept in signals
//! for the whole journey so going back never loses anything. Provided as context.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::config::Config;
use crate::date::Date;
use crate::eligibility::{BusinessForm, CitizenForm, Outcome};
use crate::i18n::starter::StarterTexts;
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

/// How an entry's field is typed and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One line.
    Line,
    /// A few lines (a `<textarea>`).
    Text,
    /// An address, checked by `starter::safe_url`.
    Url,
    /// A date as typed ("9/2022", "hiện tại"), with the list's hint.
    Date,
}

/// One field of a repeatable list's entries.
pub struct Column {
    /// Its stable name (element ids, the kept draft).
    pub key: &'static str,
    pub label: fn(&'static StarterTexts) -> &'static str,
    pub kind: Kind,
}

/// A repeatable list of the page (education, experience, …): what its entries hold.
pub struct Schema {
    /// Its stable name (element ids, the kept draft).
    pub key: &'static str,
    /// The list's heading.
    pub legend: fn(&'static StarterTexts) -> &'static str,
    /// An entry without a name, with its number: "education 2".
    pub item: fn(&'static StarterTexts) -> &'static str,
    pub columns: &'static [Column],
    /// Entries of a new form: one where most pages have one, none where many have none.
    pub initial: usize,
}

macro_rules! col {
    ($key:literal, $label:ident, $kind:ident) => {
        Column {
            key: $key,
            label: |t| t.$label,
            kind: Kind::$kind,
        }
    };
}

pub static EDUCATION: Schema = Schema {
    key: "education",
    legend: |t| t.field_education,
    item: |t| t.item_education,
    columns: &[
        col!("institution", field_institution, Line),
        col!("study", field_study, Line),
        col!("start", field_start, Date),
        col!("end", field_end, Date),
    ],
    initial: 1,
};
pub static EXPERIENCE: Schema = Schema {
    key: "experience",
    legend: |t| t.field_experience,
    item: |t| t.item_experience,
    columns: &[
        col!("role", field_role, Line),
        col!("organisation", field_employer, Line),
        col!("start", field_start, Date),
        col!("end", field_end, Date),
        col!("description", field_project_description, Text),
    ],
    initial: 0,
};
pub static PROJECTS: Schema = Schema {
    key: "projects",
    legend: |t| t.field_projects,
    item: |t| t.item_project,
    columns: &[
        col!("name", field_project_name, Line),
        col!("description", field_project_description, Text),
        col!("url", field_project_url, Url),
    ],
    initial: 1,
};
pub static LANGUAGES: Schema = Schema {
    key: "languages",
    legend: |t| t.field_languages,
    item: |t| t.item_language,
    columns: &[
        col!("name", field_language, Line),
        col!("fluency", field_fluency, Line),
    ],
    initial: 0,
};
pub static CERTIFICATES: Schema = Schema {
    key: "certificates",
    legend: |t| t.field_certificates,
    item: |t| t.item_certificate,
    columns: &[
        col!("name", field_certificate, Line),
        col!("issuer", field_issuer, Line),
        col!("date", field_date, Line),
    ],
    initial: 0,
};
pub static OFFERS: Schema = Schema {
    key: "offers",
    legend: |t| t.field_offers,
    item: |t| t.item_offer,
    columns: &[
        col!("name", field_offer_name, Line),
        col!("price", field_price, Line),
        col!("description", field_project_description, Text),
    ],
    initial: 1,
};

/// One entry of a list: its values in its schema's column order, and an id that
/// stays with it when it moves (element ids, focus). Reference-counted signals: an
/// entry outlives the view that drew it.
#[derive(Clone)]
pub struct Entry {
    pub id: u32,
    pub values: Vec<ArcRwSignal<String>>,
}

/// A repeatable list of entries, all of one [`Schema`]. One type for every list, so
/// the wasm holds one copy of its code.
#[derive(Clone, Copy)]
pub struct EntryList {
    pub schema: &'static Schema,
    pub entries: RwSignal<Vec<Entry>>,
    next: StoredValue<u32>,
}

impl EntryList {
    /// A list with its schema's initial empty entries.
    pub fn new(schema: &'static Schema) -> EntryList {
        let list = EntryList {
            schema,
            entries: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
        };
        list.set_rows(vec![Vec::new(); schema.initial]);
        list
    }

    fn entry(&self, row: &[String]) -> Entry {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        Entry {
            id,
            values: (0..self.schema.columns.len())
                .map(|i| ArcRwSignal::new(row.get(i).cloned().unwrap_or_default()))
                .collect(),
        }
    }

    /// Adds an empty entry at the end; its id.
    pub fn push(&self) -> u32 {
        let e = self.entry(&[]);
        let id = e.id;
        self.entries.update(|v| v.push(e));
        id
    }

    /// Where the entry `id` is.
    pub fn position(&self, id: u32) -> Option<usize> {
        self.entries.with(|v| v.iter().position(|e| e.id == id))
    }

    /// Swaps the entry `id` with the one before (`up`) or after it; `false` if it is
    /// at that end already.
    pub fn shift(&self, id: u32, up: bool) -> bool {
        let Some(i) = self.position(id) else {
            return false;
        };
        let len = self.entries.with_untracked(Vec::len);
        let j = if up { i.checked_sub(1) } else { Some(i + 1) };
        match j.filter(|j| *j < len) {
            Some(j) => {
                self.entries.update(|v| v.swap(i, j));
                true
            }
            None => false,
        }
    }

    /// Removes the entry `id`; the id of the one before it, if any.
    pub fn remove(&self, id: u32) -> Option<u32> {
        let i = self.position(id)?;
        let mut before = None;
        self.entries.update(|v| {
            v.remove(i);
            before = i.checked_sub(1).and_then(|k| v.get(k)).map(|e| e.id);
        });
        before
    }

    /// Every entry's values (tracked).
    pub fn rows(&self) -> Vec<Vec<String>> {
        self.entries.with(|v| {
            v.iter()
                .map(|e| e.values.iter().map(|s| s.get()).collect())
                .collect()
        })
    }

    /// Replaces every entry.
    pub fn set_rows(&self, rows: Vec<Vec<String>>) {
        let entries = rows.iter().map(|r| self.entry(r)).collect();
        self.entries.set(entries);
    }
}

/// What the visitor typed for their page (the optional last step), kept in
/// [`Journey`] so going back and forth loses nothing; `web::starter` renders it.
#[derive(Clone, Copy)]
pub struct StarterFields {
    pub(super) template: RwSignal<Template>,
    /// Whether the visitor picked the template; until then it is the programme's
    /// (biz.vn: a business page).
    pub(super) picked: RwSignal<bool>,
    /// The theme's code (`Theme::code`); empty: the default.
    pub(super) theme: RwSignal<String>,
    pub(super) headline: RwSignal<String>,
    pub(super) about: RwSignal<String>,
    pub(super) organisation: RwSignal<String>,
    pub(super) email: RwSignal<String>,
    pub(super) skills: RwSignal<String>,
    pub(super) link_url: RwSignal<String>,
    pub(super) post_title: RwSignal<String>,
    pub(super) post_body: RwSignal<String>,
    pub(super) team_name: RwSignal<String>,
    pub(super) github_user: RwSignal<String>,
    /// The contest entry (the CV's projects are a list).
    pub(super) project_name: RwSignal<String>,
    pub(super) project_description: RwSignal<String>,
    pub(super) project_url: RwSignal<String>,
    pub(super) business_name: RwSignal<String>,
    pub(super) legal_name: RwSignal<String>,
    pub(super) address: RwSignal<String>,
    pub(super) phone: RwSignal<String>,
    pub(super) zalo: RwSignal<String>,
    pub(super) facebook: RwSignal<String>,
    /// Opening hours, Monday to Sunday: opens, closes, opens, closes, …
    pub(super) hours: [RwSignal<String>; 14],
    /// The photo as a `data:image/…;base64` URL, made in the tab; empty: none.
    pub(super) photo: RwSignal<String>,
    pub(super) education: EntryList,
    pub(super) experience: EntryList,
    pub(super) projects: EntryList,
    pub(super) languages: EntryList,
    pub(super) certificates: EntryList,
    pub(super) offers: EntryList,
}

impl StarterFields {
    /// The text fields by a stable name (for a kept draft).
    pub fn texts(&self) -> Vec<(String, RwSignal<String>)> {
        let mut all: Vec<(String, RwSignal<String>)> = [
            ("headline", self.headline),
            ("about", self.about),
            ("organisation", self.organisation),
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
            ("businessName", self.business_name),
            ("legalName", self.legal_name),
            ("address", self.address),
            ("phone", self.phone),
            ("zalo", self.zalo),
            ("facebook", self.facebook),
            ("photo", self.photo),
            ("theme", self.theme),
        ]
        .into_iter()
        .map(|(k, s)| (k.to_owned(), s))
        .collect();
        for (i, s) in self.hours.iter().enumerate() {
            let end = if i % 2 == 0 { "opens" } else { "closes" };
            all.push((format!("hours.{}.{end}", i / 2), *s));
        }
        all
    }

    /// The repeatable lists.
    pub fn lists(&self) -> [EntryList; 6] {
        [
            self.education,
            self.experience,
            self.projects,
            self.languages,
            self.certificates,
            self.offers,
        ]
    }

    pub fn template(&self) -> RwSignal<Template> {
        self.template
    }

    pub fn picked(&self) -> RwSignal<bool> {
        self.picked
    }

    /// Empty fields; the e-mail and school come from what the host and visitor gave.
    pub fn new(organisation: String) -> StarterFields {
        let text = || RwSignal::new(String::new());
        let f = StarterFields {
            template: RwSignal::new(Template::Cv),
            picked: RwSignal::new(false),
            theme: text(),
            headline: text(),
            about: text(),
            organisation: RwSignal::new(organisation),
            email: text(),
            skills: text(),
            link_url: text(),
            post_title: text(),
            post_body: text(),
            team_name: text(),
            github_user: text(),
            project_name: text(),
            project_description: text(),
            project_url: text(),
            business_name: text(),
            legal_name: text(),
            address: text(),
            phone: text(),
            zalo: text(),
            facebook: text(),
            hours: std::array::from_fn(|_| text()),
            photo: text(),
            education: EntryList::new(&EDUCATION),
            experience: EntryList::new(&EXPERIENCE),
            projects: EntryList::new(&PROJECTS),
            languages: EntryList::new(&LANGUAGES),
            certificates: EntryList::new(&CERTIFICATES),
            offers: EntryList::new(&OFFERS),
        };
        f.preset_school();
        f
    }

    /// The host's school as the first education entry's, if that one is empty.
    pub fn preset_school(&self) {
        let school = self.organisation.get_untracked();
        self.education.entries.with_untracked(|v| {
            if let Some(first) = v.first().and_then(|e| e.values.first()) {
                if first.with_untracked(String::is_empty) {
                    first.set(school);
                }
            }
        });
    }
}
