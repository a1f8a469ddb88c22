//! Running git on the ledger's own repository (`check --changed`, the report's header).

use std::path::Path;
use std::process::{Command, Stdio};

use crate::i18n::Lang;
use crate::tr;

/// Why git gave nothing.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("git could not be started ({0}); install git")]
    Missing(std::io::Error),
    #[error("git {args} failed: {stderr}")]
    Failed { args: String, stderr: String },
}

impl GitError {
    /// What went wrong, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            GitError::Missing(e) => tr!(lang, "error-git-missing", error = e.to_string()),
            GitError::Failed { args, stderr } => {
                tr!(lang, "error-git-failed", args = args, stderr = stderr)
            }
        }
    }
}

/// `git -C ROOT ARGS`: its stdout. The repository is the ledger's own, whatever a calling hook
/// set in `GIT_DIR`, `GIT_WORK_TREE` or `GIT_INDEX_FILE`, and git takes no optional lock (no
/// index refresh), so kerjasama never writes into the repository.
pub fn output(root: &Path, args: &[&str]) -> Result<Vec<u8>, GitError> {
    let out = Command::new("git")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .arg("--no-optional-locks")
        .arg("-C")
        .arg(root)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(GitError::Missing)?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(GitError::Failed {
            args: args.join(" "),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        })
    }
}
