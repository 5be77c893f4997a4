//! The few Python semantics the scorer's rules depend on: truthiness of
//! JSON values, `str.isspace`/`str.split()`, `os.path.splitext` and `repr`
//! of strings and lists (for the `--per-doc` lines).
//!
//! `score.py` reads records and gold files as plain dicts, so the Rust port
//! reads them as [`serde_json::Value`]s and asks the same questions of them.

use std::sync::LazyLock;

use crate::rx::Regex;
use serde_json::Value;

use super::regex;

/// The `null` returned for a missing key.
pub static NULL: Value = Value::Null;

/// `d.get(k)`: the member `k` of an object, `null` for anything else.
pub fn get<'a>(v: &'a Value, key: &str) -> &'a Value {
    v.get(key).unwrap_or(&NULL)
}

/// `g(d, *keys)`: follows `keys` through nested objects.
pub fn path<'a>(v: &'a Value, keys: &[&str]) -> &'a Value {
    keys.iter().fold(v, |v, k| get(v, k))
}

/// Python truthiness of a JSON value (`None`, `False`, `0`, `""`, `[]`, `{}`
/// are false).
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// `x or y`.
pub fn or<'a>(x: &'a Value, y: &'a Value) -> &'a Value {
    if truthy(x) { x } else { y }
}

/// `val(x)` of score.py: `x not in (None, "", [])`.
pub fn val(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        _ => true,
    }
}

/// The string of a JSON value, when it is one.
pub fn text(v: &Value) -> Option<&str> {
    v.as_str()
}

/// The members of a JSON array (`x or []`), nothing for anything else.
pub fn items(v: &Value) -> &[Value] {
    v.as_array().map_or(&[], Vec::as_slice)
}

/// Python's `str.isspace()` for one character: Unicode `White_Space` plus
/// the information separators U+001C..U+001F.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `s.split()`.
pub fn split(s: &str) -> impl Iterator<Item = &str> {
    s.split(is_space).filter(|t| !t.is_empty())
}

/// `s.strip()`.
pub fn strip(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// `os.path.splitext(os.path.basename(p))[0]`.
pub fn stem(p: &str) -> &str {
    let base = p.rsplit('/').next().unwrap_or(p);
    let Some(dot) = base.rfind('.') else {
        return base;
    };
    // leading dots do not start an extension ('.bashrc', '..x')
    if base[..dot].chars().all(|c| c == '.') {
        return base;
    }
    &base[..dot]
}

/// Python's `repr()` of a string.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if (c as u32) < 0x7f || printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable()` for one non-ASCII character.
fn printable(c: char) -> bool {
    static NOT_PRINTABLE: LazyLock<Regex> =
        LazyLock::new(|| regex(r"^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$"));
    let mut buf = [0u8; 4];
    !NOT_PRINTABLE.is_match(c.encode_utf8(&mut buf))
}

/// Python's `repr()` of a list of strings.
pub fn repr_list<S: AsRef<str>>(items: &[S]) -> String {
    let parts: Vec<String> = items.iter().map(|s| repr(s.as_ref())).collect();
    format!("[{}]", parts.join(", "))
}

/// `str(x)` of a JSON value as an f-string shows it (`None` for null).
pub fn show(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::String(s) => s.clone(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn truthiness_and_val_follow_python() {
        assert!(!truthy(&json!({})) && !truthy(&json!("")) && !truthy(&json!(0)));
        assert!(truthy(&json!({"a": 1})) && truthy(&json!(" ")));
        // val() only rejects None, "" and []: {} and False count as values
        assert!(val(&json!({})) && val(&json!(false)) && !val(&json!([])));
    }

    #[test]
    fn stems_follow_splitext() {
        assert_eq!(stem("fixtures/001_x.txt"), "001_x");
        assert_eq!(stem("a/b.c.json"), "b.c");
        assert_eq!(stem(".bashrc"), ".bashrc");
        assert_eq!(stem("..x"), "..x");
        assert_eq!(stem("dir/noext"), "noext");
        assert_eq!(stem("foo."), "foo");
    }

    #[test]
    fn repr_quotes_and_escapes_like_python() {
        assert_eq!(repr("DH 2315"), "'DH 2315'");
        assert_eq!(repr("O'Hara"), "\"O'Hara\"");
        assert_eq!(repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(repr("x\ny\\"), "'x\\ny\\\\'");
        assert_eq!(repr("caf\u{e9}\u{a0}\u{200b}"), "'café\\xa0\\u200b'");
        assert_eq!(repr_list(&["a", "b"]), "['a', 'b']");
        assert_eq!(repr_list::<&str>(&[]), "[]");
    }

    #[test]
    fn whitespace_includes_information_separators() {
        assert_eq!(
            split(" a\u{1f}b\u{a0} c ").collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
        assert_eq!(strip("\u{1c} x \n"), "x");
    }
}
