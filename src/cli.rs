//! The command line: commands and flags (clap derive).

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::RegionType;
use crate::model::{
    Affair, ApbdFunding, Category, Choice, DateKey, DocumentKind, Form, Funding, PartyType, Scope,
};
use crate::status::Status;

/// Keep and check the register of a regional government's cooperation agreements
/// (kerja sama daerah, PP 28/2018).
#[derive(Debug, Parser)]
#[command(name = "kerjasama", version, about, long_about = None)]
#[command(after_help = "Examples:
  kerjasama check                         check the ledger around the current directory
  kerjasama check agreements/2019         report only the files of 2019
  kerjasama check --format github         annotations for a GitHub Actions workflow
  kerjasama list --year 2018 --category KSDPK
  kerjasama show KS-2019-002              one agreement, its status and its links
  kerjasama summary --by year --by category
  kerjasama init --region-name 'Kabupaten Sidoarjo' --region-type kabupaten --region-code 35.15
  kerjasama report --year 2018 -o laporan-2018.html
  kerjasama add                           record a new agreement (asks on a terminal)
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

    /// Language of messages, headers and labels (default: from LC_ALL, LC_MESSAGES or LANG;
    /// `id_*` gives Indonesian, anything else English; `report` defaults to Indonesian).
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<crate::i18n::Lang>,

    /// The language in effect: `--lang`, else the locale's (set by [`crate::run`]).
    #[arg(skip)]
    pub language: crate::i18n::Lang,
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
  kerjasama check --strict --format github
  kerjasama check --changed --format github     only what a pull request touches
  kerjasama check --changed HEAD~3
  kerjasama check --format sarif > kerjasama.sarif"
    )]
    Check(CheckArgs),
    /// List the agreements, one row each, filtered and sorted.
    #[command(after_help = LIST_HELP)]
    List(ListArgs),
    /// Show one agreement: every field, its status today and its links.
    #[command(after_help = SHOW_HELP)]
    Show(ShowArgs),
    /// Key figures and counts of the agreements, by year, category, unit...
    #[command(after_help = SUMMARY_HELP)]
    Summary(SummaryArgs),
    /// Start a ledger: kerjasama.toml, agreements/, schemas, editor settings, README, CI workflow.
    #[command(after_help = INIT_HELP)]
    Init(InitArgs),
    /// The yearly report: key figures, the agreements signed, counts, the ten-year trend and
    /// what needs attention (Markdown, HTML, CSV or JSON).
    #[command(after_help = REPORT_HELP)]
    Report(ReportArgs),
    /// Record a new agreement: from flags, a TOML file or stdin, or by answering prompts.
    #[command(after_help = ADD_HELP)]
    Add(Box<AddArgs>),
    /// List every rule: code, severity in this ledger, whether it is fixed, and its basis.
    Rules(RulesArgs),
    /// Explain one rule: what it checks, why, and a valid and an invalid example.
    #[command(after_help = "Example:\n  kerjasama explain ksdpk-legal-entity")]
    Explain {
        /// The rule code, e.g. pks-max-five-years.
        code: String,
    },
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    #[command(after_help = "Examples:
  kerjasama completions bash > ~/.local/share/bash-completion/completions/kerjasama
  kerjasama completions zsh > ~/.zfunc/_kerjasama
  kerjasama completions fish > ~/.config/fish/completions/kerjasama.fish")]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), e.g. `kerjasama man > kerjasama.1; man ./kerjasama.1`.
    Man,
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

    /// Report only findings that involve files changed against REF in git (committed since REF,
    /// staged, unstaged or untracked), and files that refer to a changed one; default REF: the
    /// merge base with origin/main, else HEAD. Cross-file rules still see the whole ledger.
    #[arg(
        long,
        value_name = "REF",
        num_args = 0..=1,
        default_missing_value = "",
        conflicts_with = "paths"
    )]
    pub changed: Option<String>,
}

const INIT_HELP: &str = "Writes into DIR (default: the current directory, created when \
missing): kerjasama.toml, agreements/.gitkeep, schemas/agreement.schema.json and \
schemas/kerjasama.schema.json (bundled in this binary), .taplo.toml (editors validate agreements \
while typing), README.md, and a CI workflow that installs this version of kerjasama and runs \
`kerjasama check` on every push and pull request: .github/workflows/kerjasama.yml (--ci github, \
the default) or .gitlab-ci.yml (--ci gitlab). An existing file is never replaced: it is kept, \
and the list of what was written and kept goes to stderr. On a terminal, missing region settings \
are asked for; otherwise they are required.

Examples:
  kerjasama init --region-name 'Kabupaten Sidoarjo' --region-type kabupaten --region-code 35.15
  kerjasama init ledger-jatim --region-name 'Provinsi Jawa Timur' --region-type provinsi \\
      --region-code 35 --prefix KSJT --ci gitlab";

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The ledger directory to set up (default: the current directory).
    pub dir: Option<PathBuf>,

    /// The daerah's name, e.g. 'Kabupaten Sidoarjo'.
    #[arg(long, value_name = "NAME")]
    pub region_name: Option<String>,

    /// Its level.
    #[arg(long, value_enum, value_name = "TYPE")]
    pub region_type: Option<RegionType>,

    /// Its Kemendagri code: 35 (provinsi), 35.15 (kabupaten), 35.78 (kota).
    #[arg(long, value_name = "CODE")]
    pub region_code: Option<String>,

    /// The id prefix: agreements are PREFIX-YYYY-NNN (2 to 8 capital letters).
    #[arg(long, default_value = "KS")]
    pub prefix: String,

    /// The CI configuration to write.
    #[arg(long, value_enum, default_value_t = crate::init::Ci::Github)]
    pub ci: crate::init::Ci,

    /// Never prompt, even on a terminal.
    #[arg(long)]
    pub no_input: bool,
}

const ADD_HELP: &str = "The agreement is put together from --from (a TOML agreement as in the \
ledger, `-` for stdin) and the flags, which win over the file. When stdin and stderr are \
terminals and something required is missing, the missing answers are asked for (type < to go \
back to the previous question); the whole TOML and its findings are shown before it is written. \
Without a terminal (or with --no-input), a missing required field exits 2 at once, naming it.

Required: title, category, form, affairs, unit, document and at least one counterpart; once \
signed also number and start; a PKS an end, an ADENDUM a parent; a PKS of KSDD/KSDPK \
--burdens-region and --apbd-funding; KSDPL/KSDLL a scope. The home daerah of kerjasama.toml is \
added as the first party unless a party with its code is given.

The id is PREFIX-YYYY-NNN, the next number after the highest one used in the signing year (the \
current year for a draft); numbers are never reused. The new agreement is checked with the whole \
ledger: on any error nothing is written and the exit status is 1; warnings are shown and the file \
is written. The file appears whole or not at all, never over an existing one; the path is \
printed on stdout.

Dates: 2019-01-15, 15-01-2019 or today. A party: 'NAME;TYPE[;KEY=VALUE...]' with keys \
legal_entity, code, country, number, signatory, proxy_number, proxy_date (write \\; for a \
semicolon inside a value).

Examples:
  kerjasama add
  kerjasama add --from draft.toml
  kerjasama add --title 'Pembangunan jaringan IT Sidoarjo Smart City' --category KSDPK \\
      --form pelayanan_publik --affair komunikasi_dan_informatika \\
      --unit 'Dinas Komunikasi dan Informatika' --document KSB --number 180/19/438.1.1.3/2019 \\
      --signed 2019-01-15 --start 2019-01-15 --party 'PT Indosat Tbk;badan_usaha;legal_entity=true'
  kerjasama add --from - --dry-run < agreement.toml";

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Read the agreement from this TOML file (`-` for stdin); flags override its keys.
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,

    /// Print the TOML and its findings; write nothing.
    #[arg(long)]
    pub dry_run: bool,

    /// Never prompt, even on a terminal: a missing required field exits 2.
    #[arg(long)]
    pub no_input: bool,

    /// The id (default: the next free PREFIX-YYYY-NNN of the signing year).
    #[arg(long, help_heading = "Fields")]
    pub id: Option<String>,

    /// What the agreement is about (1 to 300 characters).
    #[arg(long, help_heading = "Fields")]
    pub title: Option<String>,

    #[arg(long, value_enum, ignore_case = true, help_heading = "Fields")]
    pub category: Option<Category>,

    /// The form of cooperation (which ones a category allows: FORMAT.md section 4).
    #[arg(long, value_enum, help_heading = "Fields")]
    pub form: Option<Form>,

    /// A government affair (urusan), e.g. kesehatan (repeatable, or comma-separated).
    #[arg(
        long = "affair",
        value_enum,
        value_delimiter = ',',
        hide_possible_values = true,
        help_heading = "Fields"
    )]
    pub affairs: Vec<Affair>,

    /// Object of a foreign cooperation (KSDPL, KSDLL; repeatable).
    #[arg(long, value_enum, value_delimiter = ',', help_heading = "Fields")]
    pub scope: Vec<Scope>,

    /// The initiating unit (OPD).
    #[arg(long, help_heading = "Fields")]
    pub unit: Option<String>,

    #[arg(long, value_enum, ignore_case = true, help_heading = "Fields")]
    pub document: Option<DocumentKind>,

    /// The document's register number on the home side.
    #[arg(long, help_heading = "Fields")]
    pub number: Option<String>,

    /// The day it was signed by all parties (absent: a draft).
    #[arg(long, value_name = "DATE", help_heading = "Fields")]
    pub signed: Option<String>,

    /// Where it was signed.
    #[arg(long, help_heading = "Fields")]
    pub place: Option<String>,

    /// A date known only to its year: signed, start or end (repeatable).
    #[arg(long, value_enum, value_delimiter = ',', help_heading = "Fields")]
    pub year_only: Vec<DateKey>,

    /// First day in force.
    #[arg(long, value_name = "DATE", help_heading = "Fields")]
    pub start: Option<String>,

    /// Last day in force.
    #[arg(long, value_name = "DATE", help_heading = "Fields")]
    pub end: Option<String>,

    /// The KSB or NK a PKS implements, or the document an ADENDUM changes.
    #[arg(long, value_name = "ID", help_heading = "Fields")]
    pub parent: Option<String>,

    /// The agreement this one extends.
    #[arg(long, value_name = "ID", help_heading = "Fields")]
    pub renews: Option<String>,

    /// Whether the plan burdens the public and the daerah (true or false).
    #[arg(long, value_name = "BOOL", help_heading = "Fields")]
    pub burdens_region: Option<bool>,

    /// What the plan asks of the regional budget.
    #[arg(long, value_enum, help_heading = "Fields")]
    pub apbd_funding: Option<ApbdFunding>,

    /// Total value over the whole term, in rupiah (1500000000 or 1.500.000.000).
    #[arg(long, value_name = "RUPIAH", help_heading = "Fields")]
    pub value_idr: Option<String>,

    /// A source of funding (repeatable).
    #[arg(long, value_enum, value_delimiter = ',', help_heading = "Fields")]
    pub funding: Vec<Funding>,

    /// A party: 'NAME;TYPE[;KEY=VALUE...]' (repeatable; replaces the parties of --from).
    #[arg(long = "party", value_name = "PARTY", help_heading = "Fields")]
    pub parties: Vec<String>,

    /// The DPRD's approval: 'NUMBER;DATE'.
    #[arg(long, value_name = "NUMBER;DATE", help_heading = "Fields")]
    pub dprd_approval: Option<String>,

    /// The central government's approval: 'NUMBER;DATE'.
    #[arg(long, value_name = "NUMBER;DATE", help_heading = "Fields")]
    pub central_approval: Option<String>,

    /// A waiver of a rule for this file: 'RULE=REASON' (repeatable).
    #[arg(long = "waive", value_name = "RULE=REASON", help_heading = "Fields")]
    pub waivers: Vec<String>,

    /// A free label (repeatable).
    #[arg(long = "tag", value_name = "TAG", help_heading = "Fields")]
    pub tags: Vec<String>,

    /// Free text.
    #[arg(long, help_heading = "Fields")]
    pub notes: Option<String>,

    /// A file kept with it: 'PATH[;SHA256]', relative to the ledger root; without the hash the
    /// file is read and hashed (repeatable).
    #[arg(long = "attachment", value_name = "PATH", help_heading = "Fields")]
    pub attachments: Vec<String>,

    /// An early end: 'DATE;REASON[;NOTE]'.
    #[arg(long, value_name = "DATE;REASON", help_heading = "Fields")]
    pub termination: Option<String>,

    /// A draft that will not be signed: 'DATE;REASON[;NOTE]'.
    #[arg(long, value_name = "DATE;REASON", help_heading = "Fields")]
    pub withdrawn: Option<String>,

    /// Yearly monitoring: 'YEAR;STATE[;REVENUE_IDR[;NOTE]]' (repeatable).
    #[arg(
        long = "monitoring",
        value_name = "YEAR;STATE",
        help_heading = "Fields"
    )]
    pub monitoring: Vec<String>,
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
    /// SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, GitLab, IDEs).
    Sarif,
}

const LIST_HELP: &str =
    "Drafts and addenda are listed too (status `draft`, document `ADENDUM`). Filters combine: an \
agreement is listed when it passes every filter given; a filter given several values (repeated \
or comma-separated) passes any of them.

Status (FORMAT.md section 3), the first that applies: withdrawn, draft, terminated (termination \
date on or before today), pending (start after today), expired (effective end, with signed \
addenda, before today), active.

The table fits the width in COLUMNS, else the terminal's; long titles and names are cut with an \
ellipsis, and narrow widths drop the less needed columns. When stdout is not a terminal and \
COLUMNS is unset, rows are printed whole (no width limit).

Every readable agreement is used. When the ledger has findings at error level, one line on \
stderr says how many files were left out (unreadable, or not agreement files) and how many have \
errors; `kerjasama check` tells what they are.

Examples:
  kerjasama list
  kerjasama list --year 2018..2020 --category KSDPK --status active
  kerjasama list --party indosat --format csv > indosat.csv
  kerjasama list --expiring-within 90 --sort end
  kerjasama list --search \"mal pelayanan\" --format json";

const SHOW_HELP: &str = "Shows every stored field, the status today with the days remaining (or \
since it ended), and the links: the KSB (or NK) it implements or the document an ADENDUM \
changes, its PKS and addenda, what it renews and what renewed it. An unknown id exits with 2.

Examples:
  kerjasama show KS-2019-002
  kerjasama show KS-2019-001 --format json";

const SUMMARY_HELP: &str = "Counting rule: a count counts signed documents. An ADENDUM is not \
counted on its own (it changes a counted document), and drafts and withdrawn drafts are not \
counted; the key figures say how many of each were left aside. A KSB and the PKS that implements \
it are two signed documents and count as two. With --by affair or --by party-type an agreement \
counts once under each of its affairs or counterpart types, so such counts can add up to more \
than the total. The filters apply first, then the counting rule.

Every readable agreement is used. When the ledger has findings at error level, one line on \
stderr says how many files were left out (unreadable, or not agreement files) and how many have \
errors; `kerjasama check` tells what they are.

Key figures: agreements (counted), in force today (status active), expiring within 90 days \
(active, effective end within 90 days of today), and the total of `value_idr` of the counted \
agreements, in rupiah.

--format csv/tsv prints only the counts: a header of the --by names and `count`, one row per \
group, in ascending order (years in number order, enum values in the order of FORMAT.md, units \
and other text alphabetically). Without --by the counts are by year.

Examples:
  kerjasama summary
  kerjasama summary --by year --format csv
  kerjasama summary --by year --by category --year 2018..2024
  kerjasama summary --by unit --status active";

const REPORT_HELP: &str = "What the cooperation office hands each year to the regional \
secretary, the DPRD and the province. Header: the region, the year, the ledger's git commit and \
its date (when the ledger is in a git repository) and the day it was made (--today). Key \
figures, under the counting rule of `summary`: agreements signed in the year; in force during \
the year (their term, with addenda and terminations, overlaps it); ended in the year (expired or \
terminated, before today); ending in the following 12 months (in force during the year, last \
day in the next year); the total value signed in the year. Then the agreements signed in the \
year, counts by category, form, counterpart type, unit and affair, the counts of the last ten \
years as a chart, and what needs attention today: agreements in force without a required DPRD \
or central approval (the findings of the approval rules), agreements ending within 90 days that \
no other agreement renews, and the number of errors and warnings of `kerjasama check`.

The format is --format, else the extension of -o (.md, .markdown, .html, .htm, .csv, .json), \
else Markdown. -o writes the file whole (a temporary file renamed into place) and says so on \
stderr. HTML is one self-contained page (inline CSS and SVG, no external request), printable on \
A4. CSV has the figures and counts as rows of section,key,label,value; JSON has everything, \
with keys and values that do not depend on --lang. The same ledger, --year and --today give \
byte-identical output. Findings in the ledger do not change the exit status (0).

The report is in Indonesian, the language of official documents (UU 24/2009, Pasal 27), \
whatever the locale; --lang en gives it in English.

Examples:
  kerjasama report --year 2018 --today 2019-01-15 -o laporan-2018.html
  kerjasama report --year 2018 --lang en > report-2018.md
  kerjasama report --year 2018 --format json | jq .figures";

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The year to report on (of signing, of being in force).
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(i32).range(1000..=9999))]
    pub year: i32,

    /// Output format (default: from the extension of -o, else markdown).
    #[arg(long, value_enum)]
    pub format: Option<crate::report::yearly::Format>,

    /// Write the report to FILE instead of stdout.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub filter: FilterArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,

    /// Sort by this field (then by id); default: signed date (drafts last), then id.
    #[arg(long, value_enum, default_value_t = SortKey::Signed)]
    pub sort: SortKey,

    /// Reverse the order.
    #[arg(long)]
    pub reverse: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The agreement id, e.g. KS-2019-002.
    pub id: String,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Args)]
pub struct SummaryArgs {
    #[command(flatten)]
    pub filter: FilterArgs,

    /// Count by this (repeat for a cross-table: --by year --by category); default: year.
    #[arg(long, value_enum, value_delimiter = ',')]
    pub by: Vec<Dimension>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
}

/// The filters of `list` and `summary`; all combine.
#[derive(Debug, Default, Args)]
#[command(next_help_heading = "Filters")]
pub struct FilterArgs {
    /// Signed in this year or range of years (inclusive): 2018, 2018..2020, 2018.., ..2020.
    #[arg(long, value_name = "YEAR[..YEAR]", value_parser = parse_years)]
    pub year: Option<Years>,

    /// Category (repeatable, or comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', ignore_case = true)]
    pub category: Vec<Category>,

    /// Form of cooperation.
    #[arg(long, value_enum, value_delimiter = ',', ignore_case = true)]
    pub form: Vec<Form>,

    /// Kind of document.
    #[arg(long, value_enum, value_delimiter = ',', ignore_case = true)]
    pub document: Vec<DocumentKind>,

    /// A counterpart (a party other than the home daerah) is of this type.
    #[arg(long, value_enum, value_delimiter = ',', ignore_case = true)]
    pub party_type: Vec<PartyType>,

    /// A counterpart's name contains TEXT (case- and accent-insensitive).
    #[arg(long, value_name = "TEXT")]
    pub party: Option<String>,

    /// The initiating unit contains TEXT (case- and accent-insensitive).
    #[arg(long, value_name = "TEXT")]
    pub unit: Option<String>,

    /// Among the affairs (urusan, FORMAT.md section 5), e.g. kesehatan.
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        ignore_case = true,
        hide_possible_values = true
    )]
    pub affair: Vec<Affair>,

    /// Status today.
    #[arg(long, value_enum, value_delimiter = ',', ignore_case = true)]
    pub status: Vec<Status>,

    /// In force on DATE (YYYY-MM-DD): its status on that day would be `active`.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub active_on: Option<NaiveDate>,

    /// Active today and its effective end is at most DAYS days from today.
    #[arg(long, value_name = "DAYS")]
    pub expiring_within: Option<u32>,

    /// TEXT in the title, a counterpart's name, the number or the notes (case- and
    /// accent-insensitive).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

/// An inclusive range of years; an open end is `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Years {
    pub from: Option<i32>,
    pub to: Option<i32>,
}

impl Years {
    pub fn contains(self, year: i32) -> bool {
        self.from.is_none_or(|f| year >= f) && self.to.is_none_or(|t| year <= t)
    }
}

fn parse_years(s: &str) -> Result<Years, String> {
    let bad = || {
        format!(
            "`{s}` is not a year or a range of years; write e.g. 2018, 2018..2020, 2018.. or ..2020"
        )
    };
    let year = |t: &str| -> Result<Option<i32>, String> {
        let t = t.trim();
        if t.is_empty() {
            return Ok(None);
        }
        if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        t.parse().map(Some).map_err(|_| bad())
    };
    let years = match s.split_once("..") {
        Some((a, b)) => Years {
            from: year(a)?,
            to: year(b)?,
        },
        None => {
            let y = year(s)?.ok_or_else(bad)?;
            Years {
                from: Some(y),
                to: Some(y),
            }
        }
    };
    match years {
        Years {
            from: Some(a),
            to: Some(b),
        } if a > b => Err(format!("`{s}`: the range runs backwards; write {b}..{a}")),
        Years {
            from: None,
            to: None,
        } => Err(bad()),
        _ => Ok(years),
    }
}

/// The formats of `list` and `summary`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// A table fitted to the width.
    Table,
    /// JSON (FORMAT.md section 6).
    Json,
    /// Comma-separated, with a header row (RFC 4180).
    Csv,
    /// Tab-separated, with a header row.
    Tsv,
    /// A Markdown table (for reports and pull requests).
    Markdown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// Every field, one per line.
    Text,
    /// One JSON object: the stored keys, plus path, status, year, effective_end, days and links.
    Json,
}

/// What `list --sort` sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SortKey {
    Id,
    /// The signed date (drafts last).
    Signed,
    Category,
    Form,
    Document,
    Title,
    /// The first counterpart's name.
    Counterparts,
    Unit,
    Status,
    /// The effective end (no fixed end last).
    End,
    /// value_idr (none last).
    Value,
}

/// What `summary --by` counts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Dimension {
    /// The year of signing.
    Year,
    Category,
    Form,
    Document,
    Unit,
    /// The types of the counterparts.
    PartyType,
    /// The affairs (urusan).
    Affair,
    /// The status today.
    Status,
}

impl Dimension {
    pub fn name(self) -> &'static str {
        match self {
            Dimension::Year => "year",
            Dimension::Category => "category",
            Dimension::Form => "form",
            Dimension::Document => "document",
            Dimension::Unit => "unit",
            Dimension::PartyType => "party_type",
            Dimension::Affair => "affair",
            Dimension::Status => "status",
        }
    }
}

// The enums of the format are command-line values under their FORMAT.md spelling.
macro_rules! choice_value_enum {
    ($($t:ty),+) => {$(
        impl ValueEnum for $t {
            fn value_variants<'a>() -> &'a [Self] {
                <$t as Choice>::ALL
            }
            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(PossibleValue::new(self.as_str()))
            }
        }
    )+};
}

choice_value_enum!(
    Category,
    Form,
    DocumentKind,
    PartyType,
    Affair,
    Scope,
    ApbdFunding,
    Funding,
    DateKey,
    RegionType
);

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
