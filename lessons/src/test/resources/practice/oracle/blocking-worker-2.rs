use std::time::Duration;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ticker = tokio::spawn(async {
        for i in 0..3 {
            tokio::time::sleep(Duration::from_millis(50)).await;
            println!("tick {}", i);
        }
    });
    println!("main: working for 130 ms");
    std::thread::sleep(Duration::from_millis(130));
    println!("main: done working");
    ticker.await.unwrap();
}
