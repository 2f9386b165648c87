use tokio::sync::mpsc;

#[tokio::main(worker_threads = 3)]
async fn main() {
    let (tx1, mut rx1) = mpsc::channel::<u32>(4);
    let (tx2, mut rx2) = mpsc::channel::<String>(4);
    let producer = tokio::spawn(async move {
        for n in 1..=6 {
            tx1.send(n).await.unwrap();
        }
    });
    let stage = tokio::spawn(async move {
        while let Some(n) = rx1.recv().await {
            if n % 2 == 0 {
                tx2.send(format!("{}^2={}", n, n * n)).await.unwrap();
            }
        }
    });
    let mut lines = Vec::new();
    while let Some(line) = rx2.recv().await {
        lines.push(line);
    }
    producer.await.unwrap();
    stage.await.unwrap();
    println!("{}", lines.join(", "));
}
