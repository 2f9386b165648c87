// elapsed: 400ms
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Duration};

#[tokio::main(worker_threads = 4)]
async fn main() {
    let limit = Arc::new(Semaphore::new(2));
    let mut handles = Vec::new();
    for i in 0..8 {
        let limit = limit.clone();
        handles.push(tokio::spawn(async move {
            let _permit = limit.acquire().await.unwrap();
            sleep(Duration::from_millis(100)).await;
            i
        }));
    }
    let mut done = Vec::new();
    for h in handles {
        done.push(h.await.unwrap());
    }
    println!("{:?}", done);
    println!("8 requests, 2 at a time, 100 ms each: 400 ms in total");
}
