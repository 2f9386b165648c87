use tokio::sync::{broadcast, mpsc, oneshot};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, rx) = mpsc::channel::<String>(2);
    drop(rx);
    match tx.try_send("x".into()) {
        Err(mpsc::error::TrySendError::Closed(v)) => println!("closed, kept {:?}", v),
        other => println!("{:?}", other),
    }
    let (tx, mut rx) = mpsc::channel::<u8>(1);
    tx.try_send(1).unwrap();
    if let Err(mpsc::error::TrySendError::Full(v)) = tx.try_send(2) {
        println!("full, kept {}", v);
    }
    println!("{:?}", rx.try_recv());
    println!("{}", rx.try_recv().unwrap_err());
    let (btx, mut brx) = broadcast::channel::<u8>(2);
    for i in 0..5 {
        btx.send(i).unwrap();
    }
    match brx.try_recv() {
        Err(broadcast::error::TryRecvError::Lagged(n)) => println!("lagged {}", n),
        other => println!("{:?}", other),
    }
    println!("{:?} {:?}", brx.try_recv(), brx.try_recv());
    println!("{}", brx.try_recv().unwrap_err());
    let (otx, orx) = oneshot::channel::<u8>();
    otx.send(9).unwrap();
    println!("{:?}", orx.await);
    let (otx, mut orx) = oneshot::channel::<u8>();
    drop(otx);
    println!("{}", orx.try_recv().unwrap_err());
}
