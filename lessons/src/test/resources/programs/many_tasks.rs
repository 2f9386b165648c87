use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

#[tokio::main(worker_threads = 4)]
async fn main() {
    let done = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::with_capacity(10_000);
    for i in 0..10_000u64 {
        let done = done.clone();
        handles.push(tokio::spawn(async move {
            if i % 1000 == 0 {
                tokio::task::yield_now().await;
            }
            done.fetch_add(1, Ordering::SeqCst);
            i % 10
        }));
    }
    let mut sum: u64 = 0;
    for h in handles {
        sum += h.await.unwrap();
    }
    println!("10000 tasks, sum of i % 10 = {}", sum);
    println!("completed: {}", done.load(Ordering::SeqCst));
}
