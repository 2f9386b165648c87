use std::sync::{Arc, Mutex};

#[tokio::main(worker_threads = 2)]
async fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut handles = Vec::new();
    for i in 0..4 {
        let log = Arc::clone(&log);
        handles.push(tokio::spawn(async move {
            let mut guard = log.lock().unwrap();
            guard.push(i * i);
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    let mut v = log.lock().unwrap().clone();
    v.sort();
    println!("{:?}", v);
    println!("strong count = {}", Arc::strong_count(&log));
}
