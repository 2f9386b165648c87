#[tokio::main(flavor = "current_thread")]
async fn main() {
    let handle = tokio::spawn(async {
        loop {
            tokio::task::yield_now().await;
        }
    });
    tokio::task::yield_now().await;
    handle.abort();
    match handle.await {
        Ok(()) => println!("finished"),
        Err(e) => println!("cancelled={} panic={}", e.is_cancelled(), e.is_panic()),
    }
}
