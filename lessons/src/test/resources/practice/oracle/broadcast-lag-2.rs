use tokio::sync::broadcast;
use tokio::sync::broadcast::error::RecvError;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = broadcast::channel(2);
    for v in 1..=4 {
        tx.send(v).unwrap();
    }
    drop(tx);
    loop {
        match rx.recv().await {
            Ok(v) => println!("got {}", v),
            Err(RecvError::Lagged(n)) => println!("lagged by {}", n),
            Err(RecvError::Closed) => break,
        }
    }
}
