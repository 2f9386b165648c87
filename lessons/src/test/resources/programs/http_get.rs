// elapsed: 13ms
#[tokio::main]
async fn main() {
    let resp = reqwest::get("http://localhost/").await.unwrap();
    println!("status: {}", resp.status());
    println!("ok: {}", resp.status() == 200);
    let body = resp.text().await.unwrap();
    println!("body: {}", body.trim());
    let missing = http::get("http://localhost/status/404").await.unwrap();
    println!("{} {}", missing.status(), missing.status().is_client_error());
    let outside = reqwest::get("http://example.com/").await;
    println!("outside reachable: {}", outside.is_ok());
}
