use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel(3);
    let producer = tokio::spawn(async move {
        for i in 0..6 {
            tx.send(i).await.unwrap();
            println!("sent {}", i);
        }
    });
    sleep(Duration::from_millis(100)).await;
    while let Some(v) = rx.recv().await {
        println!("got {}", v);
    }
    producer.await.unwrap();
}
