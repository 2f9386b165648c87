// elapsed: 150ms
use tokio::time::{sleep, Duration};

async fn work(id: u32) -> u32 {
    sleep(Duration::from_millis(50 * id as u64)).await;
    id * 2
}

// What #[tokio::main(flavor = "current_thread")] expands to, written out.
fn main() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let total = rt.block_on(async {
        let (a, b, c) = tokio::join!(work(1), work(2), work(3));
        a + b + c
    });
    println!("total {}", total);
}
