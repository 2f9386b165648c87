// elapsed: 300ms
use tokio::time::{sleep, Duration, Instant};
#[tokio::main]
async fn main() {
    let s = sleep(Duration::from_millis(100));
    tokio::pin!(s);
    s.as_mut().reset(Instant::now() + Duration::from_millis(300));
    (&mut s).await;
    println!("elapsed ok {}", s.is_elapsed());
}
