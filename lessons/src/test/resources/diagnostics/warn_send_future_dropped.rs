// A channel send without .await: the message is never sent, and rustc says so.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    tx.send(5);
    drop(tx);
    println!("{:?}", rx.recv().await);
}
