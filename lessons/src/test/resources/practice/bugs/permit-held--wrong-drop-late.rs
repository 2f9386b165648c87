use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Duration, Instant};

// The price service allows at most 2 requests at a time.
async fn fetch_price(id: u32) -> u32 {
    sleep(Duration::from_millis(100)).await;
    id * 10
}

// Writing the audit log does not touch the service.
async fn write_audit(id: u32, price: u32) {
    sleep(Duration::from_millis(200)).await;
    println!("audited {} -> {}", id, price);
}

#[tokio::main]
async fn main() {
    let service = Arc::new(Semaphore::new(2));
    let start = Instant::now();
    let mut handles = Vec::new();
    for id in 1..=4 {
        let service = service.clone();
        handles.push(tokio::spawn(async move {
            let permit = service.acquire().await.unwrap();
            let price = fetch_price(id).await;
            write_audit(id, price).await;
            drop(permit);
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("all done in about {} ms", start.elapsed().as_millis() / 100 * 100);
}
