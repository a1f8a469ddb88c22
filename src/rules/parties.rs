//! Section C: the parties, by PP 28/2018.

use super::Ctx;
use super::party_set::PartySet;
use crate::config::{RegionType, code_fits};
use crate::diagnostic::Finding;
use crate::i18n::Message;
use crate::model::{Agreement, Category, Choice, Party, PartyType, Sp};
use crate::msg;

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
    let list = |rule, message: Message| Finding::maybe_at(rule, src, first, message);
    let cat = *a.category;

    if parties.len() < 2 {
        out.push(list(
            "too-few-parties",
            msg!("too-few-parties", n = parties.len()),
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
                msg!("duplicate-party", name = q.name.value, other = p.name.value),
            ));
        }
    }

    let daerah: Vec<&Party> = parties
        .iter()
        .map(|p| &p.value)
        .filter(|p| p.kind.is_daerah())
        .collect();
    if daerah.is_empty() {
        out.push(list("no-daerah", msg!("no-daerah")));
    }

    if let Some(home) = &ctx.home
        && !parties
            .iter()
            .any(|p| p.code.as_ref().is_some_and(|c| c.value.trim() == home.code))
    {
        let message = match &home.name {
            Some(name) => msg!("home-missing", name = name, code = home.code),
            None => msg!("home-missing-unnamed", code = home.code),
        };
        out.push(list("home-missing", message));
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
                        msg!(
                            "ksdd-party-type",
                            name = p.name.value,
                            type = p.kind.value.as_str()
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
                    msg!("ksdd-party-type-distinct", n = count),
                ));
            }
        }
        Category::Ksdpk => {
            if !parties.iter().any(|p| p.kind.is_third_party()) {
                out.push(list("ksdpk-party-type", msg!("ksdpk-party-type-none")));
            }
            for p in parties {
                let k = *p.kind;
                if !k.is_daerah() && !k.is_third_party() {
                    out.push(Finding::at(
                        "ksdpk-party-type",
                        src,
                        &type_at(p),
                        msg!("ksdpk-party-type", name = p.name.value, type = k.as_str()),
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
                        msg!("ksdpk-legal-entity", name = p.name.value),
                    ));
                }
            }
        }
        Category::Ksdpl | Category::Ksdll => {
            let ksdpl = cat == Category::Ksdpl;
            let (rule, want) = if ksdpl {
                ("ksdpl-party-type", PartyType::PemerintahDaerahLuarNegeri)
            } else {
                ("ksdll-party-type", PartyType::LembagaLuarNegeri)
            };
            if !parties.iter().any(|p| *p.kind == want) {
                let message = if ksdpl {
                    msg!("ksdpl-party-type-none")
                } else {
                    msg!("ksdll-party-type-none")
                };
                out.push(list(rule, message));
            }
            for p in parties {
                let k = *p.kind;
                if !k.is_daerah() && k != want {
                    let (name, kind) = (&p.name.value, k.as_str());
                    let message = if ksdpl {
                        msg!("ksdpl-party-type", name = name, type = kind)
                    } else {
                        msg!("ksdll-party-type", name = name, type = kind)
                    };
                    out.push(Finding::at(rule, src, &type_at(p), message));
                }
            }
        }
        Category::Sinergi => {
            if !parties.iter().any(|p| p.kind.is_central()) {
                out.push(list("sinergi-party-type", msg!("sinergi-party-type-none")));
            }
            for p in parties.iter().filter(|p| p.kind.is_foreign()) {
                out.push(Finding::at(
                    "sinergi-party-type",
                    src,
                    &type_at(p),
                    msg!(
                        "sinergi-party-type",
                        name = p.name.value,
                        type = p.kind.value.as_str()
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
                msg!(
                    "central-government-party",
                    name = p.name.value,
                    type = k.as_str()
                ),
            ));
        }
        if matches!(k, PartyType::BadanUsaha | PartyType::Ormas) && p.legal_entity.is_none() {
            out.push(Finding::at(
                "legal-entity-missing",
                src,
                &type_at(p),
                msg!("legal-entity-missing", type = k.as_str(), name = p.name.value),
            ));
        }
        match (&p.country, k.is_foreign()) {
            (None, true) => out.push(Finding::at(
                "country-missing",
                src,
                &type_at(p),
                msg!("country-missing", name = p.name.value),
            )),
            (Some(c), true) if c.value == "ID" => out.push(Finding::at(
                "country-missing",
                src,
                &c.span,
                msg!("country-missing-id", name = p.name.value),
            )),
            (Some(c), false) if c.value != "ID" => out.push(Finding::at(
                "country-unexpected",
                src,
                &c.span,
                msg!(
                    "country-unexpected",
                    name = p.name.value,
                    type = k.as_str(),
                    country = c.value
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
            msg!("code-invalid-missing", name = p.name.value),
        )),
        (Some(rt), Some(c)) if !code_fits(rt, c.value.trim()) => out.push(Finding::at(
            "code-invalid",
            src,
            &c.span,
            match rt {
                RegionType::Provinsi => {
                    msg!("code-invalid-provinsi", code = c.value, name = p.name.value)
                }
                RegionType::Kabupaten => {
                    msg!(
                        "code-invalid-kabupaten",
                        code = c.value,
                        name = p.name.value
                    )
                }
                RegionType::Kota => msg!("code-invalid-kota", code = c.value, name = p.name.value),
            },
        )),
        (None, Some(c)) => out.push(Finding::at(
            "code-invalid",
            src,
            &c.span,
            msg!(
                "code-invalid-not-daerah",
                name = p.name.value,
                type = k.as_str(),
                code = c.value
            ),
        )),
        _ => {}
    }
}
