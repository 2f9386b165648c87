// elapsed: 300ms
use tokio::time::{interval, Duration};

#[tokio::main]
async fn main() {
    let mut ticker = interval(Duration::from_millis(100));
    for i in 0..4 {
        ticker.tick().await;
        println!("tick {}", i);
    }
}
