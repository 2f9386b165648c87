// A JoinHandle is awaited once.
#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async { "done" });
    let first = handle.await.unwrap();
    let again = handle.await.unwrap();
    println!("{first} {again}");
}
