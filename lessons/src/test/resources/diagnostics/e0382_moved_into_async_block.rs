// An `async move` block takes ownership of what it uses.
#[tokio::main]
async fn main() {
    let data = vec![1, 2, 3];
    let task = tokio::spawn(async move {
        println!("{:?}", data);
    });
    task.await.unwrap();
    println!("{:?}", data);
}
