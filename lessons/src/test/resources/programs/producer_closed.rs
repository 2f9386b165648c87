// elapsed: 250ms
use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(4);
    let producer = tokio::spawn(async move {
        let mut n = 0;
        loop {
            tokio::select! {
                _ = tx.closed() => {
                    println!("producer: receiver is gone after {} items", n);
                    break;
                }
                res = tx.send(n) => {
                    if res.is_err() {
                        break;
                    }
                    n += 1;
                    sleep(Duration::from_millis(50)).await;
                }
            }
        }
        n
    });
    let mut got = Vec::new();
    while let Some(v) = rx.recv().await {
        got.push(v);
        if got.len() == 5 {
            rx.close();
            println!("consumer: closed after {:?}", got);
        }
    }
    let sent = producer.await.unwrap();
    println!("sent {} received {}", sent, got.len());
}
