//! `cargo fuzz run parse`: feeds arbitrary bytes to `baogao::parse_bytes` and (when they are
//! UTF-8) to `baogao::parse`, and checks the report's invariants (see `baogao_fuzz::check`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    baogao_fuzz::check(data);
});
