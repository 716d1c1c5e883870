//! The Bookshelf reference API over an in-memory shelf: paging and filters, idempotent adds,
//! removal by shelf keepers only, and raw cover uploads.

use std::collections::BTreeMap;
use std::sync::Mutex;

use bookshelf_server::types::{Book, BookPage, Genre, NewBook, Problem};
use bookshelf_server::{
    AddBookCredentials, AddBookRequest, AddBookResponse, ApiKey, BookshelfApi, DeleteBookRequest, DeleteBookResponse,
    GetBookRequest, GetBookResponse, ListBooksRequest, ListBooksResponse, PutCoverCredentials, PutCoverRequest,
    PutCoverResponse, RangeStatus,
};

/// The API key writers use; bearer tokens are accepted as they come.
pub const API_KEY: &str = "shelf-key";
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
                shelf.store(NewBook { title, genre, year: Some(year), tags: vec![tag] });
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
        let id = shelf.books.keys().next_back().map_or(1, |last| last + 1);
        let book = Book {
            id,
            title: new.title.to_string(),
            genre: new.genre,
            year: new.year,
            tags: new.tags.into_iter().map(|tag| tag.to_string()).collect(),
            has_cover: Some(false),
        };
        shelf.books.insert(id, book.clone());
        Some(book)
    }
}

fn problem(status: u16, title: &str) -> (RangeStatus<4>, Problem) {
    let range = RangeStatus::<4>::clamped(status);
    (
        range,
        Problem {
            status: i64::from(range.code().as_u16()),
            title: title.to_string(),
            detail: None,
            errors: Vec::new(),
        },
    )
}

fn writer_allowed(key: Option<&ApiKey>) -> bool {
    key.is_none_or(|key| key.0 == API_KEY)
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
            .filter(|book| request.genre.is_none_or(|genre| book.genre == genre))
            .filter(|book| tags.iter().all(|tag| book.tags.contains(tag)))
            .collect();
        let limit = usize::try_from(request.limit.unwrap_or(DEFAULT_LIMIT)).unwrap_or(usize::MAX);
        ListBooksResponse::Status200(BookPage {
            total: i64::try_from(matching.len()).unwrap_or(i64::MAX),
            items: matching.into_iter().take(limit).cloned().collect(),
        })
    }

    async fn add_book(&self, credentials: AddBookCredentials, request: AddBookRequest) -> AddBookResponse {
        let key = match &credentials {
            AddBookCredentials::ApiKeyHeader(key) => Some(key),
            AddBookCredentials::BearerAuth(_) => None,
        };
        if !writer_allowed(key) {
            let (status, body) = problem(403, "this API key may not add books");
            return AddBookResponse::Status4xx(status, body);
        }
        let idempotency_key = request.idempotency_key.to_string();
        let earlier = self.shelf.lock().ok().and_then(|shelf| {
            let id = shelf.added.get(&idempotency_key)?;
            shelf.books.get(id).cloned()
        });
        if let Some(book) = earlier {
            return AddBookResponse::Status201(book);
        }
        let duplicate =
            self.shelf.lock().is_ok_and(|shelf| shelf.books.values().any(|b| b.title == *request.body.title));
        if duplicate {
            let (status, body) = problem(409, "a book with this title is on the shelf");
            return AddBookResponse::Status4xx(status, body);
        }
        match self.store(request.body) {
            Some(book) => {
                if let Ok(mut shelf) = self.shelf.lock() {
                    shelf.added.insert(idempotency_key, book.id);
                }
                AddBookResponse::Status201(book)
            }
            None => {
                let (status, body) = problem(429, "shelf busy");
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
        if credentials.0 != KEEPER_SESSION {
            let (status, body) = problem(403, "only shelf keepers remove books");
            return DeleteBookResponse::Status4xx(status, body);
        }
        let removed = self.shelf.lock().ok().and_then(|mut shelf| shelf.books.remove(&request.book_id));
        match removed {
            Some(_) => DeleteBookResponse::Status204,
            None => {
                let (status, body) = problem(404, "no such book");
                DeleteBookResponse::Status4xx(status, body)
            }
        }
    }

    async fn put_cover(&self, credentials: PutCoverCredentials, request: PutCoverRequest) -> PutCoverResponse {
        if let PutCoverCredentials::ApiKeyHeader(key) = &credentials
            && !writer_allowed(Some(key))
        {
            let (status, body) = problem(403, "this API key may not change covers");
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
