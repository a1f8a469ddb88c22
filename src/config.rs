//! `kerjasama.toml`: the ledger's settings (FORMAT.md section 2).
//!
//! Problems are findings of `config-invalid`; only the value concerned falls back to its
//! default, so one typo never stops the check of the agreements.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

use crate::diagnostic::Finding;
use crate::model::Sp;
use crate::msg;
use crate::parse::{Reader, nearest, syntax_finding};
use crate::rules::catalogue;
use crate::source::Source;
use crate::tree::Table;

/// The newest ledger format this binary knows.
pub const FORMAT_VERSION: u32 = 1;

macro_rules! simple_choice {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }
        impl crate::model::Choice for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }
    };
}

simple_choice! {
    /// The level of a daerah.
    RegionType { Provinsi = "provinsi", Kabupaten = "kabupaten", Kota = "kota" }
}

simple_choice! {
    /// The region's time zone: what "today" means.
    Timezone { Wib = "WIB", Wita = "WITA", Wit = "WIT" }
}

simple_choice! {
    /// A severity override in `[rules]`.
    Level { Error = "error", Warning = "warning", Off = "off" }
}

impl Timezone {
    /// Hours east of UTC.
    pub fn offset_hours(self) -> i32 {
        match self {
            Timezone::Wib => 7,
            Timezone::Wita => 8,
            Timezone::Wit => 9,
        }
    }
}

/// `[region]`: the daerah that keeps this ledger.
#[derive(Clone, Debug, Default, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RegionConfig {
    /// e.g. "Kabupaten Sidoarjo"
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<RegionType>,
    /// Kemendagri region code, e.g. "35.15"
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Bordering daerah, by code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub neighbours: Option<Vec<String>>,
    /// WIB (UTC+7, default), WITA (UTC+8) or WIT (UTC+9).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<Timezone>,
}

/// `[ids]`
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct IdsConfig {
    /// Ids are PREFIX-YYYY-NNN; 2 to 8 capital letters.
    #[schemars(regex(pattern = r"^[A-Z]{2,8}$"))]
    pub prefix: String,
}

impl Default for IdsConfig {
    fn default() -> Self {
        Self {
            prefix: "KS".into(),
        }
    }
}

/// The whole of `kerjasama.toml`.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields, title = "kerjasama ledger settings")]
pub struct Config {
    /// The ledger format version (1).
    #[serde(default = "format_one")]
    pub format: u32,
    /// Known unit (OPD) names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<RegionConfig>,
    #[serde(default)]
    pub ids: IdsConfig,
    /// Severity overrides by rule code.
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
}

fn format_one() -> u32 {
    FORMAT_VERSION
}

impl Default for Config {
    fn default() -> Self {
        Self {
            format: FORMAT_VERSION,
            units: None,
            region: None,
            ids: IdsConfig::default(),
            rules: BTreeMap::new(),
        }
    }
}

/// The home daerah, when `[region]` is usable.
#[derive(Clone, Debug)]
pub struct Home {
    pub name: Option<String>,
    pub kind: RegionType,
    pub code: String,
    pub neighbours: Option<Vec<String>>,
}

impl Config {
    pub fn home(&self) -> Option<Home> {
        let r = self.region.as_ref()?;
        let (kind, code) = (r.kind?, r.code.clone()?);
        code_fits(kind, &code).then(|| Home {
            name: r.name.clone(),
            kind,
            code,
            neighbours: r.neighbours.clone(),
        })
    }

    pub fn timezone(&self) -> Timezone {
        self.region
            .as_ref()
            .and_then(|r| r.timezone)
            .unwrap_or(Timezone::Wib)
    }
}

/// Whether a party is the home daerah whose code is `home_code`: a daerah party carrying that
/// code. The one definition used by the rules, the register and `add`.
pub fn is_home_party(home_code: &str, p: &crate::model::Party) -> bool {
    p.kind.is_daerah() && p.code.as_ref().is_some_and(|c| c.value.trim() == home_code)
}

/// Whether a region code fits the level: `PP`, `PP.KK` (01–70 kabupaten, 71–99 kota).
pub fn code_fits(kind: RegionType, code: &str) -> bool {
    let digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    match kind {
        RegionType::Provinsi => digits(code) && code != "00",
        RegionType::Kabupaten | RegionType::Kota => {
            let Some((p, k)) = code.split_once('.') else {
                return false;
            };
            if !digits(p) || p == "00" || !digits(k) {
                return false;
            }
            let n: u8 = k.parse().unwrap_or(0);
            match kind {
                RegionType::Kabupaten => (1..=70).contains(&n),
                _ => n >= 71,
            }
        }
    }
}

/// What reading `kerjasama.toml` gave.
#[derive(Debug)]
pub struct LoadedConfig {
    pub config: Config,
    /// `format` is newer than this binary knows: the command must not run.
    pub newer_format: Option<i64>,
    pub findings: Vec<Finding>,
}

/// Reads the settings from the text of `kerjasama.toml`.
pub fn parse_config(source: &Source) -> LoadedConfig {
    let mut config = Config::default();
    let root = match crate::tree::parse(&source.text) {
        Ok(root) => root,
        Err(e) => {
            let mut f = syntax_finding(source, &e);
            f.rule = "config-invalid";
            f.message = msg!(
                "config-syntax",
                detail = e.message().trim().trim_end_matches('.')
            );
            return LoadedConfig {
                config,
                newer_format: None,
                findings: vec![f],
            };
        }
    };
    let mut r = Reader::new(source);
    r.as_rule = Some("config-invalid");
    let t = &root;
    r.keys(
        t,
        &["format", "units", "region", "ids", "rules"],
        "kerjasama.toml",
    );
    let mut newer_format = None;
    if let Some(v) = t.get("format") {
        let int = match &v.value {
            crate::tree::Value::Integer(text, _) => Some(text.parse::<i64>()),
            _ => None,
        };
        match int {
            Some(Ok(n)) if n == i64::from(FORMAT_VERSION) => {}
            Some(Ok(n)) if n > i64::from(FORMAT_VERSION) => newer_format = Some(n),
            _ => r.report(
                "config-invalid",
                Some(&v.span()),
                msg!("config-invalid-format", version = FORMAT_VERSION),
            ),
        }
    }
    config.units = r
        .optional(t, "units", |r, k, v| r.array(k, v, Reader::string))
        .map(|s| s.value);
    if let Some(v) = t.get("region")
        && let Some(tb) = r.table("region", v)
    {
        config.region = Some(region(&mut r, tb));
    }
    if let Some(v) = t.get("ids")
        && let Some(tb) = r.table("ids", v)
    {
        r.keys(tb, &["prefix"], "[ids]");
        if let Some(p) = r.optional(tb, "prefix", Reader::string) {
            if p.len() >= 2 && p.len() <= 8 && p.bytes().all(|b| b.is_ascii_uppercase()) {
                config.ids.prefix = p.value;
            } else {
                r.report(
                    "config-invalid",
                    Some(&p.span),
                    msg!("config-invalid-prefix", value = p.value),
                );
            }
        }
    }
    if let Some(v) = t.get("rules")
        && let Some(tb) = r.table("rules", v)
    {
        for e in tb.iter() {
            let (code, value) = (e.key.as_ref(), &e.value);
            let Some(info) = catalogue::find(code) else {
                let message = match nearest(code, catalogue::RULES.iter().map(|i| i.code)) {
                    None => msg!("config-invalid-unknown-rule", code = code),
                    Some(s) => msg!(
                        "config-invalid-unknown-rule-suggest",
                        code = code,
                        suggestion = s
                    ),
                };
                r.report("config-invalid", Some(&e.key_span), message);
                continue;
            };
            if info.fixed {
                r.report(
                    "config-invalid",
                    Some(&e.key_span),
                    msg!("config-invalid-fixed-rule", code = code),
                );
                continue;
            }
            if let Some(level) = r.choice::<Level>(code, value) {
                config.rules.insert(code.to_owned(), level);
            }
        }
    }
    LoadedConfig {
        config,
        newer_format,
        findings: r.finish(),
    }
}

fn region(r: &mut Reader<'_>, tb: &Table<'_>) -> RegionConfig {
    r.keys(
        tb,
        &["name", "type", "code", "neighbours", "timezone"],
        "[region]",
    );
    let name = r.optional(tb, "name", Reader::string).map(|s| s.value);
    let kind = r
        .optional(tb, "type", Reader::choice::<RegionType>)
        .map(|s| s.value);
    let mut code = r.optional(tb, "code", Reader::string);
    if let (Some(k), Some(c)) = (kind, &code)
        && !code_fits(k, c)
    {
        r.report(
            "config-invalid",
            Some(&c.span),
            if k == RegionType::Provinsi {
                msg!("config-invalid-region-code-provinsi", code = c.value)
            } else {
                msg!(
                    "config-invalid-region-code",
                    code = c.value,
                    level = crate::model::Choice::as_str(k)
                )
            },
        );
        code = None;
    }
    let neighbours = r
        .optional(tb, "neighbours", |r, k, v| {
            let items: Vec<Sp<String>> = r.array(k, v, |r, k, item| {
                r.string(k, item).map(|s| Sp::new(s, item.span()))
            })?;
            let mut out = Vec::new();
            for c in items {
                let ok = [
                    RegionType::Provinsi,
                    RegionType::Kabupaten,
                    RegionType::Kota,
                ]
                .iter()
                .any(|k| code_fits(*k, &c));
                if ok {
                    out.push(c.value);
                } else {
                    r.report(
                        "config-invalid",
                        Some(&c.span),
                        msg!("config-invalid-neighbour", code = c.value),
                    );
                }
            }
            Some(out)
        })
        .map(|s| s.value);
    let timezone = r
        .optional(tb, "timezone", Reader::choice::<Timezone>)
        .map(|s| s.value);
    RegionConfig {
        name,
        kind,
        code: code.map(|c| c.value),
        neighbours,
        timezone,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> LoadedConfig {
        parse_config(&Source::new("kerjasama.toml", text))
    }

    #[test]
    fn codes_fit_levels() {
        assert!(code_fits(RegionType::Provinsi, "35"));
        assert!(code_fits(RegionType::Kabupaten, "35.15"));
        assert!(!code_fits(RegionType::Kabupaten, "35.78"));
        assert!(code_fits(RegionType::Kota, "35.78"));
        assert!(!code_fits(RegionType::Kota, "35.7"));
        assert!(!code_fits(RegionType::Provinsi, "35.15"));
    }

    #[test]
    fn bad_values_fall_back_alone() {
        let c = load(
            "format = 1\n[ids]\nprefix = \"ks\"\n[region]\ntype = \"kabupaten\"\ncode = \"35.15\"\nneighbors = []\n[rules]\nduplicate-id = \"off\"\nno-such = \"off\"\nterm-order = \"loud\"\npks-max-five-years = \"error\"\n",
        );
        assert_eq!(c.config.ids.prefix, "KS");
        assert!(c.config.home().is_some());
        assert_eq!(c.config.rules.len(), 1);
        assert_eq!(c.findings.len(), 5, "{:#?}", c.findings);
        assert!(c.findings.iter().all(|f| f.rule == "config-invalid"));
    }

    #[test]
    fn newer_format_is_noticed() {
        assert_eq!(load("format = 2\n").newer_format, Some(2));
    }
}
