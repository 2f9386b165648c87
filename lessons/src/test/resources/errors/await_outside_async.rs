async fn work() -> u32 {
    1
}

fn main() {
    let v = work().await;
    println!("{}", v);
}
