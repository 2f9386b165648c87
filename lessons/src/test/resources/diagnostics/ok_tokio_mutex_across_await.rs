// tokio::sync::Mutex guards may be held across .await (that is what they are for).
use std::sync::Arc;
use tokio::sync::Mutex;
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let m = Arc::new(Mutex::new(Vec::new()));
    let m2 = m.clone();
    tokio::spawn(async move {
        let mut g = m2.lock().await;
        sleep(Duration::from_millis(1)).await;
        g.push(1);
    })
    .await
    .unwrap();
    println!("{:?}", m.lock().await);
}
