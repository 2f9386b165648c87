use std::sync::Arc;
use tokio::sync::{Barrier, Mutex};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let workers = 3;
    let barrier = Arc::new(Barrier::new(workers));
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for id in 0..workers {
        let barrier = barrier.clone();
        let log = log.clone();
        handles.push(tokio::spawn(async move {
            let mut leads = 0;
            for phase in 1..=3 {
                log.lock().await.push(format!("w{} p{}", id, phase));
                if barrier.wait().await.is_leader() {
                    leads += 1;
                    log.lock().await.push(format!("--- phase {} done", phase));
                }
            }
            leads
        }));
    }
    let mut total_leads = 0;
    for h in handles {
        total_leads += h.await.unwrap();
    }
    let log = log.lock().await;
    let mut phase_ends = 0;
    for line in log.iter() {
        if line.starts_with("---") {
            phase_ends += 1;
        }
    }
    println!("entries {}", log.len());
    println!("phase ends {}", phase_ends);
    println!("leaders {}", total_leads);
    let first_end = log.iter().position(|l| l.starts_with("---")).unwrap();
    println!("first phase ended after {} entries", first_end);
}
