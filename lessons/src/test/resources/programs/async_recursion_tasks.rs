use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use tokio::sync::{Barrier, Notify};
use tokio::time::{sleep, Duration};

fn fib(n: u32) -> Pin<Box<dyn Future<Output = u64> + Send>> {
    Box::pin(async move {
        if n < 2 {
            n as u64
        } else {
            let a = fib(n - 1).await;
            let b = fib(n - 2).await;
            a + b
        }
    })
}

async fn countdown(name: &str, from: u32) -> String {
    let mut log = Vec::new();
    for i in (1..=from).rev() {
        log.push(i.to_string());
        tokio::task::yield_now().await;
    }
    format!("{}: {}", name, log.join(","))
}

#[tokio::main]
async fn main() {
    println!("fib(15) = {}", fib(15).await);
    let (a, b) = tokio::join!(countdown("a", 3), countdown("b", 2));
    println!("{} | {}", a, b);
    let notify = Arc::new(Notify::new());
    let n2 = notify.clone();
    let waiter = tokio::spawn(async move {
        n2.notified().await;
        "woken"
    });
    sleep(Duration::from_millis(20)).await;
    notify.notify_one();
    println!("{}", waiter.await.unwrap());
    let barrier = Arc::new(Barrier::new(3));
    let mut hs = Vec::new();
    for i in 0..3u64 {
        let b = barrier.clone();
        hs.push(tokio::spawn(async move {
            sleep(Duration::from_millis(10 * i)).await;
            let r = b.wait().await;
            r.is_leader()
        }));
    }
    let mut leaders = 0;
    for h in hs {
        if h.await.unwrap() {
            leaders += 1;
        }
    }
    println!("leaders: {}", leaders);
    let results = futures_like().await;
    println!("{:?}", results);
}

async fn futures_like() -> Vec<u32> {
    let tasks: Vec<_> = (1..=4u32).map(|i| tokio::spawn(async move { i * 11 })).collect();
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap());
    }
    out
}
// elapsed: 40ms
