async fn a() -> u32 {
    1
}

fn main() {
    tokio::select! {
        v = a() => println!("{}", v),
    }
}
