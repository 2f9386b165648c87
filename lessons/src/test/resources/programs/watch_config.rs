// elapsed: 240ms
use tokio::sync::watch;
use tokio::time::{sleep, Duration};

#[derive(Debug, Clone)]
struct Config {
    level: u32,
    name: String,
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = watch::channel(Config { level: 1, name: "start".to_string() });

    let reader = tokio::spawn(async move {
        let mut seen = Vec::new();
        while rx.changed().await.is_ok() {
            let cfg = rx.borrow().clone();
            println!("reader saw level {} ({})", cfg.level, cfg.name);
            seen.push(cfg.level);
        }
        println!("sender gone, last value: {:?}", *rx.borrow());
        seen
    });

    for level in 2..=4 {
        sleep(Duration::from_millis(60)).await;
        tx.send(Config { level, name: format!("step{}", level) }).unwrap();
    }
    sleep(Duration::from_millis(60)).await;
    println!("current in sender: {}", tx.borrow().level);
    drop(tx);
    let seen = reader.await.unwrap();
    println!("seen = {:?}", seen);
}
