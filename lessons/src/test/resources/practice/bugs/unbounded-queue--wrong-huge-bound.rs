use tokio::sync::mpsc;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1000);
    // a sensor produces an event every millisecond
    let sensor = tokio::spawn(async move {
        for i in 0..200 {
            tx.send(i).await.unwrap();
            sleep(Duration::from_millis(1)).await;
        }
    });
    // storing an event takes 5 ms
    let mut total = 0;
    while let Some(v) = rx.recv().await {
        sleep(Duration::from_millis(5)).await;
        total += v;
    }
    sensor.await.unwrap();
    println!("stored 200 events, total {}", total);
}
