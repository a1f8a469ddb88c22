//! The rules of RULES.md over a read ledger: each group in its own file, each rule a few lines
//! that push findings. Severity, overrides and waivers are applied here, once.

pub mod catalogue;
mod category;
mod dates;
mod identity;
mod parties;
mod party_set;

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Deref;

use chrono::NaiveDate;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::config::{Home, Level};
use crate::diagnostic::{Diagnostic, Finding, Location, Report};
use crate::i18n::Lang;
use crate::ledger::{Entry, Ledger};
use crate::model::{Agreement, Party};

/// The entries that share a key (an id, a number): one, as nearly always, without a vector
/// of its own, or more.
#[derive(Clone, Debug)]
pub enum Group {
    One([usize; 1]),
    Many(Vec<usize>),
}

impl Group {
    fn push(&mut self, i: usize) {
        match self {
            Group::One([j]) => *self = Group::Many(vec![*j, i]),
            Group::Many(v) => v.push(i),
        }
    }
}

impl Deref for Group {
    type Target = [usize];
    fn deref(&self) -> &[usize] {
        match self {
            Group::One(one) => one,
            Group::Many(v) => v,
        }
    }
}

/// Adds entry `i` to the group of `key`.
fn add<K: std::hash::Hash + Eq>(map: &mut FxHashMap<K, Group>, key: K, i: usize) {
    map.entry(key)
        .and_modify(|g| g.push(i))
        .or_insert(Group::One([i]));
}

/// Everything a rule may look at besides its own file.
#[derive(Debug)]
pub struct Ctx<'a> {
    pub ledger: &'a Ledger,
    pub today: NaiveDate,
    pub home: Option<Home>,
    /// Entries by id (readable id, also of files with reading findings).
    pub by_id: FxHashMap<&'a str, Group>,
    /// Signed, readable addenda by the id they change.
    pub addenda: FxHashMap<&'a str, Vec<usize>>,
    /// Entries on a reference cycle, with the other members of their cycle.
    pub cycles: FxHashMap<usize, Vec<usize>>,
    /// Entries by normalised `number` (see [`normalized`]).
    pub numbers: FxHashMap<Cow<'a, str>, Group>,
    /// The `units` of kerjasama.toml written in ASCII, by [`folded_hash`].
    units_ascii: FxHashMap<u64, Vec<&'a str>>,
}

impl<'a> Ctx<'a> {
    pub fn new(ledger: &'a Ledger, today: NaiveDate) -> Self {
        let n = ledger.entries.len();
        // Ids on one thread, numbers and addenda on the other.
        let (by_id, (addenda, numbers)) = rayon::join(
            || {
                let mut by_id = FxHashMap::with_capacity_and_hasher(n, Default::default());
                for (i, e) in ledger.entries.iter().enumerate() {
                    if let Some(id) = &e.id {
                        add(&mut by_id, id.value.as_str(), i);
                    }
                }
                by_id
            },
            || {
                let mut addenda: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
                let mut numbers = FxHashMap::with_capacity_and_hasher(n, Default::default());
                for (i, a) in ledger
                    .entries
                    .iter()
                    .enumerate()
                    .filter_map(|(i, e)| e.agreement.as_ref().map(|a| (i, a)))
                {
                    if crate::status::extends_parent(a)
                        && let Some(p) = &a.parent
                    {
                        addenda.entry(p.value.as_str()).or_default().push(i);
                    }
                    if let Some(n) = &a.number {
                        add(&mut numbers, normalized(n), i);
                    }
                }
                (addenda, numbers)
            },
        );
        let mut ctx = Self {
            ledger,
            today,
            home: ledger.config.home(),
            by_id,
            addenda,
            cycles: FxHashMap::default(),
            numbers,
            units_ascii: FxHashMap::default(),
        };
        for u in ledger
            .config
            .units
            .iter()
            .flatten()
            .filter(|u| u.is_ascii())
        {
            ctx.units_ascii
                .entry(folded_hash(u))
                .or_default()
                .push(u.as_str());
        }
        ctx.cycles = ctx.find_cycles();
        ctx
    }

    /// The readable agreement with this id, when exactly one file has it.
    pub fn agreement(&self, id: &str) -> Option<(usize, &'a Agreement)> {
        match &**self.by_id.get(id)? {
            [i] => self.ledger.entries[*i].agreement.as_ref().map(|a| (*i, a)),
            _ => None,
        }
    }

    /// Whether some file (readable or not) has this id.
    pub fn exists(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }

    pub fn entry(&self, i: usize) -> &'a Entry {
        &self.ledger.entries[i]
    }

    /// The effective end (FORMAT.md section 3), leaving out the addendum `except`; computed by
    /// [`crate::status::effective_end`], the one implementation.
    pub fn effective_end(&self, a: &Agreement, except: Option<usize>) -> Option<NaiveDate> {
        let addenda = self
            .addenda
            .get(a.id.as_str())
            .into_iter()
            .flatten()
            .filter(|&&i| Some(i) != except)
            .filter_map(|&i| self.entry(i).agreement.as_ref());
        crate::status::effective_end(a, addenda)
    }

    /// Whether `unit` is one of the `units` of kerjasama.toml (by [`same_text`]); `true` when
    /// there is no list.
    pub fn is_known_unit(&self, unit: &str) -> bool {
        let Some(units) = &self.ledger.config.units else {
            return true;
        };
        if !unit.is_ascii() {
            return units.iter().any(|u| same_text(u, unit));
        }
        // An ASCII unit can only match an ASCII one with the same folded words (hence the same
        // hash), or one written with other characters.
        let near = self
            .units_ascii
            .get(&folded_hash(unit))
            .into_iter()
            .flatten()
            .copied();
        near.chain(units.iter().map(String::as_str).filter(|u| !u.is_ascii()))
            .any(|u| same_text(u, unit))
    }

    /// Whether the party is the home daerah.
    pub fn is_home(&self, p: &Party) -> bool {
        self.home
            .as_ref()
            .is_some_and(|h| crate::config::is_home_party(&h.code, p))
    }

    /// Entries on a cycle of `parent` / `renews` links (strongly connected components of more
    /// than one entry, or an entry that names itself), iteratively, for deep chains.
    fn find_cycles(&self) -> FxHashMap<usize, Vec<usize>> {
        let n = self.ledger.entries.len();
        // The links as one list of targets, entry by entry (`edges[start[v]..start[v + 1]]`).
        let mut start = Vec::with_capacity(n + 1);
        let mut targets = Vec::with_capacity(n);
        start.push(0);
        for e in &self.ledger.entries {
            if let Some(a) = &e.agreement {
                for r in [&a.parent, &a.renews].into_iter().flatten() {
                    targets.extend(
                        self.by_id
                            .get(r.as_str())
                            .into_iter()
                            .flat_map(|g| g.iter()),
                    );
                }
            }
            start.push(targets.len());
        }
        let edges = |v: usize| &targets[start[v]..start[v + 1]];
        // Tarjan's algorithm without recursion.
        let mut index = vec![usize::MAX; n];
        let mut low = vec![0; n];
        let mut on_stack = vec![false; n];
        let mut stack = Vec::new();
        let mut work = Vec::new();
        let mut next = 0;
        let mut out = FxHashMap::default();
        for first in 0..n {
            if index[first] != usize::MAX {
                continue;
            }
            if edges(first).is_empty() {
                // No link out: a component of its own, never a cycle.
                index[first] = next;
                low[first] = next;
                next += 1;
                continue;
            }
            work.push((first, 0usize));
            while let Some(&mut (v, ref mut ei)) = work.last_mut() {
                if *ei == 0 && index[v] == usize::MAX {
                    index[v] = next;
                    low[v] = next;
                    next += 1;
                    stack.push(v);
                    on_stack[v] = true;
                }
                if let Some(&w) = edges(v).get(*ei) {
                    *ei += 1;
                    if index[w] == usize::MAX {
                        work.push((w, 0));
                    } else if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                    continue;
                }
                work.pop();
                if let Some(&(parent, _)) = work.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    let mut comp = Vec::new();
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        comp.push(w);
                        if w == v {
                            break;
                        }
                    }
                    if comp.len() > 1 || edges(v).contains(&v) {
                        comp.sort_unstable();
                        for &m in &comp {
                            out.insert(m, comp.clone());
                        }
                    }
                }
            }
        }
        out
    }
}

/// Whether two names (or numbers) are the same after trimming, folding case and collapsing
/// spaces; without allocating, as it runs for every party of every file.
pub fn same_text(a: &str, b: &str) -> bool {
    let mut x = a.split_whitespace();
    let mut y = b.split_whitespace();
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) => {
                let same = if p.is_ascii() && q.is_ascii() {
                    p.eq_ignore_ascii_case(q)
                } else {
                    p.chars()
                        .flat_map(char::to_lowercase)
                        .eq(q.chars().flat_map(char::to_lowercase))
                };
                if !same {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// A hash of the words of ASCII text in lower case: equal for texts that [`same_text`] finds
/// the same.
fn folded_hash(s: &str) -> u64 {
    use std::hash::Hasher as _;
    let mut h = rustc_hash::FxHasher::default();
    for word in s.split_whitespace() {
        for b in word.bytes() {
            h.write_u8(b.to_ascii_lowercase());
        }
        h.write_u8(b' ');
    }
    h.finish()
}

/// [`normalize`] without allocating when `s` is normalised already (plain ASCII in lower case,
/// single spaces between words), as register numbers nearly always are.
pub fn normalized(s: &str) -> Cow<'_, str> {
    let plain = s
        .bytes()
        .all(|b| matches!(b, b' ' | 0x21..=0x7e) && !b.is_ascii_uppercase())
        && !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ");
    if plain {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(normalize(s))
    }
}

/// Names and numbers are compared after trimming, folding case and collapsing spaces.
pub fn normalize(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Which files to report on: all, or those named on the command line.
#[derive(Debug, Default)]
pub enum Scope {
    #[default]
    All,
    Files(HashSet<String>),
}

impl Scope {
    fn includes(&self, file: &str) -> bool {
        match self {
            Scope::All => true,
            Scope::Files(set) => set.contains(file),
        }
    }
}

/// The severity of a rule in this ledger: its own, or the override; `None` when off.
pub fn effective_level(ledger: &Ledger, code: &str) -> Option<crate::diagnostic::Severity> {
    use crate::diagnostic::Severity;
    let info = catalogue::get(code);
    if info.fixed {
        return Some(info.severity);
    }
    match ledger.config.rules.get(code) {
        Some(Level::Error) => Some(Severity::Error),
        Some(Level::Warning) => Some(Severity::Warning),
        Some(Level::Off) => None,
        None => Some(info.severity),
    }
}

/// Runs every rule over the ledger and reports the findings in `scope`, sorted.
/// Every finding in `scope`, with messages in `lang`.
pub fn check(ledger: &Ledger, today: NaiveDate, scope: &Scope, lang: Lang) -> Report {
    let ctx = Ctx::new(ledger, today);
    let per_entry: Vec<Vec<Diagnostic>> = ledger
        .entries
        .par_iter()
        .enumerate()
        .filter(|(_, e)| scope.includes(&e.source.path))
        .map(|(i, e)| {
            let id = e.id.as_ref().map(|s| s.value.as_str());
            let mut findings = e.findings.clone();
            if let Some(a) = &e.agreement {
                let mut out = Vec::new();
                identity::check(&ctx, i, a, &mut out);
                parties::check(&ctx, i, a, &mut out);
                category::check(&ctx, i, a, &mut out);
                dates::check(&ctx, i, a, &mut out);
                findings.extend(out.into_iter().filter(|f| {
                    let info = catalogue::get(f.rule);
                    info.fixed || a.waive.as_ref().and_then(|w| w.reason(f.rule)).is_none()
                }));
                crate::limit::cap(&mut findings);
            }
            resolve(ledger, findings, id, lang)
        })
        .collect();
    let mut diagnostics: Vec<Diagnostic> = per_entry.into_iter().flatten().collect();
    let global = ledger
        .config_findings
        .iter()
        .chain(&ledger.stray)
        .filter(|f| f.rule == "config-invalid" || scope.includes(&f.location.file))
        .cloned()
        .collect();
    diagnostics.extend(resolve(ledger, global, None, lang));
    let mut report = Report {
        files: match scope {
            Scope::All => ledger.paths().count(),
            Scope::Files(set) => ledger.paths().filter(|p| set.contains(*p)).count(),
        },
        agreements: ledger
            .entries
            .iter()
            .filter(|e| e.agreement.is_some() && scope.includes(&e.source.path))
            .count(),
        diagnostics,
    };
    report.sort();
    report
}

fn resolve(
    ledger: &Ledger,
    findings: Vec<Finding>,
    id: Option<&str>,
    lang: Lang,
) -> Vec<Diagnostic> {
    findings
        .into_iter()
        .filter_map(|f| {
            let severity = effective_level(ledger, f.rule)?;
            Some(Diagnostic::from_finding(f, severity, id, lang))
        })
        .collect()
}

/// Where another file's key is, for `related`.
pub fn related_at(ctx: &Ctx<'_>, i: usize, span: &std::ops::Range<usize>) -> Location {
    Location::at(&ctx.entry(i).source, span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalized_is_normalize() {
        for s in [
            "180/1/438.7.3/2019",
            "",
            " a",
            "a ",
            "a  b",
            "A b",
            "a\tb",
            "a\u{b}b",
            "é",
            "a b",
        ] {
            assert_eq!(normalized(s), normalize(s), "{s:?}");
        }
    }

    #[test]
    fn same_ascii_texts_hash_alike() {
        let units = [
            "Dinas Kesehatan",
            " dinas  KESEHATAN\t",
            "Dinas\u{b}Kesehatan",
            "Dinas Kesehatan2",
        ];
        for a in units {
            for b in units {
                if same_text(a, b) {
                    assert_eq!(folded_hash(a), folded_hash(b), "{a:?} {b:?}");
                }
            }
        }
        assert_ne!(folded_hash("ab c"), folded_hash("a bc"));
    }
}
