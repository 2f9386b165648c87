async fn greet(name: &str) {
    println!("hello {}", name);
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dee = greet("dee");
    println!("created dee");
    let bob = greet("bob");
    println!("created bob");
    bob.await;
    dee.await;
    println!("end");
}
