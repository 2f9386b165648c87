async fn ready(v: i32) -> i32 {
    v
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    for _ in 0..3 {
        let won = tokio::select! {
            biased;
            a = ready(1) => a,
            b = ready(2) => b,
        };
        println!("biased winner: {}", won);
    }
}
