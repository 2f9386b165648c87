// tokio RwLock readers and a watch channel for shutdown.
use std::sync::Arc;
use tokio::sync::{watch, RwLock};

#[tokio::main]
async fn main() {
    let cfg = Arc::new(RwLock::new(String::from("v1")));
    let (tx, mut rx) = watch::channel(false);
    let reader = {
        let cfg = cfg.clone();
        tokio::spawn(async move {
            let r = cfg.read().await;
            r.len()
        })
    };
    {
        let mut w = cfg.write().await;
        w.push_str("-b");
    }
    tx.send(true).unwrap();
    rx.changed().await.unwrap();
    println!("{} {}", reader.await.unwrap() >= 2, *rx.borrow());
}
