// An async fn's parameters are checked at the call, before anything is awaited.
use tokio::time::{sleep, Duration};

async fn wait_ms(ms: u64) {
    sleep(Duration::from_millis(ms)).await;
}

#[tokio::main]
async fn main() {
    wait_ms("100").await;
    println!("done");
}
