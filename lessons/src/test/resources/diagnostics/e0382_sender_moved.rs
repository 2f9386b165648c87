// The sender moved into the producer task is gone from main.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(4);
    tokio::spawn(async move {
        tx.send(1).await.unwrap();
    });
    tx.send(2).await.unwrap();
    while let Some(v) = rx.recv().await {
        println!("{v}");
    }
}
