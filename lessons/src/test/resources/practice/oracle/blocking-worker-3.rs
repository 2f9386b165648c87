use std::time::Duration;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ticker = tokio::spawn(async {
        for i in 0..2 {
            tokio::time::sleep(Duration::from_millis(50)).await;
            println!("tick {}", i);
        }
    });
    println!("main: working for 80 ms");
    std::thread::sleep(Duration::from_millis(80));
    println!("main: done working");
    ticker.await.unwrap();
}
