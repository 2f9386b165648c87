// elapsed: 600ms
// std::thread::sleep blocks one worker of a multi-thread runtime for 600 ms. The ticker on the other
// worker keeps its 30 ms period (all done by 150 ms: the run takes 600 ms, not 750), and the blocked
// task finishes when its time is over.
use std::time::{Duration, Instant};

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let start = Instant::now();
    let blocker = tokio::spawn(async move {
        println!("blocker: holding its worker for 600 ms");
        std::thread::sleep(Duration::from_millis(600));
        println!("blocker: released after at least 600 ms: {}", start.elapsed() >= Duration::from_millis(600));
    });
    let ticker = tokio::spawn(async move {
        for i in 0..5 {
            tokio::time::sleep(Duration::from_millis(30)).await;
            println!("tick {}", i);
        }
    });
    ticker.await.unwrap();
    println!("ticker finished while the blocker was still blocked");
    blocker.await.unwrap();
}
