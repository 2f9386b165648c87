use tokio::time::{sleep, Duration, Instant};

async fn fetch(name: &str, ms: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    println!("{} done", name);
    ms
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let start = Instant::now();
    let (a, b) = tokio::join!(fetch("stock", 500), fetch("reviews", 200));
    println!("fetched {} {}", a, b);
    println!("took about {} ms", start.elapsed().as_millis() / 100 * 100);
}
