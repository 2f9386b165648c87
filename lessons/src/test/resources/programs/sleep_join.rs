// elapsed: 200ms
use tokio::time::{sleep, Duration, Instant};

async fn task(name: &str, ms: u64) -> String {
    sleep(Duration::from_millis(ms)).await;
    println!("{} done", name);
    name.to_string()
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let (a, b, c) = tokio::join!(task("a", 200), task("b", 150), task("c", 100));
    println!("{} {} {}", a, b, c);
    println!("about 200 ms: {}", start.elapsed().as_millis() >= 200);
}
