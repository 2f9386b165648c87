// elapsed: 300ms
use tokio::time::{sleep, Duration};

#[tokio::main(worker_threads = 2)]
async fn main() {
    let mut handles = Vec::new();
    for i in 1..=3u64 {
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(100 * i)).await;
            i * 10
        }));
    }
    let mut total = 0;
    for h in handles {
        total += h.await.unwrap();
    }
    println!("total {}", total);
}
