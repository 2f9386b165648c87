// A select! loop over a channel and a shutdown signal, with an interval.
use tokio::sync::{mpsc, oneshot};
use tokio::time::{interval, Duration};

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    let (stop_tx, mut stop_rx) = oneshot::channel::<()>();
    tokio::spawn(async move {
        for i in 0..3 {
            tx.send(i).await.unwrap();
        }
        stop_tx.send(()).unwrap();
    });
    let mut tick = interval(Duration::from_millis(5));
    let mut got = Vec::new();
    loop {
        tokio::select! {
            Some(v) = rx.recv() => got.push(v),
            _ = &mut stop_rx => break,
            _ = tick.tick() => {}
        }
    }
    println!("{}", got.len() <= 3);
}
