// Clone the Arc for each task; moving the original into the first task leaves nothing for the next.
use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(0));
    let h1 = tokio::spawn(async move {
        *counter.lock().await += 1;
    });
    let h2 = tokio::spawn(async move {
        *counter.lock().await += 1;
    });
    h1.await.unwrap();
    h2.await.unwrap();
}
