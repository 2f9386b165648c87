// elapsed: 450ms
use tokio::time::{sleep, Duration};

async fn task(name: &str, ms: u64) -> &str {
    sleep(Duration::from_millis(ms)).await;
    println!("{} done", name);
    name
}

#[tokio::main]
async fn main() {
    task("a", 200).await;
    task("b", 150).await;
    task("c", 100).await;
}
