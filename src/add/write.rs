//! Writing a new file so that it appears whole or not at all, never over an existing one.
//!
//! On Linux the content goes into an unnamed file (`O_TMPFILE`) in the target directory, is
//! synced, and is then linked under its name with `linkat`, which fails when the name exists. A
//! process killed at any moment leaves either the complete file or nothing: the unnamed file
//! has no name to leave behind. Where `O_TMPFILE` is not available (other systems, some file
//! systems) a hidden temporary file is written, synced, hard-linked under the name (again
//! failing when it exists) and removed; only a kill between those two steps can leave that
//! hidden file behind, and the ledger ignores hidden files.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Writes `bytes` to `dir/name`, which must not exist (`ErrorKind::AlreadyExists` if it does).
pub fn create_new(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    match unnamed::create_new(dir, name, bytes) {
        Err(e) if unnamed::unsupported(&e) => {}
        done => return done,
    }
    named_temp(dir, name, bytes)
}

fn named_temp(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let tmp = dir.join(format!(".{name}.{}.kerjasama-tmp", std::process::id()));
    let result = (|| {
        let mut f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::hard_link(&tmp, dir.join(name))
    })();
    let _ = fs::remove_file(&tmp);
    result?;
    sync_dir(dir);
    Ok(())
}

/// Makes the new name durable; a file system that cannot sync a directory is not an error.
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(target_os = "linux")]
mod unnamed {
    use std::fs::File;
    use std::io::{self, Write};
    use std::os::fd::AsRawFd;
    use std::path::Path;

    use rustix::fs::{AtFlags, CWD, Mode, OFlags};

    /// Errors that mean "no O_TMPFILE here", to fall back to a named temporary file.
    pub fn unsupported(e: &io::Error) -> bool {
        matches!(
            rustix::io::Errno::from_io_error(e),
            Some(
                rustix::io::Errno::OPNOTSUPP | rustix::io::Errno::ISDIR | rustix::io::Errno::INVAL
            )
        ) || e.kind() == io::ErrorKind::Unsupported
    }

    pub fn create_new(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
        let fd = rustix::fs::open(
            dir,
            OFlags::WRONLY | OFlags::TMPFILE | OFlags::CLOEXEC,
            Mode::from_raw_mode(0o666),
        )?;
        let mut f = File::from(fd);
        f.write_all(bytes)?;
        f.sync_all()?;
        let target = dir.join(name);
        let proc_path = format!("/proc/self/fd/{}", f.as_raw_fd());
        match rustix::fs::linkat(CWD, &proc_path, CWD, &target, AtFlags::SYMLINK_FOLLOW) {
            Ok(()) => {}
            // Without /proc, link the descriptor itself (needs CAP_DAC_READ_SEARCH).
            Err(rustix::io::Errno::NOENT) => {
                rustix::fs::linkat(&f, "", CWD, &target, AtFlags::EMPTY_PATH)?
            }
            Err(e) => return Err(e.into()),
        }
        super::sync_dir(dir);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_replaces_and_leaves_nothing_else() {
        let dir = tempfile::tempdir().expect("tempdir");
        create_new(dir.path(), "a.toml", b"one\n").expect("first write");
        let e = create_new(dir.path(), "a.toml", b"two\n").expect_err("second write");
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(dir.path().join("a.toml")).expect("read"), b"one\n");
        named_temp(dir.path(), "b.toml", b"three\n").expect("fallback write");
        let e = named_temp(dir.path(), "b.toml", b"four\n").expect_err("fallback clash");
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        let mut names: Vec<String> = fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["a.toml", "b.toml"]);
    }
}
