// JoinSet: spawn tasks, collect results as they finish.
use tokio::task::JoinSet;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let mut set = JoinSet::new();
    for i in 0..4u64 {
        set.spawn(async move {
            sleep(Duration::from_millis(10 * (4 - i))).await;
            i * i
        });
    }
    let mut total = 0;
    while let Some(res) = set.join_next().await {
        total += res.unwrap();
    }
    println!("{total}");
}
