async fn worker(name: &str, rounds: u32) {
    for i in 0..rounds {
        println!("{}{}", name, i);
        tokio::task::yield_now().await;
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let a = tokio::spawn(worker("a", 1));
    let b = tokio::spawn(worker("b", 2));
    let c = tokio::spawn(worker("c", 2));
    a.await.unwrap();
    b.await.unwrap();
    c.await.unwrap();
    println!("done");
}
