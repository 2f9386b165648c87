// elapsed: 50ms
use std::sync::Arc;
use tokio::sync::{mpsc, Semaphore};
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let sem = Arc::new(Semaphore::new(3));
    let (tx, mut rx) = mpsc::channel(10);
    for job in 0..6u64 {
        let permit = sem.clone().acquire_owned().await.unwrap();
        let tx = tx.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(10 * (job % 3 + 1))).await;
            tx.send(job).await.unwrap();
            drop(permit);
        });
    }
    drop(tx);
    let mut done = Vec::new();
    while let Some(j) = rx.recv().await {
        done.push(j);
    }
    done.sort();
    println!("done {:?}", done);
    println!("permits back: {}", sem.available_permits());
    let big = sem.clone().acquire_many_owned(3).await.unwrap();
    println!("took all, left {}", sem.available_permits());
    println!("try while empty: {:?}", sem.try_acquire().is_err());
    drop(big);
    let (tx2, rx2) = mpsc::channel::<u32>(1);
    drop(rx2);
    let err = tx2.send(5).await.unwrap_err();
    println!("message back: {} ({})", err.0, err);
    println!("closed: {}", tx2.is_closed());
}
