// Locking without keeping the guard: the Mutex unlocks at once, and rustc says so.
use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    m.lock().await;
    *m.lock().await += 1;
    println!("{}", *m.lock().await);
}
