// drop(guard) before the await is not enough once the guard has been used through a borrow:
// rustc still counts it as held (it was borrowed).
use std::sync::{Arc, Mutex};
use tokio::time::{sleep, Duration};

#[tokio::main]
async fn main() {
    let m = Arc::new(Mutex::new(1));
    let m2 = Arc::clone(&m);
    let h = tokio::spawn(async move {
        let g = m2.lock().unwrap();
        println!("{}", *g);
        drop(g);
        sleep(Duration::from_millis(1)).await;
    });
    h.await.unwrap();
}
