use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::task::JoinHandle;

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(0u32));
    let mut handles: Vec<JoinHandle<()>> = Vec::new();
    for _ in 0..10 {
        let c = Arc::clone(&counter);
        handles.push(tokio::spawn(async move {
            for _ in 0..100 {
                let mut n = c.lock().unwrap();
                *n += 1;
            }
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("count = {}", *counter.lock().unwrap());
    println!("strong = {}", Arc::strong_count(&counter));

    let stats: Arc<tokio::sync::Mutex<HashMap<String, u32>>> = Arc::new(tokio::sync::Mutex::new(HashMap::new()));
    let words = ["apple", "pear", "apple", "fig", "pear", "apple"];
    let mut hs = Vec::new();
    for w in words {
        let s = stats.clone();
        hs.push(tokio::spawn(async move {
            let mut map = s.lock().await;
            *map.entry(w.to_string()).or_insert(0) += 1;
        }));
    }
    for h in hs {
        h.await.unwrap();
    }
    let map = stats.lock().await;
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("{:?}", entries);
    drop(map);
    let m2 = Mutex::new(vec![1, 2, 3]);
    {
        let mut g = m2.lock().unwrap();
        g.push(4);
    }
    println!("{:?} {}", m2.lock().unwrap(), m2.try_lock().is_ok());
    let inner = Arc::try_unwrap(counter).unwrap().into_inner().unwrap();
    println!("inner {}", inner);
}
