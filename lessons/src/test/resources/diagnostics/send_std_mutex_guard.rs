// A std MutexGuard held across an .await: the classic mistake (use tokio::sync::Mutex, or drop the guard first).
use std::sync::{Arc, Mutex};
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let state = Arc::new(Mutex::new(0u32));
    let s = state.clone();
    let h = tokio::spawn(async move {
        let mut guard = s.lock().unwrap();
        *guard += 1;
        sleep(Duration::from_millis(1)).await;
        *guard += 1;
    });
    h.await.unwrap();
    println!("{}", state.lock().unwrap());
}
