// A spread of Tokio APIs: broadcast, oneshot, yield_now, sleep_until, interval ticks, JoinHandle::abort.
use tokio::sync::{broadcast, oneshot};
use tokio::time::{self, Duration, Instant};

#[tokio::main]
async fn main() {
    let (tx, mut rx1) = broadcast::channel::<String>(4);
    let mut rx2 = tx.subscribe();
    tx.send("hello".to_string()).unwrap();
    println!("{} {}", rx1.recv().await.unwrap(), rx2.recv().await.unwrap());
    let (otx, orx) = oneshot::channel();
    tokio::spawn(async move {
        tokio::task::yield_now().await;
        let _ = otx.send(5u8);
    });
    println!("{}", orx.await.unwrap());
    time::sleep_until(Instant::now() + Duration::from_millis(5)).await;
    let mut iv = time::interval(Duration::from_millis(2));
    iv.tick().await;
    iv.tick().await;
    let h = tokio::spawn(async { time::sleep(Duration::from_secs(60)).await });
    h.abort();
    println!("{}", h.await.unwrap_err().is_cancelled());
}
