//! Reads a JS value (the config, a report detail) into the core's [`Value`] tree, by hand.
//!
//! serde-wasm-bindgen did this before. Reading directly drops serde's visitor machinery from
//! the wasm, and with it Rust's float formatting, which serde's "invalid type: floating point"
//! messages pulled in: about 12 KB gzipped in all (bench/BUDGET.md, "Cuts").
//!
//! The tree is the one serde-wasm-bindgen gave: `null`/`undefined` are `Null`; booleans,
//! numbers, strings and functions are themselves (a function only as `dial`); arrays and other iterables (a `Set`) are `Array`; a `Map`
//! with string keys and any other object (its own enumerable string keys, as `Object.entries`
//! lists them: a `Date` reads as `{}`) are `Object`. What has no JSON-like meaning (a symbol, a BigInt, a byte array, a value nested more than [`MAX_DEPTH`] deep, which is how a
//! cyclic object ends) becomes [`Value::Unsupported`] in place, so that the core reports it
//! under its path along with every other problem.
//!
//! A getter or `Proxy` trap that throws while the value is read is caught here (every import
//! below that can run host code is imported with `catch`): the whole value then "cannot be
//! read" ([`unreadable_config`], [`unreadable_detail`], which also word an exception the panic
//! guard caught around an entry point, `src/lib.rs`).

use js_sys::{Array, Map};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::value::{Value, MAX_DEPTH, MAX_ITEMS, MAX_KEYS};
use crate::core::{Config, Error, FieldError, ReportDetail};
use crate::shell::panic::Failure;

#[wasm_bindgen]
extern "C" {
    /// `Object.entries(o)`: runs getters and `ownKeys`/`get` traps, so it may throw.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = entries)]
    fn entries(object: &JsValue) -> Result<Array, JsValue>;
    /// `Array.from(iterable)`: an array, a `Proxy` of one, a `Set`, a `Map`'s entries.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = from)]
    fn array_from(iterable: &JsValue) -> Result<Array, JsValue>;
}

/// Reads and validates a config.
pub(crate) fn config(value: &JsValue) -> Result<Config, Error> {
    config_with(value, &JsValue::UNDEFINED)
}

/// Reads and validates a config, with the easy register's texts (`easy`: the `easy` export of
/// js/texts.<locale>-easy.js, or `undefined`).
pub(crate) fn config_with(value: &JsValue, easy: &JsValue) -> Result<Config, Error> {
    let value = read(value).map_err(unreadable_config)?;
    let easy = if easy.is_undefined() || easy.is_null() { None } else { Some(read(easy).map_err(unreadable_config)?) };
    Config::from_values(&value, easy.as_ref())
}

/// Reads and validates a report detail.
pub(crate) fn detail(value: &JsValue) -> Result<ReportDetail, Error> {
    read(value).map_err(unreadable_detail).and_then(|value| ReportDetail::from_value(&value))
}

/// The config could not be read: `thrown` is what a getter or `Proxy` trap threw (here, or
/// caught by the panic guard around an entry point, `src/lib.rs`).
pub(crate) fn unreadable_config(thrown: JsValue) -> Error {
    Error::InvalidConfig(vec![unreadable("config", thrown)])
}

/// The report detail could not be read (as [`unreadable_config`]).
pub(crate) fn unreadable_detail(thrown: JsValue) -> Error {
    Error::InvalidDetail(vec![unreadable("detail", thrown)])
}

fn unreadable(path: &str, thrown: JsValue) -> FieldError {
    FieldError::new(
        path,
        ["cannot be read: ", &Failure::Threw(thrown).message(), " (a getter or Proxy threw)"].concat(),
    )
}

/// Reads `value`; `Err` holds what a getter or `Proxy` trap threw.
pub(crate) fn read(value: &JsValue) -> Result<Value, JsValue> {
    read_at(value, 0)
}

fn read_at(v: &JsValue, depth: usize) -> Result<Value, JsValue> {
    if v.is_null() || v.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = v.as_f64() {
        return Ok(Value::Number(n));
    }
    if let Some(s) = v.as_string() {
        return Ok(Value::String(s));
    }
    if v.is_function() {
        return Ok(Value::Function);
    }
    if !v.is_object() {
        let what = if v.is_symbol() {
            "a symbol"
        } else if v.is_bigint() {
            "a BigInt"
        } else {
            "an unsupported value"
        };
        return Ok(Value::Unsupported(what.into()));
    }
    if depth >= MAX_DEPTH {
        return Ok(Value::too_deep());
    }
    if v.is_instance_of::<js_sys::Uint8Array>() || v.is_instance_of::<js_sys::ArrayBuffer>() {
        return Ok(Value::Unsupported("a byte array".into()));
    }
    if v.is_instance_of::<Map>() {
        return object(&array_from(v)?, depth);
    }
    // `Reflect.has` runs a Proxy's `has` trap: a throwing one reads as "not iterable", and the
    // `Object.entries` below then meets the same Proxy.
    if Array::is_array(v) || js_sys::Reflect::has(v, &js_sys::Symbol::iterator()).unwrap_or(false) {
        let items = array_from(v)?;
        if items.length() as usize > MAX_ITEMS {
            return Ok(Value::too_long());
        }
        let mut out = Vec::with_capacity(items.length() as usize);
        for item in items.iter() {
            out.push(read_at(&item, depth + 1)?);
        }
        return Ok(Value::Array(out));
    }
    object(&entries(v)?, depth)
}

/// `[key, value]` pairs (from `Object.entries` or a `Map`) as an object.
fn object(pairs: &Array, depth: usize) -> Result<Value, JsValue> {
    if pairs.length() as usize > MAX_KEYS {
        return Ok(Value::too_large());
    }
    let mut fields = Vec::with_capacity(pairs.length() as usize);
    for pair in pairs.iter() {
        let pair: Array = pair.unchecked_into();
        let Some(key) = pair.get(0).as_string() else {
            return Ok(Value::Unsupported("a Map whose keys are not all strings".into()));
        };
        fields.push((key, read_at(&pair.get(1), depth + 1)?));
    }
    Ok(Value::Object(fields))
}
