// The article's example: a spawned task may outlive main's locals, so it cannot borrow them.
#[tokio::main]
async fn main() {
    let v = vec![1, 2, 3];
    let handle = tokio::spawn(async {
        println!("Here's a vec: {:?}", v);
    });
    handle.await.unwrap();
}
