async fn leaf(depth: u32) -> u32 {
    tokio::task::yield_now().await;
    depth
}

async fn branch(n: u32) -> u32 {
    let a = tokio::spawn(leaf(n));
    let b = tokio::spawn(leaf(n + 1));
    a.await.unwrap() + b.await.unwrap()
}

#[tokio::main(worker_threads = 3)]
async fn main() {
    let top = tokio::spawn(async {
        let x = tokio::spawn(branch(1)).await.unwrap();
        let y = tokio::spawn(branch(10)).await.unwrap();
        x * 100 + y
    });
    println!("result: {}", top.await.unwrap());
}
