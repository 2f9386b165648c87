// elapsed: 1050ms
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // a token bucket of 2: bursts of 4 requests every 300 ms, a refill half-way between bursts
    let bucket = Arc::new(Semaphore::new(2));
    let refill = {
        let bucket = bucket.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(150)).await;
            for round in 0..3 {
                let missing = 2 - bucket.available_permits();
                bucket.add_permits(missing);
                println!("refill {} added {}", round, missing);
                sleep(Duration::from_millis(300)).await;
            }
        })
    };
    let mut accepted = 0;
    let mut rejected = 0;
    for burst in 0..3 {
        for req in 0..4 {
            match bucket.try_acquire() {
                Ok(permit) => {
                    permit.forget();
                    accepted += 1;
                    println!("burst {} req {} ok", burst, req);
                }
                Err(e) => {
                    rejected += 1;
                    if rejected <= 2 {
                        println!("burst {} req {} rejected: {}", burst, req, e);
                    }
                }
            }
        }
        sleep(Duration::from_millis(300)).await;
    }
    refill.await.unwrap();
    println!("accepted {} rejected {} left {}", accepted, rejected, bucket.available_permits());
}
