//! Property: near-valid agreement files never crash the check, and its findings stay sane.
//!
//! The same path as the fuzz target `fuzz/fuzz_targets/agreement.rs` (`kerjasama::check_text`:
//! reading and every rule over one file), driven by proptest so that plain `cargo test` (and CI)
//! keeps exercising it: valid agreements of the sample ledger, spoilt by a few generated edits
//! (lines dropped, duplicated or inserted; values swapped for wrong types, odd dates, huge
//! numbers, unicode; keys renamed; characters inserted or deleted). Every finding must be about
//! the file, at a line and column inside its text (or none), with a known rule code, in the
//! order of FORMAT.md section 6, and a file with a finding of reading (RULES.md section A) gets
//! no other finding; where the fast reader takes the text, toml's parser builds the same tree.

use kerjasama::config::{Config, parse_config};
use kerjasama::diagnostic::{Report, Style, render_github, render_human, render_json};
use kerjasama::i18n::Lang;
use kerjasama::source::Source;
use proptest::prelude::*;

const PATH: &str = "agreements/2019/KS-2019-001.toml";

/// Valid agreements to start from: a KSDD wajib KSB, a KSDPK PKS with a proxy and monitoring,
/// and a KSB with an attachment whose hash matches `docs/scan.pdf` of the test's root.
fn starts() -> Vec<String> {
    let ksb = include_str!("../agreements/2018/KS-2018-003.toml").to_owned();
    let pks = include_str!("../agreements/2019/KS-2019-002.toml").to_owned();
    let attached = format!(
        "{ksb}\n[[attachments]]\npath = \"docs/scan.pdf\"\nsha256 = \"{}\"\n",
        "37c02e17d9e28a780bfbcfb65aebf1d23c626d98c0db787ddce596ff51c9dd03"
    );
    vec![ksb, pks, attached]
}

/// Values a `key = value` line may get instead of its own.
const VALUES: &[&str] = &[
    "\"2019-01-15\"",
    "1.5",
    "true",
    "[]",
    "{}",
    "-1",
    "0",
    "99999999999999999999",
    "9223372036854775807",
    "0x7fffffffffffffff",
    "1e308",
    "nan",
    "2019-02-29",
    "2020-02-29",
    "0001-01-01",
    "9999-12-31",
    "2019-01-15T10:00:00Z",
    "10:00:00",
    "\"\"",
    "\"   \"",
    "\"\\u0000\"",
    "\"e\\u0301\u{1F600}\u{202E}\"",
    "'literal'",
    "\"\"\"\nmulti\nline\"\"\"",
    "[[1], [\"a\"]]",
    "{ a = { b = 1 } }",
    "[\"kesehatan\", \"kesehatan\"]",
    "[\"signed\", \"start\", \"end\"]",
    "\"KS-2019-001\"",
    "\"KS-2019-9999999999999999999\"",
    "\"35.15\"",
    "\"35.99\"",
    "\"../x.pdf\"",
    "\"/etc/passwd\"",
];

/// Lines that may be inserted anywhere.
const LINES: &[&str] = &[
    "[[parties]]",
    "name = \"Pemerintah Kabupaten Sidoarjo\"",
    "type = \"kabupaten\"",
    "code = \"35.15\"",
    "[termination]",
    "date = 2019-06-01",
    "reason = \"lainnya\"",
    "[withdrawn]",
    "[dprd_approval]",
    "[central_approval]",
    "[[attachments]]",
    "path = \"docs/../../x\"",
    "[[monitoring]]",
    "year = 2019",
    "state = \"berjalan\"",
    "waive = { pks-max-five-years = \"KPBU\", duplicate-id = \"x\", no-such = \"\" }",
    "year_only = [\"signed\"]",
    "parent = \"KS-2019-001\"",
    "renews = \"KS-2018-001\"",
    "scope = [\"iptek\"]",
    "status = \"active\"",
    "a.b.c = 1",
    "[parties]",
    "# \u{0}",
    "",
];

/// Keys a key may be renamed to (known ones, typos, reserved ones).
const KEYS: &[&str] = &[
    "id",
    "title",
    "tittle",
    "category",
    "form",
    "affairs",
    "unit",
    "document",
    "number",
    "signed",
    "start",
    "end",
    "parent",
    "renews",
    "place",
    "notes",
    "tags",
    "value_idr",
    "funding",
    "status",
    "path",
    "Signed",
    "end ",
    "\"end\"",
];

/// Characters that may be inserted.
const CHARS: &[&str] = &[
    "\"",
    "'",
    "[",
    "]",
    "{",
    "}",
    ",",
    "=",
    "#",
    ".",
    " ",
    "\n",
    "\r",
    "\t",
    "\\",
    "0",
    "-",
    ":",
    "\u{0}",
    "é",
    "\u{301}",
    "\u{FEFF}",
    "\u{1F600}",
    "[[",
    "]]",
    "\"\"\"",
];

#[derive(Clone, Debug)]
enum Edit {
    DropLine(usize),
    DuplicateLine(usize),
    InsertLine(usize, usize),
    ReplaceValue(usize, usize),
    RenameKey(usize, usize),
    InsertChars(usize, usize),
    DeleteChar(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let any = 0usize..10_000;
    prop_oneof![
        any.clone().prop_map(Edit::DropLine),
        any.clone().prop_map(Edit::DuplicateLine),
        (any.clone(), 0..LINES.len()).prop_map(|(a, b)| Edit::InsertLine(a, b)),
        (any.clone(), 0..VALUES.len()).prop_map(|(a, b)| Edit::ReplaceValue(a, b)),
        (any.clone(), 0..KEYS.len()).prop_map(|(a, b)| Edit::RenameKey(a, b)),
        (any.clone(), 0..CHARS.len()).prop_map(|(a, b)| Edit::InsertChars(a, b)),
        any.prop_map(Edit::DeleteChar),
    ]
}

/// The text with the edit made (positions taken modulo the lines or characters there are).
fn apply(text: &str, e: &Edit) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let n = lines.len();
    let boundaries: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    match *e {
        Edit::DropLine(i) => {
            lines.remove(i % n);
        }
        Edit::DuplicateLine(i) => {
            let l = lines[i % n].clone();
            lines.insert(i % n, l);
        }
        Edit::InsertLine(i, l) => lines.insert(i % (n + 1), LINES[l].to_owned()),
        Edit::ReplaceValue(i, v) => {
            let l = &mut lines[i % n];
            if let Some(eq) = l.find(" = ") {
                l.replace_range(eq + 3.., VALUES[v]);
            }
        }
        Edit::RenameKey(i, k) => {
            let l = &mut lines[i % n];
            if let Some(eq) = l.find(" = ") {
                l.replace_range(..eq, KEYS[k]);
            }
        }
        Edit::InsertChars(i, c) => {
            let at = boundaries[i % boundaries.len()];
            let mut t = text.to_owned();
            t.insert_str(at, CHARS[c]);
            return t;
        }
        Edit::DeleteChar(i) => {
            if boundaries.len() < 2 {
                return text.to_owned();
            }
            let k = i % (boundaries.len() - 1);
            let mut t = text.to_owned();
            t.replace_range(boundaries[k]..boundaries[k + 1], "");
            return t;
        }
    }
    lines.join("\n")
}

fn setup() -> (tempfile::TempDir, Config) {
    let root = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(root.path().join("docs")).expect("mkdir");
    std::fs::write(root.path().join("docs/scan.pdf"), "%PDF-1.4 near valid\n").expect("scan");
    let loaded = parse_config(&Source::new(
        "kerjasama.toml",
        include_str!("../kerjasama.toml"),
    ));
    assert!(loaded.findings.is_empty());
    (root, loaded.config)
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("a date")
}

const READING: &[&str] = &[
    "toml-syntax",
    "unknown-key",
    "missing-key",
    "wrong-type",
    "invalid-value",
];

/// Everything that must hold of the report on `text`; `Err` says what did not.
fn sane(text: &str, report: &Report) -> Result<(), String> {
    let source = Source::new(PATH, text);
    let lines: Vec<&str> = source.text.split('\n').collect();
    let inside = |line: Option<usize>, column: Option<usize>| match (line, column) {
        (None, None) => Ok(()),
        (Some(l), Some(c)) if l >= 1 && l <= lines.len() => {
            let chars = lines[l - 1].chars().count();
            if c >= 1 && c <= chars + 1 {
                Ok(())
            } else {
                Err(format!("column {c} of line {l} ({chars} characters)"))
            }
        }
        other => Err(format!("position {other:?} of {} lines", lines.len())),
    };
    if kerjasama::tree::fast_agrees(text) == Some(false) {
        return Err("the fast reader and toml's parser differ".into());
    }
    let reading = report.diagnostics.iter().any(|d| READING.contains(&d.rule));
    if report.files != 1 || report.agreements != usize::from(!reading) {
        return Err(format!(
            "{} files, {} agreements",
            report.files, report.agreements
        ));
    }
    for d in &report.diagnostics {
        if d.file != PATH {
            return Err(format!("finding about {}", d.file));
        }
        if kerjasama::rules::catalogue::find(d.rule).is_none() {
            return Err(format!("unknown rule {}", d.rule));
        }
        if reading && !READING.contains(&d.rule) {
            return Err(format!("{} beside a reading finding", d.rule));
        }
        inside(d.line, d.column).map_err(|e| format!("{}: {e}", d.rule))?;
        for r in &d.related {
            inside(r.line, r.column).map_err(|e| format!("{} related: {e}", d.rule))?;
        }
    }
    if !report
        .diagnostics
        .windows(2)
        .all(|w| w[0].sort_key() <= w[1].sort_key())
    {
        return Err("findings out of order".into());
    }
    let json: serde_json::Value =
        serde_json::from_str(&render_json(report)).map_err(|e| format!("JSON: {e}"))?;
    if json["diagnostics"].as_array().map(Vec::len) != Some(report.diagnostics.len()) {
        return Err("JSON lost findings".into());
    }
    let _ = render_human(&report.diagnostics, Style { color: false }, Lang::En);
    let _ = render_github(&report.diagnostics);
    Ok(())
}

#[test]
fn the_starting_agreements_are_clean() {
    let (root, config) = setup();
    for text in starts() {
        let report = kerjasama::check_text(root.path(), &config, PATH, &text, today(), Lang::En);
        let rules: Vec<&str> = report.diagnostics.iter().map(|d| d.rule).collect();
        // One file alone: its parent is not there, and its id is not the one of its path.
        assert!(
            rules
                .iter()
                .all(|r| ["file-name", "unknown-reference"].contains(r)),
            "{rules:?}"
        );
        assert_eq!(sane(&text, &report), Ok(()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn near_valid_agreements_get_sane_findings(
        start in 0usize..3,
        edits in proptest::collection::vec(edit(), 1..6),
    ) {
        let (root, config) = setup();
        let mut text = starts()[start].clone();
        for e in &edits {
            text = apply(&text, e);
        }
        let report = kerjasama::check_text(root.path(), &config, PATH, &text, today(), Lang::En);
        prop_assert_eq!(sane(&text, &report), Ok(()), "text:\n{}", text);
    }
}

/// A check with its root, for the cases below.
fn check(text: &str) -> Report {
    let (root, config) = setup();
    let report = kerjasama::check_text(root.path(), &config, PATH, text, today(), Lang::En);
    assert_eq!(sane(text, &report), Ok(()), "{text}");
    report
}

#[test]
fn edits_that_matter_give_their_findings() {
    // A few fixed edits with known outcomes, so that the generator above is known to reach
    // the rules, not only the syntax.
    let ksb = &starts()[0];
    let rules =
        |t: &str| -> Vec<&'static str> { check(t).diagnostics.iter().map(|d| d.rule).collect() };
    assert!(
        rules(&ksb.replace("form = \"wajib\"", "form = \"investasi\"")).contains(&"form-category")
    );
    assert!(
        rules(&ksb.replace("signed = 2018-03-12", "signed = \"2018-03-12\""))
            .contains(&"wrong-type")
    );
    assert!(rules(&ksb.replace("code = \"35.78\"", "code = \"35.7\"")).contains(&"code-invalid"));
    assert!(rules(&ksb.replace("end = 2023-03-11", "end = 2017-01-01")).contains(&"term-order"));
    assert!(rules(&apply(ksb, &Edit::InsertChars(3, 0))).contains(&"toml-syntax"));
}
