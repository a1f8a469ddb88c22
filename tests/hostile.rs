//! Hostile ledgers (issue 7): each case ends as a finding, never a panic or a hang, and nothing
//! outside the ledger root is ever opened. Exit codes as FORMAT.md section 6 says: 1 for
//! findings at error level.
//!
//! "Never opened" is observed, not assumed: the things outside the ledger that a case points at
//! are FIFOs with a writer waiting on them ([`Tripwire`]). Opening a FIFO in any mode wakes that
//! writer, so the test knows whether kerjasama opened it; a blocking open by kerjasama would
//! hang instead, which the timeout on every run turns into a failure.
//!
//! A file changed or deleted between the walk and the read is tested in `src/ledger/race.rs`,
//! where a test-only hook runs between the two.

mod common;

use std::fs;
#[cfg(target_os = "linux")]
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::{Ledger, ksb, ksb_path};

/// Every run of kerjasama here must end within this (a hang is a failure, not a stuck CI).
const LIMIT: Duration = Duration::from_secs(120);

/// One diagnostic: (rule, file, line, message).
type Diag = (String, String, Option<u64>, String);

/// `check --format json` with a time limit: the exit code and every diagnostic.
fn check(l: &Ledger) -> (i32, Vec<Diag>) {
    let out = l
        .cmd(&["check", "--format", "json"])
        .timeout(LIMIT)
        .output()
        .expect("check ends within the time limit");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("JSON on stdout ({e}); stderr: {stderr}"));
    let diags = v["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or("").to_owned(),
                d["file"].as_str().unwrap_or("").to_owned(),
                d["line"].as_u64(),
                d["message"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    (out.status.code().unwrap_or(-1), diags)
}

/// The diagnostics of one file.
fn of<'d>(diags: &'d [Diag], file: &str) -> Vec<&'d Diag> {
    diags.iter().filter(|d| d.1 == file).collect()
}

/// KS-2019-001 (clean) with these `[[attachments]]` (path, sha256) appended.
#[cfg(target_os = "linux")]
fn with_attachments(list: &[(&str, &str)]) -> String {
    let mut text = ksb(1);
    for (path, sha) in list {
        let path = path.replace('\\', "\\\\");
        text.push_str(&format!(
            "\n[[attachments]]\npath = \"{path}\"\nsha256 = \"{sha}\"\n"
        ));
    }
    text
}

const SHA_OF_NOTHING: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// A FIFO with a writer thread blocked in `open` until some process opens the FIFO to read.
#[cfg(target_os = "linux")]
struct Tripwire {
    path: PathBuf,
    writer: std::thread::JoinHandle<()>,
}

#[cfg(target_os = "linux")]
impl Tripwire {
    fn new(path: PathBuf) -> Self {
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .expect("mkfifo (coreutils)");
        assert!(made.success(), "mkfifo {}", path.display());
        let p = path.clone();
        let writer = std::thread::spawn(move || {
            // Returns only when a reader opens the FIFO.
            let _ = fs::OpenOptions::new().write(true).open(&p);
        });
        Self { path, writer }
    }

    /// Whether anything opened the FIFO (call when kerjasama has exited).
    fn was_opened(self) -> bool {
        // A reader wakes the writer at once; give its thread time to finish.
        let until = Instant::now() + Duration::from_millis(300);
        while !self.writer.is_finished() && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(10));
        }
        let opened = self.writer.is_finished();
        if !opened {
            // Release the writer with a reader of our own that never blocks.
            use std::os::unix::fs::OpenOptionsExt;
            let nonblock = rustix::fs::OFlags::NONBLOCK.bits() as i32;
            let _ = fs::OpenOptions::new()
                .read(true)
                .custom_flags(nonblock)
                .open(&self.path);
        }
        let _ = self.writer.join();
        opened
    }
}

/// A directory outside the ledger, with a tripwire `secret.pdf` in it.
#[cfg(target_os = "linux")]
fn outside() -> (tempfile::TempDir, Tripwire) {
    let dir = tempfile::tempdir().expect("tmp");
    let wire = Tripwire::new(dir.path().join("secret.pdf"));
    (dir, wire)
}

/// `../` repeated so that, from the ledger root, the path reaches `/`.
#[cfg(target_os = "linux")]
fn up_to_slash(root: &Path) -> String {
    "../".repeat(root.components().count())
}

#[cfg(target_os = "linux")]
#[test]
fn the_tripwire_notices_an_open() {
    // The detector itself: a plain open of the FIFO is seen.
    let (_dir, wire) = outside();
    let path = wire.path.clone();
    let reader = std::thread::spawn(move || fs::File::open(path).map(|_| ()));
    assert!(reader.join().is_ok_and(|r| r.is_ok()));
    assert!(wire.was_opened());
    let (_dir, wire) = outside();
    assert!(!wire.was_opened());
}

#[cfg(target_os = "linux")]
#[test]
fn attachment_paths_with_dotdot_are_outside_and_never_opened() {
    let l = Ledger::new();
    let (dir, wire) = outside();
    let name = dir
        .path()
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("");
    let via_root = format!(
        "{}{}/secret.pdf",
        up_to_slash(l.path()),
        dir.path().display()
    );
    let cases = [
        format!("../{name}/secret.pdf"),
        format!("docs/../../{name}/secret.pdf"),
        format!("docs/..\\..\\{name}\\secret.pdf"),
        via_root.replace("//", "/"),
        "docs/2019/..".into(),
        "..".into(),
    ];
    let list: Vec<(&str, &str)> = cases.iter().map(|c| (c.as_str(), SHA_OF_NOTHING)).collect();
    fs::create_dir_all(l.join("docs/2019")).expect("mkdir");
    l.write(&ksb_path(1), &with_attachments(&list));
    let (code, diags) = check(&l);
    assert_eq!(code, 1, "{diags:#?}");
    let mine = of(&diags, &ksb_path(1));
    assert_eq!(mine.len(), cases.len(), "{mine:#?}");
    assert!(
        mine.iter().all(|d| d.0 == "attachment-outside"),
        "{mine:#?}"
    );
    assert!(
        !wire.was_opened(),
        "an attachment outside the ledger was opened"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn absolute_attachment_paths_are_outside_and_never_opened() {
    let l = Ledger::new();
    let (dir, wire) = outside();
    let secret = dir.path().join("secret.pdf");
    // The ledger's own file, named by its absolute path, is outside too: paths are relative.
    l.write("docs/a.pdf", "");
    let own = l.join("docs/a.pdf");
    let cases = [
        secret.display().to_string(),
        own.display().to_string(),
        "/etc/passwd".into(),
        "\\\\server\\share\\a.pdf".into(),
        "C:\\Windows\\win.ini".into(),
        "c:docs/a.pdf".into(),
    ];
    let list: Vec<(&str, &str)> = cases.iter().map(|c| (c.as_str(), SHA_OF_NOTHING)).collect();
    l.write(&ksb_path(1), &with_attachments(&list));
    let (code, diags) = check(&l);
    assert_eq!(code, 1, "{diags:#?}");
    let mine = of(&diags, &ksb_path(1));
    assert_eq!(mine.len(), cases.len(), "{mine:#?}");
    assert!(
        mine.iter().all(|d| d.0 == "attachment-outside"),
        "{mine:#?}"
    );
    assert!(!wire.was_opened(), "an absolute attachment path was opened");
}

#[cfg(target_os = "linux")]
#[test]
fn attachments_through_links_leaving_the_ledger_are_outside_and_never_opened() {
    use std::os::unix::fs::symlink;
    let l = Ledger::new();
    let (dir, wire) = outside();
    fs::create_dir_all(l.join("docs/2019")).expect("mkdir");
    // A link to the file outside; a link to the directory outside; a chain of links inside
    // the ledger that ends outside; a relative link that climbs out.
    symlink(&wire.path, l.join("docs/2019/scan.pdf")).expect("link");
    symlink(dir.path(), l.join("docs/out")).expect("link");
    symlink("../2019/scan.pdf", l.join("docs/2019/chain-2.pdf")).expect("link");
    symlink("chain-2.pdf", l.join("docs/2019/chain-1.pdf")).expect("link");
    let name = dir
        .path()
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("");
    symlink(
        format!("../../../{name}/secret.pdf"),
        l.join("docs/2019/climb.pdf"),
    )
    .expect("link");
    // And, as a control, a link that stays inside: it is followed and its hash checked.
    l.write("docs/2019/real.pdf", "");
    symlink("real.pdf", l.join("docs/2019/inside.pdf")).expect("link");
    let cases = [
        "docs/2019/scan.pdf",
        "docs/out/secret.pdf",
        "docs/2019/chain-1.pdf",
        "docs/2019/climb.pdf",
    ];
    let mut list: Vec<(&str, &str)> = cases.iter().map(|c| (*c, SHA_OF_NOTHING)).collect();
    list.push(("docs/2019/inside.pdf", SHA_OF_NOTHING));
    l.write(&ksb_path(1), &with_attachments(&list));
    let (code, diags) = check(&l);
    assert_eq!(code, 1, "{diags:#?}");
    let mine = of(&diags, &ksb_path(1));
    assert_eq!(mine.len(), cases.len(), "{mine:#?}");
    assert!(
        mine.iter()
            .all(|d| d.0 == "attachment-outside" && d.3.contains("outside the ledger")),
        "{mine:#?}"
    );
    assert!(!wire.was_opened(), "a link out of the ledger was followed");
}

#[cfg(target_os = "linux")]
#[test]
fn attachments_that_are_no_files_are_never_opened() {
    let l = Ledger::new();
    fs::create_dir_all(l.join("docs/2019")).expect("mkdir");
    let fifo = Tripwire::new(l.join("docs/2019/fifo.pdf"));
    std::os::unix::fs::symlink("fifo.pdf", l.join("docs/2019/link.pdf")).expect("link");
    let cases = [
        "docs/2019/fifo.pdf",
        "docs/2019/link.pdf",
        "docs/2019",
        "docs/.",
        "/dev/null",
    ];
    let list: Vec<(&str, &str)> = cases.iter().map(|c| (*c, SHA_OF_NOTHING)).collect();
    l.write(&ksb_path(1), &with_attachments(&list));
    let (code, diags) = check(&l);
    assert_eq!(code, 1, "{diags:#?}");
    let rules: Vec<&str> = of(&diags, &ksb_path(1))
        .iter()
        .map(|d| d.0.as_str())
        .collect();
    assert_eq!(
        rules,
        [
            "attachment-missing",
            "attachment-missing",
            "attachment-missing",
            "attachment-missing",
            "attachment-outside"
        ],
        "{diags:#?}"
    );
    assert!(!fifo.was_opened(), "a FIFO attachment was opened");
}

#[cfg(target_os = "linux")]
#[test]
fn agreement_file_linked_out_of_the_ledger_is_never_opened() {
    let l = Ledger::with_ksbs(1);
    let (_dir, wire) = outside();
    std::os::unix::fs::symlink(&wire.path, l.join("agreements/2019/KS-2019-002.toml"))
        .expect("link");
    let (code, diags) = check(&l);
    assert_eq!(code, 1, "{diags:#?}");
    let mine = of(&diags, "agreements/2019/KS-2019-002.toml");
    assert_eq!(mine.len(), 1, "{mine:#?}");
    assert_eq!(mine[0].0, "stray-file");
    assert!(mine[0].3.contains("outside the ledger"), "{mine:#?}");
    assert!(
        !wire.was_opened(),
        "the link out of the ledger was followed"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn fifos_in_the_ledger_never_block_the_check() {
    // A FIFO as an agreement file and as kerjasama.toml: nobody ever writes to them, so a
    // blocking open would hang (and the tripwire shows whether they were opened at all).
    let l = Ledger::with_ksbs(1);
    let wire = Tripwire::new(l.join("agreements/2019/KS-2019-002.toml"));
    fs::remove_file(l.join("kerjasama.toml")).expect("rm");
    let config = Tripwire::new(l.join("kerjasama.toml"));
    let (code, diags) = check(&l);
    assert_eq!(code, 1, "{diags:#?}");
    let file = of(&diags, "agreements/2019/KS-2019-002.toml");
    assert_eq!(file.len(), 1, "{file:#?}");
    assert_eq!(file[0].0, "stray-file");
    let conf = of(&diags, "kerjasama.toml");
    assert_eq!(conf.len(), 1, "{conf:#?}");
    assert_eq!(conf[0].0, "config-invalid");
    assert!(conf[0].3.contains("not a regular file"), "{conf:#?}");
    assert!(!wire.was_opened());
    assert!(!config.was_opened());
    // The clean file is still checked and clean.
    assert!(of(&diags, &ksb_path(1)).is_empty(), "{diags:#?}");
}

#[cfg(target_os = "linux")]
#[test]
fn settings_linked_out_of_the_ledger_are_not_read() {
    let l = Ledger::with_ksbs(1);
    let (dir, wire) = outside();
    // Settings outside that, if read, would make every id wrong (prefix XY).
    fs::write(dir.path().join("k.toml"), "[ids]\nprefix = \"XY\"\n").expect("write");
    fs::remove_file(l.join("kerjasama.toml")).expect("rm");
    std::os::unix::fs::symlink(dir.path().join("k.toml"), l.join("kerjasama.toml")).expect("link");
    let (code, diags) = check(&l);
    assert_eq!(code, 1, "{diags:#?}");
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert_eq!(diags[0].0, "config-invalid");
    assert!(diags[0].3.contains("outside the ledger"), "{diags:#?}");
    // The same with the tripwire as the target.
    fs::remove_file(l.join("kerjasama.toml")).expect("rm");
    std::os::unix::fs::symlink(&wire.path, l.join("kerjasama.toml")).expect("link");
    let (code, diags) = check(&l);
    assert_eq!(code, 1, "{diags:#?}");
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert!(
        !wire.was_opened(),
        "settings outside the ledger were opened"
    );
}

#[cfg(unix)]
#[test]
fn settings_linked_inside_the_ledger_are_read() {
    let l = Ledger::with_ksbs(1);
    fs::rename(l.join("kerjasama.toml"), l.join("settings.toml")).expect("mv");
    std::os::unix::fs::symlink("settings.toml", l.join("kerjasama.toml")).expect("link");
    let (code, diags) = check(&l);
    assert_eq!((code, diags.len()), (0, 0), "{diags:#?}");
}

/// An agreement of `n` parties beside the home: the `i`-th from `party(i)`.
fn many_parties(n: usize, party: impl Fn(usize) -> String) -> String {
    let mut text = ksb(3)
        .split("\n[[parties]]")
        .next()
        .unwrap_or("")
        .to_owned();
    text.push_str(
        "\n[[parties]]\nname = \"Pemerintah Kabupaten Sidoarjo\"\ntype = \"kabupaten\"\n\
         code = \"35.15\"\n",
    );
    for i in 0..n {
        text.push_str("\n[[parties]]\n");
        text.push_str(&party(i));
    }
    text
}

#[test]
fn a_hundred_thousand_distinct_parties_check_clean_and_quickly() {
    let l = Ledger::new();
    let text = many_parties(100_000, |i| {
        format!("name = \"PT Mitra {i}\"\ntype = \"badan_usaha\"\nlegal_entity = true\n")
    });
    l.write(&ksb_path(3), &text);
    let started = Instant::now();
    let (code, diags) = check(&l);
    assert_eq!(
        (code, diags.len()),
        (0, 0),
        "{:#?}",
        &diags[..diags.len().min(5)]
    );
    eprintln!("100,000 parties checked in {:?}", started.elapsed());
    // The other commands too: the table cuts the 1.5 MB counterparts cell (comfy-table
    // counts widths in u16), with and without a width.
    for (args, columns) in [
        (&["list"][..], None),
        (&["list"][..], Some("100")),
        (&["list", "--format", "csv"][..], None),
        (&["show", "KS-2019-003"][..], None),
        (&["summary"][..], Some("100")),
        (&["report", "--year", "2019"][..], None),
    ] {
        let mut cmd = l.cmd(args);
        match columns {
            Some(c) => cmd.env("COLUMNS", c),
            None => cmd.env_remove("COLUMNS"),
        };
        let out = cmd
            .timeout(LIMIT)
            .output()
            .expect("ends within the time limit");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        if args[0] == "list" || args[0] == "show" {
            assert!(stdout.contains("PT Mitra 0"), "{args:?}");
        }
        if args == ["list"] {
            assert!(stdout.len() < 20_000, "{args:?}: {} bytes", stdout.len());
            assert!(stdout.contains('…'), "{args:?}");
        } else if args.contains(&"csv") || args.contains(&"show") {
            assert!(
                stdout.contains("PT Mitra 99999"),
                "{args:?} keeps every party"
            );
        }
    }
}

#[test]
fn a_hundred_thousand_faulty_parties_give_true_findings_quickly() {
    // Every party lacks `legal_entity`, and every second one repeats the name of the one
    // before it: 100,000 legal-entity-missing and 50,000 duplicate-party findings. The first
    // 1,000 of each rule are listed (src/limit.rs), each at its own line, and one closing
    // finding of the rule says how many more there are, from where.
    let l = Ledger::new();
    let text = many_parties(100_000, |i| {
        format!("name = \"PT Mitra {}\"\ntype = \"badan_usaha\"\n", i / 2)
    });
    l.write(&ksb_path(3), &text);
    let started = Instant::now();
    let (code, diags) = check(&l);
    let took = started.elapsed();
    assert_eq!(code, 1);
    let of_rule = |rule: &str| -> Vec<&Diag> { diags.iter().filter(|d| d.0 == rule).collect() };
    let (missing, dup) = (of_rule("legal-entity-missing"), of_rule("duplicate-party"));
    assert_eq!(
        (missing.len(), dup.len(), diags.len()),
        (1_001, 1_001, 2_002)
    );
    // The head takes 16 lines, then each party 4 (a blank line, the header, name, type):
    // party i (from 0) has its name on line 19 + 4 i and its type on line 20 + 4 i.
    for (k, d) in missing.iter().enumerate() {
        assert_eq!(d.2, Some(20 + 4 * k as u64), "{d:?}");
    }
    for (k, d) in dup.iter().enumerate() {
        assert_eq!(d.2, Some(19 + 4 * (2 * k as u64 + 1)), "{d:?}");
    }
    assert!(
        dup[0].3.contains("\"PT Mitra 0\" is listed twice"),
        "{:?}",
        dup[0]
    );
    assert!(
        missing[1_000]
            .3
            .contains("this and 98999 more findings of legal-entity-missing"),
        "{:?}",
        missing[1_000]
    );
    assert!(
        dup[1_000]
            .3
            .contains("this and 48999 more findings of duplicate-party"),
        "{:?}",
        dup[1_000]
    );
    eprintln!("100,000 faulty parties checked in {took:?}");
}

#[cfg(unix)]
#[test]
fn millions_of_one_mistake_on_one_line_stay_small() {
    // 3,000,000 integers where strings belong, on one line of 9 MB: each is a true
    // wrong-type finding. Only the first 1,000 are made, each with a window of the line (not
    // the whole 9 MB), so the check runs in 1 GiB of memory and well within the limit.
    let l = Ledger::with_ksbs(1);
    let tags = format!("tags = [{}1]\n", "1, ".repeat(3_000_000));
    let text = ksb(2).replacen("\n[[parties]]", &format!("\n{tags}\n[[parties]]"), 1);
    l.write(&ksb_path(2), &text);
    let bin = assert_cmd::cargo::cargo_bin("kerjasama");
    let mut c = assert_cmd::Command::new("sh");
    c.args(["-c", "ulimit -d 1048576 && exec \"$0\" check"])
        .arg(bin)
        .current_dir(l.path())
        .env_remove("KERJASAMA_LEDGER")
        .env("KERJASAMA_TODAY", "2026-11-28")
        .timeout(LIMIT);
    let out = c.output().expect("check ends within the time limit");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(stdout.matches("error[wrong-type]").count(), 1_001);
    assert!(stdout.contains("this and 2999000 more findings of wrong-type"));
    // Each snippet is a window: the longest printed line is short.
    let longest = stdout.lines().map(str::len).max().unwrap_or(0);
    assert!(longest < 1_000, "a line of {longest} bytes");
}

/// `depth` nested levels of each hostile shape, as a whole file.
fn deep_shapes(depth: usize) -> Vec<(&'static str, String)> {
    vec![
        (
            "inline tables",
            format!("a = {}1{}\n", "{a = ".repeat(depth), "}".repeat(depth)),
        ),
        (
            "arrays",
            format!("a = {}1{}\n", "[".repeat(depth), "]".repeat(depth)),
        ),
        ("unclosed arrays", format!("a = {}\n", "[".repeat(depth))),
        ("header brackets", format!("{}a\n", "[".repeat(depth))),
        (
            "dotted key",
            format!("{} = 1\n", vec!["a"; depth].join(".")),
        ),
        (
            "dotted table header",
            format!("[{}]\nb = 1\n", vec!["a"; depth].join(".")),
        ),
        (
            "dotted array header",
            format!("[[{}]]\nb = 1\n", vec!["a"; depth].join(".")),
        ),
        (
            "arrays of inline tables",
            format!("a = {}1{}\n", "[{a = ".repeat(depth), "}]".repeat(depth)),
        ),
    ]
}

#[test]
fn deep_nesting_is_a_syntax_finding_not_a_stack_overflow() {
    // Through the binary, as agreement files and as the settings.
    for (what, text) in deep_shapes(100_000) {
        let l = Ledger::with_ksbs(1);
        l.write(&ksb_path(2), &text);
        let (code, diags) = check(&l);
        assert_eq!(code, 1, "{what}: {diags:#?}");
        let mine = of(&diags, &ksb_path(2));
        assert_eq!(mine.len(), 1, "{what}: {mine:#?}");
        assert_eq!(mine[0].0, "toml-syntax", "{what}: {mine:#?}");
        assert!(of(&diags, &ksb_path(1)).is_empty(), "{what}: {diags:#?}");

        fs::remove_file(l.join(&ksb_path(2))).expect("rm");
        l.write("kerjasama.toml", &text);
        let (code, diags) = check(&l);
        assert_eq!(code, 1, "{what}: {diags:#?}");
        assert!(
            diags.len() == 1 && diags[0].0 == "config-invalid",
            "{what}: {diags:#?}"
        );
    }
}

#[test]
fn deep_nesting_in_the_library_on_a_small_stack() {
    // Both readers directly (the fast one hands anything deep to toml's), on a thread with a
    // 1 MiB stack, half of what a rayon worker has. toml's parser stops at 80 levels (about
    // 512 KiB of stack in a debug build); a recursion without a bound would need hundreds of
    // megabytes for 100,000 levels.
    let run = || {
        for depth in [1, 2, 3, 79, 80, 81, 1_000, 100_000] {
            for (what, text) in deep_shapes(depth) {
                let source = kerjasama::source::Source::new("agreements/2019/x.toml", text);
                let parsed = kerjasama::parse::parse_agreement(&source);
                assert!(!parsed.findings.is_empty(), "{what} at {depth}");
                let _ = kerjasama::tree::parse_toml(&source.text);
                let _ = kerjasama::tree::parse_fast(&source.text);
                let conf = kerjasama::config::parse_config(&kerjasama::source::Source::new(
                    "kerjasama.toml",
                    source.text.clone(),
                ));
                assert!(!conf.findings.is_empty(), "{what} at {depth}");
            }
        }
    };
    let done = std::thread::Builder::new()
        .stack_size(1024 * 1024)
        .spawn(run)
        .expect("thread")
        .join();
    assert!(done.is_ok(), "a reader panicked or overflowed");
}

#[test]
fn nul_bytes_are_findings() {
    let l = Ledger::with_ksbs(1);
    // Raw NUL bytes: in a key, a comment, a string, alone, at the start.
    let raw = [
        ksb(2).replace("title", "ti\0tle"),
        ksb(2).replace("\n[[parties]]", "\n# note \0\n[[parties]]"),
        ksb(2).replace("Kesepakatan", "Kese\0pakatan"),
        "\0".into(),
        format!("\0{}", ksb(2)),
    ];
    for text in &raw {
        l.write(&ksb_path(2), text);
        let (code, diags) = check(&l);
        assert_eq!(code, 1, "{diags:#?}");
        let mine = of(&diags, &ksb_path(2));
        assert_eq!(mine.len(), 1, "{text:?}: {mine:#?}");
        assert_eq!(mine[0].0, "toml-syntax", "{mine:#?}");
        assert!(
            mine[0].2.is_some(),
            "a syntax finding has a line: {mine:#?}"
        );
    }
    // NUL written as an escape is valid TOML: the values are checked like any other.
    let escaped = ksb(2)
        .replace("KS-2019-002", "KS-2019-002\\u0000")
        .replace("PT Indosat Tbk", "PT \\u0000 Indosat")
        + "\n[[attachments]]\npath = \"docs/a\\u0000.pdf\"\nsha256 = \""
        + SHA_OF_NOTHING
        + "\"\n";
    l.write("docs/a", "");
    l.write(&ksb_path(2), &escaped);
    let (code, diags) = check(&l);
    assert_eq!(code, 1, "{diags:#?}");
    let rules: Vec<&str> = of(&diags, &ksb_path(2))
        .iter()
        .map(|d| d.0.as_str())
        .collect();
    assert_eq!(rules, ["id-format", "attachment-missing"], "{diags:#?}");
}

/// A shell line that runs kerjasama with at most 64 MiB of data memory (heap included).
#[cfg(unix)]
fn with_small_memory(l: &Ledger) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("kerjasama");
    let mut c = assert_cmd::Command::new("sh");
    c.args(["-c", "ulimit -d 65536 && exec \"$0\" check --format json"])
        .arg(bin)
        .current_dir(l.path())
        .env_remove("KERJASAMA_LEDGER")
        .env("KERJASAMA_TODAY", "2026-11-28")
        .timeout(LIMIT);
    c.output().expect("check ends within the time limit")
}

#[cfg(unix)]
#[test]
fn a_200_megabyte_file_is_refused_by_its_size() {
    // Sparse files (no disk used), checked with 64 MiB of data memory: a file read whole
    // would not fit, so passing shows that the size was looked at first.
    let l = Ledger::with_ksbs(1);
    let size = 200 * 1024 * 1024;
    fs::File::create(l.join(&ksb_path(2)))
        .and_then(|f| f.set_len(size))
        .expect("sparse file");
    let out = with_small_memory(&l);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let d = &v["diagnostics"];
    assert_eq!(d.as_array().map(Vec::len), Some(1), "{v:#}");
    assert_eq!(d[0]["rule"], "toml-syntax");
    assert_eq!(d[0]["file"], ksb_path(2));
    let msg = d[0]["message"].as_str().unwrap_or("");
    assert!(
        msg.contains("200.0 MiB") && msg.contains("not read"),
        "{msg}"
    );

    // The same for the settings; the agreement files are then read with the defaults.
    fs::remove_file(l.join(&ksb_path(2))).expect("rm");
    fs::File::create(l.join("kerjasama.toml"))
        .and_then(|f| f.set_len(size))
        .expect("sparse file");
    let out = with_small_memory(&l);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let d = &v["diagnostics"];
    assert_eq!(d.as_array().map(Vec::len), Some(1), "{v:#}");
    assert_eq!(d[0]["rule"], "config-invalid");
    let msg = d[0]["message"].as_str().unwrap_or("");
    assert!(
        msg.contains("200.0 MiB") && msg.contains("not read"),
        "{msg}"
    );
}

/// `kerjasama add` of a clean signed KSB of 2019 (written to agreements/2019/).
const ADD: &[&str] = &[
    "add",
    "--no-input",
    "--title",
    "Kerja sama",
    "--category",
    "KSDPK",
    "--form",
    "lainnya",
    "--affair",
    "kesehatan",
    "--unit",
    "Dinas Komunikasi dan Informatika",
    "--document",
    "KSB",
    "--number",
    "1/2019",
    "--signed",
    "2019-11-20",
    "--start",
    "2019-11-20",
    "--party",
    "PT Maju;badan_usaha;legal_entity=true",
];

#[cfg(unix)]
#[test]
fn add_never_writes_through_a_link_out_of_the_ledger() {
    // agreements/ itself, or the year's directory, a link to a directory outside: nothing is
    // written or made there (not even the year's directory).
    for link in ["agreements", "agreements/2019"] {
        let l = Ledger::new();
        let out = tempfile::tempdir().expect("tmp");
        if link == "agreements" {
            fs::remove_dir(l.join("agreements")).expect("rmdir");
        }
        std::os::unix::fs::symlink(out.path(), l.join(link)).expect("link");
        let done = l.cmd(ADD).timeout(LIMIT).output().expect("add ends");
        let stderr = String::from_utf8_lossy(&done.stderr);
        assert_eq!(done.status.code(), Some(2), "{link}: {stderr}");
        assert!(
            stderr.contains("leads outside the ledger"),
            "{link}: {stderr}"
        );
        let left: Vec<_> = fs::read_dir(out.path()).expect("list").collect();
        assert!(left.is_empty(), "{link}: written outside: {left:?}");
    }
    // The same add in a plain ledger is written (the arguments are right).
    let l = Ledger::new();
    let done = l.cmd(ADD).timeout(LIMIT).output().expect("add ends");
    assert_eq!(done.status.code(), Some(0), "{done:?}");
    assert!(l.join("agreements/2019/KS-2019-001.toml").is_file());
}

#[cfg(target_os = "linux")]
#[test]
fn add_hashes_no_attachment_outside_the_ledger_and_no_fifo() {
    let l = Ledger::new();
    let (dir, wire) = outside();
    std::os::unix::fs::symlink(dir.path(), l.join("docs")).expect("link");
    fs::create_dir(l.join("scans")).expect("mkdir");
    let fifo = Tripwire::new(l.join("scans/fifo.pdf"));
    for (attachment, words) in [
        ("docs/secret.pdf", "outside the ledger"),
        ("scans/fifo.pdf", "not a regular file"),
    ] {
        let mut args = ADD.to_vec();
        args.extend(["--attachment", attachment]);
        let out = l
            .cmd(&args)
            .timeout(LIMIT)
            .output()
            .expect("add ends within the time limit");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{attachment}: {stderr}");
        assert!(stderr.contains(words), "{attachment}: {stderr}");
    }
    assert!(!wire.was_opened(), "add opened a file outside the ledger");
    assert!(!fifo.was_opened(), "add opened a FIFO");
}
