//! `kerjasama add`: recording a new agreement.
//!
//! The agreement is put together as a TOML table ([`input`]), rendered in the canonical layout
//! ([`render`]), read back by the same strict reader as every ledger file and checked with the
//! whole ledger ([`check_new`]); only when that gives no error is it written ([`write`]), whole
//! or not at all and never over an existing file. [`dialogue`] asks for what is missing on a
//! terminal.

pub mod dialogue;
pub mod input;
pub mod render;
pub mod write;

use std::collections::HashSet;
use std::path::Path;

use chrono::NaiveDate;
use toml::{Table, Value};

use crate::cli::AddArgs;
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::ledger::{Entry, Ledger};
use crate::model::Choice;
use crate::parse::{parse_agreement, syntax_finding};
use crate::rules::{self, Scope};
use crate::source::Source;
use crate::tr;

use input::{date_value, parse_date};

/// Reads a `--from` text as a TOML table; a syntax error is a finding at its line.
pub fn from_text(name: &str, text: &str, lang: Lang) -> Result<Table, Box<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    toml::from_str::<Table>(text).map_err(|e| {
        let f = syntax_finding(&Source::new(name, text), &e);
        Box::new(Diagnostic::from_finding(f, Severity::Error, None, lang))
    })
}

fn text(s: &str) -> Value {
    Value::String(s.to_owned())
}

fn strings<T: Choice>(values: &[T]) -> Value {
    Value::Array(values.iter().map(|v| text(v.as_str())).collect())
}

/// Puts the flags into the table; they win over keys from `--from`. An error is a usage
/// error: a flag value that cannot be understood.
pub fn apply_flags(
    t: &mut Table,
    args: &AddArgs,
    today: NaiveDate,
    root: &Path,
    lang: Lang,
) -> Result<(), String> {
    let mut set = |k: &str, v: Value| {
        t.insert(k.to_owned(), v);
    };
    let date =
        |s: &str, flag: &str| parse_date(s, today, lang).map_err(|e| format!("--{flag}: {e}"));
    if let Some(v) = &args.id {
        set("id", text(v));
    }
    if let Some(v) = &args.title {
        set("title", text(v));
    }
    if let Some(v) = args.category {
        set("category", text(v.as_str()));
    }
    if let Some(v) = args.form {
        set("form", text(v.as_str()));
    }
    if !args.affairs.is_empty() {
        set("affairs", strings(&args.affairs));
    }
    if !args.scope.is_empty() {
        set("scope", strings(&args.scope));
    }
    if let Some(v) = &args.unit {
        set("unit", text(v));
    }
    if let Some(v) = args.document {
        set("document", text(v.as_str()));
    }
    if let Some(v) = &args.number {
        set("number", text(v));
    }
    if let Some(v) = &args.signed {
        set("signed", date_value(date(v, "signed")?));
    }
    if let Some(v) = &args.place {
        set("place", text(v));
    }
    if !args.year_only.is_empty() {
        set("year_only", strings(&args.year_only));
    }
    if let Some(v) = &args.start {
        set("start", date_value(date(v, "start")?));
    }
    if let Some(v) = &args.end {
        set("end", date_value(date(v, "end")?));
    }
    if let Some(v) = &args.parent {
        set("parent", text(v));
    }
    if let Some(v) = &args.renews {
        set("renews", text(v));
    }
    if let Some(v) = args.burdens_region {
        set("burdens_region", Value::Boolean(v));
    }
    if let Some(v) = args.apbd_funding {
        set("apbd_funding", text(v.as_str()));
    }
    if let Some(v) = &args.value_idr {
        let amount = input::parse_amount(v, lang).map_err(|e| format!("--value-idr: {e}"))?;
        set("value_idr", Value::Integer(amount));
    }
    if !args.funding.is_empty() {
        set("funding", strings(&args.funding));
    }
    if !args.waivers.is_empty() {
        let mut w = Table::new();
        for s in &args.waivers {
            let (rule, reason) =
                input::parse_waiver(s, lang).map_err(|e| format!("--waive: {e}"))?;
            w.insert(rule, text(&reason));
        }
        set("waive", Value::Table(w));
    }
    if !args.tags.is_empty() {
        set(
            "tags",
            Value::Array(args.tags.iter().map(|s| text(s)).collect()),
        );
    }
    if let Some(v) = &args.notes {
        set("notes", text(v));
    }
    if !args.parties.is_empty() {
        let parties = args
            .parties
            .iter()
            .map(|s| input::parse_party(s, today, lang).map(Value::Table))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("--party: {e}"))?;
        set("parties", Value::Array(parties));
    }
    if let Some(v) = &args.dprd_approval {
        let a =
            input::parse_approval(v, today, lang).map_err(|e| format!("--dprd-approval: {e}"))?;
        set("dprd_approval", Value::Table(a));
    }
    if let Some(v) = &args.central_approval {
        let a = input::parse_approval(v, today, lang)
            .map_err(|e| format!("--central-approval: {e}"))?;
        set("central_approval", Value::Table(a));
    }
    if let Some(v) = &args.termination {
        let e =
            input::parse_ending(v, today, true, lang).map_err(|e| format!("--termination: {e}"))?;
        set("termination", Value::Table(e));
    }
    if let Some(v) = &args.withdrawn {
        let e =
            input::parse_ending(v, today, false, lang).map_err(|e| format!("--withdrawn: {e}"))?;
        set("withdrawn", Value::Table(e));
    }
    if !args.attachments.is_empty() {
        let a = args
            .attachments
            .iter()
            .map(|s| input::parse_attachment(s, root, lang).map(Value::Table))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("--attachment: {e}"))?;
        set("attachments", Value::Array(a));
    }
    if !args.monitoring.is_empty() {
        let m = args
            .monitoring
            .iter()
            .map(|s| input::parse_monitoring(s, lang).map(Value::Table))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("--monitoring: {e}"))?;
        set("monitoring", Value::Array(m));
    }
    Ok(())
}

/// The sequence number of `id` when it is `PREFIX-YEAR-NNN`.
fn sequence(id: &str, prefix: &str, year: i32) -> Option<u32> {
    let rest = id.strip_prefix(prefix)?.strip_prefix('-')?;
    let (y, n) = rest.split_once('-')?;
    (y == year.to_string() && n.len() >= 3 && n.bytes().all(|b| b.is_ascii_digit()))
        .then(|| n.parse().ok())
        .flatten()
}

/// The next id of `year`: one more than the highest number used in that year by an id in the
/// ledger or by a file name in `agreements/YEAR/` (also unreadable files, and files added since
/// the ledger was read). Gaps are never filled: a number once given may have been cited.
pub fn next_id(ledger: &Ledger, year: i32) -> String {
    let prefix = ledger.config.ids.prefix.as_str();
    let mut highest = 0;
    let mut see = |s: &str| {
        if let Some(n) = sequence(s, prefix, year) {
            highest = highest.max(n);
        }
    };
    for e in &ledger.entries {
        if let Some(id) = &e.id {
            see(&id.value);
        }
    }
    for p in ledger.paths() {
        if let Some(stem) = p.rsplit('/').next().and_then(|f| f.strip_suffix(".toml")) {
            see(stem);
        }
    }
    if let Ok(dir) = std::fs::read_dir(ledger.root.join("agreements").join(year.to_string())) {
        for e in dir.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            if let Some(stem) = name.strip_suffix(".toml") {
                see(stem);
            }
        }
    }
    format!("{prefix}-{year}-{:03}", highest + 1)
}

/// Where a file with this id goes: `agreements/YYYY/ID.toml`, YYYY from the id (or `year` when
/// the id has none). Refuses an id that could name a path outside its directory.
pub fn path_for(id: &str, year: i32, lang: Lang) -> Result<String, String> {
    let safe = !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && !id.starts_with('-');
    if !safe {
        return Err(tr!(lang, "add-id-not-a-file-name", id = id));
    }
    let id_year = id
        .split('-')
        .nth(1)
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    Ok(match id_year {
        Some(y) => format!("agreements/{y}/{id}.toml"),
        None => format!("agreements/{year}/{id}.toml"),
    })
}

/// Checks `text` as the ledger file `path` together with the whole ledger (every rule,
/// cross-file ones included) and gives the findings about that file.
pub fn check_new(
    ledger: &mut Ledger,
    path: &str,
    text: &str,
    today: NaiveDate,
    lang: Lang,
) -> Vec<Diagnostic> {
    let source = Source::new(path, text);
    let parsed = parse_agreement(&source);
    let entry = Entry {
        source,
        id: parsed.id,
        agreement: parsed.agreement,
        findings: parsed.findings,
    };
    let pos = ledger
        .entries
        .partition_point(|e| e.source.path.as_str() < path);
    ledger.entries.insert(pos, entry);
    let scope = Scope::Files(HashSet::from([path.to_owned()]));
    let report = rules::check(ledger, today, &scope, lang);
    ledger.entries.remove(pos);
    report
        .diagnostics
        .into_iter()
        .filter(|d| d.file == path)
        .collect()
}

/// A new agreement ready to be written: its id, path, text and findings.
#[derive(Debug)]
pub struct Prepared {
    pub id: String,
    pub path: String,
    pub text: String,
    pub findings: Vec<Diagnostic>,
}

impl Prepared {
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }
}

/// Gives the agreement its id (unless `explicit`), renders it and checks it.
pub fn prepare(
    ledger: &mut Ledger,
    t: &mut Table,
    today: NaiveDate,
    explicit: bool,
    lang: Lang,
) -> Result<Prepared, String> {
    let year = input::id_year(t, today);
    let id = match (explicit, t.get("id")) {
        (true, Some(Value::String(id))) => id.clone(),
        (true, Some(_)) => return Err(tr!(lang, "add-id-not-a-string")),
        _ => next_id(ledger, year),
    };
    t.insert("id".into(), Value::String(id.clone()));
    let path = path_for(&id, year, lang)?;
    let text = render::render(t);
    let findings = check_new(ledger, &path, &text, today, lang);
    Ok(Prepared {
        id,
        path,
        text,
        findings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequence_numbers() {
        assert_eq!(sequence("KS-2019-007", "KS", 2019), Some(7));
        assert_eq!(sequence("KS-2019-1234", "KS", 2019), Some(1234));
        assert_eq!(sequence("KS-2019-07", "KS", 2019), None);
        assert_eq!(sequence("KS-2018-007", "KS", 2019), None);
        assert_eq!(sequence("KSX-2019-007", "KS", 2019), None);
    }

    #[test]
    fn paths_stay_in_their_directory() {
        let path = |id: &str| path_for(id, 2020, Lang::En);
        assert_eq!(
            path("KS-2019-004").as_deref(),
            Ok("agreements/2019/KS-2019-004.toml")
        );
        assert_eq!(path("odd").as_deref(), Ok("agreements/2020/odd.toml"));
        for bad in ["../x", "a/b", "", ".hidden", "-x", "KS 1"] {
            assert!(path(bad).is_err(), "{bad}");
        }
        let e = path_for("../x", 2020, Lang::Id).expect_err("refused");
        assert!(e.contains("tidak dapat menjadi nama berkas"), "{e}");
    }
}
