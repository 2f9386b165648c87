// Async blocks as values, awaited later; futures stored in a Vec.
use tokio::time::{sleep, Duration};

async fn work(id: u32) -> u32 {
    sleep(Duration::from_millis(5)).await;
    id * 2
}

#[tokio::main]
async fn main() {
    let later = async {
        let a = work(1).await;
        a + 1
    };
    let f = work(2);
    println!("{} {}", later.await, f.await);
    let mut results = Vec::new();
    for i in 0..3 {
        results.push(work(i).await);
    }
    println!("{results:?}");
}
