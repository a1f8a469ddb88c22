//! Section E: dates, terms, documents and money.

use std::fs;
use std::path::{Component, Path};

use chrono::{Datelike, NaiveDate};
use sha2::{Digest, Sha256};

use super::Ctx;
use crate::diagnostic::Finding;
use crate::ledger::{LinkError, link_target};
use crate::model::{Agreement, Approval, Category, Choice, DateKey, DocumentKind, Funding, Sp};
use crate::msg;
use crate::open::Refusal;

/// The last day of a five-year term from `start`: the day before its fifth anniversary
/// (the anniversary of 29 February in a common year is 1 March).
pub fn five_years_last_day(start: NaiveDate) -> NaiveDate {
    let year = start.year() + 5;
    let anniversary = NaiveDate::from_ymd_opt(year, start.month(), start.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
        .unwrap_or(start);
    anniversary.pred_opt().unwrap_or(anniversary)
}

pub fn check(ctx: &Ctx<'_>, i: usize, a: &Agreement, out: &mut Vec<Finding>) {
    let src = &ctx.entry(i).source;
    let doc = *a.document;
    let cat = *a.category;
    let id = &a.id.value;

    if let Some(signed) = &a.signed {
        if a.number.is_none() {
            out.push(Finding::at(
                "number-missing",
                src,
                &signed.span,
                msg!("number-missing", id = id, signed = signed.value),
            ));
        }
        if a.start.is_none() {
            out.push(Finding::at(
                "start-missing",
                src,
                &signed.span,
                msg!("start-missing", id = id, signed = signed.value),
            ));
        }
        if signed.value > ctx.today {
            out.push(Finding::at(
                "signed-in-future",
                src,
                &signed.span,
                msg!("signed-in-future", signed = signed.value, today = ctx.today),
            ));
        }
        if let Some(start) = &a.start
            && start.value < signed.value
            && !a.year_only(DateKey::Start)
            && !a.year_only(DateKey::Signed)
        {
            out.push(Finding::at(
                "start-before-signed",
                src,
                &start.span,
                msg!(
                    "start-before-signed",
                    start = start.value,
                    signed = signed.value
                ),
            ));
        }
    }

    if let (Some(start), Some(end)) = (&a.start, &a.end)
        && end.value < start.value
    {
        out.push(Finding::at(
            "term-order",
            src,
            &end.span,
            msg!("term-order", end = end.value, start = start.value),
        ));
    }

    let pks = doc == DocumentKind::Pks;
    let domestic_pks = pks && matches!(cat, Category::Ksdd | Category::Ksdpk);
    if pks && a.is_signed() && a.end.is_none() {
        out.push(Finding::at(
            "pks-end-missing",
            src,
            &a.document.span,
            msg!("pks-end-missing", id = id),
        ));
    }
    if pks
        && let (Some(start), Some(end)) = (&a.start, &a.end)
        && end.value > five_years_last_day(start.value)
    {
        out.push(Finding::at(
            "pks-max-five-years",
            src,
            &end.span,
            msg!(
                "pks-max-five-years",
                start = start.value,
                end = end.value,
                last = five_years_last_day(start.value)
            ),
        ));
    }
    if domestic_pks && a.parent.is_none() {
        out.push(Finding::at(
            "pks-without-ksb",
            src,
            &a.document.span,
            msg!("pks-without-ksb", category = cat.as_str(), id = id),
        ));
    }
    if domestic_pks && (a.burdens_region.is_none() || a.apbd_funding.is_none()) {
        let category = cat.as_str();
        let message = match (a.burdens_region.is_none(), a.apbd_funding.is_none()) {
            (true, true) => msg!("budget-flags-missing-both", category = category, id = id),
            (true, false) => msg!(
                "budget-flags-missing",
                category = category,
                id = id,
                key = "burdens_region"
            ),
            _ => msg!(
                "budget-flags-missing",
                category = category,
                id = id,
                key = "apbd_funding"
            ),
        };
        out.push(Finding::at(
            "budget-flags-missing",
            src,
            &a.document.span,
            message,
        ));
    }

    parent_rules(ctx, i, a, out);
    approvals(ctx, i, a, out);

    if let Some(renews) = &a.renews
        && let Some((_, old)) = ctx.agreement(renews)
        && let (Some(s_new), Some(s_old)) = (&a.start, &old.start)
        && s_old.value > s_new.value
    {
        out.push(Finding::at(
            "renewal-order",
            src,
            &renews.span,
            msg!(
                "renewal-order",
                id = id,
                renews = renews.value,
                old_start = s_old.value,
                new_start = s_new.value
            ),
        ));
    }

    for p in &a.parties {
        let Some(proxy) = &p.proxy else { continue };
        let name = &p.name.value;
        let late = match (&proxy.date, &a.signed) {
            (Some(d), Some(signed)) if d.value > signed.value => Some((d.value, signed.value)),
            _ => None,
        };
        let problem = match (proxy.number.is_none(), proxy.date.is_none(), late) {
            (true, true, _) => Some(msg!("proxy-incomplete-number-date", name = name)),
            (true, false, None) => Some(msg!("proxy-incomplete-number", name = name)),
            (false, true, _) => Some(msg!("proxy-incomplete-date", name = name)),
            (true, false, Some((date, signed))) => Some(msg!(
                "proxy-incomplete-number-late",
                name = name,
                date = date,
                signed = signed
            )),
            (false, false, Some((date, signed))) => Some(msg!(
                "proxy-incomplete-late",
                name = name,
                date = date,
                signed = signed
            )),
            (false, false, None) => None,
        };
        if let Some(problem) = problem {
            out.push(Finding::at("proxy-incomplete", src, &proxy.span, problem));
        }
        if ctx.is_home(p)
            && matches!(
                doc,
                DocumentKind::Ksb | DocumentKind::Nk | DocumentKind::Loi | DocumentKind::Naskah
            )
        {
            let message = match &proxy.number {
                Some(number) => msg!(
                    "proxy-not-allowed",
                    name = p.name.value,
                    document = doc.as_str(),
                    number = number.value
                ),
                None => msg!(
                    "proxy-not-allowed-unnumbered",
                    name = p.name.value,
                    document = doc.as_str()
                ),
            };
            out.push(Finding::at("proxy-not-allowed", src, &proxy.span, message));
        }
    }

    if let Some(t) = &a.termination {
        let date = t.date.value;
        let problem = if !a.is_signed() {
            Some(msg!("termination-order-draft", date = date))
        } else if let Some(start) = a.start.as_ref().filter(|s| date < s.value) {
            Some(msg!(
                "termination-order-before-start",
                date = date,
                start = start.value
            ))
        } else {
            ctx.effective_end(a, None)
                .filter(|end| date > *end)
                .map(|end| msg!("termination-order-after-end", date = date, end = end))
        };
        if let Some(problem) = problem {
            out.push(Finding::at("termination-order", src, &t.date.span, problem));
        }
    }

    if let (Some(w), true) = (&a.withdrawn, a.is_signed()) {
        out.push(Finding::at(
            "withdrawn-signed",
            src,
            &w.date.span,
            msg!(
                "withdrawn-signed",
                id = id,
                signed = a
                    .signed
                    .as_ref()
                    .map_or(String::new(), |s| s.value.to_string()),
                date = w.date.value
            ),
        ));
    }

    if let Some(funding) = &a.funding
        && funding.contains(&Funding::TanpaBiaya)
    {
        let others = funding.iter().any(|f| *f != Funding::TanpaBiaya);
        let value = a.value_idr.as_ref().map_or(0, |v| v.value);
        if others || value > 0 {
            out.push(Finding::at(
                "funding-value",
                src,
                &funding.span,
                if others {
                    let sources: Vec<&str> = funding
                        .iter()
                        .filter(|f| **f != Funding::TanpaBiaya)
                        .map(|f| f.as_str())
                        .collect();
                    msg!("funding-value-sources", sources = sources.join(", "))
                } else {
                    msg!("funding-value", value = value.to_string())
                },
            ));
        }
    }

    attachments(ctx, i, a, out);
}

fn parent_rules(ctx: &Ctx<'_>, i: usize, a: &Agreement, out: &mut Vec<Finding>) {
    let src = &ctx.entry(i).source;
    let doc = *a.document;
    let Some(parent_id) = &a.parent else {
        if doc == DocumentKind::Adendum {
            out.push(Finding::at(
                "parent-kind",
                src,
                &a.document.span,
                msg!("parent-kind-none", id = a.id.value),
            ));
        }
        return;
    };
    let Some((pi, parent)) = ctx.agreement(parent_id) else {
        return;
    };
    if pi == i {
        return; // reference-cycle reports a file naming itself
    }
    let pdoc = *parent.document;
    let kind_problem = match doc {
        DocumentKind::Pks => {
            let want = match *a.category {
                Category::Sinergi => Some(DocumentKind::Nk),
                Category::Ksdd | Category::Ksdpk => Some(DocumentKind::Ksb),
                _ => None,
            };
            want.filter(|w| *w != pdoc).map(|w| {
                msg!(
                    "parent-kind-pks",
                    category = a.category.value.as_str(),
                    want = w.as_str(),
                    parent = parent_id.value,
                    parent_document = pdoc.as_str()
                )
            })
        }
        DocumentKind::Adendum if pdoc == DocumentKind::Adendum => {
            Some(msg!("parent-kind-addendum", parent = parent_id.value))
        }
        DocumentKind::Adendum if !parent.is_signed() => {
            Some(msg!("parent-kind-draft", parent = parent_id.value))
        }
        _ => None,
    };
    if let Some(problem) = kind_problem {
        out.push(Finding::at("parent-kind", src, &parent_id.span, problem));
    }

    if *parent.category != *a.category {
        out.push(Finding::at(
            "parent-mismatch",
            src,
            &parent_id.span,
            msg!(
                "parent-mismatch-category",
                category = a.category.value.as_str(),
                parent = parent_id.value,
                parent_category = parent.category.value.as_str()
            ),
        ));
    } else {
        let mine = counterparts(ctx, a);
        let theirs = counterparts(ctx, parent);
        let mut their_set = super::party_set::PartySet::default();
        for (k, q) in theirs.iter().enumerate() {
            their_set.insert(q, k);
        }
        if !mine.is_empty()
            && !theirs.is_empty()
            && !mine.iter().any(|p| their_set.find(p).is_some())
        {
            out.push(Finding::at(
                "parent-mismatch",
                src,
                &parent_id.span,
                msg!(
                    "parent-mismatch",
                    parent = parent_id.value,
                    counterparts = theirs
                        .iter()
                        .map(|p| p.name.value.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
    }

    if let (Some(signed), Some(psigned)) = (&a.signed, &parent.signed) {
        if signed.value < psigned.value {
            out.push(Finding::at(
                "parent-order",
                src,
                &signed.span,
                msg!(
                    "parent-order",
                    signed = signed.value,
                    parent = parent_id.value,
                    parent_signed = psigned.value
                ),
            ));
        } else if doc == DocumentKind::Adendum
            && let Some(end) = ctx.effective_end(parent, Some(i))
            && signed.value > end
        {
            out.push(Finding::at(
                "parent-order",
                src,
                &signed.span,
                msg!(
                    "parent-order-ended",
                    signed = signed.value,
                    parent = parent_id.value,
                    end = end
                ),
            ));
        }
    }

    if doc == DocumentKind::Pks
        && pdoc == DocumentKind::Ksb
        && let Some(end) = &a.end
        && let Some(pend) = ctx.effective_end(parent, None)
        && end.value > pend
    {
        out.push(Finding::at(
            "outlives-parent",
            src,
            &end.span,
            msg!(
                "outlives-parent",
                end = end.value,
                parent = parent_id.value,
                parent_end = pend
            ),
        ));
    }
}

/// The parties that are not the home region.
fn counterparts<'a>(ctx: &Ctx<'_>, a: &'a Agreement) -> Vec<&'a crate::model::Party> {
    a.parties
        .iter()
        .filter(|p| !ctx.is_home(p))
        .map(|p| &p.value)
        .collect()
}

fn approvals(ctx: &Ctx<'_>, i: usize, a: &Agreement, out: &mut Vec<Finding>) {
    let src = &ctx.entry(i).source;
    let doc = *a.document;
    let cat = *a.category;
    let id = &a.id.value;
    let parent = a
        .parent
        .as_ref()
        .and_then(|p| ctx.agreement(p))
        .filter(|(pi, _)| *pi != i)
        .map(|(_, p)| p);
    // The approval that counts: the file's own, else its parent's.
    let dprd = a.dprd_approval.as_ref().map(|x| (x, true)).or_else(|| {
        parent
            .and_then(|p| p.dprd_approval.as_ref())
            .map(|x| (x, false))
    });
    let naskah_abroad = doc == DocumentKind::Naskah && cat.is_foreign();
    let pks = doc == DocumentKind::Pks;

    // RULES.md sets no "signed" condition on the approval rules: a draft that will need an
    // approval is reported too, so the office sees what is still missing before signing.
    let needs = pks
        && (a.burdens_region.as_ref().is_some_and(|b| b.value)
            || a.apbd_funding
                .as_ref()
                .is_some_and(|f| f.value == crate::model::ApbdFunding::NotBudgeted));
    let rule = match cat {
        Category::Ksdd if needs => Some("dprd-approval-missing"),
        Category::Ksdpk if needs => Some("dprd-approval-missing-ksdpk"),
        Category::Ksdpl | Category::Ksdll if naskah_abroad => Some("dprd-approval-missing"),
        _ => None,
    };
    if let (Some(rule), None) = (rule, &dprd) {
        let (category, document) = (cat.as_str(), doc.as_str());
        let message = if naskah_abroad {
            msg!(
                "dprd-approval-missing-naskah",
                category = category,
                document = document,
                id = id
            )
        } else if a.burdens_region.as_ref().is_some_and(|b| b.value) {
            msg!(
                "dprd-approval-missing-burdens",
                category = category,
                document = document,
                id = id
            )
        } else {
            msg!(
                "dprd-approval-missing-not-budgeted",
                category = category,
                document = document,
                id = id
            )
        };
        out.push(Finding::at(rule, src, &a.document.span, message));
    }
    if naskah_abroad && a.central_approval.is_none() {
        out.push(Finding::at(
            "central-approval-missing",
            src,
            &a.document.span,
            msg!("central-approval-missing", category = cat.as_str(), id = id),
        ));
    }
    if let Some(signed) = &a.signed
        && (pks || naskah_abroad)
    {
        // The approvals that satisfy the approval rules: the DPRD's (own, else the parent's),
        // and for a NASKAH abroad the centre's own.
        let central = if naskah_abroad {
            a.central_approval.as_ref().map(|x| (x, true))
        } else {
            None
        };
        for (dprd, approval) in [(true, dprd), (false, central)] {
            let Some((appr, own)) = approval else {
                continue;
            };
            if appr.date.value > signed.value {
                let span = if own { &appr.date.span } else { &signed.span };
                let (date, on) = (appr.date.value, signed.value);
                let message = match (dprd, own) {
                    (true, true) => msg!("approval-order-dprd", date = date, signed = on),
                    (true, false) => msg!("approval-order-dprd-parent", date = date, signed = on),
                    (false, _) => msg!("approval-order-central", date = date, signed = on),
                };
                out.push(Finding::at("approval-order", src, span, message));
            }
        }
    }

    if let (Some(d), Some(c)) = (&a.dprd_approval, &a.central_approval) {
        let (d, c): (&Sp<Approval>, &Sp<Approval>) = (d, c);
        if c.date.value < d.date.value {
            out.push(Finding::at(
                "approval-order",
                src,
                &c.date.span,
                msg!(
                    "approval-order-central-first",
                    central = c.date.value,
                    dprd = d.date.value
                ),
            ));
        }
    }
}

fn attachments(ctx: &Ctx<'_>, i: usize, a: &Agreement, out: &mut Vec<Finding>) {
    let src = &ctx.entry(i).source;
    let root = &ctx.ledger.root;
    for att in &a.attachments {
        let raw = att.path.value.as_str();
        let path = Path::new(raw);
        let escapes = path.is_absolute()
            || raw.starts_with('/')
            || raw.starts_with('\\')
            || raw.get(1..2) == Some(":")
            || raw.split(['/', '\\']).any(|seg| seg == "..")
            || path.components().any(|c| {
                matches!(
                    c,
                    Component::ParentDir | Component::RootDir | Component::Prefix(_)
                )
            });
        if escapes {
            out.push(Finding::at(
                "attachment-outside",
                src,
                &att.path.span,
                msg!("attachment-outside", path = raw),
            ));
            continue;
        }
        let full = root.join(path);
        if fs::symlink_metadata(&full).is_err() {
            out.push(Finding::at(
                "attachment-missing",
                src,
                &att.path.span,
                msg!("attachment-missing", path = raw),
            ));
            continue;
        }
        let target = match link_target(&full, &ctx.ledger.canonical_root) {
            Ok(t) => t,
            Err(LinkError::Outside(target)) => {
                out.push(Finding::at(
                    "attachment-outside",
                    src,
                    &att.path.span,
                    msg!(
                        "attachment-outside-link",
                        path = raw,
                        target = target.display().to_string()
                    ),
                ));
                continue;
            }
            Err(LinkError::Unresolved(detail)) => {
                out.push(Finding::at(
                    "attachment-missing",
                    src,
                    &att.path.span,
                    msg!("attachment-missing-link", path = raw, detail = detail),
                ));
                continue;
            }
        };
        if !target.is_file() {
            out.push(Finding::at(
                "attachment-missing",
                src,
                &att.path.span,
                msg!("attachment-missing-not-file", path = raw),
            ));
            continue;
        }
        match hash_file(&target, &ctx.ledger.canonical_root) {
            Ok(hash) if hash == att.sha256.value => {}
            Ok(hash) => out.push(Finding::at(
                "attachment-hash",
                src,
                &att.sha256.span,
                msg!(
                    "attachment-hash",
                    path = raw,
                    hash = hash,
                    recorded = att.sha256.value
                ),
            )),
            Err(refusal) => out.push(Finding::at(
                "attachment-missing",
                src,
                &att.path.span,
                match refusal {
                    Refusal::NotRegular => msg!("attachment-missing-not-file", path = raw),
                    Refusal::Outside(real) => msg!(
                        "attachment-outside-link",
                        path = raw,
                        target = real.display().to_string()
                    ),
                    Refusal::Io(e) => msg!(
                        "attachment-missing-unreadable",
                        path = raw,
                        detail = e.to_string()
                    ),
                },
            )),
        }
    }
}

/// The SHA-256 of an attachment, opened as the ledger's own files are (only a regular file
/// beneath the root), streamed.
fn hash_file(path: &Path, canonical_root: &Path) -> Result<String, Refusal> {
    let (mut file, _) = crate::open::open_regular(path, canonical_root)?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher).map_err(Refusal::Io)?;
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn five_years_as_format_md_says() {
        assert_eq!(five_years_last_day(d("2018-03-01")), d("2023-02-28"));
        assert_eq!(five_years_last_day(d("2020-02-29")), d("2025-02-28"));
        assert_eq!(five_years_last_day(d("2019-01-15")), d("2024-01-14"));
    }
}
