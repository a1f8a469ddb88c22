//! Section D: category, form and object.

use super::Ctx;
use super::party_set::PartySet;
use crate::config::RegionType;
use crate::diagnostic::Finding;
use crate::model::{Agreement, Category, Choice, Form, Party, PartyType};
use crate::msg;

fn join<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn check(ctx: &Ctx<'_>, i: usize, a: &Agreement, out: &mut Vec<Finding>) {
    let src = &ctx.entry(i).source;
    let cat = *a.category;
    let form = *a.form;

    if !cat.forms().contains(&form) {
        out.push(Finding::at(
            "form-category",
            src,
            &a.form.span,
            msg!(
                "form-category",
                form = form.as_str(),
                category = cat.as_str(),
                forms = join(cat.forms())
            ),
        ));
    }

    if !cat.documents().contains(&a.document) {
        out.push(Finding::at(
            "document-category",
            src,
            &a.document.span,
            msg!(
                "document-category",
                category = cat.as_str(),
                document = a.document.value.as_str(),
                documents = join(cat.documents())
            ),
        ));
    }

    if cat == Category::Ksdd && form == Form::Wajib {
        wajib(ctx, i, a, out);
    }

    if let Some(home) = &ctx.home {
        let wrong = match form {
            Form::ProvinsiKembar => home.kind != RegionType::Provinsi,
            Form::KabupatenKotaKembar => home.kind == RegionType::Provinsi,
            _ => false,
        };
        if wrong {
            out.push(Finding::at(
                "sister-level",
                src,
                &a.form.span,
                msg!(
                    "sister-level",
                    form = form.as_str(),
                    level = home.kind.as_str(),
                    fitting = if home.kind == RegionType::Provinsi {
                        "provinsi_kembar"
                    } else {
                        "kabupaten_kota_kembar"
                    }
                ),
            ));
        }
    }

    match (&a.scope, cat.is_foreign()) {
        (None, true) => out.push(Finding::at(
            "scope-missing",
            src,
            &a.category.span,
            msg!("scope-missing", category = cat.as_str()),
        )),
        (Some(s), true) if s.is_empty() => out.push(Finding::at(
            "scope-missing",
            src,
            &a.category.span,
            msg!("scope-missing-empty", category = cat.as_str()),
        )),
        (Some(s), false) => out.push(Finding::at(
            "scope-unexpected",
            src,
            &s.span,
            msg!("scope-unexpected", category = cat.as_str()),
        )),
        _ => {}
    }

    if a.affairs.is_empty() {
        out.push(Finding::at(
            "affairs-empty",
            src,
            &a.affairs.span,
            msg!("affairs-empty"),
        ));
    }
}

fn distinct_daerah(a: &Agreement) -> Vec<&Party> {
    let mut out: Vec<&Party> = Vec::new();
    let mut set = PartySet::default();
    for p in a.parties.iter().map(|p| &p.value) {
        if p.kind.is_daerah() && set.find(p).is_none() {
            set.insert(p, out.len());
            out.push(p);
        }
    }
    out
}

fn wajib(ctx: &Ctx<'_>, i: usize, a: &Agreement, out: &mut Vec<Finding>) {
    let src = &ctx.entry(i).source;
    let daerah = distinct_daerah(a);
    let provinces: Vec<&&Party> = daerah
        .iter()
        .filter(|p| *p.kind == PartyType::Provinsi)
        .collect();
    let kabkota = daerah.len() - provinces.len();
    let combination_ok = match (provinces.len(), kabkota) {
        (0, _) | (_, 0) => Some(true),
        (1, _) => {
            let pcode = provinces[0].code.as_ref().map(|c| c.value.trim());
            let inside = daerah
                .iter()
                .filter(|p| *p.kind != PartyType::Provinsi)
                .map(|p| {
                    let c = p.code.as_ref()?.value.trim();
                    Some(c.split_once('.').map(|(pp, _)| pp) == pcode)
                })
                .collect::<Option<Vec<bool>>>();
            match (pcode, inside) {
                (Some(_), Some(v)) => Some(v.iter().all(|&b| b)),
                _ => None, // a code is missing: code-invalid reports it
            }
        }
        _ => Some(false),
    };
    if combination_ok == Some(false) {
        out.push(Finding::maybe_at(
            "ksdd-wajib-combination",
            src,
            a.parties.first().map(|p| &p.span),
            msg!(
                "ksdd-wajib-combination",
                provinces = provinces.len(),
                kabkota = kabkota
            ),
        ));
    }

    let Some(home) = &ctx.home else { return };
    let Some(neighbours) = &home.neighbours else {
        return;
    };
    let home_province = home.code.split_once('.').map(|(p, _)| p);
    for p in a.parties.iter().filter(|p| p.kind.is_daerah()) {
        let Some(code) = &p.code else { continue };
        let c = code.value.trim();
        let allowed = c == home.code
            || neighbours.iter().any(|n| n == c)
            || home_province == Some(c)
            || (home.kind == RegionType::Provinsi
                && c.split_once('.').map(|(pp, _)| pp) == Some(home.code.as_str()));
        if !allowed {
            out.push(Finding::at(
                "ksdd-wajib-neighbour",
                src,
                &code.span,
                msg!(
                    "ksdd-wajib-neighbour",
                    name = p.name.value,
                    code = c,
                    neighbours = neighbours.join(", ")
                ),
            ));
        }
    }
}
