// elapsed: 620ms
use std::sync::Arc;
use tokio::sync::Semaphore;

#[tokio::main(worker_threads = 4)]
async fn main() {
    let limit = Arc::new(Semaphore::new(3));
    let mut handles = Vec::new();
    for i in 0..9 {
        let limit = limit.clone();
        handles.push(tokio::spawn(async move {
            let _permit = limit.acquire().await.unwrap();
            let resp = http::get("http://localhost/slow?ms=200").await.unwrap();
            (i, resp.status().as_u16())
        }));
    }
    let mut ok = 0;
    for h in handles {
        let (_, status) = h.await.unwrap();
        if status == 200 {
            ok += 1;
        }
    }
    println!("{} requests succeeded", ok);
    let max = http::max_in_flight();
    println!("server never saw more than 3 in flight: {}", max >= 1 && max <= 3);
}
