//! A set of parties that answers "is one of them the same party as this one?" with a hash
//! lookup instead of a comparison with each, so that the rules over a file of 100,000 parties
//! take linear time, not quadratic.
//!
//! Two parties are the same (RULES.md, "Terms"; [`same_party`]) when both are daerah with a
//! code and the codes are equal, or, for any other pair, when their names are the same by
//! [`super::same_text`]. That is not transitive: a daerah without a
//! code is "the same" as two daerah with different codes but its name. So the set keeps the
//! codes of the coded daerah and, apart, the names of the parties that are not coded daerah,
//! and asks exactly the question the pairwise comparison would ask of each member.

use rustc_hash::FxHashMap;

use crate::model::Party;

/// Two parties are the same: daerah by code when both have one, otherwise by name.
pub fn same_party(p: &Party, q: &Party) -> bool {
    match (&p.code, &q.code) {
        (Some(a), Some(b)) if p.kind.is_daerah() && q.kind.is_daerah() => {
            a.value.trim() == b.value.trim()
        }
        _ => super::same_text(&p.name, &q.name),
    }
}

/// Up to this many parties are compared one by one (cheaper than hashing for the two to five
/// parties of nearly every agreement); more go into the maps.
const SMALL: usize = 16;

/// Parties, each with its position, that can say which of them is the same as another.
#[derive(Debug, Default)]
pub struct PartySet<'p> {
    /// The parties while there are few.
    small: Vec<(&'p Party, usize)>,
    /// Past [`SMALL`] parties, all of them by their keys.
    maps: Option<Maps>,
}

/// Parties by the keys that the sameness of parties compares, each key with the position of
/// the first party inserted under it.
#[derive(Debug, Default)]
struct Maps {
    /// Trimmed codes of the daerah that carry one.
    codes: FxHashMap<String, usize>,
    /// Names (by [`name_key`]) of all parties.
    names: FxHashMap<String, usize>,
    /// Names of the parties that are not a daerah with a code.
    names_uncoded: FxHashMap<String, usize>,
}

/// The code of a daerah that carries one: what is compared when both parties have one.
fn coded(p: &Party) -> Option<&str> {
    p.code
        .as_ref()
        .filter(|_| p.kind.is_daerah())
        .map(|c| c.value.trim())
}

/// A key equal for two names exactly when [`super::same_text`] finds them the same: the
/// words, each folded character by character as `same_text` folds them, joined by one space.
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

impl Maps {
    fn insert(&mut self, p: &Party, at: usize) {
        let name = name_key(&p.name.value);
        match coded(p) {
            Some(code) => {
                self.codes.entry(code.to_owned()).or_insert(at);
            }
            None => {
                self.names_uncoded.entry(name.clone()).or_insert(at);
            }
        }
        self.names.entry(name).or_insert(at);
    }

    fn find(&self, p: &Party) -> Option<usize> {
        let name = name_key(&p.name.value);
        match coded(p) {
            // Another coded daerah by its code; any other party by its name.
            Some(code) => {
                let by_code = self.codes.get(code).copied();
                let by_name = self.names_uncoded.get(&name).copied();
                by_code.into_iter().chain(by_name).min()
            }
            None => self.names.get(&name).copied(),
        }
    }
}

impl<'p> PartySet<'p> {
    /// Adds party `p` at position `at` (positions are given in increasing order).
    pub fn insert(&mut self, p: &'p Party, at: usize) {
        if let Some(maps) = &mut self.maps {
            maps.insert(p, at);
        } else if self.small.len() < SMALL {
            self.small.push((p, at));
        } else {
            let mut maps = Maps::default();
            for (q, i) in self.small.drain(..) {
                maps.insert(q, i);
            }
            maps.insert(p, at);
            self.maps = Some(maps);
        }
    }

    /// The position of the first party in the set that is the same as `p`.
    pub fn find(&self, p: &Party) -> Option<usize> {
        match &self.maps {
            Some(maps) => maps.find(p),
            None => self
                .small
                .iter()
                .find(|(q, _)| same_party(q, p))
                .map(|&(_, i)| i),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PartyType, Sp};

    fn party(name: &str, kind: PartyType, code: Option<&str>) -> Party {
        Party {
            name: Sp::bare(name.into()),
            kind: Sp::bare(kind),
            legal_entity: None,
            code: code.map(|c| Sp::bare(c.into())),
            country: None,
            number: None,
            signatory: None,
            proxy: None,
        }
    }

    #[test]
    fn names_fold_as_same_text_does() {
        let names = [
            "PT Maju",
            " pt  MAJU\t",
            "PT\u{b}Maju",
            "PT Maju Jaya",
            "PTMaju",
            "ΟΔΟΣ",
            "οδος",
            "οδοσ",
            "\u{212a}ota",
            "kota",
            "KOTA",
            "İstanbul",
            "i\u{307}stanbul",
            "istanbul",
            "",
            "   ",
            "ß",
            "SS",
        ];
        for a in names {
            for b in names {
                assert_eq!(
                    super::super::same_text(a, b),
                    name_key(a) == name_key(b),
                    "{a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn the_set_finds_what_a_pairwise_search_finds() {
        use PartyType::*;
        let kinds = [Kabupaten, Kota, Provinsi, BadanUsaha, Ormas];
        let names = ["A", "a", "B", "b  ", "C"];
        let codes = [
            None,
            Some("35.15"),
            Some(" 35.15 "),
            Some("35.78"),
            Some("35"),
        ];
        // Lists of parties drawn from a small pool, in a fixed pseudo-random
        // order: the first earlier party that is the same, by the set and by same_party.
        let mut pool = Vec::new();
        for k in kinds {
            for n in names {
                for c in codes {
                    pool.push(party(n, k, c));
                }
            }
        }
        let mut seed: u64 = 7;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for _ in 0..20_000 {
            // Short lists are compared one by one inside the set; long ones go by the maps.
            let len = if next(2) == 0 {
                1 + next(4)
            } else {
                SMALL + next(8)
            };
            let list: Vec<&Party> = (0..len).map(|_| &pool[next(pool.len())]).collect();
            let mut set = PartySet::default();
            for (j, q) in list.iter().enumerate() {
                let pairwise = list[..j].iter().position(|p| same_party(p, q));
                assert_eq!(set.find(q), pairwise, "{list:#?}");
                set.insert(q, j);
            }
        }
    }
}
