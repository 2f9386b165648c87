// Awaiting a JoinHandle gives a Result: a panic in the task would go unnoticed.
#[tokio::main]
async fn main() {
    let h = tokio::spawn(async {
        println!("working");
    });
    h.await;
    println!("joined");
}
