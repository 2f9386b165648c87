async fn square(n: u64) -> u64 {
    tokio::task::yield_now().await;
    n * n
}

#[tokio::main(worker_threads = 4)]
async fn main() {
    let mut handles = Vec::new();
    for i in 1..=5 {
        handles.push(tokio::spawn(square(i)));
    }
    let mut results = Vec::new();
    for h in handles {
        results.push(h.await.unwrap());
    }
    println!("{:?}", results);
    let total: u64 = results.iter().sum();
    println!("total = {}", total);
}
