use std::sync::Arc;
use tokio::sync::Notify;

#[tokio::main]
async fn main() {
    let notify = Arc::new(Notify::new());
    let n2 = notify.clone();
    let waiter = tokio::spawn(async move {
        n2.notified().await;
        println!("woken up");
        7
    });
    notify.notify_one();
    println!("waiter returned {}", waiter.await.unwrap());
}
