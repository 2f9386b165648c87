// elapsed: 20ms
// A CPU-bound loop in an async fn holds the only worker: the ticker cannot run until it ends.
// The same work handed to spawn_blocking (after 20 ms of blocking I/O, as reading a file would be)
// runs on a blocking thread while the ticker goes on.
use std::time::Duration;

fn crunch(n: u64) -> u64 {
    let mut x: u64 = 88172645463325252;
    let mut acc: u64 = 0;
    for _ in 0..n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        acc = acc.wrapping_add(x % 1000);
    }
    acc
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ticker = tokio::spawn(async {
        for i in 0..3 {
            println!("tick {}", i);
            tokio::task::yield_now().await;
        }
    });
    println!("crunching inline: the ticker has to wait");
    let a = crunch(8_000);
    println!("inline result {}", a);
    ticker.await.unwrap();

    let ticker = tokio::spawn(async {
        for i in 0..3 {
            println!("tock {}", i);
            tokio::task::yield_now().await;
        }
    });
    println!("crunching on the blocking pool: the ticker keeps going");
    let b = tokio::task::spawn_blocking(|| {
        std::thread::sleep(Duration::from_millis(20));
        crunch(8_000)
    })
    .await
    .unwrap();
    println!("offloaded result {}", b);
    ticker.await.unwrap();
    println!("same work, same result: {}", a == b);
}
