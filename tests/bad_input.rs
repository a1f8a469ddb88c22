//! Bad input: each case is a clear finding naming the file, never a panic, and the other files
//! are still checked (a term-order error planted in KS-2019-002 must always be reported).

mod common;

use std::fs;

use common::{Ledger, findings, ksb, ksb_path};

/// A ledger with one good file and one with a known error, plus the bad thing.
fn ledger() -> Ledger {
    let l = Ledger::with_ksbs(1);
    l.write(
        &ksb_path(2),
        &ksb(2).replace("end = 2021-01-14", "end = 2018-12-31"),
    );
    l
}

/// Runs check and returns the findings for `file`, asserting the rest was checked.
fn findings_for(l: &Ledger, file: &str) -> Vec<(String, Option<u64>, String)> {
    let (code, v) = l.check_json(&[]);
    assert_eq!(code, 1, "{v}");
    let all = findings(&v);
    assert!(
        all.iter()
            .any(|(r, f, _)| r == "term-order" && f == &ksb_path(2)),
        "the other files were not all checked: {all:?}"
    );
    v["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|d| d["file"] == file)
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or("").to_owned(),
                d["line"].as_u64(),
                d["message"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn empty_file_lacks_every_required_key() {
    let l = ledger();
    l.write("agreements/2019/KS-2019-003.toml", "");
    let f = findings_for(&l, "agreements/2019/KS-2019-003.toml");
    let missing: Vec<_> = f.iter().filter(|(r, _, _)| r == "missing-key").collect();
    assert_eq!(missing.len(), 7, "{f:?}");
    assert!(missing.iter().any(|(_, _, m)| m.contains("`id`")));
}

#[test]
fn binary_file_is_not_toml() {
    let l = ledger();
    l.write_bytes(
        "agreements/2019/KS-2019-003.toml",
        &[0, 159, 146, 150, 0, 1, 2, 255],
    );
    let f = findings_for(&l, "agreements/2019/KS-2019-003.toml");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "toml-syntax");
    assert!(f[0].2.contains("not UTF-8"), "{f:?}");
}

#[test]
fn invalid_utf8_names_the_line() {
    let l = ledger();
    let mut bytes = ksb(3).into_bytes();
    bytes.splice(40..40, [0xC3, 0x28]);
    l.write_bytes("agreements/2019/KS-2019-003.toml", &bytes);
    let f = findings_for(&l, "agreements/2019/KS-2019-003.toml");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "toml-syntax");
    assert!(f[0].2.contains("invalid byte at line 2"), "{f:?}");
    assert!(f[0].2.contains("save it as UTF-8"), "{f:?}");
}

#[test]
fn nul_bytes_are_a_syntax_finding() {
    let l = ledger();
    l.write(
        "agreements/2019/KS-2019-003.toml",
        &ksb(3).replace("Kesepakatan", "Kese\0pakatan"),
    );
    let f = findings_for(&l, "agreements/2019/KS-2019-003.toml");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "toml-syntax");
    assert_eq!(f[0].1, Some(2));
}

#[test]
fn five_megabyte_file_is_read_and_checked() {
    let l = ledger();
    let big = format!(
        "{}notes = \"{}\"\n",
        ksb(3).replace("\n[[parties]]", "\nplaceholder_marker = 1\n[[parties]]"),
        "x".repeat(5 * 1024 * 1024)
    );
    // The key that is not in the format must be found past the 5 MB of notes, too.
    let big = big
        .replacen("placeholder_marker = 1\n", "", 1)
        .replace("notes = ", "unknown_after_notes = 1\nnotes = ");
    l.write("agreements/2019/KS-2019-003.toml", &big);
    let f = findings_for(&l, "agreements/2019/KS-2019-003.toml");
    assert!(
        f.iter()
            .any(|(r, _, m)| r == "unknown-key" && m.contains("unknown_after_notes")),
        "{f:?}"
    );
}

#[test]
fn oversized_file_is_refused_before_reading() {
    let l = ledger();
    let path = l.join("agreements/2019/KS-2019-003.toml");
    let file = fs::File::create(&path).expect("create");
    file.set_len(17 * 1024 * 1024).expect("sparse file");
    let f = findings_for(&l, "agreements/2019/KS-2019-003.toml");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "toml-syntax");
    assert!(
        f[0].2.contains("17.0 MiB") && f[0].2.contains("not read"),
        "{f:?}"
    );
}

#[test]
fn directory_named_toml_is_stray() {
    let l = ledger();
    fs::create_dir_all(l.join("agreements/2019/x.toml")).expect("mkdir");
    let f = findings_for(&l, "agreements/2019/x.toml");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!((f[0].0.as_str(), f[0].1), ("stray-file", None));
    assert!(f[0].2.contains("directory"), "{f:?}");
}

#[test]
fn other_files_and_hidden_directories_are_stray_hidden_files_and_readmes_ignored() {
    let l = ledger();
    l.write("agreements/2019/scan.pdf", "%PDF");
    l.write("agreements/.gitkeep", "");
    l.write("agreements/2019/README.md", "# 2019");
    l.write("agreements/.hidden/KS-2019-009.toml", "garbage");
    l.write("agreements/README/2019/KS-2019-008.toml", "not toml at all");
    let (_, v) = l.check_json(&[]);
    let f = findings(&v);
    let stray: Vec<_> = f.iter().filter(|(r, _, _)| r == "stray-file").collect();
    assert_eq!(stray.len(), 2, "{f:?}");
    // The hidden directory is reported once, and what it holds is not read.
    assert_eq!(stray[0].1, "agreements/.hidden");
    assert_eq!(stray[1].1, "agreements/2019/scan.pdf");
    // A directory named README is no README file: its files are checked.
    assert!(f.contains(&(
        "toml-syntax".into(),
        "agreements/README/2019/KS-2019-008.toml".into(),
        Some(1)
    )));
    assert_eq!(v["files"], 5);
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_a_finding() {
    use std::os::unix::fs::PermissionsExt;
    let l = ledger();
    let rel = "agreements/2019/KS-2019-003.toml";
    l.write(rel, &ksb(3));
    fs::set_permissions(l.join(rel), fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root reads anything: run the check as an unprivileged user then.
    let is_root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false);
    let out = if is_root {
        for dir in [
            l.path().to_path_buf(),
            l.join("agreements"),
            l.join("agreements/2019"),
        ] {
            fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).expect("chmod dir");
        }
        for f in ["kerjasama.toml", &ksb_path(1), &ksb_path(2)] {
            fs::set_permissions(l.join(f), fs::Permissions::from_mode(0o644)).expect("chmod");
        }
        let bin = assert_cmd::cargo::cargo_bin("kerjasama");
        std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(bin)
            .args(["check", "--format", "json", "--today", "2026-11-28"])
            .current_dir(l.path())
            .env_remove("KERJASAMA_LEDGER")
            .env("LC_ALL", "C.UTF-8")
            .output()
            .expect("setpriv (util-linux) runs the check as nobody")
    } else {
        l.cmd(&["check", "--format", "json"]).output().expect("run")
    };
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let f = findings(&v);
    assert!(
        f.contains(&("toml-syntax".into(), rel.into(), None)),
        "{f:?}"
    );
    assert!(f.iter().any(|(r, _, _)| r == "term-order"), "{f:?}");
    let msg = v["diagnostics"]
        .as_array()
        .and_then(|a| a.iter().find(|d| d["file"] == rel))
        .and_then(|d| d["message"].as_str())
        .unwrap_or("")
        .to_owned();
    assert!(msg.contains("permission denied"), "{msg}");
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_stray() {
    let l = ledger();
    std::os::unix::fs::symlink("b.toml", l.join("agreements/2019/a.toml")).expect("link");
    std::os::unix::fs::symlink("a.toml", l.join("agreements/2019/b.toml")).expect("link");
    let f = findings_for(&l, "agreements/2019/a.toml");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "stray-file");
    assert!(f[0].2.contains("cannot be resolved"), "{f:?}");
    assert_eq!(findings_for(&l, "agreements/2019/b.toml").len(), 1);
}

#[cfg(unix)]
#[test]
fn link_out_of_the_ledger_is_not_followed() {
    let l = ledger();
    let outside = tempfile::tempdir().expect("tmp");
    fs::write(outside.path().join("secret.toml"), ksb(3)).expect("write");
    std::os::unix::fs::symlink(
        outside.path().join("secret.toml"),
        l.join("agreements/2019/KS-2019-003.toml"),
    )
    .expect("link");
    std::os::unix::fs::symlink(outside.path(), l.join("agreements/2020")).expect("link");
    let f = findings_for(&l, "agreements/2019/KS-2019-003.toml");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "stray-file");
    assert!(f[0].2.contains("outside the ledger"), "{f:?}");
    let f = findings_for(&l, "agreements/2020");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].0, "stray-file");
}

#[cfg(unix)]
#[test]
fn linked_agreements_directory_outside_is_not_read() {
    let l = Ledger::new();
    let outside = tempfile::tempdir().expect("tmp");
    fs::create_dir_all(outside.path().join("agreements/2019")).expect("mkdir");
    fs::write(
        outside.path().join("agreements/2019/KS-2019-001.toml"),
        "broken = ",
    )
    .expect("write");
    fs::remove_dir(l.join("agreements")).expect("rmdir");
    std::os::unix::fs::symlink(outside.path().join("agreements"), l.join("agreements"))
        .expect("link");
    let (code, v) = l.check_json(&[]);
    assert_eq!(code, 1);
    let f = findings(&v);
    assert_eq!(f, vec![("stray-file".into(), "agreements".into(), None)]);
    assert_eq!(v["agreements"], 0);
}

#[cfg(unix)]
#[test]
fn link_inside_the_ledger_is_read() {
    let l = ledger();
    l.write("archive/KS-2019-003.toml", &ksb(3));
    std::os::unix::fs::symlink(
        l.join("archive/KS-2019-003.toml"),
        l.join("agreements/2019/KS-2019-003.toml"),
    )
    .expect("link");
    assert!(findings_for(&l, "agreements/2019/KS-2019-003.toml").is_empty());
}

#[test]
fn bom_and_crlf_are_accepted() {
    let l = ledger();
    let text = format!("\u{feff}{}", ksb(3).replace('\n', "\r\n"));
    l.write("agreements/2019/KS-2019-003.toml", &text);
    assert!(findings_for(&l, "agreements/2019/KS-2019-003.toml").is_empty());
}

#[test]
fn broken_file_keeps_its_id_for_others() {
    // KS-2019-003 is unreadable past its id: a PKS naming it is no unknown-reference, and a
    // second file with the same id is a duplicate.
    let l = ledger();
    l.write(
        "agreements/2019/KS-2019-003.toml",
        "id = \"KS-2019-003\"\ntitle = 12\n",
    );
    l.write(
        "agreements/2019/KS-2019-004.toml",
        &ksb(4).replace(
            "document = \"KSB\"",
            "document = \"KSB\"\nrenews = \"KS-2019-003\"",
        ),
    );
    l.write(
        "agreements/2019/KS-2019-005.toml",
        &ksb(5).replace("KS-2019-005", "KS-2019-003"),
    );
    let (_, v) = l.check_json(&[]);
    let f = findings(&v);
    assert!(!f.iter().any(|(r, _, _)| r == "unknown-reference"), "{f:?}");
    assert!(
        f.contains(&(
            "duplicate-id".into(),
            "agreements/2019/KS-2019-005.toml".into(),
            Some(1)
        )),
        "{f:?}"
    );
    let in_broken: Vec<_> = f
        .iter()
        .filter(|(_, file, _)| file.ends_with("KS-2019-003.toml"))
        .collect();
    assert!(
        in_broken
            .iter()
            .all(|(r, _, _)| r == "missing-key" || r == "wrong-type"),
        "only its own reading findings: {in_broken:?}"
    );
    assert!(
        in_broken
            .iter()
            .any(|(r, _, l)| r == "wrong-type" && *l == Some(2))
    );
}
