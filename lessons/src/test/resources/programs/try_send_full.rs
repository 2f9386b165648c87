use tokio::sync::mpsc;
use tokio::sync::mpsc::error::TrySendError;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(2);
    for i in 0..4 {
        match tx.try_send(format!("job{}", i)) {
            Ok(()) => println!("queued job{}", i),
            Err(TrySendError::Full(job)) => println!("queue full, dropping {}", job),
            Err(TrySendError::Closed(job)) => println!("closed, lost {}", job),
        }
    }
    println!("capacity left: {}", tx.capacity());
    while let Ok(job) = rx.try_recv() {
        println!("got {}", job);
    }
    match rx.try_recv() {
        Ok(j) => println!("unexpected {}", j),
        Err(e) => println!("try_recv: {}", e),
    }
    let err = tx.try_send("late".to_string()).err();
    println!("{:?}", err.is_none());
    drop(rx);
    match tx.send("after close".to_string()).await {
        Ok(()) => println!("sent?"),
        Err(e) => println!("send failed: {} (value back: {})", e, e.0),
    }
    if let Err(e) = tx.try_send("again".to_string()) {
        println!("try_send error: {} / {:?}", e, e);
        if let TrySendError::Closed(v) = e {
            println!("recovered {}", v);
        }
    }
    let (utx, mut urx) = mpsc::unbounded_channel();
    utx.send(1).unwrap();
    drop(utx);
    println!("{:?} {:?}", urx.recv().await, urx.recv().await);
    match urx.try_recv() {
        Err(mpsc::error::TryRecvError::Disconnected) => println!("disconnected: {}", mpsc::error::TryRecvError::Disconnected),
        other => println!("{:?}", other),
    }
}
