// mpsc with a producer task; the receiver loop ends when every sender is gone.
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<String>(4);
    let producer = tokio::spawn(async move {
        for i in 0..3 {
            if tx.send(format!("job {i}")).await.is_err() {
                break;
            }
        }
    });
    while let Some(job) = rx.recv().await {
        println!("{job}");
    }
    producer.await.unwrap();
}
