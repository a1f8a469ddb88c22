//! What both targets share: a small ledger root on disk for the attachment rules, the settings
//! of the sample ledger, a fixed day, and the checks of a report's sanity.
// Each target uses a part of this.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use kerjasama::config::Config;
use kerjasama::diagnostic::{Report, Style, render_github, render_human, render_json};
use kerjasama::i18n::Lang;
use kerjasama::source::Source;

/// Where the agreement under test lies in its ledger.
pub const PATH: &str = "agreements/2019/KS-2019-001.toml";

pub struct Setup {
    pub root: PathBuf,
    pub config: Config,
    pub today: chrono::NaiveDate,
}

/// Made once per process. The root (under the temporary directory, the same for every run)
/// holds `docs/scan.pdf`, a link to it, a link out of the ledger (to `/`) and a FIFO that
/// nobody writes to: an attachment opened the wrong way would hang on it, and libFuzzer would
/// report the timeout.
pub fn setup() -> &'static Setup {
    static SETUP: OnceLock<Setup> = OnceLock::new();
    SETUP.get_or_init(|| {
        let root = std::env::temp_dir().join("kerjasama-fuzz-root");
        let docs = root.join("docs");
        std::fs::create_dir_all(&docs).expect("fuzz root");
        // Its SHA-256 is in one of the seeds, so that a matching hash is checked too.
        std::fs::write(docs.join("scan.pdf"), "%PDF-1.4 kerjasama fuzz\n").expect("scan");
        #[cfg(unix)]
        {
            let _ = std::os::unix::fs::symlink("scan.pdf", docs.join("inside.pdf"));
            let _ = std::os::unix::fs::symlink("/", docs.join("out"));
            if !docs.join("fifo.pdf").exists() {
                let _ = std::process::Command::new("mkfifo")
                    .arg(docs.join("fifo.pdf"))
                    .status();
            }
        }
        let text = include_str!("../../kerjasama.toml");
        let loaded = kerjasama::config::parse_config(&Source::new("kerjasama.toml", text));
        assert!(loaded.findings.is_empty(), "the sample settings are clean");
        Setup {
            root,
            config: loaded.config,
            today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("a date"),
        }
    })
}

/// Checks `text` as the agreement at [`PATH`] with `config`, renders the report in the
/// human, JSON and GitHub formats, and asserts what must hold of any report: every finding
/// is about that file at a line and column inside its text (or none), and a file with a
/// finding of reading (RULES.md section A) has no other finding.
pub fn check_and_render(root: &Path, config: &Config, text: &str) -> Report {
    let s = setup();
    // Both languages' messages are put into words: half the inputs each, by length.
    let lang = if text.len() % 2 == 0 {
        Lang::Id
    } else {
        Lang::En
    };
    let report = kerjasama::check_text(root, config, PATH, text, s.today, lang);
    let source = Source::new(PATH, text);
    assert_eq!(report.files, 1);
    let reading = [
        "toml-syntax",
        "unknown-key",
        "missing-key",
        "wrong-type",
        "invalid-value",
    ];
    let has_reading = report.diagnostics.iter().any(|d| reading.contains(&d.rule));
    assert_eq!(report.agreements, usize::from(!has_reading), "{report:#?}");
    for d in &report.diagnostics {
        assert_eq!(d.file, PATH);
        assert!(!has_reading || reading.contains(&d.rule), "{report:#?}");
        assert_inside(&source, d.line, d.column);
        for r in &d.related {
            assert_eq!(r.file, PATH);
            assert_inside(&source, r.line, r.column);
        }
    }
    let _ = render_human(&report.diagnostics, Style { color: true }, lang);
    let _ = render_json(&report);
    let _ = render_github(&report.diagnostics);
    // Not SARIF: it puts the whole rule catalogue into words on every call (a tenth of the
    // executions per second); tests/sarif.rs validates it against the schema instead.
    report
}

/// A 1-based line and column (in characters) inside the text, or no position at all.
pub fn assert_inside(source: &Source, line: Option<usize>, column: Option<usize>) {
    match (line, column) {
        (None, None) => {}
        (Some(line), Some(column)) => {
            let lines: Vec<&str> = source.text.split('\n').collect();
            assert!(
                line >= 1 && line <= lines.len(),
                "line {line} of {}",
                lines.len()
            );
            let chars = lines[line - 1].chars().count();
            assert!(
                column >= 1 && column <= chars + 1,
                "column {column} of {chars}"
            );
        }
        other => panic!("a line without a column or the other way round: {other:?}"),
    }
}
