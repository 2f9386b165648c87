// elapsed: 2ms
// A busy-wait on Instant: the loop's own work moves the clock, so it ends after its time.
use std::time::{Duration, Instant};

fn spin_for(d: Duration) -> u64 {
    let start = Instant::now();
    let mut spins: u64 = 0;
    loop {
        spins += 1;
        if start.elapsed() >= d {
            break;
        }
    }
    spins
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let start = Instant::now();
    let spins = spin_for(Duration::from_micros(500));
    println!("the spin ended: {}", spins >= 1);
    println!("at least 500 µs went by: {}", start.elapsed() >= Duration::from_micros(500));
    let h = tokio::task::spawn_blocking(|| spin_for(Duration::from_millis(2)));
    println!("blocking spin ended: {}", h.await.unwrap() > 0);
    println!("at least 2.5 ms in all: {}", start.elapsed() >= Duration::from_micros(2500));
}
