// elapsed: 160ms
use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::RwLock;
use tokio::time::{sleep, Duration, Instant};

type Cache = Arc<RwLock<HashMap<String, u64>>>;

async fn lookup(cache: Cache, key: &str) -> u64 {
    {
        let map = cache.read().await;
        if let Some(v) = map.get(key) {
            return *v;
        }
    }
    sleep(Duration::from_millis(30)).await;
    let value = key.len() as u64 * 100;
    let mut map = cache.write().await;
    map.insert(key.to_string(), value);
    value
}

#[tokio::main]
async fn main() {
    let cache: Cache = Arc::new(RwLock::new(HashMap::new()));
    let start = Instant::now();
    println!("{}", lookup(cache.clone(), "alpha").await);
    println!("{}", lookup(cache.clone(), "alpha").await);
    let mut handles = Vec::new();
    for key in ["beta", "gamma", "beta"] {
        let c = cache.clone();
        handles.push(tokio::spawn(async move { lookup(c, key).await }));
    }
    for h in handles {
        println!("task -> {}", h.await.unwrap());
    }
    // readers run together: three 100 ms reads take about 100 ms, not 300
    let t = Instant::now();
    let mut readers = Vec::new();
    for _ in 0..3 {
        let c = cache.clone();
        readers.push(tokio::spawn(async move {
            let g = c.read().await;
            sleep(Duration::from_millis(100)).await;
            g.len()
        }));
    }
    for r in readers {
        print!("{} ", r.await.unwrap());
    }
    println!();
    println!("parallel reads took under 250ms: {}", t.elapsed() < Duration::from_millis(250));
    let map = cache.read().await;
    let mut keys: Vec<_> = map.keys().cloned().collect();
    keys.sort();
    println!("cached keys {:?}", keys);
    println!("total at least 160ms: {}", start.elapsed() >= Duration::from_millis(160));
}
