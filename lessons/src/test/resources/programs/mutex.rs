use std::sync::Arc;
use tokio::sync::Mutex;

#[tokio::main(worker_threads = 4)]
async fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = vec![];
    for _ in 0..10 {
        let c = Arc::clone(&counter);
        handles.push(tokio::spawn(async move {
            let mut n = c.lock().await;
            *n += 1;
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("count = {}", *counter.lock().await);
}
