//! The Bookshelf reference API over an in-memory shelf: paging and filters, idempotent adds
//! by known writers only, removal by shelf keepers only, and raw cover uploads. Everything it
//! keeps is bounded: a full shelf refuses new books.

use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::Secret;

use bookshelf_server::types::{Book, BookPage, Genre, NewBook, Problem};
use bookshelf_server::{
    AddBookCredentials, AddBookRequest, AddBookResponse, ApiKey, BearerToken, BookshelfApi, DeleteBookRequest,
    DeleteBookResponse, GetBookRequest, GetBookResponse, ListBooksRequest, ListBooksResponse, PutCoverCredentials,
    PutCoverRequest, PutCoverResponse, RangeStatus,
};

/// The API key writers use.
pub const API_KEY: &str = "shelf-key";
/// The bearer token writers use.
pub const WRITER_TOKEN: &str = "shelf-writer";
/// Books the shelf holds at most; adding one more is refused (409).
pub const MAX_BOOKS: usize = 1_000;
/// Largest cover kept, in bytes (413 beyond).
pub const MAX_COVER_BYTES: usize = 64 * 1024;
/// The session cookie of a shelf keeper, who alone may remove books.
pub const KEEPER_SESSION: &str = "keeper";
/// Page size when the request names none.
pub const DEFAULT_LIMIT: i64 = 20;

#[derive(Default)]
struct Shelf {
    books: BTreeMap<i64, Book>,
    covers: BTreeMap<i64, Vec<u8>>,
    /// Idempotency key → the book that add created.
    added: BTreeMap<String, i64>,
}

pub struct InMemoryBookshelf {
    shelf: Mutex<Shelf>,
}

impl InMemoryBookshelf {
    /// Two books: 1 "Dune" (fiction, 1965) and 2 "SPQR" (history, 2015).
    pub fn sample() -> Self {
        let shelf = Self { shelf: Mutex::new(Shelf::default()) };
        for (title, genre, year, tag) in
            [("Dune", Genre::Fiction, 1965, "classic"), ("SPQR", Genre::History, 2015, "rome")]
        {
            if let (Ok(title), Ok(tag)) = (title.try_into(), tag.try_into()) {
                let mut book = NewBook::new(genre, title);
                book.year = Some(year);
                book.tags = vec![tag];
                shelf.store(book);
            }
        }
        shelf
    }

    /// The cover stored for `book`, if any.
    pub fn cover(&self, book: i64) -> Option<Vec<u8>> {
        self.shelf.lock().ok().and_then(|shelf| shelf.covers.get(&book).cloned())
    }

    fn store(&self, new: NewBook) -> Option<Book> {
        let mut shelf = self.shelf.lock().ok()?;
        shelf.store(new)
    }
}

impl Shelf {
    fn store(&mut self, new: NewBook) -> Option<Book> {
        let id = match self.books.keys().next_back() {
            Some(last) => last.checked_add(1)?,
            None => 1,
        };
        let tags = new.tags.into_iter().map(|tag| tag.to_string()).collect();
        let mut book = Book::new(new.genre, id, tags, new.title.to_string());
        book.year = new.year;
        book.has_cover = Some(false);
        self.books.insert(id, book.clone());
        Some(book)
    }
}

fn problem(status: u16, title: &str) -> (RangeStatus<4>, Problem) {
    let range = RangeStatus::<4>::clamped(status);
    (range, Problem::new(i64::from(range.code().as_u16()), title.to_string()))
}

/// Whether the credentials are a writer's: the API key or the bearer token this shelf knows.
fn is_writer(credentials: Writer<'_>) -> bool {
    match credentials {
        Writer::Key(key) => same_secret(&key.0, API_KEY),
        Writer::Token(token) => same_secret(&token.0, WRITER_TOKEN),
    }
}

enum Writer<'a> {
    Key(&'a ApiKey),
    Token(&'a BearerToken),
}

/// Whether `given` is `known`, compared as [`Secret`]s are.
fn same_secret(given: &str, known: &str) -> bool {
    Secret::new(known).matches(given)
}

impl BookshelfApi for InMemoryBookshelf {
    async fn list_books(&self, request: ListBooksRequest) -> ListBooksResponse {
        let Ok(shelf) = self.shelf.lock() else {
            let (status, body) = problem(429, "shelf busy");
            return ListBooksResponse::Status4xx(status, body);
        };
        let tags = request.tag.unwrap_or_default();
        let matching: Vec<&Book> = shelf
            .books
            .values()
            .filter(|book| request.genre.as_ref().is_none_or(|genre| &book.genre == genre))
            .filter(|book| tags.iter().all(|tag| book.tags.contains(tag)))
            .collect();
        let limit = usize::try_from(request.limit.unwrap_or(DEFAULT_LIMIT)).unwrap_or(usize::MAX);
        let total = i64::try_from(matching.len()).unwrap_or(i64::MAX);
        ListBooksResponse::Status200(BookPage::new(matching.into_iter().take(limit).cloned().collect(), total))
    }

    async fn add_book(&self, credentials: AddBookCredentials, request: AddBookRequest) -> AddBookResponse {
        let writer = match &credentials {
            AddBookCredentials::ApiKeyHeader(key) => Writer::Key(key),
            AddBookCredentials::BearerAuth(token) => Writer::Token(token),
        };
        if !is_writer(writer) {
            let (status, body) = problem(403, "these credentials may not add books");
            return AddBookResponse::Status4xx(status, body);
        }
        let Ok(mut shelf) = self.shelf.lock() else {
            let (status, body) = problem(429, "shelf busy");
            return AddBookResponse::Status4xx(status, body);
        };
        let idempotency_key = request.idempotency_key.to_string();
        if let Some(book) = shelf.added.get(&idempotency_key).and_then(|id| shelf.books.get(id)) {
            return AddBookResponse::Status201(book.clone());
        }
        let refusal = if shelf.books.values().any(|b| b.title == *request.body.title) {
            Some("a book with this title is on the shelf")
        } else if shelf.books.len() >= MAX_BOOKS {
            Some("the shelf is full")
        } else {
            None
        };
        if let Some(refusal) = refusal {
            let (status, body) = problem(409, refusal);
            return AddBookResponse::Status4xx(status, body);
        }
        match shelf.store(request.body) {
            Some(book) => {
                shelf.added.insert(idempotency_key, book.id);
                AddBookResponse::Status201(book)
            }
            None => {
                let (status, body) = problem(409, "the shelf has no id left");
                AddBookResponse::Status4xx(status, body)
            }
        }
    }

    async fn get_book(&self, request: GetBookRequest) -> GetBookResponse {
        match self.shelf.lock().ok().and_then(|shelf| shelf.books.get(&request.book_id).cloned()) {
            Some(book) => GetBookResponse::Status200(book),
            None => GetBookResponse::Status404,
        }
    }

    async fn delete_book(&self, credentials: ApiKey, request: DeleteBookRequest) -> DeleteBookResponse {
        if !same_secret(&credentials.0, KEEPER_SESSION) {
            let (status, body) = problem(403, "only shelf keepers remove books");
            return DeleteBookResponse::Status4xx(status, body);
        }
        let removed = self.shelf.lock().ok().and_then(|mut shelf| {
            let removed = shelf.books.remove(&request.book_id)?;
            // What was kept for the book goes with it.
            shelf.covers.remove(&request.book_id);
            shelf.added.retain(|_, id| *id != request.book_id);
            Some(removed)
        });
        match removed {
            Some(_) => DeleteBookResponse::Status204,
            None => {
                let (status, body) = problem(404, "no such book");
                DeleteBookResponse::Status4xx(status, body)
            }
        }
    }

    async fn put_cover(&self, credentials: PutCoverCredentials, request: PutCoverRequest) -> PutCoverResponse {
        let writer = match &credentials {
            PutCoverCredentials::ApiKeyHeader(key) => Writer::Key(key),
            PutCoverCredentials::BearerAuth(token) => Writer::Token(token),
        };
        if !is_writer(writer) {
            let (status, body) = problem(403, "these credentials may not change covers");
            return PutCoverResponse::Status4xx(status, body);
        }
        if request.body.len() > MAX_COVER_BYTES {
            let (status, body) = problem(413, "covers are kept up to 64 KiB");
            return PutCoverResponse::Status4xx(status, body);
        }
        let Ok(mut shelf) = self.shelf.lock() else {
            let (status, body) = problem(429, "shelf busy");
            return PutCoverResponse::Status4xx(status, body);
        };
        let Some(book) = shelf.books.get_mut(&request.book_id) else {
            let (status, body) = problem(404, "no such book");
            return PutCoverResponse::Status4xx(status, body);
        };
        book.has_cover = Some(true);
        shelf.covers.insert(request.book_id, request.body.to_vec());
        PutCoverResponse::Status204
    }
}
