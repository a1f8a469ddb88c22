//! Section B: identity and the ledger as a whole.

use super::{Ctx, catalogue, normalized, related_at};
use crate::diagnostic::Finding;
use crate::model::Agreement;
use crate::msg;
use crate::parse::{nearest, nearest_unordered};

/// The parts of a well-formed id `PREFIX-YYYY-NNN`.
pub fn split_id<'s>(id: &'s str, prefix: &str) -> Option<(i32, &'s str)> {
    let rest = id.strip_prefix(prefix)?.strip_prefix('-')?;
    let (year, seq) = rest.split_once('-')?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if year.len() != 4 || !digits(year) || seq.len() < 3 || !digits(seq) {
        return None;
    }
    Some((year.parse().ok()?, seq))
}

/// Whether `path` is `agreements/{year}/{id}.toml`, without building it.
fn at_expected_path(path: &str, year: i32, id: &str) -> bool {
    use std::io::Write as _;
    let mut digits = [0u8; 12];
    let mut cursor = std::io::Cursor::new(&mut digits[..]);
    if write!(cursor, "{year}").is_err() {
        return path == format!("agreements/{year}/{id}.toml");
    }
    let len = usize::try_from(cursor.position()).unwrap_or(0);
    let year = &digits[..len];
    path.strip_prefix("agreements/")
        .and_then(|p| p.as_bytes().strip_prefix(year))
        .and_then(|p| p.strip_prefix(b"/"))
        .and_then(|p| p.strip_prefix(id.as_bytes()))
        .is_some_and(|p| p == b".toml")
}

pub fn check(ctx: &Ctx<'_>, i: usize, a: &Agreement, out: &mut Vec<Finding>) {
    let src = &ctx.entry(i).source;
    let prefix = &ctx.ledger.config.ids.prefix;
    let id = &a.id;
    match split_id(id, prefix) {
        None => out.push(Finding::at(
            "id-format",
            src,
            &id.span,
            msg!("id-format", id = id.value, prefix = prefix),
        )),
        Some((year, _)) => {
            if !at_expected_path(&src.path, year, &id.value) {
                let expected = format!("agreements/{year}/{}.toml", id.value);
                out.push(Finding::at(
                    "file-name",
                    src,
                    &id.span,
                    msg!(
                        "file-name",
                        id = id.value,
                        expected = expected,
                        path = src.path
                    ),
                ));
            }
            if let Some(signed) = &a.signed
                && year > chrono::Datelike::year(&signed.value)
            {
                out.push(Finding::at(
                    "id-year",
                    src,
                    &id.span,
                    msg!(
                        "id-year",
                        id = id.value,
                        year = year,
                        signed = signed.value,
                        signed_year = chrono::Datelike::year(&signed.value)
                    ),
                ));
            }
        }
    }

    if let Some(others) = ctx.by_id.get(id.as_str()).filter(|v| v.len() > 1) {
        let related = others
            .iter()
            .filter(|&&j| j != i)
            .map(|&j| match &ctx.entry(j).id {
                Some(s) => related_at(ctx, j, &s.span),
                None => crate::diagnostic::Location::file(&ctx.entry(j).source.path),
            })
            .collect::<Vec<_>>();
        let files = related
            .iter()
            .map(|l| l.file.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        out.push(
            Finding::at(
                "duplicate-id",
                src,
                &id.span,
                msg!("duplicate-id", id = id.value, files = files),
            )
            .with_related(related),
        );
    }

    if let Some(number) = &a.number
        && let Some(others) = ctx
            .numbers
            .get(normalized(number).as_ref())
            .filter(|v| v.len() > 1)
    {
        let related: Vec<_> = others
            .iter()
            .filter(|&&j| j != i)
            .filter_map(|&j| {
                let n = ctx.entry(j).agreement.as_ref()?.number.as_ref()?;
                Some(related_at(ctx, j, &n.span))
            })
            .collect();
        let ids = others
            .iter()
            .filter(|&&j| j != i)
            .filter_map(|&j| ctx.entry(j).id.as_ref().map(|s| s.value.clone()))
            .collect::<Vec<_>>()
            .join(", ");
        out.push(
            Finding::at(
                "duplicate-number",
                src,
                &number.span,
                msg!("duplicate-number", number = number.value, ids = ids),
            )
            .with_related(related),
        );
    }

    for (key, r) in [("parent", &a.parent), ("renews", &a.renews)] {
        if let Some(r) = r
            && !ctx.exists(r.as_str())
        {
            let message = match nearest_unordered(r, ctx.by_id.keys().copied()) {
                None => msg!("unknown-reference", key = key, target = r.value),
                Some(s) => msg!(
                    "unknown-reference-suggest",
                    key = key,
                    target = r.value,
                    suggestion = s
                ),
            };
            out.push(Finding::at("unknown-reference", src, &r.span, message));
        }
    }

    if let Some(members) = ctx.cycles.get(&i) {
        let span = [&a.parent, &a.renews]
            .into_iter()
            .flatten()
            .find(|r| {
                ctx.by_id
                    .get(r.as_str())
                    .is_some_and(|v| v.iter().any(|j| members.contains(j)))
            })
            .map_or(id.span.clone(), |r| r.span.clone());
        let related: Vec<_> = members
            .iter()
            .filter(|&&j| j != i)
            .map(|&j| match &ctx.entry(j).id {
                Some(s) => related_at(ctx, j, &s.span),
                None => crate::diagnostic::Location::file(&ctx.entry(j).source.path),
            })
            .collect();
        let message = if members.len() == 1 {
            msg!("reference-cycle-self", id = id.value)
        } else {
            let ids: Vec<_> = members
                .iter()
                .filter_map(|&j| ctx.entry(j).id.as_ref().map(|s| s.value.as_str()))
                .collect();
            msg!("reference-cycle", id = id.value, ids = ids.join(", "))
        };
        out.push(Finding::at("reference-cycle", src, &span, message).with_related(related));
    }

    if let Some(units) = &ctx.ledger.config.units
        && !ctx.is_known_unit(&a.unit)
    {
        let message = match nearest(&a.unit, units.iter().map(String::as_str)) {
            None => msg!("unknown-unit", unit = a.unit.value),
            Some(s) => msg!("unknown-unit-suggest", unit = a.unit.value, suggestion = s),
        };
        out.push(Finding::at("unknown-unit", src, &a.unit.span, message));
    }

    if let Some(waive) = &a.waive {
        for (code, reason) in &waive.0 {
            let message = match catalogue::find(code) {
                None => match nearest(code, catalogue::RULES.iter().map(|r| r.code)) {
                    None => msg!("waiver-invalid-unknown", code = code.value),
                    Some(s) => msg!(
                        "waiver-invalid-unknown-suggest",
                        code = code.value,
                        suggestion = s
                    ),
                },
                Some(info) if info.fixed => msg!("waiver-invalid-fixed", code = code.value),
                Some(_) if reason.trim().is_empty() => {
                    msg!("waiver-invalid-no-reason", code = code.value)
                }
                Some(_) => continue,
            };
            out.push(Finding::at("waiver-invalid", src, &code.span, message));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_path_is_the_formatted_one() {
        let cases = [
            ("agreements/2019/KS-2019-001.toml", 2019, "KS-2019-001"),
            ("agreements/999/KS-0999-001.toml", 999, "KS-0999-001"),
            ("agreements/0999/KS-0999-001.toml", 999, "KS-0999-001"),
            ("agreements/2019/KS-2019-001.tom", 2019, "KS-2019-001"),
            ("agreements/2019/KS-2019-001.toml.toml", 2019, "KS-2019-001"),
            ("agreements/2019/sub/KS-2019-001.toml", 2019, "KS-2019-001"),
            ("agreements/2018/KS-2019-001.toml", 2019, "KS-2019-001"),
        ];
        for (path, year, id) in cases {
            let expected = format!("agreements/{year}/{id}.toml");
            assert_eq!(at_expected_path(path, year, id), path == expected, "{path}");
        }
    }
}
