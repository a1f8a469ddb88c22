//! Section C: the parties, by PP 28/2018.

use super::Ctx;
use super::party_set::PartySet;
use crate::config::{RegionType, code_fits};
use crate::diagnostic::Finding;
use crate::model::{Agreement, Category, Choice, Party, PartyType, Sp};

fn region_type(kind: PartyType) -> Option<RegionType> {
    match kind {
        PartyType::Provinsi => Some(RegionType::Provinsi),
        PartyType::Kabupaten => Some(RegionType::Kabupaten),
        PartyType::Kota => Some(RegionType::Kota),
        _ => None,
    }
}

pub fn check(ctx: &Ctx<'_>, i: usize, a: &Agreement, out: &mut Vec<Finding>) {
    let src = &ctx.entry(i).source;
    let parties: &[Sp<Party>] = &a.parties;
    let first = parties.first().map(|p| &p.span);
    let list = |rule, message: String| Finding::maybe_at(rule, src, first, message);
    let cat = *a.category;

    if parties.len() < 2 {
        out.push(list(
            "too-few-parties",
            format!(
                "the agreement lists {} part{}; a cooperation needs at least two [[parties]], \
                 the home daerah among them",
                parties.len(),
                if parties.len() == 1 { "y" } else { "ies" }
            ),
        ));
    }

    // By hash lookups: a file may list 100,000 parties.
    let mut seen = PartySet::default();
    for (j, q) in parties.iter().enumerate() {
        let earlier = seen.find(q);
        seen.insert(q, j);
        if let Some(p) = earlier.map(|k| &parties[k]) {
            out.push(Finding::at(
                "duplicate-party",
                src,
                &q.name.span,
                format!(
                    "party \"{}\" is listed twice (also as \"{}\"); list each party once",
                    q.name.value, p.name.value
                ),
            ));
        }
    }

    let daerah: Vec<&Party> = parties
        .iter()
        .map(|p| &p.value)
        .filter(|p| p.kind.is_daerah())
        .collect();
    if daerah.is_empty() {
        out.push(list(
            "no-daerah",
            "no party is a daerah (provinsi, kabupaten or kota); every cooperation of the \
             register has a daerah among its parties"
                .into(),
        ));
    }

    if let Some(home) = &ctx.home
        && !parties
            .iter()
            .any(|p| p.code.as_ref().is_some_and(|c| c.value.trim() == home.code))
    {
        out.push(list(
            "home-missing",
            format!(
                "{} (code {}) is not among the parties; add it as a party with `code = \"{}\"`",
                home.name.as_deref().unwrap_or("the home region"),
                home.code,
                home.code
            ),
        ));
    }

    let type_at = |p: &Sp<Party>| p.kind.span.clone();
    match cat {
        Category::Ksdd => {
            for p in parties {
                if !p.kind.is_daerah() {
                    out.push(Finding::at(
                        "ksdd-party-type",
                        src,
                        &type_at(p),
                        format!(
                            "KSDD party \"{}\" is a {}; a KSDD is between daerah only \
                             (provinsi, kabupaten, kota): use KSDPK, KSDPL or KSDLL for other partners",
                            p.name.value, p.kind.value
                        ),
                    ));
                }
            }
            let (mut distinct, mut count) = (PartySet::default(), 0);
            for p in &daerah {
                if distinct.find(p).is_none() {
                    distinct.insert(p, count);
                    count += 1;
                }
            }
            if count < 2 {
                out.push(list(
                    "ksdd-party-type",
                    format!(
                        "a KSDD needs at least two different daerah; this one has {}",
                        count
                    ),
                ));
            }
        }
        Category::Ksdpk => {
            if !parties.iter().any(|p| p.kind.is_third_party()) {
                out.push(list(
                    "ksdpk-party-type",
                    "a KSDPK has no third party (perseorangan, badan_usaha or ormas); \
                     add the pihak ketiga or choose another category"
                        .into(),
                ));
            }
            for p in parties {
                let k = *p.kind;
                if !k.is_daerah() && !k.is_third_party() {
                    out.push(Finding::at(
                        "ksdpk-party-type",
                        src,
                        &type_at(p),
                        format!(
                            "KSDPK party \"{}\" is a {k}; a KSDPK is between daerah and third \
                             parties (perseorangan, badan_usaha, ormas)",
                            p.name.value
                        ),
                    ));
                }
                if k == PartyType::BadanUsaha
                    && let Some(le) = &p.legal_entity
                    && !le.value
                {
                    out.push(Finding::at(
                        "ksdpk-legal-entity",
                        src,
                        &le.span,
                        format!(
                            "KSDPK counterpart \"{}\" is a badan_usaha without legal entity \
                             status; only a badan usaha berbadan hukum may be a pihak ketiga \
                             (PP 28/2018)",
                            p.name.value
                        ),
                    ));
                }
            }
        }
        Category::Ksdpl | Category::Ksdll => {
            let (rule, want, what) = if cat == Category::Ksdpl {
                (
                    "ksdpl-party-type",
                    PartyType::PemerintahDaerahLuarNegeri,
                    "a regional government abroad",
                )
            } else {
                (
                    "ksdll-party-type",
                    PartyType::LembagaLuarNegeri,
                    "an institution abroad",
                )
            };
            if !parties.iter().any(|p| *p.kind == want) {
                out.push(list(
                    rule,
                    format!("a {cat} needs {what}: no party is a {want}"),
                ));
            }
            for p in parties {
                let k = *p.kind;
                if !k.is_daerah() && k != want {
                    out.push(Finding::at(
                        rule,
                        src,
                        &type_at(p),
                        format!(
                            "{cat} party \"{}\" is a {k}; a {cat} is between daerah and {want} \
                             only",
                            p.name.value
                        ),
                    ));
                }
            }
        }
        Category::Sinergi => {
            if !parties.iter().any(|p| p.kind.is_central()) {
                out.push(list(
                    "sinergi-party-type",
                    "a SINERGI needs a pemerintah_pusat or badan_hukum_publik party: the \
                     central programme it supports"
                        .into(),
                ));
            }
            for p in parties.iter().filter(|p| p.kind.is_foreign()) {
                out.push(Finding::at(
                    "sinergi-party-type",
                    src,
                    &type_at(p),
                    format!(
                        "SINERGI party \"{}\" is foreign ({}); foreign partners belong in KSDPL \
                         or KSDLL",
                        p.name.value, p.kind.value
                    ),
                ));
            }
        }
    }

    for p in parties {
        let k = *p.kind;
        if k.is_central() && cat != Category::Sinergi {
            out.push(Finding::at(
                "central-government-party",
                src,
                &type_at(p),
                format!(
                    "party \"{}\" is a {k}, which is none of the four PP 28/2018 categories' \
                     partners; record a cooperation with the central government as SINERGI",
                    p.name.value
                ),
            ));
        }
        if matches!(k, PartyType::BadanUsaha | PartyType::Ormas) && p.legal_entity.is_none() {
            out.push(Finding::at(
                "legal-entity-missing",
                src,
                &type_at(p),
                format!(
                    "{k} \"{}\" has no `legal_entity`; add `legal_entity = true` (PT, BUMN, \
                     BUMD, koperasi, yayasan berbadan hukum) or `false`",
                    p.name.value
                ),
            ));
        }
        match (&p.country, k.is_foreign()) {
            (None, true) => out.push(Finding::at(
                "country-missing",
                src,
                &type_at(p),
                format!(
                    "foreign party \"{}\" has no `country`; add its ISO code, e.g. \
                     `country = \"JP\"`",
                    p.name.value
                ),
            )),
            (Some(c), true) if c.value == "ID" => out.push(Finding::at(
                "country-missing",
                src,
                &c.span,
                format!(
                    "foreign party \"{}\" has `country = \"ID\"`; a foreign party is outside \
                     Indonesia: give its own country, or change its type",
                    p.name.value
                ),
            )),
            (Some(c), false) if c.value != "ID" => out.push(Finding::at(
                "country-unexpected",
                src,
                &c.span,
                format!(
                    "party \"{}\" is a {k} but has `country = \"{}\"`; only foreign parties \
                     (pemerintah_daerah_luar_negeri, lembaga_luar_negeri) are abroad",
                    p.name.value, c.value
                ),
            )),
            _ => {}
        }
        code_invalid(src, p, out);
    }
}

fn code_invalid(src: &crate::source::Source, p: &Sp<Party>, out: &mut Vec<Finding>) {
    let k = *p.kind;
    match (region_type(k), &p.code) {
        (Some(_), None) => out.push(Finding::at(
            "code-invalid",
            src,
            &p.kind.span,
            format!(
                "daerah \"{}\" has no `code`; add its Kemendagri region code (e.g. \"35.15\")",
                p.name.value
            ),
        )),
        (Some(rt), Some(c)) if !code_fits(rt, c.value.trim()) => out.push(Finding::at(
            "code-invalid",
            src,
            &c.span,
            format!(
                "code \"{}\" does not fit {} \"{}\": {}",
                c.value,
                rt.as_str(),
                p.name.value,
                match rt {
                    RegionType::Provinsi => "a provinsi code is two digits, e.g. \"35\"",
                    RegionType::Kabupaten => {
                        "a kabupaten code is PP.KK with KK from 01 to 70, e.g. \"35.15\""
                    }
                    RegionType::Kota => {
                        "a kota code is PP.KK with KK from 71 upwards, e.g. \"35.78\""
                    }
                }
            ),
        )),
        (None, Some(c)) => out.push(Finding::at(
            "code-invalid",
            src,
            &c.span,
            format!(
                "party \"{}\" is a {k}, not a daerah, but has `code = \"{}\"`; region codes are \
                 for provinsi, kabupaten and kota: remove it",
                p.name.value, c.value
            ),
        )),
        _ => {}
    }
}
