// elapsed: 400ms
use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let lock = Arc::new(RwLock::new(0u32));

    let r1 = {
        let lock = lock.clone();
        tokio::spawn(async move {
            let g = lock.read().await;
            println!("reader 1 holds the lock (value {})", *g);
            sleep(Duration::from_millis(300)).await;
            println!("reader 1 lets go");
        })
    };
    let w = {
        let lock = lock.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(100)).await;
            println!("writer asks");
            let mut g = lock.write().await;
            *g += 1;
            println!("writer holds the lock, value now {}", *g);
            sleep(Duration::from_millis(100)).await;
        })
    };
    let r2 = {
        let lock = lock.clone();
        tokio::spawn(async move {
            sleep(Duration::from_millis(200)).await;
            println!("reader 2 asks (a writer is waiting)");
            let g = lock.read().await;
            println!("reader 2 holds the lock, sees {}", *g);
        })
    };
    for h in [r1, w, r2] {
        h.await.unwrap();
    }
    println!("final value {}", *lock.read().await);
}
