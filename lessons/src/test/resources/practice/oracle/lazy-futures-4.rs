async fn greet(name: &str) {
    println!("hello {}", name);
}

#[tokio::main]
async fn main() {
    let cy = greet("cy");
    println!("created cy");
    let ann = greet("ann");
    println!("created ann");
    ann.await;
    cy.await;
    println!("end");
}
