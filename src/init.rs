//! `kerjasama init`: the files of a new ledger repository.
//!
//! Writes `kerjasama.toml`, `agreements/.gitkeep`, the two JSON Schemas (bundled in the binary),
//! `.taplo.toml` (editors validate agreements while typing), a README for the ledger and a CI
//! workflow (GitHub Actions by default, GitLab CI on request). An existing file is never
//! replaced: it is kept and said so.
//!
//! What is written for the office's people (the README, the comments of `kerjasama.toml`) is
//! in the language of the command; the CI files, `.taplo.toml` and the schemas are code and
//! stay as they are.

use std::path::{Path, PathBuf};

use crate::config::{RegionType, code_fits};
use crate::i18n::Lang;
use crate::model::Choice;
use crate::tr;

/// Which CI configuration to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Ci {
    /// `.github/workflows/kerjasama.yml`
    Github,
    /// `.gitlab-ci.yml`
    Gitlab,
    /// No CI file.
    None,
}

/// The settings of the new ledger.
#[derive(Clone, Debug)]
pub struct Settings {
    pub region_name: String,
    pub region_type: RegionType,
    pub region_code: String,
    pub prefix: String,
    pub ci: Ci,
    /// The language of the README, the comments and the messages.
    pub lang: Lang,
}

/// Checks the settings; the message names the flag to correct.
pub fn validate(s: &Settings) -> Result<(), String> {
    let lang = s.lang;
    if s.region_name.trim().is_empty() {
        return Err(tr!(lang, "init-name-empty"));
    }
    if !code_fits(s.region_type, &s.region_code) {
        return Err(tr!(
            lang,
            "init-code-misfit",
            code = s.region_code,
            level = s.region_type.as_str()
        ));
    }
    valid_prefix(&s.prefix, lang)
}

/// 2 to 8 capital letters.
pub fn valid_prefix(p: &str, lang: Lang) -> Result<(), String> {
    if (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(tr!(lang, "init-bad-prefix", prefix = p))
    }
}

/// A TOML basic string.
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// The files to write, relative to the ledger directory, with their contents.
pub fn files(s: &Settings) -> Vec<(PathBuf, String)> {
    let version = env!("CARGO_PKG_VERSION");
    let mut out = vec![
        (PathBuf::from("kerjasama.toml"), config(s)),
        (PathBuf::from("agreements/.gitkeep"), String::new()),
        (
            PathBuf::from("schemas/agreement.schema.json"),
            crate::schema::agreement(),
        ),
        (
            PathBuf::from("schemas/kerjasama.schema.json"),
            crate::schema::config(),
        ),
        (
            PathBuf::from(".taplo.toml"),
            "# Editors with taplo (Even Better TOML) validate the files while they are typed.\n\
             [[rule]]\n\
             include = [\"agreements/**/*.toml\"]\n\
             [rule.schema]\n\
             path = \"./schemas/agreement.schema.json\"\n\
             \n\
             [[rule]]\n\
             include = [\"kerjasama.toml\"]\n\
             [rule.schema]\n\
             path = \"./schemas/kerjasama.schema.json\"\n"
                .to_owned(),
        ),
        (PathBuf::from("README.md"), readme(s)),
    ];
    match s.ci {
        Ci::Github => out.push((
            PathBuf::from(".github/workflows/kerjasama.yml"),
            format!(
                "# Checks every agreement of the ledger on each push and pull request; findings\n\
                 # become annotations on the changed lines. kerjasama is pinned: raise the\n\
                 # version here (and in the cache key) to upgrade.\n\
                 name: kerjasama\n\
                 on:\n\
                 \x20 push:\n\
                 \x20 pull_request:\n\
                 jobs:\n\
                 \x20 check:\n\
                 \x20   runs-on: ubuntu-latest\n\
                 \x20   env:\n\
                 \x20     KERJASAMA_VERSION: \"{version}\"\n\
                 \x20   steps:\n\
                 \x20     - uses: actions/checkout@v4\n\
                 \x20     - name: Cache kerjasama\n\
                 \x20       uses: actions/cache@v4\n\
                 \x20       with:\n\
                 \x20         path: ~/.cargo/bin/kerjasama\n\
                 \x20         key: kerjasama-{version}-${{{{ runner.os }}}}\n\
                 \x20     - name: Install kerjasama {version}\n\
                 \x20       run: command -v kerjasama || cargo install kerjasama --version \"=$KERJASAMA_VERSION\" --locked\n\
                 \x20     - name: Check the ledger\n\
                 \x20       run: kerjasama check --format github\n"
            ),
        )),
        Ci::Gitlab => out.push((
            PathBuf::from(".gitlab-ci.yml"),
            format!(
                "# Checks every agreement of the ledger on each push and merge request.\n\
                 # kerjasama is pinned: raise KERJASAMA_VERSION to upgrade.\n\
                 kerjasama-check:\n\
                 \x20 image: rust:1-slim\n\
                 \x20 variables:\n\
                 \x20   KERJASAMA_VERSION: \"{version}\"\n\
                 \x20   CARGO_HOME: \"$CI_PROJECT_DIR/.cargo\"\n\
                 \x20 cache:\n\
                 \x20   key: \"kerjasama-{version}\"\n\
                 \x20   paths:\n\
                 \x20     - .cargo/bin\n\
                 \x20 script:\n\
                 \x20   - command -v kerjasama || cargo install kerjasama --version \"=$KERJASAMA_VERSION\" --locked\n\
                 \x20   - kerjasama check\n\
                 \x20 rules:\n\
                 \x20   - if: $CI_PIPELINE_SOURCE == \"merge_request_event\"\n\
                 \x20   - if: $CI_COMMIT_BRANCH\n"
            ),
        )),
        Ci::None => {}
    }
    out
}

/// A text as TOML comment lines.
fn comment(text: &str) -> String {
    let lines: Vec<String> = text.lines().map(|l| format!("# {l}")).collect();
    lines.join("\n")
}

/// `kerjasama.toml`, its comments in the language of the settings.
fn config(s: &Settings) -> String {
    let lang = s.lang;
    format!(
        "#:schema ./schemas/kerjasama.schema.json\n\
         {head}\n\
         format = 1\n\
         {units}\n\
         # units = [\"Bagian Kerja Sama\", \"Dinas Kesehatan\"]\n\
         \n\
         [region]\n\
         name = {name}\n\
         type = {kind}\n\
         code = {code}\n\
         # neighbours = [\"35.78\"]    # {neighbours}\n\
         timezone = \"WIB\"           # {timezone}\n\
         \n\
         [ids]\n\
         prefix = {prefix}\n\
         \n\
         [rules]\n\
         # {rules}\n",
        head = comment(&tr!(lang, "init-config-head")),
        units = comment(&tr!(lang, "init-config-units")),
        neighbours = tr!(lang, "init-config-neighbours"),
        timezone = tr!(lang, "init-config-timezone"),
        rules = tr!(lang, "init-config-rules"),
        name = quoted(&s.region_name),
        kind = quoted(s.region_type.as_str()),
        code = quoted(&s.region_code),
        prefix = quoted(&s.prefix),
    )
}

/// The ledger's README, in the language of the settings.
fn readme(s: &Settings) -> String {
    let lang = s.lang;
    let (name, code) = (&s.region_name, &s.region_code);
    let mut out = format!(
        "# {}\n\n{}\n\n```sh\n",
        tr!(lang, "init-readme-title", name = name),
        tr!(lang, "init-readme-intro", name = name, code = code),
    );
    for (command, what) in [
        ("kerjasama add", tr!(lang, "init-readme-add")),
        ("kerjasama check", tr!(lang, "init-readme-check")),
        ("kerjasama list --year 2026", tr!(lang, "init-readme-list")),
        (
            "kerjasama summary --by year",
            tr!(lang, "init-readme-summary"),
        ),
    ] {
        out.push_str(&format!("{command:<30}# {what}\n"));
    }
    out.push_str("```\n\n");
    let mut items = vec![
        tr!(lang, "init-readme-settings", prefix = s.prefix),
        tr!(lang, "init-readme-schemas"),
    ];
    match s.ci {
        Ci::Github => items.push(tr!(lang, "init-readme-ci-github")),
        Ci::Gitlab => items.push(tr!(lang, "init-readme-ci-gitlab")),
        Ci::None => {}
    }
    for item in items {
        out.push_str(&format!("- {item}\n"));
    }
    out
}

/// What happened to one file.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Written(PathBuf),
    Kept(PathBuf),
}

/// Writes the files into `dir` (created if needed), never over an existing one.
pub fn write(dir: &Path, s: &Settings) -> std::io::Result<Vec<Outcome>> {
    let mut outcomes = Vec::new();
    for (rel, text) in files(s) {
        let path = dir.join(&rel);
        let parent = path.parent().unwrap_or(dir);
        std::fs::create_dir_all(parent)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if std::fs::symlink_metadata(&path).is_ok() {
            outcomes.push(Outcome::Kept(rel));
            continue;
        }
        match crate::add::write::create_new(parent, &name, text.as_bytes()) {
            Ok(()) => outcomes.push(Outcome::Written(rel)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                outcomes.push(Outcome::Kept(rel));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(outcomes)
}
