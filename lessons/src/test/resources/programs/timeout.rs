// elapsed: 100ms
use tokio::time::{sleep, timeout, Duration};

async fn slow() -> u32 {
    sleep(Duration::from_millis(500)).await;
    1
}

#[tokio::main]
async fn main() {
    match timeout(Duration::from_millis(100), slow()).await {
        Ok(v) => println!("finished {}", v),
        Err(e) => println!("timed out: {}", e),
    }
    let fast = timeout(Duration::from_millis(100), async { 7 }).await;
    println!("{:?}", fast.is_ok());
}
