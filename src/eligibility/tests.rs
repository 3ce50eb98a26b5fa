use super::*;
use crate::programme::builtin;
use std::collections::HashSet;

fn day(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

/// A judged date inside the built-in window.
const TODAY: &str = "2025-11-24";

fn citizen(birth: &str, id: &str) -> CitizenForm {
    CitizenForm {
        full_name: "Nguyễn Văn An".into(),
        birth_date: birth.into(),
        citizen_id: id.into(),
        email: String::new(),
        citizenship_confirmed: true,
    }
}

fn enterprise(code: &str, founded: &str) -> BusinessForm {
    BusinessForm {
        kind: Some(BusinessKind::Enterprise),
        business_name: "Công ty TNHH Ví Dụ".into(),
        code: code.into(),
        founded: founded.into(),
        first_biz_name: Some(Answer::Yes),
    }
}

fn household(code: &str) -> BusinessForm {
    BusinessForm {
        kind: Some(BusinessKind::Household),
        founded: String::new(),
        ..enterprise(code, "")
    }
}

/// The built-in rules with the free window running until `until` (as a host's
/// configuration would set it).
fn extended(until: &str) -> Programmes {
    let mut json: serde_json::Value = serde_json::from_str(crate::programme::BUILTIN_JSON).unwrap();
    for program in ["id", "biz"] {
        json[program]["freeWindow"]["until"] = until.into();
    }
    serde_json::from_value(json).unwrap()
}

struct Case {
    what: &'static str,
    today: &'static str,
    reason: Reason,
    outcome: Outcome,
}

fn citizen_case(
    what: &'static str,
    today: &'static str,
    form: CitizenForm,
    reason: Reason,
) -> Case {
    let outcome = judge_citizen(&form, &builtin(), day(today));
    Case {
        what,
        today,
        reason,
        outcome,
    }
}

fn business_case(
    what: &'static str,
    today: &'static str,
    form: BusinessForm,
    reason: Reason,
) -> Case {
    let outcome = judge_business(&form, &builtin(), day(today));
    Case {
        what,
        today,
        reason,
        outcome,
    }
}

fn cases() -> Vec<Case> {
    use Reason::*;
    let unticked = CitizenForm {
        citizenship_confirmed: false,
        ..citizen("2005-03-10", "084205001234")
    };
    let named = |name: &str| CitizenForm {
        full_name: name.into(),
        ..citizen("2005-03-10", "084205001234")
    };
    let mailed = |email: &str| CitizenForm {
        email: email.into(),
        ..citizen("2005-03-10", "084205001234")
    };
    let answered = |a| BusinessForm {
        first_biz_name: a,
        ..enterprise("0314409058", "2025-01-15")
    };
    vec![
        citizen_case(
            "aged 20",
            TODAY,
            citizen("2005-03-10", "084205001234"),
            Eligible,
        ),
        citizen_case(
            "18th birthday today",
            TODAY,
            citizen("2007-11-24", "084207001234"),
            Eligible,
        ),
        citizen_case(
            "18th birthday tomorrow",
            TODAY,
            citizen("2007-11-25", "084207001234"),
            TooYoung,
        ),
        citizen_case(
            "24th birthday today",
            TODAY,
            citizen("2001-11-24", "084201001234"),
            TooOld,
        ),
        citizen_case(
            "24th birthday tomorrow",
            TODAY,
            citizen("2001-11-25", "084201001234"),
            LikelyEligible,
        ),
        citizen_case(
            "window's first day",
            "2023-06-01",
            citizen("2003-01-01", "084203001234"),
            Eligible,
        ),
        citizen_case(
            "day before the window",
            "2023-05-31",
            citizen("2003-01-01", "084203001234"),
            ProgrammeNotStarted,
        ),
        citizen_case(
            "window's last day",
            "2026-12-31",
            citizen("2005-03-10", "084205001234"),
            Eligible,
        ),
        citizen_case(
            "day after the window",
            "2027-01-01",
            citizen("2005-03-10", "084205001234"),
            ProgrammeClosed,
        ),
        citizen_case(
            "future birth date",
            TODAY,
            citizen("2025-11-25", "084225001234"),
            FutureDate,
        ),
        citizen_case(
            "born before 1900",
            TODAY,
            citizen("1899-12-31", "084099001234"),
            InvalidDate,
        ),
        citizen_case(
            "no such day",
            TODAY,
            citizen("2005-02-29", "084205001234"),
            InvalidDate,
        ),
        citizen_case(
            "date typed day first",
            TODAY,
            citizen("10/03/2005", "084205001234"),
            Eligible,
        ),
        citizen_case(
            "date typed month first",
            TODAY,
            citizen("03/15/2005", "084205001234"),
            InvalidDate,
        ),
        citizen_case("nothing typed", TODAY, CitizenForm::default(), MissingField),
        citizen_case("box not ticked", TODAY, unticked, NotCitizen),
        citizen_case(
            "ID with spaces",
            TODAY,
            citizen("2005-03-10", "084 205 001 234"),
            Eligible,
        ),
        citizen_case(
            "ID in full-width digits",
            TODAY,
            citizen("2005-03-10", "０８４２０５００１２３４"),
            Eligible,
        ),
        citizen_case(
            "province 000",
            TODAY,
            citizen("2005-03-10", "000205001234"),
            InvalidId,
        ),
        citizen_case(
            "11 digits",
            TODAY,
            citizen("2005-03-10", "08420500123"),
            InvalidId,
        ),
        citizen_case(
            "old 9-digit CMND",
            TODAY,
            citizen("2005-03-10", "381234567"),
            OldCmnd,
        ),
        citizen_case(
            "century mismatch",
            TODAY,
            citizen("2005-03-10", "084005001234"),
            IdBirthMismatch,
        ),
        citizen_case(
            "year mismatch",
            TODAY,
            citizen("2005-03-10", "084204001234"),
            IdBirthMismatch,
        ),
        citizen_case("digits in the name", TODAY, named("An 123"), InvalidName),
        citizen_case(
            "a 10,000-character name",
            TODAY,
            named(&"A".repeat(10_000)),
            InvalidName,
        ),
        citizen_case("e-mail without domain", TODAY, mailed("an@"), InvalidEmail),
        citizen_case(
            "e-mail given",
            TODAY,
            mailed(" an.nguyen@example.vn "),
            Eligible,
        ),
        business_case(
            "enterprise founded this year",
            TODAY,
            enterprise("0314409058", "2025-01-15"),
            Eligible,
        ),
        business_case(
            "founded exactly 1 year ago",
            TODAY,
            enterprise("0100233488", "2024-11-24"),
            Eligible,
        ),
        business_case(
            "founded 1 year and 1 day ago",
            TODAY,
            enterprise("0100233488", "2024-11-23"),
            EnterpriseTooOld,
        ),
        business_case(
            "founded in the future",
            TODAY,
            enterprise("0100233488", "2025-11-25"),
            FutureDate,
        ),
        business_case(
            "branch code",
            TODAY,
            enterprise("0314409058-002", "2025-01-15"),
            Eligible,
        ),
        business_case(
            "wrong check digit",
            TODAY,
            enterprise("0314409059", "2025-01-15"),
            InvalidTaxCode,
        ),
        business_case(
            "serial 0000000",
            TODAY,
            enterprise("0100000009", "2025-01-15"),
            InvalidTaxCode,
        ),
        business_case(
            "branch 000",
            TODAY,
            enterprise("0314409058-000", "2025-01-15"),
            InvalidTaxCode,
        ),
        business_case(
            "founding date missing",
            TODAY,
            enterprise("0314409058", ""),
            MissingField,
        ),
        business_case(
            "not the first biz.vn name",
            TODAY,
            answered(Some(Answer::No)),
            NotFirstBizName,
        ),
        business_case(
            "not sure about the first name",
            TODAY,
            answered(Some(Answer::NotSure)),
            Eligible,
        ),
        business_case("question unanswered", TODAY, answered(None), MissingField),
        business_case(
            "household, personal ID",
            TODAY,
            household("087084000999"),
            Eligible,
        ),
        business_case(
            "household, tax code",
            TODAY,
            household("0314409058-001"),
            Eligible,
        ),
        business_case(
            "household, old certificate",
            TODAY,
            household("01R8017431"),
            Eligible,
        ),
        business_case(
            "household, old CMND",
            TODAY,
            household("381234567"),
            OldCmnd,
        ),
        business_case(
            "household, unknown form",
            TODAY,
            household("ABC"),
            InvalidTaxCode,
        ),
        business_case(
            "kind not chosen",
            TODAY,
            BusinessForm::default(),
            MissingField,
        ),
        business_case(
            "biz window closed",
            "2026-01-01",
            enterprise("0314409058", "2025-06-01"),
            ProgrammeClosed,
        ),
    ]
}

#[test]
fn each_case_gets_its_reason_and_every_reason_is_reachable() {
    let mut reached = HashSet::new();
    for case in cases() {
        let o = &case.outcome;
        assert_eq!(
            o.reason, case.reason,
            "{} (on {}): {o:#?}",
            case.what, case.today
        );
        assert_eq!(o.kind, o.reason.kind(), "{}", case.what);
        assert_eq!(
            o.kind == OutcomeKind::NeedsInfo,
            o.next_step() == NextStep::FixFields,
            "{}",
            case.what
        );
        if o.kind == OutcomeKind::NeedsInfo {
            assert!(
                !o.field_errors.is_empty(),
                "{}: a needs-info outcome points at a field",
                case.what
            );
        }
        reached.insert(o.reason);
    }
    let missing: Vec<_> = Reason::ALL
        .iter()
        .filter(|r| !reached.contains(r))
        .map(|r| r.code())
        .collect();
    assert!(missing.is_empty(), "no test reaches {missing:?}");
}

#[test]
fn reason_codes_are_stable_distinct_kebab_case() {
    let codes: HashSet<_> = Reason::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(codes.len(), Reason::ALL.len());
    for code in codes {
        assert!(
            code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{code}"
        );
    }
    assert_eq!(Reason::IdBirthMismatch.code(), "id-birth-mismatch");
    assert_eq!(Reason::ProgrammeClosed.kind().code(), "not-eligible");
    assert_eq!(Reason::MissingField.kind().code(), "needs-info");
    assert_eq!(Reason::LikelyEligible.kind().code(), "eligible");
}

#[test]
fn an_eligible_citizen_learns_until_when_and_where_the_id_was_registered() {
    let o = judge_citizen(
        &citizen("2005-03-10", "084205001234"),
        &builtin(),
        day(TODAY),
    );
    assert_eq!(o.details.free_until, Some(day("2026-12-31")));
    assert_eq!(o.details.days_left, Some(402));
    let p = o.details.province.unwrap();
    assert_eq!((p.name, p.current), ("Trà Vinh", "Vĩnh Long"));
    assert_eq!(o.next_step(), NextStep::ChooseFreeName);
    assert!(o.details.warnings.is_empty());
}

#[test]
fn the_free_offer_ends_the_day_before_the_24th_birthday() {
    let o = judge_citizen(
        &citizen("2001-11-25", "084201001234"),
        &builtin(),
        day(TODAY),
    );
    assert_eq!(
        (o.reason, o.details.free_until),
        (Reason::LikelyEligible, Some(day("2025-11-24")))
    );
    // 22 now, 23 before the window ends: told from when the registrar decides.
    let o = judge_citizen(
        &citizen("2002-12-01", "084202001234"),
        &builtin(),
        day(TODAY),
    );
    assert_eq!(o.reason, Reason::Eligible);
    assert_eq!(
        o.details.warnings,
        vec![Warning::AgeLimitUnconfirmed {
            from: day("2025-12-01")
        }]
    );
}

#[test]
fn a_confirmed_upper_bound_makes_23_year_olds_plainly_eligible() {
    let mut rules = builtin();
    rules.id.age_bounds = Some(AgeBounds {
        min: 18,
        max: 23,
        max_confirmed: true,
    });
    let o = judge_citizen(&citizen("2001-11-25", "084201001234"), &rules, day(TODAY));
    assert_eq!(o.reason, Reason::Eligible);
    let o = judge_citizen(&citizen("2002-12-01", "084202001234"), &rules, day(TODAY));
    assert!(o.details.warnings.is_empty());
}

#[test]
fn too_young_visitors_learn_when_to_come_back_if_the_window_is_still_open() {
    let o = judge_citizen(
        &citizen("2007-11-25", "084207001234"),
        &builtin(),
        day(TODAY),
    );
    assert_eq!(
        (o.details.eligible_from, o.next_step()),
        (Some(day("2025-11-25")), NextStep::NoName)
    );
    let o = judge_citizen(
        &citizen("2009-06-01", "084209001234"),
        &builtin(),
        day(TODAY),
    );
    assert_eq!(
        (o.reason, o.details.eligible_from),
        (Reason::TooYoung, None)
    );
    // Turning 18 inside the window: told the day.
    let o = judge_citizen(
        &citizen("2008-06-01", "084208001234"),
        &builtin(),
        day(TODAY),
    );
    assert_eq!(
        (o.reason, o.details.eligible_from),
        (Reason::TooYoung, Some(day("2026-06-01")))
    );
}

#[test]
fn leap_day_births_turn_18_on_1_march_in_common_years_and_24_on_29_february_in_leap_years() {
    let rules = extended("2030-12-31");
    let born_2008 = citizen("2008-02-29", "084208001234");
    let table = [
        (&born_2008, "2026-02-28", Reason::TooYoung),
        (&born_2008, "2026-03-01", Reason::Eligible),
    ];
    for (form, today, reason) in table {
        assert_eq!(
            judge_citizen(form, &rules, day(today)).reason,
            reason,
            "{today}"
        );
    }
    assert_eq!(
        judge_citizen(&born_2008, &rules, day("2026-02-28"))
            .details
            .eligible_from,
        Some(day("2026-03-01"))
    );
    let born_2004 = citizen("2004-02-29", "084204001234");
    assert_eq!(
        judge_citizen(&born_2004, &rules, day("2028-02-28")).reason,
        Reason::LikelyEligible
    );
    assert_eq!(
        judge_citizen(&born_2004, &rules, day("2028-02-29")).reason,
        Reason::TooOld
    );
}

#[test]
fn a_host_extends_the_window_by_configuration_alone() {
    let form = citizen("2005-03-10", "084205001234");
    assert_eq!(
        judge_citizen(&form, &builtin(), day("2027-01-05")).reason,
        Reason::ProgrammeClosed
    );
    let o = judge_citizen(&form, &extended("2027-12-31"), day("2027-01-05"));
    assert_eq!(
        (o.reason, o.details.free_until),
        (Reason::Eligible, Some(day("2027-12-31")))
    );
}

#[test]
fn a_closed_window_is_no_dead_end_and_is_said_before_any_typing() {
    let rules = builtin();
    // (the window's last day, the day after) in the built-in data
    let ends = [
        (Program::Id, "2026-12-31", "2027-01-01"),
        (Program::Biz, "2025-12-31", "2026-01-01"),
    ];
    for (program, last, after) in ends {
        let o = window_outcome(program, &rules, day(after)).unwrap();
        assert_eq!(
            (o.reason, o.next_step()),
            (Reason::ProgrammeClosed, NextStep::ChooseNameAtFee)
        );
        assert_eq!(o.details.fee, rules.get(program).fee);
        assert!(window_outcome(program, &rules, day(last)).is_none());
        let early = window_outcome(program, &rules, day("2023-05-31")).unwrap();
        assert_eq!(early.details.eligible_from, Some(day("2023-06-01")));
    }
    // Closed: the empty form is not sent back for fixing.
    assert_eq!(
        judge_citizen(&CitizenForm::default(), &rules, day("2027-01-01")).reason,
        Reason::ProgrammeClosed
    );
    let too_old = judge_citizen(&citizen("2001-11-24", "084201001234"), &rules, day(TODAY));
    assert_eq!(too_old.next_step(), NextStep::ChooseNameAtFee);
    assert_eq!(
        too_old.details.fee,
        Fee {
            registration: 10_000,
            yearly: 50_000
        }
    );
}

#[test]
fn every_problem_is_listed_in_form_order_and_the_first_names_the_reason() {
    let form = CitizenForm {
        full_name: String::new(),
        birth_date: "2030-01-01".into(),
        citizen_id: "123".into(),
        email: "not an address".into(),
        citizenship_confirmed: false,
    };
    let o = judge_citizen(&form, &builtin(), day(TODAY));
    assert_eq!(o.reason, Reason::MissingField);
    assert_eq!(
        o.field_errors,
        vec![
            (Field::FullName, FieldError::Missing),
            (Field::BirthDate, FieldError::Date(DateError::Future)),
            (Field::CitizenId, FieldError::Id(CccdError::Length(3))),
            (Field::Email, FieldError::Invalid),
            (Field::Citizenship, FieldError::NotConfirmed),
        ]
    );
    let o = judge_business(&BusinessForm::default(), &builtin(), day(TODAY));
    let fields: Vec<Field> = o.field_errors.iter().map(|(f, _)| *f).collect();
    assert_eq!(
        fields,
        [
            Field::BusinessKind,
            Field::BusinessName,
            Field::TaxCode,
            Field::FirstBizName
        ]
    );
}

#[test]
fn a_mismatch_points_at_the_field_with_the_likely_typo() {
    let rules = builtin();
    let fields = |form: CitizenForm| -> Vec<Field> {
        judge_citizen(&form, &rules, day(TODAY))
            .field_errors
            .iter()
            .map(|(f, _)| *f)
            .collect()
    };
    // The century digit says 1905, the date 2005: the ID number.
    assert_eq!(
        fields(citizen("2005-03-10", "084005001234")),
        [Field::CitizenId]
    );
    // 2004 against 2005: either one.
    assert_eq!(
        fields(citizen("2005-03-10", "084204001234")),
        [Field::BirthDate, Field::CitizenId]
    );
    // A birth date 120 years back against a plausible ID: the date.
    assert_eq!(
        fields(citizen("1905-03-10", "084205001234")),
        [Field::BirthDate]
    );
}

#[test]
fn business_outcomes_carry_deadlines_fees_and_warnings() {
    let rules = builtin();
    let judge = |form: BusinessForm, today: &str| judge_business(&form, &rules, day(today));
    let o = judge(enterprise("0100233488", "2024-11-24"), TODAY);
    assert_eq!(o.details.free_until, Some(day("2025-11-24")));
    let o = judge(enterprise("0100233488", "2024-11-23"), TODAY);
    assert_eq!(
        (o.next_step(), o.details.fee),
        (
            NextStep::ChooseNameAtFee,
            Fee {
                registration: 100_000,
                yearly: 250_000
            }
        )
    );
    // Founded on 29 February: a full year is reached on 1 March.
    assert_eq!(
        judge(enterprise("0100233488", "2024-02-29"), "2025-03-01").reason,
        Reason::Eligible
    );
    assert_eq!(
        judge(enterprise("0100233488", "2024-02-29"), "2025-03-02").reason,
        Reason::EnterpriseTooOld
    );
    assert_eq!(
        judge(household("01R8017431"), TODAY).details.warnings,
        [Warning::OldCertificate]
    );
    let unsure = BusinessForm {
        first_biz_name: Some(Answer::NotSure),
        ..enterprise("0314409058", "2025-01-15")
    };
    assert_eq!(
        judge(unsure, TODAY).details.warnings,
        [Warning::FirstBizNameUnsure]
    );
    let p = judge(household("087084000999"), TODAY)
        .details
        .province
        .unwrap();
    assert_eq!(p.name, "Đồng Tháp");
    // Households have no age limit, whatever founding date is given.
    let old = BusinessForm {
        founded: "1995-05-05".into(),
        ..household("0314409058")
    };
    assert_eq!(judge(old, TODAY).reason, Reason::Eligible);
    let future = BusinessForm {
        founded: "2030-05-05".into(),
        ..household("0314409058")
    };
    assert_eq!(judge(future, TODAY).reason, Reason::FutureDate);
}

#[test]
fn which_e_mail_addresses_pass_the_shape_check() {
    let judged = |email: &str| {
        let form = CitizenForm {
            email: email.into(),
            ..citizen("2005-03-10", "084205001234")
        };
        judge_citizen(&form, &builtin(), day(TODAY))
    };
    let local64 = format!("{}@tvu.edu.vn", "a".repeat(64));
    let local65 = format!("{}@tvu.edu.vn", "a".repeat(65));
    for accepted in [
        "sv.nguyen@tvu.edu.vn",
        "an+web@gmail.com",
        "an@tra-vinh.edu.vn",
        "an@xn--tnmin-hsa.vn",
        "an@trường.vn",
        "  an@tvu.edu.vn ",
        local64.as_str(),
        "",
    ] {
        let o = judged(accepted);
        assert_eq!(o.reason, Reason::Eligible, "{accepted:?}: {o:#?}");
    }
    for refused in [
        "a@b..vn",
        "a@.b.vn",
        "a@b.vn.",
        "a@-b.vn",
        "a@b-.vn",
        "a@b.-vn",
        "a b@c.vn",
        "a	b@c.vn",
        "a<b@c.vn",
        "a,b@c.vn",
        "\"a\"@c.vn",
        "a@b c.vn",
        "a@b_c.vn",
        "a@b/c.vn",
        "a@b@c.vn",
        "a@b",
        "@c.vn",
        "a@",
        "an.nguyen.gmail.com",
        local65.as_str(),
    ] {
        let o = judged(refused);
        assert_eq!(
            (o.reason, o.field_errors.as_slice()),
            (
                Reason::InvalidEmail,
                &[(Field::Email, FieldError::Invalid)][..]
            ),
            "{refused:?}"
        );
    }
}

#[test]
fn which_names_pass_and_the_reason_for_those_that_do_not() {
    let person = |name: &str| {
        let form = CitizenForm {
            full_name: name.into(),
            ..citizen("2005-03-10", "084205001234")
        };
        judge_citizen(&form, &builtin(), day(TODAY))
    };
    for accepted in [
        "Nguyễn Văn An",
        "Thạch Thị Sa Rươne",
        "Lê-Anh O'Neil",
        "Trần V. Bình",
    ] {
        assert_eq!(person(accepted).reason, Reason::Eligible, "{accepted:?}");
    }
    for refused in [
        "An 123",
        "An2",
        "Ⅻ An",
        "An\u{7}Bình",
        "An@Bình",
        "An_Bình",
        "---",
        "   .",
    ] {
        let o = person(refused);
        assert_eq!(
            (o.reason, o.field_errors.as_slice()),
            (
                Reason::InvalidName,
                &[(Field::FullName, FieldError::Invalid)][..]
            ),
            "{refused:?}"
        );
    }
    let business = |name: &str| {
        let form = BusinessForm {
            business_name: name.into(),
            ..enterprise("0314409058", "2025-01-15")
        };
        judge_business(&form, &builtin(), day(TODAY))
    };
    for accepted in ["Công ty TNHH Ví Dụ", "Cà phê 1989", "24/7"] {
        assert_eq!(business(accepted).reason, Reason::Eligible, "{accepted:?}");
    }
    for refused in ["---", "“…”", "Tiệm\u{0}Bánh"] {
        let o = business(refused);
        assert_eq!(
            (o.reason, o.field_errors.as_slice()),
            (
                Reason::InvalidName,
                &[(Field::BusinessName, FieldError::Invalid)][..]
            ),
            "{refused:?}"
        );
    }
    assert_eq!(business("   ").reason, Reason::MissingField);
}

#[test]
fn a_pasted_paragraph_is_far_too_long_in_every_field_told_once_with_its_reason() {
    const PARAGRAPH: &str =
        "Xin chào, tôi sinh ngày 10/03/2005 tại Trà Vinh, số CCCD 084205001234.";
    // One message on the field ("far too long"), not a second one from reading it.
    let citizen_fields = [
        (Field::FullName, Reason::InvalidName),
        (Field::BirthDate, Reason::InvalidDate),
        (Field::CitizenId, Reason::InvalidId),
        (Field::Email, Reason::InvalidEmail),
    ];
    for (field, reason) in citizen_fields {
        let mut form = citizen("2005-03-10", "084205001234");
        match field {
            Field::FullName => form.full_name = "An ".repeat(40),
            Field::BirthDate => form.birth_date = PARAGRAPH.into(),
            Field::CitizenId => form.citizen_id = PARAGRAPH.into(),
            _ => form.email = format!("an@{}vn", "tvu.".repeat(63)),
        }
        let o = judge_citizen(&form, &builtin(), day(TODAY));
        assert_eq!(
            (o.reason, o.field_errors),
            (reason, vec![(field, FieldError::TooLong)]),
            "{field:?}"
        );
    }
    let business_fields = [
        (Field::BusinessName, Reason::InvalidName),
        (Field::TaxCode, Reason::InvalidTaxCode),
        (Field::Founded, Reason::InvalidDate),
    ];
    for (field, reason) in business_fields {
        let mut form = enterprise("0314409058", "2025-01-15");
        match field {
            Field::BusinessName => form.business_name = "Công ty ".repeat(30),
            Field::TaxCode => form.code = PARAGRAPH.into(),
            _ => form.founded = PARAGRAPH.into(),
        }
        let o = judge_business(&form, &builtin(), day(TODAY));
        assert_eq!(
            (o.reason, o.field_errors),
            (reason, vec![(field, FieldError::TooLong)]),
            "{field:?}"
        );
    }
}

#[test]
fn each_field_has_the_stable_code_its_element_id_is_made_of() {
    let fields = [
        (Field::FullName, "full-name"),
        (Field::BirthDate, "birth-date"),
        (Field::CitizenId, "citizen-id"),
        (Field::Email, "email"),
        (Field::Citizenship, "citizenship"),
        (Field::BusinessKind, "business-kind"),
        (Field::BusinessName, "business-name"),
        (Field::TaxCode, "tax-code"),
        (Field::Founded, "founded"),
        (Field::FirstBizName, "first-biz-name"),
    ];
    for (field, code) in fields {
        assert_eq!(field.code(), code);
    }
}

proptest::proptest! {
    #[test]
    fn judging_never_panics_on_anything_typed(
        a in "\\PC{0,300}", b in "\\PC{0,30}", c in "[0-9 .-]{0,20}|\\PC{0,20}", e in "\\PC{0,40}",
        tick: bool, kind in 0u8..3, answer in 0u8..4, y in 1900i32..2100,
    ) {
        let today = Date::new(y, 6, 15).unwrap();
        let rules = builtin();
        let o = judge_citizen(&CitizenForm { full_name: a.clone(), birth_date: b.clone(), citizen_id: c.clone(), email: e, citizenship_confirmed: tick }, &rules, today);
        proptest::prop_assert_eq!(o.kind, o.reason.kind());
        let form = BusinessForm {
            kind: [None, Some(BusinessKind::Enterprise), Some(BusinessKind::Household)][usize::from(kind)],
            business_name: a,
            code: c,
            founded: b,
            first_biz_name: [None, Some(Answer::Yes), Some(Answer::No), Some(Answer::NotSure)][usize::from(answer)],
        };
        let o = judge_business(&form, &rules, today);
        proptest::prop_assert_eq!(o.kind, o.reason.kind());
    }
}
