//! At most [`PER_RULE`] findings of one rule are listed for one file; the rest are counted and
//! told in one closing finding of that rule.
//!
//! A hostile or broken file can hold millions of the same mistake (`tags = [1, 1, 1, ...]`
//! over 10 MB, 500,000 parties without `legal_entity`). Listed one by one they would cost
//! gigabytes and drown the useful output; a person fixes the first and checks again. Every
//! finding listed is true, and the closing one says how many more there are and where the
//! first of them is, so nothing is silently dropped.

use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::diagnostic::Finding;
use crate::i18n::Message;
use crate::msg;
use crate::source::Source;

/// The most findings of one rule listed for one file.
pub const PER_RULE: usize = 1_000;

/// Counts findings by rule while they are made, so that those past the limit are never made.
#[derive(Debug, Default)]
pub struct Counter {
    /// By rule: how many were reported, and the span of the first one not listed.
    seen: FxHashMap<&'static str, (usize, Option<Range<usize>>)>,
}

impl Counter {
    /// Whether a finding of `rule` at `span` is to be made (listed); counts it either way.
    pub fn admit(&mut self, rule: &'static str, span: Option<&Range<usize>>) -> bool {
        let (n, first_over) = self.seen.entry(rule).or_default();
        *n += 1;
        if *n <= PER_RULE {
            return true;
        }
        if *n == PER_RULE + 1 {
            *first_over = span.cloned();
        }
        false
    }

    /// Whether findings of `rule` are past the limit already (the next one is only counted).
    pub fn full(&self, rule: &str) -> bool {
        self.seen.get(rule).is_some_and(|(n, _)| *n >= PER_RULE)
    }

    /// The closing findings, one for each rule that had more than [`PER_RULE`], in the order
    /// of the rule codes.
    pub fn closing(self, source: &Source) -> Vec<Finding> {
        let mut over: Vec<_> = self
            .seen
            .into_iter()
            .filter(|(_, (n, _))| *n > PER_RULE)
            .collect();
        over.sort_by_key(|(rule, _)| *rule);
        over.into_iter()
            .map(|(rule, (n, span))| {
                Finding::maybe_at(rule, source, span.as_ref(), more(rule, n - PER_RULE))
            })
            .collect()
    }
}

/// The closing finding's message: this one and `n - 1` more of `rule` are not listed.
fn more(rule: &'static str, n: usize) -> Message {
    msg!(
        "findings-not-listed",
        rule = rule,
        more = n - 1,
        limit = PER_RULE
    )
}

/// Keeps the first [`PER_RULE`] findings of each rule (in the order of their place in the
/// file) and replaces the rest of that rule by one closing finding, placed at the first of them.
pub fn cap(findings: &mut Vec<Finding>) {
    let mut counts: FxHashMap<&'static str, usize> = FxHashMap::default();
    for f in findings.iter() {
        *counts.entry(f.rule).or_default() += 1;
    }
    if counts.values().all(|&n| n <= PER_RULE) {
        return;
    }
    findings.sort_by(|a, b| (a.rule, &a.location).cmp(&(b.rule, &b.location)));
    let mut kept = Vec::with_capacity(findings.len().min(counts.len() * (PER_RULE + 1)));
    let mut listed: FxHashMap<&'static str, usize> = FxHashMap::default();
    for mut f in findings.drain(..) {
        let k = listed.entry(f.rule).or_default();
        *k += 1;
        if *k <= PER_RULE {
            kept.push(f);
        } else if *k == PER_RULE + 1 {
            f.message = more(f.rule, counts[f.rule] - PER_RULE);
            f.related.clear();
            kept.push(f);
        }
    }
    *findings = kept;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_first_of_a_rule_are_listed_and_the_rest_told_once() {
        let source = Source::new("a.toml", "x\n".repeat(3_000));
        let mut counter = Counter::default();
        let mut made = Vec::new();
        for i in 0..2_500 {
            let span = 2 * i..2 * i + 1;
            if counter.admit("wrong-type", Some(&span)) {
                made.push(Finding::at(
                    "wrong-type",
                    &source,
                    &span,
                    msg!("toml-syntax", detail = "x"),
                ));
            }
            if i < 10 && counter.admit("unknown-key", Some(&span)) {
                made.push(Finding::at(
                    "unknown-key",
                    &source,
                    &span,
                    msg!("toml-syntax", detail = "y"),
                ));
            }
        }
        assert_eq!(made.len(), PER_RULE + 10);
        assert!(counter.full("wrong-type") && !counter.full("unknown-key"));
        let closing = counter.closing(&source);
        assert_eq!(closing.len(), 1);
        assert_eq!(closing[0].rule, "wrong-type");
        assert_eq!(closing[0].location.line, Some(PER_RULE + 1));
        assert!(
            closing[0]
                .message
                .text(Lang::En)
                .starts_with("this and 1499 more findings of wrong-type in this file")
        );

        // The same findings all made, then capped: the same result.
        let mut all: Vec<Finding> = (0..2_500)
            .rev()
            .map(|i| {
                Finding::at(
                    "wrong-type",
                    &source,
                    &(2 * i..2 * i + 1),
                    msg!("toml-syntax", detail = "x"),
                )
            })
            .chain((0..10).map(|i| {
                Finding::at(
                    "unknown-key",
                    &source,
                    &(2 * i..2 * i + 1),
                    msg!("toml-syntax", detail = "y"),
                )
            }))
            .collect();
        cap(&mut all);
        assert_eq!(all.len(), PER_RULE + 11);
        let last = all.iter().rfind(|f| f.rule == "wrong-type");
        assert_eq!(last.map(|f| f.location.line), Some(Some(PER_RULE + 1)));
        assert_eq!(last.map(|f| &f.message), Some(&closing[0].message));
        let mut few = all[..5].to_vec();
        cap(&mut few);
        assert_eq!(few.len(), 5, "under the limit nothing changes");
    }
}
