//! `cargo xtask diff`'s comparison on pairs of spec versions: one pair per kind of change, the
//! report of each kept as a snapshot; pairs that only reorder keys, reword descriptions or move
//! the spec from OpenAPI 3.0 to 3.1 report nothing; a schema that refers to itself ends. Then
//! the gate itself, on a git repository: exit codes, accepted changes, stale acceptances.

use std::path::Path;
use std::process::Command;

use openapi_codegen::pipeline::ComparedSpec;
use openapi_codegen::spec_diff::{Change, Generated, Impact, diff};

/// The base version. Every line a case changes is unique in it.
const BASE: &str = r##"openapi: 3.0.3
info: {title: Shop, version: "1"}
servers: [{url: "https://shop.example/v1"}]
paths:
  /orders:
    get:
      operationId: listOrders
      description: Lists the orders.
      parameters:
        - {name: limit, in: query, schema: {type: integer, maximum: 100}}
        - {name: status, in: query, schema: {$ref: "#/components/schemas/Status"}}
      responses:
        "200":
          description: the orders
          headers:
            X-Total: {schema: {type: integer}}
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Order"}}
    post:
      operationId: placeOrder
      security: [{key: []}]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/NewOrder"}
      responses:
        "201":
          description: placed
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Order"}
        "422": {description: refused}
      callbacks:
        shipped:
          "{$request.body#/callbackUrl}":
            post:
              requestBody:
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/Shipment"}
              responses:
                "204": {description: received}
                "410": {description: unsubscribed}
  /orders/{id}:
    delete:
      operationId: cancelOrder
      deprecated: true
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        "204": {description: cancelled}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Key}
    oauth:
      type: oauth2
      flows:
        clientCredentials: {tokenUrl: "https://shop.example/token", scopes: {read: Read orders}}
  schemas:
    Status: {type: string, enum: [open, shipped]}
    Shipment:
      type: object
      required: [order]
      properties:
        order: {type: string}
        carrier: {type: string, enum: [ups, dhl]}
    NewOrder:
      type: object
      required: [item]
      properties:
        item: {type: string, maxLength: 64}
        note: {type: string, nullable: true, default: none}
    Order:
      type: object
      required: [id, item, status]
      properties:
        id: {type: string}
        item: {type: string}
        status: {$ref: "#/components/schemas/Status"}
        parent: {$ref: "#/components/schemas/Order"}
    Coupon:
      type: object
      properties:
        code: {type: string}
"##;

/// Each case: a name, and the line of `BASE` it replaces with what.
const CASES: &[(&str, &str, &str)] = &[
    (
        "enum value added (a request's and an answer's enum)",
        "enum: [open, shipped]}",
        "enum: [open, shipped, returned]}",
    ),
    ("enum value removed", "enum: [open, shipped]}", "enum: [open]}"),
    ("answer property removed", "        id: {type: string}\n", ""),
    (
        "answer property made nullable",
        "        item: {type: string}\n",
        "        item: {type: string, nullable: true}\n",
    ),
    (
        "request property made not nullable",
        "note: {type: string, nullable: true, default: none}",
        "note: {type: string, default: none}",
    ),
    (
        "required request property added",
        "      required: [item]\n      properties:\n        item: {type: string, maxLength: 64}\n",
        "      required: [item, count]\n      properties:\n        item: {type: string, maxLength: 64}\n        count: {type: integer}\n",
    ),
    ("a name required with no property for it", "      required: [item]\n", "      required: [item, count]\n"),
    ("request property default changed", "default: none}", "default: nothing}"),
    (
        "optional parameter added",
        "        - {name: limit,",
        "        - {name: sort, in: query, schema: {type: string}}\n        - {name: limit,",
    ),
    (
        "a parameter of a name another place has is added",
        "parameters: [{name: id, in: path, required: true, schema: {type: string}}]",
        "parameters: [{name: id, in: path, required: true, schema: {type: string}}, {name: id, in: query, required: true, schema: {type: string}}]",
    ),
    (
        "a reference made nullable where it is used",
        "        parent: {$ref: \"#/components/schemas/Order\"}\n",
        "        parent: {nullable: true, allOf: [{$ref: \"#/components/schemas/Order\"}]}\n",
    ),
    (
        "a path parameter renamed",
        "  /orders/{id}:\n    delete:\n      operationId: cancelOrder\n      deprecated: true\n      parameters: [{name: id,",
        "  /orders/{orderId}:\n    delete:\n      operationId: cancelOrder\n      deprecated: true\n      parameters: [{name: orderId,",
    ),
    ("parameter made required", "{name: limit, in: query, schema", "{name: limit, in: query, required: true, schema"),
    ("parameter moved", "{name: status, in: query,", "{name: status, in: header,"),
    ("parameter type changed", "schema: {type: integer, maximum: 100}}", "schema: {type: string}}"),
    ("parameter type widened", "schema: {type: integer, maximum: 100}}", "schema: {type: number, maximum: 100}}"),
    ("request bound tightened", "maxLength: 64}", "maxLength: 32}"),
    ("request bound loosened", "maximum: 100}", "maximum: 1000}"),
    (
        "deprecated operation removed",
        "  /orders/{id}:\n    delete:\n      operationId: cancelOrder\n      deprecated: true\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses:\n        \"204\": {description: cancelled}\n",
        "",
    ),
    ("operationId renamed", "operationId: listOrders", "operationId: findOrders"),
    ("answer status removed", "        \"422\": {description: refused}\n", ""),
    (
        "success status added",
        "        \"422\": {description: refused}\n",
        "        \"202\": {description: queued}\n        \"422\": {description: refused}\n",
    ),
    ("answer header removed", "          headers:\n            X-Total: {schema: {type: integer}}\n", ""),
    (
        "request media type added",
        "          application/json:\n            schema: {$ref: \"#/components/schemas/NewOrder\"}\n",
        "          application/json:\n            schema: {$ref: \"#/components/schemas/NewOrder\"}\n          application/xml:\n            schema: {$ref: \"#/components/schemas/NewOrder\"}\n",
    ),
    ("security changed", "security: [{key: []}]", "security: []"),
    ("server URL changed", "https://shop.example/v1", "https://shop.example/v2"),
    ("a scope added", "scopes: {read: Read orders}", "scopes: {read: Read orders, write: Place orders}"),
    ("a scope removed", "scopes: {read: Read orders}", "scopes: {}"),
    ("a token URL changed", "https://shop.example/token", "https://auth.shop.example/token"),
    (
        "an answer property made read-only",
        "        id: {type: string}\n",
        "        id: {type: string, readOnly: true}\n",
    ),
    ("a keyword no rule covers", "        id: {type: string}\n", "        id: {type: string, not: {maxLength: 0}}\n"),
    ("callback payload enum value added (the client receives it)", "enum: [ups, dhl]}", "enum: [ups, dhl, fedex]}"),
    (
        "callback payload property made required (the provider sends it)",
        "      required: [order]\n",
        "      required: [order, carrier]\n",
    ),
    ("callback answer removed (the client gives it)", "                \"410\": {description: unsubscribed}\n", ""),
    (
        "a schema no operation uses changed (the types crate has it)",
        "        code: {type: string}\n",
        "        code: {type: integer}\n",
    ),
    ("a schema removed", "    Coupon:\n      type: object\n      properties:\n        code: {type: string}\n", ""),
    ("a schema added", "    Coupon:\n", "    Voucher: {type: string}\n    Coupon:\n"),
    (
        "operation added",
        "  /orders/{id}:\n",
        "  /health:\n    get:\n      operationId: health\n      responses:\n        \"204\": {description: up}\n  /orders/{id}:\n",
    ),
];

fn prepared(text: &str) -> ComparedSpec {
    let loaded = openapi_codegen::load::parse_spec(text.as_bytes(), Path::new("shop.yaml")).unwrap();
    openapi_codegen::pipeline::prepare_loaded_for_diff(loaded).unwrap()
}

fn changes(old: &str, new: &str) -> Vec<Change> {
    let generated = Generated { tolerant_enums: true };
    diff(prepared(old).version(), prepared(new).version(), generated)
}

fn word(impact: Impact) -> &'static str {
    match impact {
        Impact::Breaks => "breaks",
        Impact::Compatible => "ok",
    }
}

fn line(change: &Change) -> String {
    let verdicts = match change.verdicts {
        Some(v) => format!("clients {}, servers {}, Rust {}", word(v.clients), word(v.servers), word(v.rust)),
        None => "unclassified".to_string(),
    };
    let operations: Vec<&str> = change.operations.iter().map(String::as_str).collect();
    let side = change.side.map_or(String::new(), |side| format!(" ({})", side.word()));
    let reached = if operations.is_empty() { String::new() } else { format!(" for {}", operations.join(", ")) };
    format!("  {} at {}{side}: {} [{verdicts}]{reached}", change.rule, change.location, change.message)
}

#[test]
fn each_kind_of_change_is_reported_with_its_three_verdicts() {
    let mut report = String::new();
    for (name, old, new) in CASES {
        assert_eq!(BASE.matches(old).count(), 1, "{name}: `{old}` is not one line of the base");
        let changed = BASE.replacen(old, new, 1);
        let found = changes(BASE, &changed);
        assert!(!found.is_empty(), "{name}: no change reported");
        report.push_str(&format!("{name}\n"));
        for change in &found {
            report.push_str(&line(change));
            report.push('\n');
        }
    }
    insta::assert_snapshot!("spec_diff_rules", report);
}

/// `text` as OpenAPI 3.1 writes it: `null` as a type, descriptions beside `$ref`s.
fn in_openapi_31(text: &str) -> String {
    text.replace("openapi: 3.0.3", "openapi: 3.1.0")
        .replace("type: string, nullable: true", "type: [string, \"null\"]")
        .replace(
            "items: {$ref: \"#/components/schemas/Order\"}}",
            "items: {$ref: \"#/components/schemas/Order\", description: each}}",
        )
}

#[test]
fn each_kind_of_change_reads_the_same_in_openapi_3_1() {
    let mut compared = 0;
    for (name, old, new) in CASES {
        let changed = BASE.replacen(old, new, 1);
        let in_30: Vec<String> = changes(BASE, &changed).iter().map(line).collect();
        let in_31: Vec<String> = changes(&in_openapi_31(BASE), &in_openapi_31(&changed)).iter().map(line).collect();
        assert_eq!(in_30, in_31, "{name}");
        compared += 1;
    }
    assert_eq!(compared, CASES.len());
}

#[test]
fn a_list_of_values_written_as_branches_of_one_value_each_is_no_change() {
    let branches = BASE.replace(
        "{type: string, enum: [open, shipped]}",
        "{oneOf: [{type: string, enum: [open]}, {type: string, enum: [shipped]}]}",
    );
    assert_ne!(branches, BASE);
    let found = changes(BASE, &branches);
    assert!(found.is_empty(), "{:#?}", found.iter().map(line).collect::<Vec<_>>());
}

#[test]
fn reordered_keys_and_reworded_descriptions_are_no_change() {
    let reworded = BASE
        .replace("description: Lists the orders.", "description: Every order, newest first.")
        .replace("description: the orders", "description: All of them")
        .replace(
            "    Status: {type: string, enum: [open, shipped]}\n",
            "    Status: {enum: [open, shipped], type: string, description: Where an order is.}\n",
        );
    assert_ne!(reworded, BASE);
    let found = changes(BASE, &reworded);
    assert!(found.is_empty(), "{:#?}", found.iter().map(line).collect::<Vec<_>>());
}

#[test]
fn the_same_api_in_openapi_3_1_is_no_change() {
    let found = changes(BASE, &in_openapi_31(BASE));
    assert!(found.is_empty(), "{:#?}", found.iter().map(line).collect::<Vec<_>>());
}

/// A 3.1 spec with a webhook, whose payload the API's client receives.
const WEBHOOKS: &str = r##"openapi: 3.1.0
info: {title: Hooks, version: "1"}
paths: {}
webhooks:
  orderShipped:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [id]
              properties:
                id: {type: string}
                carrier: {type: [string, "null"], enum: [ups, dhl, null]}
      responses:
        "204": {description: received}
"##;

#[test]
fn webhooks_are_compared_with_the_provider_as_the_sender() {
    let found = changes(WEBHOOKS, &WEBHOOKS.replace("enum: [ups, dhl, null]", "enum: [ups, null]"));
    let lines: Vec<String> = found.iter().map(line).collect();
    // The provider may no longer send `dhl`: it must change; the receiving client would have
    // read it anyway; no Rust type is generated for a webhook's inline payload.
    assert_eq!(lines.len(), 1, "{lines:#?}");
    let at = "/webhooks/orderShipped/post/requestBody/content/application~1json/schema/properties/carrier/enum/dhl";
    assert!(lines[0].starts_with(&format!("  enum-value-removed at {at} (server to client)")), "{lines:#?}");
    assert!(lines[0].ends_with("[clients ok, servers breaks, Rust ok] for POST webhook orderShipped"), "{lines:#?}");

    let found = changes(WEBHOOKS, &WEBHOOKS.replace("                id: {type: string}\n", ""));
    let lines: Vec<String> = found.iter().map(line).collect();
    assert_eq!(lines.len(), 1, "{lines:#?}");
    // The receiving client required `id`, and no longer gets it.
    assert!(lines[0].contains("property `id` is removed [clients breaks, servers ok, Rust ok]"), "{lines:#?}");

    let without = WEBHOOKS.replace("webhooks:\n  orderShipped:", "x-later:\n  orderShipped:");
    let found = changes(WEBHOOKS, &without);
    let rules: Vec<&str> = found.iter().map(|change| change.rule).collect();
    assert_eq!(rules, ["event-removed"], "{:#?}", found.iter().map(line).collect::<Vec<_>>());
    assert_eq!(found[0].location, "/webhooks/orderShipped/post");
}

#[test]
fn a_renamed_schema_is_one_change_for_rust_code() {
    let renamed =
        BASE.replace("schemas/Status\"", "schemas/OrderStatus\"").replace("    Status: {", "    OrderStatus: {");
    let found = changes(BASE, &renamed);
    let lines: Vec<String> = found.iter().map(line).collect();
    assert_eq!(
        lines,
        [
            "  schema-renamed at /components/schemas/OrderStatus: schema `Status` is renamed `OrderStatus` [clients ok, servers ok, Rust breaks] for GET /orders, POST /orders"
        ]
    );
}

#[test]
fn a_change_in_schemas_that_refer_to_each_other_lists_every_operation() {
    let spec = |b_type: &str| {
        format!(
            "openapi: 3.0.3\ninfo: {{title: T, version: \"1\"}}\npaths:\n  /a:\n    get:\n      responses:\n        \"200\":\n          description: a\n          content: {{application/json: {{schema: {{$ref: \"#/components/schemas/A\"}}}}}}\n  /b:\n    get:\n      responses:\n        \"200\":\n          description: b\n          content: {{application/json: {{schema: {{$ref: \"#/components/schemas/B\"}}}}}}\ncomponents:\n  schemas:\n    A: {{type: object, properties: {{b: {{$ref: \"#/components/schemas/B\"}}, x: {{type: {b_type}}}}}}}\n    B: {{type: object, properties: {{a: {{$ref: \"#/components/schemas/A\"}}}}}}\n"
        )
    };
    let found = changes(&spec("string"), &spec("integer"));
    let lines: Vec<String> = found.iter().map(line).collect();
    assert_eq!(lines.len(), 1, "{lines:#?}");
    let operations: Vec<&str> = found[0].operations.iter().map(String::as_str).collect();
    assert_eq!(operations, ["GET /a", "GET /b"], "{lines:#?}");
}

#[test]
fn a_branch_inserted_into_a_union_is_one_change() {
    let union = |branches: &str| {
        BASE.replace(
            "        parent: {$ref: \"#/components/schemas/Order\"}\n",
            &format!(
                "        parent: {{$ref: \"#/components/schemas/Order\"}}\n        payment: {{oneOf: [{branches}]}}\n"
            ),
        )
    };
    let old = union("{type: string}, {type: integer}");
    let found = changes(&old, &union("{type: string}, {type: boolean}, {type: integer}"));
    let lines: Vec<String> = found.iter().map(line).collect();
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(lines[0].contains("branch-added at "), "{lines:#?}");
    assert!(lines[0].contains("/payment/oneOf/1 (server to client): branch 1 of `oneOf` is added"), "{lines:#?}");
}

#[test]
fn a_change_in_a_schema_that_refers_to_itself_is_reported_once_with_every_operation() {
    let found = changes(BASE, &BASE.replace("        item: {type: string}\n", ""));
    let removed: Vec<&Change> = found.iter().filter(|c| c.rule == "property-removed").collect();
    assert_eq!(removed.len(), 1, "{:#?}", found.iter().map(line).collect::<Vec<_>>());
    let operations: Vec<&str> = removed[0].operations.iter().map(String::as_str).collect();
    assert_eq!(operations, ["GET /orders", "POST /orders"]);
    assert_eq!(removed[0].location, "/components/schemas/Order/properties/item");
    // The same change gives the same id.
    assert_eq!(changes(BASE, &BASE.replace("        item: {type: string}\n", ""))[0].id, found[0].id);
}

/// A git repository holding `specs/apis.toml` and the base spec, committed.
fn repository() -> codegen_tests::ScratchWorkspace {
    let workspace = codegen_tests::ScratchWorkspace::with_spec("shop.yaml", BASE).unwrap();
    let git = |args: &[&str]| {
        let status = Command::new("git").arg("-C").arg(workspace.root()).args(args).status().unwrap();
        assert!(status.success(), "git {args:?}");
    };
    git(&["init", "--quiet"]);
    git(&["add", "specs"]);
    git(&["-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "--quiet", "-m", "base"]);
    workspace
}

#[test]
fn the_gate_fails_on_an_unaccepted_breaking_change_and_on_a_stale_acceptance() {
    use xtask::diff::{Format, Outcome, outcome, render, run};
    let workspace = repository();
    let root = workspace.root();
    let today = "2026-12-03";
    let reports = run(root, &[], "HEAD", today).unwrap();
    assert_eq!(outcome(&reports), Outcome::Clean);

    workspace.write_spec("shop.yaml", &BASE.replace("enum: [open, shipped]}", "enum: [open]}")).unwrap();
    let reports = run(root, &[], "HEAD", today).unwrap();
    assert_eq!(outcome(&reports), Outcome::Breaking);
    let ids: Vec<String> = reports[0].changes.iter().map(|(change, _)| change.id.clone()).collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    let json: serde_json::Value = serde_json::from_str(&render(&reports, Format::Json)).unwrap();
    assert_eq!(json["apis"][0]["changes"][0]["verdicts"]["rust"], "breaks");
    report_schema_accepts(&json);
    assert!(render(&reports, Format::Github).starts_with("::error title=pets enum-value-removed::"));

    // Accepted, with a reason: the gate passes; once expired, it fails again.
    let accepted: String = ids
        .iter()
        .map(|id| {
            format!("[[accept]]\nid = \"{id}\"\nreason = \"`shipped` was never sent\"\nexpires = \"2027-01-01\"\n")
        })
        .collect();
    std::fs::write(root.join("specs/pets.accepted.toml"), &accepted).unwrap();
    let reports = run(root, &[], "HEAD", today).unwrap();
    assert_eq!(outcome(&reports), Outcome::Clean);
    let json: serde_json::Value = serde_json::from_str(&render(&reports, Format::Json)).unwrap();
    assert_eq!(json["apis"][0]["changes"][0]["accepted"]["expires"], "2027-01-01");
    report_schema_accepts(&json);
    assert_eq!(outcome(&run(root, &[], "HEAD", "2027-01-01").unwrap()), Outcome::Breaking);

    // The spec back as it was: the acceptances match nothing, and fail the run.
    workspace.write_spec("shop.yaml", BASE).unwrap();
    let reports = run(root, &[], "HEAD", today).unwrap();
    assert_eq!((reports[0].stale.len(), outcome(&reports)), (2, Outcome::Breaking));
    assert!(render(&reports, Format::Text).contains("[STALE]"));
    report_schema_accepts(&serde_json::from_str(&render(&reports, Format::Json)).unwrap());

    // An expiry not written YYYY-MM-DD is refused, and so is a revision that is not there.
    std::fs::write(
        root.join("specs/pets.accepted.toml"),
        format!("[[accept]]\nid = \"{}\"\nreason = \"known\"\nexpires = \"2027-1-5\"\n", ids[0]),
    )
    .unwrap();
    assert!(run(root, &[], "HEAD", today).unwrap_err().contains("YYYY-MM-DD"));
    assert!(run(root, &[], "no-such-branch", today).unwrap_err().contains("is not a revision"));

    // An acceptance without a reason is refused.
    std::fs::write(root.join("specs/pets.accepted.toml"), format!("[[accept]]\nid = \"{}\"\nreason = \"\"\n", ids[0]))
        .unwrap();
    assert!(run(root, &[], "HEAD", today).unwrap_err().contains("without a reason"));
}

/// Checks `report` against the JSON report's published schema, for the keywords it uses.
fn report_schema_accepts(report: &serde_json::Value) {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../xtask/diff-report.schema.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    if let Err(err) = conforms(&schema, &schema, report, "") {
        panic!("the report does not match its schema: {err}");
    }
}

fn conforms(
    root: &serde_json::Value,
    schema: &serde_json::Value,
    value: &serde_json::Value,
    at: &str,
) -> Result<(), String> {
    use serde_json::Value;
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let target = root.pointer(reference.trim_start_matches('#')).ok_or(format!("{reference} not found"))?;
        return conforms(root, target, value, at);
    }
    if let Some(branches) = schema.get("oneOf").and_then(Value::as_array) {
        let matching = branches.iter().filter(|branch| conforms(root, branch, value, at).is_ok()).count();
        return if matching == 1 { Ok(()) } else { Err(format!("{at}: {matching} branches of oneOf match")) };
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array)
        && !values.contains(value)
    {
        return Err(format!("{at}: {value} is not one of {values:?}"));
    }
    let type_name = match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(one)) => vec![one.as_str()],
        Some(Value::Array(many)) => many.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if !types.is_empty() && !types.contains(&type_name) {
        return Err(format!("{at}: a {type_name}, not {types:?}"));
    }
    if let (Value::Object(object), Some(properties)) = (value, schema.get("properties").and_then(Value::as_object)) {
        for required in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            let name = required.as_str().unwrap_or_default();
            if !object.contains_key(name) {
                return Err(format!("{at}: `{name}` is missing"));
            }
        }
        for (name, item) in object {
            let Some(property) = properties.get(name) else {
                return Err(format!("{at}: `{name}` is not in the schema"));
            };
            conforms(root, property, item, &format!("{at}/{name}"))?;
        }
    }
    if let (Value::Array(items), Some(item_schema)) = (value, schema.get("items")) {
        for (index, item) in items.iter().enumerate() {
            conforms(root, item_schema, item, &format!("{at}/{index}"))?;
        }
    }
    Ok(())
}
