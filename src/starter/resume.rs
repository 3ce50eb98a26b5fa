//! The JSON Resume (schema v1.0.0) export of a starter, for people who want a JSON
//! Resume theme or another tool.
//!
//! It holds what the page shows, in JSON Resume's own fields (see the table on
//! `StarterInput`): `basics` (name, headline as `label`, e-mail, the new name as
//! `url`, about as `summary`, links as `profiles`, the photo as `image`), `work`
//! (experience: organisation as `name`, role as `position`, description as
//! `summary`), `education`, `skills`, `languages` (`language`, `fluency`),
//! `certificates` (`name`, `issuer`, `date`), `projects` (the contest entry too,
//! with its technologies as `keywords` and the school as `entity`). Dates are
//! exported only when they read as ISO 8601, as the schema requires; "present" is
//! expressed by leaving `endDate` out.
//!
//! `basics.image` is the photo's published address, `https://<domain>/photo.jpg`
//! (or `.webp`, see `photo_file_name`): JSON Resume themes and tools expect an
//! address there, and a `data:` URL of up to 200 KB would make the file unwieldy
//! and is not a `format: uri` many validators accept. Without a domain there is no
//! such address and `image` is left out. A business page exports only `basics`.
//!
//! Translated headings: JSON Resume has no field for them, and themes take headings
//! from their own templates. The export sets `meta.language` to the page's language
//! (the one convention themes read, e.g. jsonresume-theme-class sets `<html lang>`
//! from it) and invents no further keys. The translated headings live in the HTML.
//! The organisation shown under the CV's headline has no neutral JSON Resume field
//! (it may be a school or an employer) and is exported only through education
//! entries the visitor adds.

use serde::Serialize;

use super::escape::iso_date;
use super::{link_text, Page, StarterInput, Template};

const SCHEMA: &str =
    "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

#[derive(Serialize)]
struct Resume<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    basics: Basics<'a>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    work: Vec<Work<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    education: Vec<Education<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    certificates: Vec<Certificate<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    skills: Vec<Skill<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    languages: Vec<Language<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    projects: Vec<Project<'a>>,
    meta: Meta,
}

#[derive(Serialize)]
struct Basics<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    label: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<String>,
    #[serde(skip_serializing_if = "str::is_empty")]
    summary: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    profiles: Vec<Profile<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Work<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    position: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<String>,
    #[serde(skip_serializing_if = "str::is_empty")]
    summary: &'a str,
}

#[derive(Serialize)]
struct Language<'a> {
    language: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    fluency: &'a str,
}

#[derive(Serialize)]
struct Certificate<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    issuer: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
}

#[derive(Serialize)]
struct Profile<'a> {
    network: &'a str,
    url: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Education<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    institution: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    area: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<String>,
}

#[derive(Serialize)]
struct Skill<'a> {
    name: &'a str,
}

#[derive(Serialize)]
struct Project<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    keywords: Vec<&'a str>,
    #[serde(skip_serializing_if = "str::is_empty")]
    entity: &'a str,
}

#[derive(Serialize)]
struct Meta {
    language: &'static str,
}

/// The JSON Resume document for `input`, pretty-printed, ending with a newline.
pub fn json_resume(input: &StarterInput) -> String {
    let p = Page::from_input(input);
    let cv = p.template == Template::Cv;
    let contest = p.template == Template::Contest;
    let basics = Basics {
        name: &p.name,
        label: if contest { "" } else { &p.headline },
        email: p.email.as_deref(),
        url: p.site_url(),
        image: p.photo_url(),
        summary: if contest { "" } else { &p.about },
        profiles: p
            .links
            .iter()
            .map(|l| Profile {
                network: if l.label.is_empty() {
                    link_text(&l.url).split('/').next().unwrap_or_default()
                } else {
                    &l.label
                },
                url: &l.url,
            })
            .collect(),
    };
    let education = if cv {
        p.education
            .iter()
            .map(|e| Education {
                institution: &e.institution,
                area: &e.study,
                start_date: iso_date(&e.start),
                end_date: iso_date(&e.end),
            })
            .collect()
    } else {
        Vec::new()
    };
    let skills = if cv {
        p.skills.iter().map(|name| Skill { name }).collect()
    } else {
        Vec::new()
    };
    let work = if cv {
        p.experience
            .iter()
            .map(|e| Work {
                name: &e.organisation,
                position: &e.role,
                start_date: iso_date(&e.start),
                end_date: iso_date(&e.end),
                summary: &e.description,
            })
            .collect()
    } else {
        Vec::new()
    };
    let languages = if cv {
        p.languages
            .iter()
            .map(|l| Language {
                language: &l.name,
                fluency: &l.fluency,
            })
            .collect()
    } else {
        Vec::new()
    };
    let certificates = if cv {
        p.certificates
            .iter()
            .map(|c| Certificate {
                name: &c.name,
                issuer: &c.issuer,
                date: iso_date(&c.date),
            })
            .collect()
    } else {
        Vec::new()
    };
    let projects = match p.template {
        Template::Cv => p
            .projects
            .iter()
            .map(|q| Project {
                name: &q.name,
                description: &q.description,
                url: q.url.as_deref(),
                keywords: Vec::new(),
                entity: "",
            })
            .collect(),
        Template::Contest if !p.entry.is_empty() || !p.skills.is_empty() => vec![Project {
            name: &p.entry.name,
            description: &p.entry.description,
            url: p.entry.url.as_deref(),
            keywords: p.skills.iter().map(String::as_str).collect(),
            entity: &p.organisation,
        }],
        _ => Vec::new(),
    };
    let resume = Resume {
        schema: SCHEMA,
        basics,
        work,
        education,
        certificates,
        skills,
        languages,
        projects,
        meta: Meta {
            language: p.lang.tag(),
        },
    };
    // Serialising plain structs of strings cannot fail; an empty object is the
    // harmless answer should it ever do so.
    let mut json = serde_json::to_string_pretty(&resume).unwrap_or_else(|_| "{}".to_string());
    json.push('\n');
    json
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::starter::{Education as In, Link, Project as InProject};
    use serde_json::{json, Value};

    fn export(input: &StarterInput) -> Value {
        serde_json::from_str(&json_resume(input)).expect("valid JSON")
    }

    #[test]
    fn cv_maps_to_json_resume_fields() {
        let input = StarterInput {
            lang: Lang::Km,
            full_name: "Nguyễn Văn An".into(),
            domain: "nguyenvanan.id.vn".into(),
            headline: "Sinh viên CNTT".into(),
            about: "Xin chào.".into(),
            email: "an@example.com".into(),
            education: vec![In {
                institution: "Trường Đại học Trà Vinh".into(),
                study: "Công nghệ thông tin".into(),
                start: "9/2022".into(),
                end: "hiện tại".into(),
            }],
            skills: vec!["Rust".into()],
            projects: vec![InProject {
                name: "Web".into(),
                description: String::new(),
                url: "javascript:x".into(),
            }],
            links: vec![Link {
                label: String::new(),
                url: "https://github.com/an".into(),
            }],
            ..Default::default()
        };
        let v = export(&input);
        assert_eq!(v["$schema"], SCHEMA);
        assert_eq!(
            v["basics"],
            json!({
                "name": "Nguyễn Văn An",
                "label": "Sinh viên CNTT",
                "email": "an@example.com",
                "url": "https://nguyenvanan.id.vn/",
                "summary": "Xin chào.",
                "profiles": [{ "network": "github.com", "url": "https://github.com/an" }]
            })
        );
        assert_eq!(
            v["education"],
            json!([{ "institution": "Trường Đại học Trà Vinh", "area": "Công nghệ thông tin", "startDate": "2022-09" }])
        );
        assert_eq!(v["skills"], json!([{ "name": "Rust" }]));
        assert_eq!(
            v["projects"],
            json!([{ "name": "Web" }]),
            "the unsafe URL is left out"
        );
        assert_eq!(v["meta"], json!({ "language": "km" }));
    }

    #[test]
    fn work_languages_certificates_and_image() {
        use crate::starter::{Certificate, Experience, Language};
        let input = StarterInput {
            experience: vec![Experience {
                role: "Thực tập sinh".into(),
                organisation: "Cửu Long".into(),
                start: "6/2025".into(),
                end: "nay".into(),
                description: "Làm web.".into(),
            }],
            languages: vec![Language {
                name: "Tiếng Anh".into(),
                fluency: String::new(),
            }],
            certificates: vec![Certificate {
                name: "IELTS 6.5".into(),
                issuer: "IDP".into(),
                date: "tháng 5".into(),
            }],
            photo: "data:image/webp;base64,UklGRg==".into(),
            ..Default::default()
        };
        let v = export(&input);
        assert_eq!(
            v["work"],
            json!([{ "name": "Cửu Long", "position": "Thực tập sinh", "startDate": "2025-06", "summary": "Làm web." }])
        );
        assert_eq!(v["languages"], json!([{ "language": "Tiếng Anh" }]));
        assert_eq!(
            v["certificates"],
            json!([{ "name": "IELTS 6.5", "issuer": "IDP" }])
        );
        assert_eq!(v["basics"].get("image"), None, "no domain, no address");
        let v = export(&StarterInput {
            domain: "an.id.vn".into(),
            ..input.clone()
        });
        assert_eq!(v["basics"]["image"], "https://an.id.vn/photo.webp");
        let blog = export(&StarterInput {
            template: Template::Blog,
            ..input
        });
        assert_eq!(
            (
                blog.get("work"),
                blog.get("languages"),
                blog.get("certificates")
            ),
            (None, None, None)
        );
    }

    #[test]
    fn empty_input_exports_only_schema_and_meta() {
        let v = export(&StarterInput::default());
        assert_eq!(
            v,
            json!({ "$schema": SCHEMA, "basics": {}, "meta": { "language": "vi" } })
        );
    }

    #[test]
    fn contest_entry_becomes_a_project_with_its_technologies() {
        let input = StarterInput {
            template: Template::Contest,
            organisation: "Trường Đại học Trà Vinh".into(),
            skills: vec!["HTML".into(), "CSS".into()],
            entry: InProject {
                name: "Chợ nổi số".into(),
                description: "Bản đồ".into(),
                url: "https://demo.example".into(),
            },
            headline: "not used by the contest".into(),
            ..Default::default()
        };
        let v = export(&input);
        assert_eq!(
            v["projects"],
            json!([{
                "name": "Chợ nổi số",
                "description": "Bản đồ",
                "url": "https://demo.example",
                "keywords": ["HTML", "CSS"],
                "entity": "Trường Đại học Trà Vinh"
            }])
        );
        assert_eq!(v.get("skills"), None);
        assert_eq!(v["basics"], json!({}));
    }
}
