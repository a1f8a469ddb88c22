//! The commands: each turns parsed arguments into output on the given streams.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use chrono::NaiveDate;
use comfy_table::{ContentArrangement, Table, presets};

use crate::cli::{
    CheckArgs, CheckFormat, Cli, Command, Dimension, ListArgs, RulesArgs, SchemaKind, ShowArgs,
    ShowFormat, SummaryArgs, TableFormat,
};
use crate::config::Timezone;
use crate::diagnostic::{self, Severity, Style};
use crate::exit;
use crate::ledger::{self, Ledger};
use crate::parse::suggest;
use crate::query::{self, Filter};
use crate::report::{self, list, show, summary};
use crate::rules::{self, Scope, catalogue};
use crate::status::Register;

pub fn dispatch(cli: &Cli, out: &mut dyn Write, err: &mut dyn Write, color: bool) -> Result<u8> {
    match &cli.command {
        Command::Check(args) => check(cli, args, out, err, color),
        Command::List(args) => list(cli, args, out, err),
        Command::Show(args) => show(cli, args, out, err),
        Command::Summary(args) => summary(cli, args, out, err),
        Command::Rules(args) => list_rules(cli, args, out),
        Command::Explain { code } => explain(code, out, err),
        Command::Schema { which } => {
            let text = match which {
                SchemaKind::Agreement => crate::schema::agreement(),
                SchemaKind::Config => crate::schema::config(),
            };
            out.write_all(text.as_bytes())?;
            Ok(exit::OK)
        }
    }
}

/// Today in a time zone of Indonesia.
pub fn today_in(tz: Timezone) -> NaiveDate {
    let offset = chrono::FixedOffset::east_opt(tz.offset_hours() * 3600)
        .unwrap_or_else(|| chrono::FixedOffset::east_opt(0).unwrap_or_else(|| unreachable!()));
    chrono::Utc::now().with_timezone(&offset).date_naive()
}

fn open_ledger(cli: &Cli) -> Result<Ledger> {
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let root = ledger::find_root(&cwd, cli.global.ledger.as_deref())?;
    Ok(Ledger::open(&root)?)
}

/// `a/./b/../c` → `a/c`, without touching the file system.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

fn scope_of(ledger: &Ledger, paths: &[PathBuf]) -> Result<Scope> {
    if paths.is_empty() {
        return Ok(Scope::All);
    }
    let cwd = std::env::current_dir().context("cannot read the current directory")?;
    let root = lexical(&cwd.join(&ledger.root));
    let mut set = HashSet::new();
    for p in paths {
        let abs = lexical(&cwd.join(p));
        if std::fs::symlink_metadata(&abs).is_err() {
            bail!("{}: no such file or directory", p.display());
        }
        let Ok(rel) = abs.strip_prefix(&root) else {
            bail!(
                "{} is outside the ledger at {}",
                p.display(),
                ledger.root.display()
            );
        };
        let rel = ledger::relative(Path::new(""), rel);
        if rel.is_empty() {
            return Ok(Scope::All);
        }
        let prefix = format!("{rel}/");
        let before = set.len();
        for known in ledger.paths() {
            if known == rel || known.starts_with(&prefix) {
                set.insert(known.to_owned());
            }
        }
        if rel == "kerjasama.toml" {
            set.insert(rel);
        } else if set.len() == before && !abs.is_dir() {
            bail!(
                "{} is not an agreement file of the ledger (agreements/**/*.toml)",
                p.display()
            );
        }
    }
    Ok(Scope::Files(set))
}

fn check(
    cli: &Cli,
    args: &CheckArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
    color: bool,
) -> Result<u8> {
    let ledger = open_ledger(cli)?;
    let scope = scope_of(&ledger, &args.paths)?;
    let today = cli
        .global
        .today
        .unwrap_or_else(|| today_in(ledger.config.timezone()));
    let report = rules::check(&ledger, today, &scope);
    match args.format {
        CheckFormat::Human => {
            out.write_all(
                diagnostic::render_human(&report.diagnostics, Style { color }).as_bytes(),
            )?;
            writeln!(err, "{}", diagnostic::summary_line(&report))?;
        }
        CheckFormat::Json => out.write_all(diagnostic::render_json(&report).as_bytes())?,
        CheckFormat::Github => {
            out.write_all(diagnostic::render_github(&report.diagnostics).as_bytes())?;
        }
    }
    let failed = report.errors() > 0 || (args.strict && report.warnings() > 0);
    // The process ends right after this; freeing 100,000 parsed agreements one by one would
    // only add time.
    std::mem::forget(ledger);
    Ok(if failed { exit::FINDINGS } else { exit::OK })
}

/// Opens the ledger and runs `view` over its register; then the one line on stderr when files
/// were left out or have errors (see [`report::ledger_note`]).
fn with_register(
    cli: &Cli,
    err: &mut dyn Write,
    view: impl FnOnce(&Register<'_>, &mut dyn Write) -> Result<u8>,
) -> Result<u8> {
    let ledger = open_ledger(cli)?;
    let today = cli
        .global
        .today
        .unwrap_or_else(|| today_in(ledger.config.timezone()));
    // The note needs every rule run over the ledger: that runs on another thread meanwhile.
    let (code, note) = std::thread::scope(|s| {
        let note = s.spawn(|| report::ledger_note(&ledger, today));
        let code = view(&Register::new(&ledger, today), err);
        let note = note
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (code, note)
    });
    let code = code?;
    if let Some(note) = note {
        writeln!(err, "{note}")?;
    }
    // As in `check`: the process ends next, so the parsed ledger is not freed value by value.
    std::mem::forget(ledger);
    Ok(code)
}

fn list(cli: &Cli, args: &ListArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    with_register(cli, err, |reg, _| {
        let mut selected = Filter::new(&args.filter).select(reg);
        query::sort(reg, &mut selected, args.sort, args.reverse);
        let text = list::render(reg, &selected, args.format, report::table_width())?;
        out.write_all(text.as_bytes())?;
        Ok(exit::OK)
    })
}

fn show(cli: &Cli, args: &ShowArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    with_register(cli, err, |reg, err| {
        let id = args.id.trim();
        let Some((&first, others)) = reg.find(id).split_first() else {
            let hint = suggest(id, reg.ids());
            writeln!(
                err,
                "kerjasama: no agreement `{id}` in the ledger{hint}; `kerjasama list` lists them"
            )?;
            return Ok(exit::CANNOT_RUN);
        };
        if !others.is_empty() {
            let paths: Vec<&str> = reg.find(id).iter().map(|&i| reg.items[i].path).collect();
            writeln!(
                err,
                "kerjasama: {} files have the id {id} ({}); showing the first",
                paths.len(),
                paths.join(", ")
            )?;
        }
        let text = match args.format {
            ShowFormat::Text => show::text(reg, first),
            ShowFormat::Json => show::json(reg, first),
        };
        out.write_all(text.as_bytes())?;
        Ok(exit::OK)
    })
}

fn summary(cli: &Cli, args: &SummaryArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    with_register(cli, err, |reg, _| {
        let selected = Filter::new(&args.filter).select(reg);
        let by = if args.by.is_empty() {
            vec![Dimension::Year]
        } else {
            args.by.clone()
        };
        let s = summary::summarise(reg, &selected, &by);
        let text = summary::render(&s, args.format, report::table_width())?;
        out.write_all(text.as_bytes())?;
        Ok(exit::OK)
    })
}

fn list_rules(cli: &Cli, args: &RulesArgs, out: &mut dyn Write) -> Result<u8> {
    // The severities of the ledger at hand when there is one; the defaults otherwise.
    let ledger = match open_ledger(cli) {
        Ok(l) => Some(l),
        Err(e)
            if matches!(
                e.downcast_ref::<ledger::LedgerError>(),
                Some(ledger::LedgerError::NotFound(_))
            ) =>
        {
            None
        }
        Err(e) => return Err(e),
    };
    let level = |code: &str| -> Option<Severity> {
        match &ledger {
            Some(l) => rules::effective_level(l, code),
            None => Some(catalogue::get(code).severity),
        }
    };
    let severity_text = |code: &str| level(code).map_or("off", Severity::as_str);
    match args.format {
        TableFormat::Json => {
            let rows: Vec<serde_json::Value> = catalogue::RULES
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "code": r.code,
                        "severity": severity_text(r.code),
                        "default_severity": r.severity.as_str(),
                        "fixed": r.fixed,
                        "summary": r.summary,
                        "basis": r.basis,
                    })
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&rows)?)?;
        }
        TableFormat::Table => {
            let mut table = Table::new();
            table
                .load_preset(presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_header(["code", "severity", "fixed", "basis"]);
            for r in catalogue::RULES {
                table.add_row([
                    r.code,
                    severity_text(r.code),
                    if r.fixed { "fixed" } else { "" },
                    r.basis.unwrap_or("-"),
                ]);
            }
            writeln!(out, "{table}")?;
        }
    }
    Ok(exit::OK)
}

fn explain(code: &str, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let Some(r) = catalogue::find(code) else {
        let hint = suggest(code, catalogue::RULES.iter().map(|r| r.code));
        writeln!(
            err,
            "kerjasama: no rule `{code}`{hint}; `kerjasama rules` lists them all"
        )?;
        return Ok(exit::CANNOT_RUN);
    };
    let indent = |s: &str| {
        s.lines()
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    writeln!(
        out,
        "{} ({}{})",
        r.code,
        r.severity.as_str(),
        if r.fixed { ", fixed" } else { "" }
    )?;
    writeln!(out)?;
    writeln!(out, "{}", r.summary)?;
    writeln!(out)?;
    writeln!(out, "Why: {}", r.why)?;
    writeln!(out, "Basis: {}", r.basis.unwrap_or("-"))?;
    writeln!(out)?;
    writeln!(out, "Valid:")?;
    writeln!(out, "{}", indent(r.valid))?;
    writeln!(out)?;
    writeln!(out, "Invalid:")?;
    writeln!(out, "{}", indent(r.invalid))?;
    if !r.fixed {
        writeln!(out)?;
        writeln!(
            out,
            "Its severity can be set in kerjasama.toml ([rules] {} = \"error\" | \"warning\" | \"off\"), \
             and one file can waive it with a reason (waive = {{ {} = \"...\" }}).",
            r.code, r.code
        )?;
    }
    Ok(exit::OK)
}
