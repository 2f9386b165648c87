// A channel's sender sends; it has no push.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(8);
    tx.push(1).await;
    println!("{:?}", rx.recv().await);
}
