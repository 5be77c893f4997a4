//! The JSON Schema generated from the record types accepts every expected
//! record, and rejects records that break the contract.

use serde_json::{Value, json};

fn validator() -> jsonschema::Validator {
    let schema = herald::Record::json_schema();
    jsonschema::validator_for(&schema)
        .unwrap_or_else(|e| panic!("the generated schema is invalid: {e}"))
}

#[test]
fn every_expected_record_validates() {
    let v = validator();
    let mut n = 0;
    for entry in std::fs::read_dir("output").unwrap_or_else(|e| panic!("output/: {e}")) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let rec: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let errors: Vec<String> = v
            .iter_errors(&rec)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        n += 1;
    }
    assert!(n >= 5, "only {n} expected records found");
}

#[test]
fn the_schema_rejects_broken_records() {
    let v = validator();
    let text = std::fs::read_to_string("output/001_1e55ade6037426bc.json")
        .unwrap_or_else(|e| panic!("{e}"));
    let good: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    assert!(v.is_valid(&good));
    let mut missing = good.clone();
    if let Some(o) = missing["event"].as_object_mut() {
        o.remove("when");
    }
    assert!(!v.is_valid(&missing), "a missing key must be rejected");
    let mut bad_kind = good.clone();
    bad_kind["event"]["kind"] = json!("party");
    assert!(
        !v.is_valid(&bad_kind),
        "a kind outside the vocabulary must be rejected"
    );
    let mut extra = good;
    extra["event"]["extra"] = json!(1);
    assert!(!v.is_valid(&extra), "an unknown key must be rejected");
}
