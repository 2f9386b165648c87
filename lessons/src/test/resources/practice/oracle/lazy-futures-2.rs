async fn greet(name: &str) {
    println!("hello {}", name);
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ann = greet("ann");
    println!("created ann");
    let dee = greet("dee");
    println!("created dee");
    dee.await;
    ann.await;
    println!("end");
}
