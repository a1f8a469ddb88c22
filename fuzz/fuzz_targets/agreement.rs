//! One agreement file, read and checked with every rule (`kerjasama::check_text`) against the
//! sample ledger's settings, then rendered; see `common.rs` for what is asserted. Bytes that
//! are not UTF-8 are replaced (the ledger refuses such a file before parsing it).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let s = common::setup();
    common::check_and_render(&s.root, &s.config, &text);
});
