use tokio::task::JoinSet;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut set = JoinSet::new();
    for (id, ms) in [(1, 400), (2, 100), (3, 200)] {
        set.spawn(async move {
            sleep(Duration::from_millis(ms)).await;
            id
        });
    }
    while let Some(res) = set.join_next().await {
        println!("finished {}", res.unwrap());
    }
}
