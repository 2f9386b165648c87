use std::collections::BTreeMap;
use std::sync::Arc;
use tokio::sync::{mpsc, Mutex, Semaphore};
use tokio::time::{sleep, Duration};

#[derive(Debug, Clone)]
enum Outcome {
    Ok { id: u32, value: u64 },
    Failed { id: u32, reason: String },
}

async fn process(id: u32) -> Outcome {
    sleep(Duration::from_millis((id as u64 % 3) * 15)).await;
    if id % 4 == 0 {
        Outcome::Failed { id, reason: format!("id {} divisible by 4", id) }
    } else {
        Outcome::Ok { id, value: (id as u64).pow(3) }
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let limit = Arc::new(Semaphore::new(2));
    let log = Arc::new(Mutex::new(BTreeMap::new()));
    let (tx, mut rx) = mpsc::channel(4);
    for id in 1..=9u32 {
        let limit = limit.clone();
        let tx = tx.clone();
        let log = log.clone();
        tokio::spawn(async move {
            let permit = limit.acquire().await.unwrap();
            let out = process(id).await;
            log.lock().await.insert(id, matches!(out, Outcome::Ok { .. }));
            drop(permit);
            tx.send(out).await.unwrap();
        });
    }
    drop(tx);
    let mut ok_sum = 0;
    let mut failures = Vec::new();
    while let Some(o) = rx.recv().await {
        match o {
            Outcome::Ok { value, .. } => ok_sum += value,
            Outcome::Failed { id, reason } => failures.push((id, reason)),
        }
    }
    failures.sort();
    println!("sum of cubes {}", ok_sum);
    for (id, r) in &failures {
        println!("failed {}: {}", id, r);
    }
    let log = log.lock().await;
    let oks: Vec<String> = log.iter().map(|(k, v)| format!("{}{}", k, if *v { "+" } else { "-" })).collect();
    println!("{}", oks.join(" "));
    println!("permits back: {}", limit.available_permits());
}
// elapsed: 75ms
