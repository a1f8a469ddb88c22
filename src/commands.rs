//! The commands: each turns parsed arguments into output on the given streams.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use chrono::NaiveDate;
use comfy_table::{ContentArrangement, Table, presets};

use crate::add::{self, dialogue};
use crate::cli::{
    AddArgs, CheckArgs, CheckFormat, Cli, Command, Dimension, ListArgs, ReportArgs, RulesArgs,
    SchemaKind, ShowArgs, ShowFormat, SummaryArgs, TableFormat,
};
use crate::config::Timezone;
use crate::diagnostic::{self, Severity, Style};
use crate::exit;
use crate::i18n::Lang;
use crate::ledger::{self, Ledger};
use crate::parse::nearest;
use crate::query::{self, Filter};
use crate::report::{self, list, show, summary};
use crate::rules::{self, Scope, catalogue};
use crate::status::Register;
use crate::tr;

pub fn dispatch(cli: &Cli, out: &mut dyn Write, err: &mut dyn Write, color: bool) -> Result<u8> {
    match &cli.command {
        Command::Check(args) => check(cli, args, out, err, color),
        Command::List(args) => list(cli, args, out, err),
        Command::Show(args) => show(cli, args, out, err),
        Command::Summary(args) => summary(cli, args, out, err),
        Command::Init(args) => init(cli, args, err),
        Command::Report(args) => yearly_report(cli, args, out, err),
        Command::Add(args) => add(cli, args, out, err),
        Command::Rules(args) => list_rules(cli, args, out),
        Command::Explain { code } => explain(cli, code, out, err),
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(*shell, &mut cmd, "kerjasama", out);
            Ok(exit::OK)
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(cmd).render(out)?;
            Ok(exit::OK)
        }
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
    let cwd =
        std::env::current_dir().with_context(|| tr!(cli.global.language, "error-current-dir"))?;
    let lang = cli.global.language;
    let root = ledger::find_root(&cwd, cli.global.ledger.as_deref())
        .map_err(|e| anyhow::anyhow!(e.text(lang)))?;
    Ledger::open(&root).map_err(|e| anyhow::anyhow!(e.text(lang)))
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

fn scope_of(ledger: &Ledger, paths: &[PathBuf], lang: Lang) -> Result<Scope> {
    if paths.is_empty() {
        return Ok(Scope::All);
    }
    let cwd = std::env::current_dir().with_context(|| tr!(lang, "error-current-dir"))?;
    let root = lexical(&cwd.join(&ledger.root));
    let mut set = HashSet::new();
    for p in paths {
        let abs = lexical(&cwd.join(p));
        if std::fs::symlink_metadata(&abs).is_err() {
            bail!(tr!(
                lang,
                "error-path-missing",
                path = p.display().to_string()
            ));
        }
        let Ok(rel) = abs.strip_prefix(&root) else {
            bail!(tr!(
                lang,
                "error-path-outside",
                path = p.display().to_string(),
                root = ledger.root.display().to_string()
            ));
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
            bail!(tr!(
                lang,
                "error-path-not-agreement",
                path = p.display().to_string()
            ));
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
    let lang = cli.global.language;
    let ledger = open_ledger(cli)?;
    let scope = match &args.changed {
        Some(reference) => changed_scope(&ledger, reference, lang)?,
        None => scope_of(&ledger, &args.paths, lang)?,
    };
    let today = cli
        .global
        .today
        .unwrap_or_else(|| today_in(ledger.config.timezone()));
    let report = rules::check(&ledger, today, &scope, lang);
    match args.format {
        CheckFormat::Human => {
            out.write_all(
                diagnostic::render_human(&report.diagnostics, Style { color }, lang).as_bytes(),
            )?;
            writeln!(err, "{}", diagnostic::summary_line(&report, lang))?;
        }
        CheckFormat::Json => out.write_all(diagnostic::render_json(&report).as_bytes())?,
        CheckFormat::Github => {
            out.write_all(diagnostic::render_github(&report.diagnostics).as_bytes())?;
        }
        CheckFormat::Sarif => out.write_all(diagnostic::render_sarif(&report, lang).as_bytes())?,
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
        let note = s.spawn(|| report::ledger_note(&ledger, today, cli.global.language));
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
        let text = list::render(
            reg,
            &selected,
            args.format,
            report::table_width(),
            cli.global.language,
        )?;
        out.write_all(text.as_bytes())?;
        Ok(exit::OK)
    })
}

fn show(cli: &Cli, args: &ShowArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let lang = cli.global.language;
    with_register(cli, err, |reg, err| {
        let id = args.id.trim();
        let Some((&first, others)) = reg.find(id).split_first() else {
            let text = match nearest(id, reg.ids()) {
                Some(near) => tr!(lang, "show-unknown-id-suggest", id = id, suggestion = near),
                None => tr!(lang, "show-unknown-id", id = id),
            };
            writeln!(err, "kerjasama: {text}")?;
            return Ok(exit::CANNOT_RUN);
        };
        if !others.is_empty() {
            let paths: Vec<&str> = reg.find(id).iter().map(|&i| reg.items[i].path).collect();
            let text = tr!(
                lang,
                "show-duplicate-id",
                n = paths.len(),
                id = id,
                paths = paths.join(", ")
            );
            writeln!(err, "kerjasama: {text}")?;
        }
        let text = match args.format {
            ShowFormat::Text => show::text(reg, first, lang),
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
        let text = summary::render(&s, args.format, report::table_width(), cli.global.language)?;
        out.write_all(text.as_bytes())?;
        Ok(exit::OK)
    })
}

/// `kerjasama report`: the yearly report, on stdout or written whole to `-o FILE`.
fn yearly_report(
    cli: &Cli,
    args: &ReportArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<u8> {
    use report::yearly::{self, Format};
    // The messages on stderr are in the language of the messages; the report in its own.
    let messages = cli.global.language;
    let format = match (args.format, &args.output) {
        (Some(f), _) => f,
        (None, None) => Format::Markdown,
        (None, Some(path)) => {
            let Some(f) = Format::from_path(path) else {
                let text = tr!(
                    messages,
                    "report-cmd-unknown-extension",
                    path = path.display().to_string(),
                    extensions = Format::EXTENSIONS
                );
                writeln!(err, "kerjasama: {text}")?;
                return Ok(exit::CANNOT_RUN);
            };
            f
        }
    };
    let ledger = open_ledger(cli)?;
    let today = cli
        .global
        .today
        .unwrap_or_else(|| today_in(ledger.config.timezone()));
    let register = Register::new(&ledger, today);
    // The report is in Indonesian unless --lang says otherwise, whatever the locale.
    let lang = cli.global.lang.unwrap_or(Lang::Id);
    let check = rules::check(&ledger, today, &Scope::All, lang);
    let git = yearly::git_version(&ledger.root);
    let y = yearly::build(&register, &ledger.config, &check, args.year, git);
    let text = y.render(format, lang)?;
    match &args.output {
        Some(path) => {
            yearly::write_atomically(path, text.as_bytes(), cli.global.language)?;
            let text = tr!(
                messages,
                "report-cmd-wrote",
                year = args.year,
                format = format.name(),
                path = path.display().to_string()
            );
            writeln!(err, "kerjasama: {text}")?;
        }
        None => out.write_all(text.as_bytes())?,
    }
    if check.errors() > 0 {
        let text = tr!(
            messages,
            "report-cmd-ledger-has-errors",
            errors = check.errors(),
            warnings = check.warnings()
        );
        writeln!(err, "kerjasama: {text}")?;
    }
    Ok(exit::OK)
}

fn list_rules(cli: &Cli, args: &RulesArgs, out: &mut dyn Write) -> Result<u8> {
    let lang = cli.global.language;
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
    match args.format {
        TableFormat::Json => {
            // For programs: the values of kerjasama.toml (`error`, `warning`, `off`); the
            // summary, a text for people, in the language of the messages.
            let rows: Vec<serde_json::Value> = catalogue::RULES
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "code": r.code,
                        "severity": level(r.code).map_or("off", Severity::as_str),
                        "default_severity": r.severity.as_str(),
                        "fixed": r.fixed,
                        "summary": r.summary_in(lang),
                        "basis": r.basis_in(lang),
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
                .set_header([
                    tr!(lang, "rules-col-code"),
                    tr!(lang, "rules-col-severity"),
                    tr!(lang, "rules-col-fixed"),
                    tr!(lang, "rules-col-basis"),
                ]);
            let fixed = tr!(lang, "rules-fixed");
            for r in catalogue::RULES {
                table.add_row([
                    r.code.to_owned(),
                    level(r.code).map_or_else(|| tr!(lang, "severity-off"), |s| s.text(lang)),
                    if r.fixed {
                        fixed.clone()
                    } else {
                        String::new()
                    },
                    r.basis_in(lang).unwrap_or_else(|| "-".to_owned()),
                ]);
            }
            writeln!(out, "{table}")?;
        }
    }
    Ok(exit::OK)
}

fn explain(cli: &Cli, code: &str, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    let lang = cli.global.language;
    let Some(r) = catalogue::find(code) else {
        let text = match nearest(code, catalogue::RULES.iter().map(|r| r.code)) {
            Some(near) => tr!(
                lang,
                "explain-unknown-suggest",
                code = code,
                suggestion = near
            ),
            None => tr!(lang, "explain-unknown", code = code),
        };
        writeln!(err, "kerjasama: {text}")?;
        return Ok(exit::CANNOT_RUN);
    };
    let indent = |s: &str| {
        s.lines()
            .map(|l| format!("    {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let severity = r.severity.text(lang);
    let heading = if r.fixed {
        tr!(
            lang,
            "explain-heading-fixed",
            code = r.code,
            severity = severity
        )
    } else {
        tr!(lang, "explain-heading", code = r.code, severity = severity)
    };
    writeln!(out, "{heading}")?;
    writeln!(out)?;
    writeln!(out, "{}", r.summary_in(lang))?;
    writeln!(out)?;
    writeln!(out, "{}", tr!(lang, "explain-why", why = r.why_in(lang)))?;
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            "rules-basis",
            basis = r.basis_in(lang).unwrap_or_else(|| "-".to_owned())
        )
    )?;
    writeln!(out)?;
    writeln!(out, "{}", tr!(lang, "explain-valid"))?;
    writeln!(out, "{}", indent(&r.valid_in(lang)))?;
    writeln!(out)?;
    writeln!(out, "{}", tr!(lang, "explain-invalid"))?;
    writeln!(out, "{}", indent(&r.invalid_in(lang)))?;
    if !r.fixed {
        writeln!(out)?;
        writeln!(out, "{}", tr!(lang, "explain-settable", code = r.code))?;
    }
    Ok(exit::OK)
}

/// Takes the ledger's lock for the time of an add: an exclusive `flock` on the `agreements/`
/// directory itself (no lock file is left behind). Concurrent adds then read, number and write
/// one after the other. Where directories cannot be locked the exclusive create still keeps
/// files from being overwritten.
fn lock_dir(dir: &Path) -> Option<std::fs::File> {
    let f = std::fs::File::open(dir).ok()?;
    f.lock().ok()?;
    Some(f)
}

fn add(cli: &Cli, args: &AddArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<u8> {
    use std::io::IsTerminal;

    let lang = cli.global.language;
    let cwd = std::env::current_dir().with_context(|| tr!(lang, "add-no-current-dir"))?;
    let root = ledger::find_root(&cwd, cli.global.ledger.as_deref())?;
    let agreements = root.join("agreements");
    let err_color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let style = Style { color: err_color };

    // Read the input before taking the lock, so a slow stdin never holds up other adds.
    let mut t = toml::Table::new();
    if let Some(from) = &args.from {
        let (name, text) = if from.as_os_str() == "-" {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
                .with_context(|| tr!(lang, "add-cannot-read-stdin"))?;
            ("<stdin>".to_owned(), text)
        } else {
            let text = std::fs::read_to_string(from).with_context(|| {
                tr!(
                    lang,
                    "add-cannot-read-from",
                    file = from.display().to_string()
                )
            })?;
            (from.display().to_string(), text)
        };
        match add::from_text(&name, &text, lang) {
            Ok(table) => t = table,
            Err(d) => {
                out_findings(err, &[*d], style, lang)?;
                writeln!(err, "kerjasama: {}", tr!(lang, "add-not-toml", file = name))?;
                return Ok(exit::FINDINGS);
            }
        }
    }
    let explicit_id = args.id.is_some() || t.contains_key("id");

    let mut lock = if args.dry_run {
        None
    } else {
        std::fs::create_dir_all(&agreements).with_context(|| {
            tr!(
                lang,
                "add-cannot-create",
                dir = agreements.display().to_string()
            )
        })?;
        lock_dir(&agreements)
    };
    let mut ledger = Ledger::open(&root)?;
    let today = cli
        .global
        .today
        .unwrap_or_else(|| today_in(ledger.config.timezone()));
    if let Err(e) = add::apply_flags(&mut t, args, today, &root, lang) {
        bail!("{e}");
    }
    add::input::ensure_home(&mut t, &ledger.config);
    let missing = add::input::missing(&t, &ledger.config, |rule| {
        rules::effective_level(&ledger, rule) == Some(Severity::Error)
    });
    let interactive =
        !args.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();

    let prepared = if missing.is_empty() {
        add::prepare(&mut ledger, &mut t, today, explicit_id, lang).map_err(anyhow::Error::msg)?
    } else if interactive {
        // A person may take minutes: other adds must not wait for them. The lock is let go
        // during the dialogue, then taken again, and the agreement numbered and checked once
        // more against the ledger as it is then.
        drop(lock.take());
        let term = dialoguer::console::Term::stderr();
        let known = dialogue::Known::of(&ledger);
        let home = add::input::home_party(&ledger.config);
        let mut d = dialogue::Dialogue::new(&term, &known, today, lang, &t, home);
        let outcome = d
            .run(&mut t, |t| {
                add::prepare(&mut ledger, t, today, explicit_id, lang)
            })
            .map_err(|e| {
                anyhow::anyhow!(tr!(lang, "add-dialogue-stopped", error = e.to_string()))
            })?;
        match outcome {
            dialogue::Outcome::Write(p) if args.dry_run => p,
            dialogue::Outcome::Write(_) => {
                lock = lock_dir(&agreements);
                ledger = Ledger::open(&root)?;
                if !explicit_id {
                    t.remove("id");
                }
                add::prepare(&mut ledger, &mut t, today, explicit_id, lang)
                    .map_err(anyhow::Error::msg)?
            }
            dialogue::Outcome::Cancelled => {
                writeln!(err, "kerjasama: {}", tr!(lang, "add-cancelled"))?;
                return Ok(exit::CANNOT_RUN);
            }
        }
    } else {
        let flags = missing.join(", ");
        let message = if args.no_input {
            tr!(lang, "add-missing", flags = flags)
        } else {
            tr!(lang, "add-missing-no-terminal", flags = flags)
        };
        writeln!(err, "kerjasama: {message}")?;
        return Ok(exit::CANNOT_RUN);
    };

    // The lock is held until the file is written (to the end of this function).
    let _held = lock;
    let mut prepared = prepared;
    if args.dry_run {
        out.write_all(prepared.text.as_bytes())?;
        out_findings(err, &prepared.findings, style, lang)?;
        let (id, path) = (&prepared.id, &prepared.path);
        let verdict = if prepared.errors() > 0 {
            tr!(lang, "add-dry-run-refused", id = id, path = path)
        } else {
            tr!(lang, "add-dry-run-written", id = id, path = path)
        };
        writeln!(err, "{verdict}")?;
        return Ok(if prepared.errors() > 0 {
            exit::FINDINGS
        } else {
            exit::OK
        });
    }
    // On a clash (a file with that name appeared), take the next number and check again.
    for _ in 0..1000 {
        if prepared.errors() > 0 {
            out_findings(err, &prepared.findings, style, lang)?;
            let refused = tr!(
                lang,
                "add-refused",
                id = prepared.id,
                errors = prepared.errors()
            );
            writeln!(err, "kerjasama: {refused}")?;
            return Ok(exit::FINDINGS);
        }
        let target = root.join(&prepared.path);
        let dir = target.parent().unwrap_or(&root).to_path_buf();
        // Never write, nor make a directory, through a link that leads out of the ledger: the
        // part of the path that exists is looked at before the rest is made, then the whole.
        let shown_dir = dir.display().to_string();
        let inside = |d: &Path| -> Result<()> {
            let real = std::fs::canonicalize(d)
                .with_context(|| tr!(lang, "add-cannot-resolve", dir = d.display().to_string()))?;
            if !real.starts_with(&ledger.canonical_root) {
                bail!(tr!(
                    lang,
                    "add-outside-ledger",
                    dir = shown_dir,
                    target = real.display().to_string()
                ));
            }
            Ok(())
        };
        inside(dir.ancestors().find(|d| d.exists()).unwrap_or(&root))?;
        std::fs::create_dir_all(&dir)
            .with_context(|| tr!(lang, "add-cannot-create", dir = shown_dir))?;
        inside(&dir)?;
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match add::write::create_new(&dir, &name, prepared.text.as_bytes()) {
            Ok(()) => {
                out_findings(err, &prepared.findings, style, lang)?;
                let recorded = tr!(lang, "add-recorded", id = prepared.id, path = prepared.path);
                writeln!(err, "{recorded}")?;
                let shown = target.strip_prefix(&cwd).unwrap_or(&target);
                writeln!(out, "{}", shown.display())?;
                return Ok(exit::OK);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && !explicit_id => {
                t.remove("id");
                prepared = add::prepare(&mut ledger, &mut t, today, false, lang)
                    .map_err(anyhow::Error::msg)?;
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let exists = tr!(lang, "add-exists", path = prepared.path);
                writeln!(err, "kerjasama: {exists}")?;
                return Ok(exit::FINDINGS);
            }
            Err(e) => {
                return Err(e).with_context(|| {
                    tr!(
                        lang,
                        "add-cannot-write",
                        file = target.display().to_string()
                    )
                });
            }
        }
    }
    bail!(tr!(lang, "add-no-free-id", tries = 1000))
}

fn out_findings(
    err: &mut dyn Write,
    findings: &[diagnostic::Diagnostic],
    style: Style,
    lang: Lang,
) -> Result<()> {
    err.write_all(diagnostic::render_human(findings, style, lang).as_bytes())?;
    Ok(())
}

/// Runs git in the ledger root; its stdout, or what went wrong in `lang`.
fn git(root: &Path, args: &[&str], lang: Lang) -> Result<Vec<u8>> {
    crate::git::output(root, args).map_err(|e| anyhow::anyhow!(e.text(lang)))
}

/// `--changed [REF]`: the files changed against REF (or the merge base with origin/main, else
/// HEAD), and the agreements whose `parent` or `renews` names a changed or deleted file's id.
/// A change to kerjasama.toml concerns every file.
fn changed_scope(ledger: &Ledger, reference: &str, lang: Lang) -> Result<Scope> {
    let root = &ledger.root;
    let inside = crate::git::output(root, &["rev-parse", "--is-inside-work-tree"]);
    if let Err(e @ crate::git::GitError::Missing(_)) = inside {
        bail!(e.text(lang));
    }
    if inside.is_err() {
        bail!(tr!(
            lang,
            "error-changed-no-repository",
            root = root.display().to_string()
        ));
    }
    let base = if reference.is_empty() {
        match git(root, &["merge-base", "HEAD", "origin/main"], lang) {
            Ok(sha) => String::from_utf8_lossy(&sha).trim().to_owned(),
            Err(_) => "HEAD".to_owned(),
        }
    } else {
        let spec = format!("{reference}^{{commit}}");
        git(root, &["rev-parse", "--verify", "--quiet", &spec], lang).map_err(|_| {
            anyhow::anyhow!(tr!(lang, "error-changed-no-commit", reference = reference))
        })?;
        reference.to_owned()
    };
    let mut names: Vec<String> = Vec::new();
    let diff = git(
        root,
        &[
            "diff",
            "--name-only",
            "--no-renames",
            "--relative",
            "-z",
            &base,
            "--",
        ],
        lang,
    )?;
    let untracked = git(
        root,
        &["ls-files", "--others", "--exclude-standard", "-z"],
        lang,
    )?;
    for list in [diff, untracked] {
        names.extend(
            list.split(|b| *b == 0)
                .filter(|n| !n.is_empty())
                .map(|n| String::from_utf8_lossy(n).into_owned()),
        );
    }
    if names.iter().any(|n| n == "kerjasama.toml") {
        return Ok(Scope::All);
    }
    let known: HashSet<&str> = ledger.paths().collect();
    let mut set: HashSet<String> = names
        .iter()
        .filter(|n| known.contains(n.as_str()))
        .cloned()
        .collect();
    // Ids of the changed and deleted agreement files, by their file names.
    let ids: HashSet<&str> = names
        .iter()
        .filter(|n| n.starts_with("agreements/"))
        .filter_map(|n| n.rsplit('/').next()?.strip_suffix(".toml"))
        .collect();
    for (entry, a) in ledger.agreements() {
        let refers = [&a.parent, &a.renews]
            .into_iter()
            .flatten()
            .any(|r| ids.contains(r.value.trim()));
        if refers {
            set.insert(entry.source.path.clone());
        }
    }
    Ok(Scope::Files(set))
}

fn init(cli: &Cli, args: &crate::cli::InitArgs, err: &mut dyn Write) -> Result<u8> {
    use std::io::IsTerminal;

    use crate::config::RegionType;
    use crate::init::{self, Outcome, Settings};
    use crate::model::Choice;

    let lang = cli.global.language;
    let interactive =
        !args.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let mut name = args.region_name.clone();
    let mut kind = args.region_type;
    let mut code = args.region_code.clone();
    if interactive && (name.is_none() || kind.is_none() || code.is_none()) {
        use dialoguer::theme::ColorfulTheme;
        let term = dialoguer::console::Term::stderr();
        let theme = ColorfulTheme::default();
        if name.is_none() {
            let n: String = dialoguer::Input::with_theme(&theme)
                .with_prompt(tr!(lang, "init-ask-name"))
                .interact_text_on(&term)?;
            name = Some(n.trim().to_owned());
        }
        if kind.is_none() {
            let i = dialoguer::Select::with_theme(&theme)
                .with_prompt(tr!(lang, "init-ask-level"))
                .items(RegionType::ALL.iter().map(|k| k.as_str()))
                .default(1)
                .interact_on(&term)?;
            kind = RegionType::ALL.get(i).copied();
        }
        if code.is_none() {
            let c: String = dialoguer::Input::with_theme(&theme)
                .with_prompt(tr!(lang, "init-ask-code"))
                .interact_text_on(&term)?;
            code = Some(c.trim().to_owned());
        }
    }
    let (Some(region_name), Some(region_type), Some(region_code)) = (name, kind, code) else {
        bail!(tr!(lang, "init-missing"));
    };
    let settings = Settings {
        region_name,
        region_type,
        region_code,
        prefix: args.prefix.clone(),
        ci: args.ci,
        lang,
    };
    if let Err(e) = init::validate(&settings) {
        bail!("{e}");
    }
    let dir = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let shown = dir.display().to_string();
    let outcomes = init::write(&dir, &settings)
        .with_context(|| tr!(lang, "init-cannot-write", dir = shown))?;
    for o in &outcomes {
        let line = match o {
            Outcome::Written(p) => {
                tr!(lang, "init-wrote", path = dir.join(p).display().to_string())
            }
            Outcome::Kept(p) => tr!(lang, "init-kept", path = dir.join(p).display().to_string()),
        };
        writeln!(err, "{line}")?;
    }
    writeln!(err, "{}", tr!(lang, "init-ready", dir = shown))?;
    Ok(exit::OK)
}
