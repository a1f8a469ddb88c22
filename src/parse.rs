//! Reading one agreement file strictly: TOML syntax, keys, types and values (RULES.md section A).
//!
//! The file is parsed into toml's spanned tree and walked by hand, so that every problem is a
//! finding at its line (not only the first one, as serde would give) and no key is ever
//! silently defaulted.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use crate::country;
use crate::diagnostic::Finding;
use crate::i18n::Message;
use crate::model::*;
use crate::msg;
use crate::source::Source;
use crate::tree::{Item, Table, Value};

/// What reading one file gave.
#[derive(Debug)]
pub struct Parsed {
    /// The `id`, when the TOML parses and `id` is a string (also when the file has findings).
    pub id: Option<Sp<String>>,
    /// The agreement, when the file has no finding of section A.
    pub agreement: Option<Agreement>,
    /// Findings of section A.
    pub findings: Vec<Finding>,
}

/// Reads an agreement from a source.
pub fn parse_agreement(source: &Source) -> Parsed {
    let root = match crate::tree::parse(&source.text) {
        Ok(root) => root,
        Err(e) => {
            return Parsed {
                id: None,
                agreement: None,
                findings: vec![syntax_finding(source, &e)],
            };
        }
    };
    let mut r = Reader::new(source);
    let id = root
        .get("id")
        .and_then(|v| v.value.as_str().map(|s| Sp::new(s.to_owned(), v.span())));
    let agreement = r.agreement(&root);
    let findings = r.finish();
    Parsed {
        id,
        agreement: if findings.is_empty() { agreement } else { None },
        findings,
    }
}

/// The finding for a file that is not TOML.
pub fn syntax_finding(source: &Source, e: &toml::de::Error) -> Finding {
    let message = msg!(
        "toml-syntax",
        detail = e.message().trim().trim_end_matches('.')
    );
    match e.span() {
        Some(span) => Finding::at("toml-syntax", source, &span, message),
        None => Finding::whole("toml-syntax", &source.path, message),
    }
}

/// Where a required key belongs, for the message that it is missing.
#[derive(Clone, Copy, Debug)]
pub enum Place<'a> {
    /// The agreement itself (the top of the file).
    Top,
    /// A table named as in TOML: `[termination]`, `[dprd_approval]`.
    Table(&'a str),
    /// One `[[attachments]]` entry.
    Attachment,
    /// One `[[monitoring]]` entry.
    Monitoring,
    /// One `[[parties]]` entry.
    Party,
}

/// The TOML type a key must have, for `wrong-type` (the catalogue words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    String,
    Boolean,
    Date,
    Integer,
    Array,
    Table,
    ArrayOfTables,
}

impl Expected {
    fn token(self) -> &'static str {
        match self {
            Expected::String => "string",
            Expected::Boolean => "boolean",
            Expected::Date => "date",
            Expected::Integer => "integer",
            Expected::Array => "array",
            Expected::Table => "table",
            Expected::ArrayOfTables => "tables",
        }
    }
}

/// A walker over spanned TOML that records findings of section A.
#[derive(Debug)]
pub struct Reader<'s> {
    pub source: &'s Source,
    pub findings: Vec<Finding>,
    /// The rule code used for problems; `config-invalid` when reading kerjasama.toml.
    pub as_rule: Option<&'static str>,
    /// Findings by rule, so that at most [`crate::limit::PER_RULE`] of one are made.
    counter: crate::limit::Counter,
}

impl<'s> Reader<'s> {
    pub fn new(source: &'s Source) -> Self {
        Self {
            source,
            findings: Vec::new(),
            as_rule: None,
            counter: Default::default(),
        }
    }

    /// The findings, with a closing one for each rule that had more than the limit.
    pub fn finish(mut self) -> Vec<Finding> {
        let closing = self.counter.closing(self.source);
        self.findings.extend(closing);
        self.findings
    }

    pub fn report(&mut self, rule: &'static str, span: Option<&Range<usize>>, message: Message) {
        let rule = self.as_rule.unwrap_or(rule);
        if !self.counter.admit(rule, span) {
            return;
        }
        self.findings
            .push(Finding::maybe_at(rule, self.source, span, message));
    }

    /// Reports every key of `table` that is not in `known` as `unknown-key`.
    pub fn keys(&mut self, table: &Table<'_>, known: &[&str], place: &str) {
        let is_known = |name: &str| known.iter().any(|k| k.len() == name.len() && *k == name);
        if table.entries().iter().all(|e| is_known(&e.key)) {
            return;
        }
        for entry in table.iter() {
            let name = entry.key.as_ref();
            if is_known(name) {
                continue;
            }
            // Past the limit the finding is only counted: no message (and suggestion) made.
            let rule = self.as_rule.unwrap_or("unknown-key");
            if self.counter.full(rule) {
                self.counter.admit(rule, Some(&entry.key_span));
                continue;
            }
            let message = if RESERVED_KEYS.contains(&name) && place.is_empty() {
                msg!("unknown-key-reserved", key = name)
            } else {
                match (place.is_empty(), nearest(name, known.iter().copied())) {
                    (true, None) => msg!("unknown-key", key = name),
                    (true, Some(s)) => msg!("unknown-key-suggest", key = name, suggestion = s),
                    (false, None) => msg!("unknown-key-in", key = name, place = place),
                    (false, Some(s)) => msg!(
                        "unknown-key-in-suggest",
                        key = name,
                        place = place,
                        suggestion = s
                    ),
                }
            };
            self.report("unknown-key", Some(&entry.key_span), message);
        }
    }

    /// A required key: reported as `missing-key` when absent (at `table_span`, or the file).
    pub fn required<T>(
        &mut self,
        table: &Table<'_>,
        key: &str,
        table_span: Option<&Range<usize>>,
        place: Place<'_>,
        conv: impl FnOnce(&mut Self, &str, &Item<'_>) -> Option<T>,
    ) -> Option<Sp<T>> {
        match table.get(key) {
            Some(v) => conv(self, key, v).map(|t| Sp::new(t, v.span())),
            None => {
                let message = match place {
                    Place::Top => msg!("missing-key", key = key),
                    Place::Table(place) => msg!("missing-key-in", key = key, place = place),
                    Place::Attachment => msg!("missing-key-attachment", key = key),
                    Place::Monitoring => msg!("missing-key-monitoring", key = key),
                    Place::Party => msg!("missing-key-party", key = key),
                };
                self.report("missing-key", table_span, message);
                None
            }
        }
    }

    /// An optional key.
    pub fn optional<T>(
        &mut self,
        table: &Table<'_>,
        key: &str,
        conv: impl FnOnce(&mut Self, &str, &Item<'_>) -> Option<T>,
    ) -> Option<Sp<T>> {
        let v = table.get(key)?;
        conv(self, key, v).map(|t| Sp::new(t, v.span()))
    }

    pub fn wrong_type(&mut self, key: &str, v: &Item<'_>, expected: Expected) {
        let message = match (expected, &v.value) {
            (Expected::Date, Value::String(s)) if parse_date_text(s).is_some() => {
                msg!("wrong-type-date", key = key, value = s)
            }
            (Expected::Integer, Value::String(s))
                if s.trim().replace(['.', '_', ' '], "").parse::<u64>().is_ok() =>
            {
                msg!(
                    "wrong-type-number",
                    key = key,
                    value = s.trim().replace(['.', '_', ' '], "")
                )
            }
            _ => msg!(
                "wrong-type",
                key = key,
                expected = expected.token(),
                found = v.value.type_str()
            ),
        };
        self.report("wrong-type", Some(&v.span()), message);
    }

    pub fn invalid(&mut self, v: &Item<'_>, message: Message) {
        self.report("invalid-value", Some(&v.span()), message);
    }

    pub fn string(&mut self, key: &str, v: &Item<'_>) -> Option<String> {
        match &v.value {
            Value::String(s) => Some(s.to_string()),
            _ => {
                self.wrong_type(key, v, Expected::String);
                None
            }
        }
    }

    pub fn boolean(&mut self, key: &str, v: &Item<'_>) -> Option<bool> {
        match &v.value {
            Value::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(key, v, Expected::Boolean);
                None
            }
        }
    }

    pub fn date(&mut self, key: &str, v: &Item<'_>) -> Option<NaiveDate> {
        if let Value::Datetime(dt) = &v.value
            && let (Some(d), None, None) = (dt.date, dt.time, dt.offset)
        {
            return NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into());
        }
        self.wrong_type(key, v, Expected::Date);
        None
    }

    /// A non-negative integer.
    pub fn count<T: TryFrom<u64>>(&mut self, key: &str, v: &Item<'_>) -> Option<T> {
        let Value::Integer(text, radix) = &v.value else {
            self.wrong_type(key, v, Expected::Integer);
            return None;
        };
        match u64::from_str_radix(text, *radix)
            .ok()
            .and_then(|n| T::try_from(n).ok())
        {
            Some(n) => Some(n),
            None => {
                let message = if text.starts_with('-') {
                    msg!("invalid-value-negative", key = key, value = text)
                } else {
                    msg!("invalid-value-too-large", key = key, value = text)
                };
                self.invalid(v, message);
                None
            }
        }
    }

    pub fn choice<E: Choice>(&mut self, key: &str, v: &Item<'_>) -> Option<E> {
        let s = self.string(key, v)?;
        match E::parse(&s) {
            Some(e) => Some(e),
            None => {
                let message = match nearest(&s, E::ALL.iter().map(|e| e.as_str())) {
                    None => msg!(
                        "invalid-value-choice",
                        key = key,
                        value = s,
                        allowed = E::list()
                    ),
                    Some(suggestion) => msg!(
                        "invalid-value-choice-suggest",
                        key = key,
                        value = s,
                        allowed = E::list(),
                        suggestion = suggestion
                    ),
                };
                self.invalid(v, message);
                None
            }
        }
    }

    /// An array whose items all convert; `None` when any item fails (each one reported).
    pub fn array<T>(
        &mut self,
        key: &str,
        v: &Item<'_>,
        mut item: impl FnMut(&mut Self, &str, &Item<'_>) -> Option<T>,
    ) -> Option<Vec<T>> {
        let Value::Array(items) = &v.value else {
            self.wrong_type(key, v, Expected::Array);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for it in items.iter() {
            match item(self, key, it) {
                Some(t) => out.push(t),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// A table (a `[header]` or an inline table).
    pub fn table<'v, 'i>(&mut self, key: &str, v: &'v Item<'i>) -> Option<&'v Table<'i>> {
        match &v.value {
            Value::Table(t) => Some(t),
            _ => {
                self.wrong_type(key, v, Expected::Table);
                None
            }
        }
    }

    fn agreement(&mut self, t: &Table<'_>) -> Option<Agreement> {
        self.keys(t, AGREEMENT_KEYS, "");
        let id = self.required(t, "id", None, Place::Top, Self::string);
        let title = self.required(t, "title", None, Place::Top, |r, k, v| {
            let s = r.string(k, v)?;
            let n = s.chars().count();
            if n == 0 || n > 300 {
                r.invalid(v, msg!("invalid-value-title", n = n));
                return None;
            }
            Some(s)
        });
        let category = self.required(t, "category", None, Place::Top, Self::choice::<Category>);
        let form = self.required(t, "form", None, Place::Top, Self::choice::<Form>);
        let affairs = self.required(t, "affairs", None, Place::Top, |r, k, v| {
            r.array(k, v, Self::choice::<Affair>)
        });
        let scope = self.optional(t, "scope", |r, k, v| r.array(k, v, Self::choice::<Scope>));
        let unit = self.required(t, "unit", None, Place::Top, Self::string);
        let document = self.required(
            t,
            "document",
            None,
            Place::Top,
            Self::choice::<DocumentKind>,
        );
        let number = self.optional(t, "number", Self::string);
        let signed = self.optional(t, "signed", Self::date);
        let place = self.optional(t, "place", Self::string);
        let start = self.optional(t, "start", Self::date);
        let end = self.optional(t, "end", Self::date);
        let year_only = self.optional(t, "year_only", |r, k, v| {
            r.array(k, v, |r, k, item| {
                let key = r.choice::<DateKey>(k, item)?;
                let date = match key {
                    DateKey::Signed => &signed,
                    DateKey::Start => &start,
                    DateKey::End => &end,
                };
                match date {
                    None => {
                        r.invalid(
                            item,
                            msg!("invalid-value-year-only-absent", key = key.as_str()),
                        );
                        None
                    }
                    Some(d) if d.month() != 1 || d.day() != 1 => {
                        r.invalid(
                            item,
                            msg!(
                                "invalid-value-year-only-date",
                                key = key.as_str(),
                                date = d.value,
                                year = d.year()
                            ),
                        );
                        None
                    }
                    Some(_) => Some(key),
                }
            })
        });
        let parent = self.optional(t, "parent", Self::string);
        let renews = self.optional(t, "renews", Self::string);
        let burdens_region = self.optional(t, "burdens_region", Self::boolean);
        let apbd_funding = self.optional(t, "apbd_funding", Self::choice::<ApbdFunding>);
        let value_idr = self.optional(t, "value_idr", Self::count::<u64>);
        let funding = self.optional(t, "funding", |r, k, v| {
            r.array(k, v, Self::choice::<Funding>)
        });
        let waive = self.optional(t, "waive", |r, k, v| {
            let table = r.table(k, v)?;
            let mut out = Vec::with_capacity(table.iter().len());
            let mut ok = true;
            for e in table.iter() {
                let key = format!("waive.{}", e.key);
                match r.string(&key, &e.value) {
                    Some(s) => out.push((
                        Sp::new(e.key.to_string(), e.key_span.clone()),
                        Sp::new(s, e.value.span()),
                    )),
                    None => ok = false,
                }
            }
            ok.then_some(Waive(out))
        });
        let tags = self.optional(t, "tags", |r, k, v| r.array(k, v, Self::string));
        let notes = self.optional(t, "notes", Self::string);
        let dprd_approval = self.optional(t, "dprd_approval", |r, k, v| r.approval(k, v));
        let central_approval = self.optional(t, "central_approval", |r, k, v| r.approval(k, v));
        let termination = self.optional(t, "termination", |r, k, v| {
            let (tb, span) = (r.table(k, v)?, v.span());
            r.keys(tb, TERMINATION_KEYS, "[termination]");
            let place = Place::Table("[termination]");
            let date = r.required(tb, "date", Some(&span), place, Self::date);
            let reason = r.required(tb, "reason", Some(&span), place, |r, k, v| {
                r.choice::<TerminationReason>(k, v)
            });
            let note = r.optional(tb, "note", Self::string);
            Some(Termination {
                date: date?,
                reason: reason?,
                note,
            })
        });
        let withdrawn = self.optional(t, "withdrawn", |r, k, v| {
            let (tb, span) = (r.table(k, v)?, v.span());
            r.keys(tb, WITHDRAWN_KEYS, "[withdrawn]");
            let place = Place::Table("[withdrawn]");
            let date = r.required(tb, "date", Some(&span), place, Self::date);
            let reason = r.required(tb, "reason", Some(&span), place, Self::string);
            let note = r.optional(tb, "note", Self::string);
            Some(Withdrawn {
                date: date?,
                reason: reason?,
                note,
            })
        });
        let parties = self.table_array(t, "parties", |r, tb, span| r.party(tb, span));
        let attachments = self.table_array(t, "attachments", |r, tb, span| {
            r.keys(tb, ATTACHMENT_KEYS, "[[attachments]]");
            let place = Place::Attachment;
            let path = r.required(tb, "path", Some(span), place, Self::string);
            let sha256 = r.required(tb, "sha256", Some(span), place, |r, k, v| {
                let s = r.string(k, v)?;
                if s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
                    Some(s)
                } else {
                    r.invalid(v, msg!("invalid-value-sha256", value = s));
                    None
                }
            });
            Some(Attachment {
                path: path?,
                sha256: sha256?,
            })
        });
        let monitoring = self.table_array(t, "monitoring", |r, tb, span| {
            r.keys(tb, MONITORING_KEYS, "[[monitoring]]");
            let place = Place::Monitoring;
            let year = r.required(tb, "year", Some(span), place, Self::count::<u16>);
            let state = r.required(tb, "state", Some(span), place, |r, k, v| {
                r.choice::<MonitoringState>(k, v)
            });
            let revenue_idr = r.optional(tb, "revenue_idr", Self::count::<u64>);
            let note = r.optional(tb, "note", Self::string);
            Some(Monitoring {
                year: year?,
                state: state?,
                revenue_idr,
                note,
            })
        });
        Some(Agreement {
            id: id?,
            title: title?,
            category: category?,
            form: form?,
            affairs: affairs?,
            scope,
            unit: unit?,
            document: document?,
            number,
            signed,
            place,
            year_only,
            start,
            end,
            parent,
            renews,
            burdens_region,
            apbd_funding,
            value_idr,
            funding,
            waive,
            tags,
            notes,
            dprd_approval,
            central_approval,
            termination,
            withdrawn,
            parties: parties?,
            attachments: attachments?,
            monitoring: monitoring?,
        })
    }

    /// An array of tables (`[[key]]` or an inline array of inline tables); absent is empty.
    fn table_array<T>(
        &mut self,
        t: &Table<'_>,
        key: &str,
        mut item: impl FnMut(&mut Self, &Table<'_>, &Range<usize>) -> Option<T>,
    ) -> Option<Vec<Sp<T>>> {
        let Some(v) = t.get(key) else {
            return Some(Vec::new());
        };
        let Value::Array(items) = &v.value else {
            self.wrong_type(key, v, Expected::ArrayOfTables);
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        let mut ok = true;
        for it in items.iter() {
            let span = it.span();
            match &it.value {
                Value::Table(tb) => match item(self, tb, &span) {
                    Some(x) => out.push(Sp::new(x, span)),
                    None => ok = false,
                },
                _ => {
                    self.wrong_type(key, it, Expected::Table);
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }

    fn approval(&mut self, key: &str, v: &Item<'_>) -> Option<Approval> {
        let tb = self.table(key, v)?;
        let span = v.span();
        let place = format!("[{key}]");
        self.keys(tb, APPROVAL_KEYS, &place);
        let number = self.required(
            tb,
            "number",
            Some(&span),
            Place::Table(&place),
            Self::string,
        );
        let date = self.required(tb, "date", Some(&span), Place::Table(&place), Self::date);
        Some(Approval {
            number: number?,
            date: date?,
        })
    }

    fn party(&mut self, tb: &Table<'_>, span: &Range<usize>) -> Option<Party> {
        self.keys(tb, PARTY_KEYS, "[[parties]]");
        let place = Place::Party;
        let name = self.required(tb, "name", Some(span), place, Self::string);
        let kind = self.required(tb, "type", Some(span), place, Self::choice::<PartyType>);
        let legal_entity = self.optional(tb, "legal_entity", Self::boolean);
        let code = self.optional(tb, "code", Self::string);
        let country = self.optional(tb, "country", |r, k, v| {
            let s = r.string(k, v)?;
            if country::is_alpha2(&s) {
                Some(s)
            } else {
                let upper = s.to_uppercase();
                let message = if country::is_alpha2(&upper) {
                    msg!("invalid-value-country-capitals", value = s, upper = upper)
                } else {
                    msg!("invalid-value-country", value = s)
                };
                r.invalid(v, message);
                None
            }
        });
        let number = self.optional(tb, "number", Self::string);
        let signatory = self.optional(tb, "signatory", Self::string);
        let proxy = self.optional(tb, "proxy", |r, k, v| {
            let ptb = r.table(k, v)?;
            r.keys(ptb, PROXY_KEYS, "`proxy`");
            let number = r.optional(ptb, "number", Self::string);
            let date = r.optional(ptb, "date", Self::date);
            Some(Proxy { number, date })
        });
        Some(Party {
            name: name?,
            kind: kind?,
            legal_entity,
            code,
            country,
            number,
            signatory,
            proxy,
        })
    }
}

/// `2019-01-15` or similar text that a user meant as a date.
pub fn parse_date_text(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// The nearest candidate to `word`, when one is near enough (of equally near ones, the last):
/// what a "did you mean" hint names.
pub fn nearest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_lowercase();
    let best = candidates
        .map(|c| (strsim::jaro_winkler(&lower, &c.to_lowercase()), c))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    near_enough(best)
}

/// [`nearest`] among candidates in no particular order (the keys of a hash map): of equally
/// near candidates the greatest, so that the hint does not depend on the order.
pub fn nearest_unordered<'a>(
    word: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = word.to_lowercase();
    let best = candidates
        .map(|c| (strsim::jaro_winkler(&lower, &c.to_lowercase()), c))
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(b.1)));
    near_enough(best)
}

fn near_enough(best: Option<(f64, &str)>) -> Option<&str> {
    match best {
        Some((score, c)) if score >= 0.7 => Some(c),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Parsed {
        parse_agreement(&Source::new("agreements/2019/KS-2019-001.toml", text))
    }

    const MINIMAL: &str = r#"id = "KS-2019-001"
title = "Kerja sama"
category = "KSDPK"
form = "lainnya"
affairs = ["kesehatan"]
unit = "Dinas Kesehatan"
document = "KSB"
"#;

    #[test]
    fn minimal_file_reads() {
        let p = parse(MINIMAL);
        assert!(p.findings.is_empty(), "{:?}", p.findings);
        let a = p.agreement.expect("agreement");
        assert_eq!(a.id.value, "KS-2019-001");
        assert!(a.parties.is_empty());
    }

    #[test]
    fn every_problem_is_reported() {
        let text = format!(
            "{MINIMAL}tittle = 1\nsigned = \"2019-01-15\"\nvalue_idr = -5\n[[parties]]\nname = \"X\"\n"
        );
        let p = parse(&text.replace("KSDPK", "KSDX"));
        let rules: Vec<_> = p.findings.iter().map(|f| f.rule).collect();
        assert!(p.agreement.is_none());
        assert_eq!(p.id.map(|i| i.value), Some("KS-2019-001".into()));
        for r in ["invalid-value", "unknown-key", "wrong-type", "missing-key"] {
            assert!(rules.contains(&r), "{r} in {rules:?}");
        }
        let unknown = p.findings.iter().find(|f| f.rule == "unknown-key");
        assert!(unknown.is_some_and(|f| {
            f.message
                .text(crate::i18n::Lang::En)
                .contains("did you mean `title`")
        }));
        let wrong = p.findings.iter().find(|f| f.rule == "wrong-type");
        assert!(wrong.is_some_and(|f| {
            f.message
                .text(crate::i18n::Lang::En)
                .contains("signed = 2019-01-15")
        }));
    }

    #[test]
    fn syntax_error_has_a_line() {
        let p = parse("id = \"KS\ntitle = 1\n");
        assert_eq!(p.findings.len(), 1);
        assert_eq!(p.findings[0].rule, "toml-syntax");
        assert_eq!(p.findings[0].location.line, Some(1));
    }
}
