//! What is derived from the files, never stored (FORMAT.md section 3): the effective end, the
//! status on a day, the year, and the links between documents.

use rustc_hash::FxHashMap as HashMap;

use chrono::{Datelike as _, NaiveDate};
use serde::Serialize;

use crate::i18n::Lang;
use crate::ledger::Ledger;
use crate::model::{Agreement, DocumentKind, Party};
use crate::tr;

/// The status of an agreement on a day: the first of these that applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// `[withdrawn]` present: a draft that will not be signed.
    Withdrawn,
    /// Not signed.
    Draft,
    /// `[termination]` date on or before the day.
    Terminated,
    /// `start` after the day.
    Pending,
    /// The effective end before the day.
    Expired,
    /// In force.
    Active,
}

impl Status {
    pub const ALL: &'static [Status] = &[
        Status::Withdrawn,
        Status::Draft,
        Status::Terminated,
        Status::Pending,
        Status::Expired,
        Status::Active,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Withdrawn => "withdrawn",
            Status::Draft => "draft",
            Status::Terminated => "terminated",
            Status::Pending => "pending",
            Status::Expired => "expired",
            Status::Active => "active",
        }
    }

    /// The status as a word for people, in `lang` (tables, Markdown, `show`); machine formats
    /// keep [`Status::as_str`].
    pub fn text(self, lang: Lang) -> String {
        match self {
            Status::Withdrawn => tr!(lang, "status-withdrawn"),
            Status::Draft => tr!(lang, "status-draft"),
            Status::Terminated => tr!(lang, "status-terminated"),
            Status::Pending => tr!(lang, "status-pending"),
            Status::Expired => tr!(lang, "status-expired"),
            Status::Active => tr!(lang, "status-active"),
        }
    }
}

/// Whether `x` is a signed ADENDUM, the only kind of document that can move the end of the
/// document it changes.
pub fn extends_parent(x: &Agreement) -> bool {
    *x.document == DocumentKind::Adendum && x.is_signed()
}

/// The effective end: the latest of the document's own `end` and the `end` of each of
/// `addenda` (the signed, readable ADENDUMs whose `parent` is this document). `None`: no fixed
/// end. A document without an end of its own has none: an addendum extends a term, never
/// shortens one, and an open-ended term is the longest there is.
pub fn effective_end<'x>(
    a: &Agreement,
    addenda: impl IntoIterator<Item = &'x Agreement>,
) -> Option<NaiveDate> {
    let own = a.end.as_ref()?.value;
    Some(
        addenda
            .into_iter()
            .filter_map(|x| x.end.as_ref().map(|e| e.value))
            .fold(own, NaiveDate::max),
    )
}

/// The status of `a` on `day`, given its effective end.
pub fn status_on(a: &Agreement, effective_end: Option<NaiveDate>, day: NaiveDate) -> Status {
    if a.withdrawn.is_some() {
        Status::Withdrawn
    } else if !a.is_signed() {
        Status::Draft
    } else if a.termination.as_ref().is_some_and(|t| *t.date <= day) {
        Status::Terminated
    } else if a.start.as_ref().is_some_and(|s| **s > day) {
        Status::Pending
    } else if effective_end.is_some_and(|e| e < day) {
        Status::Expired
    } else {
        Status::Active
    }
}

/// The year of `signed` (none for a draft).
pub fn year(a: &Agreement) -> Option<i32> {
    a.signed.as_ref().map(|s| s.year())
}

/// One readable agreement with what is derived from it.
#[derive(Debug)]
pub struct Item<'a> {
    /// Relative to the ledger root, `/` separated.
    pub path: &'a str,
    pub agreement: &'a Agreement,
    pub effective_end: Option<NaiveDate>,
    /// The status today.
    pub status: Status,
    pub year: Option<i32>,
}

impl Item<'_> {
    pub fn id(&self) -> &str {
        &self.agreement.id
    }
}

/// The readable agreements of a ledger with their derived values, and the links between them.
#[derive(Debug)]
pub struct Register<'a> {
    pub today: NaiveDate,
    /// In the order of the ledger (by path).
    pub items: Vec<Item<'a>>,
    home_code: Option<String>,
    by_id: HashMap<&'a str, Vec<usize>>,
    /// Items by the id their `parent` names.
    children: HashMap<&'a str, Vec<usize>>,
    /// Items by the id their `renews` names.
    renewals: HashMap<&'a str, Vec<usize>>,
}

/// The documents linked to one document.
#[derive(Debug, Default)]
pub struct Links<'r> {
    /// The id in `parent`, and the item when the ledger has it.
    pub parent: Option<(&'r str, Option<usize>)>,
    /// Documents whose `parent` is this one, other than addenda (the PKS of a KSB).
    pub children: Vec<usize>,
    /// ADENDUMs whose `parent` is this one (signed or not).
    pub addenda: Vec<usize>,
    /// The id in `renews`, and the item when the ledger has it.
    pub renews: Option<(&'r str, Option<usize>)>,
    /// Documents whose `renews` is this one.
    pub renewed_by: Vec<usize>,
}

impl<'a> Register<'a> {
    pub fn new(ledger: &'a Ledger, today: NaiveDate) -> Self {
        let readable: Vec<(&'a str, &'a Agreement)> = ledger
            .agreements()
            .map(|(e, a)| (e.source.path.as_str(), a))
            .collect();
        let mut by_id: HashMap<&str, Vec<usize>> =
            HashMap::with_capacity_and_hasher(readable.len(), Default::default());
        let mut children: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut renewals: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut addenda: HashMap<&str, Vec<&Agreement>> = HashMap::default();
        for (i, (_, a)) in readable.iter().enumerate() {
            by_id.entry(a.id.as_str()).or_default().push(i);
            if let Some(p) = &a.parent {
                children.entry(p.as_str()).or_default().push(i);
                if extends_parent(a) {
                    addenda.entry(p.as_str()).or_default().push(a);
                }
            }
            if let Some(r) = &a.renews {
                renewals.entry(r.as_str()).or_default().push(i);
            }
        }
        let items = readable
            .into_iter()
            .map(|(path, a)| {
                let effective_end =
                    effective_end(a, addenda.get(a.id.as_str()).into_iter().flatten().copied());
                Item {
                    path,
                    agreement: a,
                    effective_end,
                    status: status_on(a, effective_end, today),
                    year: year(a),
                }
            })
            .collect();
        Self {
            today,
            items,
            home_code: ledger.config.home().map(|h| h.code),
            by_id,
            children,
            renewals,
        }
    }

    /// The items with this id (more than one only in a ledger with a `duplicate-id`).
    pub fn find(&self, id: &str) -> &[usize] {
        self.by_id.get(id).map_or(&[], Vec::as_slice)
    }

    /// Every id of the register, in order (so that a suggestion among them does not depend on
    /// the order of a hash map).
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        let mut ids: Vec<&str> = self.by_id.keys().copied().collect();
        ids.sort_unstable();
        ids.into_iter()
    }

    /// Whether the party is the home daerah of the ledger.
    pub fn is_home(&self, p: &Party) -> bool {
        self.home_code
            .as_deref()
            .is_some_and(|h| crate::config::is_home_party(h, p))
    }

    /// The parties other than the home daerah (every party when the ledger has no home).
    pub fn counterparts<'s>(&'s self, a: &'s Agreement) -> impl Iterator<Item = &'s Party> + 's {
        a.parties
            .iter()
            .map(|p| &p.value)
            .filter(|p| !self.is_home(p))
    }

    /// The links of the item `i`, each list sorted by signed date then id.
    pub fn links(&self, i: usize) -> Links<'a> {
        let a = self.items[i].agreement;
        let resolve = |id: &'a str| (id, self.find(id).first().copied());
        let mut links = Links {
            parent: a.parent.as_ref().map(|p| resolve(p.as_str())),
            renews: a.renews.as_ref().map(|r| resolve(r.as_str())),
            ..Links::default()
        };
        for &c in self.children.get(a.id.as_str()).into_iter().flatten() {
            if *self.items[c].agreement.document == DocumentKind::Adendum {
                links.addenda.push(c);
            } else {
                links.children.push(c);
            }
        }
        links.renewed_by = self
            .renewals
            .get(a.id.as_str())
            .cloned()
            .unwrap_or_default();
        let key = |&j: &usize| {
            let x = self.items[j].agreement;
            (x.signed.as_ref().map(|s| s.value), x.id.value.clone())
        };
        for list in [
            &mut links.children,
            &mut links.addenda,
            &mut links.renewed_by,
        ] {
            list.sort_by_key(key);
        }
        links
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_agreement;
    use crate::source::Source;

    fn agreement(extra: &str) -> Agreement {
        let text = format!(
            "id = \"KS-2019-001\"\ntitle = \"T\"\ncategory = \"KSDPK\"\nform = \"lainnya\"\n\
             affairs = [\"kesehatan\"]\nunit = \"U\"\ndocument = \"KSB\"\n{extra}"
        );
        parse_agreement(&Source::new("agreements/2019/KS-2019-001.toml", text))
            .agreement
            .expect("readable")
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn status_takes_the_first_that_applies() {
        let signed = "signed = 2019-01-15\nstart = 2019-02-01\nend = 2021-01-31\n";
        let a = agreement(signed);
        let end = effective_end(&a, []);
        assert_eq!(status_on(&a, end, day("2019-01-20")), Status::Pending);
        assert_eq!(status_on(&a, end, day("2019-02-01")), Status::Active);
        assert_eq!(status_on(&a, end, day("2021-01-31")), Status::Active);
        assert_eq!(status_on(&a, end, day("2021-02-01")), Status::Expired);
        let t = agreement(&format!(
            "{signed}[termination]\ndate = 2020-06-30\nreason = \"wanprestasi\"\n"
        ));
        assert_eq!(status_on(&t, end, day("2020-06-29")), Status::Active);
        assert_eq!(status_on(&t, end, day("2020-06-30")), Status::Terminated);
        let d = agreement("");
        assert_eq!(status_on(&d, None, day("2020-01-01")), Status::Draft);
        let w = agreement("[withdrawn]\ndate = 2020-01-01\nreason = \"ditolak\"\n");
        assert_eq!(status_on(&w, None, day("2020-01-01")), Status::Withdrawn);
    }

    #[test]
    fn an_addendum_extends_never_shortens() {
        let a = agreement("signed = 2019-01-15\nstart = 2019-02-01\nend = 2021-01-31\n");
        let longer = agreement("end = 2023-01-31\n");
        let shorter = agreement("end = 2020-01-31\n");
        assert_eq!(effective_end(&a, [&shorter]), Some(day("2021-01-31")));
        assert_eq!(
            effective_end(&a, [&shorter, &longer]),
            Some(day("2023-01-31"))
        );
        let open = agreement("signed = 2019-01-15\n");
        // No end of its own is no fixed end: an addendum's end would shorten it.
        assert_eq!(effective_end(&open, [&longer]), None);
        assert_eq!(effective_end(&open, []), None);
    }
}
