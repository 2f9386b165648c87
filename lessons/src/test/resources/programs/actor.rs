use std::collections::HashMap;
use tokio::sync::{mpsc, oneshot};

#[derive(Debug)]
enum Command {
    Set { key: String, value: i64 },
    Get { key: String, reply: oneshot::Sender<Option<i64>> },
    Incr { key: String, reply: oneshot::Sender<i64> },
}

async fn store(mut rx: mpsc::Receiver<Command>) {
    let mut map: HashMap<String, i64> = HashMap::new();
    while let Some(cmd) = rx.recv().await {
        match cmd {
            Command::Set { key, value } => {
                map.insert(key, value);
            }
            Command::Get { key, reply } => {
                let _ = reply.send(map.get(&key).copied());
            }
            Command::Incr { key, reply } => {
                let v = map.entry(key).or_insert(0);
                *v += 1;
                let _ = reply.send(*v);
            }
        }
    }
    println!("store: all clients gone, {} keys", map.len());
}

#[tokio::main]
async fn main() {
    let (tx, rx) = mpsc::channel(8);
    let server = tokio::spawn(store(rx));
    tx.send(Command::Set { key: "a".to_string(), value: 41 }).await.unwrap();
    let (rtx, rrx) = oneshot::channel();
    tx.send(Command::Incr { key: "a".to_string(), reply: rtx }).await.unwrap();
    println!("incr a -> {}", rrx.await.unwrap());
    let (gtx, grx) = oneshot::channel();
    tx.send(Command::Get { key: "b".to_string(), reply: gtx }).await.unwrap();
    println!("get b -> {:?}", grx.await.unwrap());
    let (itx, irx) = oneshot::channel();
    tx.send(Command::Incr { key: "b".to_string(), reply: itx }).await.unwrap();
    println!("incr b -> {}", irx.await.unwrap());
    drop(tx);
    server.await.unwrap();
}
