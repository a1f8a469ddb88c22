//! Section D: category, form and object.

use super::Ctx;
use super::party_set::PartySet;
use crate::config::RegionType;
use crate::diagnostic::Finding;
use crate::model::{Agreement, Category, Form, Party, PartyType};

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
            format!(
                "form \"{form}\" is not a form of {cat}; a {cat} is one of: {}",
                join(cat.forms())
            ),
        ));
    }

    if !cat.documents().contains(&a.document) {
        out.push(Finding::at(
            "document-category",
            src,
            &a.document.span,
            format!(
                "a {cat} is not recorded with a {}; its documents are: {}",
                a.document.value,
                join(cat.documents())
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
                format!(
                    "form \"{form}\" does not fit the home region, a {}; sister cooperation is \
                     between equal levels ({})",
                    crate::model::Choice::as_str(home.kind),
                    if home.kind == RegionType::Provinsi {
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
            format!(
                "a {cat} states its objects: add `scope` with one or more of iptek, \
                 pertukaran_budaya, kapasitas_pemerintahan, promosi_potensi_daerah, lainnya"
            ),
        )),
        (Some(s), true) if s.is_empty() => out.push(Finding::at(
            "scope-missing",
            src,
            &a.category.span,
            format!("`scope` of a {cat} is empty; name at least one object"),
        )),
        (Some(s), false) => out.push(Finding::at(
            "scope-unexpected",
            src,
            &s.span,
            format!(
                "`scope` is for KSDPL and KSDLL (cooperation abroad); remove it from this {cat}"
            ),
        )),
        _ => {}
    }

    if a.affairs.is_empty() {
        out.push(Finding::at(
            "affairs-empty",
            src,
            &a.affairs.span,
            "`affairs` is empty; name the government affair(s) the cooperation serves, e.g. \
             [\"kesehatan\"]"
                .into(),
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
            format!(
                "a wajib KSDD joins kabupaten/kota only, provinsi only, or one provinsi with \
                 kabupaten/kota inside it; this one has {} provinsi and {kabkota} kabupaten/kota",
                provinces.len()
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
                format!(
                    "\"{}\" ({c}) is not a neighbour of the home region (neighbours: {}); a \
                     wajib KSDD is between bordering daerah: check the form, or waive this rule \
                     with a reason for a multi-party agreement",
                    p.name.value,
                    neighbours.join(", ")
                ),
            ));
        }
    }
}
