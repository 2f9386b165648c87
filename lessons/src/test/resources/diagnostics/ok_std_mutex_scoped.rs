// A std MutexGuard dropped before the .await keeps the spawned future Send.
use std::sync::{Arc, Mutex};
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let data = Arc::new(Mutex::new(vec![1, 2]));
    let d = data.clone();
    let h = tokio::spawn(async move {
        {
            let mut g = d.lock().unwrap();
            g.push(3);
        }
        sleep(Duration::from_millis(1)).await;
        d.lock().unwrap().len()
    });
    println!("{}", h.await.unwrap());
}
