// sleep() returns a future; without .await nobody waits.
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let start = Instant::now();
    sleep(Duration::from_millis(100));
    println!("waited {} ms", start.elapsed().as_millis() / 100 * 100);
}
