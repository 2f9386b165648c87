async fn step(name: &str, yields: u32) -> String {
    for _ in 0..yields {
        tokio::task::yield_now().await;
    }
    format!("{} after {} yields", name, yields)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (a, b, c) = tokio::join!(step("a", 3), step("b", 1), step("c", 2));
    println!("{}\n{}\n{}", a, b, c);
}
