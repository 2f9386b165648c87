// elapsed: 440ms
use std::sync::Arc;
use tokio::sync::{Barrier, Mutex};
use tokio::time::{sleep, Duration, Instant};

#[tokio::main]
async fn main() {
    let runners = 4;
    let start_line = Arc::new(Barrier::new(runners + 1));
    let results = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for id in 0..runners {
        let start_line = start_line.clone();
        let results = results.clone();
        handles.push(tokio::spawn(async move {
            start_line.wait().await;
            let t = Instant::now();
            sleep(Duration::from_millis(60 * (runners - id) as u64)).await;
            results.lock().await.push((id, t.elapsed() >= Duration::from_millis(10)));
        }));
    }
    sleep(Duration::from_millis(200)).await;
    println!("everyone waiting; starting the race");
    let leader = start_line.wait().await.is_leader();
    println!("main was the last to arrive: {}", leader);
    for h in handles {
        h.await.unwrap();
    }
    let res = results.lock().await;
    let order: Vec<usize> = res.iter().map(|(id, _)| *id).collect();
    println!("finish order {:?}", order);
    println!("all ran at least 10ms: {}", res.iter().all(|(_, ok)| *ok));
}
