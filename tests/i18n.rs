//! The message catalogue: every message exists in Indonesian and English with the same values,
//! every message the code asks for exists and is given exactly the values it uses, and the
//! language follows `--lang` and the locale.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use common::Ledger;
use fluent_syntax::ast;
use kerjasama::i18n::FILES;

type Messages = BTreeMap<String, BTreeSet<String>>;

/// The messages of one .ftl text with the variables each one uses; fails on a syntax error, a
/// message without a value, or an id defined twice.
fn messages(name: &str, text: &str, all: &mut Messages) {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{name}: syntax errors {errors:?}"));
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let value = m
                    .value
                    .unwrap_or_else(|| panic!("{name}: {} has no text", m.id.name));
                let mut vars = BTreeSet::new();
                pattern_vars(&value, &mut vars);
                assert!(
                    all.insert(m.id.name.to_owned(), vars).is_none(),
                    "{name}: {} is defined twice",
                    m.id.name
                );
            }
            ast::Entry::Junk { content } => panic!("{name}: cannot read {content:?}"),
            _ => {}
        }
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        _ => {}
    }
}

/// (Indonesian, English) catalogues.
fn catalogues() -> (Messages, Messages) {
    let (mut id, mut en) = (Messages::new(), Messages::new());
    for (name, id_text, en_text) in FILES {
        messages(&format!("locales/id/{name}"), id_text, &mut id);
        messages(&format!("locales/en/{name}"), en_text, &mut en);
    }
    (id, en)
}

#[test]
fn every_message_is_in_both_languages_with_the_same_values() {
    let (id, en) = catalogues();
    let only_id: Vec<_> = id.keys().filter(|k| !en.contains_key(*k)).collect();
    let only_en: Vec<_> = en.keys().filter(|k| !id.contains_key(*k)).collect();
    assert!(only_id.is_empty(), "only in Indonesian: {only_id:?}");
    assert!(only_en.is_empty(), "only in English: {only_en:?}");
    for (key, vars) in &id {
        assert_eq!(vars, &en[key], "{key}: the languages use different values");
    }
    assert!(id.len() > 50, "the catalogue has {} messages", id.len());
}

#[test]
fn every_catalogue_file_is_bundled() {
    for lang in ["id", "en"] {
        let mut on_disk: Vec<String> = fs::read_dir(Path::new("locales").join(lang))
            .expect("locales dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut bundled: Vec<String> = FILES.iter().map(|(n, _, _)| (*n).to_owned()).collect();
        bundled.sort();
        assert_eq!(on_disk, bundled, "locales/{lang}");
    }
}

/// Every `tr!(lang, "id", name = value, ...)` and `msg!("id", name = value, ...)` in the
/// sources: (file, id, names).
fn uses() -> Vec<(String, String, BTreeSet<String>)> {
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new("src") {
        let entry = entry.expect("walk src");
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = fs::read_to_string(entry.path()).expect("read source");
        let file = entry.path().display().to_string();
        // tr!(lang, "id", ...) puts a message into words now; msg!("id", ...) later.
        for (mac, id_at) in [("tr!(", 1), ("msg!(", 0)] {
            let mut rest = text.as_str();
            while let Some(at) = rest.find(mac) {
                let preceded = rest[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
                rest = &rest[at + mac.len()..];
                if preceded {
                    continue;
                }
                let args = macro_args(rest);
                if args.len() <= id_at || !args[id_at].starts_with('"') {
                    // The macros' own definitions and their documentation.
                    continue;
                }
                let id = args[id_at].trim_matches('"').to_owned();
                let names = args[id_at + 1..]
                    .iter()
                    .map(|a| {
                        a.split_once('=')
                            .unwrap_or_else(|| panic!("{file}: {id}: value without a name: {a}"))
                            .0
                            .trim()
                            .to_owned()
                    })
                    .collect();
                found.push((file.clone(), id, names));
            }
        }
    }
    found
}

/// The top-level comma-separated arguments up to the closing parenthesis, skipping string and
/// character literals and nested brackets.
fn macro_args(text: &str) -> Vec<String> {
    let mut args = vec![String::new()];
    let mut depth = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let last = args.last_mut().expect("arg");
                last.push(c);
                while let Some(s) = chars.next() {
                    last.push(s);
                    if s == '\\' {
                        if let Some(n) = chars.next() {
                            last.push(n);
                        }
                    } else if s == '"' {
                        break;
                    }
                }
                continue;
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                args.push(String::new());
                continue;
            }
            _ => {}
        }
        args.last_mut().expect("arg").push(c);
    }
    args.iter()
        .map(|a| a.trim().to_owned())
        .filter(|a| !a.is_empty())
        .collect()
}

#[test]
fn every_message_the_code_asks_for_exists_with_the_values_it_gives() {
    let (id, _) = catalogues();
    let uses = uses();
    assert!(
        uses.len() > 50,
        "found only {} uses of tr! and msg!",
        uses.len()
    );
    let mut used = BTreeSet::new();
    for (file, key, names) in &uses {
        let vars = id
            .get(key)
            .unwrap_or_else(|| panic!("{file}: {key} is not in the catalogue"));
        assert_eq!(
            names, vars,
            "{file}: {key} is given values {names:?} but uses {vars:?}"
        );
        used.insert(key.clone());
    }
    // The texts of the rules are asked for by code (`RuleInfo::summary_in`, `why_in`,
    // `basis_in`, `valid_in`, `invalid_in`): each rule has them all, a basis exactly when it has
    // one, and there is none for a code that is not a rule.
    for r in kerjasama::rules::catalogue::RULES {
        let basis = format!("rule-{}-basis", r.code);
        assert_eq!(
            id.contains_key(&basis),
            r.has_basis,
            "{basis} in the catalogue, has_basis = {}",
            r.has_basis
        );
        if r.has_basis {
            used.insert(basis);
        }
        for part in ["summary", "why", "valid", "invalid"] {
            let key = format!("rule-{}-{part}", r.code);
            assert!(id.contains_key(&key), "{key} is not in the catalogue");
            used.insert(key);
        }
    }
    let unused: Vec<_> = id.keys().filter(|k| !used.contains(*k)).collect();
    assert!(
        unused.is_empty(),
        "in the catalogue but never used: {unused:?}"
    );
}

/// A TOML text without its comments (from a `#` outside a string to the end of the line) and
/// without the spaces then left at the ends of lines.
fn without_comments(toml: &str) -> String {
    let mut out = Vec::new();
    for line in toml.lines() {
        let mut quote = None;
        let mut escaped = false;
        let mut end = line.len();
        for (at, c) in line.char_indices() {
            match quote {
                Some(q) if escaped => {
                    escaped = false;
                    quote = Some(q);
                }
                Some('"') if c == '\\' => escaped = true,
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == '"' || c == '\'' => quote = Some(c),
                None if c == '#' => {
                    end = at;
                    break;
                }
                None => {}
            }
        }
        out.push(line[..end].trim_end());
    }
    out.join("\n")
}

#[test]
fn the_examples_of_the_rules_are_the_same_toml_in_both_languages() {
    use kerjasama::i18n::Lang;
    let mut translated = 0;
    for r in kerjasama::rules::catalogue::RULES {
        for (kind, [id, en]) in [
            ("valid", Lang::ALL.map(|l| r.valid_in(l))),
            ("invalid", Lang::ALL.map(|l| r.invalid_in(l))),
        ] {
            let what = format!("{} {kind}", r.code);
            assert!(
                !en.is_empty() && !en.starts_with("rule-") && !en.ends_with('\n'),
                "{what}: {en:?}"
            );
            // Only the comments are words: the TOML is the same, line for line.
            assert_eq!(without_comments(&id), without_comments(&en), "{what}");
            // Where the English example is TOML (some show several files, or a broken one),
            // the Indonesian one is the same TOML.
            if let Ok(en_toml) = toml::from_str::<toml::Table>(&en) {
                let id_toml = toml::from_str::<toml::Table>(&id)
                    .unwrap_or_else(|e| panic!("{what}: Indonesian is not TOML: {e}\n{id}"));
                assert_eq!(id_toml, en_toml, "{what}");
            }
            translated += usize::from(id != en);
        }
    }
    // The comments that are words (not paths or settings) are in Indonesian.
    assert!(translated > 30, "only {translated} examples differ");
    assert!(without_comments("a = \"#1\" # x\nb = '#' # y  ") == "a = \"#1\"\nb = '#'");
}

fn stdout_of(l: &Ledger, args: &[&str], env: &[(&str, Option<&str>)]) -> String {
    let mut cmd = l.cmd(args);
    for (k, v) in env {
        match v {
            Some(v) => cmd.env(k, v),
            None => cmd.env_remove(k),
        };
    }
    let out = cmd.output().expect("run");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn explain_gives_the_basis_and_the_examples_in_the_language() {
    let l = Ledger::with_ksbs(1);
    let id = stdout_of(&l, &["--lang", "id", "explain", "pks-max-five-years"], &[]);
    for text in [
        "\nDasar: praktik: PKS berlaku paling lama lima tahun dan diperpanjang dengan dokumen baru\n",
        "\n    end = 2024-01-31      # tepat lima tahun\n",
        "\n    end = 2024-02-01      # lima tahun lebih satu hari\n",
    ] {
        assert!(id.contains(text), "{text:?} in {id}");
    }
    for english in ["practice", "extended", "exactly five years", "one day more"] {
        assert!(!id.contains(english), "{english:?} in {id}");
    }
    // The locale (LANG, LC_ALL unset) gives the same.
    let by_locale = stdout_of(
        &l,
        &["explain", "pks-max-five-years"],
        &[("LC_ALL", None), ("LANG", Some("id_ID.UTF-8"))],
    );
    assert_eq!(by_locale, id);
    let en = stdout_of(&l, &["--lang", "en", "explain", "pks-max-five-years"], &[]);
    for text in [
        "\nBasis: practice: a PKS runs at most five years and is extended by a new document\n",
        "\n    end = 2024-01-31      # exactly five years\n",
        "\n    end = 2024-02-01      # one day more than five years\n",
    ] {
        assert!(en.contains(text), "{text:?} in {en}");
    }
    // A table header written `{"["}[parties]]` in the catalogue, and a rule without a basis.
    let missing = stdout_of(&l, &["--lang", "id", "explain", "missing-key"], &[]);
    assert!(
        missing.contains("\n    # tanpa `unit`\n    \n    [[parties]]\n"),
        "{missing}"
    );
    assert!(missing.contains("\nDasar: format register\n"), "{missing}");
    let no_basis = stdout_of(&l, &["--lang", "id", "explain", "funding-value"], &[]);
    assert!(no_basis.contains("\nDasar: -\n"), "{no_basis}");
}

#[test]
fn the_basis_of_a_finding_is_in_the_language() {
    let l = ledger_with_an_error();
    let json = |lang: &str| -> serde_json::Value {
        let (code, v) = l.check_json(&["--lang", lang]);
        assert_eq!(code, 1);
        let d = &v["diagnostics"][0];
        assert_eq!(d["rule"], "number-missing");
        d["basis"].clone()
    };
    assert_eq!(json("id"), "satu register, satu nomor");
    assert_eq!(json("en"), "one register, one number");
    let human = check_output(&l, &["check", "--lang", "id"], &[]);
    assert!(
        human.contains("\n  = dasar: satu register, satu nomor\n"),
        "{human}"
    );
    // SARIF: the help of each rule ends with its basis.
    let out = l
        .cmd(&["check", "--format", "sarif", "--lang", "id"])
        .output()
        .expect("run");
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    let help = |code: &str| {
        rules
            .iter()
            .find(|r| r["id"] == code)
            .and_then(|r| r["help"]["text"].as_str())
            .expect("help")
            .to_owned()
    };
    assert!(
        help("number-missing").ends_with("\n\nDasar: satu register, satu nomor"),
        "{}",
        help("number-missing")
    );
    assert!(!help("funding-value").contains("Dasar"));
    // `rules --format json`: the basis in the language, null where the rule has none.
    let rules_json: serde_json::Value = serde_json::from_str(&stdout_of(
        &l,
        &["rules", "--format", "json", "--lang", "id"],
        &[],
    ))
    .expect("JSON");
    let basis = |code: &str| {
        rules_json
            .as_array()
            .expect("array")
            .iter()
            .find(|r| r["code"] == code)
            .expect("rule")["basis"]
            .clone()
    };
    assert_eq!(basis("toml-syntax"), "format register");
    assert_eq!(basis("funding-value"), serde_json::Value::Null);
}

/// A ledger with one error-level finding (a signed agreement without its number).
fn ledger_with_an_error() -> Ledger {
    let l = Ledger::with_ksbs(1);
    let path = common::ksb_path(1);
    let text = fs::read_to_string(l.join(&path)).expect("read");
    let text = text.replacen("number = \"180/001/438.1.1.3/2019\"\n", "", 1);
    assert!(!text.contains("number ="), "fixture changed: {text}");
    l.write(&path, &text);
    l
}

/// What `check` prints: the findings (stdout), then the count line (stderr).
fn check_output(l: &Ledger, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = l.cmd(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    String::from_utf8([out.stdout, out.stderr].concat()).expect("utf-8")
}

#[test]
fn the_language_follows_lang_then_the_locale() {
    let l = ledger_with_an_error();
    let id = check_output(&l, &["check", "--lang", "id"], &[]);
    assert!(id.contains("kesalahan[number-missing]"), "{id}");
    assert!(
        id.contains("1 berkas diperiksa (1 perjanjian): 1 kesalahan, 0 peringatan"),
        "{id}"
    );
    let en = check_output(&l, &["check", "--lang", "en"], &[("LANG", "id_ID.UTF-8")]);
    assert!(en.contains("error[number-missing]"), "{en}");
    assert!(
        en.contains("checked 1 file (1 agreement): 1 error, 0 warnings"),
        "{en}"
    );
    // The locale: LC_ALL, then LC_MESSAGES, then LANG.
    let by_lang = check_output(&l, &["check"], &[("LC_ALL", ""), ("LANG", "id_ID.UTF-8")]);
    assert_eq!(by_lang, id);
    let by_messages = check_output(
        &l,
        &["check"],
        &[("LC_ALL", ""), ("LC_MESSAGES", "id_ID"), ("LANG", "en_US")],
    );
    assert_eq!(by_messages, id);
    let by_all = check_output(&l, &["check"], &[("LC_ALL", "C"), ("LANG", "id_ID.UTF-8")]);
    assert_eq!(by_all, en);
}

#[test]
fn the_report_is_indonesian_whatever_the_locale_unless_lang_says() {
    let l = Ledger::with_ksbs(1);
    let run = |args: &[&str]| {
        let out = l
            .cmd(args)
            .env("LANG", "en_US.UTF-8")
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let id = run(&["report", "--year", "2019"]);
    assert!(
        id.starts_with("# Laporan Tahunan Kerja Sama Daerah 2019"),
        "{id}"
    );
    let en = run(&["report", "--year", "2019", "--lang", "en"]);
    assert!(
        en.starts_with("# Annual Report on Regional Cooperation 2019"),
        "{en}"
    );
}

/// Messages whose Indonesian is rightly the same text as the English: words both languages
/// use, and legal citations. Anything else identical in both is a message not translated yet.
const SAME_IN_BOTH: &[&str] = &[
    "explain-heading",
    "list-col-id",
    "list-col-status",
    "report-col-id",
    "show-status",
    "summary-col-status",
    "rule-code-invalid-basis",
    "rule-ksdd-party-type-basis",
    "rule-ksdll-party-type-basis",
    "rule-ksdpk-legal-entity-basis",
    "rule-ksdpl-party-type-basis",
    "rule-no-daerah-basis",
];

#[test]
fn every_message_is_translated() {
    type Pick = fn(&(&str, &'static str, &'static str)) -> &'static str;
    fn patterns(lang_of: Pick) -> Vec<(String, ast::Pattern<&'static str>)> {
        let mut out = Vec::new();
        for file in FILES {
            let resource = fluent_syntax::parser::parse(lang_of(file)).expect("valid catalogue");
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry
                    && let Some(value) = m.value
                {
                    out.push((m.id.name.to_owned(), value));
                }
            }
        }
        out
    }
    let id: BTreeMap<_, _> = patterns(|f| f.1).into_iter().collect();
    let same: Vec<String> = patterns(|f| f.2)
        .into_iter()
        .filter(|(key, en)| id.get(key) == Some(en))
        .map(|(key, _)| key)
        .filter(|key| {
            // The examples of the rules are TOML, the same in both languages but for their
            // comments (compared by the examples test).
            !(key.starts_with("rule-") && (key.ends_with("-valid") || key.ends_with("-invalid")))
        })
        .filter(|key| !SAME_IN_BOTH.contains(&key.as_str()))
        .collect();
    assert!(
        same.is_empty(),
        "the same in Indonesian as in English: {same:?}"
    );
    for key in SAME_IN_BOTH {
        assert!(
            id.contains_key(*key),
            "{key} is in SAME_IN_BOTH but not in the catalogue"
        );
    }
}
