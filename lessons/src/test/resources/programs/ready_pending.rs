// elapsed: 50ms
use std::future;
use tokio::time::{timeout, Duration};

async fn answer() -> i32 {
    future::ready(41).await + 1
}

#[tokio::main]
async fn main() {
    println!("answer = {}", answer().await);
    let never = future::pending::<()>();
    match timeout(Duration::from_millis(50), never).await {
        Ok(()) => println!("pending finished?"),
        Err(e) => println!("timed out: {}", e),
    }
    let futs = vec![future::ready(1), future::ready(2), future::ready(3)];
    let mut sum = 0;
    for f in futs {
        sum += f.await;
    }
    println!("sum = {}", sum);
    tokio::select! {
        _ = std::future::pending::<()>() => println!("impossible"),
        v = std::future::ready("ready wins") => println!("{}", v),
    }
}
