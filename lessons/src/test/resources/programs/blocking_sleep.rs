// elapsed: 350ms
use std::time::{Duration, Instant};

fn slow_io(ms: u64) -> u64 {
    std::thread::sleep(Duration::from_millis(ms));
    ms
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let start = Instant::now();
    let a = slow_io(100);
    let b = slow_io(150);
    let h = tokio::task::spawn_blocking(|| slow_io(100));
    let c = h.await.unwrap();
    println!("{} {} {}", a, b, c);
    println!("at least 350 ms: {}", start.elapsed().as_millis() >= 350);
    println!("{:?} {:?} {:?}", Duration::from_millis(1500), Duration::from_micros(20), Duration::from_secs(2));
    println!("{}", Duration::from_millis(2500).as_secs_f64());
}
