// An async fn's body needs to produce the declared output too.
async fn load() -> String {
    let s = String::from("data");
    s.len();
}

#[tokio::main]
async fn main() {
    println!("{}", load().await);
}
