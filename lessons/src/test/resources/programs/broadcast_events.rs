use tokio::sync::broadcast;
use tokio::time::{sleep, Duration};

#[derive(Clone, Debug)]
enum Event {
    Join(String),
    Say(String, String),
    Leave(String),
}

#[tokio::main]
async fn main() {
    let (tx, _) = broadcast::channel::<Event>(16);
    let mut listeners = Vec::new();
    for name in ["alice", "bob"] {
        let mut rx = tx.subscribe();
        listeners.push(tokio::spawn(async move {
            let mut seen = Vec::new();
            loop {
                match rx.recv().await {
                    Ok(Event::Say(who, text)) if who != name => seen.push(format!("{} heard {}: {}", name, who, text)),
                    Ok(Event::Say(..)) => {}
                    Ok(Event::Join(who)) => seen.push(format!("{} saw {} join", name, who)),
                    Ok(Event::Leave(who)) if who == name => break,
                    Ok(Event::Leave(who)) => seen.push(format!("{} saw {} leave", name, who)),
                    Err(broadcast::error::RecvError::Closed) => break,
                    Err(e) => seen.push(format!("error {}", e)),
                }
            }
            seen
        }));
    }
    sleep(Duration::from_millis(10)).await;
    println!("receivers: {}", tx.receiver_count());
    tx.send(Event::Join("carol".into())).unwrap();
    tx.send(Event::Say("alice".into(), "hi all".into())).unwrap();
    tx.send(Event::Say("bob".into(), "hey alice".into())).unwrap();
    tx.send(Event::Leave("bob".into())).unwrap();
    tx.send(Event::Say("carol".into(), "bye".into())).unwrap();
    drop(tx);
    for l in listeners {
        for line in l.await.unwrap() {
            println!("{}", line);
        }
    }
    let (tx2, mut rx2) = broadcast::channel(2);
    for i in 0..5 {
        tx2.send(i).unwrap();
    }
    println!("{:?}", rx2.recv().await);
    println!("{:?}", rx2.recv().await);
    println!("{:?}", rx2.try_recv());
    drop(tx2);
    println!("{:?}", rx2.recv().await);
    let (tx3, _) = broadcast::channel::<u8>(1);
    println!("{:?}", tx3.send(1).is_err());
}
// elapsed: 10ms
