use tokio::sync::mpsc;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (tx, mut rx) = mpsc::channel(1);
    let producer = tokio::spawn(async move {
        for i in 1..=3 {
            println!("sending {}", i);
            tx.send(i).await.unwrap();
            println!("sent {}", i);
        }
    });
    while let Some(v) = rx.recv().await {
        println!("received {}", v);
    }
    producer.await.unwrap();
    println!("channel closed");
}
