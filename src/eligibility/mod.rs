//! The eligibility rules engine: the visitor's answers as typed, the judged date and
//! the programme's rules in; an [`Outcome`] value out. No browser types.
//!
//! Order of judgement, most general first:
//! 1. the free window (it depends on nothing typed, so a closed offer is said before
//!    anyone is asked to fix a field; [`window_outcome`] gives it before any typing);
//! 2. the fields, in form order: every problem is listed, the first one names the
//!    reason (`missing-field`, `invalid-date`, `future-date`, `invalid-id`,
//!    `old-cmnd`, `id-birth-mismatch`, …, and `not-citizen` for the citizenship box);
//! 3. the rules: age (id.vn); enterprise age, then the first-biz.vn-name answer (biz.vn).
//!
//! Outside the offer the visitor is not stopped: the outcome carries the normal fee
//! and [`NextStep::ChooseNameAtFee`].

use crate::cccd::{self, BirthMismatch, CccdError, Province, Suspect};
use crate::date::{Date, DateError};
use crate::programme::{AgeBounds, Fee, Offer, Program, ProgrammeRules, Programmes, Window};
use crate::taxcode::{self, HouseholdCode, HouseholdCodeError, TaxCodeError};
use validator::{Validate, ValidationError, ValidationErrors};

/// Whether the visitor can get the free name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OutcomeKind {
    Eligible,
    NotEligible,
    NeedsInfo,
}

impl OutcomeKind {
    /// The `data-outcome` value.
    pub fn code(self) -> &'static str {
        match self {
            OutcomeKind::Eligible => "eligible",
            OutcomeKind::NotEligible => "not-eligible",
            OutcomeKind::NeedsInfo => "needs-info",
        }
    }
}

/// Why: the stable `data-reason` code of an outcome. Carries nothing personal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    /// Every rule is met.
    Eligible,
    /// Every rule is met, but one that is unconfirmed decides (id.vn at the upper
    /// age bound): likely eligible, the registrar confirms.
    LikelyEligible,
    TooYoung,
    TooOld,
    /// The citizenship box is not ticked: id.vn is for Vietnamese citizens.
    NotCitizen,
    /// The judged date is after the free window.
    ProgrammeClosed,
    /// The judged date is before the free window.
    ProgrammeNotStarted,
    /// The enterprise was founded more than the allowed time before the judged date.
    EnterpriseTooOld,
    /// The business already had a biz.vn name: only the first is free.
    NotFirstBizName,
    MissingField,
    InvalidName,
    InvalidDate,
    FutureDate,
    InvalidId,
    /// A 9-digit identity card number (CMND), no longer valid since 2025.
    OldCmnd,
    IdBirthMismatch,
    InvalidEmail,
    InvalidTaxCode,
}

impl Reason {
    pub const ALL: [Reason; 18] = [
        Reason::Eligible,
        Reason::LikelyEligible,
        Reason::TooYoung,
        Reason::TooOld,
        Reason::NotCitizen,
        Reason::ProgrammeClosed,
        Reason::ProgrammeNotStarted,
        Reason::EnterpriseTooOld,
        Reason::NotFirstBizName,
        Reason::MissingField,
        Reason::InvalidName,
        Reason::InvalidDate,
        Reason::FutureDate,
        Reason::InvalidId,
        Reason::OldCmnd,
        Reason::IdBirthMismatch,
        Reason::InvalidEmail,
        Reason::InvalidTaxCode,
    ];

    /// The `data-reason` value.
    pub fn code(self) -> &'static str {
        match self {
            Reason::Eligible => "eligible",
            Reason::LikelyEligible => "likely-eligible",
            Reason::TooYoung => "too-young",
            Reason::TooOld => "too-old",
            Reason::NotCitizen => "not-citizen",
            Reason::ProgrammeClosed => "programme-closed",
            Reason::ProgrammeNotStarted => "programme-not-started",
            Reason::EnterpriseTooOld => "enterprise-too-old",
            Reason::NotFirstBizName => "not-first-biz-name",
            Reason::MissingField => "missing-field",
            Reason::InvalidName => "invalid-name",
            Reason::InvalidDate => "invalid-date",
            Reason::FutureDate => "future-date",
            Reason::InvalidId => "invalid-id",
            Reason::OldCmnd => "old-cmnd",
            Reason::IdBirthMismatch => "id-birth-mismatch",
            Reason::InvalidEmail => "invalid-email",
            Reason::InvalidTaxCode => "invalid-tax-code",
        }
    }

    pub fn kind(self) -> OutcomeKind {
        match self {
            Reason::Eligible | Reason::LikelyEligible => OutcomeKind::Eligible,
            Reason::TooYoung
            | Reason::TooOld
            | Reason::NotCitizen
            | Reason::ProgrammeClosed
            | Reason::ProgrammeNotStarted
            | Reason::EnterpriseTooOld
            | Reason::NotFirstBizName => OutcomeKind::NotEligible,
            _ => OutcomeKind::NeedsInfo,
        }
    }

    /// What the visitor can do next.
    pub fn next_step(self) -> NextStep {
        match self.kind() {
            OutcomeKind::Eligible => NextStep::ChooseFreeName,
            OutcomeKind::NeedsInfo => NextStep::FixFields,
            OutcomeKind::NotEligible => match self {
                Reason::TooYoung | Reason::NotCitizen => NextStep::NoName,
                _ => NextStep::ChooseNameAtFee,
            },
        }
    }
}

/// Where the visitor goes from the outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// On to choosing a name, free for the programme's free years.
    ChooseFreeName,
    /// On to choosing a name at the normal fee: outside the offer is no dead end.
    ChooseNameAtFee,
    /// Correct the fields listed in the outcome.
    FixFields,
    /// No name under this programme for now (too young: come back on
    /// [`Details::eligible_from`]; not a citizen: other .vn names).
    NoName,
}

/// The form's fields, in form order (the order problems are listed and focused in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    FullName,
    BirthDate,
    CitizenId,
    Email,
    Citizenship,
    BusinessKind,
    BusinessName,
    TaxCode,
    Founded,
    FirstBizName,
}

impl Field {
    /// A stable name for the field (for element ids and tests).
    pub fn code(self) -> &'static str {
        match self {
            Field::FullName => "full-name",
            Field::BirthDate => "birth-date",
            Field::CitizenId => "citizen-id",
            Field::Email => "email",
            Field::Citizenship => "citizenship",
            Field::BusinessKind => "business-kind",
            Field::BusinessName => "business-name",
            Field::TaxCode => "tax-code",
            Field::Founded => "founded",
            Field::FirstBizName => "first-biz-name",
        }
    }
}

/// What is wrong with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    /// Required and empty.
    Missing,
    /// Far longer than any real value.
    TooLong,
    /// Not a plausible name or e-mail address.
    Invalid,
    Date(DateError),
    Id(CccdError),
    /// The citizen ID and the date of birth name different birth years; put on the
    /// field(s) that [`Suspect`] names.
    IdBirthMismatch(BirthMismatch),
    TaxCode(TaxCodeError),
    HouseholdCode(HouseholdCodeError),
    /// The citizenship box is not ticked.
    NotConfirmed,
}

impl FieldError {
    /// The reason an outcome gets when this is its first problem.
    pub fn reason(self, field: Field) -> Reason {
        match self {
            FieldError::Missing => Reason::MissingField,
            FieldError::TooLong | FieldError::Invalid => match field {
                Field::Email => Reason::InvalidEmail,
                Field::BirthDate | Field::Founded => Reason::InvalidDate,
                Field::CitizenId => Reason::InvalidId,
                Field::TaxCode => Reason::InvalidTaxCode,
                _ => Reason::InvalidName,
            },
            FieldError::Date(DateError::Future) => Reason::FutureDate,
            FieldError::Date(_) => Reason::InvalidDate,
            FieldError::Id(CccdError::OldCmnd)
            | FieldError::HouseholdCode(HouseholdCodeError::PersonalId(CccdError::OldCmnd)) => {
                Reason::OldCmnd
            }
            FieldError::Id(_) => Reason::InvalidId,
            FieldError::IdBirthMismatch(_) => Reason::IdBirthMismatch,
            FieldError::TaxCode(_) | FieldError::HouseholdCode(_) => Reason::InvalidTaxCode,
            FieldError::NotConfirmed => Reason::NotCitizen,
        }
    }
}

/// Something the visitor should know although it does not change the outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning {
    /// From this day (the upper-bound birthday) on, whether the visitor still
    /// qualifies is unconfirmed: the registrar decides.
    AgeLimitUnconfirmed { from: Date },
    /// An old-style household certificate number: the registrar may ask for the
    /// current code (the representative's personal ID number).
    OldCertificate,
    /// The visitor is not sure the business never had a biz.vn name: only the
    /// first is free, the registrar checks.
    FirstBizNameUnsure,
}

/// The facts an outcome's texts need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Details {
    /// The last day the visitor can register a free name (eligible outcomes): the
    /// window's end, or earlier when the age or enterprise limit comes first.
    pub free_until: Option<Date>,
    /// Days from the judged date to `free_until` (eligible outcomes): the outcome
    /// counts them down near the end (`programme::ENDING_SOON_DAYS`).
    pub days_left: Option<i64>,
    /// The first day the visitor could get a free name: the 18th birthday
    /// (too-young, when it falls inside the window) or the window's start.
    pub eligible_from: Option<Date>,
    pub window: Window,
    pub free_years: u8,
    /// The normal fee (outside the offer and after the free years).
    pub fee: Fee,
    pub age_bounds: Option<AgeBounds>,
    pub enterprise_max_age_years: Option<u32>,
    /// Where the citizen ID (or the household's personal ID code) was registered.
    pub province: Option<&'static Province>,
    pub warnings: Vec<Warning>,
}

/// The judgement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub program: Program,
    /// Always `reason.kind()`.
    pub kind: OutcomeKind,
    pub reason: Reason,
    /// Every problem, in form order, at most one per field.
    pub field_errors: Vec<(Field, FieldError)>,
    pub details: Details,
}

impl Details {
    /// The visitor's last free day, and the days left to it from `today`.
    fn set_free_until(&mut self, until: Date, today: Date) {
        self.free_until = Some(until);
        self.days_left = Some(today.days_until(until));
    }
}

impl Outcome {
    fn new(
        program: Program,
        reason: Reason,
        field_errors: Vec<(Field, FieldError)>,
        details: Details,
    ) -> Outcome {
        Outcome {
            program,
            kind: reason.kind(),
            reason,
            field_errors,
            details,
        }
    }

    pub fn next_step(&self) -> NextStep {
        self.reason.next_step()
    }
}

fn details(rules: &ProgrammeRules) -> Details {
    Details {
        free_until: None,
        days_left: None,
        eligible_from: None,
        window: rules.free_window,
        free_years: rules.free_years,
        fee: rules.fee,
        age_bounds: rules.age_bounds,
        enterprise_max_age_years: rules.enterprise_max_age_years,
        province: None,
        warnings: Vec::new(),
    }
}

/// The outcome that holds whatever the visitor types: the free window is not open
/// on `today`. `None` while it is open.
pub fn window_outcome(program: Program, programmes: &Programmes, today: Date) -> Option<Outcome> {
    let rules = programmes.get(program);
    let mut d = details(rules);
    let reason = match rules.offer_on(today) {
        Offer::Open { .. } => return None,
        Offer::Ended { .. } => Reason::ProgrammeClosed,
        Offer::NotStarted { from } => {
            d.eligible_from = Some(from);
            Reason::ProgrammeNotStarted
        }
    };
    Some(Outcome::new(program, reason, Vec::new(), d))
}

// ---------------------------------------------------------------------------
// The forms, as typed. Structure is checked with `validator` (lengths, required
// answers, name and e-mail shape); dates and numbers by this crate's parsers.

const CODE_MISSING: &str = "missing";
const CODE_TOO_LONG: &str = "too-long";
const CODE_INVALID: &str = "invalid";

/// The id.vn form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Validate)]
pub struct CitizenForm {
    #[validate(length(max = 100, code = "too-long"), custom(function = "person_name"))]
    pub full_name: String,
    /// `YYYY-MM-DD`, as a date input gives it.
    #[validate(length(max = 40, code = "too-long"))]
    pub birth_date: String,
    #[validate(length(max = 40, code = "too-long"))]
    pub citizen_id: String,
    /// Optional (used later for the CV page); checked when given.
    #[validate(length(max = 254, code = "too-long"), custom(function = "email"))]
    pub email: String,
    /// The visitor confirms being a Vietnamese citizen.
    pub citizenship_confirmed: bool,
}

/// What kind of business registers a biz.vn name. (`Serialize` only because
/// `validator`'s `required` rule records the value it checked.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum BusinessKind {
    Enterprise,
    Household,
}

/// An answer that may be "not sure".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Answer {
    Yes,
    No,
    NotSure,
}

/// The biz.vn form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Validate)]
pub struct BusinessForm {
    #[validate(required(code = "missing"))]
    pub kind: Option<BusinessKind>,
    #[validate(
        length(max = 200, code = "too-long"),
        custom(function = "business_name")
    )]
    pub business_name: String,
    /// Enterprise: the tax code; household business: its code in any form in use.
    #[validate(length(max = 40, code = "too-long"))]
    pub code: String,
    /// `YYYY-MM-DD`; required for enterprises, ignored when empty for households.
    #[validate(length(max = 40, code = "too-long"))]
    pub founded: String,
    /// "Is this the business's first biz.vn name?"
    #[validate(required(code = "missing"))]
    pub first_biz_name: Option<Answer>,
}

fn error(code: &'static str) -> ValidationError {
    ValidationError::new(code)
}

fn person_name(name: &str) -> Result<(), ValidationError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(error(CODE_MISSING));
    }
    let odd =
        |c: char| c.is_numeric() || c.is_control() || "@#$%^&*_=+<>{}[]|\\/~`\"!?;:".contains(c);
    if name.chars().any(odd) || !name.chars().any(char::is_alphabetic) {
        return Err(error(CODE_INVALID));
    }
    Ok(())
}

fn business_name(name: &str) -> Result<(), ValidationError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(error(CODE_MISSING));
    }
    if name.chars().any(char::is_control) || !name.chars().any(char::is_alphanumeric) {
        return Err(error(CODE_INVALID));
    }
    Ok(())
}

/// A plain shape check (`local@domain.tld`, no spaces), deliberately lenient: the
/// registrar verifies the address. Empty is fine (the field is optional).
fn email(address: &str) -> Result<(), ValidationError> {
    let address = address.trim();
    if address.is_empty() {
        return Ok(());
    }
    let ok = match address.split_once('@') {
        Some((local, domain)) => {
            let labels_ok = domain
                .split('.')
                .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
            !local.is_empty()
                && local.len() <= 64
                && domain.contains('.')
                && labels_ok
                && domain
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                && !local
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "@<>()[]\\,;:\"".contains(c))
        }
        None => false,
    };
    if ok {
        Ok(())
    } else {
        Err(error(CODE_INVALID))
    }
}

/// The collected field problems of one form.
#[derive(Default)]
struct Problems(Vec<(Field, FieldError)>);

impl Problems {
    fn from_validator(
        result: Result<(), ValidationErrors>,
        field: impl Fn(&str) -> Option<Field>,
    ) -> Problems {
        let mut problems = Problems::default();
        if let Err(errors) = result {
            for (key, list) in errors.field_errors() {
                let (Some(field), Some(first)) = (field(&key), list.first()) else {
                    continue;
                };
                let error = match first.code.as_ref() {
                    CODE_MISSING => FieldError::Missing,
                    CODE_TOO_LONG => FieldError::TooLong,
                    _ => FieldError::Invalid,
                };
                problems.add(field, error);
            }
        }
        problems
    }

    fn has(&self, field: Field) -> bool {
        self.0.iter().any(|(f, _)| *f == field)
    }

    /// Records a problem unless the field already has one.
    fn add(&mut self, field: Field, error: FieldError) {
        if !self.has(field) {
            self.0.push((field, error));
        }
    }

    /// Parses a field the validator let through, recording its error.
    fn check<T, E>(
        &mut self,
        field: Field,
        parsed: Result<T, E>,
        wrap: impl Fn(E) -> FieldError,
    ) -> Option<T> {
        if self.has(field) {
            return None;
        }
        parsed.map_err(|e| self.add(field, wrap(e))).ok()
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The needs-info outcome: the first problem in form order names the reason.
    /// (Only called with problems: a field either parses or records one.)
    fn into_outcome(mut self, program: Program, d: Details) -> Outcome {
        crate::sort::sort_by(&mut self.0, |a, b| a.0.cmp(&b.0));
        let reason = self
            .0
            .first()
            .map_or(Reason::MissingField, |&(field, error)| error.reason(field));
        Outcome::new(program, reason, self.0, d)
    }
}

fn date_field(typed: &str, today: Date) -> Result<Date, FieldError> {
    if typed.trim().is_empty() {
        return Err(FieldError::Missing);
    }
    Date::parse_past(typed, today).map_err(FieldError::Date)
}

fn cccd_error(e: CccdError) -> FieldError {
    match e {
        CccdError::Empty => FieldError::Missing,
        e => FieldError::Id(e),
    }
}

/// Judges the id.vn form on `today`.
pub fn judge_citizen(form: &CitizenForm, programmes: &Programmes, today: Date) -> Outcome {
    const PROGRAM: Program = Program::Id;
    if let Some(closed) = window_outcome(PROGRAM, programmes, today) {
        return closed;
    }
    let rules = programmes.get(PROGRAM);
    let mut d = details(rules);

    let mut problems = Problems::from_validator(form.validate(), |key| match key {
        "full_name" => Some(Field::FullName),
        "birth_date" => Some(Field::BirthDate),
        "citizen_id" => Some(Field::CitizenId),
        "email" => Some(Field::Email),
        _ => None,
    });
    let birth = problems.check(Field::BirthDate, date_field(&form.birth_date, today), |e| e);
    let id = problems.check(Field::CitizenId, cccd::parse(&form.citizen_id), cccd_error);
    if let (Some(birth), Some(id)) = (birth, id) {
        d.province = id.province();
        if let Err(mismatch) = id.check_birth(birth, today) {
            let error = FieldError::IdBirthMismatch(mismatch);
            if mismatch.suspect != Suspect::IdNumber {
                problems.add(Field::BirthDate, error);
            }
            if mismatch.suspect != Suspect::BirthDate {
                problems.add(Field::CitizenId, error);
            }
        }
    }
    if !form.citizenship_confirmed {
        problems.add(Field::Citizenship, FieldError::NotConfirmed);
    }
    let Some(birth) = birth.filter(|_| problems.is_empty()) else {
        return problems.into_outcome(PROGRAM, d);
    };

    let mut reason = Reason::Eligible;
    let mut free_until = rules.free_window.until;
    if let Some(bounds) = rules.age_bounds {
        let age = birth.full_years_until(today);
        if age < bounds.min {
            d.eligible_from = birth
                .anniversary(bounds.min)
                .filter(|&day| day <= rules.free_window.until);
            return Outcome::new(PROGRAM, Reason::TooYoung, Vec::new(), d);
        }
        if age > bounds.max {
            return Outcome::new(PROGRAM, Reason::TooOld, Vec::new(), d);
        }
        if let Some(last) = birth
            .anniversary(bounds.max.saturating_add(1))
            .and_then(Date::pred)
        {
            free_until = free_until.min(last);
        }
        if !bounds.max_confirmed {
            if age == bounds.max {
                reason = Reason::LikelyEligible;
            } else if let Some(from) = birth
                .anniversary(bounds.max)
                .filter(|&day| day <= free_until)
            {
                d.warnings.push(Warning::AgeLimitUnconfirmed { from });
            }
        }
    }
    d.set_free_until(free_until, today);
    Outcome::new(PROGRAM, reason, Vec::new(), d)
}

/// Judges the biz.vn form on `today`.
pub fn judge_business(form: &BusinessForm, programmes: &Programmes, today: Date) -> Outcome {
    const PROGRAM: Program = Program::Biz;
    if let Some(closed) = window_outcome(PROGRAM, programmes, today) {
        return closed;
    }
    let rules = programmes.get(PROGRAM);
    let mut d = details(rules);

    let mut problems = Problems::from_validator(form.validate(), |key| match key {
        "kind" => Some(Field::BusinessKind),
        "business_name" => Some(Field::BusinessName),
        "code" => Some(Field::TaxCode),
        "founded" => Some(Field::Founded),
        "first_biz_name" => Some(Field::FirstBizName),
        _ => None,
    });
    let founded_typed = !form.founded.trim().is_empty();
    let mut founded = None;
    match form.kind {
        Some(BusinessKind::Enterprise) => {
            let code = taxcode::parse(&form.code).map_err(|e| match e {
                TaxCodeError::Empty => FieldError::Missing,
                e => FieldError::TaxCode(e),
            });
            problems.check(Field::TaxCode, code, |e| e);
            founded = problems.check(Field::Founded, date_field(&form.founded, today), |e| e);
        }
        Some(BusinessKind::Household) => {
            let code = taxcode::parse_household(&form.code).map_err(|e| match e {
                HouseholdCodeError::Empty => FieldError::Missing,
                e => FieldError::HouseholdCode(e),
            });
            match problems.check(Field::TaxCode, code, |e| e) {
                Some(HouseholdCode::OldCertificate(_)) => d.warnings.push(Warning::OldCertificate),
                Some(HouseholdCode::PersonalId(id)) => d.province = id.province(),
                _ => {}
            }
            // No age limit for households: a date is only checked when given.
            if founded_typed {
                problems.check(Field::Founded, date_field(&form.founded, today), |e| e);
            }
        }
        // Which code to expect depends on the kind; until it is chosen, only say
        // what is missing.
        None => {
            if form.code.trim().is_empty() {
                problems.add(Field::TaxCode, FieldError::Missing);
            }
        }
    }
    if !problems.is_empty() {
        return problems.into_outcome(PROGRAM, d);
    }

    let mut free_until = rules.free_window.until;
    if let (Some(founded), Some(years)) = (founded, rules.enterprise_max_age_years) {
        // `None` only past year 9999: no limit then.
        if let Some(last) = founded.anniversary(years) {
            if today > last {
                return Outcome::new(PROGRAM, Reason::EnterpriseTooOld, Vec::new(), d);
            }
            free_until = free_until.min(last);
        }
    }
    match form.first_biz_name {
        Some(Answer::No) => return Outcome::new(PROGRAM, Reason::NotFirstBizName, Vec::new(), d),
        Some(Answer::NotSure) => d.warnings.push(Warning::FirstBizNameUnsure),
        _ => {}
    }
    d.set_free_until(free_until, today);
    Outcome::new(PROGRAM, Reason::Eligible, Vec::new(), d)
}

#[cfg(test)]
mod tests;
