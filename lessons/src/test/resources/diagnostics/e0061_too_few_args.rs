// One argument missing.
async fn fetch(url: &str, retries: u32) -> String {
    format!("{url} after {retries} retries")
}

#[tokio::main]
async fn main() {
    let body = fetch("http://localhost/").await;
    println!("{body}");
}
