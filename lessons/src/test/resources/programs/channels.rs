use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(2);
    for id in 0..3 {
        let tx = tx.clone();
        tokio::spawn(async move {
            for j in 0..2 {
                tx.send(id * 10 + j).await.unwrap();
            }
        });
    }
    drop(tx);
    let mut got = Vec::new();
    while let Some(v) = rx.recv().await {
        got.push(v);
    }
    got.sort();
    println!("{:?}", got);
}
