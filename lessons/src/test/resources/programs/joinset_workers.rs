// elapsed: 300ms
use tokio::task::JoinSet;
use tokio::time::{sleep, Duration};

async fn fetch(id: u64) -> (u64, u64) {
    sleep(Duration::from_millis(400 - id * 100)).await;
    (id, id * id)
}

#[tokio::main]
async fn main() {
    let mut set = JoinSet::new();
    for id in 1..=4 {
        set.spawn(fetch(id));
    }
    println!("running: {}", set.len());
    let mut order = Vec::new();
    while let Some(res) = set.join_next().await {
        let (id, sq) = res.unwrap();
        println!("task {} finished: {}", id, sq);
        order.push(id);
    }
    println!("order {:?}, empty {}", order, set.is_empty());

    let mut slow = JoinSet::new();
    for i in 0..3 {
        slow.spawn(async move {
            sleep(Duration::from_secs(5)).await;
            i
        });
    }
    slow.spawn(async { 100 });
    let first = slow.join_next().await.unwrap().unwrap();
    println!("first done: {}", first);
    slow.abort_all();
    let mut cancelled = 0;
    while let Some(r) = slow.join_next().await {
        if let Err(e) = r {
            if e.is_cancelled() {
                cancelled += 1;
            }
        }
    }
    println!("cancelled {}", cancelled);
}
