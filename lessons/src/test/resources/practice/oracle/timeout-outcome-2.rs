use tokio::time::{sleep, timeout, Duration};

async fn op(id: u32, ms: u64) -> u32 {
    sleep(Duration::from_millis(ms)).await;
    println!("op {} finished", id);
    id
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    for (id, ms) in [(1, 300), (2, 150), (3, 150), (4, 50)] {
        match timeout(Duration::from_millis(200), op(id, ms)).await {
            Ok(v) => println!("op {}: ok", v),
            Err(_) => println!("op {}: timed out", id),
        }
    }
}
