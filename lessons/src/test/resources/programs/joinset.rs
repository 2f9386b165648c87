use tokio::task::JoinSet;

async fn work(id: u32) -> u32 {
    for _ in 0..id {
        tokio::task::yield_now().await;
    }
    id * id
}

#[tokio::main]
async fn main() {
    let mut set = JoinSet::new();
    for id in 1..=5 {
        set.spawn(work(id));
    }
    println!("spawned {}", set.len());
    let mut results = Vec::new();
    while let Some(res) = set.join_next().await {
        results.push(res.unwrap());
    }
    results.sort();
    println!("{:?}", results);
    println!("empty: {}", set.is_empty());
}
