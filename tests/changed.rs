//! `check --changed [REF]` on a git ledger: only the findings that involve changed files.

mod common;

use std::process::Command;

use common::{Ledger, findings, ksb, ksb_path};

fn git(l: &Ledger, args: &[&str]) {
    let out = Command::new("git")
        .current_dir(l.path())
        .env("GIT_AUTHOR_NAME", "Bagian Kerja Sama")
        .env("GIT_AUTHOR_EMAIL", "kerjasama@example.org")
        .env("GIT_COMMITTER_NAME", "Bagian Kerja Sama")
        .env("GIT_COMMITTER_EMAIL", "kerjasama@example.org")
        .args(args)
        .output()
        .expect("git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Files with findings in `check --changed ARGS`.
fn changed(l: &Ledger, extra: &[&str]) -> (i32, Vec<String>) {
    let mut args = vec!["--changed"];
    args.extend_from_slice(extra);
    let (code, report) = l.check_json(&args);
    let mut files: Vec<String> = findings(&report).into_iter().map(|(_, f, _)| f).collect();
    files.dedup();
    (code, files)
}

#[test]
fn only_changed_files_and_those_that_refer_to_them() {
    let l = Ledger::with_ksbs(4);
    // KS-2019-004 renews KS-2019-003; KS-2019-002 is broken from the start (not our change).
    l.write(
        &ksb_path(4),
        &ksb(4).replace(
            "end = 2021-01-14\n",
            "end = 2021-01-14\nrenews = \"KS-2019-003\"\n",
        ),
    );
    l.write(
        &ksb_path(2),
        &ksb(2).replace("category = \"KSDPK\"", "category = \"KSDX\""),
    );
    git(&l, &["init", "-q", "-b", "main"]);
    git(&l, &["add", "-A"]);
    git(&l, &["commit", "-q", "-m", "ledger"]);

    // Nothing changed: nothing reported, although the ledger has an error.
    assert_eq!(changed(&l, &[]), (0, vec![]));
    assert_eq!(l.check_json(&[]).0, 1);

    // An unstaged edit that duplicates a number, and an untracked new file with an error.
    l.write(&ksb_path(1), &ksb(1).replace("180/001/", "180/003/"));
    l.write(
        &ksb_path(5),
        &ksb(5).replace("form = \"pelayanan_publik\"", "form = \"wajib\""),
    );
    let (code, files) = changed(&l, &[]);
    assert_eq!(code, 1);
    // KS-2019-003 shares the number too, but only the changed files are reported.
    assert_eq!(files, vec![ksb_path(1), ksb_path(5)]);

    // Commit, then delete KS-2019-003: KS-2019-004, which renews it, is involved.
    git(&l, &["add", "-A"]);
    git(&l, &["commit", "-q", "-m", "more"]);
    std::fs::remove_file(l.join(&ksb_path(3))).expect("rm");
    let (code, files) = changed(&l, &[]);
    assert_eq!(code, 1);
    assert_eq!(files, vec![ksb_path(4)]);
    let (_, report) = l.check_json(&["--changed"]);
    assert_eq!(findings(&report)[0].0, "unknown-reference");

    // Against an older commit, the committed changes count too (KS-2019-005 was committed
    // since; KS-2019-001 no longer shares its number with the deleted file).
    let (_, files) = changed(&l, &["HEAD~1"]);
    assert_eq!(files, vec![ksb_path(4), ksb_path(5)]);

    // A change to kerjasama.toml concerns every file.
    l.write("kerjasama.toml", &format!("{}\n", common::CONFIG));
    let (_, files) = changed(&l, &[]);
    assert!(files.contains(&ksb_path(2)), "{files:?}");
}

#[test]
fn the_default_base_is_the_merge_base_with_origin_main() {
    let l = Ledger::with_ksbs(2);
    git(&l, &["init", "-q", "-b", "main"]);
    git(&l, &["add", "-A"]);
    git(&l, &["commit", "-q", "-m", "ledger"]);
    git(&l, &["update-ref", "refs/remotes/origin/main", "HEAD"]);
    git(&l, &["checkout", "-q", "-b", "usulan"]);
    l.write(
        &ksb_path(2),
        &ksb(2).replace("category = \"KSDPK\"", "category = \"KSDX\""),
    );
    git(&l, &["commit", "-q", "-am", "a change on the branch"]);
    // Committed on the branch: still changed against origin/main.
    assert_eq!(changed(&l, &[]), (1, vec![ksb_path(2)]));
}

#[test]
fn outside_git_or_with_an_unknown_ref_it_cannot_run() {
    let l = Ledger::with_ksbs(1);
    l.cmd(&["check", "--changed"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "--changed needs a git repository",
        ));
    git(&l, &["init", "-q"]);
    git(&l, &["add", "-A"]);
    git(&l, &["commit", "-q", "-m", "ledger"]);
    l.cmd(&["check", "--changed", "no-such-branch"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no such commit"));
    l.cmd(&["check", "--changed", "HEAD", "agreements"])
        .assert()
        .code(2);
}
