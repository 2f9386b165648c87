// Spawning in a loop: each task borrows the loop variable and the shared name.
#[tokio::main]
async fn main() {
    let prefix = String::from("worker");
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(tokio::spawn(async {
            println!("{prefix}-{i}");
        }));
    }
    for h in handles {
        h.await.unwrap();
    }
}
