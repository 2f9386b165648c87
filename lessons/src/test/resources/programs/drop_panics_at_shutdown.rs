// elapsed: 10 ms
use std::time::Duration;
struct Loud(u32);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
        if self.0 == 2 { panic!("drop {} failed", self.0); }
    }
}
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let h = tokio::spawn(async move {
        let _a = Loud(1);
        tokio::time::sleep(Duration::from_secs(100)).await;
    });
    tokio::spawn(async move {
        let _b = Loud(2);
        tokio::time::sleep(Duration::from_secs(100)).await;
    });
    tokio::time::sleep(Duration::from_millis(10)).await;
    h.abort();
    let r = h.await;
    println!("aborted: {}", r.unwrap_err().is_cancelled());
    println!("main done");
}
