// elapsed: 20 ms
use std::time::Duration;
struct Loud(u32);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
        if self.0 % 2 == 1 { panic!("drop {} failed", self.0); }
    }
}
#[tokio::main]
async fn main() {
    let h = tokio::spawn(async move {
        let _a = Loud(1);
        tokio::time::sleep(Duration::from_secs(100)).await;
    });
    tokio::time::sleep(Duration::from_millis(10)).await;
    h.abort();
    let r = h.await;
    let e = r.unwrap_err();
    println!("cancelled: {} panic: {}", e.is_cancelled(), e.is_panic());
    let h2 = tokio::spawn(async move {
        let _a = Loud(4);
        tokio::time::sleep(Duration::from_secs(100)).await;
    });
    tokio::task::yield_now().await;
    drop(h2);
    tokio::spawn(async move {
        let _b = Loud(3);
        tokio::time::sleep(Duration::from_secs(100)).await;
    });
    tokio::time::sleep(Duration::from_millis(10)).await;
    println!("main done");
}
