// Notify wakes a waiting task; the waiter is spawned with move.
use std::sync::Arc;
use tokio::sync::Notify;

#[tokio::main]
async fn main() {
    let notify = Arc::new(Notify::new());
    let n2 = notify.clone();
    let waiter = tokio::spawn(async move {
        n2.notified().await;
        "woken"
    });
    notify.notify_one();
    println!("{}", waiter.await.unwrap());
}
