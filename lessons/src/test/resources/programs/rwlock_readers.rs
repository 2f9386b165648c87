// elapsed: 20ms
use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let scores = Arc::new(RwLock::new(vec![10, 20, 30]));

    // two readers hold the lock at the same time
    let r1 = scores.read().await;
    let r2 = scores.read().await;
    println!("r1 sum = {}, r2 len = {}", r1.iter().sum::<i32>(), r2.len());
    drop(r1);
    drop(r2);

    let writer = {
        let scores = Arc::clone(&scores);
        tokio::spawn(async move {
            let mut w = scores.write().await;
            w.push(40);
            println!("writer pushed, now {:?}", *w);
        })
    };
    writer.await.unwrap();

    let mut readers = Vec::new();
    for id in 0..3 {
        let scores = Arc::clone(&scores);
        readers.push(tokio::spawn(async move {
            let guard = scores.read().await;
            sleep(Duration::from_millis(20)).await;
            (id, guard.len())
        }));
    }
    for r in readers {
        let (id, len) = r.await.unwrap();
        println!("reader {} saw {} items", id, len);
    }
    {
        let mut w = scores.write().await;
        w.retain(|x| x % 20 == 0);
    }
    println!("final: {:?}", scores.read().await);
    match scores.try_write() {
        Ok(mut w) => {
            w.clear();
            println!("try_write ok");
        }
        Err(_) => println!("try_write failed"),
    }
    let g = scores.read().await;
    println!("try_write while reading fails: {}", scores.try_write().is_err());
    println!("try_read while reading ok: {}", scores.try_read().is_ok());
    drop(g);
}
