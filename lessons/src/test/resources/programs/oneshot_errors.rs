// elapsed: 250ms
use tokio::sync::oneshot;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel::<String>();
    drop(rx);
    match tx.send("hello".to_string()) {
        Ok(()) => println!("sent"),
        Err(v) => println!("receiver gone, got back {:?}", v),
    }
    let (tx, rx) = oneshot::channel::<u32>();
    drop(tx);
    match rx.await {
        Ok(v) => println!("{}", v),
        Err(e) => println!("recv error: {} / {:?}", e, e),
    }
    let (tx, mut rx) = oneshot::channel::<u32>();
    match rx.try_recv() {
        Err(e) => println!("try_recv early: {}", e),
        Ok(v) => println!("{}", v),
    }
    tokio::spawn(async move {
        sleep(Duration::from_millis(15)).await;
        let _ = tx.send(99);
    });
    sleep(Duration::from_millis(150)).await;
    println!("{:?}", rx.try_recv());
    let (tx, rx) = oneshot::channel::<&str>();
    let waiter = tokio::spawn(async move {
        tokio::select! {
            v = rx => println!("got {:?}", v),
            _ = sleep(Duration::from_millis(100)) => println!("timed out waiting"),
        }
    });
    waiter.await.unwrap();
    println!("sender sees closed: {}", tx.is_closed());
}
