// Duration::from_millis takes a u64.
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let ms: i32 = 50;
    sleep(Duration::from_millis(ms)).await;
    println!("slept");
}
