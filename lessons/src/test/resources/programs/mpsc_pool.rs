use std::sync::Arc;
use tokio::sync::{mpsc, Mutex};
use tokio::time::{sleep, Duration};

#[derive(Debug)]
struct Job {
    id: u32,
    cost: u64,
}

#[tokio::main]
async fn main() {
    let (job_tx, job_rx) = mpsc::channel::<Job>(4);
    let (res_tx, mut res_rx) = mpsc::channel::<(u32, usize, u64)>(16);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let mut workers = Vec::new();
    for w in 0..3usize {
        let rx = Arc::clone(&job_rx);
        let tx = res_tx.clone();
        workers.push(tokio::spawn(async move {
            let mut done = 0;
            loop {
                let job = {
                    let mut guard = rx.lock().await;
                    guard.recv().await
                };
                match job {
                    Some(job) => {
                        sleep(Duration::from_millis(job.cost)).await;
                        tx.send((job.id, w, job.cost * 2)).await.unwrap();
                        done += 1;
                    }
                    None => break,
                }
            }
            done
        }));
    }
    drop(res_tx);
    tokio::spawn(async move {
        for id in 1..=9 {
            job_tx.send(Job { id, cost: 10 * (id as u64 % 4 + 1) }).await.unwrap();
        }
        println!("all jobs queued");
    });
    let mut results = Vec::new();
    while let Some(r) = res_rx.recv().await {
        results.push(r);
    }
    results.sort();
    for (id, _, v) in &results {
        println!("job {} -> {}", id, v);
    }
    let mut total = 0;
    for w in workers {
        total += w.await.unwrap();
    }
    println!("{} jobs by workers, {} results", total, results.len());
    println!("{:?}", Job { id: 0, cost: 1 });
}
// elapsed: 80ms
