// select! and timeout: outputs typed by their futures.
use tokio::time::{sleep, timeout, Duration};

async fn slow() -> u32 {
    sleep(Duration::from_millis(50)).await;
    7
}

#[tokio::main]
async fn main() {
    tokio::select! {
        v = slow() => println!("slow {v}"),
        _ = sleep(Duration::from_millis(10)) => println!("timer first"),
    }
    match timeout(Duration::from_millis(100), slow()).await {
        Ok(v) => println!("in time: {v}"),
        Err(_) => println!("late"),
    }
}
