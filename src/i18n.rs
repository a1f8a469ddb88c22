//! The message catalogue: every message, header and label of the tool in Indonesian and English.
//!
//! The texts live in Project Fluent files, `locales/id/*.ftl` and `locales/en/*.ftl`, compiled
//! into the binary. Code asks for a text by its message id with named values, through the
//! [`tr!`](crate::tr) macro:
//!
//! ```
//! use kerjasama::{i18n::Lang, tr};
//! let en = tr!(Lang::En, "check-summary", files = 1, agreements = 1, errors = 2, warnings = 0);
//! assert_eq!(en, "checked 1 file (1 agreement): 2 errors, 0 warnings");
//! let id = tr!(Lang::Id, "check-summary", files = 1, agreements = 1, errors = 2, warnings = 0);
//! assert_eq!(id, "1 berkas diperiksa (1 perjanjian): 2 kesalahan, 0 peringatan");
//! ```
//!
//! The language comes from `--lang`, else from the locale (`LC_ALL`, then `LC_MESSAGES`, then
//! `LANG`, as POSIX orders them): a locale whose language is `id` gives Indonesian, any other
//! gives English. A test (`tests/i18n.rs`) checks that every message exists in both languages
//! with the same variables, and that every id the code asks for exists.

use std::borrow::Cow;
use std::sync::OnceLock;

use chrono::NaiveDate;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language of the messages (`--lang`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    /// Bahasa Indonesia.
    Id,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// Both languages, Indonesian first.
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The language tag: `id` or `en` (also for `<html lang>`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The language of a locale name such as `id_ID.UTF-8`, `id-ID`, `id` or `en_US.UTF-8`:
    /// Indonesian when its language part is `id` (or the old code `in`), otherwise English.
    /// `None` for an empty name, which POSIX says to skip.
    pub fn from_locale(name: &str) -> Option<Lang> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let language = name
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Some(if language == "id" || language == "in" {
            Lang::Id
        } else {
            Lang::En
        })
    }

    /// The language of the first set one of `LC_ALL`, `LC_MESSAGES`, `LANG` (English when none
    /// is set), read through `var`.
    pub fn from_env_with(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|key| var(key).and_then(|v| Lang::from_locale(&v)))
            .unwrap_or_default()
    }

    /// The language of this process's locale.
    pub fn from_env() -> Lang {
        Lang::from_env_with(|key| std::env::var(key).ok())
    }
}

/// The catalogue files of one language, by name: `(file, Indonesian text, English text)`.
pub const FILES: &[(&str, &str, &str)] = &[
    (
        "main.ftl",
        include_str!("../locales/id/main.ftl"),
        include_str!("../locales/en/main.ftl"),
    ),
    (
        "findings.ftl",
        include_str!("../locales/id/findings.ftl"),
        include_str!("../locales/en/findings.ftl"),
    ),
    (
        "add.ftl",
        include_str!("../locales/id/add.ftl"),
        include_str!("../locales/en/add.ftl"),
    ),
    (
        "init.ftl",
        include_str!("../locales/id/init.ftl"),
        include_str!("../locales/en/init.ftl"),
    ),
    (
        "rules.ftl",
        include_str!("../locales/id/rules.ftl"),
        include_str!("../locales/en/rules.ftl"),
    ),
    (
        "report.ftl",
        include_str!("../locales/id/report.ftl"),
        include_str!("../locales/en/report.ftl"),
    ),
];

type Bundle = FluentBundle<FluentResource>;

/// The bundle of `lang`, built at its first use (a run usually needs only one).
fn bundle(lang: Lang) -> &'static Bundle {
    static ID: OnceLock<Bundle> = OnceLock::new();
    static EN: OnceLock<Bundle> = OnceLock::new();
    match lang {
        Lang::Id => ID.get_or_init(|| build(Lang::Id)),
        Lang::En => EN.get_or_init(|| build(Lang::En)),
    }
}

fn build(lang: Lang) -> Bundle {
    let tag = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // No Unicode isolation marks around values: the output goes to terminals, CSV and JSON.
    bundle.set_use_isolating(false);
    for (_, id, en) in FILES {
        let text = match lang {
            Lang::Id => id,
            Lang::En => en,
        };
        // A syntax error leaves the broken entry out and keeps the rest; the catalogue test
        // fails on any such error, so it cannot reach a release.
        let resource = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
        // An id defined twice keeps the first; the catalogue test forbids that too.
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// A value put into a message: text, or a whole number (which plural forms select on).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl Arg {
    fn fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Text(s) => FluentValue::String(Cow::Borrowed(s)),
            // Counts and years fit f64 exactly; Fluent formats them without separators.
            #[allow(clippy::cast_precision_loss)]
            Arg::Number(n) => FluentValue::from(*n as f64),
        }
    }
}

impl std::fmt::Display for Arg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Arg::Text(s) => f.write_str(s),
            Arg::Number(n) => write!(f, "{n}"),
        }
    }
}

/// What can be put into a message.
pub trait ToArg {
    fn to_arg(&self) -> Arg;
}

impl ToArg for str {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.to_owned())
    }
}

impl ToArg for String {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.clone())
    }
}

impl ToArg for Cow<'_, str> {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.to_string())
    }
}

impl ToArg for NaiveDate {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.to_string())
    }
}

impl ToArg for char {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.to_string())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl ToArg for $t {
            fn to_arg(&self) -> Arg {
                Arg::Number(i64::try_from(*self).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

impl<T: ToArg + ?Sized> ToArg for &T {
    fn to_arg(&self) -> Arg {
        (**self).to_arg()
    }
}

/// The message `id` in `lang` with the named `args`. A message missing from the catalogue
/// (which the catalogue test rules out) gives its id and values rather than nothing.
pub fn text(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        let mut out = id.to_owned();
        for (name, value) in args {
            out.push_str(&format!(" {name}={value}"));
        }
        return out;
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.fluent());
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
}

/// A message to be put into words later, in the language of the output: what a finding says.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        text(lang, self.id, &self.args)
    }
}

/// The message `id` in a language, with named values:
/// `tr!(lang, "check-summary", files = n, agreements = n, errors = 0, warnings = 0)`.
/// Values may be text, numbers (which plurals select on) or dates; anything else is passed as
/// `x.to_string()`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::text(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::ToArg::to_arg(&$value))),*],
        )
    };
}

/// A [`Message`] to be put into words later: `msg!("toml-syntax", detail = text)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message {
            id: $id,
            args: vec![$((stringify!($name), $crate::i18n::ToArg::to_arg(&$value))),*],
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names() {
        for (name, lang) in [
            ("id_ID.UTF-8", Some(Lang::Id)),
            ("id_ID", Some(Lang::Id)),
            ("id", Some(Lang::Id)),
            ("ID-id", Some(Lang::Id)),
            ("in_ID", Some(Lang::Id)),
            ("en_US.UTF-8", Some(Lang::En)),
            ("C", Some(Lang::En)),
            ("C.UTF-8", Some(Lang::En)),
            ("POSIX", Some(Lang::En)),
            ("ida_XX", Some(Lang::En)),
            ("", None),
            ("  ", None),
        ] {
            assert_eq!(Lang::from_locale(name), lang, "{name:?}");
        }
    }

    #[test]
    fn locale_variables_in_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |key: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Lang::from_env_with(env(&[])), Lang::En);
        assert_eq!(
            Lang::from_env_with(env(&[("LANG", "id_ID.UTF-8")])),
            Lang::Id
        );
        assert_eq!(
            Lang::from_env_with(env(&[("LANG", "id_ID.UTF-8"), ("LC_ALL", "C")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_env_with(env(&[("LANG", "en_US"), ("LC_MESSAGES", "id_ID")])),
            Lang::Id
        );
        // An empty variable is skipped, as POSIX says.
        assert_eq!(
            Lang::from_env_with(env(&[("LC_ALL", ""), ("LANG", "id_ID")])),
            Lang::Id
        );
    }

    #[test]
    fn plurals_and_values() {
        let summary = |lang, n: usize| {
            tr!(
                lang,
                "check-summary",
                files = n,
                agreements = n,
                errors = n,
                warnings = n
            )
        };
        assert_eq!(
            summary(Lang::En, 1),
            "checked 1 file (1 agreement): 1 error, 1 warning"
        );
        assert_eq!(
            summary(Lang::En, 2),
            "checked 2 files (2 agreements): 2 errors, 2 warnings"
        );
        assert_eq!(
            summary(Lang::Id, 2),
            "2 berkas diperiksa (2 perjanjian): 2 kesalahan, 2 peringatan"
        );
    }

    #[test]
    fn a_missing_message_shows_its_id_and_values() {
        // Called directly rather than through tr!, which the catalogue test would stop.
        let args = [("n", 2.to_arg()), ("s", "x".to_arg())];
        assert_eq!(
            text(Lang::En, "no-such-message", &args),
            "no-such-message n=2 s=x"
        );
    }
}
