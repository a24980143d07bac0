//! The OpenAPI document against the router: the same paths and methods,
//! and real responses that match the documented schemas field by field.

use std::collections::BTreeSet;

use serde_json::Value;
use storyline_server::api_routes;

use crate::support::{examples_app, get};

fn document() -> Value {
    let reply = get(&examples_app(), "/openapi.json");
    assert_eq!(reply.status, 200);
    reply.json()
}

#[test]
fn documented_paths_are_the_routed_paths() {
    let doc = document();
    assert_eq!(doc["openapi"].as_str().unwrap().chars().next(), Some('3'));
    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .map(move |method| (method.clone(), path.clone()))
        })
        .collect();
    let routed: BTreeSet<(String, String)> = api_routes()
        .into_iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(documented, routed);
}

#[test]
fn every_reference_resolves_and_the_timeline_takes_the_cli_filters() {
    let doc = document();
    let text = doc.to_string();
    for piece in text.split("\"$ref\":\"#/").skip(1) {
        let pointer = format!("/{}", &piece[..piece.find('"').unwrap()]);
        assert!(doc.pointer(&pointer).is_some(), "{pointer} resolves");
    }
    let params: Vec<String> = doc["paths"]["/api/timeline"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            p["$ref"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    for filter in [
        "actor", "type", "place", "since", "until", "story", "text", "limit", "cursor",
    ] {
        assert!(params.contains(&filter.to_string()), "{filter}");
    }
}

/// Checks `value` against `schema` (the subset of OpenAPI 3.0 schemas the
/// document uses); returns the first mismatch.
fn check(doc: &Value, value: &Value, schema: &Value, at: &str) -> Result<(), String> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let target = doc.pointer(reference.trim_start_matches('#')).unwrap();
        return check(doc, value, target, at);
    }
    if value.is_null() {
        return if schema["nullable"] == true {
            Ok(())
        } else {
            Err(format!("{at}: null but not nullable"))
        };
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        return all.iter().try_for_each(|s| check(doc, value, s, at));
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array) {
        if !options.contains(value) {
            return Err(format!("{at}: {value} not in {options:?}"));
        }
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("object") => {
            let object = value.as_object().ok_or(format!("{at}: not an object"))?;
            let properties = schema.get("properties").and_then(Value::as_object);
            for required in schema
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let key = required.as_str().unwrap();
                if !object.contains_key(key) {
                    return Err(format!("{at}: documented field `{key}` missing"));
                }
            }
            for (key, v) in object {
                match properties.and_then(|p| p.get(key)) {
                    Some(s) => check(doc, v, s, &format!("{at}.{key}"))?,
                    None if schema["additionalProperties"] == false => {
                        return Err(format!("{at}: field `{key}` is not documented"));
                    }
                    None => {}
                }
            }
            Ok(())
        }
        Some("array") => {
            let items = value.as_array().ok_or(format!("{at}: not an array"))?;
            items
                .iter()
                .enumerate()
                .try_for_each(|(i, v)| check(doc, v, &schema["items"], &format!("{at}[{i}]")))
        }
        Some("string") if !value.is_string() => Err(format!("{at}: not a string")),
        Some("integer") if !(value.is_u64() || value.is_i64()) => {
            Err(format!("{at}: not an integer"))
        }
        Some("number") if !value.is_number() => Err(format!("{at}: not a number")),
        Some("boolean") if !value.is_boolean() => Err(format!("{at}: not a boolean")),
        _ => Ok(()),
    }
}

#[test]
fn responses_match_their_documented_schemas() {
    let app = examples_app();
    let doc = document();
    let timeline = get(&app, "/api/timeline?limit=500").json();
    let event = timeline["items"][0]["id"].as_str().unwrap().to_string();
    let article = get(&app, "/api/articles?limit=1").json()["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let cases = [
        ("/api/timeline", "/api/timeline?limit=500".to_string()),
        ("/api/events/{id}", format!("/api/events/{event}")),
        ("/api/articles", "/api/articles?limit=500".into()),
        ("/api/articles/{id}", format!("/api/articles/{article}")),
        ("/api/stories", "/api/stories".into()),
        ("/api/quotes", "/api/quotes?limit=500".into()),
        ("/api/people", "/api/people".into()),
        ("/api/people/{name}", "/api/people/Olena%20Marchuk".into()),
        ("/api/entities", "/api/entities?limit=500".into()),
        ("/api/search", "/api/search?q=Istanbul".into()),
    ];
    let gets: BTreeSet<&str> = api_routes()
        .into_iter()
        .filter(|(m, p)| *m == "get" && *p != "/openapi.json")
        .map(|(_, p)| p)
        .collect();
    assert_eq!(
        gets,
        cases.iter().map(|(p, _)| *p).collect(),
        "every GET route is checked"
    );
    for (path, uri) in &cases {
        let reply = get(&app, uri);
        assert_eq!(reply.status, 200, "{uri}");
        let schema = &doc["paths"][*path]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"];
        check(&doc, &reply.json(), schema, uri).unwrap();
    }
    // Every event of the timeline, with all optional parts, is checked above;
    // errors follow the Error schema.
    let error = get(&app, "/api/events/ev-0");
    check(
        &doc,
        &error.json(),
        &doc["components"]["responses"]["NotFound"]["content"]["application/json"]["schema"],
        "404",
    )
    .unwrap();
}

#[test]
fn the_checker_catches_undocumented_and_missing_fields() {
    let doc = document();
    let schema = serde_json::json!({"$ref": "#/components/schemas/Story"});
    let good = serde_json::json!({"id": "st-1", "title": "t", "events": 1, "first": null, "last": "2025-09-17"});
    assert!(check(&doc, &good, &schema, "story").is_ok());
    let mut extra = good.clone();
    extra["secret"] = serde_json::json!(1);
    assert!(check(&doc, &extra, &schema, "story").is_err());
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("title");
    assert!(check(&doc, &missing, &schema, "story").is_err());
}
