// send() can fail (the receiver is gone); ignoring its Result is a warning.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    tx.send("hi").await;
    println!("{:?}", rx.recv().await);
}
