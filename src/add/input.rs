//! The new agreement as it is being put together: a TOML table filled from `--from` and the
//! flags (flags win), before it is rendered, read back and checked like any ledger file.

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use sha2::{Digest, Sha256};
use toml::{Table, Value};

use crate::config::Config;
use crate::i18n::Lang;
use crate::model::{Category, Choice, DocumentKind, MonitoringState, PartyType, TerminationReason};
use crate::tr;

/// A date given on the command line or at a prompt: `2019-01-15`, `15-01-2019` (also with `/`
/// or `.`), or `today` (`hari ini`).
pub fn parse_date(s: &str, today: NaiveDate, lang: Lang) -> Result<NaiveDate, String> {
    let t = s.trim();
    if t.eq_ignore_ascii_case("today") || t.eq_ignore_ascii_case("hari ini") {
        return Ok(today);
    }
    let iso = NaiveDate::parse_from_str(t, "%Y-%m-%d");
    let dmy = ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(t, f).ok());
    match (iso, dmy) {
        (Ok(d), _) if t.len() == 10 => Ok(d),
        (_, Some(d)) if t.len() == 10 => Ok(d),
        _ => Err(tr!(lang, "add-bad-date", value = s)),
    }
}

/// A date as a TOML local date.
pub fn date_value(d: NaiveDate) -> Value {
    Value::Datetime(toml::value::Datetime {
        date: Some(toml::value::Date {
            year: d.year() as u16,
            month: d.month() as u8,
            day: d.day() as u8,
        }),
        time: None,
        offset: None,
    })
}

/// The date stored under `key`, when it is a local date.
pub fn date_of(t: &Table, key: &str) -> Option<NaiveDate> {
    match t.get(key)? {
        Value::Datetime(toml::value::Datetime {
            date: Some(d),
            time: None,
            offset: None,
        }) => NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()),
        _ => None,
    }
}

/// The string stored under `key`.
pub fn str_of<'t>(t: &'t Table, key: &str) -> Option<&'t str> {
    t.get(key).and_then(Value::as_str)
}

/// The enum value stored under `key`, when it is one.
pub fn choice_of<E: Choice>(t: &Table, key: &str) -> Option<E> {
    str_of(t, key).and_then(E::parse)
}

/// `a;b;c` split on `;` (a `\;` stays a semicolon), each part trimmed.
fn fields(s: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&';') => {
                chars.next();
                if let Some(last) = parts.last_mut() {
                    last.push(';');
                }
            }
            ';' => parts.push(String::new()),
            c => {
                if let Some(last) = parts.last_mut() {
                    last.push(c);
                }
            }
        }
    }
    parts.into_iter().map(|p| p.trim().to_owned()).collect()
}

/// `; did you mean `x`?` for the nearest of `candidates` when one is near enough, or nothing.
fn did_you_mean<'a>(word: &str, candidates: impl Iterator<Item = &'a str>, lang: Lang) -> String {
    crate::parse::nearest(word, candidates)
        .map_or_else(String::new, |c| tr!(lang, "add-did-you-mean", value = c))
}

/// The kinds of value [`choice_value`] reads, for its message.
#[derive(Clone, Copy)]
enum Kind {
    PartyType,
    TerminationReason,
    MonitoringState,
}

fn choice_value<E: Choice>(kind: Kind, s: &str, lang: Lang) -> Result<Value, String> {
    if let Some(v) = E::parse(s) {
        return Ok(Value::String(v.as_str().to_owned()));
    }
    let hint = did_you_mean(s, E::ALL.iter().map(|v| v.as_str()), lang);
    let values = E::list();
    Err(match kind {
        Kind::PartyType => tr!(
            lang,
            "add-bad-party-type",
            value = s,
            hint = hint,
            values = values
        ),
        Kind::TerminationReason => tr!(
            lang,
            "add-bad-termination-reason",
            value = s,
            hint = hint,
            values = values
        ),
        Kind::MonitoringState => tr!(
            lang,
            "add-bad-monitoring-state",
            value = s,
            hint = hint,
            values = values
        ),
    })
}

fn boolean(key: &str, s: &str, lang: Lang) -> Result<bool, String> {
    match s.to_ascii_lowercase().as_str() {
        "true" | "yes" | "ya" | "y" => Ok(true),
        "false" | "no" | "tidak" | "n" => Ok(false),
        _ => Err(tr!(lang, "add-bad-boolean", key = key, value = s)),
    }
}

/// A rupiah amount: digits, optionally grouped with `.`, `,`, `_` or spaces (`1.500.000.000`),
/// optionally after `Rp`.
pub fn parse_amount(s: &str, lang: Lang) -> Result<i64, String> {
    let t = s.trim();
    let t = t
        .strip_prefix("Rp")
        .or_else(|| t.strip_prefix("rp"))
        .unwrap_or(t);
    let digits: String = t
        .chars()
        .filter(|c| !matches!(c, '.' | ',' | '_' | ' '))
        .collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(tr!(lang, "add-bad-amount", value = s));
    }
    digits
        .parse()
        .map_err(|_| tr!(lang, "add-amount-too-large", value = s))
}

/// `--party 'NAME;TYPE[;KEY=VALUE...]'`, keys: legal_entity, code, country, number, signatory,
/// proxy_number, proxy_date.
pub fn parse_party(s: &str, today: NaiveDate, lang: Lang) -> Result<Table, String> {
    const KEYS: [&str; 7] = [
        "legal_entity",
        "code",
        "country",
        "number",
        "signatory",
        "proxy_number",
        "proxy_date",
    ];
    let parts = fields(s);
    let (Some(name), Some(kind)) = (parts.first(), parts.get(1)) else {
        return Err(tr!(lang, "add-party-usage", party = s));
    };
    if name.is_empty() {
        return Err(tr!(lang, "add-party-no-name", party = s));
    }
    let mut t = Table::new();
    t.insert("name".into(), Value::String(name.clone()));
    t.insert(
        "type".into(),
        choice_value::<PartyType>(Kind::PartyType, kind, lang)
            .map_err(|e| tr!(lang, "add-party-error", name = name, error = e))?,
    );
    let mut proxy = Table::new();
    for part in &parts[2..] {
        if part.is_empty() {
            continue;
        }
        let Some((key, value)) = part.split_once('=') else {
            return Err(tr!(
                lang,
                "add-party-not-key-value",
                name = name,
                part = part,
                keys = KEYS.join(", ")
            ));
        };
        let (key, value) = (key.trim(), value.trim());
        match key {
            "legal_entity" => {
                t.insert(key.into(), Value::Boolean(boolean(key, value, lang)?));
            }
            "code" | "number" | "signatory" => {
                t.insert(key.into(), Value::String(value.to_owned()));
            }
            "country" => {
                t.insert(key.into(), Value::String(value.to_ascii_uppercase()));
            }
            "proxy_number" => {
                proxy.insert("number".into(), Value::String(value.to_owned()));
            }
            "proxy_date" => {
                proxy.insert("date".into(), date_value(parse_date(value, today, lang)?));
            }
            other => {
                return Err(tr!(
                    lang,
                    "add-party-unknown-key",
                    name = name,
                    key = other,
                    hint = did_you_mean(other, KEYS.into_iter(), lang),
                    keys = KEYS.join(", ")
                ));
            }
        }
    }
    if !proxy.is_empty() {
        t.insert("proxy".into(), Value::Table(proxy));
    }
    Ok(t)
}

/// `NUMBER;DATE` of an approval.
pub fn parse_approval(s: &str, today: NaiveDate, lang: Lang) -> Result<Table, String> {
    match fields(s).as_slice() {
        [number, date] if !number.is_empty() => {
            let mut t = Table::new();
            t.insert("number".into(), Value::String(number.clone()));
            t.insert("date".into(), date_value(parse_date(date, today, lang)?));
            Ok(t)
        }
        _ => Err(tr!(lang, "add-approval-usage", approval = s)),
    }
}

/// `DATE;REASON[;NOTE]` of a termination (reason from the list) or a withdrawal (free text).
pub fn parse_ending(
    s: &str,
    today: NaiveDate,
    termination: bool,
    lang: Lang,
) -> Result<Table, String> {
    let parts = fields(s);
    let key = if termination {
        "termination"
    } else {
        "withdrawn"
    };
    let (Some(date), Some(reason)) = (parts.first(), parts.get(1)) else {
        return Err(tr!(lang, "add-ending-usage", key = key, value = s));
    };
    let mut t = Table::new();
    t.insert("date".into(), date_value(parse_date(date, today, lang)?));
    let reason = if termination {
        choice_value::<TerminationReason>(Kind::TerminationReason, reason, lang)?
    } else {
        Value::String(reason.clone())
    };
    t.insert("reason".into(), reason);
    let note = parts.get(2..).map(|p| p.join(";")).unwrap_or_default();
    if !note.is_empty() {
        t.insert("note".into(), Value::String(note));
    }
    Ok(t)
}

/// `YEAR;STATE[;REVENUE[;NOTE]]` of a monitoring entry.
pub fn parse_monitoring(s: &str, lang: Lang) -> Result<Table, String> {
    let parts = fields(s);
    let (Some(year), Some(state)) = (parts.first(), parts.get(1)) else {
        return Err(tr!(lang, "add-monitoring-usage", monitoring = s));
    };
    let year: i64 = year
        .parse()
        .ok()
        .filter(|y| (1900..=9999).contains(y))
        .ok_or_else(|| tr!(lang, "add-monitoring-bad-year", monitoring = s, year = year))?;
    let mut t = Table::new();
    t.insert("year".into(), Value::Integer(year));
    t.insert(
        "state".into(),
        choice_value::<MonitoringState>(Kind::MonitoringState, state, lang)?,
    );
    if let Some(rev) = parts.get(2).filter(|r| !r.is_empty()) {
        t.insert(
            "revenue_idr".into(),
            Value::Integer(parse_amount(rev, lang)?),
        );
    }
    if parts.len() > 3 {
        t.insert("note".into(), Value::String(parts[3..].join(";")));
    }
    Ok(t)
}

/// `RULE=REASON` of a waiver.
pub fn parse_waiver(s: &str, lang: Lang) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((rule, reason)) if !rule.trim().is_empty() => {
            Ok((rule.trim().to_owned(), reason.trim().to_owned()))
        }
        _ => Err(tr!(lang, "add-waiver-usage", waiver = s)),
    }
}

/// `PATH[;SHA256]` of an attachment, the path relative to the ledger root; without a hash the
/// file is read and hashed.
pub fn parse_attachment(s: &str, root: &Path, lang: Lang) -> Result<Table, String> {
    let parts = fields(s);
    let path = parts.first().cloned().unwrap_or_default();
    if path.is_empty() {
        return Err(tr!(lang, "add-attachment-usage", attachment = s));
    }
    let sha = match parts.get(1).filter(|h| !h.is_empty()) {
        Some(h) => h.to_ascii_lowercase(),
        None => {
            let p = Path::new(&path);
            if p.is_absolute() || p.components().any(|c| c == std::path::Component::ParentDir) {
                return Err(tr!(lang, "add-attachment-outside", attachment = path));
            }
            hash_inside(root, p, lang).map_err(|error| {
                tr!(
                    lang,
                    "add-attachment-unreadable",
                    attachment = path,
                    file = root.join(p).display().to_string(),
                    error = error
                )
            })?
        }
    };
    let mut t = Table::new();
    t.insert("path".into(), Value::String(path));
    t.insert("sha256".into(), Value::String(sha));
    Ok(t)
}

/// The SHA-256 of the ledger file `rel`, read as the check reads attachments: only a regular
/// file inside the ledger (links resolved), streamed rather than read whole.
fn hash_inside(root: &Path, rel: &Path, lang: Lang) -> Result<String, String> {
    let io = |e: std::io::Error| e.to_string();
    let canonical_root = std::fs::canonicalize(root).map_err(io)?;
    let target = std::fs::canonicalize(root.join(rel)).map_err(io)?;
    if !target.starts_with(&canonical_root) {
        return Err(tr!(
            lang,
            "add-attachment-link-outside",
            target = target.display().to_string()
        ));
    }
    // Looked at first, so that a FIFO or device is not even opened.
    if !std::fs::metadata(&target).map_err(io)?.is_file() {
        return Err(tr!(lang, "add-attachment-not-regular"));
    }
    let (mut file, _) =
        crate::open::open_regular(&target, &canonical_root).map_err(|r| match r {
            crate::open::Refusal::NotRegular => tr!(lang, "add-attachment-not-regular"),
            crate::open::Refusal::Outside(real) => tr!(
                lang,
                "add-attachment-link-outside",
                target = real.display().to_string()
            ),
            crate::open::Refusal::Io(e) => e.to_string(),
        })?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher).map_err(io)?;
    Ok(format!("{:x}", hasher.finalize()))
}

/// The home daerah as a party (`Pemerintah Kabupaten Sidoarjo`), when the ledger has a home.
pub fn home_party(config: &Config) -> Option<Table> {
    let home = config.home()?;
    let mut t = Table::new();
    let name = match &home.name {
        Some(n) => format!("Pemerintah {n}"),
        None => format!("Pemerintah Daerah {}", home.code),
    };
    t.insert("name".into(), Value::String(name));
    t.insert("type".into(), Value::String(home.kind.as_str().to_owned()));
    t.insert("code".into(), Value::String(home.code));
    Some(t)
}

/// The parties given, as tables (anything else is left for the check to report).
pub fn parties(t: &Table) -> Vec<&Table> {
    match t.get("parties") {
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_table).collect(),
        _ => Vec::new(),
    }
}

/// Whether a party table is the home daerah.
pub fn is_home(p: &Table, config: &Config) -> bool {
    let Some(home) = config.home() else {
        return false;
    };
    let daerah = choice_of::<PartyType>(p, "type").is_some_and(PartyType::is_daerah);
    daerah && str_of(p, "code").is_some_and(|c| c.trim() == home.code)
}

/// Puts the home daerah first among the parties unless a party with its code is there.
pub fn ensure_home(t: &mut Table, config: &Config) {
    let Some(home) = home_party(config) else {
        return;
    };
    if parties(t).iter().any(|p| is_home(p, config)) {
        return;
    }
    match t.get_mut("parties") {
        Some(Value::Array(a)) => a.insert(0, Value::Table(home)),
        Some(_) => {} // not an array: the check reports it
        None => {
            t.insert("parties".into(), Value::Array(vec![Value::Table(home)]));
        }
    }
}

/// What the agreement still needs before it can be recorded without an error: the flag names of
/// the keys that are missing. `level_on(rule)` tells whether a rule that requires a key is at
/// error level in this ledger.
pub fn missing(
    t: &Table,
    config: &Config,
    error_level: impl Fn(&str) -> bool,
) -> Vec<&'static str> {
    let mut out = Vec::new();
    let has = |k: &str| t.contains_key(k);
    for (key, flag) in [
        ("title", "--title"),
        ("category", "--category"),
        ("form", "--form"),
        ("affairs", "--affair"),
        ("unit", "--unit"),
        ("document", "--document"),
    ] {
        if !has(key) {
            out.push(flag);
        }
    }
    let counterparts = parties(t).iter().filter(|p| !is_home(p, config)).count();
    if counterparts == 0 && !matches!(t.get("parties"), Some(v) if !v.is_array()) {
        out.push("--party");
    }
    let category = choice_of::<Category>(t, "category");
    let document = choice_of::<DocumentKind>(t, "document");
    let mut need = |cond: bool, key: &str, rule: &str, flag: &'static str| {
        if cond && !has(key) && error_level(rule) {
            out.push(flag);
        }
    };
    let signed = has("signed");
    need(signed, "number", "number-missing", "--number");
    need(signed, "start", "start-missing", "--start");
    need(
        document == Some(DocumentKind::Pks),
        "end",
        "pks-end-missing",
        "--end",
    );
    need(
        document == Some(DocumentKind::Adendum),
        "parent",
        "parent-kind",
        "--parent",
    );
    let budget = document == Some(DocumentKind::Pks)
        && matches!(category, Some(Category::Ksdd | Category::Ksdpk));
    need(
        budget,
        "burdens_region",
        "budget-flags-missing",
        "--burdens-region",
    );
    need(
        budget,
        "apbd_funding",
        "budget-flags-missing",
        "--apbd-funding",
    );
    need(
        category.is_some_and(Category::is_foreign),
        "scope",
        "scope-missing",
        "--scope",
    );
    out
}

/// The year an id is given in: the year of `signed`, else (a draft) the current year.
pub fn id_year(t: &Table, today: NaiveDate) -> i32 {
    date_of(t, "signed").map_or(today.year(), |d| d.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn dates_in_three_spellings() {
        let today = day("2026-11-28");
        let date = |s: &str| parse_date(s, today, Lang::En);
        assert_eq!(date("2019-01-15"), Ok(day("2019-01-15")));
        assert_eq!(date("15-01-2019"), Ok(day("2019-01-15")));
        assert_eq!(date("15/01/2019"), Ok(day("2019-01-15")));
        assert_eq!(date("today"), Ok(today));
        assert_eq!(date("hari ini"), Ok(today));
        assert!(date("2019-02-30").is_err());
        assert!(date("01-15-2019").is_err());
        assert!(date("2019-1-5").is_err());
        assert_eq!(
            parse_date("2019-1-5", today, Lang::Id),
            Err("`2019-1-5` bukan tanggal; tulis 2019-01-15, 15-01-2019 atau `hari ini`".into())
        );
    }

    #[test]
    fn compact_party() {
        let today = day("2026-11-28");
        let p = parse_party(
            "PT Indosat Tbk;badan_usaha;legal_entity=true;signatory=Direktur\\; Regional",
            today,
            Lang::En,
        )
        .expect("party");
        assert_eq!(str_of(&p, "name"), Some("PT Indosat Tbk"));
        assert_eq!(str_of(&p, "type"), Some("badan_usaha"));
        assert_eq!(p.get("legal_entity"), Some(&Value::Boolean(true)));
        assert_eq!(str_of(&p, "signatory"), Some("Direktur; Regional"));
        let party = |s: &str, lang| parse_party(s, today, lang);
        let e = party("PT X;badan_usaaha", Lang::En).expect_err("bad type");
        assert!(e.contains("did you mean `badan_usaha`"), "{e}");
        let e = party("PT X;badan_usaaha", Lang::Id).expect_err("bad type");
        assert!(e.contains("apakah yang dimaksud `badan_usaha`"), "{e}");
        assert!(party("PT X", Lang::En).is_err());
        let e = party("PT X;ormas;legal=true", Lang::En).expect_err("unknown key");
        assert!(
            e.contains("unknown key `legal`; did you mean `legal_entity`?"),
            "{e}"
        );
    }

    #[test]
    fn amounts() {
        let amount = |s: &str| parse_amount(s, Lang::En);
        assert_eq!(amount("1.500.000.000"), Ok(1_500_000_000));
        assert_eq!(amount("Rp 25_000"), Ok(25_000));
        assert!(amount("-5").is_err());
        assert!(amount("lima").is_err());
    }
}
