use tokio::sync::{mpsc, oneshot};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx1, rx1) = oneshot::channel();
    let (tx2, rx2) = oneshot::channel::<&str>();
    tokio::spawn(async {
        let _ = tx1.send("one");
    });
    drop(tx2);
    tokio::select! {
        biased;
        val = rx2 => println!("rx2 completed first with {:?}", val.is_err()),
        val = rx1 => println!("rx1 completed first with {:?}", val),
    }
    let (tx, mut rx) = mpsc::channel(4);
    for i in 0..3 {
        let tx = tx.clone();
        tokio::spawn(async move {
            tx.send(i).await.unwrap();
        });
    }
    drop(tx);
    let mut n = 0;
    while let Some(_) = rx.recv().await {
        n += 1;
    }
    println!("received {} messages, then the channel closed", n);
}
