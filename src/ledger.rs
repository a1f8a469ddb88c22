//! Finding the ledger, walking `agreements/` and reading every file (in parallel).

use std::fs;
use std::io::Read as _;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::{Config, parse_config};
use crate::diagnostic::Finding;
use crate::i18n::{Lang, Message};
use crate::model::{Agreement, Sp};
use crate::open::{Refusal, Root};
use crate::parse::parse_agreement;
use crate::source::Source;
use crate::{msg, tr};

/// Agreement files larger than this are refused before they are read whole: a real agreement
/// is a few kilobytes.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Why a ledger could not be opened at all (exit code 2).
#[derive(Debug)]
pub enum LedgerError {
    NotFound(PathBuf),
    NotALedger(PathBuf),
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    NewerFormat {
        found: i64,
        known: u32,
    },
}

impl LedgerError {
    /// What went wrong, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            LedgerError::NotFound(dir) => {
                tr!(lang, "ledger-not-found", dir = dir.display().to_string())
            }
            LedgerError::NotALedger(dir) => {
                tr!(lang, "ledger-not-a-ledger", dir = dir.display().to_string())
            }
            LedgerError::Io { path, source } => tr!(
                lang,
                "ledger-cannot-open",
                path = path.display().to_string(),
                detail = source.to_string()
            ),
            LedgerError::NewerFormat { found, known } => {
                tr!(lang, "ledger-newer-format", found = found, known = known)
            }
        }
    }
}

/// In English, for code that only has the error (`anyhow`); [`LedgerError::text`] gives it in
/// the language of the output.
impl std::fmt::Display for LedgerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for LedgerError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LedgerError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// The ledger root: `explicit` (from `--ledger` or `KERJASAMA_LEDGER`) or the nearest directory
/// from `start` upwards that holds `kerjasama.toml` or `agreements/`.
pub fn find_root(start: &Path, explicit: Option<&Path>) -> Result<PathBuf, LedgerError> {
    let is_ledger = |d: &Path| d.join("kerjasama.toml").exists() || d.join("agreements").is_dir();
    if let Some(dir) = explicit {
        let dir = start.join(dir);
        let meta = fs::metadata(&dir).map_err(|source| LedgerError::Io {
            path: dir.clone(),
            source,
        })?;
        if !meta.is_dir() || !is_ledger(&dir) {
            return Err(LedgerError::NotALedger(dir));
        }
        return Ok(dir);
    }
    start
        .ancestors()
        .find(|d| is_ledger(d))
        .map(Path::to_path_buf)
        .ok_or_else(|| LedgerError::NotFound(start.to_path_buf()))
}

/// One agreement file as read.
#[derive(Debug)]
pub struct Entry {
    pub source: Source,
    pub id: Option<Sp<String>>,
    pub agreement: Option<Agreement>,
    /// Findings of section A (reading the file).
    pub findings: Vec<Finding>,
}

/// A ledger read from disk.
#[derive(Debug)]
pub struct Ledger {
    pub root: PathBuf,
    /// The root with links resolved, to tell whether a path stays inside the ledger.
    pub canonical_root: PathBuf,
    pub config: Config,
    pub config_findings: Vec<Finding>,
    /// Agreement files, sorted by path.
    pub entries: Vec<Entry>,
    /// Findings about files that are not read as agreements (`stray-file`).
    pub stray: Vec<Finding>,
}

impl Ledger {
    /// Opens and reads the ledger at `root`.
    pub fn open(root: &Path) -> Result<Self, LedgerError> {
        let canonical_root = fs::canonicalize(root).map_err(|source| LedgerError::Io {
            path: root.to_path_buf(),
            source,
        })?;
        let beneath = Root::new(root, &canonical_root);
        let (config, config_findings) = read_config(root, &beneath, &canonical_root)?;
        // The walk lists the files first; they are then read and parsed in parallel, straight
        // into their places in the path order (no sorting or moving of parsed agreements).
        let mut files = Vec::new();
        let stray = walk(root, &canonical_root, &mut files)?;
        // Stable sort: quick over runs that are in order already.
        files.sort_by(|a, b| a.0.cmp(&b.0));
        #[cfg(test)]
        race::after_walk(&files);
        let entries: Vec<Entry> = files
            .into_par_iter()
            .map(|(rel, path)| read_entry(rel, &path, &beneath))
            .collect();
        Ok(Self {
            root: root.to_path_buf(),
            canonical_root,
            config,
            config_findings,
            entries,
            stray,
        })
    }

    /// A ledger at `root` with the settings `config` whose only agreement file is `path`
    /// (relative to the root, e.g. `agreements/2019/KS-2019-001.toml`) with the text `text`:
    /// nothing is read from disk but what the rules look up themselves (attachments, under
    /// `root`). With [`crate::rules::check`] (or [`crate::check_text`]) it runs every rule over
    /// that one file, as `check` would in a ledger holding only it.
    pub fn from_text(root: &Path, config: Config, path: &str, text: &str) -> Self {
        let source = Source::new(path, text);
        let parsed = parse_agreement(&source);
        Self {
            root: root.to_path_buf(),
            canonical_root: fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
            config,
            config_findings: Vec::new(),
            entries: vec![Entry {
                source,
                id: parsed.id,
                agreement: parsed.agreement,
                findings: parsed.findings,
            }],
            stray: Vec::new(),
        }
    }

    /// Every path under `agreements/` that was considered: agreement files and stray files
    /// (the walk reports each path once, either way).
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.entries
            .iter()
            .map(|e| e.source.path.as_str())
            .chain(self.stray.iter().map(|f| f.location.file.as_str()))
    }

    /// The readable agreements with their entries.
    pub fn agreements(&self) -> impl Iterator<Item = (&Entry, &Agreement)> {
        self.entries
            .iter()
            .filter_map(|e| e.agreement.as_ref().map(|a| (e, a)))
    }
}

fn read_config(
    root: &Path,
    beneath: &Root,
    canonical_root: &Path,
) -> Result<(Config, Vec<Finding>), LedgerError> {
    let path = root.join("kerjasama.toml");
    let Ok(meta) = fs::symlink_metadata(&path) else {
        return Ok((Config::default(), Vec::new()));
    };
    // A link is followed only to a file inside the ledger; a FIFO or device is never opened.
    let target = if meta.file_type().is_symlink() {
        link_target(&path, canonical_root).map_err(ReadError::Link)
    } else {
        Ok(path)
    };
    let target = target.and_then(|t| match fs::symlink_metadata(&t) {
        Ok(m) if !m.file_type().is_file() => Err(ReadError::NotRegular),
        _ => Ok(t),
    });
    let text = match target.and_then(|target| read_text(&target, beneath)) {
        Ok(text) => text,
        Err(why) => {
            let f = Finding::whole("config-invalid", "kerjasama.toml", why.config_message());
            return Ok((Config::default(), vec![f]));
        }
    };
    let loaded = parse_config(&Source::new("kerjasama.toml", text));
    if let Some(found) = loaded.newer_format {
        return Err(LedgerError::NewerFormat {
            found,
            known: crate::config::FORMAT_VERSION,
        });
    }
    Ok((loaded.config, loaded.findings))
}

/// Why a file could not be read.
#[derive(Debug)]
enum IoReason {
    Permission,
    Vanished,
    Other(String),
}

fn io_reason(e: &std::io::Error) -> IoReason {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => IoReason::Permission,
        std::io::ErrorKind::NotFound => IoReason::Vanished,
        _ => IoReason::Other(e.to_string()),
    }
}

/// Why a file was not read as text.
#[derive(Debug)]
enum ReadError {
    Io(IoReason),
    /// More than [`MAX_FILE_BYTES`]: its length.
    TooLarge(u64),
    /// It grew past [`MAX_FILE_BYTES`] while it was read.
    Grew,
    /// Not UTF-8: the line and the byte offset of the first invalid byte.
    NotUtf8 {
        line: usize,
        offset: usize,
    },
    /// Not a regular file (a directory, a pipe, a device, or a link put in its place while
    /// the ledger was read): no file to read at all.
    NotRegular,
    /// Not inside the ledger (a directory or link on its way was changed while the ledger was
    /// read): where it really is.
    Outside(PathBuf),
    /// kerjasama.toml is a link that cannot be followed inside the ledger.
    Link(LinkError),
}

impl ReadError {
    /// The size in MiB, as whole MiB and tenths.
    fn mib(len: u64) -> (u64, u64) {
        let tenths = (len * 10 + 524_288) / 1_048_576;
        (tenths / 10, tenths % 10)
    }

    /// Whether there is no file to read at all, rather than one that failed to read.
    fn not_a_file(&self) -> bool {
        matches!(
            self,
            ReadError::NotRegular | ReadError::Outside(_) | ReadError::Link(_)
        )
    }

    /// The `config-invalid` message for kerjasama.toml.
    fn config_message(&self) -> Message {
        let max = MAX_FILE_BYTES / 1_048_576;
        match self {
            ReadError::Io(IoReason::Permission) => msg!("config-invalid-permission"),
            ReadError::Io(IoReason::Vanished) => msg!("config-invalid-vanished"),
            ReadError::Io(IoReason::Other(detail)) => {
                msg!("config-invalid-unreadable", detail = detail)
            }
            ReadError::TooLarge(len) => {
                let (mib, tenth) = Self::mib(*len);
                msg!(
                    "config-invalid-too-large",
                    mib = mib,
                    tenth = tenth,
                    max = max
                )
            }
            ReadError::Grew => msg!("config-invalid-grew", max = max),
            ReadError::NotUtf8 { line, offset } => {
                msg!("config-invalid-not-utf8", line = line, offset = offset)
            }
            ReadError::NotRegular => msg!("config-invalid-not-regular"),
            ReadError::Outside(real) => msg!(
                "config-invalid-outside",
                target = real.display().to_string()
            ),
            ReadError::Link(LinkError::Outside(real)) => msg!(
                "config-invalid-link-outside",
                target = real.display().to_string()
            ),
            ReadError::Link(LinkError::Unresolved(detail)) => {
                msg!("config-invalid-link-unresolved", detail = detail)
            }
        }
    }

    /// The message for an agreement file (`toml-syntax`, or `stray-file` when
    /// [`ReadError::not_a_file`]).
    fn agreement_message(&self) -> Message {
        let max = MAX_FILE_BYTES / 1_048_576;
        match self {
            ReadError::Io(IoReason::Permission) => msg!("toml-syntax-permission"),
            ReadError::Io(IoReason::Vanished) => msg!("toml-syntax-vanished"),
            ReadError::Io(IoReason::Other(detail)) => {
                msg!("toml-syntax-unreadable", detail = detail)
            }
            ReadError::TooLarge(len) => {
                let (mib, tenth) = Self::mib(*len);
                msg!("toml-syntax-too-large", mib = mib, tenth = tenth, max = max)
            }
            ReadError::Grew => msg!("toml-syntax-grew", max = max),
            ReadError::NotUtf8 { line, offset } => {
                msg!("toml-syntax-not-utf8", line = line, offset = offset)
            }
            ReadError::NotRegular | ReadError::Link(_) => msg!("stray-file-not-regular"),
            ReadError::Outside(real) => {
                msg!("stray-file-outside", target = real.display().to_string())
            }
        }
    }
}

/// Reads a file of the ledger as UTF-8 text (see [`Root::open_regular`] for what is refused),
/// refusing one larger than [`MAX_FILE_BYTES`] by its size, before reading it.
fn read_text(path: &Path, beneath: &Root) -> Result<String, ReadError> {
    let cannot = |e: std::io::Error| ReadError::Io(io_reason(&e));
    let (file, meta) = beneath.open_regular(path).map_err(|r| match r {
        Refusal::NotRegular => ReadError::NotRegular,
        Refusal::Outside(real) => ReadError::Outside(real),
        Refusal::Io(e) => cannot(e),
    })?;
    let len = meta.len();
    if len > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge(len));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0) + 1);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::Grew);
    }
    utf8(bytes)
}

fn utf8(bytes: Vec<u8>) -> Result<String, ReadError> {
    String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = bytes[..good].iter().filter(|&&b| b == b'\n').count() + 1;
        ReadError::NotUtf8 { line, offset: good }
    })
}

fn read_entry(rel: String, path: &Path, beneath: &Root) -> Entry {
    match read_text(path, beneath) {
        Ok(text) => {
            let source = Source::new(rel, text);
            let parsed = parse_agreement(&source);
            Entry {
                source,
                id: parsed.id,
                agreement: parsed.agreement,
                findings: parsed.findings,
            }
        }
        Err(why) => {
            let rule = if why.not_a_file() {
                "stray-file"
            } else {
                "toml-syntax"
            };
            let finding = Finding::whole(rule, &rel, why.agreement_message());
            Entry {
                source: Source::new(rel, String::new()),
                id: None,
                agreement: None,
                findings: vec![finding],
            }
        }
    }
}

/// `true` for file names the walk ignores: hidden files and READMEs.
fn ignored(name: &str) -> bool {
    name.starts_with('.') || name == "README" || name.starts_with("README.")
}

/// A path relative to the root, `/` separated.
pub fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    // Most paths are plain `a/b/c` already (what the walk gives): no need to split and join.
    if let Some(s) = rel.to_str()
        && s.split('/').all(|c| !c.is_empty() && c != "." && c != "..")
    {
        return s.to_owned();
    }
    rel.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Walks `agreements/`, adding each agreement file to `files`; returns the stray findings.
fn walk(
    root: &Path,
    canonical_root: &Path,
    files: &mut Vec<(String, PathBuf)>,
) -> Result<Vec<Finding>, LedgerError> {
    let dir = root.join("agreements");
    let mut stray = Vec::new();
    if !dir.exists() && fs::symlink_metadata(&dir).is_err() {
        return Ok(stray);
    }
    if fs::symlink_metadata(&dir).is_ok_and(|m| m.file_type().is_symlink())
        && let Err(why) = link_target(&dir, canonical_root)
    {
        let message = match why {
            LinkError::Outside(target) => msg!(
                "stray-file-agreements-link-outside",
                target = target.display().to_string()
            ),
            LinkError::Unresolved(detail) => {
                msg!("stray-file-agreements-link-unresolved", detail = detail)
            }
        };
        stray.push(Finding::whole("stray-file", "agreements", message));
        return Ok(stray);
    }
    // agreements/ itself first, then its directories (the years) each on its own, in parallel.
    let mut subdirs = Vec::new();
    scan(
        root,
        canonical_root,
        &dir,
        &dir,
        files,
        &mut stray,
        Some(&mut subdirs),
    )?;
    // In the order of their names, so that their (sorted) files come out nearly in order.
    subdirs.sort();
    let found: Vec<_> = subdirs
        .into_par_iter()
        .map(|sub| {
            let (mut files, mut stray) = (Vec::new(), Vec::new());
            let scanned = scan(
                root,
                canonical_root,
                &dir,
                &sub,
                &mut files,
                &mut stray,
                None,
            );
            // Sorted here, in parallel: the whole list is then nearly in order already.
            files.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            scanned.map(|()| (files, stray))
        })
        .collect();
    for result in found {
        let (more_files, more_stray) = result?;
        files.extend(more_files);
        stray.extend(more_stray);
    }
    // The walk's order is the file system's: give the findings the paths' order.
    stray.sort_by(|a, b| a.location.file.cmp(&b.location.file));
    Ok(stray)
}

/// Walks `start` (agreements/ itself, or a directory in it), adding agreement files to `files`
/// and findings to `stray`. With `subdirs`, only `start` and its entries are looked at, and the
/// directories among them are added to `subdirs` to be walked next.
fn scan(
    root: &Path,
    canonical_root: &Path,
    dir: &Path,
    start: &Path,
    files: &mut Vec<(String, PathBuf)>,
    stray: &mut Vec<Finding>,
    mut subdirs: Option<&mut Vec<PathBuf>>,
) -> Result<(), LedgerError> {
    let mut send = |rel: String, path: PathBuf| files.push((rel, path));
    // The relative path of `start`, to name its own entries without splitting their paths.
    let start_rel = relative(root, start);
    let mut walker = WalkDir::new(start)
        .follow_links(false)
        .follow_root_links(true)
        .max_depth(if subdirs.is_some() { 1 } else { usize::MAX })
        .into_iter();
    while let Some(item) = walker.next() {
        let entry = match item {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(dir);
                if path == dir {
                    return Err(LedgerError::Io {
                        path: dir.to_path_buf(),
                        source: e
                            .into_io_error()
                            .unwrap_or_else(|| std::io::Error::other("cannot read agreements/")),
                    });
                }
                let message = match e.io_error().map(io_reason) {
                    Some(IoReason::Permission) => msg!("stray-file-dir-permission"),
                    Some(IoReason::Vanished) => msg!("stray-file-dir-vanished"),
                    Some(IoReason::Other(detail)) => {
                        msg!("stray-file-dir-unreadable", detail = detail)
                    }
                    None => msg!("stray-file-dir-unreadable", detail = e.to_string()),
                };
                stray.push(Finding::whole("stray-file", &relative(root, path), message));
                continue;
            }
        };
        if entry.depth() == 0 {
            // A directory of agreements/ was looked at when agreements/ was.
            if subdirs.is_some() && !entry.file_type().is_dir() {
                stray.push(Finding::whole(
                    "stray-file",
                    "agreements",
                    msg!("stray-file-agreements-not-dir"),
                ));
            }
            continue;
        }
        let name = entry.file_name().to_string_lossy();
        let rel = match name.as_ref() {
            n if entry.depth() == 1 && !start_rel.is_empty() => format!("{start_rel}/{n}"),
            _ => relative(root, entry.path()),
        };
        let ft = entry.file_type();
        if name.starts_with('.') {
            // Hidden files are ignored; a hidden directory is reported and not entered.
            if ft.is_dir() {
                walker.skip_current_dir();
                stray.push(Finding::whole(
                    "stray-file",
                    &rel,
                    msg!("stray-file-hidden-dir"),
                ));
            }
            continue;
        }
        if !ft.is_dir() && ignored(&name) {
            continue;
        }
        let is_toml = name.ends_with(".toml");
        if ft.is_dir() {
            if let Some(subdirs) = subdirs.as_deref_mut() {
                subdirs.push(entry.path().to_path_buf());
            }
            if is_toml {
                stray.push(Finding::whole(
                    "stray-file",
                    &rel,
                    msg!("stray-file-toml-dir"),
                ));
            }
            continue;
        }
        if ft.is_file() {
            if is_toml {
                send(rel, entry.into_path());
            } else {
                stray.push(Finding::whole(
                    "stray-file",
                    &rel,
                    msg!("stray-file-not-toml", name = name),
                ));
            }
            continue;
        }
        if ft.is_symlink() {
            match link_target(entry.path(), canonical_root) {
                // The target is read, not the link: it is opened without following links.
                Ok(target) if is_toml && target.is_file() => send(rel, target),
                Ok(_) => stray.push(Finding::whole(
                    "stray-file",
                    &rel,
                    msg!("stray-file-link-not-agreement"),
                )),
                Err(LinkError::Outside(target)) => stray.push(Finding::whole(
                    "stray-file",
                    &rel,
                    msg!(
                        "stray-file-link-outside",
                        target = target.display().to_string()
                    ),
                )),
                Err(LinkError::Unresolved(detail)) => stray.push(Finding::whole(
                    "stray-file",
                    &rel,
                    msg!("stray-file-link-unresolved", detail = detail),
                )),
            }
            continue;
        }
        stray.push(Finding::whole(
            "stray-file",
            &rel,
            msg!("stray-file-special"),
        ));
    }
    Ok(())
}

/// Why a link is not followed.
#[derive(Debug)]
pub enum LinkError {
    /// It cannot be resolved (a loop or a missing target): the system's reason.
    Unresolved(String),
    /// It points outside the ledger, to this path.
    Outside(PathBuf),
}

/// Resolves a link, refusing one that leaves the ledger or cannot be resolved.
pub fn link_target(path: &Path, canonical_root: &Path) -> Result<PathBuf, LinkError> {
    let target = fs::canonicalize(path).map_err(|e| LinkError::Unresolved(e.to_string()))?;
    if !target.starts_with(canonical_root) {
        return Err(LinkError::Outside(target));
    }
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ledger_errors_in_both_languages() {
        let newer = LedgerError::NewerFormat { found: 2, known: 1 };
        assert_eq!(
            newer.to_string(),
            "this ledger needs a newer kerjasama: kerjasama.toml says format = 2, this kerjasama \
             reads format 1; upgrade kerjasama"
        );
        assert_eq!(newer.to_string(), newer.text(Lang::En));
        assert_eq!(
            newer.text(Lang::Id),
            "register ini memerlukan kerjasama yang lebih baru: kerjasama.toml menyatakan \
             format = 2, sedangkan kerjasama ini membaca format 1; perbarui kerjasama"
        );
        let none = LedgerError::NotALedger(PathBuf::from("/tmp/x"));
        assert_eq!(
            none.text(Lang::En),
            "/tmp/x is not a ledger: it holds neither kerjasama.toml nor agreements/"
        );
        assert_eq!(
            none.text(Lang::Id),
            "/tmp/x bukan register: di dalamnya tidak ada kerjasama.toml maupun agreements/"
        );
        for e in [
            LedgerError::NotFound(PathBuf::from("/tmp/x")),
            LedgerError::Io {
                path: PathBuf::from("/tmp/x"),
                source: std::io::Error::other("boom"),
            },
        ] {
            assert_ne!(e.text(Lang::Id), e.text(Lang::En));
            assert!(e.text(Lang::Id).contains("/tmp/x"));
        }
    }

    #[test]
    fn sizes_in_tenths_of_a_mib() {
        assert_eq!(ReadError::mib(17 * 1_048_576), (17, 0));
        assert_eq!(ReadError::mib(20 * 1_048_576 + 300_000), (20, 3));
        assert_eq!(ReadError::mib(1_048_576 - 1), (1, 0));
    }
}

#[cfg(test)]
mod race;
