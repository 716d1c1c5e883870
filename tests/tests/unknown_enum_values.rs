//! A provider that adds an enum value does not break a deployed client: a string enum the
//! client receives keeps a value its spec does not list and writes it back unchanged, while a
//! server still refuses such a value in a request, with the error body its spec declares.
//! Which enums keep unknown values (received ones of more than one value, and the untagged
//! unions that hold them) is checked on generated code.

use bookshelf_client::Client;
use bookshelf_client::types::{Book, Genre, Problem};
use codegen_tests::{RecordingServer, ScratchWorkspace, Served};
use example_servers::bookshelf::{InMemoryBookshelf, WRITER_TOKEN};
use xtask::codegen::{Mode, run};

/// A book as a newer server writes it: with a genre the vendored spec does not list, its
/// properties in the order the generated type writes them.
const NEWER_BOOK: &str = r#"{"genre":"poetry","hasCover":true,"id":7,"tags":["verse"],"title":"Odes","year":1819}"#;

#[tokio::test]
async fn a_client_keeps_an_unlisted_value_of_an_answer_and_writes_it_back_byte_for_byte() {
    let server = RecordingServer::start(200, NEWER_BOOK, bookshelf_server::BASE_PATH).await.unwrap();
    let client = Client::new(&server.base_url);
    let book: Book = client.get_book().book_id(7).send().await.unwrap().into_inner();
    let Genre::Unknown(kept) = &book.genre else { panic!("expected the unlisted genre kept, got {:?}", book.genre) };
    assert_eq!((kept.as_str(), book.title.as_str(), book.id), ("poetry", "Odes", 7));
    assert_eq!(serde_json::to_string(&book).unwrap(), NEWER_BOOK);
    assert_eq!(book.genre.to_string(), "poetry");
    // A listed value is never kept as unknown, however it is read.
    assert_eq!("history".parse::<Genre>().unwrap(), Genre::History);
    assert_eq!(serde_json::from_str::<Genre>(r#""fiction""#).unwrap(), Genre::Fiction);
}

#[tokio::test]
async fn a_server_refuses_an_unlisted_value_in_a_request_with_the_declared_error_body() {
    let api = std::sync::Arc::new(InMemoryBookshelf::sample());
    let router = bookshelf_server::router_at_base_path(api);
    let served = Served::start(router, bookshelf_server::BASE_PATH).await.unwrap();
    let response = codegen_tests::http_client()
        .post(format!("{}/books", served.base_url))
        .bearer_auth(WRITER_TOKEN)
        .header("idempotency-key", "poetry-0001")
        .header("content-type", "application/json")
        .body(r#"{"title": "Odes", "genre": "poetry"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    let problem: Problem = response.json().await.unwrap();
    let refusals: Vec<(&str, &str)> = problem.errors.iter().map(|e| (e.pointer.as_str(), e.message.as_str())).collect();
    assert_eq!(refusals, [("body.genre", "unknown variant `poetry`, expected one of `fiction`, `history`, `science`")]);
}

/// An API whose enums are received, sent, or both, a union of a received enum and a number,
/// and a union told apart by its `type`.
const SIDES: &str = r##"
openapi: 3.0.3
info: {title: Sides, version: "1"}
paths:
  /orders:
    post:
      operationId: placeOrder
      parameters:
        - {name: sort, in: query, schema: {$ref: "#/components/schemas/Sort"}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/NewOrder"}
      responses:
        "200":
          description: placed
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Order"}
components:
  schemas:
    Sort: {type: string, enum: [asc, desc]}
    Priority: {type: string, enum: [low, high]}
    NewOrder:
      type: object
      required: [priority, channel]
      properties:
        priority: {$ref: "#/components/schemas/Priority"}
        channel: {type: string, enum: [web, phone]}
    Order:
      type: object
      required: [priority, state, object, label]
      properties:
        priority: {$ref: "#/components/schemas/Priority"}
        state: {type: string, enum: [open, shipped]}
        object: {type: string, enum: [order]}
        label:
          oneOf:
            - {type: string, enum: [urgent, routine]}
            - {type: integer}
        events: {type: array, items: {$ref: "#/components/schemas/Event"}}
    Event:
      oneOf:
        - type: object
          required: [type, at]
          properties:
            type: {type: string, enum: [shipped]}
            at: {type: string}
        - type: object
          required: [type]
          properties:
            type: {type: string, enum: [cancelled]}
"##;

/// The types crate of `SIDES`, with `manifest_extra` added to its API's table.
fn sides_types(manifest_extra: &str) -> syn::File {
    let workspace = ScratchWorkspace::with_spec("sides.yaml", SIDES).unwrap();
    let manifest = workspace.read("specs/apis.toml").unwrap();
    std::fs::write(workspace.root().join("specs/apis.toml"), format!("{manifest}{manifest_extra}")).unwrap();
    let report = run(workspace.root(), Mode::Write);
    assert!(report.succeeded(), "{}", report.render());
    syn::parse_file(&workspace.read("crates/pets-types/src/generated.rs").unwrap()).unwrap()
}

/// The string enums that keep unknown values (a variant holding an `UnknownValue`), and
/// the unions read through the runtime (`remote = "Self"`: strictly first, or keeping an
/// unlisted tag), by name.
fn open_enums(types: &syn::File) -> (Vec<String>, Vec<String>) {
    let (mut keeping, mut strict_first) = (Vec::new(), Vec::new());
    for item in &types.items {
        let syn::Item::Enum(definition) = item else { continue };
        let name = definition.ident.to_string();
        let fields = definition.variants.iter().map(|v| quote::ToTokens::to_token_stream(&v.fields).to_string());
        if fields.into_iter().any(|field| field == "(runtime :: UnknownValue)") {
            keeping.push(name.clone());
        }
        let attributes = definition.attrs.iter().map(|a| quote::ToTokens::to_token_stream(a).to_string());
        if attributes.into_iter().any(|a| a.contains("remote")) {
            strict_first.push(name);
        }
    }
    keeping.sort();
    strict_first.sort();
    (keeping, strict_first)
}

#[test]
fn received_enums_of_several_values_keep_unknown_ones_and_sent_or_constant_ones_stay_closed() {
    let (keeping, strict_first) = open_enums(&sides_types(""));
    // `Priority` travels both ways; `Sort` and the channel are sent only; `object` is a constant.
    assert_eq!(keeping, ["OrderLabelString", "OrderState", "Priority"]);
    assert_eq!(strict_first, ["Event", "OrderLabel"]);
    let types = sides_types("");
    let event = types.items.iter().find_map(|item| match item {
        syn::Item::Enum(definition) if definition.ident == "Event" => Some(definition),
        _ => None,
    });
    let last = event.and_then(|event| event.variants.last()).map(|v| quote::ToTokens::to_token_stream(v).to_string());
    assert!(last.as_deref().is_some_and(|v| v.ends_with("Unknown (:: serde_json :: Value)")), "{last:?}");
    let (keeping, strict_first) = open_enums(&sides_types("unknown-enum-values = \"refuse\"\n"));
    assert_eq!((keeping.len(), strict_first.len()), (0, 0), "{keeping:?} {strict_first:?}");
}
