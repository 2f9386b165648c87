use std::sync::Arc;
use tokio::sync::{Mutex, Semaphore};

#[tokio::main(worker_threads = 4)]
async fn main() {
    let sem = Arc::new(Semaphore::new(2));
    let stats = Arc::new(Mutex::new((0, 0)));
    let mut handles = vec![];
    for _ in 0..8 {
        let sem = sem.clone();
        let stats = stats.clone();
        handles.push(tokio::spawn(async move {
            let _permit = sem.acquire().await.unwrap();
            {
                let mut s = stats.lock().await;
                s.0 += 1;
                if s.0 > s.1 {
                    s.1 = s.0;
                }
            }
            tokio::task::yield_now().await;
            stats.lock().await.0 -= 1;
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    let s = stats.lock().await;
    println!("max in flight within limit: {}", s.1 >= 1 && s.1 <= 2);
    println!("permits back: {}", sem.available_permits());
}
