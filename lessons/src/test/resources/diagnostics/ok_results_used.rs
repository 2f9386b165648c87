// Results that are handled, propagated or explicitly ignored give no warning.
use tokio::sync::mpsc;

async fn run() -> Result<(), mpsc::error::SendError<i32>> {
    let (tx, mut rx) = mpsc::channel(3);
    tx.send(1).await?;
    let _ = tx.send(2).await;
    if tx.send(3).await.is_err() {
        println!("closed");
    }
    drop(tx);
    while let Some(v) = rx.recv().await {
        println!("{v}");
    }
    Ok(())
}

#[tokio::main]
async fn main() {
    run().await.unwrap();
    let _ = run().await;
}
