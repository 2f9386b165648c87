// The checker's model of std and Tokio: the types it knows and the signatures it types calls with.
// Read by asyncscope.lessons.rustlite.check.StdModel with Rust-lite's own parser.
//
// #[model(...)] on a struct: paths = the paths that name it (space-separated), display = how rustc prints it,
// declared = how rustc's E0599 headline prints it when generic, copy = true/false, deref = arg0 | str | slice,
// methods = its line in methods.txt (the type is then closed: a method missing there is E0599),
// not_send = rc | guard | cell (it makes a future held across .await not Send), must_use (= "its note"), iterator,
// lifetime, kind = "enum".
// `impl a::b { fn f(..) -> T; }` declares the free functions of module a::b. `_` is a type the checker does not
// know. Single capital letters are generic parameters. `__await` gives the output of awaiting a future type.
// Only signatures known for certain are written here; a method that exists but is not written here (see
// methods.txt) returns Unknown.

#[model(paths = "std::string::String String", copy = false, deref = "str", methods = "String")]
struct String;
#[model(paths = "std::vec::Vec Vec", copy = false, deref = "slice", methods = "Vec")]
struct Vec<T>;
#[model(paths = "std::option::Option Option", kind = "enum", methods = "Option")]
struct Option<T>;
#[model(paths = "std::result::Result Result", kind = "enum", methods = "Result")]
struct Result<T, E>;
#[model(paths = "std::collections::HashMap std::collections::hash_map::HashMap", declared = "HashMap<K, V, S, A>", copy = false, methods = "HashMap")]
struct HashMap<K, V>;
#[model(paths = "std::collections::HashSet std::collections::hash_set::HashSet", declared = "HashSet<T, S, A>", copy = false, methods = "HashSet")]
struct HashSet<T>;
#[model(paths = "std::collections::BTreeMap std::collections::btree_map::BTreeMap", declared = "BTreeMap<K, V, A>", copy = false, methods = "BTreeMap")]
struct BTreeMap<K, V>;
#[model(paths = "std::collections::BTreeSet", declared = "BTreeSet<T, A>", copy = false, methods = "BTreeSet")]
struct BTreeSet<T>;
#[model(paths = "std::collections::VecDeque", declared = "VecDeque<T, A>", copy = false, methods = "VecDeque")]
struct VecDeque<T>;
#[model(paths = "std::collections::hash_map::Entry std::collections::btree_map::Entry")]
struct Entry<K, V>;
#[model(paths = "std::boxed::Box Box", copy = false, deref = "arg0", methods = "Box")]
struct Box<T>;
#[model(paths = "std::rc::Rc", copy = false, deref = "arg0", not_send = "rc", methods = "Rc")]
struct Rc<T>;
#[model(paths = "std::sync::Arc", copy = false, deref = "arg0", methods = "Arc")]
struct Arc<T>;
#[model(paths = "std::cell::RefCell", copy = false, methods = "RefCell")]
struct RefCell<T>;
#[model(paths = "std::cell::Cell", copy = false, methods = "Cell")]
struct Cell<T>;
#[model(paths = "std::cell::Ref", display = "std::cell::Ref", lifetime, copy = false, deref = "arg0", not_send = "cell", methods = "Ref")]
struct CellRef<T>;
#[model(paths = "std::cell::RefMut", display = "RefMut", lifetime, copy = false, deref = "arg0", not_send = "cell", methods = "RefMut")]
struct CellRefMut<T>;
#[model(paths = "std::sync::Mutex", display = "std::sync::Mutex", copy = false, methods = "std::sync::Mutex")]
struct StdMutex<T>;
#[model(paths = "std::sync::MutexGuard", display = "std::sync::MutexGuard", lifetime, copy = false, deref = "arg0", not_send = "guard", methods = "std::sync::MutexGuard")]
struct StdMutexGuard<T>;
#[model(paths = "std::sync::RwLock", display = "std::sync::RwLock", copy = false, methods = "std::sync::RwLock")]
struct StdRwLock<T>;
#[model(paths = "std::sync::RwLockReadGuard", display = "std::sync::RwLockReadGuard", lifetime, copy = false, deref = "arg0", not_send = "guard")]
struct StdRwLockReadGuard<T>;
#[model(paths = "std::sync::RwLockWriteGuard", display = "std::sync::RwLockWriteGuard", lifetime, copy = false, deref = "arg0", not_send = "guard")]
struct StdRwLockWriteGuard<T>;
#[model(paths = "std::time::Duration tokio::time::Duration core::time::Duration", copy = true, methods = "Duration")]
struct Duration;
#[model(paths = "std::time::Instant", display = "std::time::Instant", copy = true, methods = "std::time::Instant")]
struct StdInstant;
#[model(paths = "std::cmp::Ordering core::cmp::Ordering", kind = "enum", copy = true, methods = "Ordering")]
struct Ordering;
#[model(paths = "std::sync::atomic::Ordering", display = "std::sync::atomic::Ordering", kind = "enum", copy = true)]
struct AtomicOrdering;
#[model(paths = "std::sync::atomic::AtomicUsize", copy = false, methods = "AtomicUsize")]
struct AtomicUsize;
#[model(paths = "std::sync::atomic::AtomicU64", copy = false, methods = "AtomicU64")]
struct AtomicU64;
#[model(paths = "std::sync::atomic::AtomicU32", copy = false, methods = "AtomicU32")]
struct AtomicU32;
#[model(paths = "std::sync::atomic::AtomicI32", copy = false, methods = "AtomicI32")]
struct AtomicI32;
#[model(paths = "std::sync::atomic::AtomicI64", copy = false, methods = "AtomicI64")]
struct AtomicI64;
#[model(paths = "std::sync::atomic::AtomicBool", copy = false, methods = "AtomicBool")]
struct AtomicBool;
#[model(paths = "std::ops::Range", iterator, copy = false)]
struct Range<T>;
#[model(paths = "std::ops::RangeInclusive", iterator, copy = false)]
struct RangeInclusive<T>;
#[model(paths = "std::slice::Iter std::vec::IntoIter std::str::Chars", display = "impl Iterator", iterator)]
struct Iter<T>;
#[model(paths = "std::pin::Pin", deref = "arg0")]
struct Pin<T>;

#[model(paths = "tokio::task::JoinHandle tokio::runtime::task::JoinHandle", display = "tokio::task::JoinHandle", copy = false, methods = "JoinHandle")]
struct JoinHandle<T>;
#[model(paths = "tokio::task::JoinError", copy = false, methods = "JoinError")]
struct JoinError;
#[model(paths = "tokio::sync::mpsc::Sender", display = "tokio::sync::mpsc::Sender", copy = false, methods = "mpsc::Sender")]
struct MpscSender<T>;
#[model(paths = "tokio::sync::mpsc::Receiver", display = "tokio::sync::mpsc::Receiver", copy = false, methods = "mpsc::Receiver")]
struct MpscReceiver<T>;
#[model(paths = "tokio::sync::mpsc::UnboundedSender", display = "UnboundedSender", copy = false, methods = "mpsc::UnboundedSender")]
struct MpscUnboundedSender<T>;
#[model(paths = "tokio::sync::mpsc::UnboundedReceiver", display = "UnboundedReceiver", copy = false, methods = "mpsc::UnboundedReceiver")]
struct MpscUnboundedReceiver<T>;
#[model(paths = "tokio::sync::oneshot::Sender", display = "tokio::sync::oneshot::Sender", copy = false, methods = "oneshot::Sender")]
struct OneshotSender<T>;
#[model(paths = "tokio::sync::oneshot::Receiver", display = "tokio::sync::oneshot::Receiver", copy = false, methods = "oneshot::Receiver")]
struct OneshotReceiver<T>;
#[model(paths = "tokio::sync::broadcast::Sender", display = "tokio::sync::broadcast::Sender", copy = false, methods = "broadcast::Sender")]
struct BroadcastSender<T>;
#[model(paths = "tokio::sync::broadcast::Receiver", display = "tokio::sync::broadcast::Receiver", copy = false, methods = "broadcast::Receiver")]
struct BroadcastReceiver<T>;
#[model(paths = "tokio::sync::watch::Sender", display = "tokio::sync::watch::Sender", copy = false, methods = "watch::Sender")]
struct WatchSender<T>;
#[model(paths = "tokio::sync::watch::Receiver", display = "tokio::sync::watch::Receiver", copy = false, methods = "watch::Receiver")]
struct WatchReceiver<T>;
#[model(paths = "tokio::sync::Mutex", display = "tokio::sync::Mutex", copy = false, methods = "tokio::sync::Mutex")]
struct TokioMutex<T>;
#[model(paths = "tokio::sync::MutexGuard", display = "tokio::sync::MutexGuard", lifetime, copy = false, deref = "arg0", methods = "tokio::sync::MutexGuard", must_use = "if unused the Mutex will immediately unlock")]
struct TokioMutexGuard<T>;
#[model(paths = "tokio::sync::OwnedMutexGuard", copy = false, deref = "arg0")]
struct TokioOwnedMutexGuard<T>;
#[model(paths = "tokio::sync::RwLock", display = "tokio::sync::RwLock", copy = false, methods = "tokio::sync::RwLock")]
struct TokioRwLock<T>;
#[model(paths = "tokio::sync::RwLockReadGuard", display = "tokio::sync::RwLockReadGuard", lifetime, copy = false, deref = "arg0")]
struct TokioRwLockReadGuard<T>;
#[model(paths = "tokio::sync::RwLockWriteGuard", display = "tokio::sync::RwLockWriteGuard", lifetime, copy = false, deref = "arg0")]
struct TokioRwLockWriteGuard<T>;
#[model(paths = "tokio::sync::Semaphore", copy = false, methods = "Semaphore")]
struct Semaphore;
#[model(paths = "tokio::sync::SemaphorePermit", lifetime, copy = false, must_use, methods = "SemaphorePermit")]
struct SemaphorePermit;
#[model(paths = "tokio::sync::OwnedSemaphorePermit", copy = false, must_use, methods = "OwnedSemaphorePermit")]
struct OwnedSemaphorePermit;
#[model(paths = "tokio::sync::Notify", copy = false, methods = "Notify")]
struct Notify;
#[model(paths = "tokio::sync::Barrier", copy = false, methods = "Barrier")]
struct Barrier;
#[model(paths = "tokio::task::JoinSet", copy = false, methods = "JoinSet")]
struct JoinSet<T>;
#[model(paths = "tokio::time::Sleep", copy = false, must_use = "futures do nothing unless you `.await` or poll them", methods = "Sleep")]
struct Sleep;
#[model(paths = "tokio::time::Interval", copy = false, methods = "Interval")]
struct Interval;
#[model(paths = "tokio::time::Instant", display = "tokio::time::Instant", copy = true, methods = "tokio::time::Instant")]
struct TokioInstant;
#[model(paths = "tokio::time::Timeout", display = "tokio::time::Timeout", copy = false, must_use = "futures do nothing unless you `.await` or poll them", methods = "Timeout")]
struct Timeout<F>;
#[model(paths = "tokio::runtime::Runtime", copy = false)]
struct Runtime;
#[model(paths = "tokio::runtime::Builder", copy = false)]
struct Builder;

impl String {
    fn new() -> String;
    fn with_capacity(capacity: usize) -> String;
    fn from(s: _) -> String;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn push_str(&mut self, string: &str);
    fn push(&mut self, ch: char);
    fn pop(&mut self) -> Option<char>;
    fn as_str(&self) -> &str;
    fn clear(&mut self);
    fn clone(&self) -> String;
    fn capacity(&self) -> usize;
    fn insert(&mut self, idx: usize, ch: char);
    fn insert_str(&mut self, idx: usize, string: &str);
    fn remove(&mut self, idx: usize) -> char;
    fn truncate(&mut self, new_len: usize);
    fn into_bytes(self) -> Vec<u8>;
    fn reserve(&mut self, additional: usize);
}

impl str {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn to_string(&self) -> String;
    fn to_owned(&self) -> String;
    fn to_uppercase(&self) -> String;
    fn to_lowercase(&self) -> String;
    fn to_ascii_uppercase(&self) -> String;
    fn to_ascii_lowercase(&self) -> String;
    fn trim(&self) -> &str;
    fn trim_start(&self) -> &str;
    fn trim_end(&self) -> &str;
    fn chars(&self) -> Iter<char>;
    fn char_indices(&self) -> Iter<(usize, char)>;
    fn bytes(&self) -> Iter<u8>;
    fn lines(&self) -> Iter<&str>;
    fn split<P>(&self, pat: P) -> Iter<&str>;
    fn splitn<P>(&self, n: usize, pat: P) -> Iter<&str>;
    fn split_whitespace(&self) -> Iter<&str>;
    fn split_once<P>(&self, delimiter: P) -> Option<(&str, &str)>;
    fn contains<P>(&self, pat: P) -> bool;
    fn starts_with<P>(&self, pat: P) -> bool;
    fn ends_with<P>(&self, pat: P) -> bool;
    fn find<P>(&self, pat: P) -> Option<usize>;
    fn replace<P>(&self, from: P, to: &str) -> String;
    fn parse<F>(&self) -> Result<F, _>;
    fn repeat(&self, n: usize) -> String;
    fn as_bytes(&self) -> &[u8];
    fn strip_prefix<P>(&self, prefix: P) -> Option<&str>;
    fn strip_suffix<P>(&self, suffix: P) -> Option<&str>;
    fn eq_ignore_ascii_case(&self, other: &str) -> bool;
}

impl<T> Vec<T> {
    fn new() -> Vec<T>;
    fn with_capacity(capacity: usize) -> Vec<T>;
    fn from(x: _) -> Vec<T>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn push(&mut self, value: T);
    fn pop(&mut self) -> Option<T>;
    fn clear(&mut self);
    fn insert(&mut self, index: usize, element: T);
    fn remove(&mut self, index: usize) -> T;
    fn swap_remove(&mut self, index: usize) -> T;
    fn truncate(&mut self, len: usize);
    fn extend<I>(&mut self, iter: I);
    fn append(&mut self, other: &mut Vec<T>);
    fn clone(&self) -> Vec<T>;
    fn into_iter(self) -> Iter<T>;
    fn drain<R>(&mut self, range: R) -> Iter<T>;
    fn retain(&mut self, f: impl FnMut(&T) -> bool);
    fn dedup(&mut self);
    fn capacity(&self) -> usize;
    fn reserve(&mut self, additional: usize);
    fn split_off(&mut self, at: usize) -> Vec<T>;
    fn as_slice(&self) -> &[T];
}

impl<T> slice<T> {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn iter(&self) -> Iter<&T>;
    fn iter_mut(&mut self) -> Iter<&mut T>;
    fn first(&self) -> Option<&T>;
    fn last(&self) -> Option<&T>;
    fn first_mut(&mut self) -> Option<&mut T>;
    fn last_mut(&mut self) -> Option<&mut T>;
    fn contains(&self, x: &T) -> bool;
    fn sort(&mut self);
    fn sort_unstable(&mut self);
    fn sort_by(&mut self, compare: impl FnMut(&T, &T) -> Ordering);
    fn sort_by_key<K>(&mut self, f: impl FnMut(&T) -> K);
    fn sort_unstable_by(&mut self, compare: impl FnMut(&T, &T) -> Ordering);
    fn sort_unstable_by_key<K>(&mut self, f: impl FnMut(&T) -> K);
    fn reverse(&mut self);
    fn to_vec(&self) -> Vec<T>;
    fn windows(&self, size: usize) -> Iter<&[T]>;
    fn chunks(&self, chunk_size: usize) -> Iter<&[T]>;
    fn swap(&mut self, a: usize, b: usize);
    fn binary_search(&self, x: &T) -> Result<usize, usize>;
    fn split_at(&self, mid: usize) -> (&[T], &[T]);
    fn fill(&mut self, value: T);
}

impl<T> Option<T> {
    fn is_some(&self) -> bool;
    fn is_none(&self) -> bool;
    fn unwrap(self) -> T;
    fn expect(self, msg: &str) -> T;
    fn unwrap_or(self, default: T) -> T;
    fn unwrap_or_else(self, f: impl FnOnce() -> T) -> T;
    fn unwrap_or_default(self) -> T;
    fn map<U>(self, f: impl FnOnce(T) -> U) -> Option<U>;
    fn and_then<U>(self, f: impl FnOnce(T) -> Option<U>) -> Option<U>;
    fn ok_or<E>(self, err: E) -> Result<T, E>;
    fn ok_or_else<E>(self, err: impl FnOnce() -> E) -> Result<T, E>;
    fn as_ref(&self) -> Option<&T>;
    fn as_mut(&mut self) -> Option<&mut T>;
    fn take(&mut self) -> Option<T>;
    fn replace(&mut self, value: T) -> Option<T>;
    fn filter(self, predicate: impl FnOnce(&T) -> bool) -> Option<T>;
    fn or(self, optb: Option<T>) -> Option<T>;
    fn or_else(self, f: impl FnOnce() -> Option<T>) -> Option<T>;
    fn iter(&self) -> Iter<&T>;
    fn is_some_and(self, f: impl FnOnce(T) -> bool) -> bool;
    fn map_or<U>(self, default: U, f: impl FnOnce(T) -> U) -> U;
    fn get_or_insert_with(&mut self, f: impl FnOnce() -> T) -> &mut T;
    fn insert(&mut self, value: T) -> &mut T;
    fn zip<U>(self, other: Option<U>) -> Option<(T, U)>;
    fn clone(&self) -> Option<T>;
}

impl<T, E> Result<T, E> {
    fn is_ok(&self) -> bool;
    fn is_err(&self) -> bool;
    fn unwrap(self) -> T;
    fn expect(self, msg: &str) -> T;
    fn unwrap_err(self) -> E;
    fn expect_err(self, msg: &str) -> E;
    fn unwrap_or(self, default: T) -> T;
    fn unwrap_or_else(self, op: impl FnOnce(E) -> T) -> T;
    fn unwrap_or_default(self) -> T;
    fn map<U>(self, op: impl FnOnce(T) -> U) -> Result<U, E>;
    fn map_err<F>(self, op: impl FnOnce(E) -> F) -> Result<T, F>;
    fn and_then<U>(self, op: impl FnOnce(T) -> Result<U, E>) -> Result<U, E>;
    fn ok(self) -> Option<T>;
    fn err(self) -> Option<E>;
    fn as_ref(&self) -> Result<&T, &E>;
    fn is_ok_and(self, f: impl FnOnce(T) -> bool) -> bool;
    fn clone(&self) -> Result<T, E>;
}

impl int {
    fn abs(self) -> Self;
    fn pow(self, exp: u32) -> Self;
    fn checked_add(self, rhs: Self) -> Option<Self>;
    fn checked_sub(self, rhs: Self) -> Option<Self>;
    fn checked_mul(self, rhs: Self) -> Option<Self>;
    fn checked_div(self, rhs: Self) -> Option<Self>;
    fn wrapping_add(self, rhs: Self) -> Self;
    fn wrapping_sub(self, rhs: Self) -> Self;
    fn wrapping_mul(self, rhs: Self) -> Self;
    fn saturating_add(self, rhs: Self) -> Self;
    fn saturating_sub(self, rhs: Self) -> Self;
    fn saturating_mul(self, rhs: Self) -> Self;
    fn overflowing_add(self, rhs: Self) -> (Self, bool);
    fn min(self, other: Self) -> Self;
    fn max(self, other: Self) -> Self;
    fn clamp(self, min: Self, max: Self) -> Self;
    fn rem_euclid(self, rhs: Self) -> Self;
    fn to_string(&self) -> String;
    fn count_ones(self) -> u32;
    fn leading_zeros(self) -> u32;
    fn trailing_zeros(self) -> u32;
    fn cmp(&self, other: &Self) -> Ordering;
    fn partial_cmp(&self, other: &Self) -> Option<Ordering>;
    fn from_str_radix(src: &str, radix: u32) -> Result<Self, _>;
    fn from(x: _) -> Self;
    fn try_from(x: _) -> Result<Self, _>;
    fn try_into<F>(self) -> Result<F, _>;
}

impl float {
    fn sqrt(self) -> Self;
    fn abs(self) -> Self;
    fn powi(self, n: i32) -> Self;
    fn powf(self, n: Self) -> Self;
    fn floor(self) -> Self;
    fn ceil(self) -> Self;
    fn round(self) -> Self;
    fn trunc(self) -> Self;
    fn min(self, other: Self) -> Self;
    fn max(self, other: Self) -> Self;
    fn clamp(self, min: Self, max: Self) -> Self;
    fn to_string(&self) -> String;
    fn is_nan(self) -> bool;
    fn sin(self) -> Self;
    fn cos(self) -> Self;
    fn ln(self) -> Self;
    fn exp(self) -> Self;
    fn partial_cmp(&self, other: &Self) -> Option<Ordering>;
    fn from(x: _) -> Self;
}

impl char {
    fn is_alphabetic(self) -> bool;
    fn is_numeric(self) -> bool;
    fn is_alphanumeric(self) -> bool;
    fn is_whitespace(self) -> bool;
    fn is_uppercase(self) -> bool;
    fn is_lowercase(self) -> bool;
    fn is_ascii_digit(&self) -> bool;
    fn is_ascii_alphabetic(&self) -> bool;
    fn is_ascii_punctuation(&self) -> bool;
    fn is_digit(self, radix: u32) -> bool;
    fn to_ascii_uppercase(&self) -> char;
    fn to_ascii_lowercase(&self) -> char;
    fn to_digit(self, radix: u32) -> Option<u32>;
    fn to_string(&self) -> String;
    fn len_utf8(self) -> usize;
}

impl bool {
    fn then<T>(self, f: impl FnOnce() -> T) -> Option<T>;
    fn then_some<T>(self, t: T) -> Option<T>;
}

impl<K, V> HashMap<K, V> {
    fn new() -> HashMap<K, V>;
    fn with_capacity(capacity: usize) -> HashMap<K, V>;
    fn from(x: _) -> HashMap<K, V>;
    fn insert(&mut self, k: K, v: V) -> Option<V>;
    fn get<Q>(&self, k: &Q) -> Option<&V>;
    fn get_mut<Q>(&mut self, k: &Q) -> Option<&mut V>;
    fn contains_key<Q>(&self, k: &Q) -> bool;
    fn remove<Q>(&mut self, k: &Q) -> Option<V>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn keys(&self) -> Iter<&K>;
    fn values(&self) -> Iter<&V>;
    fn values_mut(&mut self) -> Iter<&mut V>;
    fn iter(&self) -> Iter<(&K, &V)>;
    fn iter_mut(&mut self) -> Iter<(&K, &mut V)>;
    fn entry(&mut self, key: K) -> Entry<K, V>;
    fn clear(&mut self);
    fn into_iter(self) -> Iter<(K, V)>;
    fn clone(&self) -> HashMap<K, V>;
    fn retain(&mut self, f: impl FnMut(&K, &mut V) -> bool);
    fn extend<I>(&mut self, iter: I);
    fn into_keys(self) -> Iter<K>;
    fn into_values(self) -> Iter<V>;
}

impl<K, V> BTreeMap<K, V> {
    fn new() -> BTreeMap<K, V>;
    fn from(x: _) -> BTreeMap<K, V>;
    fn insert(&mut self, key: K, value: V) -> Option<V>;
    fn get<Q>(&self, key: &Q) -> Option<&V>;
    fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>;
    fn contains_key<Q>(&self, key: &Q) -> bool;
    fn remove<Q>(&mut self, key: &Q) -> Option<V>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn keys(&self) -> Iter<&K>;
    fn values(&self) -> Iter<&V>;
    fn iter(&self) -> Iter<(&K, &V)>;
    fn entry(&mut self, key: K) -> Entry<K, V>;
    fn into_iter(self) -> Iter<(K, V)>;
    fn clone(&self) -> BTreeMap<K, V>;
}

impl<K, V> Entry<K, V> {
    fn or_insert(self, default: V) -> &mut V;
    fn or_insert_with(self, default: impl FnOnce() -> V) -> &mut V;
    fn or_default(self) -> &mut V;
    fn and_modify(self, f: impl FnOnce(&mut V)) -> Entry<K, V>;
    fn key(&self) -> &K;
}

impl<T> HashSet<T> {
    fn new() -> HashSet<T>;
    fn with_capacity(capacity: usize) -> HashSet<T>;
    fn from(x: _) -> HashSet<T>;
    fn insert(&mut self, value: T) -> bool;
    fn contains<Q>(&self, value: &Q) -> bool;
    fn remove<Q>(&mut self, value: &Q) -> bool;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn iter(&self) -> Iter<&T>;
    fn into_iter(self) -> Iter<T>;
    fn clear(&mut self);
    fn extend<I>(&mut self, iter: I);
    fn clone(&self) -> HashSet<T>;
}

impl<T> BTreeSet<T> {
    fn new() -> BTreeSet<T>;
    fn from(x: _) -> BTreeSet<T>;
    fn insert(&mut self, value: T) -> bool;
    fn contains<Q>(&self, value: &Q) -> bool;
    fn remove<Q>(&mut self, value: &Q) -> bool;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn iter(&self) -> Iter<&T>;
    fn into_iter(self) -> Iter<T>;
}

impl<T> VecDeque<T> {
    fn new() -> VecDeque<T>;
    fn with_capacity(capacity: usize) -> VecDeque<T>;
    fn from(x: _) -> VecDeque<T>;
    fn push_back(&mut self, value: T);
    fn push_front(&mut self, value: T);
    fn pop_front(&mut self) -> Option<T>;
    fn pop_back(&mut self) -> Option<T>;
    fn front(&self) -> Option<&T>;
    fn back(&self) -> Option<&T>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn iter(&self) -> Iter<&T>;
    fn into_iter(self) -> Iter<T>;
    fn clear(&mut self);
    fn contains(&self, x: &T) -> bool;
}

impl<T> Box<T> {
    fn new(x: T) -> Box<T>;
    fn pin(x: T) -> Pin<Box<T>>;
}

#[model(paths = "std::rc::Weak", display = "std::rc::Weak", copy = false)]
struct Weak<T>;

impl<T> Weak<T> {
    fn new() -> Weak<T>;
    fn upgrade(&self) -> Option<Rc<T>>;
    fn clone(&self) -> Weak<T>;
    fn strong_count(&self) -> usize;
    fn weak_count(&self) -> usize;
}

impl<T> Rc<T> {
    fn new(value: T) -> Rc<T>;
    fn downgrade(this: &Rc<T>) -> Weak<T>;
    fn weak_count(this: &Rc<T>) -> usize;
    fn clone(&self) -> Rc<T>;
    fn strong_count(this: &Rc<T>) -> usize;
    fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool;
    fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>>;
}

impl<T> Arc<T> {
    fn new(data: T) -> Arc<T>;
    fn clone(&self) -> Arc<T>;
    fn strong_count(this: &Arc<T>) -> usize;
    fn ptr_eq(this: &Arc<T>, other: &Arc<T>) -> bool;
    fn try_unwrap(this: Arc<T>) -> Result<T, Arc<T>>;
    fn acquire_owned(self) -> Result<OwnedSemaphorePermit, _>;
}

impl<T> RefCell<T> {
    fn new(value: T) -> RefCell<T>;
    fn borrow(&self) -> CellRef<T>;
    fn borrow_mut(&self) -> CellRefMut<T>;
    fn into_inner(self) -> T;
    fn replace(&self, t: T) -> T;
    fn take(&self) -> T;
}

impl<T> Cell<T> {
    fn new(value: T) -> Cell<T>;
    fn get(&self) -> T;
    fn set(&self, val: T);
    fn replace(&self, val: T) -> T;
    fn take(&self) -> T;
    fn into_inner(self) -> T;
}

impl<T> StdMutex<T> {
    fn new(t: T) -> StdMutex<T>;
    fn lock(&self) -> Result<StdMutexGuard<T>, _>;
    fn try_lock(&self) -> Result<StdMutexGuard<T>, _>;
    fn into_inner(self) -> Result<T, _>;
}

impl<T> StdRwLock<T> {
    fn new(t: T) -> StdRwLock<T>;
    fn read(&self) -> Result<StdRwLockReadGuard<T>, _>;
    fn write(&self) -> Result<StdRwLockWriteGuard<T>, _>;
}

impl Duration {
    fn from_millis(millis: u64) -> Duration;
    fn from_secs(secs: u64) -> Duration;
    fn from_micros(micros: u64) -> Duration;
    fn from_nanos(nanos: u64) -> Duration;
    fn from_secs_f64(secs: f64) -> Duration;
    fn as_millis(&self) -> u128;
    fn as_micros(&self) -> u128;
    fn as_nanos(&self) -> u128;
    fn as_secs(&self) -> u64;
    fn as_secs_f64(&self) -> f64;
    fn as_secs_f32(&self) -> f32;
    fn subsec_millis(&self) -> u32;
    fn subsec_nanos(&self) -> u32;
}

impl StdInstant {
    fn now() -> StdInstant;
    fn elapsed(&self) -> Duration;
    fn duration_since(&self, earlier: StdInstant) -> Duration;
}

impl TokioInstant {
    fn now() -> TokioInstant;
    fn elapsed(&self) -> Duration;
    fn duration_since(&self, earlier: TokioInstant) -> Duration;
}

impl Ordering {
    fn is_eq(self) -> bool;
    fn is_ne(self) -> bool;
    fn is_lt(self) -> bool;
    fn is_gt(self) -> bool;
    fn is_le(self) -> bool;
    fn is_ge(self) -> bool;
    fn reverse(self) -> Ordering;
    fn then(self, other: Ordering) -> Ordering;
    fn then_with(self, f: impl FnOnce() -> Ordering) -> Ordering;
}

impl AtomicUsize {
    fn new(v: usize) -> AtomicUsize;
    fn load(&self, order: AtomicOrdering) -> usize;
    fn store(&self, val: usize, order: AtomicOrdering);
    fn fetch_add(&self, val: usize, order: AtomicOrdering) -> usize;
    fn fetch_sub(&self, val: usize, order: AtomicOrdering) -> usize;
    fn swap(&self, val: usize, order: AtomicOrdering) -> usize;
}

impl AtomicU64 {
    fn new(v: u64) -> AtomicU64;
    fn load(&self, order: AtomicOrdering) -> u64;
    fn store(&self, val: u64, order: AtomicOrdering);
    fn fetch_add(&self, val: u64, order: AtomicOrdering) -> u64;
    fn fetch_sub(&self, val: u64, order: AtomicOrdering) -> u64;
    fn swap(&self, val: u64, order: AtomicOrdering) -> u64;
}

impl AtomicU32 {
    fn new(v: u32) -> AtomicU32;
    fn load(&self, order: AtomicOrdering) -> u32;
    fn store(&self, val: u32, order: AtomicOrdering);
    fn fetch_add(&self, val: u32, order: AtomicOrdering) -> u32;
    fn fetch_sub(&self, val: u32, order: AtomicOrdering) -> u32;
}

impl AtomicI32 {
    fn new(v: i32) -> AtomicI32;
    fn load(&self, order: AtomicOrdering) -> i32;
    fn store(&self, val: i32, order: AtomicOrdering);
    fn fetch_add(&self, val: i32, order: AtomicOrdering) -> i32;
    fn fetch_sub(&self, val: i32, order: AtomicOrdering) -> i32;
}

impl AtomicI64 {
    fn new(v: i64) -> AtomicI64;
    fn load(&self, order: AtomicOrdering) -> i64;
    fn store(&self, val: i64, order: AtomicOrdering);
    fn fetch_add(&self, val: i64, order: AtomicOrdering) -> i64;
    fn fetch_sub(&self, val: i64, order: AtomicOrdering) -> i64;
}

impl AtomicBool {
    fn new(v: bool) -> AtomicBool;
    fn load(&self, order: AtomicOrdering) -> bool;
    fn store(&self, val: bool, order: AtomicOrdering);
    fn swap(&self, val: bool, order: AtomicOrdering) -> bool;
}

impl<T> Range<T> {
    fn contains(&self, item: &T) -> bool;
    fn rev(self) -> Iter<T>;
    fn step_by(self, step: usize) -> Iter<T>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
}

impl<T> RangeInclusive<T> {
    fn contains(&self, item: &T) -> bool;
    fn rev(self) -> Iter<T>;
    fn step_by(self, step: usize) -> Iter<T>;
    fn start(&self) -> &T;
    fn end(&self) -> &T;
    fn is_empty(&self) -> bool;
}

// Iterator: Iter<T> stands for every iterator whose Item is T (the adapters' own types are not modelled).
impl<T> Iter<T> {
    fn next(&mut self) -> Option<T>;
    fn map<U>(self, f: impl FnMut(T) -> U) -> Iter<U>;
    fn filter(self, predicate: impl FnMut(&T) -> bool) -> Iter<T>;
    fn filter_map<U>(self, f: impl FnMut(T) -> Option<U>) -> Iter<U>;
    fn enumerate(self) -> Iter<(usize, T)>;
    fn rev(self) -> Iter<T>;
    fn take(self, n: usize) -> Iter<T>;
    fn skip(self, n: usize) -> Iter<T>;
    fn step_by(self, step: usize) -> Iter<T>;
    fn chain<U>(self, other: U) -> Iter<T>;
    fn zip<U>(self, other: U) -> Iter<(T, _)>;
    fn cloned(self) -> Iter<_>;
    fn copied(self) -> Iter<_>;
    fn collect<C>(self) -> C;
    fn sum<S>(self) -> S;
    fn product<S>(self) -> S;
    fn count(self) -> usize;
    fn min(self) -> Option<T>;
    fn max(self) -> Option<T>;
    fn min_by_key<K>(self, f: impl FnMut(&T) -> K) -> Option<T>;
    fn max_by_key<K>(self, f: impl FnMut(&T) -> K) -> Option<T>;
    fn min_by(self, compare: impl FnMut(&T, &T) -> Ordering) -> Option<T>;
    fn max_by(self, compare: impl FnMut(&T, &T) -> Ordering) -> Option<T>;
    fn last(self) -> Option<T>;
    fn nth(&mut self, n: usize) -> Option<T>;
    fn any(&mut self, f: impl FnMut(T) -> bool) -> bool;
    fn all(&mut self, f: impl FnMut(T) -> bool) -> bool;
    fn find(&mut self, predicate: impl FnMut(&T) -> bool) -> Option<T>;
    fn position(&mut self, predicate: impl FnMut(T) -> bool) -> Option<usize>;
    fn fold<B>(self, init: B, f: impl FnMut(B, T) -> B) -> B;
    fn for_each(self, f: impl FnMut(T));
    fn flat_map<U>(self, f: impl FnMut(T) -> U) -> Iter<_>;
    fn flatten(self) -> Iter<_>;
    fn peekable(self) -> Iter<T>;
    fn peek(&mut self) -> Option<&T>;
    fn skip_while(self, predicate: impl FnMut(&T) -> bool) -> Iter<T>;
    fn take_while(self, predicate: impl FnMut(&T) -> bool) -> Iter<T>;
    fn inspect(self, f: impl FnMut(&T)) -> Iter<T>;
    fn cycle(self) -> Iter<T>;
}

impl<T> JoinHandle<T> {
    fn abort(&self);
    fn is_finished(&self) -> bool;
    fn __await(self) -> Result<T, JoinError>;
}

impl JoinError {
    fn is_panic(&self) -> bool;
    fn is_cancelled(&self) -> bool;
}

impl<T> MpscSender<T> {
    async fn send(&self, value: T) -> Result<(), _>;
    fn try_send(&self, message: T) -> Result<(), _>;
    fn blocking_send(&self, value: T) -> Result<(), _>;
    fn clone(&self) -> MpscSender<T>;
    fn is_closed(&self) -> bool;
    fn capacity(&self) -> usize;
    fn max_capacity(&self) -> usize;
    async fn closed(&self);
}

impl<T> MpscReceiver<T> {
    async fn recv(&mut self) -> Option<T>;
    fn try_recv(&mut self) -> Result<T, _>;
    fn blocking_recv(&mut self) -> Option<T>;
    fn close(&mut self);
}

impl<T> MpscUnboundedSender<T> {
    fn send(&self, message: T) -> Result<(), _>;
    fn clone(&self) -> MpscUnboundedSender<T>;
    fn is_closed(&self) -> bool;
}

impl<T> MpscUnboundedReceiver<T> {
    async fn recv(&mut self) -> Option<T>;
    fn try_recv(&mut self) -> Result<T, _>;
    fn close(&mut self);
}

impl<T> OneshotSender<T> {
    fn send(self, t: T) -> Result<(), T>;
    fn is_closed(&self) -> bool;
}

impl<T> OneshotReceiver<T> {
    fn try_recv(&mut self) -> Result<T, _>;
    fn close(&mut self);
    fn __await(self) -> Result<T, _>;
}

impl<T> BroadcastSender<T> {
    fn send(&self, value: T) -> Result<usize, _>;
    fn subscribe(&self) -> BroadcastReceiver<T>;
    fn receiver_count(&self) -> usize;
    fn clone(&self) -> BroadcastSender<T>;
}

impl<T> BroadcastReceiver<T> {
    async fn recv(&mut self) -> Result<T, _>;
    fn try_recv(&mut self) -> Result<T, _>;
    fn resubscribe(&self) -> BroadcastReceiver<T>;
}

impl<T> WatchSender<T> {
    fn send(&self, value: T) -> Result<(), _>;
    fn subscribe(&self) -> WatchReceiver<T>;
    fn send_replace(&self, value: T) -> T;
    fn send_modify(&self, modify: impl FnOnce(&mut T));
    fn receiver_count(&self) -> usize;
    fn is_closed(&self) -> bool;
    async fn closed(&self);
}

impl<T> WatchReceiver<T> {
    async fn changed(&mut self) -> Result<(), _>;
    fn has_changed(&self) -> Result<bool, _>;
    fn clone(&self) -> WatchReceiver<T>;
}

impl<T> TokioMutex<T> {
    fn new(t: T) -> TokioMutex<T>;
    async fn lock(&self) -> TokioMutexGuard<T>;
    fn try_lock(&self) -> Result<TokioMutexGuard<T>, _>;
    fn into_inner(self) -> T;
    fn get_mut(&mut self) -> &mut T;
}

impl<T> TokioRwLock<T> {
    fn new(value: T) -> TokioRwLock<T>;
    async fn read(&self) -> TokioRwLockReadGuard<T>;
    async fn write(&self) -> TokioRwLockWriteGuard<T>;
    fn into_inner(self) -> T;
}

impl Semaphore {
    fn new(permits: usize) -> Semaphore;
    async fn acquire(&self) -> Result<SemaphorePermit, _>;
    async fn acquire_many(&self, n: u32) -> Result<SemaphorePermit, _>;
    fn try_acquire(&self) -> Result<SemaphorePermit, _>;
    fn try_acquire_many(&self, n: u32) -> Result<SemaphorePermit, _>;
    fn available_permits(&self) -> usize;
    fn add_permits(&self, n: usize);
    fn close(&self);
    fn is_closed(&self) -> bool;
}

impl SemaphorePermit {
    fn forget(self);
}

impl Notify {
    fn new() -> Notify;
    fn notify_one(&self);
    fn notify_waiters(&self);
}

impl Barrier {
    fn new(n: usize) -> Barrier;
}

impl<T> JoinSet<T> {
    fn new() -> JoinSet<T>;
    async fn join_next(&mut self) -> Option<Result<T, JoinError>>;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool;
    fn abort_all(&mut self);
    async fn shutdown(&mut self);
}

impl Sleep {
    fn deadline(&self) -> TokioInstant;
    fn is_elapsed(&self) -> bool;
    fn __await(self);
}

impl Interval {
    async fn tick(&mut self) -> TokioInstant;
    fn period(&self) -> Duration;
    fn reset(&mut self);
}

impl Builder {
    fn new_multi_thread() -> Builder;
    fn new_current_thread() -> Builder;
}

impl tokio::time {
    fn sleep(duration: Duration) -> Sleep;
    fn sleep_until(deadline: TokioInstant) -> Sleep;
    fn interval(period: Duration) -> Interval;
    fn interval_at(start: TokioInstant, period: Duration) -> Interval;
}

impl tokio::task {
    async fn yield_now();
}

impl tokio::sync::mpsc {
    fn channel<T>(buffer: usize) -> (MpscSender<T>, MpscReceiver<T>);
    fn unbounded_channel<T>() -> (MpscUnboundedSender<T>, MpscUnboundedReceiver<T>);
}

impl tokio::sync::oneshot {
    fn channel<T>() -> (OneshotSender<T>, OneshotReceiver<T>);
}

impl tokio::sync::broadcast {
    fn channel<T>(capacity: usize) -> (BroadcastSender<T>, BroadcastReceiver<T>);
}

impl tokio::sync::watch {
    fn channel<T>(init: T) -> (WatchSender<T>, WatchReceiver<T>);
}

impl std::mem {
    fn drop<T>(x: T);
    fn swap<T>(x: &mut T, y: &mut T);
    fn replace<T>(dest: &mut T, src: T) -> T;
    fn take<T>(dest: &mut T) -> T;
}

impl std::cmp {
    fn max<T>(v1: T, v2: T) -> T;
    fn min<T>(v1: T, v2: T) -> T;
}

impl std::thread {
    fn sleep(dur: Duration);
}

impl std::process {
    fn exit(code: i32) -> !;
}
