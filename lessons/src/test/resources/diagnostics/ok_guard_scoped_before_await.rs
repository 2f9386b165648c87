// Guards and Rcs that end before the await (scope or drop without a borrow) keep the future Send.
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use tokio::time::{sleep, Duration};

async fn step(m: Arc<Mutex<u32>>) -> u32 {
    {
        let mut g = m.lock().unwrap();
        *g += 1;
    }
    let unused = m.lock().unwrap();
    drop(unused);
    *m.lock().unwrap() += 1;
    sleep(Duration::from_millis(1)).await;
    let v = *m.lock().unwrap();
    v
}

async fn rc_scoped() -> usize {
    let n = {
        let r = Rc::new(vec![1, 2]);
        r.len()
    };
    sleep(Duration::from_millis(1)).await;
    n
}

#[tokio::main]
async fn main() {
    let m = Arc::new(Mutex::new(0));
    let a = tokio::spawn(step(m.clone())).await.unwrap();
    let b = tokio::spawn(rc_scoped()).await.unwrap();
    println!("{a} {b}");
}
