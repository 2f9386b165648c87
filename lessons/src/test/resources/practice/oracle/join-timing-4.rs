use tokio::time::{sleep, Duration, Instant};

async fn fetch(name: &str, ms: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    println!("{} done", name);
    ms
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let start = Instant::now();
    let a = fetch("stock", 200).await;
    let (b, c) = tokio::join!(fetch("user", 100), fetch("orders", 300));
    println!("fetched {} {} {}", a, b, c);
    println!("took about {} ms", start.elapsed().as_millis() / 100 * 100);
}
