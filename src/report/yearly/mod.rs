//! `kerjasama report`: the yearly report the cooperation office hands to the regional secretary,
//! the DPRD and the province. [`build`] gathers the figures from the [`Register`], the counting
//! rule of [`summary`](super::summary) and one run of the rules; the renderers turn them into
//! Markdown, HTML (with an SVG chart), CSV or JSON. Nothing here depends on the clock: the same
//! ledger, year and today give the same bytes.

mod chart;
mod html;
mod render;
pub mod text;

use std::collections::HashMap;
use std::io::Write as _;
use std::path::Path;

use anyhow::{Context as _, Result, bail};
use chrono::NaiveDate;

use super::summary::{self, EXPIRING_DAYS, counted};
use crate::cli::{Dimension, SortKey};
use crate::config::Config;
use crate::diagnostic::Report;
use crate::query;
use crate::status::{Item, Register, Status};
use crate::tr;
pub use text::Lang;

/// The formats of `kerjasama report`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A Markdown document (default on stdout).
    Markdown,
    /// One self-contained HTML page with an SVG chart, printable on A4.
    Html,
    /// The figures and counts as rows of `section,key,label,value`.
    Csv,
    /// One JSON object with every figure, table and list.
    Json,
}

impl Format {
    /// The extensions `-o FILE` may end with, for a usage message.
    pub const EXTENSIONS: &'static str = ".md, .markdown, .html, .htm, .csv, .json";

    /// The format an output file's extension asks for.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" => Format::Html,
            "csv" => Format::Csv,
            "json" => Format::Json,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// The rules whose findings are "required approval missing".
pub const APPROVAL_RULES: &[&str] = &[
    "dprd-approval-missing",
    "dprd-approval-missing-ksdpk",
    "central-approval-missing",
];

/// How many years the trend covers, the report's year the last.
pub const TREND_YEARS: i32 = 10;

/// The commit of the ledger's git repository.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GitVersion {
    pub commit: String,
    /// The committer date.
    pub date: Option<NaiveDate>,
    /// The ledger's files (kerjasama.toml, agreements/) differ from the commit.
    pub uncommitted: bool,
}

/// The commit of the ledger at `root` (`git log -1`), when git is there and the ledger is in a
/// repository; `None` otherwise, never an error.
pub fn git_version(root: &Path) -> Option<GitVersion> {
    let git = |args: &[&str]| -> Option<String> {
        crate::git::output(root, args)
            .ok()
            .map(|out| String::from_utf8_lossy(&out).trim().to_owned())
    };
    let line = git(&["log", "-1", "--format=%H%x09%cs"])?;
    let (commit, date) = line.split_once('\t')?;
    if commit.is_empty() {
        return None;
    }
    let status = git(&[
        "status",
        "--porcelain",
        "--",
        "kerjasama.toml",
        "agreements",
    ]);
    Some(GitVersion {
        commit: commit.to_owned(),
        date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
        uncommitted: status.is_some_and(|s| !s.is_empty()),
    })
}

/// The key figures of the year.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Figures {
    /// Counted agreements signed in the year.
    pub signed: usize,
    /// Counted agreements whose term overlaps the year.
    pub in_force: usize,
    /// Counted agreements whose last day in force falls in the year, before today.
    pub ended: usize,
    /// Counted agreements in force during the year whose last day in force falls in the next
    /// year.
    pub ending_next: usize,
    /// The `value_idr` of the agreements signed in the year.
    pub total_value: u128,
    /// Addenda signed in the year (not counted).
    pub addenda: usize,
}

/// An agreement in force today without an approval it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingApproval {
    pub item: usize,
    pub rule: &'static str,
}

/// The yearly report, ready to render.
#[derive(Debug)]
pub struct Yearly<'r, 'a> {
    pub reg: &'r Register<'a>,
    pub year: i32,
    /// The region of kerjasama.toml: its name and code, when given.
    pub region: Option<(Option<String>, Option<String>)>,
    pub git: Option<GitVersion>,
    pub figures: Figures,
    /// The counted agreements signed in the year, by signed date then id.
    pub signed: Vec<usize>,
    /// Counts of the agreements signed in the year, by each dimension, in the order of
    /// `summary` (FORMAT.md order; units alphabetically).
    pub counts: Vec<(Dimension, Vec<(String, usize)>)>,
    /// Counted agreements signed per year, the last [`TREND_YEARS`] years.
    pub trend: Vec<(i32, usize)>,
    /// Agreements in force today with a finding of [`APPROVAL_RULES`], by id then rule.
    pub approvals_missing: Vec<MissingApproval>,
    /// Agreements in force today ending within 90 days that no other agreement renews, by end
    /// then id.
    pub ending_soon: Vec<usize>,
    /// Errors and warnings of the rules over the whole ledger.
    pub errors: usize,
    pub warnings: usize,
}

/// The dimensions of the count tables.
pub const DIMENSIONS: &[Dimension] = &[
    Dimension::Category,
    Dimension::Form,
    Dimension::PartyType,
    Dimension::Unit,
    Dimension::Affair,
];

fn first_of(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

fn last_of(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// The first day in force: `start` (else the signing day, for a file that lacks `start`).
pub fn first_day(item: &Item<'_>) -> Option<NaiveDate> {
    let a = item.agreement;
    a.start.as_ref().or(a.signed.as_ref()).map(|d| d.value)
}

/// The last day in force: the effective end, or the day before the termination (an agreement
/// is terminated on its termination date, as [`crate::status::status_on`] has it), whichever
/// comes first. `None`: no fixed end.
pub fn last_day(item: &Item<'_>) -> Option<NaiveDate> {
    let terminated = item
        .agreement
        .termination
        .as_ref()
        .and_then(|t| t.date.value.pred_opt());
    match (item.effective_end, terminated) {
        (Some(e), Some(t)) => Some(e.min(t)),
        (e, t) => e.or(t),
    }
}

/// Whether a counted agreement is in force on some day from `from` to `to` (inclusive): its
/// term, from [`first_day`] to [`last_day`], overlaps them.
pub fn in_force_between(item: &Item<'_>, from: NaiveDate, to: NaiveDate) -> bool {
    if !counted(item) {
        return false;
    }
    let Some(first) = first_day(item) else {
        return false;
    };
    first <= to && last_day(item).is_none_or(|last| last >= from && last >= first)
}

/// Builds the report of `year` from the register, the ledger's settings, the findings of one
/// run of the rules over the whole ledger, and the ledger's commit.
pub fn build<'r, 'a>(
    reg: &'r Register<'a>,
    config: &Config,
    check: &Report,
    year: i32,
    git: Option<GitVersion>,
) -> Yearly<'r, 'a> {
    let today = reg.today;
    let (from, to) = (first_of(year), last_of(year));
    let (next_from, next_to) = (first_of(year + 1), last_of(year + 1));

    let of_year: Vec<usize> = (0..reg.items.len())
        .filter(|&i| reg.items[i].year == Some(year))
        .collect();
    let totals = summary::summarise(reg, &of_year, &[]);
    let mut figures = Figures {
        signed: totals.agreements,
        total_value: totals.total_value,
        addenda: totals.addenda,
        ..Figures::default()
    };
    for item in &reg.items {
        if !in_force_between(item, from, to) {
            continue;
        }
        figures.in_force += 1;
        match last_day(item) {
            Some(last) if last <= to && last < today => figures.ended += 1,
            Some(last) if (next_from..=next_to).contains(&last) => figures.ending_next += 1,
            _ => {}
        }
    }

    let mut signed: Vec<usize> = of_year
        .iter()
        .copied()
        .filter(|&i| counted(&reg.items[i]))
        .collect();
    query::sort(reg, &mut signed, SortKey::Signed, false);

    let counts = DIMENSIONS
        .iter()
        .map(|&dim| {
            let s = summary::summarise(reg, &of_year, &[dim]);
            let rows = s
                .counts
                .into_iter()
                .filter_map(|(k, n)| k.into_iter().next().map(|(_, text)| (text, n)))
                .collect();
            (dim, rows)
        })
        .collect();

    let all: Vec<usize> = (0..reg.items.len()).collect();
    let by_year: HashMap<String, usize> = summary::summarise(reg, &all, &[Dimension::Year])
        .counts
        .into_iter()
        .filter_map(|(k, n)| k.into_iter().next().map(|(_, text)| (text, n)))
        .collect();
    let trend = (year - TREND_YEARS + 1..=year)
        .map(|y| (y, by_year.get(&y.to_string()).copied().unwrap_or(0)))
        .collect();

    let by_path: HashMap<&str, usize> = reg
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| (it.path, i))
        .collect();
    let mut approvals_missing: Vec<MissingApproval> = check
        .diagnostics
        .iter()
        .filter_map(|d| {
            let rule = APPROVAL_RULES.iter().copied().find(|r| *r == d.rule)?;
            let &item = by_path.get(d.file.as_str())?;
            let it = &reg.items[item];
            (counted(it) && it.status == Status::Active).then_some(MissingApproval { item, rule })
        })
        .collect();
    approvals_missing.sort_by(|x, y| {
        reg.items[x.item]
            .id()
            .cmp(reg.items[y.item].id())
            .then(reg.items[x.item].path.cmp(reg.items[y.item].path))
            .then(x.rule.cmp(y.rule))
    });
    approvals_missing.dedup();

    let mut ending_soon: Vec<usize> = (0..reg.items.len())
        .filter(|&i| {
            let it = &reg.items[i];
            counted(it)
                && query::expiring(today, EXPIRING_DAYS, it)
                && !reg
                    .links(i)
                    .renewed_by
                    .iter()
                    .any(|&r| reg.items[r].status != Status::Withdrawn)
        })
        .collect();
    ending_soon.sort_by(|&i, &j| {
        let (x, y) = (&reg.items[i], &reg.items[j]);
        x.effective_end
            .cmp(&y.effective_end)
            .then(x.id().cmp(y.id()))
            .then(x.path.cmp(y.path))
    });

    Yearly {
        reg,
        year,
        region: config
            .region
            .as_ref()
            .map(|r| (r.name.clone(), r.code.clone()))
            .filter(|(name, code)| name.is_some() || code.is_some()),
        git,
        figures,
        signed,
        counts,
        trend,
        approvals_missing,
        ending_soon,
        errors: check.errors(),
        warnings: check.warnings(),
    }
}

impl Yearly<'_, '_> {
    pub fn today(&self) -> NaiveDate {
        self.reg.today
    }

    /// Days from today to the effective end of item `i`.
    pub fn days_left(&self, i: usize) -> Option<i64> {
        self.reg.items[i]
            .effective_end
            .map(|e| (e - self.today()).num_days())
    }

    /// The first and last day of the year after the report's.
    pub fn next_year(&self) -> (NaiveDate, NaiveDate) {
        (first_of(self.year + 1), last_of(self.year + 1))
    }

    /// The report in `format` and `lang`.
    pub fn render(&self, format: Format, lang: Lang) -> Result<String> {
        match format {
            Format::Markdown => Ok(render::markdown(self, lang)),
            Format::Html => html::page(self, lang),
            Format::Csv => render::csv(self, lang),
            Format::Json => render::json(self),
        }
    }
}

/// Writes `bytes` to `path` atomically: a temporary file in the same directory, then a rename
/// over the target, so a reader never sees half a report and a failed run leaves the old one.
/// Errors are in `lang`.
pub fn write_atomically(path: &Path, bytes: &[u8], lang: Lang) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Some(name) = path.file_name() else {
        bail!(tr!(
            lang,
            "error-not-a-file-name",
            path = path.display().to_string()
        ));
    };
    if path.is_dir() {
        bail!(tr!(
            lang,
            "error-is-a-directory",
            path = path.display().to_string()
        ));
    }
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = (|| -> Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .with_context(|| {
                tr!(
                    lang,
                    "error-cannot-create",
                    path = tmp.display().to_string()
                )
            })?;
        f.write_all(bytes)
            .and_then(|()| f.sync_all())
            .with_context(|| tr!(lang, "error-cannot-write", path = tmp.display().to_string()))?;
        std::fs::rename(&tmp, path).with_context(|| {
            tr!(
                lang,
                "error-cannot-write",
                path = path.display().to_string()
            )
        })
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Agreement;
    use crate::parse::parse_agreement;
    use crate::source::Source;
    use crate::status::{effective_end, status_on};

    fn agreement(extra: &str) -> Agreement {
        let text = format!(
            "id = \"KS-2018-001\"\ntitle = \"T\"\ncategory = \"KSDPK\"\nform = \"lainnya\"\n\
             affairs = [\"kesehatan\"]\nunit = \"U\"\ndocument = \"KSB\"\n{extra}"
        );
        parse_agreement(&Source::new("agreements/2018/KS-2018-001.toml", text))
            .agreement
            .expect("readable")
    }

    /// "In force during the year" agrees with the status of every day of the year.
    #[test]
    fn in_force_during_a_year_is_active_on_some_day_of_it() {
        let cases = [
            "signed = 2017-12-20\nstart = 2019-02-01\nend = 2023-01-31\n",
            "signed = 2016-08-01\nstart = 2016-08-01\nend = 2018-07-31\n",
            "signed = 2016-08-01\nstart = 2016-08-01\nend = 2017-12-31\n",
            "signed = 2016-08-01\nstart = 2016-08-01\nend = 2018-01-01\n",
            "signed = 2010-06-01\nstart = 2010-06-01\n",
            "signed = 2018-12-31\nstart = 2018-12-31\nend = 2020-01-01\n",
            "signed = 2017-02-01\nstart = 2017-02-01\nend = 2021-01-31\n\
             [termination]\ndate = 2018-10-01\nreason = \"wanprestasi\"\n",
            "signed = 2017-02-01\nstart = 2017-02-01\nend = 2021-01-31\n\
             [termination]\ndate = 2018-01-01\nreason = \"wanprestasi\"\n",
            "signed = 2017-02-01\nstart = 2018-06-01\n\
             [termination]\ndate = 2018-03-01\nreason = \"lainnya\"\n",
            "",
        ];
        for case in cases {
            let a = agreement(case);
            let end = effective_end(&a, []);
            for year in 2016..=2020 {
                let item = Item {
                    path: "agreements/2018/KS-2018-001.toml",
                    agreement: &a,
                    effective_end: end,
                    status: Status::Active,
                    year: crate::status::year(&a),
                };
                let mut d = first_of(year);
                let mut by_days = false;
                while d <= last_of(year) {
                    by_days |= status_on(&a, end, d) == Status::Active;
                    d = d.succ_opt().expect("next day");
                }
                assert_eq!(
                    in_force_between(&item, first_of(year), last_of(year)),
                    by_days,
                    "{case} in {year}"
                );
            }
        }
    }

    #[test]
    fn the_format_follows_the_extension() {
        assert_eq!(
            Format::from_path(Path::new("out/laporan.HTML")),
            Some(Format::Html)
        );
        assert_eq!(Format::from_path(Path::new("a.md")), Some(Format::Markdown));
        assert_eq!(Format::from_path(Path::new("a.json")), Some(Format::Json));
        assert_eq!(Format::from_path(Path::new("a.csv")), Some(Format::Csv));
        assert_eq!(Format::from_path(Path::new("a.pdf")), None);
        assert_eq!(Format::from_path(Path::new("laporan")), None);
    }

    #[test]
    fn an_atomic_write_replaces_the_file_and_leaves_nothing_else() {
        let dir = std::env::temp_dir().join(format!("kerjasama-yearly-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let target = dir.join("laporan.md");
        std::fs::write(&target, "old").expect("write");
        write_atomically(&target, b"new", Lang::En).expect("atomic write");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "new");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["laporan.md"]);
        std::fs::remove_dir_all(&dir).expect("clean up");
    }
}
