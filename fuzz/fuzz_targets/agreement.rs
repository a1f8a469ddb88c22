//! One agreement file, read and checked with every rule (`kerjasama::check_text`) against the
//! sample ledger's settings, then rendered; see `common.rs` for what is asserted. Also: where
//! the fast reader (`kerjasama::tree`) takes the text, toml's parser builds the same tree. Bytes
//! that are not UTF-8 are replaced (the ledger refuses such a file before parsing it).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The fast reader of plain TOML accepts only what toml accepts, with the same tree.
    assert_ne!(kerjasama::tree::fast_agrees(&text), Some(false), "{text:?}");
    let s = common::setup();
    common::check_and_render(&s.root, &s.config, &text);
});
