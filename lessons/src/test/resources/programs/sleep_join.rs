// elapsed: 200ms
use tokio::time::{sleep, Duration, Instant};

async fn task(name: &str, ms: u64) -> String {
    sleep(Duration::from_millis(ms)).await;
    format!("{} done after {} ms", name, ms)
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (a, b, c) = tokio::join!(task("a", 200), task("b", 150), task("c", 100));
    println!("{}\n{}\n{}", a, b, c);
    println!("at least 200 ms: {}", start.elapsed().as_millis() >= 200);
}
