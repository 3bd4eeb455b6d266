//! The crate's JSON parser (`Value::parse`, the first code that touches untrusted text) against
//! `serde_json` on generated and mutated texts: both accept or both refuse, and where both
//! accept they read the same value (keys in order, duplicates kept: serde_json's answer is read
//! into the crate's own `Value`). The one documented difference is the nesting bound: the
//! crate follows 128 levels and refuses a 129th, serde_json refuses a 128th (the loaders'
//! own limit, `maxDepth`, is at most 100). Plus a case for every RFC 8259 edge.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test or a bench fails by panicking"
)]

use portcullis::Value;
use proptest::prelude::*;

/// What serde_json makes of `text`, read into the crate's `Value`.
fn reference(text: &str) -> Option<Value> {
    serde_json::from_str::<Value>(text).ok()
}

fn ours(text: &str) -> Option<Value> {
    Value::parse(text).ok()
}

/// Both parsers agree on `text`: both refuse, or both accept with the same value.
fn agree(text: &str) -> std::result::Result<(), TestCaseError> {
    let (a, b) = (ours(text), reference(text));
    prop_assert_eq!(&a, &b, "the parsers disagree on {:?}", text);
    Ok(())
}

/// A JSON value as text, with the whitespace and escapes `style` picks.
fn render(value: &Value, style: &mut impl FnMut() -> u8, out: &mut String) {
    let space = |out: &mut String, pick: u8| {
        out.push_str(["", " ", "\n", "\t", "\r\n ", ""][pick as usize % 6])
    };
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => match style() % 3 {
            0 => out.push_str(&n.to_string()),
            1 => out.push_str(&format!("{n:e}")),
            _ => out.push_str(&format!("{n:E}")),
        },
        Value::String(s) => render_string(s, style(), out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                space(out, style());
                render(item, style, out);
                space(out, style());
            }
            out.push(']');
        }
        Value::Object(fields) => {
            out.push('{');
            for (i, (key, item)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                space(out, style());
                render_string(key, style(), out);
                space(out, style());
                out.push(':');
                space(out, style());
                render(item, style, out);
            }
            out.push('}');
        }
    }
}

/// A string as JSON, escaping as `how` picks: only what must be, or everything as `\u`.
fn render_string(s: &str, how: u8, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if how % 4 == 0 => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{unit:04X}"));
                }
            }
            '/' if how % 4 == 1 => out.push_str("\\/"),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(|n| Value::Number(f64::from(n))),
        (-1e300f64..1e300).prop_map(Value::Number),
        any::<f64>()
            .prop_filter("finite", |n| n.is_finite())
            .prop_map(Value::Number),
        "[a-z]{0,6}".prop_map(Value::String),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            // Keys from a small set, so that duplicates occur.
            prop::collection::vec(("[ab]{1,2}|[a-z]{0,4}", inner), 0..6).prop_map(Value::Object),
        ]
    })
}

/// What a mutation may put in: JSON's own punctuation and the characters near its edges.
const ALPHABET: &[&str] = &[
    "{", "}", "[", "]", ",", ":", "\"", "\\", "-", "+", ".", "e", "E", "0", "1", "9", "u", "n",
    "t", "f", " ", "\t", "\n", "\r", "\u{0}", "\u{1f}", "\u{7f}", "\u{feff}", "\u{2028}", "é",
    "😀", "\\u", "\\ud800", "\\udc00", "null", "true", "1e400", "-0", "0x1",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn generated_texts_parse_alike(value in json_value(), styles in prop::collection::vec(any::<u8>(), 64)) {
        let mut at = 0;
        let mut style = || { at += 1; styles[at % styles.len()] };
        let mut text = String::new();
        render(&value, &mut style, &mut text);
        agree(&text)?;
        prop_assert!(ours(&text).is_some(), "refused a text written from a value: {:?}", text);
    }

    #[test]
    fn mutated_texts_parse_alike(
        value in json_value(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0u8..3, any::<prop::sample::Index>()), 1..4),
    ) {
        let mut text = String::new();
        let mut zero = || 1u8;
        render(&value, &mut zero, &mut text);
        let mut chars: Vec<String> = text.chars().map(String::from).collect();
        for (place, kind, what) in edits {
            let piece = ALPHABET[what.index(ALPHABET.len())].to_owned();
            if chars.is_empty() {
                chars.push(piece);
                continue;
            }
            let at = place.index(chars.len());
            match kind {
                0 => { chars.remove(at); }
                1 => chars.insert(at, piece),
                _ => chars[at] = piece,
            }
        }
        agree(&chars.concat())?;
    }
}

#[test]
fn every_rfc_8259_edge_parses_as_serde_json_parses_it() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let cases: Vec<String> = [
        // Numbers: signs, zeros, fractions, exponents, the limits of a double.
        "0",
        "-0",
        "1",
        "-1",
        "01",
        "-01",
        "1.",
        ".5",
        "1.5",
        "-1.5e3",
        "1e",
        "1e+",
        "1e-2",
        "1E2",
        "+1",
        "0.0e0",
        "1e308",
        "1e309",
        "-1e309",
        "2.2250738585072014e-308",
        "5e-324",
        "4e-325",
        "9007199254740993",
        "18446744073709551616",
        "123456789012345678901234567890",
        "1.7976931348623157e308",
        "0.1",
        "0.30000000000000004",
        "NaN",
        "Infinity",
        "-",
        "--1",
        "1e1.5",
        "0x10",
        // Strings: escapes, surrogates paired and alone, control characters, raw non-ASCII.
        r#""""#,
        r#""\"\\\/\b\f\n\r\t""#,
        r#""\u0041\u00e9\u20AC""#,
        r#""\ud83d\ude00""#,
        r#""\ud83d""#,
        r#""\ude00""#,
        r#""\ud83dx""#,
        r#""\ud83d\u0041""#,
        r#""\u12""#,
        r#""\uZZZZ""#,
        r#""\x41""#,
        r#""\'""#,
        "\"a\u{1}b\"",
        "\"tab\tinside\"",
        "\"line\nbreak\"",
        "\"\u{7f}\"",
        "\"é😀\u{2028}\"",
        "\"unterminated",
        "'single'",
        // Literals and structure.
        "true",
        "false",
        "null",
        "True",
        "nul",
        "nulll",
        "[]",
        "{}",
        "[1,]",
        "[,1]",
        "{\"a\":1,}",
        "{\"a\" 1}",
        "{a:1}",
        "{\"a\":1 \"b\":2}",
        "[1 2]",
        "{\"a\":1,\"a\":2}",
        "[[[]]]",
        "[",
        "]",
        "{",
        "}",
        "{\"a\"}",
        "[1]]",
        "{}{}",
        "1 2",
        // Whitespace: the four RFC 8259 allows, and others it does not; a byte order mark.
        " \t\r\n[ 1 , 2 ] \n",
        "\u{feff}[]",
        "\u{a0}[]",
        "[\u{b}]",
        "\u{c}1",
        "",
        "   ",
    ]
    .iter()
    .map(|s| s.to_string())
    .chain([
        nested(127),
        nested(129),
        format!("{}1{}", "[".repeat(100), "]".repeat(100)),
    ])
    .collect();
    let mut disagreements = Vec::new();
    for text in &cases {
        let (a, b) = (ours(text), reference(text));
        if a != b {
            disagreements.push(format!("{text:?}: ours {a:?}, serde_json {b:?}"));
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
    // What both accept, spelled out.
    assert_eq!(ours("-0"), Some(Value::Number(-0.0)));
    assert_eq!(ours("5e-324"), Some(Value::Number(5e-324)));
    assert_eq!(ours(r#""\ud83d\ude00""#), Some(Value::String("😀".into())));
    assert_eq!(
        ours(r#"{"a":1,"a":2}"#),
        Some(Value::Object(vec![
            ("a".into(), Value::Number(1.0)),
            ("a".into(), Value::Number(2.0))
        ])),
        "duplicate keys are kept in order, for the loaders to refuse with their path"
    );
    assert_eq!(ours("1e309"), None, "a number beyond a double is refused");
    // The nesting bounds, the one difference.
    assert!(ours(&nested(128)).is_some() && reference(&nested(128)).is_none());
    assert_eq!(
        ours(&nested(129)),
        None,
        "a 129th level of nesting is refused"
    );
}
