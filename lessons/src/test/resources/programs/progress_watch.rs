// elapsed: 300ms
use tokio::sync::{mpsc, watch};
use tokio::time::{sleep, Duration};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (progress_tx, mut progress_rx) = watch::channel(0u32);
    let (done_tx, mut done_rx) = mpsc::channel::<String>(8);
    let worker = tokio::spawn(async move {
        for step in 1..=5 {
            sleep(Duration::from_millis(60)).await;
            progress_tx.send_modify(|p| *p = step * 20);
            done_tx.send(format!("chunk {}", step)).await.unwrap();
        }
    });
    let mut seen = Vec::new();
    loop {
        tokio::select! {
            changed = progress_rx.changed() => {
                if changed.is_err() {
                    break;
                }
                let pct = *progress_rx.borrow_and_update();
                seen.push(pct);
            }
            Some(msg) = done_rx.recv() => {
                println!("finished {}", msg);
            }
        }
    }
    worker.await.unwrap();
    while let Ok(msg) = done_rx.try_recv() {
        println!("late {}", msg);
    }
    println!("progress seen: {:?}", seen);
    println!("final: {}%", *progress_rx.borrow());
}
