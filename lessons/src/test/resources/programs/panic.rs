// Rust-lite corpus: a spawned task panics (index out of bounds) and becomes a JoinError; then main panics.
// exit: 101
#[tokio::main]
async fn main() {
    let h = tokio::spawn(async {
        let v: Vec<i32> = vec![1, 2, 3];
        v[5]
    });
    match h.await {
        Ok(x) => println!("ok {x}"),
        Err(e) => println!("join error: panic={} cancelled={}", e.is_panic(), e.is_cancelled()),
    }
    let x: Option<i32> = None;
    x.unwrap();
}
