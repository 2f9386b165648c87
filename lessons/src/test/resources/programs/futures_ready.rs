// elapsed: 50ms
use std::future::{self, Future};
use std::pin::Pin;
use tokio::time::{sleep, timeout, Duration};

fn cached_or_fetch(hit: bool) -> Pin<Box<dyn Future<Output = u32> + Send>> {
    if hit {
        Box::pin(future::ready(7))
    } else {
        Box::pin(async {
            sleep(Duration::from_millis(20)).await;
            99
        })
    }
}

#[tokio::main]
async fn main() {
    println!("{}", cached_or_fetch(true).await);
    println!("{}", cached_or_fetch(false).await);
    let (a, b, c) = tokio::join!(future::ready("a"), cached_or_fetch(true), async { 3 });
    println!("{} {} {}", a, b, c);
    let r = timeout(Duration::from_millis(30), future::pending::<u32>()).await;
    println!("pending timed out: {}", r.is_err());
    let v = tokio::select! {
        x = future::ready(1) => x,
        y = cached_or_fetch(false) => y,
    };
    println!("select picked {}", v);
    let done = tokio::spawn(future::ready(5)).await.unwrap();
    println!("spawned ready: {}", done);
}
