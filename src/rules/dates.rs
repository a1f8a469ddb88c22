//! Section E: dates, terms, documents and money.

use std::fs;
use std::path::{Component, Path};

use chrono::{Datelike, NaiveDate};
use sha2::{Digest, Sha256};

use super::Ctx;
use crate::diagnostic::Finding;
use crate::ledger::link_target;
use crate::model::{Agreement, Approval, Category, DateKey, DocumentKind, Funding, Sp};

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
                format!(
                    "{id} was signed on {} but has no `number`; add the register number of the \
                     signed document",
                    signed.value
                ),
            ));
        }
        if a.start.is_none() {
            out.push(Finding::at(
                "start-missing",
                src,
                &signed.span,
                format!(
                    "{id} was signed on {} but has no `start`; add the first day it is in force",
                    signed.value
                ),
            ));
        }
        if signed.value > ctx.today {
            out.push(Finding::at(
                "signed-in-future",
                src,
                &signed.span,
                format!(
                    "`signed` is {}, after today ({}); record the signing when it has happened, \
                     or leave `signed` out while it is a draft",
                    signed.value, ctx.today
                ),
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
                format!(
                    "`start` {} is before `signed` {}: a retroactive term; check the dates, or \
                     waive the rule with the reason",
                    start.value, signed.value
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
            format!(
                "`end` {} is before `start` {}; swap them or correct the year",
                end.value, start.value
            ),
        ));
    }

    let pks = doc == DocumentKind::Pks;
    let domestic_pks = pks && matches!(cat, Category::Ksdd | Category::Ksdpk);
    if pks && a.is_signed() && a.end.is_none() {
        out.push(Finding::at(
            "pks-end-missing",
            src,
            &a.document.span,
            format!("PKS {id} has no `end`; a PKS states its duration (jangka waktu): add `end`"),
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
            format!(
                "the PKS runs from {} to {}, more than five years (at most to {}); extend it by \
                 a new document, or waive the rule with the reason (e.g. a KPBU)",
                start.value,
                end.value,
                five_years_last_day(start.value)
            ),
        ));
    }
    if domestic_pks && a.parent.is_none() {
        out.push(Finding::at(
            "pks-without-ksb",
            src,
            &a.document.span,
            format!(
                "{cat} PKS {id} has no `parent`; name the KSB it implements (`parent = \"...\"`)"
            ),
        ));
    }
    if domestic_pks && (a.burdens_region.is_none() || a.apbd_funding.is_none()) {
        let missing: Vec<&str> = [
            ("burdens_region", a.burdens_region.is_none()),
            ("apbd_funding", a.apbd_funding.is_none()),
        ]
        .iter()
        .filter(|(_, m)| *m)
        .map(|(k, _)| *k)
        .collect();
        out.push(Finding::at(
            "budget-flags-missing",
            src,
            &a.document.span,
            format!(
                "{cat} PKS {id} lacks {}; say whether it burdens the public and the daerah \
                 (`burdens_region = true|false`) and what it asks of the APBD \
                 (`apbd_funding = \"none\"|\"budgeted\"|\"not_budgeted\"`)",
                missing.join(" and ")
            ),
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
            format!(
                "{id} renews {}, which starts later ({} after {}); a renewal follows the \
                 agreement it extends",
                renews.value, s_old.value, s_new.value
            ),
        ));
    }

    for p in &a.parties {
        let Some(proxy) = &p.proxy else { continue };
        let mut problems = Vec::new();
        if proxy.number.is_none() {
            problems.push("has no `number`".to_owned());
        }
        if proxy.date.is_none() {
            problems.push("has no `date`".to_owned());
        }
        if let (Some(d), Some(signed)) = (&proxy.date, &a.signed)
            && d.value > signed.value
        {
            problems.push(format!(
                "is dated {}, after the signing on {}",
                d.value, signed.value
            ));
        }
        if !problems.is_empty() {
            out.push(Finding::at(
                "proxy-incomplete",
                src,
                &proxy.span,
                format!(
                    "the surat kuasa of \"{}\" {}; a proxy needs its number and a date on or \
                     before signing",
                    p.name.value,
                    problems.join(" and ")
                ),
            ));
        }
        if ctx.is_home(p)
            && matches!(
                doc,
                DocumentKind::Ksb | DocumentKind::Nk | DocumentKind::Loi | DocumentKind::Naskah
            )
        {
            out.push(Finding::at(
                "proxy-not-allowed",
                src,
                &proxy.span,
                format!(
                    "\"{}\" signs this {doc} by proxy ({}); the home region signs a {doc} \
                     through its head, and a surat kuasa is for signing the PKS \
                     (PP 28/2018 Pasal 2 ayat (2))",
                    p.name.value,
                    proxy
                        .number
                        .as_ref()
                        .map_or("no number".to_owned(), |n| format!("number {}", n.value))
                ),
            ));
        }
    }

    if let Some(t) = &a.termination {
        let why = if !a.is_signed() {
            Some(
                "the agreement is a draft: a draft that will not be signed is `[withdrawn]`".into(),
            )
        } else if let Some(start) = a.start.as_ref().filter(|s| t.date.value < s.value) {
            Some(format!("it is before `start` {}", start.value))
        } else {
            ctx.effective_end(a, None)
                .filter(|end| t.date.value > *end)
                .map(|end| format!("it is after the agreement had already ended on {end}"))
        };
        if let Some(why) = why {
            out.push(Finding::at(
                "termination-order",
                src,
                &t.date.span,
                format!("the termination date {} does not fit: {why}", t.date.value),
            ));
        }
    }

    if let (Some(w), true) = (&a.withdrawn, a.is_signed()) {
        out.push(Finding::at(
            "withdrawn-signed",
            src,
            &w.date.span,
            format!(
                "{id} was signed on {}, so it cannot be withdrawn on {}; record an early end of \
                 a signed agreement as `[termination]` instead",
                a.signed
                    .as_ref()
                    .map_or(String::new(), |s| s.value.to_string()),
                w.date.value
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
                        .map(|f| crate::model::Choice::as_str(*f))
                        .collect();
                    format!(
                        "`funding` says tanpa_biaya (no cost) together with {}; keep one or \
                         the other",
                        sources.join(", ")
                    )
                } else {
                    format!(
                        "`funding` says tanpa_biaya (no cost) but `value_idr` is {value}; \
                         correct one of them"
                    )
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
                format!(
                    "ADENDUM {} names no document it changes; add `parent = \"...\"` with its id",
                    a.id.value
                ),
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
                format!(
                    "a {} PKS implements a {w}, but {} is a {pdoc}",
                    a.category.value, parent_id.value
                )
            })
        }
        DocumentKind::Adendum if pdoc == DocumentKind::Adendum => Some(format!(
            "{} is itself an ADENDUM; an addendum changes the original document: name that one",
            parent_id.value
        )),
        DocumentKind::Adendum if !parent.is_signed() => Some(format!(
            "{} is a draft; only a signed document can be changed by an addendum",
            parent_id.value
        )),
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
            format!(
                "this {} names {} ({}) as its parent; a document belongs to the cooperation of \
                 its own category",
                a.category.value, parent_id.value, parent.category.value
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
                format!(
                    "this document shares no counterpart with its parent {} ({}); check `parent`",
                    parent_id.value,
                    theirs
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
                format!(
                    "signed on {}, before its parent {} was signed on {}; the stages run in order",
                    signed.value, parent_id.value, psigned.value
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
                format!(
                    "the addendum was signed on {}, after {} had ended on {end}; an ended \
                     agreement is renewed by a new document (`renews`), not changed",
                    signed.value, parent_id.value
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
            format!(
                "the PKS ends on {}, after its KSB {} ends on {pend}; the PKS implements the KSB \
                 within its term: extend the KSB first",
                end.value, parent_id.value
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
        let why = if naskah_abroad {
            format!("a {cat} NASKAH needs the approval of the DPRD")
        } else {
            let burdens = a.burdens_region.as_ref().is_some_and(|b| b.value);
            format!(
                "{} so it needs the approval of the DPRD",
                if burdens {
                    "`burdens_region = true`,"
                } else {
                    "`apbd_funding = \"not_budgeted\"`,"
                }
            )
        };
        out.push(Finding::at(
            rule,
            src,
            &a.document.span,
            format!(
                "{cat} {doc} {id}: {why}; record it as `[dprd_approval]` (number, date) here or \
                 in the parent"
            ),
        ));
    }
    if naskah_abroad && a.central_approval.is_none() {
        out.push(Finding::at(
            "central-approval-missing",
            src,
            &a.document.span,
            format!(
                "{cat} NASKAH {id} has no `[central_approval]`; a {cat} NASKAH needs the \
                 approval of the central government: record it (number, date)"
            ),
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
        for (what, approval) in [("DPRD", dprd), ("central", central)] {
            let Some((appr, own)) = approval else {
                continue;
            };
            if appr.date.value > signed.value {
                let (span, whose) = if own {
                    (appr.date.span.clone(), String::new())
                } else {
                    (signed.span.clone(), " (recorded in the parent)".to_owned())
                };
                out.push(Finding::at(
                    "approval-order",
                    src,
                    &span,
                    format!(
                        "the {what} approval{whose} is dated {}, after the signing on {}; \
                         approval comes before signing",
                        appr.date.value, signed.value
                    ),
                ));
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
                format!(
                    "the central approval ({}) is dated before the DPRD approval ({}); the \
                     DPRD approves first, then the centre",
                    c.date.value, d.date.value
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
                format!(
                    "attachment \"{raw}\" is not a path inside the ledger; write it relative to \
                     the ledger root without `..` (e.g. \"docs/2019/KS-2019-001.pdf\"); it was \
                     not opened"
                ),
            ));
            continue;
        }
        let full = root.join(path);
        if fs::symlink_metadata(&full).is_err() {
            out.push(Finding::at(
                "attachment-missing",
                src,
                &att.path.span,
                format!("attachment \"{raw}\" does not exist in the ledger; add the file or correct the path"),
            ));
            continue;
        }
        let target = match link_target(&full, &ctx.ledger.canonical_root) {
            Ok(t) => t,
            Err(why) if why.contains("outside") => {
                out.push(Finding::at(
                    "attachment-outside",
                    src,
                    &att.path.span,
                    format!("attachment \"{raw}\" is a link {why}; it was not opened"),
                ));
                continue;
            }
            Err(why) => {
                out.push(Finding::at(
                    "attachment-missing",
                    src,
                    &att.path.span,
                    format!("attachment \"{raw}\" is a link {why}"),
                ));
                continue;
            }
        };
        if !target.is_file() {
            out.push(Finding::at(
                "attachment-missing",
                src,
                &att.path.span,
                format!("attachment \"{raw}\" is not a file; name the file itself"),
            ));
            continue;
        }
        match hash_file(&target, &ctx.ledger.canonical_root) {
            Ok(hash) if hash == att.sha256.value => {}
            Ok(hash) => out.push(Finding::at(
                "attachment-hash",
                src,
                &att.sha256.span,
                format!(
                    "the SHA-256 of \"{raw}\" is {hash}, not the recorded {}; the file changed \
                     since it was recorded: check it, then record the new hash",
                    att.sha256.value
                ),
            )),
            Err(e) => out.push(Finding::at(
                "attachment-missing",
                src,
                &att.path.span,
                format!("attachment \"{raw}\" cannot be read: {e}"),
            )),
        }
    }
}

fn hash_file(path: &Path, canonical_root: &Path) -> std::io::Result<String> {
    let (mut file, _) = crate::open::open_regular(path, canonical_root)?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher)?;
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
