// elapsed: 250ms
use std::sync::Arc;
use tokio::sync::Notify;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let notify = Arc::new(Notify::new());
    // a permit stored before anyone waits is used by the next notified()
    notify.notify_one();
    notify.notified().await;
    println!("consumed the stored permit");

    let mut waiters = Vec::new();
    for i in 0..3 {
        let n = notify.clone();
        waiters.push(tokio::spawn(async move {
            n.notified().await;
            println!("waiter {} woke", i);
        }));
    }
    sleep(Duration::from_millis(150)).await;
    notify.notify_waiters();
    for w in waiters {
        w.await.unwrap();
    }

    let ready = Arc::new(Notify::new());
    let r2 = ready.clone();
    let producer = tokio::spawn(async move {
        sleep(Duration::from_millis(100)).await;
        println!("producer: data ready");
        r2.notify_one();
    });
    ready.notified().await;
    println!("consumer: got the signal");
    producer.await.unwrap();
}
