// elapsed: 420ms
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let bucket = Arc::new(Semaphore::new(2));
    let refill = {
        let bucket = bucket.clone();
        tokio::spawn(async move {
            for _ in 0..3 {
                sleep(Duration::from_millis(100)).await;
                let missing = 2 - bucket.available_permits();
                bucket.add_permits(missing);
            }
        })
    };
    let mut accepted = 0;
    let mut rejected = 0;
    for req in 0..12 {
        match bucket.try_acquire() {
            Ok(permit) => {
                permit.forget();
                accepted += 1;
                println!("req {:>2} ok", req);
            }
            Err(e) => {
                rejected += 1;
                if rejected <= 2 {
                    println!("req {:>2} rejected: {}", req, e);
                }
            }
        }
        sleep(Duration::from_millis(35)).await;
    }
    refill.await.unwrap();
    println!("accepted {} rejected {}", accepted, rejected);
}
