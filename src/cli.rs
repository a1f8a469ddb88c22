//! The command line: commands and flags (clap derive).

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Keep and check the register of a regional government's cooperation agreements
/// (kerja sama daerah, PP 28/2018).
#[derive(Debug, Parser)]
#[command(name = "kerjasama", version, about, long_about = None)]
#[command(after_help = "Examples:
  kerjasama check                         check the ledger around the current directory
  kerjasama check agreements/2019         report only the files of 2019
  kerjasama check --format github         annotations for a GitHub Actions workflow
  kerjasama rules                         every rule with its severity and basis
  kerjasama explain pks-max-five-years    what a rule means, with examples")]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options of every command.
#[derive(Debug, Args)]
pub struct Global {
    /// The ledger directory (default: the nearest directory upwards holding kerjasama.toml or
    /// agreements/).
    #[arg(long, global = true, env = "KERJASAMA_LEDGER", value_name = "DIR")]
    pub ledger: Option<PathBuf>,

    /// The date taken as today, YYYY-MM-DD (default: today in the region's time zone).
    #[arg(long, global = true, env = "KERJASAMA_TODAY", value_name = "DATE", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check every agreement file against the format and the rules of PP 28/2018.
    #[command(
        after_help = "Exit status: 0 no errors (warnings allowed, unless --strict), 1 errors found, \
2 the check could not run.

Examples:
  kerjasama check
  kerjasama check agreements/2019/KS-2019-002.toml
  kerjasama check --format json --today 2026-11-28 > findings.json
  kerjasama check --strict --format github"
    )]
    Check(CheckArgs),
    /// List every rule: code, severity in this ledger, whether it is fixed, and its basis.
    Rules(RulesArgs),
    /// Explain one rule: what it checks, why, and a valid and an invalid example.
    #[command(after_help = "Example:\n  kerjasama explain ksdpk-legal-entity")]
    Explain {
        /// The rule code, e.g. pks-max-five-years.
        code: String,
    },
    /// Print the JSON Schema of an agreement file or of kerjasama.toml.
    #[command(
        after_help = "Example:\n  kerjasama schema agreement > schemas/agreement.schema.json"
    )]
    Schema {
        #[arg(value_enum)]
        which: SchemaKind,
    },
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Report only these files or directories (cross-file rules still see the whole ledger).
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,

    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// `file:line:col: error[rule]: message` with the source line.
    Human,
    /// One JSON object (FORMAT.md section 6).
    Json,
    /// GitHub Actions workflow commands (annotations).
    Github,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// An agreement file (agreements/YYYY/ID.toml).
    Agreement,
    /// The ledger settings (kerjasama.toml).
    Config,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date; write YYYY-MM-DD, e.g. 2026-11-28"))
}
