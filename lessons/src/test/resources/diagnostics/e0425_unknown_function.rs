// A function that does not exist.
#[tokio::main]
async fn main() {
    let data = fetch_data(3).await;
    println!("{data}");
}
