//! Shared by `tests/fuzz_regressions.rs` and `fuzz/fuzz_targets/config.rs` (included with
//! `#[path]`): the fuzz invariant and its replay must not drift apart.

/// Whether a person can find `path` in their config: not empty, and no empty segment once the
/// quoted keys (`["a..b"]`, written as JS indexes them) are set aside: dots inside them are
/// part of a key.
pub fn findable(path: &str) -> bool {
    let mut bare = String::new();
    let mut chars = path.chars();
    while let Some(c) = chars.next() {
        bare.push(c);
        if c == '"' {
            while let Some(q) = chars.next() {
                if q == '\\' {
                    chars.next();
                } else if q == '"' {
                    bare.push('"');
                    break;
                }
            }
        }
    }
    !bare.is_empty() && !bare.starts_with('.') && !bare.ends_with('.') && !bare.contains("..")
}
