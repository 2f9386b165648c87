// elapsed: 50ms
use tokio::time::{sleep, Duration};

struct Cleanup(&'static str);

impl Drop for Cleanup {
    fn drop(&mut self) {
        println!("cleanup {}", self.0);
    }
}

async fn download() -> String {
    let _guard = Cleanup("download");
    sleep(Duration::from_millis(300)).await;
    "data".to_string()
}

#[tokio::main]
async fn main() {
    tokio::select! {
        d = download() => println!("got {}", d),
        _ = sleep(Duration::from_millis(50)) => println!("timeout fired"),
    }
    println!("after select");
}
