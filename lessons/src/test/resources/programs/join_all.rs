use futures::future::join_all;

async fn label(i: usize) -> String {
    tokio::task::yield_now().await;
    format!("job-{}", i)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let futures: Vec<_> = (0..4).map(|i| label(i)).collect();
    let labels = join_all(futures).await;
    println!("{:?}", labels);
    let handles: Vec<_> = (0..3).map(|i| tokio::spawn(async move { i * 10 })).collect();
    let outs: Vec<i32> = join_all(handles).await.into_iter().map(|r| r.unwrap()).collect();
    println!("{:?}", outs);
}
