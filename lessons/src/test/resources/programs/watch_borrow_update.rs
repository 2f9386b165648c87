use tokio::sync::watch;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = watch::channel(0u64);
    println!("has_changed at start: {}", rx.has_changed().unwrap());
    tx.send(5).unwrap();
    println!("has_changed after send: {}", rx.has_changed().unwrap());
    {
        let v = rx.borrow_and_update();
        println!("borrow_and_update = {}", *v);
    }
    println!("has_changed after update: {}", rx.has_changed().unwrap());
    tx.send_modify(|v| *v += 10);
    println!("after send_modify: {}", *rx.borrow());
    let old = tx.send_replace(100);
    println!("send_replace returned {}", old);
    let mut rx2 = rx.clone();
    rx2.changed().await.unwrap();
    println!("rx2 sees {}", *rx2.borrow());
    println!("receivers: {}", tx.receiver_count());
    drop(rx);
    drop(rx2);
    println!("is_closed: {}", tx.is_closed());
    match tx.send(7) {
        Ok(()) => println!("sent"),
        Err(e) => println!("send failed: {} / {:?} / value {}", e, e, e.0),
    }
    let rx3 = tx.subscribe();
    println!("subscribed value {}", *rx3.borrow());
    drop(rx3);
    tx.closed().await;
    println!("done");
}
