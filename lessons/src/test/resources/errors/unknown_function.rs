#[tokio::main]
async fn main() {
    let v = fetch_data(3).await;
    println!("{}", v);
}
