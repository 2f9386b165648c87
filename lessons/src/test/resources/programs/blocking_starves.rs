// elapsed: 330ms
use std::time::Duration;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ticker = tokio::spawn(async {
        for i in 0..3 {
            tokio::time::sleep(Duration::from_millis(10)).await;
            println!("tick {}", i);
        }
    });
    println!("blocking the only worker for 300 ms");
    std::thread::sleep(Duration::from_millis(300));
    println!("unblocked");
    ticker.await.unwrap();
}
