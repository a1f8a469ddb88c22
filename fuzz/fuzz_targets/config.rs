//! `kerjasama.toml`: read by `parse_config` (every problem a `config-invalid` finding inside
//! the text), then the settings it gives are used to check two agreements of the sample
//! ledger (a KSDD wajib KSB and a KSDPK PKS), so that odd prefixes, units, homes, neighbours
//! and severity overrides reach the rules.
#![no_main]

mod common;

use kerjasama::config::parse_config;
use kerjasama::source::Source;
use libfuzzer_sys::fuzz_target;

const KSB: &str = include_str!("../../agreements/2018/KS-2018-003.toml");
const PKS: &str = include_str!("../../agreements/2019/KS-2019-002.toml");

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let source = Source::new("kerjasama.toml", text.as_ref());
    let loaded = parse_config(&source);
    for f in &loaded.findings {
        assert_eq!(f.rule, "config-invalid");
        assert_eq!(f.location.file, "kerjasama.toml");
        common::assert_inside(&source, f.location.line, f.location.column);
    }
    let config = loaded.config;
    let _ = config.home();
    let _ = config.timezone().offset_hours();
    let s = common::setup();
    for sample in [KSB, PKS] {
        common::check_and_render(&s.root, &config, sample);
    }
});
