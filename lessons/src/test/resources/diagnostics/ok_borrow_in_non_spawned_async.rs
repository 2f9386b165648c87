// A non-move async block that is awaited right here may borrow freely.
#[tokio::main]
async fn main() {
    let list = vec![1, 2, 3];
    let sum = async { list.iter().sum::<i32>() }.await;
    let len = async { list.len() };
    println!("{sum} {} {:?}", len.await, list);
}
