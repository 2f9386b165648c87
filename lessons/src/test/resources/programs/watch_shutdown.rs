// elapsed: 1100ms
use tokio::sync::watch;
use tokio::time::{interval, sleep, Duration};

async fn worker(id: u32, mut shutdown: watch::Receiver<bool>) -> u32 {
    let mut ticks = 0;
    let mut tick = interval(Duration::from_millis(match id { 1 => 200, 2 => 300, _ => 500 }));
    loop {
        tokio::select! {
            _ = tick.tick() => {
                ticks += 1;
            }
            res = shutdown.changed() => {
                if res.is_err() || *shutdown.borrow() {
                    return ticks;
                }
            }
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = watch::channel(false);
    let mut handles = Vec::new();
    for id in 1..=3 {
        handles.push(tokio::spawn(worker(id, rx.clone())));
    }
    drop(rx);
    sleep(Duration::from_millis(1100)).await;
    println!("sending shutdown to {} receivers", tx.receiver_count());
    tx.send(true).unwrap();
    let mut total = 0;
    for (i, h) in handles.into_iter().enumerate() {
        let ticks = h.await.unwrap();
        println!("worker {} stopped after {} ticks", i + 1, ticks);
        total += ticks;
    }
    println!("total ticks {}", total);
    println!("closed: {}", tx.is_closed());
}
