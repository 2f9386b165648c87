// timeout on a JoinHandle, Instant arithmetic, Duration comparisons.
use tokio::time::{sleep, timeout, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let h = tokio::spawn(async {
        sleep(Duration::from_millis(20)).await;
        5
    });
    let r = timeout(Duration::from_millis(500), h).await;
    let v = match r {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => panic!("task failed: {e}"),
        Err(_) => 0,
    };
    let took = start.elapsed();
    println!("{v} {}", took >= Duration::from_millis(20));
}
