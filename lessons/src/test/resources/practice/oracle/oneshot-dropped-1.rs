use tokio::sync::oneshot;

#[tokio::main]
async fn main() {
    let mut receivers = Vec::new();
    for n in [3, 6, 4, 2] {
        let (tx, rx) = oneshot::channel();
        receivers.push((n, rx));
        tokio::spawn(async move {
            if n % 2 == 0 {
                tx.send(n * 10).unwrap();
            }
        });
    }
    for (n, rx) in receivers {
        match rx.await {
            Ok(v) => println!("{}: got {}", n, v),
            Err(_) => println!("{}: sender dropped", n),
        }
    }
    println!("main done");
}
