use tokio::sync::mpsc;

#[derive(Debug)]
enum Command {
    Add(i64),
    Mul(i64),
    Show,
}

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::unbounded_channel();
    let worker = tokio::spawn(async move {
        let mut acc = 1;
        while let Some(cmd) = rx.recv().await {
            match cmd {
                Command::Add(n) => acc += n,
                Command::Mul(n) => acc *= n,
                Command::Show => println!("acc = {}", acc),
            }
        }
        acc
    });
    tx.send(Command::Add(4)).unwrap();
    tx.send(Command::Mul(3)).unwrap();
    tx.send(Command::Show).unwrap();
    tx.send(Command::Add(-5)).unwrap();
    drop(tx);
    println!("final = {}", worker.await.unwrap());
}
