use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let sem = Arc::new(Semaphore::new(3));
    let running = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let mut hs = Vec::new();
    for i in 0..10u64 {
        let sem = sem.clone();
        let running = running.clone();
        let peak = peak.clone();
        hs.push(tokio::spawn(async move {
            let _permit = sem.acquire().await.unwrap();
            let now = running.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(now, Ordering::SeqCst);
            sleep(Duration::from_millis(20 + i)).await;
            running.fetch_sub(1, Ordering::SeqCst);
            i
        }));
    }
    let mut sum = 0;
    for h in hs {
        sum += h.await.unwrap();
    }
    println!("sum {} peak {} available {}", sum, peak.load(Ordering::SeqCst), sem.available_permits());
    let p1 = sem.try_acquire().unwrap();
    let p2 = sem.try_acquire_many(2).unwrap();
    println!("available {}", sem.available_permits());
    match sem.try_acquire() {
        Ok(_) => println!("got one"),
        Err(e) => println!("no permit: {}", e),
    }
    drop(p1);
    println!("available {}", sem.available_permits());
    drop(p2);
    sem.close();
    println!("{:?}", sem.acquire().await.is_err());
    let counter = AtomicUsize::new(5);
    println!("{} {}", counter.swap(9, Ordering::Relaxed), counter.load(Ordering::Relaxed));
    println!("{:?}", counter.compare_exchange(9, 1, Ordering::SeqCst, Ordering::SeqCst));
    println!("{:?}", counter.compare_exchange(9, 2, Ordering::SeqCst, Ordering::SeqCst));
}
// elapsed: 90ms
