//! Filters and sorting of `list` and `summary`, over the items of a [`Register`].

use std::cmp::Ordering;

use chrono::{Duration, NaiveDate};
use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::is_combining_mark;

use crate::cli::{FilterArgs, SortKey};
use crate::model::Choice as _;
use crate::status::{Item, Register, Status, status_on};

/// Text folded for matching: decomposed (NFD), combining marks dropped, lower case, spaces
/// collapsed. "Surabáya  KOTA" and "surabaya kota" fold alike.
pub fn fold(s: &str) -> String {
    let stripped: String = s.nfd().filter(|c| !is_combining_mark(*c)).collect();
    stripped
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The filters of the command line, with their texts folded once.
#[derive(Debug)]
pub struct Filter<'f> {
    args: &'f FilterArgs,
    party: Option<String>,
    unit: Option<String>,
    search: Option<String>,
}

impl<'f> Filter<'f> {
    pub fn new(args: &'f FilterArgs) -> Self {
        Self {
            args,
            party: args.party.as_deref().map(fold),
            unit: args.unit.as_deref().map(fold),
            search: args.search.as_deref().map(fold),
        }
    }

    /// Whether the item passes every filter.
    pub fn matches(&self, reg: &Register<'_>, item: &Item<'_>) -> bool {
        let f = self.args;
        let a = item.agreement;
        if let Some(years) = f.year
            && !item.year.is_some_and(|y| years.contains(y))
        {
            return false;
        }
        if !f.category.is_empty() && !f.category.contains(&a.category)
            || !f.form.is_empty() && !f.form.contains(&a.form)
            || !f.document.is_empty() && !f.document.contains(&a.document)
            || !f.affair.is_empty() && !a.affairs.iter().any(|x| f.affair.contains(x))
            || !f.status.is_empty() && !f.status.contains(&item.status)
        {
            return false;
        }
        if !f.party_type.is_empty() && !reg.counterparts(a).any(|p| f.party_type.contains(&p.kind))
        {
            return false;
        }
        if let Some(text) = &self.party
            && !reg.counterparts(a).any(|p| fold(&p.name).contains(text))
        {
            return false;
        }
        if let Some(text) = &self.unit
            && !fold(&a.unit).contains(text)
        {
            return false;
        }
        if let Some(day) = f.active_on
            && status_on(a, item.effective_end, day) != Status::Active
        {
            return false;
        }
        if let Some(days) = f.expiring_within
            && !expiring(reg.today, days, item)
        {
            return false;
        }
        if let Some(text) = &self.search {
            let found = fold(&a.title).contains(text)
                || reg.counterparts(a).any(|p| fold(&p.name).contains(text))
                || a.number.as_ref().is_some_and(|n| fold(n).contains(text))
                || a.notes.as_ref().is_some_and(|n| fold(n).contains(text));
            if !found {
                return false;
            }
        }
        true
    }

    /// The indices of the items that pass.
    pub fn select(&self, reg: &Register<'_>) -> Vec<usize> {
        (0..reg.items.len())
            .filter(|&i| self.matches(reg, &reg.items[i]))
            .collect()
    }
}

/// `None` after every `Some`, whatever the direction of the `Some`s.
fn none_last<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(&b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Sorts the selected items by `key`, then by id, then by path; `reverse` reverses it all.
pub fn sort(reg: &Register<'_>, selected: &mut [usize], key: SortKey, reverse: bool) {
    let first_counterpart = |i: usize| {
        reg.counterparts(reg.items[i].agreement)
            .next()
            .map(|p| fold(&p.name))
    };
    selected.sort_by(|&i, &j| {
        let (x, y) = (&reg.items[i], &reg.items[j]);
        let (a, b) = (x.agreement, y.agreement);
        let by_key = match key {
            SortKey::Id => Ordering::Equal,
            SortKey::Signed => none_last(
                a.signed.as_ref().map(|s| s.value),
                b.signed.as_ref().map(|s| s.value),
            ),
            SortKey::Category => a.category.as_str().cmp(b.category.as_str()),
            SortKey::Form => a.form.as_str().cmp(b.form.as_str()),
            SortKey::Document => a.document.as_str().cmp(b.document.as_str()),
            SortKey::Title => fold(&a.title).cmp(&fold(&b.title)),
            SortKey::Counterparts => none_last(first_counterpart(i), first_counterpart(j)),
            SortKey::Unit => fold(&a.unit).cmp(&fold(&b.unit)),
            SortKey::Status => x.status.as_str().cmp(y.status.as_str()),
            SortKey::End => none_last(x.effective_end, y.effective_end),
            SortKey::Value => none_last(
                a.value_idr.as_ref().map(|v| v.value),
                b.value_idr.as_ref().map(|v| v.value),
            ),
        };
        by_key
            .then_with(|| a.id.value.cmp(&b.id.value))
            .then_with(|| x.path.cmp(y.path))
    });
    if reverse {
        selected.reverse();
    }
}

/// Whether the item is active on `today` and its effective end is at most `days` days later.
pub fn expiring(today: NaiveDate, days: u32, item: &Item<'_>) -> bool {
    item.status == Status::Active
        && item
            .effective_end
            .is_some_and(|e| e <= today + Duration::days(i64::from(days)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_accents_and_spaces() {
        assert_eq!(fold("Surabáya  KOTA"), "surabaya kota");
        assert_eq!(fold("Pemerintah Kota Besançon"), "pemerintah kota besancon");
        assert!(fold("PT Indosat Tbk").contains(&fold("indosat")));
    }
}
