use std::sync::Arc;
use tokio::sync::Barrier;

#[tokio::main]
async fn main() {
    let n = 4;
    let barrier = Arc::new(Barrier::new(n));
    let mut handles = Vec::new();
    for i in 0..n {
        let b = Arc::clone(&barrier);
        handles.push(tokio::spawn(async move {
            let result = b.wait().await;
            (i, result.is_leader())
        }));
    }
    let mut leaders = 0;
    let mut ids = Vec::new();
    for h in handles {
        let (i, leader) = h.await.unwrap();
        ids.push(i);
        if leader {
            leaders += 1;
        }
    }
    ids.sort();
    println!("tasks {:?} passed the barrier", ids);
    println!("exactly one leader: {}", leaders == 1);
}
