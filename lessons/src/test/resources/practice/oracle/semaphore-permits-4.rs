use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Duration, Instant};

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let permits = Arc::new(Semaphore::new(2));
    let in_flight = Arc::new(AtomicUsize::new(0));
    let most = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let mut handles = Vec::new();
    for _ in 0..7 {
        let permits = Arc::clone(&permits);
        let in_flight = Arc::clone(&in_flight);
        let most = Arc::clone(&most);
        handles.push(tokio::spawn(async move {
            let _permit = permits.acquire().await.unwrap();
            let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            most.fetch_max(now, Ordering::SeqCst);
            sleep(Duration::from_millis(100)).await;
            in_flight.fetch_sub(1, Ordering::SeqCst);
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("at most {} in flight", most.load(Ordering::SeqCst));
    println!("took about {} ms", start.elapsed().as_millis() / 100 * 100);
}
