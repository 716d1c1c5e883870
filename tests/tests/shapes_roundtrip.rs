//! Generated Shapes client → generated Shapes server on 127.0.0.1: the shapes large public
//! specs use arrive whole, through what the engine made of them (renamed query parameters,
//! a parameter with text around it in its segment, deepObject parameters, nullable
//! components, an operation that declares no answer).

use std::sync::{Arc, Mutex};

use codegen_tests::Served;
use shapes_client::Client;
use shapes_client::types::{Account, Commit, GitUser, NullableGitUser, NullableGitUserValue};
use shapes_server::{
    AnyStatus, CompareCommitsRequest, CompareCommitsResponse, CreateMentionRequest, CreateMentionResponse,
    CreatePaymentRequest, CreatePaymentResponse, CreateTokenRequest, CreateTokenResponse, DownloadExportRequest,
    DownloadExportResponse, FetchAccountRequest, FetchAccountResponse, GetRepoBetaRequest, GetRepoBetaResponse,
    GetStepRequest, GetStepResponse, LabelOptionsRequest, LabelOptionsResponse, ListChargesRequest,
    ListChargesResponse, New2Request, New2Response, PingRequest, PingResponse, Post2Request, Post2Response,
    ReposGetRequest, ReposGetResponse, SelfRequest, SelfResponse, ShapesApi, ShelfBooksRequest, ShelfBooksResponse,
    SubscribeRequest, SubscribeResponse,
};

/// Answers from fixed data and keeps the inputs of `fetchAccount` and `listCharges`.
/// A git user of `name` (the server's answers are built field by field, as a user's code is).
fn git_user(name: Option<String>) -> GitUser {
    let mut user = GitUser::new();
    user.name = name;
    user
}

/// A `String2` answer of `text`.
fn text(text: Option<String>) -> shapes_client::types::String2 {
    let mut answer = shapes_client::types::String2::new();
    answer.text = text;
    answer
}

#[derive(Default)]
struct Recording {
    accounts: Mutex<Vec<FetchAccountRequest>>,
    charges: Mutex<Vec<ListChargesRequest>>,
}

impl ShapesApi for Recording {
    async fn repos_get(&self, request: ReposGetRequest) -> ReposGetResponse {
        let author = match request.owner.as_str() {
            "ghost" => NullableGitUser(None),
            _ => {
                let mut named = NullableGitUserValue::new();
                named.name = Some(request.owner.clone());
                named.email = Some(format!("{}@example.test", request.owner));
                NullableGitUser(Some(named))
            }
        };
        let mut commit = Commit::new(author);
        commit.committer = Some(git_user(Some("bot".into())));
        commit.reaction = Some("+1".into());
        commit.timezone = Some("Etc/GMT-0".into());
        ReposGetResponse::Status200(commit)
    }

    async fn get_repo_beta(&self, request: GetRepoBetaRequest) -> GetRepoBetaResponse {
        // The beta answer: told apart from `repos_get` by the query written into its path.
        let mut commit = Commit::new(NullableGitUser(None));
        commit.committer = Some(git_user(Some(format!("beta {}", request.owner))));
        GetRepoBetaResponse::Status200(commit)
    }

    async fn fetch_account(&self, request: FetchAccountRequest) -> FetchAccountResponse {
        let sid = request.sid.clone();
        if let Ok(mut seen) = self.accounts.lock() {
            seen.push(request);
        }
        FetchAccountResponse::Status200(Account::new(sid))
    }

    async fn list_charges(&self, request: ListChargesRequest) -> ListChargesResponse {
        if let Ok(mut seen) = self.charges.lock() {
            seen.push(request);
        }
        ListChargesResponse::Status200(vec!["ch_1".into()])
    }

    async fn create_token(&self, request: CreateTokenRequest) -> CreateTokenResponse {
        // The form body as sent, for the test to read back.
        CreateTokenResponse::Status200(String::from_utf8_lossy(&request.body).into_owned())
    }

    async fn self_(&self, request: SelfRequest) -> SelfResponse {
        // The inputs, echoed: a list from the path, fields named like keywords.
        let mut extra = serde_json::Map::new();
        extra.insert("foo_bar".into(), serde_json::json!(request.ids.iter().sum::<i64>()));
        let foo_bar = Some(format!("{:?} {:?}", request.self_, request.r#type));
        let mut batch = shapes_client::types::Batch::new();
        (batch.foo_bar, batch.extra) = (foo_bar, extra);
        SelfResponse::Status200(batch)
    }

    async fn new_2(&self, _request: New2Request) -> New2Response {
        New2Response::Status200(text(Some("label".into())))
    }

    async fn compare_commits(&self, request: CompareCommitsRequest) -> CompareCommitsResponse {
        CompareCommitsResponse::Status200(text(Some(format!("{} {}", request.base, request.head))))
    }

    async fn get_step(&self, request: GetStepRequest) -> GetStepResponse {
        let read = format!("{} {:?} {:?} {:?}", request.inputs, request.parts, request.api, request.ids);
        GetStepResponse::Status200(text(Some(read)))
    }

    async fn label_options(&self, _request: LabelOptionsRequest) -> LabelOptionsResponse {
        LabelOptionsResponse::Status204
    }

    async fn subscribe(&self, _request: SubscribeRequest) -> SubscribeResponse {
        SubscribeResponse::Status201
    }

    async fn post_2(&self, _request: Post2Request) -> Post2Response {
        Post2Response::Status204
    }

    async fn create_payment(&self, request: CreatePaymentRequest) -> CreatePaymentResponse {
        CreatePaymentResponse::Status201(request.body)
    }

    async fn create_mention(&self, request: CreateMentionRequest) -> CreateMentionResponse {
        CreateMentionResponse::Status201(request.body)
    }

    async fn get_delivery(&self, request: shapes_server::GetDeliveryRequest) -> shapes_server::GetDeliveryResponse {
        let event = shapes_client::types::DeliveryEvent::Shipped { at: request.id };
        shapes_server::GetDeliveryResponse::Status200(event)
    }

    async fn shelf_books(&self, request: ShelfBooksRequest) -> ShelfBooksResponse {
        let read = format!("{} {:?} {:?}", request.shelf, request.ids, request.tags);
        ShelfBooksResponse::Status200(text(Some(read)))
    }

    async fn download_export(&self, request: DownloadExportRequest) -> DownloadExportResponse {
        DownloadExportResponse::Status200(request.id.repeat(16 * 1024).into_bytes().into())
    }

    async fn ping(&self, _request: PingRequest) -> PingResponse {
        PingResponse::Default(AnyStatus::from(axum::http::StatusCode::NO_CONTENT))
    }
}

async fn serve() -> (Served, Arc<Recording>) {
    let api = Arc::new(Recording::default());
    let router = shapes_server::router_at_base_path(api.clone());
    (Served::start(router, shapes_server::BASE_PATH).await.unwrap(), api)
}

#[tokio::test]
async fn parameters_of_one_rust_name_arrive_apart() {
    let (served, api) = serve().await;
    let account = Client::new(&served.base_url)
        .fetch_account()
        .sid("AC1")
        .start_time("2026-01-01")
        .start_time_lt("2026-02-01")
        .start_time_gt("2025-12-01")
        .filter("open accounts")
        .send()
        .await
        .unwrap();
    assert_eq!(account.sid, "AC1");
    let seen = api.accounts.lock().unwrap().clone();
    assert_eq!(
        seen,
        [FetchAccountRequest {
            sid: "AC1".into(),
            start_time: Some("2026-01-01".into()),
            start_time_lt: Some("2026-02-01".into()),
            start_time_gt: Some("2025-12-01".into()),
            filter: Some("open accounts".into()),
        }]
    );
}

#[tokio::test]
async fn renamed_query_parameters_travel_under_their_own_names() {
    let server = codegen_tests::RecordingServer::start(200, r#"{"sid": "AC1"}"#, "/v1").await.unwrap();
    Client::new(&server.base_url).fetch_account().sid("AC1").start_time_lt("a b").send().await.unwrap();
    let request = server.single_request();
    assert_eq!(request.target, "/v1/Accounts/AC1.json?StartTime%3C=a+b");
}

#[tokio::test]
async fn deep_object_parameters_travel_as_their_keys() {
    let (served, api) = serve().await;
    let client = Client::new(&served.base_url);
    let charges = client
        .list_charges()
        .created_gt(1)
        .created_lt(9)
        .min(100)
        .expand(vec!["customer".into(), "invoice".into()])
        .send()
        .await
        .unwrap();
    assert_eq!(charges.into_inner(), ["ch_1"]);
    // Free-form keys are left out of the client (lossy), and still read by the server.
    let url = format!("{}/charges?metadata[order]=7&metadata[note]=a+b", served.base_url);
    assert_eq!(reqwest::get(url).await.unwrap().status().as_u16(), 200);
    let seen = api.charges.lock().unwrap().clone();
    assert_eq!(seen.len(), 2);
    let created = seen[0].created.as_ref().map(|created| (created.gt, created.lt));
    assert_eq!(created, Some((Some(1), Some(9))));
    assert_eq!(seen[0].amount.as_ref().map(|amount| (amount.min, amount.max)), Some((Some(100), None)));
    assert_eq!(seen[0].expand.as_deref(), Some(&["customer".to_string(), "invoice".to_string()][..]));
    assert_eq!(seen[0].metadata, None);
    assert_eq!(seen[0].window, None);
    let metadata = seen[1].metadata.clone().expect("metadata read");
    assert_eq!(metadata.get("order").map(String::as_str), Some("7"));
    assert_eq!(metadata.get("note").map(String::as_str), Some("a b"));
}

#[tokio::test]
async fn nullable_components_carry_every_property_and_null() {
    let (served, _) = serve().await;
    let client = Client::new(&served.base_url);
    let commit = client.repos_get().owner("octo").send().await.unwrap().into_inner();
    let author = commit.author.0.expect("a named author");
    assert_eq!(author.email.as_deref(), Some("octo@example.test"));
    assert_eq!(commit.reaction.as_deref(), Some("+1"));
    let ghost = client.repos_get().owner("ghost").send().await.unwrap().into_inner();
    assert_eq!(ghost.author, NullableGitUser(None));
}

#[tokio::test]
async fn a_form_body_with_an_encoding_map_is_sent_as_a_form() {
    let (served, _) = serve().await;
    let mut body = shapes_client::types::CreateTokenBody::new("4242 4242".into());
    body.note = Some("a&b".into());
    let sent = Client::new(&served.base_url).create_token().body(body).send().await.unwrap().into_inner();
    assert_eq!(sent, "note=a%26b&number=4242+4242");
}

#[tokio::test]
async fn lists_and_objects_of_a_form_body_travel_in_the_styles_of_its_encoding() {
    let (served, _) = serve().await;
    let mut body = shapes_client::types::CreateTokenBody::new("1".into());
    body.tags = vec!["a".into(), "b c".into()];
    body.metadata = [("plan".to_string(), "pro".to_string())].into();
    body.ids = vec![3, 4];
    let sent = Client::new(&served.base_url).create_token().body(body).send().await.unwrap().into_inner();
    // Exploded `form` (the default): a repeated key; `deepObject`: brackets; `pipeDelimited`: `|`.
    assert_eq!(sent, "ids=3%7C4&metadata%5Bplan%5D=pro&number=1&tags=a&tags=b+c");
}

#[tokio::test]
async fn keywords_lists_in_paths_and_colliding_properties_arrive() {
    let (served, _) = serve().await;
    let batch =
        Client::new(&served.base_url).self_().ids("1,2,3").self_("me").type_("full").send().await.unwrap().into_inner();
    assert_eq!(batch.foo_bar.as_deref(), Some("Some(\"me\") Some(\"full\")"));
    // `foo_bar` collides with `fooBar` in Rust: its value travels in the map of other properties.
    assert_eq!(batch.extra.get("foo_bar"), Some(&serde_json::json!(6)));
}

#[tokio::test]
async fn names_the_generated_code_uses_itself_are_renamed() {
    let (served, _) = serve().await;
    // The operation `new` is `new_2`: `Client::new` is the constructor. The schema `String` is `String2`.
    let label = Client::new(&served.base_url).new_2().send().await.unwrap().into_inner();
    assert_eq!(label.text.as_deref(), Some("label"));
}

#[tokio::test]
async fn an_operation_without_declared_answers_can_answer() {
    let (served, _) = serve().await;
    let answer = Client::new(&served.base_url).ping().beta("assistants=v2").send().await.unwrap();
    assert_eq!(answer.status().as_u16(), 204);
}

#[tokio::test]
async fn an_operation_at_the_root_without_an_id_is_not_named_like_a_client_hook() {
    // `POST /` would be `post`, the name of a `ClientHooks` method the client calls itself.
    let (served, _) = serve().await;
    let answer = Client::new(&served.base_url).post_2().send().await.unwrap();
    assert_eq!(answer.status().as_u16(), 204);
}

#[tokio::test]
async fn two_parameters_in_one_segment_are_told_apart_by_the_text_between_them() {
    let (served, _) = serve().await;
    let client = Client::new(&served.base_url);
    let compared = client.compare_commits().base("v1.2").head("main").send().await.unwrap().into_inner();
    assert_eq!(compared.text.as_deref(), Some("v1.2 main"));
    // The segment without the text between the parameters is no path of the API.
    let missing = reqwest::get(format!("{}/compare/main", served.base_url)).await.unwrap();
    assert_eq!(missing.status(), reqwest::StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn operations_of_one_route_are_told_apart_by_the_query_in_their_path() {
    let (served, _) = serve().await;
    let client = Client::new(&served.base_url);
    let beta = client.get_repo_beta().owner("octo").send().await.unwrap().into_inner();
    assert_eq!(beta.committer.and_then(|c| c.name).as_deref(), Some("beta octo"));
    let plain = client.repos_get().owner("octo").send().await.unwrap().into_inner();
    assert_eq!(plain.committer.and_then(|c| c.name).as_deref(), Some("bot"));
}

#[tokio::test]
async fn parameters_named_like_the_handlers_own_bindings_arrive() {
    let (served, _) = serve().await;
    let step = Client::new(&served.base_url).get_step().inputs("a").parts("b").send().await.unwrap().into_inner();
    assert_eq!(step.text.as_deref(), Some("a Some(\"b\") None None"));
    // A `pipeDelimited` list: the caller joins it, the server splits it.
    let step = Client::new(&served.base_url).get_step().inputs("a").ids("1|2").send().await.unwrap().into_inner();
    assert_eq!(step.text.as_deref(), Some("a None None Some([1, 2])"));
}

#[tokio::test]
async fn an_options_request_is_sent_and_answered() {
    let (served, _) = serve().await;
    let answer = Client::new(&served.base_url).label_options().send().await.unwrap();
    assert_eq!(answer.status().as_u16(), 204);
}

#[tokio::test]
async fn branches_that_constrain_an_object_leave_it_its_properties() {
    use shapes_client::types::{BankAccountObject, CardObject, Payment, PaymentSchedule, PaymentSource};
    let (served, _) = serve().await;
    let client = Client::new(&served.base_url);
    // `oneOf` branches that only require `reference` or `invoice`: one struct with both.
    // `anyOf` card or bank account, closed by `unevaluatedProperties`: an enum of the two.
    // `allOf` of a nullable component and an object: an object, never null.
    let mut card = Payment::new();
    card.reference = Some("r-1".into());
    card.schedule = Some(PaymentSchedule::new("weekly".into()));
    card.source = Some(PaymentSource::Card { number: "4242".into(), object: Some(CardObject::Card) });
    let mut bank = Payment::new();
    bank.invoice = Some("inv-7".into());
    bank.source =
        Some(PaymentSource::BankAccount { iban: "DE89".into(), object: Some(BankAccountObject::BankAccount) });
    for payment in [card, bank] {
        let echoed = client.create_payment().body(payment.clone()).send().await.unwrap().into_inner();
        assert_eq!(echoed, payment);
    }
    let wire = serde_json::json!({"invoice": "inv-7", "source": {"object": "bank_account", "iban": "DE89"}});
    let read: Payment = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(serde_json::to_value(&read).unwrap(), wire);
    // A property neither branch declares is refused, as `unevaluatedProperties: false` says.
    let url = format!("{}/payments", served.base_url);
    let stray = serde_json::json!({"invoice": "i", "source": {"number": "4242", "pin": "0000"}});
    let answer = codegen_tests::http_client().post(url).json(&stray).send().await.unwrap();
    assert_eq!(answer.status().as_u16(), 400);
    assert_eq!(answer.headers()["content-type"], "application/problem+json");
}

#[tokio::test]
async fn an_error_in_a_json_suffix_media_type_is_typed_and_accepted() {
    let server = codegen_tests::RecordingServer::start(400, r#"{"message": "no such invoice"}"#, "/v1").await.unwrap();
    let mut payment = shapes_client::types::Payment::new();
    payment.invoice = Some("inv-0".into());
    let error = Client::new(&server.base_url).create_payment().body(payment).send().await.unwrap_err();
    let shapes_client::Error::ErrorResponse(problem) = error else { panic!("not the declared error: {error:?}") };
    assert_eq!(problem.status().as_u16(), 400);
    assert_eq!(problem.into_inner().message, "no such invoice");
    // The server may answer in either media type the operation declares.
    assert_eq!(server.single_request().header("accept"), Some("application/json, application/problem+json"));
}

#[tokio::test]
async fn matrix_and_label_path_parameters_travel_in_their_styles() {
    let (served, _) = serve().await;
    // What the styles write before a value is part of the path; lists are text to the client.
    let client = Client::new(&served.base_url);
    let read = client.shelf_books().shelf("main").ids("1.2").tags("a;tags=b").send().await.unwrap().into_inner();
    assert_eq!(read.text.as_deref(), Some(r#"main [1, 2] ["a", "b"]"#));
    let get = |path: &str| reqwest::get(format!("{}{path}", served.base_url));
    let answer = get("/shelves/;shelf=side/books/.7/;tags=x").await.unwrap();
    assert_eq!(answer.status().as_u16(), 200);
    assert_eq!(answer.text().await.unwrap(), r#"{"text":"side [7] [\"x\"]"}"#);
    // Without the style's text the path is not one of the API's; a bad item is the spec's 400.
    assert_eq!(get("/shelves/side/books/.7/;tags=x").await.unwrap().status().as_u16(), 404);
    assert_eq!(get("/shelves/;shelf=side/books/.7.x/;tags=x").await.unwrap().status().as_u16(), 400);
}

#[tokio::test]
async fn a_stream_is_the_callers_to_read_past_the_answer_limit() {
    use futures::StreamExt as _;
    let (served, _) = serve().await;
    let client = Client::new(&served.base_url).with_max_answer_bytes(1024);
    let export = client.download_export().id("abcd").send().await.unwrap();
    let mut stream = export.into_inner_stream();
    let mut read = 0;
    while let Some(chunk) = stream.next().await {
        read += chunk.unwrap().len();
    }
    assert_eq!(read, 4 * 16 * 1024);
    // An answer read whole keeps to the limit.
    let error = client.repos_get().owner("o".repeat(2048)).send().await.unwrap_err();
    assert!(matches!(error, shapes_client::Error::ResponseBodyError(_)), "{error:?}");
}

#[tokio::test]
async fn an_object_in_the_query_not_exploded_arrives_from_its_pairs() {
    let (served, api) = serve().await;
    // The client takes it as text, written as the style says.
    let charges = Client::new(&served.base_url).list_charges().window("from,3,to,5").send().await.unwrap();
    assert_eq!(charges.into_inner(), ["ch_1"]);
    let seen = api.charges.lock().unwrap().clone();
    assert_eq!(seen[0].window.as_ref().map(|window| (window.from, window.to)), Some((Some(3), Some(5))));
    // A name without its value is the spec's 400, not a guess.
    let odd = reqwest::get(format!("{}/charges?window=from,3,to", served.base_url)).await.unwrap();
    assert_eq!(odd.status().as_u16(), 400);
}

#[tokio::test]
async fn schemas_written_out_at_several_places_are_one_type_that_keeps_each_place() {
    use shapes_client::types::{Author, Kind, Mention, MentionPrevious, MentionSubject, State};
    let (served, _) = serve().await;
    let client = Client::new(&served.base_url);
    // `author` and the nullable `editor` are one type; `subject` and `previous` share `State`.
    let mut mention = Mention::new(Author::new("octo".into()), MentionSubject::default());
    mention.editor = Some(Author::new("cat".into()));
    let mut previous = MentionPrevious::new();
    (previous.kind, previous.state) = (Some(Kind::Discussion), State::Closed);
    mention.previous = Some(previous);
    let echoed = client.create_mention().body(mention.clone()).send().await.unwrap().into_inner();
    assert_eq!(echoed, mention);
    // Each place keeps its default: a subject without a state is open.
    let read: Mention = serde_json::from_value(serde_json::json!({
        "author": {"login": "octo"}, "editor": null, "subject": {}
    }))
    .unwrap();
    assert_eq!((read.subject.state, read.editor), (State::Open, None));
    let answer = codegen_tests::http_client()
        .post(format!("{}/mentions", served.base_url))
        .json(&serde_json::json!({"author": {"login": "octo", "role": "guest"}, "subject": {}}))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 400, "a value the shared enum lacks is refused");
}

#[tokio::test]
async fn a_union_told_apart_by_a_property_keeps_an_object_of_a_kind_its_spec_does_not_list() {
    use shapes_client::types::DeliveryEvent;
    let (served, _) = serve().await;
    let known = Client::new(&served.base_url).get_delivery().id("d-1").send().await.unwrap().into_inner();
    assert_eq!(known, DeliveryEvent::Shipped { at: "d-1".into() });
    // A newer server's kind of event: kept whole, and written back byte for byte.
    let newer = r#"{"type":"returned","at":"2026-12-01","by":{"courier":"post"}}"#;
    let server = codegen_tests::RecordingServer::start(200, newer, "/v1").await.unwrap();
    let event = Client::new(&server.base_url).get_delivery().id("d-2").send().await.unwrap().into_inner();
    let DeliveryEvent::Unknown(kept) = &event else { panic!("expected the unlisted kind kept, got {event:?}") };
    assert_eq!(kept["by"]["courier"], "post");
    assert_eq!(serde_json::to_string(&event).unwrap(), newer);
}
