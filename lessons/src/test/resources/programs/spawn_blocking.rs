fn expensive(n: u64) -> u64 {
    let mut acc: u64 = 0;
    for i in 0..n {
        acc = acc.wrapping_mul(31).wrapping_add(i);
    }
    acc
}

#[tokio::main]
async fn main() {
    let h = tokio::task::spawn_blocking(|| expensive(10_000));
    let other = tokio::spawn(async { "async work done" });
    println!("{}", other.await.unwrap());
    let v = h.await.unwrap();
    println!("blocking result: {}", v);
}
