use std::time::Duration;
use tokio::time::{sleep, timeout};

async fn slow(ms: u64, v: &str) -> String {
    sleep(Duration::from_millis(ms)).await;
    v.to_uppercase()
}

async fn fetch_with_retry(attempts: u32) -> Result<String, String> {
    for i in 1..=attempts {
        let wait = [1000, 500, 50][(i - 1) as usize];
        match timeout(Duration::from_millis(200), slow(wait, "data")).await {
            Ok(v) => return Ok(format!("{} after {} attempts", v, i)),
            Err(e) => println!("attempt {} timed out: {}", i, e),
        }
    }
    Err("gave up".to_string())
}

#[tokio::main]
async fn main() {
    match timeout(Duration::from_millis(100), slow(50, "fast")).await {
        Ok(v) => println!("ok: {}", v),
        Err(_) => println!("timeout"),
    }
    let r = timeout(Duration::from_millis(100), slow(1000, "late")).await;
    println!("{:?}", r.is_err());
    if let Err(e) = r {
        println!("{} / {:?}", e, e);
    }
    println!("{:?}", fetch_with_retry(3).await);
    println!("{:?}", fetch_with_retry(1).await);
    let res: Result<Result<u32, String>, _> = timeout(Duration::from_secs(1), async { Err::<u32, String>("inner".into()) }).await;
    match res {
        Ok(Ok(v)) => println!("value {}", v),
        Ok(Err(e)) => println!("inner error {}", e),
        Err(_) => println!("outer timeout"),
    }
    let start = tokio::time::Instant::now();
    let _ = timeout(Duration::from_millis(250), sleep(Duration::from_secs(10))).await;
    println!("waited at least 250ms: {}", start.elapsed().as_millis() >= 250);
}
// elapsed: 1050ms
