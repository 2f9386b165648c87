// elapsed: 10ms
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot, Mutex, RwLock};
use tokio::time::{sleep, timeout, Duration};

static REQUESTS: AtomicU64 = AtomicU64::new(0);
static SHUTDOWN: AtomicBool = AtomicBool::new(false);

#[derive(Debug)]
enum Command {
    Get { key: String, reply: oneshot::Sender<Option<u32>> },
    Set { key: String, value: u32 },
}

async fn store(mut rx: mpsc::Receiver<Command>) {
    let mut map: HashMap<String, u32> = HashMap::new();
    while let Some(cmd) = rx.recv().await {
        REQUESTS.fetch_add(1, Ordering::Relaxed);
        match cmd {
            Command::Get { key, reply } => {
                let _ = reply.send(map.get(&key).copied());
            }
            Command::Set { key, value } => {
                map.insert(key, value);
            }
        }
    }
    SHUTDOWN.store(true, Ordering::SeqCst);
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(8);
    let server = tokio::spawn(store(rx));
    tx.send(Command::Set { key: "a".into(), value: 1 }).await.unwrap();
    tx.send(Command::Set { key: "b".into(), value: 2 }).await.unwrap();
    for key in ["a", "b", "c"] {
        let (rtx, rrx) = oneshot::channel();
        tx.send(Command::Get { key: key.to_string(), reply: rtx }).await.unwrap();
        println!("{} = {:?}", key, rrx.await.unwrap());
    }
    drop(tx);
    server.await.unwrap();
    println!("requests {} shutdown {}", REQUESTS.load(Ordering::SeqCst), SHUTDOWN.load(Ordering::SeqCst));

    let shared = Arc::new(Mutex::new(0u32));
    let config = Arc::new(RwLock::new(String::from("v1")));
    let mut hs = Vec::new();
    for i in 0..4u32 {
        let shared = shared.clone();
        let config = config.clone();
        hs.push(tokio::spawn(async move {
            let version = config.read().await.clone();
            let mut g = shared.lock().await;
            *g += i;
            version
        }));
    }
    *config.write().await = "v2".to_string();
    let mut versions = Vec::new();
    for h in hs {
        versions.push(h.await.unwrap());
    }
    versions.sort();
    versions.dedup();
    println!("total {} versions seen {:?}", *shared.lock().await, versions.len() >= 1);
    let slow = timeout(Duration::from_millis(10), sleep(Duration::from_millis(50))).await;
    println!("{:?}", slow.is_err());
    match timeout(Duration::from_millis(50), async { 5 }).await {
        Ok(v) => println!("fast {}", v),
        Err(e) => println!("{}", e),
    }
}
