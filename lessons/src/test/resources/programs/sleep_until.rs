// elapsed: 250ms
use tokio::time::{sleep, sleep_until, Duration, Instant};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let start = Instant::now();
    let deadline = start + Duration::from_millis(250);
    sleep(Duration::from_millis(100)).await;
    println!("slept 100 ms");
    sleep_until(deadline).await;
    println!("woke at the deadline: {}", Instant::now() >= deadline);
}
