//! kerjasama keeps the register of a regional government's cooperation agreements (kerja sama
//! daerah) as TOML files, one per agreement, and checks them against the format and the rules of
//! PP 28/2018.
//!
//! The pipeline: [`ledger`] finds and reads the files (in parallel), [`parse`] reads each file
//! strictly, [`rules`] applies the rules, and [`diagnostic`] renders the findings. For the
//! office's questions, [`status`] derives status, effective end and links, [`query`] filters and
//! sorts, and [`report`] renders lists, single agreements and summaries. The library never
//! prints on its own: [`run`] writes to the streams it is given.

pub mod add;
pub mod cli;
pub mod config;
pub mod country;
pub mod diagnostic;
pub mod git;
pub mod i18n;
pub mod init;
pub mod ledger;
pub mod limit;
pub mod model;
pub mod open;
pub mod parse;
pub mod query;
pub mod report;
pub mod rules;
pub mod schema;
pub mod source;
pub mod status;
pub mod tree;

mod commands;

use std::ffi::OsString;
use std::io::Write;

use clap::Parser;

pub use commands::today_in;

/// Exit codes of FORMAT.md section 6.
pub mod exit {
    pub const OK: u8 = 0;
    pub const FINDINGS: u8 = 1;
    pub const CANNOT_RUN: u8 = 2;
}

/// Checks the text of one agreement file as if it were the only file of a ledger at `root`
/// with the settings `config` ([`ledger::Ledger::from_text`]), on the day `today`: reading
/// (RULES.md section A) and every other rule, as `kerjasama check` would. The findings are
/// sorted as `check` sorts them. The fuzz target `fuzz/fuzz_targets/agreement.rs` and the
/// property test `tests/near_valid.rs` drive this.
pub fn check_text(
    root: &std::path::Path,
    config: &config::Config,
    path: &str,
    text: &str,
    today: chrono::NaiveDate,
    lang: i18n::Lang,
) -> diagnostic::Report {
    let ledger = ledger::Ledger::from_text(root, config.clone(), path, text);
    rules::check(&ledger, today, &rules::Scope::All, lang)
}

/// Runs the command line `args`, writing data to `out` and messages to `err`; returns the exit
/// code. `color` says whether `out` is a terminal that may get colours.
pub fn run(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    out: &mut dyn Write,
    err: &mut dyn Write,
    color: bool,
) -> u8 {
    let mut cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout with exit 0; usage errors to stderr with exit 2.
            let (code, sink): (u8, &mut dyn Write) = if e.use_stderr() {
                (exit::CANNOT_RUN, err)
            } else {
                (exit::OK, out)
            };
            let _ = sink.write_all(e.render().to_string().as_bytes());
            return code;
        }
    };
    cli.global.language = cli.global.lang.unwrap_or_else(i18n::Lang::from_env);
    match commands::dispatch(&cli, out, err, color) {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "kerjasama: {e:#}");
            exit::CANNOT_RUN
        }
    }
}
