//! Files that change between the walk and the read: a test-only hook, and the test.
//!
//! The walk lists the files of `agreements/` first and reads them afterwards, so whatever
//! happens to a file in between must end as a finding. Timing that from outside (a second
//! process racing the check) would pass or fail by chance; instead [`after_walk`] runs a
//! closure that the test sets on its own thread at exactly that point (it is compiled only
//! into the unit tests), and the closure makes every change at once.

use std::cell::RefCell;
use std::path::PathBuf;

type Hook = Box<dyn FnOnce(&[(String, PathBuf)]) + Send>;

thread_local! {
    static AFTER_WALK: RefCell<Option<Hook>> = const { RefCell::new(None) };
}

/// Called by [`super::Ledger::open`] between the walk and the read: runs the hook this thread
/// set, once.
pub(super) fn after_walk(files: &[(String, PathBuf)]) {
    if let Some(hook) = AFTER_WALK.with(|h| h.borrow_mut().take()) {
        hook(files);
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use std::fs;
    use std::os::unix::fs::symlink;
    use std::path::Path;
    use std::sync::mpsc;
    use std::time::Duration;

    use super::*;
    use crate::ledger::Ledger;

    fn agreement(id: &str, title: &str) -> String {
        format!(
            "id = \"{id}\"\ntitle = \"{title}\"\ncategory = \"KSDPK\"\nform = \"lainnya\"\n\
             affairs = [\"kesehatan\"]\nunit = \"Dinas Kesehatan\"\ndocument = \"KSB\"\n"
        )
    }

    fn write(root: &Path, rel: &str, text: &str) {
        let p = root.join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, text).expect("write");
    }

    fn mkfifo(path: &Path) {
        let ok = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .expect("mkfifo (coreutils)");
        assert!(ok.success());
    }

    #[test]
    fn files_changed_between_the_walk_and_the_read_are_findings() {
        let ledger = tempfile::tempdir().expect("tempdir");
        let outside = tempfile::tempdir().expect("tempdir");
        let (root, out) = (ledger.path().to_path_buf(), outside.path().to_path_buf());
        write(&root, "kerjasama.toml", "format = 1\n");
        for n in 1..=7 {
            let id = format!("KS-2019-00{n}");
            write(
                &root,
                &format!("agreements/2019/{id}.toml"),
                &agreement(&id, "Awal"),
            );
        }
        write(
            &root,
            "agreements/2020/KS-2020-001.toml",
            &agreement("KS-2020-001", "Awal"),
        );
        write(
            &root,
            "archive/KS-2019-008.toml",
            &agreement("KS-2019-008", "Awal"),
        );
        symlink(
            "../../archive/KS-2019-008.toml",
            root.join("agreements/2019/KS-2019-008.toml"),
        )
        .expect("link");
        // What the changes point at outside: agreements that would read cleanly, with an id
        // that shows where they came from.
        write(&out, "secret.toml", &agreement("KS-2019-999", "Rahasia"));
        write(
            &out,
            "2020/KS-2020-001.toml",
            &agreement("KS-2020-999", "Rahasia"),
        );

        let (r, o) = (root.clone(), out.clone());
        let hook: Hook = Box::new(move |files| {
            assert_eq!(files.len(), 9, "the walk found every file: {files:?}");
            let a = |rel: &str| r.join("agreements").join(rel);
            // Deleted.
            fs::remove_file(a("2019/KS-2019-002.toml")).expect("rm");
            // Replaced by a FIFO nobody writes to (a blocking open would wait forever).
            fs::remove_file(a("2019/KS-2019-003.toml")).expect("rm");
            mkfifo(&a("2019/KS-2019-003.toml"));
            // Replaced by a link out of the ledger.
            fs::remove_file(a("2019/KS-2019-004.toml")).expect("rm");
            symlink(o.join("secret.toml"), a("2019/KS-2019-004.toml")).expect("link");
            // Replaced by a directory.
            fs::remove_file(a("2019/KS-2019-005.toml")).expect("rm");
            fs::create_dir(a("2019/KS-2019-005.toml")).expect("mkdir");
            // Rewritten: the new text is what is read.
            fs::write(
                a("2019/KS-2019-006.toml"),
                agreement("KS-2019-006", "Diubah"),
            )
            .expect("write");
            // Grown to 200 MB (sparse).
            fs::OpenOptions::new()
                .write(true)
                .open(a("2019/KS-2019-007.toml"))
                .and_then(|f| f.set_len(200 << 20))
                .expect("grow");
            // The directory on the way replaced by a link out of the ledger.
            fs::rename(a("2020"), r.join("moved-2020")).expect("mv");
            symlink(o.join("2020"), a("2020")).expect("link");
            // The target of a link inside the ledger replaced by a link out of it.
            fs::remove_file(r.join("archive/KS-2019-008.toml")).expect("rm");
            symlink(o.join("secret.toml"), r.join("archive/KS-2019-008.toml")).expect("link");
        });

        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            AFTER_WALK.with(|h| *h.borrow_mut() = Some(hook));
            let _ = tx.send(Ledger::open(&root));
        });
        let ledger = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("the ledger is read without hanging")
            .expect("the ledger opens");

        let entry = |rel: &str| {
            let path = format!("agreements/{rel}");
            ledger
                .entries
                .iter()
                .find(|e| e.source.path == path)
                .unwrap_or_else(|| panic!("{path} is reported"))
        };
        let only = |rel: &str, rule: &str, words: &str| {
            let e = entry(rel);
            assert!(e.agreement.is_none() && e.id.is_none(), "{rel}: {e:?}");
            assert_eq!(e.findings.len(), 1, "{rel}: {:?}", e.findings);
            let f = &e.findings[0];
            assert_eq!(f.rule, rule, "{rel}: {f:?}");
            assert!(
                f.message.text(crate::i18n::Lang::En).contains(words),
                "{rel}: {f:?}"
            );
            assert!(
                !f.message.text(crate::i18n::Lang::En).contains("Rahasia"),
                "{rel}: {f:?}"
            );
        };
        assert!(entry("2019/KS-2019-001.toml").agreement.is_some());
        only("2019/KS-2019-002.toml", "toml-syntax", "disappeared");
        only("2019/KS-2019-003.toml", "stray-file", "not a regular file");
        only("2019/KS-2019-004.toml", "stray-file", "not a regular file");
        only("2019/KS-2019-005.toml", "stray-file", "not a regular file");
        let changed = entry("2019/KS-2019-006.toml").agreement.as_ref();
        assert_eq!(changed.map(|a| a.title.value.as_str()), Some("Diubah"));
        only("2019/KS-2019-007.toml", "toml-syntax", "200.0 MiB");
        only("2020/KS-2020-001.toml", "stray-file", "outside the ledger");
        only("2019/KS-2019-008.toml", "stray-file", "not a regular file");
        assert_eq!(ledger.entries.len(), 9);
        // Nothing from outside was read.
        assert!(
            ledger
                .entries
                .iter()
                .all(|e| e.id.as_ref().is_none_or(|id| !id.value.ends_with("999")))
        );
        // And the rules run over what is left.
        let report = crate::rules::check(
            &ledger,
            chrono::NaiveDate::MIN,
            &Default::default(),
            crate::i18n::Lang::En,
        );
        assert!(report.errors() >= 7);
    }
}
