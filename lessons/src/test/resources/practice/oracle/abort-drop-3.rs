use tokio::time::{sleep, Duration};

struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("worker: guard dropped");
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let handle = tokio::spawn(async {
        let _guard = Guard;
        for step in 1..=5 {
            sleep(Duration::from_millis(50)).await;
            println!("worker: step {}", step);
        }
        println!("worker: finished");
    });
    sleep(Duration::from_millis(75)).await;
    println!("main: abort");
    handle.abort();
    match handle.await {
        Ok(()) => println!("main: worker finished"),
        Err(e) => println!("main: cancelled = {}", e.is_cancelled()),
    }
}
