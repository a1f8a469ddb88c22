//! Opening a file of the ledger for reading without leaving the ledger: only regular files,
//! never through a link in the last step, never blocking on a FIFO, and (on Linux) only a file
//! that actually lies beneath the ledger root.
//!
//! The walk and the rules look at a path before it is opened (its type, where its links lead).
//! Between that look and the open the file system can change: a file replaced by a FIFO (an
//! open that would wait forever), by a link out of the ledger, or a directory on the way
//! replaced by a link. [`Root::open_regular`] therefore makes sure of what it opens, before a
//! single byte is read.

use std::fs::{File, Metadata, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// Why a file was not opened for reading.
#[derive(Debug)]
pub enum Refusal {
    /// Not a regular file (a directory, FIFO, socket or device), or a link in the last step.
    NotRegular,
    /// What was opened lies outside the ledger (here): a directory or link on the way changed.
    Outside(PathBuf),
    /// The file could not be opened or looked at.
    Io(io::Error),
}

/// The ledger root, held open (on Linux) so that files are opened beneath it.
#[derive(Debug)]
pub struct Root {
    /// The root as the paths to open are built from it.
    root: PathBuf,
    /// The same with links resolved.
    canonical: PathBuf,
    /// The root directory itself (`O_PATH`), for `openat2`; `None` where it cannot be opened.
    #[cfg(target_os = "linux")]
    dir: Option<std::os::fd::OwnedFd>,
}

impl Root {
    /// The root `root`, whose canonical path (links resolved) is `canonical`.
    pub fn new(root: &Path, canonical: &Path) -> Self {
        Self {
            root: root.to_path_buf(),
            canonical: canonical.to_path_buf(),
            #[cfg(target_os = "linux")]
            dir: {
                use rustix::fs::{Mode, OFlags};
                let flags = OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC;
                rustix::fs::open(canonical, flags, Mode::empty()).ok()
            },
        }
    }

    /// Opens `path`, a file under the root (built from either form of it, without a link in
    /// its last component: resolve links first, see [`crate::ledger::link_target`]), and gives
    /// the open file with its metadata.
    ///
    /// On Linux the file is opened with `O_NOFOLLOW | O_NONBLOCK | O_NOCTTY`: a link in the last
    /// component fails, a FIFO or device never blocks the open, and a terminal is never taken
    /// as the controlling one. It is opened by `openat2(RESOLVE_BENEATH)` from the root, so the
    /// kernel refuses any way out of the ledger; where that call is missing (Linux before 5.6,
    /// some sandboxes) or refuses a link that is absolute but stays inside, the path is opened
    /// plainly and the path of the open file (`/proc/self/fd/N`, where `/proc` is mounted) must
    /// lie under the canonical root. Either way it must then be a regular file (`fstat`).
    /// Elsewhere the type is looked at before the open and again after it.
    pub fn open_regular(&self, path: &Path) -> Result<(File, Metadata), Refusal> {
        #[cfg(target_os = "linux")]
        let file = match self.open_beneath(path) {
            Some(opened) => opened?,
            None => {
                let file = plain_open(path)?;
                if let Some(real) = real_path(&file)
                    && !real.starts_with(&self.canonical)
                {
                    return Err(Refusal::Outside(real));
                }
                file
            }
        };
        #[cfg(not(target_os = "linux"))]
        let file = {
            // Without O_NOFOLLOW / O_NONBLOCK at hand, look before opening (a FIFO blocks).
            let meta = std::fs::symlink_metadata(path).map_err(Refusal::Io)?;
            if !meta.file_type().is_file() {
                return Err(Refusal::NotRegular);
            }
            plain_open(path)?
        };
        let meta = file.metadata().map_err(Refusal::Io)?;
        if !meta.file_type().is_file() {
            return Err(Refusal::NotRegular);
        }
        Ok((file, meta))
    }

    /// `openat2` beneath the root; `None` when it cannot say (no such call, no root
    /// directory, a path not under the root, or an absolute link on the way).
    #[cfg(target_os = "linux")]
    fn open_beneath(&self, path: &Path) -> Option<Result<File, Refusal>> {
        use std::sync::atomic::{AtomicBool, Ordering};

        use rustix::fs::{Mode, OFlags, ResolveFlags};
        use rustix::io::Errno;

        /// Cleared when the kernel (or a sandbox) has no `openat2`.
        static HAVE_OPENAT2: AtomicBool = AtomicBool::new(true);
        let dir = self.dir.as_ref()?;
        if !HAVE_OPENAT2.load(Ordering::Relaxed) {
            return None;
        }
        let rel = path
            .strip_prefix(&self.canonical)
            .or_else(|_| path.strip_prefix(&self.root))
            .ok()?;
        let flags = OFlags::RDONLY | OFlags::CLOEXEC | open_flags();
        let resolve = ResolveFlags::BENEATH | ResolveFlags::NO_MAGICLINKS;
        match rustix::fs::openat2(dir, rel, flags, Mode::empty(), resolve) {
            Ok(fd) => Some(Ok(File::from(fd))),
            Err(Errno::LOOP) => Some(Err(Refusal::NotRegular)),
            // A way out of the root, or an absolute link that may stay inside: let the plain
            // open and the look at the opened file decide.
            Err(Errno::XDEV) => None,
            Err(Errno::NOSYS | Errno::PERM) => {
                HAVE_OPENAT2.store(false, Ordering::Relaxed);
                None
            }
            Err(e) => Some(Err(Refusal::Io(e.into()))),
        }
    }
}

/// Opens `path` inside the ledger whose canonical root is `canonical_root`: [`Root::open_regular`]
/// for a single file (it opens the root each time).
pub fn open_regular(path: &Path, canonical_root: &Path) -> Result<(File, Metadata), Refusal> {
    Root::new(canonical_root, canonical_root).open_regular(path)
}

#[cfg(target_os = "linux")]
fn open_flags() -> rustix::fs::OFlags {
    use rustix::fs::OFlags;
    OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::NOCTTY
}

fn plain_open(path: &Path) -> Result<File, Refusal> {
    let mut o = OpenOptions::new();
    o.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        o.custom_flags(open_flags().bits() as i32);
    }
    o.open(path).map_err(|e| {
        // O_NOFOLLOW refuses a link in the last component with ELOOP.
        #[cfg(target_os = "linux")]
        if rustix::io::Errno::from_io_error(&e) == Some(rustix::io::Errno::LOOP) {
            return Refusal::NotRegular;
        }
        Refusal::Io(e)
    })
}

/// Where the open file is, as the kernel says; `None` without `/proc`. A file deleted after it
/// was opened keeps its last path (with " (deleted)" appended to the name).
#[cfg(target_os = "linux")]
fn real_path(file: &File) -> Option<PathBuf> {
    use std::os::fd::AsRawFd as _;
    std::fs::read_link(format!("/proc/self/fd/{}", file.as_raw_fd())).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_files_inside_open_and_nothing_else_does() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = std::fs::canonicalize(dir.path()).expect("canonical");
        std::fs::write(root.join("a.toml"), "x = 1\n").expect("write");
        std::fs::create_dir(root.join("d")).expect("mkdir");
        let (_, meta) = open_regular(&root.join("a.toml"), &root).expect("a regular file");
        assert_eq!(meta.len(), 6);
        assert!(matches!(
            open_regular(&root.join("d"), &root),
            Err(Refusal::NotRegular)
        ));
        assert!(matches!(
            open_regular(&root.join("missing"), &root),
            Err(Refusal::Io(e)) if e.kind() == io::ErrorKind::NotFound
        ));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("a.toml", root.join("link.toml")).expect("link");
            assert!(matches!(
                open_regular(&root.join("link.toml"), &root),
                Err(Refusal::NotRegular)
            ));
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_directory_on_the_way_that_leaves_the_root_is_refused_both_ways() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = tempfile::tempdir().expect("tempdir");
        let root = std::fs::canonicalize(dir.path()).expect("canonical");
        std::fs::write(out.path().join("a.toml"), "x = 1\n").expect("write");
        // Relative and absolute links to the directory outside.
        let up = "../".repeat(root.components().count());
        let rel_target = format!("{up}{}", out.path().display());
        std::os::unix::fs::symlink(&rel_target, root.join("rel")).expect("link");
        std::os::unix::fs::symlink(out.path(), root.join("abs")).expect("link");
        for via in ["rel", "abs"] {
            let r = open_regular(&root.join(via).join("a.toml"), &root);
            assert!(matches!(r, Err(Refusal::Outside(_))), "{via}: {r:?}");
        }
        // An absolute link that stays inside is followed (by the plain open, then checked).
        std::fs::create_dir(root.join("in")).expect("mkdir");
        std::fs::write(root.join("in/b.toml"), "y = 2\n").expect("write");
        std::os::unix::fs::symlink(root.join("in"), root.join("abs-in")).expect("link");
        assert!(open_regular(&root.join("abs-in/b.toml"), &root).is_ok());
        // Without openat2 (the fallback), the same answers.
        let plain = plain_open(&root.join("rel/a.toml")).expect("opens");
        let real = real_path(&plain).expect("/proc is mounted here");
        assert!(!real.starts_with(&root), "{}", real.display());
    }
}
