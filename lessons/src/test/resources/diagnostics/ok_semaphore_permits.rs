// A semaphore shared by tasks through an Arc; permits held across awaits are fine (tokio types are Send).
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let sem = Arc::new(Semaphore::new(2));
    let mut hs = Vec::new();
    for i in 0..5 {
        let sem = Arc::clone(&sem);
        hs.push(tokio::spawn(async move {
            let _permit = sem.acquire().await.unwrap();
            sleep(Duration::from_millis(5)).await;
            i
        }));
    }
    let mut done = 0;
    for h in hs {
        done += h.await.unwrap();
    }
    let owned = sem.clone().acquire_owned().await.unwrap();
    drop(owned);
    println!("{done} {}", sem.available_permits());
}
