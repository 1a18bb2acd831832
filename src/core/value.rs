//! A JS-like value tree, and the small toolkit that decodes it with field paths.
//!
//! The config is read once into a [`Value`] — in the browser straight from the JS value
//! (`src/shell/js_value.rs`), natively through serde (serde_json: tests, fuzzing, benches) —
//! and the config module then decodes that tree by hand.
//! Why not `#[derive(Deserialize)]` all the way down:
//! - serde stops at the first wrong type, and the contract asks for **every** problem at once;
//! - serde-wasm-bindgen (used in the browser before) only reads the fields a struct declares in
//!   `deserialize_struct`, so `deny_unknown_fields` never fired on nested objects (a typo such
//!   as `helplines[0].chatURL` was silently ignored) — here unknown fields are errors at every
//!   level;
//! - reading is depth-limited, so a cyclic JS object is an error, not a stack overflow;
//! - one `deserialize_any` path instead of a monomorphised deserializer per struct (and no
//!   serde_path_to_error) keeps the wasm small (measured in bench/BUDGET.md).

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use crate::core::error::{FieldError, Problems};
use crate::core::words::{num, quoted};

/// How deep a config may nest. The real config is at most 6 levels deep
/// (`helplines[0].channels[0].schedule.exceptions[0].hours[0].open`).
pub const MAX_DEPTH: usize = 16;
/// Most items an array may have (the config's longest list is `categories`, at most 100).
pub const MAX_ITEMS: usize = 10_000;
/// Most keys an object may have.
pub const MAX_KEYS: usize = 1_000;

/// A value as JS has them (symbols and the like become [`Value::Unsupported`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null` or `undefined`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object (or `Map`), keys in order.
    Object(Vec<(String, Value)>),
    /// A JS function: only `dial` takes one (the core checks that it is there, the shell calls
    /// it); anywhere else it is a value of the wrong type.
    Function,
    /// Something that is none of the above (a symbol, a value nested more than [`MAX_DEPTH`]
    /// deep...): the text says what.
    Unsupported(String),
}

impl Value {
    /// "a string", "an object"... for messages.
    pub fn kind(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(b) => if *b { "true" } else { "false" }.into(),
            Value::Number(_) => "a number".into(),
            Value::String(s) => {
                let shown: String = s.chars().take(60).collect();
                if shown.len() < s.len() {
                    quoted(&shown) + "…"
                } else {
                    quoted(&shown)
                }
            }
            Value::Array(_) => "an array".into(),
            Value::Object(_) => "an object".into(),
            Value::Function => "a function".into(),
            Value::Unsupported(what) => what.clone(),
        }
    }
}

/// Reads any serde input (serde_json: tests, fuzzing, benches) into a [`Value`]; an input the
/// format cannot read at all is one problem, "cannot be read: …", under `path`.
pub(crate) fn read<'de, D: Deserializer<'de>>(d: D, path: &str) -> Result<Value, Vec<FieldError>> {
    Value::deserialize(d).map_err(|e| vec![FieldError::new(path, format!("cannot be read: {e}"))])
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        Depth(0).deserialize(d)
    }
}

/// Reads one value `0`-based levels deep.
struct Depth(usize);

impl<'de> DeserializeSeed<'de> for Depth {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

/// Reads a nested value; a value the format cannot read becomes `Unsupported` so that its
/// siblings are still read and reported.
fn nested<E: de::Error>(r: Result<Value, E>) -> Value {
    r.unwrap_or_else(|e| Value::Unsupported(format!("an unsupported value ({e})")))
}

impl<'de> Visitor<'de> for Depth {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON-like value")
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        self.deserialize(d)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Number(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_bytes<E>(self, _: &[u8]) -> Result<Value, E> {
        Ok(Value::Unsupported("a byte array".into()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        if self.0 >= MAX_DEPTH {
            // Consume without descending: `IgnoredAny` skips the rest unread.
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            return Ok(Value::too_deep());
        }
        loop {
            match seq.next_element_seed(Depth(self.0 + 1)) {
                Ok(Some(v)) => items.push(v),
                Ok(None) => break,
                Err(e) => items.push(nested(Err(e))),
            }
            if items.len() > MAX_ITEMS {
                return Ok(Value::too_long());
            }
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        if self.0 >= MAX_DEPTH {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(Value::too_deep());
        }
        while let Some(key) = map.next_key::<String>()? {
            let value = nested(map.next_value_seed(Depth(self.0 + 1)));
            entries.push((key, value));
            if entries.len() > MAX_KEYS {
                return Ok(Value::too_large());
            }
        }
        Ok(Value::Object(entries))
    }
}

impl Value {
    /// What a value nested deeper than [`MAX_DEPTH`] reads as (how a cyclic object ends).
    /// Every reader (this serde one, the shell's JS one) uses these three, so the messages agree.
    pub fn too_deep() -> Value {
        Value::Unsupported(["a value nested more than ", &num(MAX_DEPTH), " levels deep (a cyclic object?)"].concat())
    }

    /// What an array of more than [`MAX_ITEMS`] items reads as.
    pub fn too_long() -> Value {
        Value::Unsupported(["a list too long to read (more than ", &num(MAX_ITEMS), " items)"].concat())
    }

    /// What an object of more than [`MAX_KEYS`] keys reads as.
    pub fn too_large() -> Value {
        Value::Unsupported(["an object too large to read (more than ", &num(MAX_KEYS), " keys)"].concat())
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding with paths.

/// An object being decoded: its fields, where it is, and the fields the decoder knows.
pub(crate) struct Obj<'a> {
    pub(crate) path: String,
    fields: &'a [(String, Value)],
}

/// Joins a parent path and a field name (`helplines[0]` + `url`). A name that is not a plain
/// identifier (empty, spaces, dots...) is written as JS would index it: `texts.fr[""]`, so the
/// path always points at something a person can find.
pub(crate) fn join(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && !key.starts_with(|c: char| c.is_ascii_digit())
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    match (path.is_empty(), plain) {
        (true, true) => key.to_owned(),
        (false, true) => [path, ".", key].concat(),
        (_, false) => [path, "[", &quoted(key), "]"].concat(),
    }
}

impl<'a> Obj<'a> {
    /// `v` as an object whose keys are all in `known` (every unknown key is reported).
    pub(crate) fn new(v: &'a Value, path: &str, known: &[&str], p: &mut Problems) -> Option<Obj<'a>> {
        let Value::Object(fields) = v else {
            p.push(if path.is_empty() { "config" } else { path }, expected("an object", v));
            return None;
        };
        for (k, _) in fields {
            if !known.contains(&k.as_str()) {
                p.push(join(path, k), unknown_field(k, known));
            }
        }
        Some(Obj { path: path.to_owned(), fields })
    }

    /// Its keys, in order (`null` and `undefined` values included).
    pub(crate) fn keys(&self) -> impl Iterator<Item = &'a str> {
        self.fields.iter().map(|(k, _)| k.as_str())
    }

    /// `v` as an object whose extra keys are allowed (a report detail carries platform data).
    pub(crate) fn open(v: &'a Value, path: &str, p: &mut Problems) -> Option<Obj<'a>> {
        match v {
            Value::Object(fields) => Some(Obj { path: path.to_owned(), fields }),
            other => {
                p.push(path, expected("an object", other));
                None
            }
        }
    }

    /// The field `key` and its path; `None` when absent, `null` or `undefined`.
    pub(crate) fn get(&self, key: &str) -> Option<(&'a Value, String)> {
        self.fields.iter().rev().find(|(k, _)| k == key).and_then(|(_, v)| match v {
            Value::Null => None,
            v => Some((v, join(&self.path, key))),
        })
    }

    /// A string field.
    pub(crate) fn string(&self, key: &str, p: &mut Problems) -> Option<String> {
        let (v, path) = self.get(key)?;
        string(v, &path, p)
    }

    /// A boolean field.
    pub(crate) fn bool(&self, key: &str, p: &mut Problems) -> Option<bool> {
        match self.get(key)? {
            (Value::Bool(b), _) => Some(*b),
            (v, path) => {
                p.push(path, expected("a boolean", v));
                None
            }
        }
    }

    /// An array field: its items with their paths.
    pub(crate) fn array(&self, key: &str, p: &mut Problems) -> Option<Vec<(&'a Value, String)>> {
        let (v, path) = self.get(key)?;
        array(v, &path, p)
    }
}

/// "expected {what}, got {v's kind}": the message of a value of the wrong type.
pub(crate) fn expected(what: &str, v: &Value) -> String {
    ["expected ", what, ", got ", &v.kind()].concat()
}

/// `path[i]`.
pub(crate) fn index(path: &str, i: usize) -> String {
    [path, "[", &num(i), "]"].concat()
}

/// "unknown field `key`, expected one of `a`, `b`": what [`Obj::new`] says of a key not in `known`.
pub(crate) fn unknown_field(key: &str, known: &[&str]) -> String {
    let list: Vec<String> = known.iter().map(|f| ["`", f, "`"].concat()).collect();
    ["unknown field `", key, "`, expected one of ", &list.join(", ")].concat()
}

/// `v` as a string.
pub(crate) fn string(v: &Value, path: &str, p: &mut Problems) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        other => {
            p.push(path, expected("a string", other));
            None
        }
    }
}

/// `v` as an array: its items with their paths.
pub(crate) fn array<'a>(v: &'a Value, path: &str, p: &mut Problems) -> Option<Vec<(&'a Value, String)>> {
    match v {
        Value::Array(items) => Some(items.iter().enumerate().map(|(i, v)| (v, index(path, i))).collect()),
        other => {
            p.push(path, expected("an array", other));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(json: &str) -> Value {
        serde_json::from_str::<serde_json::Value>(json).unwrap().deserialize_any(Depth(0)).unwrap()
    }

    #[test]
    fn reads_json_like_values() {
        assert_eq!(
            value(r#"{"a": [1, true, null, "x"], "b": {}}"#),
            Value::Object(vec![
                (
                    "a".into(),
                    Value::Array(vec![Value::Number(1.0), Value::Bool(true), Value::Null, Value::String("x".into())])
                ),
                ("b".into(), Value::Object(vec![])),
            ])
        );
    }

    #[test]
    fn deep_nesting_stops_at_the_limit() {
        let deep = format!("{}1{}", "[".repeat(40), "]".repeat(40));
        let mut v = &value(&deep);
        let mut depth = 0;
        while let Value::Array(items) = v {
            v = &items[0];
            depth += 1;
        }
        assert_eq!(depth, MAX_DEPTH);
        assert!(matches!(v, Value::Unsupported(t) if t.contains("nested more than 16 levels")));
    }

    #[test]
    fn paths_of_odd_keys_can_be_found() {
        assert_eq!(join("", "platform"), "platform");
        assert_eq!(join("texts.fr", "close"), "texts.fr.close");
        assert_eq!(join("", ""), "[\"\"]");
        assert_eq!(join("texts.fr", ""), "texts.fr[\"\"]");
        assert_eq!(join("x", "a b"), "x[\"a b\"]");
        assert_eq!(join("x", "0"), "x[\"0\"]");
        assert_eq!(join("x", "a\"]"), "x[\"a\\\"]\"]");
    }

    #[test]
    fn unknown_fields_are_all_reported() {
        let v = value(r#"{"a": 1, "typo": 2, "other": 3}"#);
        let mut p = Problems::default();
        let o = Obj::new(&v, "x", &["a"], &mut p).unwrap();
        assert!(o.get("a").is_some());
        let got: Vec<String> = p.0.iter().map(ToString::to_string).collect();
        assert_eq!(
            got,
            // serde_json's map is sorted by key; a JS object keeps its own order.
            [
                "x.other: unknown field `other`, expected one of `a`",
                "x.typo: unknown field `typo`, expected one of `a`"
            ]
        );
    }
}
