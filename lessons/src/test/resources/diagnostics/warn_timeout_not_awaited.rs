// timeout() wraps a future; the wrapper must be awaited as well.
use tokio::time::{sleep, timeout, Duration};

#[tokio::main]
async fn main() {
    timeout(Duration::from_millis(10), sleep(Duration::from_millis(50)));
    println!("no wait happened");
}
