// elapsed: 20ms
use tokio::sync::broadcast;
use tokio::time::{sleep, Duration};

#[derive(Clone, Debug)]
struct Msg {
    from: String,
    text: String,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, _) = broadcast::channel::<Msg>(16);
    let mut members = Vec::new();
    for name in ["ann", "bob", "cy"] {
        let mut rx = tx.subscribe();
        let me = name.to_string();
        members.push(tokio::spawn(async move {
            let mut heard = Vec::new();
            while let Ok(m) = rx.recv().await {
                if m.from != me {
                    heard.push(format!("{}: {}", m.from, m.text));
                }
            }
            (me, heard)
        }));
    }
    println!("members: {}", tx.receiver_count());
    for (from, text) in [("ann", "hi"), ("bob", "hello"), ("cy", "hey all"), ("ann", "bye")] {
        let n = tx.send(Msg { from: from.into(), text: text.into() }).unwrap();
        println!("{} -> {} receivers", from, n);
        sleep(Duration::from_millis(5)).await;
    }
    drop(tx);
    for m in members {
        let (me, heard) = m.await.unwrap();
        println!("{} heard {:?}", me, heard);
    }
}
