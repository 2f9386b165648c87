// A runtime built by hand; block_on returns the future's output.
use tokio::runtime::Builder;

async fn compute(x: u64) -> u64 {
    tokio::task::yield_now().await;
    x * 3
}

fn main() {
    let rt = Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let v: u64 = rt.block_on(async {
        let h = tokio::spawn(compute(5));
        h.await.unwrap() + compute(1).await
    });
    println!("{v}");
}
