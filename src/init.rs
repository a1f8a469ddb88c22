//! `kerjasama init`: the files of a new ledger repository.
//!
//! Writes `kerjasama.toml`, `agreements/.gitkeep`, the two JSON Schemas (bundled in the binary),
//! `.taplo.toml` (editors validate agreements while typing), a README for the ledger and a CI
//! workflow (GitHub Actions by default, GitLab CI on request). An existing file is never
//! replaced: it is kept and said so.

use std::path::{Path, PathBuf};

use crate::config::{RegionType, code_fits};
use crate::model::Choice;

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
}

/// Checks the settings; the message names the flag to correct.
pub fn validate(s: &Settings) -> Result<(), String> {
    if s.region_name.trim().is_empty() {
        return Err(
            "--region-name is empty; give the daerah's name, e.g. 'Kabupaten Sidoarjo'".into(),
        );
    }
    if !code_fits(s.region_type, &s.region_code) {
        return Err(format!(
            "--region-code `{}` does not fit a {}: a provinsi is `PP` (e.g. 35), a kabupaten \
             `PP.KK` with KK 01-70 (e.g. 35.15), a kota `PP.KK` with KK 71-99 (e.g. 35.78)",
            s.region_code,
            s.region_type.as_str()
        ));
    }
    valid_prefix(&s.prefix)
}

/// 2 to 8 capital letters.
pub fn valid_prefix(p: &str) -> Result<(), String> {
    if (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(format!(
            "--prefix `{p}` must be 2 to 8 capital letters (A-Z), e.g. KS"
        ))
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
        (
            PathBuf::from("kerjasama.toml"),
            format!(
                "#:schema ./schemas/kerjasama.schema.json\n\
                 # Settings of this ledger of cooperation agreements (kerjasama, format 1).\n\
                 format = 1\n\
                 # The units (OPD) that initiate agreements; an unknown unit is a warning.\n\
                 # units = [\"Bagian Kerja Sama\", \"Dinas Kesehatan\"]\n\
                 \n\
                 [region]\n\
                 name = {}\n\
                 type = {}\n\
                 code = {}\n\
                 # neighbours = [\"35.78\"]    # bordering daerah, by code (for `wajib` KSDD)\n\
                 timezone = \"WIB\"           # WIB, WITA or WIT: what \"today\" means\n\
                 \n\
                 [ids]\n\
                 prefix = {}\n\
                 \n\
                 [rules]\n\
                 # severity overrides: rule-code = \"error\" | \"warning\" | \"off\"\n",
                quoted(&s.region_name),
                quoted(s.region_type.as_str()),
                quoted(&s.region_code),
                quoted(&s.prefix),
            ),
        ),
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

fn readme(s: &Settings) -> String {
    format!(
        "# Register of cooperation agreements: {name}\n\
         \n\
         The cooperation agreements (*kerja sama daerah*, PP 28/2018) of {name} (code {code}),\n\
         one TOML file per signed or drafted document under `agreements/YYYY/`, kept with\n\
         [kerjasama](https://crates.io/crates/kerjasama).\n\
         \n\
         ```sh\n\
         kerjasama add                 # record a new agreement (asks what it needs)\n\
         kerjasama check               # check every file against the format and PP 28/2018\n\
         kerjasama list --year 2026    # which agreements\n\
         kerjasama summary --by year   # how many each year\n\
         ```\n\
         \n\
         - `kerjasama.toml`: the settings (region, known units, id prefix `{prefix}`, rule severities).\n\
         - `schemas/`: JSON Schemas; with `.taplo.toml`, editors check a file while it is typed.\n\
         - CI runs `kerjasama check` on every push and pull request; a finding at error level\n\
         \x20 fails it.\n",
        name = s.region_name,
        code = s.region_code,
        prefix = s.prefix,
    )
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
