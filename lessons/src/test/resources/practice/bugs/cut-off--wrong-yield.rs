use tokio::time::{sleep, Duration};

async fn flush_log(lines: u32) {
    for i in 1..=lines {
        sleep(Duration::from_millis(20)).await; // write one line to disk
        println!("flushed line {}", i);
    }
}

#[tokio::main]
async fn main() {
    tokio::spawn(flush_log(3));
    println!("main: work done");
    tokio::task::yield_now().await;
}
