use std::collections::HashMap;
use tokio::sync::{mpsc, oneshot};

#[derive(Debug)]
enum Command {
    Get { key: String, resp: oneshot::Sender<Option<i64>> },
    Set { key: String, value: i64, resp: oneshot::Sender<Option<i64>> },
    Incr { key: String, by: i64, resp: oneshot::Sender<Result<i64, String>> },
    Keys { resp: oneshot::Sender<Vec<String>> },
}

struct Store {
    data: HashMap<String, i64>,
    rx: mpsc::Receiver<Command>,
}

impl Store {
    async fn run(mut self) -> usize {
        let mut handled = 0;
        while let Some(cmd) = self.rx.recv().await {
            handled += 1;
            match cmd {
                Command::Get { key, resp } => {
                    let _ = resp.send(self.data.get(&key).copied());
                }
                Command::Set { key, value, resp } => {
                    let _ = resp.send(self.data.insert(key, value));
                }
                Command::Incr { key, by, resp } => {
                    let r = match self.data.get_mut(&key) {
                        Some(v) => {
                            *v += by;
                            Ok(*v)
                        }
                        None => Err(format!("no such key: {}", key)),
                    };
                    let _ = resp.send(r);
                }
                Command::Keys { resp } => {
                    let mut keys: Vec<String> = self.data.keys().cloned().collect();
                    keys.sort();
                    let _ = resp.send(keys);
                }
            }
        }
        handled
    }
}

#[derive(Clone)]
struct Client {
    tx: mpsc::Sender<Command>,
}

impl Client {
    async fn get(&self, key: &str) -> Option<i64> {
        let (resp, rx) = oneshot::channel();
        self.tx.send(Command::Get { key: key.to_string(), resp }).await.unwrap();
        rx.await.unwrap()
    }
    async fn set(&self, key: &str, value: i64) -> Option<i64> {
        let (resp, rx) = oneshot::channel();
        self.tx.send(Command::Set { key: key.into(), value, resp }).await.unwrap();
        rx.await.unwrap()
    }
    async fn incr(&self, key: &str, by: i64) -> Result<i64, String> {
        let (resp, rx) = oneshot::channel();
        self.tx.send(Command::Incr { key: key.into(), by, resp }).await.unwrap();
        rx.await.unwrap()
    }
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(32);
    let store = tokio::spawn(Store { data: HashMap::new(), rx }.run());
    let client = Client { tx: tx.clone() };
    println!("{:?}", client.set("a", 1).await);
    println!("{:?}", client.set("a", 5).await);
    println!("{:?} {:?}", client.get("a").await, client.get("b").await);
    println!("{:?}", client.incr("a", 10).await);
    println!("{:?}", client.incr("zzz", 1).await);
    let mut tasks = Vec::new();
    for i in 0..4 {
        let c = client.clone();
        tasks.push(tokio::spawn(async move {
            c.set(&format!("k{}", i), i * 100).await;
            c.incr("a", 1).await.unwrap()
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let (resp, keys) = oneshot::channel();
    tx.send(Command::Keys { resp }).await.unwrap();
    println!("{:?}", keys.await.unwrap());
    println!("a = {:?}", client.get("a").await);
    drop(client);
    drop(tx);
    println!("handled {}", store.await.unwrap());
    let (otx, orx) = oneshot::channel::<u8>();
    drop(otx);
    println!("{:?}", orx.await);
}
