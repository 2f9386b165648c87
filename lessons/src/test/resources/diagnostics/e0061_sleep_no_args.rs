// tokio::time::sleep needs a Duration.
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    sleep().await;
    println!("woke");
}
