use std::sync::Arc;
use tokio::time::{sleep, Duration};

async fn count_words(text: &str) -> usize {
    sleep(Duration::from_millis(50)).await;
    text.split_whitespace().count()
}

#[tokio::main]
async fn main() {
    let text = String::from("the quick brown fox jumps over the lazy dog");
    // join! polls both futures inside this task: borrowing `text` is fine.
    let (a, b) = tokio::join!(count_words(&text), count_words(&text[4..]));
    println!("join!: {a} and {b} words");

    // A spawned task may outlive this stack frame, so it must own what it uses: an Arc per task.
    let shared = Arc::new(text);
    let mut handles = Vec::new();
    for skip in [0, 10, 20] {
        let shared = Arc::clone(&shared);
        handles.push(tokio::spawn(async { count_words(&shared[skip..]).await }));
    }
    for h in handles {
        println!("spawned: {} words", h.await.unwrap());
    }
    println!("Arc strong count at the end: {}", Arc::strong_count(&shared));
}
