// elapsed: 1ms
// Four CPU-bound tasks on two workers: two run at a time, so all four take half as long as on one
// worker (1.6 ms of virtual time here, 3.3 ms with worker_threads = 1). Each task yields between
// chunks of work, as a well-behaved CPU-bound task does.
fn checksum(seed: u64, from: u64, to: u64) -> u64 {
    let mut h: u64 = seed;
    for i in from..to {
        h = (h ^ i).wrapping_mul(1099511628211);
    }
    h
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut handles = Vec::new();
    for job in 0..4u64 {
        handles.push(tokio::spawn(async move {
            let mut h = job;
            for chunk in 0..4u64 {
                h = checksum(h, chunk * 15_000, (chunk + 1) * 15_000);
                tokio::task::yield_now().await;
            }
            (job, h % 1000)
        }));
    }
    for h in handles {
        let (job, sum) = h.await.unwrap();
        println!("job {} checksum {}", job, sum);
    }
}
