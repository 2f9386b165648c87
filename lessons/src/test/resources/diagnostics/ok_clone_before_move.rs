// Clone what must be used after the move; move the clone into each task.
#[tokio::main]
async fn main() {
    let name = String::from("svc");
    let mut tasks = Vec::new();
    for i in 0..2 {
        let name = name.clone();
        tasks.push(tokio::spawn(async move { format!("{name}-{i}") }));
    }
    for t in tasks {
        println!("{}", t.await.unwrap());
    }
    println!("{name}");
}
