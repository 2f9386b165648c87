use tokio::sync::broadcast;

#[tokio::main]
async fn main() {
    let (tx, mut rx1) = broadcast::channel(16);
    let mut rx2 = tx.subscribe();
    let h1 = tokio::spawn(async move {
        let mut seen = Vec::new();
        while let Ok(v) = rx1.recv().await {
            seen.push(v);
        }
        seen
    });
    let h2 = tokio::spawn(async move {
        let mut sum = 0;
        while let Ok(v) = rx2.recv().await {
            sum += v;
        }
        sum
    });
    for i in 1..=4 {
        tx.send(i).unwrap();
    }
    drop(tx);
    println!("rx1 saw {:?}", h1.await.unwrap());
    println!("rx2 sum {}", h2.await.unwrap());
}
