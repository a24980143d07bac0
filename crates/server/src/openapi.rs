//! The OpenAPI 3 document served at `/openapi.json`.
//!
//! Written by hand next to the handlers; a test walks [`crate::api_routes`]
//! and this document's paths and checks they are the same, and validates
//! real responses against the schemas here (no undocumented field, no
//! missing required one).

use serde_json::{Map, Value, json};

fn string() -> Value {
    json!({"type": "string"})
}
fn date() -> Value {
    json!({"type": "string", "format": "date"})
}
fn int() -> Value {
    json!({"type": "integer", "minimum": 0})
}
fn number() -> Value {
    json!({"type": "number"})
}
fn boolean() -> Value {
    json!({"type": "boolean"})
}
fn array(items: Value) -> Value {
    json!({"type": "array", "items": items})
}
fn schema(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}
fn nullable(v: Value) -> Value {
    match v.get("$ref") {
        Some(_) => json!({"allOf": [v], "nullable": true}),
        None => {
            let mut v = v;
            v["nullable"] = json!(true);
            v
        }
    }
}
fn one_of(values: &[&str]) -> Value {
    json!({"type": "string", "enum": values})
}

/// An object schema: every field of `required` must be present, fields of
/// `optional` may be; no others.
fn object(required: &[(&str, Value)], optional: &[(&str, Value)]) -> Value {
    let mut properties = Map::new();
    for (name, v) in required.iter().chain(optional) {
        properties.insert((*name).to_string(), v.clone());
    }
    json!({
        "type": "object",
        "required": required.iter().map(|(n, _)| *n).collect::<Vec<_>>(),
        "properties": properties,
        "additionalProperties": false,
    })
}

fn page_of(item: &str) -> Value {
    object(
        &[
            ("items", array(schema(item))),
            (
                "next",
                nullable(json!({"type": "string", "description": "URL of the next page"})),
            ),
        ],
        &[],
    )
}

fn schemas() -> Value {
    let event_status = one_of(&[
        "reported",
        "scheduled",
        "hypothetical",
        "negated",
        "background",
    ]);
    let precision = one_of(&[
        "day",
        "part_of_month",
        "month",
        "part_of_year",
        "year",
        "unknown",
    ]);
    let bound = one_of(&[
        "exact",
        "about",
        "at_least",
        "more_than",
        "at_most",
        "less_than",
        "range",
    ]);
    let plover = one_of(&[
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ]);
    let entity_kind = one_of(&["person", "org", "country", "place"]);
    let date_source = one_of(&["header", "metadata", "inferred", "none"]);
    json!({
        "Error": object(&[("error", string()), ("status", int())], &[]),
        "Actor": object(&[("name", string()), ("code", nullable(string()))], &[]),
        "Location": object(&[("name", string()), ("country", nullable(string())), ("lat", nullable(number())), ("lon", nullable(number()))], &[]),
        "Span": object(&[("start", int()), ("end", int())], &[]),
        "Evidence": object(&[("start", int()), ("end", int()), ("sentence", int())], &[]),
        "CanonicalDate": object(&[("value", string()), ("precision", precision.clone()), ("from", date()), ("to", date()), ("support", int()), ("inferred", boolean())], &[]),
        "StoryRef": object(&[("id", string()), ("title", string())], &[]),
        "SourceArticle": object(&[("id", string()), ("path", nullable(string())), ("url", nullable(string())), ("date", nullable(date()))], &[("date_inferred", boolean()), ("copy_of", string())]),
        "SourcedValue": object(&[("value", number()), ("bound", bound.clone()), ("max", nullable(number())), ("sources", int()), ("articles", array(string()))], &[]),
        "SourcedQuantity": object(&[("kind", string()), ("unit", nullable(string())), ("agree", boolean()), ("values", array(schema("SourcedValue")))], &[]),
        "MentionDate": object(&[("text", string()), ("value", nullable(string())), ("inferred", boolean())], &[]),
        "MentionRef": object(&[("article", string()), ("seq", int()), ("status", event_status.clone()), ("date", nullable(schema("MentionDate"))), ("evidence", array(schema("Evidence"))), ("rule", string())], &[]),
        "CanonicalEvent": object(&[
            ("id", string()), ("type", plover.clone()), ("mode", nullable(string())),
            ("source", nullable(schema("Actor"))), ("target", nullable(schema("Actor"))),
            ("participants", array(string())), ("location", nullable(schema("Location"))),
            ("date", nullable(schema("CanonicalDate"))), ("status", event_status.clone()),
            ("summary", string()), ("story", nullable(schema("StoryRef"))), ("sources", int()),
            ("first_reported", nullable(date())), ("articles", array(schema("SourceArticle"))),
            ("quantities", array(schema("SourcedQuantity"))), ("mentions", array(schema("MentionRef"))),
            ("rules", array(string())),
        ], &[("ordinal", int())]),
        "TimelinePage": object(&[
            ("items", array(schema("CanonicalEvent"))),
            ("next", nullable(json!({"type": "string", "description": "URL of the next page"}))),
            ("cursor", nullable(json!({"type": "string", "description": "the `cursor` parameter of the next page"}))),
        ], &[]),
        "Context": object(&[("start", int()), ("end", int()), ("text", string())], &[]),
        "EvidenceText": object(&[
            ("article", string()), ("title", nullable(string())), ("date", nullable(date())),
            ("url", nullable(string())), ("path", nullable(string())), ("seq", int()),
            ("status", event_status.clone()), ("rule", string()), ("start", int()), ("end", int()),
            ("sentence", int()), ("text", string()), ("context", schema("Context")),
        ], &[]),
        "Speaker": object(&[("name", string()), ("role", nullable(string())), ("code", nullable(string()))], &[]),
        "Quote": object(&[("text", string()), ("speaker", nullable(schema("Speaker"))), ("evidence", array(schema("Evidence"))), ("rule", string())], &[]),
        "ArticleQuote": object(&[("article", string()), ("quote", schema("Quote"))], &[]),
        "Mention": object(&[("start", int()), ("end", int())], &[("rule", string())]),
        "Entity": object(&[("kind", entity_kind), ("name", string()), ("code", nullable(string())), ("role", nullable(string())), ("lat", nullable(number())), ("lon", nullable(number())), ("mentions", array(schema("Mention")))], &[]),
        "EventDetail": object(&[
            ("event", schema("CanonicalEvent")), ("evidence", array(schema("EvidenceText"))),
            ("quotes", array(schema("ArticleQuote"))), ("people", array(schema("Entity"))),
            ("entities", array(schema("Entity"))),
        ], &[]),
        "ArticleSummary": object(&[
            ("id", string()), ("title", nullable(string())), ("date", nullable(date())),
            ("date_source", date_source.clone()), ("path", nullable(string())), ("url", nullable(string())),
            ("bytes", int()), ("lead", string()),
        ], &[]),
        "ArticlesPage": page_of("ArticleSummary"),
        "Article": object(&[
            ("id", string()), ("path", nullable(string())), ("url", nullable(string())),
            ("title", nullable(string())), ("date", nullable(date())), ("date_source", date_source),
            ("text", string()),
        ], &[("external_id", string()), ("partial", boolean()), ("language", string())]),
        "ArticleLinks": object(&[("copy_of", nullable(string())), ("inferred_date", nullable(date())), ("inferred_latest", nullable(date())), ("inferred_from", array(string()))], &[]),
        "DateValue": object(&[("value", nullable(string())), ("precision", precision), ("text", string()), ("resolved", boolean())], &[("span", schema("Span"))]),
        "Quantity": object(&[("value", number()), ("bound", bound), ("max", nullable(number())), ("unit", nullable(string())), ("kind", string())], &[("span", schema("Span"))]),
        "Event": object(&[
            ("type", plover), ("mode", nullable(string())), ("source", nullable(schema("Actor"))),
            ("target", nullable(schema("Actor"))), ("participants", array(string())),
            ("location", nullable(schema("Location"))), ("date", nullable(schema("DateValue"))),
            ("status", event_status), ("quantities", array(schema("Quantity"))),
            ("evidence", array(schema("Evidence"))), ("rule", string()),
        ], &[("ordinal", int())]),
        "CanonicalLink": object(&[("seq", int()), ("event", string())], &[]),
        "ArticleDetail": object(&[
            ("article", schema("Article")), ("links", schema("ArticleLinks")),
            ("events", array(schema("Event"))), ("quotes", array(schema("Quote"))),
            ("entities", array(schema("Entity"))), ("canonical", array(schema("CanonicalLink"))),
        ], &[]),
        "Ingested": object(&[("id", string()), ("outcome", one_of(&["new", "already_stored"])), ("events", int()), ("quotes", int())], &[]),
        "ConsolidateStats": object(&[("articles", int()), ("mentions", int()), ("events", int()), ("stories", int()), ("copies", int())], &[]),
        "IngestReport": object(&[("articles", array(schema("Ingested"))), ("consolidated", schema("ConsolidateStats"))], &[]),
        "Story": object(&[("id", string()), ("title", string()), ("events", int()), ("first", nullable(date())), ("last", nullable(date()))], &[]),
        "StoriesPage": page_of("Story"),
        "StoredQuote": object(&[("article_id", string()), ("article_date", nullable(date())), ("quote", schema("Quote"))], &[]),
        "QuotesPage": page_of("StoredQuote"),
        "EntitySummary": object(&[("entity", schema("Entity")), ("articles", int()), ("mentions", int())], &[]),
        "EntitiesPage": page_of("EntitySummary"),
        "PersonDetail": object(&[("person", schema("EntitySummary")), ("quotes", array(schema("StoredQuote"))), ("events", array(schema("CanonicalEvent")))], &[]),
        "SearchResults": object(&[
            ("query", string()), ("events", array(schema("CanonicalEvent"))),
            ("articles", array(schema("ArticleSummary"))), ("quotes", array(schema("StoredQuote"))),
            ("entities", array(schema("EntitySummary"))),
        ], &[]),
    })
}

fn parameters() -> Value {
    let query = |name: &str, description: &str, schema: Value| json!({"name": name, "in": "query", "required": false, "description": description, "schema": schema});
    json!({
        "actor": query("actor", "Actor code (RUS, IGO:UN) or name fragment, as source, target or participant", string()),
        "type": query("type", "PLOVER event type (ASSAULT, CONSULT, ...)", string()),
        "place": query("place", "Place name fragment or country code", string()),
        "since": query("since", "Only from this date on", date()),
        "until": query("until", "Only up to this date", date()),
        "date": query("date", "Only this day (since and until both)", date()),
        "story": query("story", "Story id or title fragment", string()),
        "text": query("text", "Text fragment, any case", string()),
        "q": query("q", "Search text, any case", string()),
        "limit": query("limit", "Rows per page (1 to 500, default 50)", json!({"type": "integer", "minimum": 1, "maximum": 500, "default": 50})),
        "cursor": query("cursor", "Where the page starts: the `cursor` of the previous page", string()),
        "offset": query("offset", "Rows to skip", json!({"type": "integer", "minimum": 0, "default": 0})),
        "id": {"name": "id", "in": "path", "required": true, "schema": string()},
        "name": {"name": "name", "in": "path", "required": true, "description": "The person's full name", "schema": string()},
    })
}

fn params(names: &[&str]) -> Value {
    Value::Array(
        names
            .iter()
            .map(|n| json!({"$ref": format!("#/components/parameters/{n}")}))
            .collect(),
    )
}

fn ok(description: &str, body: &str) -> Value {
    json!({
        "200": {"description": description, "content": {"application/json": {"schema": schema(body)}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
    })
}

fn ok_or_404(description: &str, body: &str) -> Value {
    let mut responses = ok(description, body);
    responses["404"] = json!({"$ref": "#/components/responses/NotFound"});
    responses
}

fn get(summary: &str, parameters: &[&str], responses: Value) -> Value {
    json!({"get": {"summary": summary, "parameters": params(parameters), "responses": responses}})
}

/// The document.
pub(crate) fn document() -> Value {
    let event_filters = [
        "actor", "type", "place", "since", "until", "date", "story", "text",
    ];
    let with = |extra: &[&'static str]| -> Vec<&'static str> {
        event_filters
            .iter()
            .copied()
            .chain(extra.iter().copied())
            .collect()
    };
    let mut articles = get(
        "Stored articles, newest first",
        &["since", "until", "text", "q", "limit", "offset"],
        ok("A page of articles", "ArticlesPage"),
    );
    articles["post"] = json!({
        "summary": "Ingest articles: extracted, stored in one transaction and consolidated, as `storyline ingest` does. Served only when the server runs with --allow-ingest and a token.",
        "security": [{"bearer": []}],
        "requestBody": {"required": true, "content": {
            "application/json": {"schema": {"description": "One article {id, url, title, date, text} (only text required) or an array of them"}},
            "application/x-ndjson": {"schema": {"type": "string", "description": "One article object per line"}},
            "text/plain": {"schema": {"type": "string", "description": "Article text, optionally starting with a `date YYYY-MM-DD` line"}},
            "text/html": {"schema": {"type": "string", "description": "An HTML page"}},
        }},
        "responses": {
            "201": {"description": "Stored", "content": {"application/json": {"schema": schema("IngestReport")}}},
            "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"},
            "413": {"$ref": "#/components/responses/TooLarge"},
            "415": {"$ref": "#/components/responses/Unsupported"},
        },
    });
    let error = |description: &str| json!({"description": description, "content": {"application/json": {"schema": schema("Error")}}});
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "storyline",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "A consolidated, sourced timeline of events read from news articles. Formats: docs/format.md; guide: docs/api.md.",
        },
        "paths": {
            "/api/timeline": get("Canonical events in timeline order", &with(&["limit", "cursor"]), ok("A page of the timeline", "TimelinePage")),
            "/api/events/{id}": get("One canonical event with its evidence, quotes, people and entities", &["id"], ok_or_404("The event", "EventDetail")),
            "/api/articles": articles,
            "/api/articles/{id}": get("One article with its text and what was extracted", &["id"], ok_or_404("The article", "ArticleDetail")),
            "/api/stories": get("Story threads, earliest first", &["story", "since", "until", "q", "limit", "offset"], ok("A page of stories", "StoriesPage")),
            "/api/quotes": get("Direct quotes", &["actor", "since", "until", "text", "q", "limit", "offset"], ok("A page of quotes", "QuotesPage")),
            "/api/people": get("People named in the articles, most mentioned first", &["q", "text", "limit", "offset"], ok("A page of people", "EntitiesPage")),
            "/api/people/{name}": get("One person: role, side, quotes and events", &["name"], ok_or_404("The person", "PersonDetail")),
            "/api/entities": get("People, organisations, countries and places, most mentioned first", &["actor", "q", "text", "limit", "offset"], ok("A page of entities", "EntitiesPage")),
            "/api/search": get("Search events, articles, quotes and names", &["q", "text", "limit"], ok("What matched, up to `limit` of each", "SearchResults")),
            "/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3 document", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
        },
        "components": {
            "schemas": schemas(),
            "parameters": parameters(),
            "responses": {
                "BadRequest": error("Bad parameters or body"),
                "NotFound": error("No such item"),
                "Unauthorized": error("No or wrong bearer token"),
                "Forbidden": error("Ingest is not enabled on this server"),
                "TooLarge": error("Request body over the limit"),
                "Unsupported": error("Content type not read here"),
            },
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    })
}
