//! Property: whatever `kerjasama add` accepts, `kerjasama check` accepts; whatever it refuses
//! leaves the ledger as it was. Agreements are generated near the valid ones (right and wrong
//! forms, documents, party types, codes, dates and flags), through the library's `run`.

mod common;

use std::path::Path;

use common::{Ledger, ksb, ksb_path};
use kerjasama::model::{Category, Choice, DocumentKind, Form, PartyType};
use proptest::prelude::*;

fn run(args: &[String]) -> (u8, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = kerjasama::run(args, &mut out, &mut err, false);
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

fn toml_files(root: &Path) -> Vec<String> {
    let mut v: Vec<String> = walkdir::WalkDir::new(root.join("agreements"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().display().to_string())
        .collect();
    v.sort();
    v
}

/// One generated agreement: a valid one for its category and document, then spoilt here and
/// there (each `bad` flag with a small probability).
#[derive(Debug, Clone)]
struct Case {
    category: Category,
    document: DocumentKind,
    /// signed day (from 2018-01-01), start offset, end offset; `None` is a draft.
    signed: Option<(i64, i64, i64)>,
    value: Option<u64>,
    bad: [bool; 12],
    wrong_form: Form,
    wrong_party: PartyType,
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    (0..all.len()).prop_map(move |i| all[i])
}

fn case() -> impl Strategy<Value = Case> {
    (
        pick(Category::ALL),
        0usize..3,
        proptest::option::weighted(0.85, (0i64..3000, -5i64..60, 30i64..2500)),
        proptest::option::of(0u64..5_000_000_000),
        proptest::array::uniform12(proptest::bool::weighted(0.06)),
        pick(Form::ALL),
        pick(PartyType::ALL),
    )
        .prop_map(
            |(category, doc, signed, value, bad, wrong_form, wrong_party)| Case {
                category,
                document: category.documents()[doc.min(1)],
                signed,
                value,
                bad,
                wrong_form,
                wrong_party,
            },
        )
}

fn date(day: i64) -> String {
    let base = chrono::NaiveDate::from_ymd_opt(2018, 1, 1).expect("date");
    (base + chrono::Duration::days(day)).to_string()
}

fn args_of(c: &Case, root: &Path) -> Vec<String> {
    let b = c.bad;
    let form = if b[0] {
        c.wrong_form
    } else {
        c.category.forms()[0]
    };
    let document = if b[1] {
        DocumentKind::Adendum
    } else {
        c.document
    };
    let mut a: Vec<String> = vec![
        "kerjasama".into(),
        "--ledger".into(),
        root.display().to_string(),
        "--today".into(),
        "2026-11-28".into(),
        "add".into(),
        "--no-input".into(),
        "--title".into(),
        "Kerja sama uji".into(),
        "--category".into(),
        c.category.as_str().into(),
        "--form".into(),
        form.as_str().into(),
        "--document".into(),
        document.as_str().into(),
        "--affair".into(),
        "kesehatan".into(),
        "--unit".into(),
        "Dinas Komunikasi dan Informatika".into(),
    ];
    let party = match c.category {
        Category::Ksdd => "Pemerintah Kota Surabaya;kota;code=35.78",
        Category::Ksdpk => "PT Indosat Tbk;badan_usaha;legal_entity=true",
        Category::Ksdpl => "Kota Kitakyushu;pemerintah_daerah_luar_negeri;country=JP",
        Category::Ksdll => "JICA;lembaga_luar_negeri;country=JP",
        Category::Sinergi => "Kejaksaan Negeri Sidoarjo;pemerintah_pusat",
    };
    let mut party = party.to_owned();
    if b[2] {
        party = format!("Mitra Lain;{}", c.wrong_party.as_str());
    }
    if b[3] {
        party = party.replace(";legal_entity=true", ";legal_entity=false");
        party = party.replace(";code=35.78", ";code=35.15");
        party = party.replace(";country=JP", ";country=ID");
    }
    a.extend(["--party".into(), party]);
    if let Some((day, start, end)) = c.signed {
        let day = if b[4] { day + 4000 } else { day }; // in the future
        a.extend(["--signed".into(), date(day)]);
        if !b[5] {
            a.extend(["--number".into(), format!("N/{day}/{start}")]);
        }
        a.extend(["--start".into(), date(day + start)]);
        let end = if b[6] { -end } else { end };
        if !b[7] || document == DocumentKind::Pks {
            a.extend(["--end".into(), date(day + start + end)]);
        }
        if b[8] {
            a.extend([
                "--dprd-approval".into(),
                format!("DPRD/{day};{}", date(day - 10)),
            ]);
        }
    }
    if document == DocumentKind::Pks && matches!(c.category, Category::Ksdd | Category::Ksdpk) {
        a.extend(["--burdens-region".into(), b[9].to_string()]);
        a.extend(["--apbd-funding".into(), "none".into()]);
    }
    if c.category.is_foreign() != b[10] {
        a.extend(["--scope".into(), "iptek".into()]);
    }
    if document == DocumentKind::Adendum || b[11] {
        a.extend(["--parent".into(), "KS-2019-001".into()]);
    }
    if let Some(v) = c.value {
        a.extend(["--value-idr".into(), v.to_string()]);
    }
    a
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn what_add_accepts_check_accepts(c in case()) {
        let l = Ledger::new();
        l.write(&ksb_path(1), &ksb(1));
        let root = l.path();
        let before = toml_files(root);
        let (code, out, err) = run(&args_of(&c, root));
        prop_assert!(!err.contains("panicked"), "{err}");
        match code {
            0 => {
                prop_assert_eq!(toml_files(root).len(), before.len() + 1);
                prop_assert!(out.trim_end().ends_with(".toml"), "{out}");
                let check: Vec<String> = ["kerjasama", "--ledger", &root.display().to_string(),
                    "--today", "2026-11-28", "check"].iter().map(|s| s.to_string()).collect();
                let (code, out, err) = run(&check);
                prop_assert_eq!(code, 0, "add accepted what check refuses:\n{}{}", out, err);
            }
            1 | 2 => prop_assert_eq!(toml_files(root), before, "a refusal wrote: {}", err),
            other => prop_assert!(false, "exit {other}: {err}"),
        }
    }
}

/// The property above is only worth something if the generator gives both outcomes often.
#[test]
fn the_generator_gives_accepted_and_refused_agreements() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let mut runner = TestRunner::deterministic();
    let (mut accepted, mut refused) = (0, 0);
    for _ in 0..100 {
        let c = case().new_tree(&mut runner).expect("case").current();
        let l = Ledger::new();
        l.write(&ksb_path(1), &ksb(1));
        let (code, _, err) = run(&args_of(&c, l.path()));
        match code {
            0 => accepted += 1,
            _ => {
                if std::env::var_os("SHOW_REFUSALS").is_some() {
                    eprintln!("{c:?}\n{err}");
                }
                refused += 1
            }
        }
    }
    assert!(
        accepted >= 10 && refused >= 10,
        "accepted {accepted}, refused {refused}"
    );
}
