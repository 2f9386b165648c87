// spawn_blocking with a move closure; the result type comes from the closure.
#[tokio::main]
async fn main() {
    let input = vec![3u64, 4, 5];
    let h = tokio::task::spawn_blocking(move || input.iter().map(|x| x * x).sum::<u64>());
    let total = h.await.unwrap();
    println!("{total}");
}
