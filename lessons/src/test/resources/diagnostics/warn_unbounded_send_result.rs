// UnboundedSender::send is not async but still returns a Result to look at.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel();
    tx.send(1);
    tx.send(2).unwrap();
    drop(tx);
    while let Some(v) = rx.recv().await {
        println!("{v}");
    }
}
