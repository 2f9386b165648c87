// Even a Copy value is borrowed by a non-move async block.
#[tokio::main]
async fn main() {
    let id = 7;
    tokio::spawn(async {
        println!("task {id}");
    })
    .await
    .unwrap();
}
