use tokio::time::{sleep, Duration, Instant};

async fn fetch(name: &str, ms: u64) -> u64 {
    sleep(Duration::from_millis(ms)).await;
    println!("{} done", name);
    ms
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (a, b, c) = tokio::join!(fetch("reviews", 200), fetch("prices", 400), fetch("user", 500));
    println!("fetched {} {} {}", a, b, c);
    println!("took about {} ms", start.elapsed().as_millis() / 100 * 100);
}
