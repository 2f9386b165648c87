// spawn_blocking's closure must own what it uses as well.
#[tokio::main]
async fn main() {
    let input = String::from("data");
    let h = tokio::task::spawn_blocking(|| input.len());
    println!("{}", h.await.unwrap());
}
