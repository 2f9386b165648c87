use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);
static NAME: &str = "worker";
const LIMIT: usize = 5;

fn next_id() -> usize {
    COUNTER.fetch_add(1, Ordering::SeqCst)
}

#[tokio::main]
async fn main() {
    let mut handles = Vec::new();
    for _ in 0..LIMIT {
        handles.push(tokio::spawn(async {
            next_id();
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
    println!("{} ids handed out: {}", NAME, COUNTER.load(Ordering::SeqCst));
    let id = next_id();
    println!("next id = {}", id);
    COUNTER.store(100, Ordering::Relaxed);
    println!("after store: {}", COUNTER.load(Ordering::Relaxed));
    println!("fetch_sub returned {}", COUNTER.fetch_sub(1, Ordering::SeqCst));
    println!("now {}", COUNTER.load(Ordering::SeqCst));
}
