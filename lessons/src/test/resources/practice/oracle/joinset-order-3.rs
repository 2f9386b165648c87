use tokio::task::JoinSet;
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut set = JoinSet::new();
    for (id, ms) in [(1, 200), (2, 400), (3, 300)] {
        set.spawn(async move {
            sleep(Duration::from_millis(ms)).await;
            id
        });
    }
    while let Some(res) = set.join_next().await {
        println!("finished {}", res.unwrap());
    }
}
