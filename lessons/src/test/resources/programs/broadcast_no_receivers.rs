use tokio::sync::broadcast;

#[tokio::main]
async fn main() {
    let (tx, _) = broadcast::channel::<u32>(4);
    println!("receivers: {}", tx.receiver_count());
    match tx.send(1) {
        Ok(n) => println!("delivered to {}", n),
        Err(e) => println!("send failed: {} (value {})", e, e.0),
    }
    let mut rx1 = tx.subscribe();
    let mut rx2 = tx.subscribe();
    println!("sent to {}", tx.send(10).unwrap());
    println!("sent to {}", tx.send(20).unwrap());
    println!("rx1 {:?}", rx1.recv().await);
    drop(rx2);
    println!("receivers now {}", tx.receiver_count());
    for v in 30..36 {
        tx.send(v).unwrap();
    }
    loop {
        match rx1.recv().await {
            Ok(v) => println!("rx1 got {}", v),
            Err(broadcast::error::RecvError::Lagged(n)) => println!("rx1 lagged by {}", n),
            Err(broadcast::error::RecvError::Closed) => {
                println!("closed");
                break;
            }
        }
        if rx1.is_empty() {
            break;
        }
    }
    match rx1.try_recv() {
        Err(e) => println!("try_recv: {}", e),
        Ok(v) => println!("{}", v),
    }
    drop(tx);
    match rx1.recv().await {
        Err(e) => println!("after drop: {} / {:?}", e, e),
        Ok(v) => println!("{}", v),
    }
}
