//! Writes `$OUT_DIR/style.min.css`: `src/shell/style.css` without its comments and with white
//! space reduced to what the CSS grammar needs. The wasm embeds the minified text
//! (bench/BUDGET.md "Cuts": −0.8 KB gz of the wasm); the source keeps its comments.
//!
//! Hand-written rather than a crate: `lightningcss` (the well-kept choice) would add ~60 crates to
//! every build for one 8 KB file. The browser checks the result: `tests/e2e/script-tag.test.mjs`
//! compares the CSSOM of the adopted sheet with the CSSOM of the source, rule by rule.

use std::{env, fs, path::Path};

/// The wasm's stack, in bytes: linear memory reserved below the data (`--stack-first`), which every
/// page that mounts the widget holds. Rust's default is 1 MiB; the deepest path measured
/// (`bench/stack.mjs`: the largest valid config, every topic, a patched re-render, an invalid
/// config with hundreds of problems) uses ~7 KB, so 32 KiB leaves a margin of more than 4×
/// (bench/BUDGET.md). `tests/e2e/stack.test.mjs` runs that path against the shipped build: a stack
/// too small for it traps there. Only the cdylib (pkg/, dist/) gets it: the browser tests'
/// debug builds keep the default.
const WASM_STACK_BYTES: u32 = 32 * 1024;

fn main() {
    if env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-cdylib=-zstack-size={WASM_STACK_BYTES}");
    }
    let source = "src/shell/style.css";
    println!("cargo:rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("src/shell/style.css");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("style.min.css");
    fs::write(out, minify(&css)).expect("write style.min.css");
}

/// Drops `/* … */` comments and white space, keeping one space where two tokens would otherwise
/// merge. Strings (`"…"`, `'…'`) are copied as they are. A space is dropped only next to `{ } ; ,
/// >` and after `: (`, never before `:` or `(`: `a :focus` and `a:focus` differ, so do
/// `and (` and `and(`.
fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            c if c.is_whitespace() => space = true,
            _ => {
                let glued_before = matches!(out.chars().last(), None | Some('{' | '}' | ';' | ',' | '>' | ':' | '('));
                let glued_after = matches!(c, '{' | '}' | ';' | ',' | '>' | ')');
                if space && !glued_before && !glued_after {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                if c == '"' || c == '\'' {
                    while let Some(s) = chars.next() {
                        out.push(s);
                        if s == '\\' {
                            out.extend(chars.next());
                        } else if s == c {
                            break;
                        }
                    }
                }
            }
        }
    }
    out
}
